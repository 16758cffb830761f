#!/usr/bin/env bash
# The ABI gate: compares the built library with the baseline kept in cmake/abi/.
# Added functions pass, and so does growth at the end of a versioned ej_*_options struct whose
# existing members keep their offsets and types; anything else abidiff reports fails.
# With a public headers directory, only the types those headers define count: the C++ behind an
# opaque handle (struct ej_store's members) is no part of the C ABI, so its changes do not.
# Usage: check_abi.sh <libejournal.so> <baseline.abi> <suppressions> [public headers dir]
set -euo pipefail
library=$1 baseline=$2 suppressions=$3 headers=${4:-}
public_only=()
if [ -n "$headers" ]; then public_only=(--hd2 "$headers" --drop-private-types); fi
if [ ! -f "$baseline" ]; then
  echo "no ABI baseline at $baseline; create it with cmake/abi/update-baseline.sh" >&2
  exit 1
fi

# abidiff's exit status is a bit field: 1 error, 2 usage error, 4 ABI change, 8 incompatible.
run_abidiff() {
  set +e
  abidiff --no-added-syms "${public_only[@]}" "$@" "$baseline" "$library"
  echo "status=$?"
  set -e
}

report=$(run_abidiff)
status=${report##*status=}
if [ "$status" -eq 0 ]; then
  echo "ABI unchanged against $(basename "$baseline") (additions aside)"
  exit 0
fi
echo "${report%status=*}"
if (( status & 3 )); then echo "abidiff failed to run (status $status)" >&2; exit 1; fi
if (( status & 8 )); then echo "incompatible ABI change (abidiff status $status)" >&2; exit 1; fi

# Status 4: acceptable only as growth at the end of option structs. libabigail's suppression
# also matches a struct whose old members moved, so moved or changed members are checked here.
suppressed=$(run_abidiff --suppressions "$suppressions")
if [ "${suppressed##*status=}" -eq 0 ] &&
   ! grep -qE "offset changed|data members? change|data members? deletion|type of '.*' changed" <<<"$report"; then
  echo "ABI compatible: option structs grew at their end"
  exit 0
fi
echo "ABI change beyond additions (abidiff status $status)" >&2
exit 1
