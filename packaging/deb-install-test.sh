#!/usr/bin/env bash
# Builds Daymark's .deb with CPack on this machine (Debian 12), installs it with apt into a clean Debian 12 chroot
# made by debootstrap (apt must resolve every dependency from the package's Depends alone), and uses it there:
# daymark-cli --version, a demo diary, a PDF timeline, an evidence bundle and its verification.
# Run by hand as root (not in CI: it downloads a system):
#   packaging/deb-install-test.sh
#   DEB_BUILD=DIR        where the package is built (default: $DAYMARK_CHROOT_CACHE/deb-build, outside the repository)
#   DAYMARK_SOURCE=head  package the last commit instead of the working tree
#   DAYMARK_CHROOT_CACHE=DIR  where the downloaded system and the chroot are kept (default: /var/tmp/daymark-chroots)
# The last line says what was installed and what ran.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/packaging/chroot-common.sh"
chroot_require_root
command -v cpack >/dev/null || chroot_die "cpack is missing: apt-get install cmake"
command -v dpkg-shlibdeps >/dev/null || chroot_die "dpkg-shlibdeps is missing: apt-get install dpkg-dev"

suite=bookworm
build=${DEB_BUILD:-$chroot_cache/deb-build}
logs="$chroot_cache/logs"
mkdir -p "$logs"

source_dir=$top
if [[ ${DAYMARK_SOURCE:-worktree} == head ]]; then
    source_dir="$chroot_cache/deb-source"
    rm -rf "$source_dir"
    mkdir -p "$source_dir"
    git -C "$top" archive HEAD | tar -x -C "$source_dir"
fi

# The package: the app and the CLI only (no tests, so CPack's build of 'all' builds nothing more).
chroot_say "building the .deb in $build (log: $logs/deb-build.log)"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
{
    cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DDAYMARK_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr \
        "${launcher[@]}"
    cmake --build "$build" -j "$(nproc)"
    rm -rf "$build/packages"
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$build/packages"
} >"$logs/deb-build.log" 2>&1 || {
    tail -n 30 "$logs/deb-build.log" >&2
    chroot_die "building the .deb failed; see $logs/deb-build.log"
}
deb=$(find "$build/packages" -maxdepth 1 -name 'daymark_*.deb' | head -n1)
[[ -n $deb ]] || chroot_die "cpack made no daymark_*.deb in $build/packages"
depends=$(dpkg-deb -f "$deb" Depends)
chroot_say "$(basename "$deb") depends on: $depends"

# A clean Debian 12 every time, from the cached download.
dir="$chroot_cache/$suite-clean"
chroot_unpack "$suite" "$dir"
trap chroot_unmount_all EXIT
chroot_mount "$dir"
cp "$deb" "$dir/tmp/"
name=$(basename "$deb")

chroot_say "installing $name with apt in a clean Debian $suite (log: $logs/deb-install.log)"
before=$(chroot_run "$dir" dpkg-query -W -f='${Status}\n' | grep -c 'install ok installed')
chroot_run "$dir" bash -c "apt-get update -q && cd /tmp && apt-get install -y --no-install-recommends ./$name" \
    >"$logs/deb-install.log" 2>&1 || {
    tail -n 30 "$logs/deb-install.log" >&2
    chroot_die "apt could not install $name; see $logs/deb-install.log"
}
after=$(chroot_run "$dir" dpkg-query -W -f='${Status}\n' | grep -c 'install ok installed')

# The commands, as someone who just installed the package would run them.
chroot_say "running the installed daymark-cli (log: $logs/deb-run.log)"
chroot_run "$dir" env DAYMARK_PASSWORD=deb-install-test XDG_RUNTIME_DIR=/tmp bash -euo pipefail -c '
    missing=$(ldd /usr/bin/daymark /usr/bin/daymark-cli | grep "not found" || true)
    [[ -z $missing ]] || { echo "libraries not found: $missing"; exit 1; }
    for f in /usr/share/applications/daymark.desktop /usr/share/metainfo/org.daymark.Daymark.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/daymark.svg /usr/share/icons/hicolor/48x48/apps/daymark.png \
        /usr/share/man/man1/daymark-cli.1; do
        [[ -f $f ]] || { echo "$f was not installed"; exit 1; }
    done
    daymark-cli --version
    cd /tmp
    daymark-cli demo demo.daymark
    daymark-cli export-pdf demo.daymark demo.pdf
    daymark-cli export-bundle demo.daymark demo.zip
    daymark-cli verify demo.zip
    [[ $(head -c 5 demo.pdf) == %PDF- ]] || { echo "demo.pdf is not a PDF"; exit 1; }
    echo "sizes: pdf $(stat -c %s demo.pdf) zip $(stat -c %s demo.zip)"
' >"$logs/deb-run.log" 2>&1 || {
    tail -n 30 "$logs/deb-run.log" >&2
    chroot_die "the installed Daymark failed in Debian $suite; see $logs/deb-run.log"
}

version=$(grep -m1 '^daymark-cli ' "$logs/deb-run.log")
incidents=$(grep -m1 -oE 'Incidents: [0-9]+' "$logs/deb-run.log" | awk '{print $2}')
read -r pdf zip < <(grep -m1 '^sizes: ' "$logs/deb-run.log" | awk '{print $3, $5}')
echo "Debian 12 ($suite, clean chroot): apt installed $name and $((after - before - 1)) packages it depends on" \
    "(Depends: $depends); $version ran: demo diary of $incidents incidents, PDF timeline $((pdf / 1024)) KiB," \
    "evidence bundle $((zip / 1024)) KiB verified"
