#!/usr/bin/env bash
# Carries a diary between two Daymark builds (Debian 12 and Debian 13): `make` writes a demo diary with an extra
# exhibit and records what it holds; `check`, run by the other build, opens it and proves every incident and
# exhibit is intact (check, identical listings and fingerprint, every exhibit extracted and its SHA-256 compared).
#   cross-version-diary.sh make  DAYMARK_CLI DIR
#   cross-version-diary.sh check DAYMARK_CLI DIR     prints "N incidents and M exhibits intact" on success
set -euo pipefail

mode=${1:-}
cli=${2:-}
dir=${3:-}
if [[ $mode != make && $mode != check ]] || [[ ! -x $cli ]] || [[ -z $dir ]]; then
    echo "usage: $0 make|check DAYMARK_CLI DIR" >&2
    exit 2
fi
export DAYMARK_PASSWORD=cross-version-diary TZ=UTC XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
diary=$dir/diary.daymark
fail() {
    echo "cross-version-diary: $*" >&2
    exit 1
}
# Top-level records of the indented JSON that --json prints: one '"id":' line at 8 spaces per record.
count_records() { grep -c '^        "id": ' "$1" || true; }

if [[ $mode == make ]]; then
    mkdir -p "$dir"
    rm -f "$diary" "$dir"/*.json "$dir"/*.txt "$dir"/attached.bin
    "$cli" demo "$diary" >/dev/null
    # An exhibit of two and a half 1 MiB chunks of random bytes, so chunking and de-duplication cross too.
    head -c 2621440 /dev/urandom >"$dir/attached.bin"
    "$cli" attach "$diary" 1 "$dir/attached.bin" --how export --description "Carried between Debian releases" \
        >/dev/null
    sha256sum "$dir/attached.bin" | cut -d' ' -f1 >"$dir/attached.sha256.txt"
    "$cli" list "$diary" --json --include-deleted >"$dir/list.json"
    "$cli" exhibits "$diary" --json --include-deleted >"$dir/exhibits.json"
    "$cli" fingerprint "$diary" >"$dir/fingerprint.txt"
    "$cli" --version >"$dir/made-by.txt"
    echo "made $(count_records "$dir/list.json") incidents and $(count_records "$dir/exhibits.json") exhibits"
    exit 0
fi

[[ -f $diary && -f $dir/list.json ]] || fail "no diary made by 'make' in $dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" check "$diary" >"$work/check.txt" 2>&1 || fail "check failed: $(cat "$work/check.txt")"
"$cli" fingerprint "$diary" >"$work/fingerprint.txt"
cmp -s "$dir/fingerprint.txt" "$work/fingerprint.txt" || fail "the fingerprint differs"
"$cli" list "$diary" --json --include-deleted >"$work/list.json"
diff -u "$dir/list.json" "$work/list.json" >"$work/list.diff" || fail "the incidents differ: $(head -n 40 "$work/list.diff")"
"$cli" exhibits "$diary" --json --include-deleted >"$work/exhibits.json"
diff -u "$dir/exhibits.json" "$work/exhibits.json" >"$work/exhibits.diff" ||
    fail "the exhibits differ: $(head -n 40 "$work/exhibits.diff")"

# Every exhibit that is not deleted, extracted and hashed here against the SHA-256 recorded at import.
mapfile -t labels < <(grep -o '^        "label": "[^"]*"' "$dir/exhibits.json" | cut -d'"' -f4)
mapfile -t hashes < <(grep -o '^        "sha256": "[^"]*"' "$dir/exhibits.json" | cut -d'"' -f4)
mapfile -t deleted < <(grep -o '^        "deleted": [a-z]*' "$dir/exhibits.json" | awk '{print $2}')
((${#labels[@]} == ${#hashes[@]} && ${#labels[@]} == ${#deleted[@]})) || fail "cannot read $dir/exhibits.json"
extracted=0
found_attached=no
for i in "${!labels[@]}"; do
    [[ ${deleted[i]} == false ]] || continue
    out="$work/exhibit-$i"
    "$cli" extract "$diary" "${labels[i]}" "$out" >/dev/null || fail "extracting ${labels[i]} failed"
    got=$(sha256sum "$out" | cut -d' ' -f1)
    [[ $got == "${hashes[i]}" ]] || fail "${labels[i]} came out with SHA-256 $got, not ${hashes[i]}"
    [[ $got == "$(cat "$dir/attached.sha256.txt")" ]] && found_attached=yes
    extracted=$((extracted + 1))
    rm -f "$out"
done
[[ $found_attached == yes ]] || fail "the attached file did not come out with its SHA-256"
echo "$(count_records "$work/list.json") incidents and $extracted exhibits intact"
