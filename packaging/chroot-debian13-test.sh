#!/usr/bin/env bash
# Builds and tests Daymark in a Debian 13 (trixie) chroot made with debootstrap (Qt 6.8, SQLCipher 4.6, Botan 3,
# Catch2 3), then carries diaries both ways between this machine's Debian 12 build and the chroot's build.
# Run by hand as root (not in CI: it downloads a system and builds everything):
#   packaging/chroot-debian13-test.sh [--fresh]
#     --fresh      start from a new chroot instead of the kept one (the downloaded packages stay cached)
#   HOST_BUILD=DIR     the Debian 12 build whose daymark-cli makes and checks diaries (default: build/)
#   DAYMARK_SOURCE=head  test the last commit instead of the working tree
#   DAYMARK_CHROOT_CACHE=DIR  where the tarball and the chroot are kept (default: /var/tmp/daymark-chroots)
# The last line says what was built, how many tests passed and what crossed between the two releases.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/packaging/chroot-common.sh"

fresh=no
for arg in "$@"; do
    case $arg in
        --fresh) fresh=yes ;;
        *) chroot_die "unknown argument '$arg'; usage: $0 [--fresh]" ;;
    esac
done
chroot_require_root

suite=trixie
dir="$chroot_cache/$suite-build"
host_build=${HOST_BUILD:-$top/build}
logs="$chroot_cache/logs"
mkdir -p "$logs"

# The Debian 12 side: the host's daymark-cli, built if missing.
if [[ ! -x $host_build/app/cli/daymark-cli ]]; then
    chroot_say "building daymark-cli on this machine in $host_build"
    cmake -S "$top" -B "$host_build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$host_build" -j "$(nproc)" --target daymark-cli >/dev/null
fi
host_cli=$host_build/app/cli/daymark-cli

if [[ $fresh == yes || ! -x $dir/usr/bin/apt-get ]]; then
    chroot_unpack "$suite" "$dir"
fi
trap chroot_unmount_all EXIT
chroot_mount "$dir"

# The source as a copy inside the chroot (never the repository itself); the chroot's build folder is kept between
# runs so a re-run only rebuilds what changed.
src="$dir/root/daymark"
stage="$dir/root/daymark-next"
rm -rf "$stage"
mkdir -p "$src" "$stage"
if [[ ${DAYMARK_SOURCE:-worktree} == head ]]; then
    git -C "$top" archive HEAD | tar -x -C "$stage"
else
    (cd "$top" && git ls-files -z --cached --others --exclude-standard |
        tar --null --ignore-failed-read -T - -c 2>/dev/null) | tar -x -C "$stage"
fi
# Only files that differ replace the kept copy (and get a new time), so the kept builds (build, build-sanitize)
# rebuild only what changed.
(cd "$stage" && find . -type f -print0) | while IFS= read -r -d '' f; do
    if ! cmp -s "$stage/$f" "$src/$f"; then
        mkdir -p "$(dirname "$src/$f")"
        cp "$stage/$f" "$src/$f"
    fi
done
(cd "$src" && find . -path './build*' -prune -o -type f -print0) | while IFS= read -r -d '' f; do
    [[ -e $stage/$f ]] || rm -f "$src/$f"
done
rm -rf "$stage"

# scripts/setup.sh picks this release's package names, installs them, builds with warnings as errors and runs
# every test (xvfb is among its test packages, so the GUI tests run too).
chroot_say "building and testing in Debian $suite (log: $logs/$suite-setup.log)"
status=0
chroot_run "$dir" bash -c 'cd /root/daymark && ./scripts/setup.sh test' >"$logs/$suite-setup.log" 2>&1 || status=$?
# The first ctest summary is the main suite's; scripts/sanitize.sh prints its own after it.
summary=$(grep -E '^[0-9]+% tests passed' "$logs/$suite-setup.log" | head -n1 || true)
sanitized=$(grep -E '^[0-9]+% tests passed' "$logs/$suite-setup.log" | sed -n 2p | sed -E 's/.* out of ([0-9]+).*/\1/')
fuzzed=$(grep -oE '[0-9]+ fuzz targets [0-9]+ s \([0-9]+ inputs\)' "$logs/$suite-setup.log" | tail -n1 || true)
if [[ -z $summary ]]; then
    tail -n 40 "$logs/$suite-setup.log" >&2
    chroot_die "the build in Debian $suite failed (exit $status); see $logs/$suite-setup.log"
fi
total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$summary")
failed=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$summary")
passed=$((total - failed))
if ((status != 0)); then
    grep -A200 'The following tests FAILED' "$logs/$suite-setup.log" >&2 || true
fi

# What the chroot's build links: Qt and Botan from daymark-cli itself, SQLCipher from the library that opens diaries.
chroot_cli=/root/daymark/build/app/cli/daymark-cli
versions=$(chroot_run "$dir" "$chroot_cli" --version)
qt=$(grep -oE 'Qt [0-9.]+' <<<"$versions")
botan=$(grep -oE 'Botan [0-9.]+' <<<"$versions")
sqlcipher="SQLCipher $(chroot_run "$dir" bash -c "echo 'PRAGMA cipher_version;' | sqlcipher" | awk '{print $1}')"
catch2="Catch2 $(chroot_run "$dir" dpkg-query -W -f='${Version}' catch2 | cut -d- -f1)"
version=$(grep -oE '[0-9]+\.[0-9]+\.[0-9]+' <<<"$versions" | head -n1)

# Diaries both ways: made on this machine (Debian 12) and checked in the chroot, then the reverse.
chroot_say "carrying diaries between Debian 12 and Debian $suite"
xfer_host="$dir/tmp/cross"
rm -rf "$xfer_host"
mkdir -p "$xfer_host/from-host" "$xfer_host/from-chroot"
cross=$top/packaging/cross-version-diary.sh
"$cross" make "$host_cli" "$xfer_host/from-host" >"$logs/cross.log"
forward=$(chroot_run "$dir" bash /root/daymark/packaging/cross-version-diary.sh check "$chroot_cli" /tmp/cross/from-host 2>&1) ||
    chroot_die "a diary from Debian 12 did not open intact in Debian $suite: $forward"
chroot_run "$dir" bash /root/daymark/packaging/cross-version-diary.sh make "$chroot_cli" /tmp/cross/from-chroot >>"$logs/cross.log"
back=$("$cross" check "$host_cli" "$xfer_host/from-chroot" 2>&1) ||
    chroot_die "a diary from Debian $suite did not open intact in Debian 12: $back"

((status == 0)) || chroot_die "tests failed in Debian $suite: $summary (see $logs/$suite-setup.log)"
echo "Debian 13 ($suite): built Daymark $version with $qt, $sqlcipher, $botan, $catch2; $passed/$total tests passed," \
    "${sanitized:-no} again under ASan+UBSan, ${fuzzed:-no fuzz targets} without findings;" \
    "diary from Debian 12 opened with $forward, and one from Debian 13 opened on Debian 12 with $back"
