#!/usr/bin/env bash
# Renders the PNG sizes desktops ask for from the SVG sources (run by hand after changing an icon; the PNGs are
# committed so building needs no SVG renderer): 16 and 24 px from the pixel-grid daymark-small.svg, the others from
# hicolor/scalable/apps/daymark.svg. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render-icons: install librsvg2-bin (rsvg-convert)" >&2; exit 1; }
for size in 16 24 32 48 64 128 256; do
    source=hicolor/scalable/apps/daymark.svg
    ((size <= 24)) && source=daymark-small.svg
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$source" -o "hicolor/${size}x${size}/apps/daymark.png"
done
