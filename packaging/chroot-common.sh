# Shared by packaging/chroot-debian13-test.sh and packaging/deb-install-test.sh (sourced, not run): Debian chroots
# made by debootstrap from a cached tarball, with /proc, /sys and /dev mounted while in use and always unmounted.
# Needs root and debootstrap. The cache lives in $DAYMARK_CHROOT_CACHE (default /var/tmp/daymark-chroots).

chroot_cache=${DAYMARK_CHROOT_CACHE:-/var/tmp/daymark-chroots}
chroot_mounts=()

chroot_say() { echo "[$(date +%H:%M:%S)] $*" >&2; }
chroot_die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# The Debian mirror this machine's apt uses (first non-security "deb" source), so chroots fetch from the same place.
chroot_mirror() {
    local uri
    uri=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list |
        grep -v -- '-security' | grep -oE 'https?://[^ ]*/debian/?' | head -n1)
    echo "${uri:-http://deb.debian.org/debian}"
}

chroot_require_root() {
    [[ $(id -u) -eq 0 ]] || chroot_die "run this as root (debootstrap, chroot and mount need it)."
    command -v debootstrap >/dev/null || chroot_die "debootstrap is missing: apt-get install debootstrap"
}

# The downloaded packages of a minimal SUITE system, fetched once and kept (debootstrap --make-tarball).
chroot_tarball() {
    local suite=$1 tarball="$chroot_cache/$1-minbase.tgz"
    if [[ ! -s $tarball ]]; then
        mkdir -p "$chroot_cache"
        chroot_say "downloading a minimal Debian $suite into $tarball"
        local work="$chroot_cache/make-$suite"
        rm -rf "$work"
        debootstrap --variant=minbase --make-tarball="$tarball.part" "$suite" "$work" "$(chroot_mirror)" \
            >"$chroot_cache/debootstrap-$suite.log" 2>&1 ||
            chroot_die "debootstrap could not download Debian $suite; see $chroot_cache/debootstrap-$suite.log"
        mv "$tarball.part" "$tarball"
        rm -rf "$work"
    fi
    echo "$tarball"
}

chroot_has_mounts() { findmnt -rn -o TARGET | grep -q "^$1\(/\|$\)"; }

# A fresh SUITE system in DIR from the cached tarball (DIR is removed first; refused while something is mounted in it).
chroot_unpack() {
    local suite=$1 dir=$2 tarball
    tarball=$(chroot_tarball "$suite")
    chroot_has_mounts "$dir" && chroot_die "$dir still has mounts; unmount them first (findmnt | grep $dir)."
    rm -rf "$dir"
    mkdir -p "$dir"
    chroot_say "installing Debian $suite into $dir"
    debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$dir" "$(chroot_mirror)" \
        >"$chroot_cache/debootstrap-$suite.log" 2>&1 ||
        chroot_die "debootstrap could not install Debian $suite; see $chroot_cache/debootstrap-$suite.log"
    # The same mirror for apt inside, plus the security updates of the release.
    {
        echo "deb $(chroot_mirror) $suite main"
        echo "deb $(chroot_mirror) $suite-updates main"
        echo "deb http://deb.debian.org/debian-security $suite-security main"
    } >"$dir/etc/apt/sources.list"
    cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

chroot_mount_one() {
    local target=$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    chroot_mounts+=("$target")
}

# /proc, /sys and /dev for DIR; chroot_unmount_all (run it from an EXIT trap) takes them away again.
chroot_mount() {
    local dir=$1
    # Whatever ends the script (an error, Ctrl-C, kill), the mounts go with it.
    trap chroot_unmount_all EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    # One run per chroot at a time; mounts left by a run that was killed before its trap ran are taken away first.
    exec {chroot_lock_fd}>"$dir.lock"
    flock -n "$chroot_lock_fd" || chroot_die "another run is using $dir; wait for it to finish."
    if chroot_has_mounts "$dir"; then
        chroot_say "unmounting what an interrupted run left mounted in $dir"
        findmnt -rn -o TARGET | grep "^$dir/" | sort -r | while read -r target; do
            umount -R "$target" 2>/dev/null || umount -R -l "$target" 2>/dev/null || true
        done
    fi
    chroot_mount_one "$dir/proc" -t proc proc
    chroot_mount_one "$dir/sys" -t sysfs sysfs
    chroot_mount_one "$dir/dev" --rbind /dev
    mount --make-rslave "$dir/dev"
    chroot_mount_one "$dir/tmp" -t tmpfs -o mode=1777 tmpfs
}

chroot_unmount_all() {
    local i
    for ((i = ${#chroot_mounts[@]} - 1; i >= 0; i--)); do
        umount -R "${chroot_mounts[i]}" 2>/dev/null || umount -R -l "${chroot_mounts[i]}" 2>/dev/null || true
    done
    chroot_mounts=()
}

# Runs a command inside DIR with a clean environment.
chroot_run() {
    local dir=$1
    shift
    chroot "$dir" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive TERM=dumb "$@"
}
