#!/usr/bin/env bash
# The reliability checks of `./scripts/setup.sh test` after the main suite, in one clang build (build-sanitize, no GUI):
#  1. the core, importer, PDF and bundle tests built with AddressSanitizer and UndefinedBehaviorSanitizer and run
#     through ctest: an out-of-bounds access, use after free, leak or undefined behaviour fails the test that reached it;
#  2. every libFuzzer target (tests/fuzz, executables named daymark-fuzz-*) run for a bounded time on seeds made from
#     the import samples (tests/data/importers): a crash, leak, hang (10 s) or more than 2 GB fails the run and leaves
#     the input in build-sanitize/fuzz-artifacts/. The corpus each target grows is kept for later runs.
# Usage:
#   ./scripts/sanitize.sh [--fuzz-seconds N] [--no-tests] [--no-fuzz]
#     --fuzz-seconds N   how long each fuzz target runs (default 30; e.g. 600 or 3600 by hand)
#   BUILD_DIR=...        another build folder (default: build-sanitize)
# The last line gives the time of each step and the number of fuzz inputs run.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build-sanitize}
fuzz_seconds=30
run_tests=yes
run_fuzz=yes
while (($#)); do
    case $1 in
        --fuzz-seconds)
            [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "sanitize: --fuzz-seconds needs a whole number of seconds" >&2; exit 2; }
            fuzz_seconds=$2
            shift 2
            ;;
        --no-tests) run_tests=no; shift ;;
        --no-fuzz) run_fuzz=no; shift ;;
        *) echo "usage: $0 [--fuzz-seconds N] [--no-tests] [--no-fuzz]" >&2; exit 2 ;;
    esac
done

clangxx=$(command -v clang++ || true)
if [[ -z $clangxx ]]; then
    echo "sanitize: clang++ is needed for the sanitizers and libFuzzer: apt-get install clang libclang-rt-dev" >&2
    exit 1
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
jobs=$(nproc)

# -O1 keeps the reports exact and the build short; assertions stay on; warnings are errors as in the main build.
step_start=$SECONDS
cmake -S "$top" -B "$build_dir" -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DDAYMARK_WERROR=ON -DDAYMARK_BUILD_GUI=OFF -DDAYMARK_SANITIZE=ON \
    -DDAYMARK_BUILD_FUZZ=ON -DDAYMARK_FUZZ_LIBFUZZER=ON "${launcher[@]}" >/dev/null
test_targets=(daymark-core-tests daymark-importer-tests daymark-pdf-tests daymark-bundle-tests)
# Every target named daymark-fuzz-*, as the build system lists them (without the helper targets of AUTOMOC, which
# newer CMake lists too): a new one is picked up without editing this.
mapfile -t fuzz_targets < <(cmake --build "$build_dir" --target help |
    sed -n 's/^\.\.\. \(daymark-fuzz-[A-Za-z0-9_-]*\).*/\1/p' | grep -v '_autogen' | sort -u)
((${#fuzz_targets[@]})) || { echo "sanitize: no daymark-fuzz-* targets in $build_dir" >&2; exit 1; }
cmake --build "$build_dir" -j "$jobs" --target "${test_targets[@]}" "${fuzz_targets[@]}"
build_time=$((SECONDS - step_start))

# exitcode=86 tells a sanitizer's report apart from a test's own failure.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:exitcode=86:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:exitcode=86}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/sanitizers/lsan.supp:print_suppressions=0}

status=0
test_time=0
if [[ $run_tests == yes ]]; then
    step_start=$SECONDS
    # The tests of those four programs (catch_discover_tests prefixes); benchmarks are not built here.
    ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j "$jobs" \
        -R '^(core|importers|pdf|bundle):' || status=1
    test_time=$((SECONDS - step_start))
fi

fuzz_time=0
fuzz_runs=0
if [[ $run_fuzz == yes ]]; then
    step_start=$SECONDS
    # Seeds: every sample under 1 MiB, once per value of the first byte (the targets use it to pick a parser and its
    # options).
    seeds=$build_dir/fuzz-seeds
    rm -rf "$seeds"
    mkdir -p "$seeds" "$build_dir/fuzz-artifacts"
    n=0
    while IFS= read -r -d '' sample; do
        for choice in $(seq 0 15); do
            { printf "\\$(printf '%03o' "$choice")"; head -c 65536 "$sample"; } >"$seeds/$n-$choice"
        done
        n=$((n + 1))
    done < <(find "$top/tests/data/importers" -type f -size -1048576c ! -name LICENSE ! -name '*.md' \
        ! -name PROVENANCE.txt -print0 | sort -z)
    for target in "${fuzz_targets[@]}"; do
        exe=$(find "$build_dir" -type f -perm -u+x -name "$target" | head -n 1)
        if [[ -z $exe ]]; then
            echo "sanitize: $target was not built" >&2
            status=1
            continue
        fi
        corpus=$build_dir/fuzz-corpus/$target
        log=$build_dir/$target.log
        mkdir -p "$corpus"
        if ! "$exe" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$build_dir/fuzz-artifacts/$target-" "$corpus" "$seeds" \
            >"$log" 2>&1; then
            status=1
            echo "sanitize: $target found a problem; the end of its report ($log):" >&2
            grep -v '^#' "$log" | tail -n 60 >&2
        fi
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        fuzz_runs=$((fuzz_runs + ${runs:-0}))
        echo "sanitize: $target ran ${runs:-?} inputs in $fuzz_seconds s; corpus $(find "$corpus" -type f | wc -l) files"
    done
    fuzz_time=$((SECONDS - step_start))
fi

echo "sanitize: ASan+UBSan build ${build_time} s, tests ${test_time} s, ${#fuzz_targets[@]} fuzz targets ${fuzz_time} s" \
    "(${fuzz_runs} inputs); $([[ $status == 0 ]] && echo 'no findings' || echo 'FAILED')"
exit "$status"
