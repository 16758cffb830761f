#!/usr/bin/env bash
# The ABI gate: compares the built library with the baseline kept in cmake/abi/.
# Added functions and growth at the end of a versioned ej_*_options struct pass; anything else
# that abidiff reports (a removed function, a changed signature or layout) fails.
# Usage: check_abi.sh <libejournal.so> <baseline.abi> <suppressions>
set -euo pipefail
library=$1 baseline=$2 suppressions=$3
if [ ! -f "$baseline" ]; then
  echo "no ABI baseline at $baseline; create it with cmake/abi/update-baseline.sh" >&2
  exit 1
fi
set +e
abidiff --no-added-syms --suppressions "$suppressions" "$baseline" "$library"
status=$?
set -e
# abidiff's exit status is a bit field: 1 error, 2 usage error, 4 ABI change, 8 incompatible.
if [ "$status" -eq 0 ]; then
  echo "ABI compatible with $(basename "$baseline")"
  exit 0
fi
(( status & 8 )) && echo "incompatible ABI change (abidiff status $status)" >&2
(( status & 4 )) && ! (( status & 8 )) && echo "ABI change beyond additions (abidiff status $status)" >&2
(( status & 3 )) && echo "abidiff failed to run (status $status)" >&2
exit 1
