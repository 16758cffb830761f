#!/usr/bin/env bash
# The symbol allow-list gate: the shared library exports exactly the functions listed in
# cmake/abi/symbols.txt, each under the EJOURNAL_ version node, and the public headers declare
# exactly that set.  Usage: check_symbols.sh <libejournal.so> <symbols.txt> <capi include dir>
set -euo pipefail
library=$1 allowlist=$2 headers=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

LC_ALL=C sort -u "$allowlist" >"$work/allowed"

# Defined dynamic symbols other than the version-node marker ("A" type).
nm -D --defined-only "$library" | awk '$2 != "A" {print $3}' >"$work/raw"
sed 's/@.*//' "$work/raw" | LC_ALL=C sort -u >"$work/exported"
if grep -v '@@EJOURNAL_' "$work/raw" >"$work/unversioned"; then
  echo "exported without an EJOURNAL_ version node:"; cat "$work/unversioned"; exit 1
fi

# Declarations: every function declared with EJ_API in the public headers.
cat "$headers"/ejournal.h "$headers"/ejournal/*.h | tr '\n' ' ' |
  grep -oE 'EJ_API[^;(]*\bej_[a-z0-9_]+[[:space:]]*\(' |
  grep -oE 'ej_[a-z0-9_]+[[:space:]]*\($' | tr -d ' (' | LC_ALL=C sort -u >"$work/declared"

status=0
if ! diff -u "$work/allowed" "$work/exported" >"$work/d1"; then
  echo "exported symbols differ from $allowlist (- allowed, + exported):"; cat "$work/d1"; status=1
fi
if ! diff -u "$work/allowed" "$work/declared" >"$work/d2"; then
  echo "header declarations differ from $allowlist (- allowed, + declared):"; cat "$work/d2"; status=1
fi
[ "$status" -eq 0 ] && echo "symbols ok: $(wc -l <"$work/allowed") exported ej_* functions"
exit "$status"
