#!/usr/bin/env bash
# Regenerates the ABI baseline deliberately: run it only when an intended ABI change lands
# (after bumping EJ_ABI_VERSION for an incompatible one). Builds RelWithDebInfo in a scratch
# directory so the baseline never depends on a developer's build flags.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(mktemp -d)
trap 'rm -rf "$build_dir"' EXIT
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DEJ_BUILD_TESTS=OFF -DEJ_BUILD_BENCHMARKS=OFF -DEJ_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build_dir" --target ejournal
abi_version=$(sed -n 's/^#define EJ_ABI_VERSION \([0-9]*\)$/\1/p' "$source_dir/capi/include/ejournal/version.h")
# Only the types of the public headers are kept, as tests/abi/check_abi.sh compares them.
abidw --no-corpus-path --headers-dir "$source_dir/capi/include" --drop-private-types \
  --out-file "$source_dir/cmake/abi/libejournal.so.$abi_version.abi" "$build_dir/capi/libejournal.so"
echo "wrote cmake/abi/libejournal.so.$abi_version.abi"
