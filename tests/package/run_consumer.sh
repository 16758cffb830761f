#!/usr/bin/env bash
# Installs the built project into a staging prefix, then builds and runs a downstream project
# against it twice: through the CMake package (find_package) and through pkg-config.
# Usage: run_consumer.sh <build dir> <consumer source dir> <work dir> <C compiler> <libdir>
set -euo pipefail
build=$1 consumer=$2 work=$3 cc=$4 libdir_name=$5
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/stage" >"$work/install.log"

cmake -S "$consumer" -B "$work/cmake-build" -G Ninja -DCMAKE_PREFIX_PATH="$work/stage" >/dev/null
cmake --build "$work/cmake-build" >/dev/null
"$work/cmake-build/c_consumer"
"$work/cmake-build/cpp_consumer"

export PKG_CONFIG_PATH="$work/stage/$libdir_name/pkgconfig"
libdir=$(pkg-config --variable=libdir ejournal)
# shellcheck disable=SC2046
"$cc" -std=c99 -pedantic -Wall -Werror "$consumer/main.c" -o "$work/pc_consumer" \
  $(pkg-config --cflags --libs ejournal) "-Wl,-rpath,$libdir"
"$work/pc_consumer"
