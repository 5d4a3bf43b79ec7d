#!/usr/bin/env bash
# Checks a Daymark evidence bundle with standard tools only (unzip, sha256sum, openssl 3), the way a police officer
# or support worker can without Daymark: every file against SHA256SUMS, no file missing or added, and the Ed25519
# signature of manifest.json with signing-key.pem. Usage: scripts/check-bundle.sh BUNDLE.zip
# Exit 0 when every check holds; otherwise says which check failed.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "Usage: $0 BUNDLE.zip" >&2
    exit 2
fi
for tool in unzip sha256sum openssl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is not installed; install it and try again." >&2; exit 2; }
done

bundle=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "1. The zip itself (unzip -t):"
if ! unzip -tq "$bundle"; then
    echo "FAILED: the zip is damaged." >&2
    exit 1
fi
unzip -q "$bundle" -d "$work"
cd "$work"

echo "2. Every file against SHA256SUMS (sha256sum -c):"
if ! sha256sum -c --strict --quiet SHA256SUMS; then
    echo "FAILED: the files above do not match SHA256SUMS." >&2
    exit 1
fi
echo "   all files match."

echo "3. No file added or missing:"
listed=$(sed 's/^[0-9a-f]*  //' SHA256SUMS | sort)
present=$(find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort)
if [ "$(printf '%s\n' "$listed" | LC_ALL=C sort)" != "$present" ]; then
    echo "FAILED: the files in the zip are not the files SHA256SUMS lists:" >&2
    diff <(printf '%s\n' "$listed" | LC_ALL=C sort) <(printf '%s\n' "$present") >&2 2>/dev/null || true
    exit 1
fi
echo "   the zip holds exactly the files listed."

echo "4. The signature of manifest.json (openssl pkeyutl -verify):"
if ! openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile manifest.sig; then
    echo "FAILED: manifest.sig is not a valid signature of manifest.json by signing-key.pem." >&2
    exit 1
fi
while IFS= read -r file; do
    if ! grep -qxF -- "$(sha256sum -- "$file" | cut -c1-64)  $file" SHA256SUMS; then
        echo "FAILED: manifest.json lists $file but SHA256SUMS does not agree." >&2
        exit 1
    fi
done < <(sed -n 's/.*"path": "\(.*\)",\{0,1\}$/\1/p' manifest.json)
fingerprint=$(sed -n 's/.*"fingerprint": "\(.*\)",\{0,1\}$/\1/p' manifest.json | head -n 1)
echo
echo "VERIFIED: no file has changed since export, and manifest.json is signed by the key in signing-key.pem."
echo "Diary fingerprint at export: $fingerprint"
echo "Compare it with a fingerprint the diary's owner gave you separately to know which diary made this bundle."
