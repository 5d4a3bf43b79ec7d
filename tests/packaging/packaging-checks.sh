#!/usr/bin/env bash
# Checks of the files that integrate Daymark with a desktop and a system (run by ctest, see CMakeLists.txt here):
#   desktop  DESKTOP_FILE               desktop-file-validate passes (exit 77, skipped, when it is not installed)
#   metainfo METAINFO DESKTOP VERSION   appstreamcli validate passes offline; it launches DESKTOP; newest release is VERSION
#   man      MAN_PAGE DAYMARK_CLI       groff finds no problem; every command, import format and exit code is there
#   icons    HICOLOR_DIR                every PNG size desktops ask for is there, with the size its folder says
set -euo pipefail
mode=$1
shift
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
skip() {
    echo "SKIPPED: $* is not installed" >&2
    exit 77
}

case $mode in
desktop)
    command -v desktop-file-validate >/dev/null || skip desktop-file-validate
    out=$(desktop-file-validate "$1" 2>&1) || fail "desktop-file-validate: $out"
    # Hints are not failures, but warnings and errors are (it exits 0 on some warnings).
    ! grep -qE '(error|warning):' <<<"$out" || fail "desktop-file-validate: $out"
    echo "$1: valid"
    ;;
metainfo)
    metainfo=$1 desktop=$2 version=$3
    grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" ||
        fail "$metainfo does not launch $(basename "$desktop")"
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
    [[ $newest == "$version" ]] || fail "the newest release in $metainfo is '$newest', the project is $version: add its notes"
    command -v appstreamcli >/dev/null || skip appstreamcli
    # Offline: the screenshot's web address cannot be fetched from a machine without a network.
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate found problems in $metainfo"
    ;;
man)
    page=$1 cli=$2
    command -v groff >/dev/null || skip groff
    problems=$(groff -man -ww -z "$page" 2>&1) || fail "groff: $problems"
    [[ -z $problems ]] || fail "groff warns about $page: $problems"
    commands=$("$cli" --help | grep -oE '^  [a-z][a-z-]+' | sort -u)
    [[ -n $commands ]] || fail "'$cli --help' listed no commands"
    missing=()
    for command in $commands; do
        grep -qE "^\.SS ${command//-/\\\\-}( |$)" "$page" || missing+=("$command")
    done
    ((${#missing[@]} == 0)) || fail "$page has no section for: ${missing[*]} (add a .SS heading for each)"
    formats=$("$cli" import --help 2>/dev/null | sed -n '/--format/,/^  --[a-z]/p' | sed '$d' | tr -s ' \n' ' ' |
        sed -E 's/.*What FILE is: //; s/[.]//g; s/, / /g')
    [[ -n $formats ]] || fail "'$cli import --help' lists no formats"
    for format in $formats; do
        grep -qE "^\.B ${format//-/\\\\-}$" "$page" || missing+=("import format $format")
    done
    ((${#missing[@]} == 0)) || fail "$page does not describe: ${missing[*]}"
    exits=$(sed -n '/^\.SH EXIT STATUS/,/^\.SH /p' "$page" | grep -cE '^\.B [0-9]$')
    codes=$("$cli" --help | tr '\n' ' ' | grep -oE 'Exit codes:.*' | grep -oE '(^|[ :,]) ?[0-9] [a-z]' | wc -l)
    ((exits >= codes && codes > 0)) || fail "$page documents $exits exit codes, '$cli --help' $codes"
    echo "$page: $(wc -w <<<"$commands") commands, $(wc -w <<<"$formats") import formats and $exits exit codes"
    ;;
icons)
    dir=$1
    [[ -f $dir/scalable/apps/daymark.svg ]] || fail "$dir/scalable/apps/daymark.svg is missing"
    for size in 16 24 32 48 64 128 256; do
        png=$dir/${size}x${size}/apps/daymark.png
        [[ -f $png ]] || fail "$png is missing (resources/icons/render-icons.sh makes it)"
        # PNG: width and height are the big-endian words at bytes 16 and 20.
        read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
            awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
        [[ $width == "$size" && $height == "$size" ]] || fail "$png is ${width}x${height}, not ${size}x${size}"
    done
    echo "$dir: every size present"
    ;;
*)
    fail "unknown check '$mode'"
    ;;
esac
