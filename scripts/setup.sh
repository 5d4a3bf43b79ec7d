#!/usr/bin/env bash
# Daymark set-up in one command: installs what is missing (Debian/Ubuntu packages), builds in Release, then either
# starts the app (`run`) or runs the whole test suite through ctest (`test`). Run as root or as a user with sudo.
#   ./scripts/setup.sh run     install, build, start Daymark
#   ./scripts/setup.sh test    install, build with warnings as errors, run every test
set -euo pipefail

mode=${1:-run}
case $mode in
    run | test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "setup: installing packages needs root; run this as root or install sudo." >&2
        exit 1
    fi
}

# Picks the first package name this release knows, e.g. Botan 2 on Debian 12 and Botan 3 on Debian 13.
first_available() {
    local name
    for name in "$@"; do
        if apt-cache show "$name" >/dev/null 2>&1; then
            echo "$name"
            return
        fi
    done
    echo "$1"
}

install_packages() {
    if ! command -v apt-get >/dev/null; then
        echo "setup: this script installs Debian/Ubuntu packages with apt-get; on other systems install Qt 6," \
            "SQLCipher, Botan, Catch2, libzxcvbn and CMake yourself (see README.md)." >&2
        return
    fi
    if ! apt-cache show cmake >/dev/null 2>&1; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    fi
    local packages=(
        build-essential cmake pkg-config clang-format
        qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins "$(first_available qt6-svg-plugins libqt6svg6)" libgl-dev
        libsqlcipher-dev sqlcipher "$(first_available libbotan-3-dev libbotan-2-dev)" catch2 libzxcvbn-dev libexiv2-dev
        libzip-dev libqrencode-dev fonts-dejavu-core
        qt6-charts-dev libqt6opengl6-dev # Insights charts; Debian 12's qt6-charts-dev omits the OpenGL dev files it needs
    )
    if [[ $mode == test ]]; then
        packages+=(xvfb xauth xdotool imagemagick poppler-utils zip unzip openssl desktop-file-utils appstream groff-base)
        packages+=(clang libclang-rt-dev) # scripts/sanitize.sh: clang with libFuzzer and the sanitizers' runtimes
        packages+=(strace dbus-daemon) # the no-network trace and the private D-Bus of the screen-lock tests
    fi
    local missing=()
    local p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "setup: installing ${missing[*]}"
        if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; then
            as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
        fi
    fi
}

install_packages

build_dir="$top/build"
# Tests build with warnings as errors; `run` keeps whatever the build folder already has, so running the app after
# the tests does not rebuild everything.
werror=()
[[ $mode == test ]] && werror=(-DDAYMARK_WERROR=ON)
cmake -S "$top" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "${werror[@]}"
cmake --build "$build_dir" -j "$(nproc)"

if [[ $mode == run ]]; then
    exec "$build_dir/app/gui/daymark"
fi
suite_start=$SECONDS
ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j "$(nproc)"
echo "setup: main test suite $((SECONDS - suite_start)) s"

# Then the core tests again under AddressSanitizer and UndefinedBehaviorSanitizer, and every fuzz target for a
# bounded time (DAYMARK_FUZZ_SECONDS each, default 30), in a clang build of their own (scripts/sanitize.sh).
"$top/scripts/sanitize.sh" --fuzz-seconds "${DAYMARK_FUZZ_SECONDS:-30}"
