// A QR code of the diary fingerprint for the cover, so an officer's phone can read it instead of typing it.
#pragma once

#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace daymark::report::pdf {

struct QrModules
{
    int size = 0;           // modules per side (without the quiet zone)
    std::vector<bool> dark; // row by row
    bool at(int x, int y) const { return dark[std::size_t(y * size + x)]; }
};

// Encodes `text` (UTF-8, error correction M) with libqrencode. Throws Error(Internal) if it cannot.
QrModules encodeQr(const QString& text);

// Draws the modules as black rectangles (runs of a row merged) centred in `box`, with the 4-module quiet zone
// inside it.
void drawQr(QPainter& painter, const QrModules& qr, const QRectF& box);

} // namespace daymark::report::pdf
