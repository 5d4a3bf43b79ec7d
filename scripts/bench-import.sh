#!/usr/bin/env bash
# The import benchmark at full size, beside the npm package whatsapp-chat-parser parsing the same WhatsApp file in
# the same run (issue 7's comparison): builds daymark-bench-import in Release (build-bench), installs the npm package
# into build-bench/npm (node and npm from Debian: apt-get install nodejs npm), and prints the figures.
#   ./scripts/bench-import.sh [MESSAGES] [--parse-only]    default 100000 messages
# Not part of CI: the figures only mean something on a quiet machine, and the npm registry is needed once.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build-bench}
count=${1:-100000}
[[ $count =~ ^[0-9]+$ ]] || { echo "usage: $0 [MESSAGES] [--parse-only]" >&2; exit 2; }
shift || true

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$top" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DDAYMARK_BUILD_GUI=OFF "${launcher[@]}" >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target daymark-bench-import >/dev/null

# The version compared against is pinned so the figures of different runs compare the same thing.
parser_version=4.0.2
if command -v npm >/dev/null; then
    if [[ ! -f $build_dir/npm/node_modules/whatsapp-chat-parser/package.json ]] ||
        ! grep -q "\"version\": \"$parser_version\"" "$build_dir/npm/node_modules/whatsapp-chat-parser/package.json"; then
        npm install --silent --no-audit --no-fund --prefix "$build_dir/npm" "whatsapp-chat-parser@$parser_version" >/dev/null
    fi
    export NODE_PATH=$build_dir/npm/node_modules
else
    echo "bench-import: npm is missing, so the comparison is skipped (apt-get install nodejs npm)" >&2
fi
"$build_dir/tests/bench/daymark-bench-import" "$count" "$@"
