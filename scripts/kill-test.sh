#!/usr/bin/env bash
# Crash test, long run: builds the writer and its harness (tests/kill) and SIGKILLs the writer KILLS times (default
# 200) at random moments, checking the diary after each kill. CI runs 40 of them inside the main suite (ctest -L kill).
#   ./scripts/kill-test.sh [KILLS] [SEED]     BUILD_DIR=... to use another build folder (default: build)
# The seed is printed at the start; give it again to repeat the same delays and writer choices.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
kills=${1:-200}
[[ $kills =~ ^[0-9]+$ ]] || { echo "usage: $0 [KILLS] [SEED]" >&2; exit 2; }

if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    cmake -S "$top" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build_dir" -j "$(nproc)" --target daymark-kill-tests daymark-kill-writer

export DAYMARK_KILLS=$kills
if [[ -n ${2:-} ]]; then
    export DAYMARK_KILL_SEED=$2
fi
start=$SECONDS
# Test-only key derivation prints a warning per open; only the harness's own lines and any failure are shown.
status=0
"$build_dir/tests/kill/daymark-kill-tests" 2>&1 | grep -v -i -e "insecure" -e "use them for a real diary" ||
    status=${PIPESTATUS[0]}
echo "kill-test: $kills kills, $((SECONDS - start)) s, exit $status"
exit "$status"
