#!/usr/bin/env bash
# Self-test of the ABI gate: builds fixture.c in five revisions and checks that check_abi.sh
# passes the compatible ones and fails the incompatible ones.
# Usage: run_gate_selftest.sh <C compiler> <work dir> <suppressions>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cc=$1 work=$2 suppressions=$3
rm -rf "$work" && mkdir -p "$work"
for revision in 1 2 3 4 5; do
  "$cc" -g -O0 -shared -fPIC -fvisibility=hidden -DREVISION=$revision \
    -o "$work/libprobe$revision.so" "$here/fixture.c"
done
abidw --no-corpus-path --out-file "$work/baseline.abi" "$work/libprobe1.so"

failures=0
expect() {  # expect <pass|fail> <revision> <what>
  if "$here/../check_abi.sh" "$work/libprobe$2.so" "$work/baseline.abi" "$suppressions" \
       >"$work/out$2.txt" 2>&1; then outcome=pass; else outcome=fail; fi
  if [ "$outcome" = "$1" ]; then
    echo "ok: $3 -> $outcome"
  else
    echo "WRONG: $3 -> $outcome, expected $1"; cat "$work/out$2.txt"; failures=$((failures + 1))
  fi
}
expect pass 1 "unchanged library"
expect pass 2 "added function, options struct grown at its end"
expect fail 3 "removed function"
expect fail 4 "changed parameter type"
expect fail 5 "options member inserted in the middle"
exit "$failures"
