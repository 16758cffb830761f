#!/usr/bin/env bash
# Configures, builds and runs the FindSOCI probe project.
# Usage: run_findsoci.sh <probe source dir> <work dir> <ejournal cmake module dir>
set -euo pipefail
source_dir=$1 work=$2 modules=$3
cmake -S "$source_dir" -B "$work" -G Ninja -DEJ_CMAKE_MODULES="$modules" >/dev/null
cmake --build "$work" >/dev/null
"$work/soci_probe"
