// Evidence files made by the tests: a PNG, a JPEG carrying hand-written EXIF (camera, capture time, GPS position),
// and pseudo-random bytes.
#pragma once

#include <QByteArray>

namespace daymark::test::cliexhibits {

// A small PNG "screenshot" drawn in memory.
QByteArray pngImage(int width = 40, int height = 30);

// The tags jpegWithExif() writes, as libexiv2 should read them back.
struct ExifTags
{
    static constexpr const char* make = "Fictional Phones";
    static constexpr const char* model = "Model 7";
    static constexpr const char* captured = "2026-02-27T21:40:05"; // DateTimeOriginal "2026:02:27 21:40:05"
    static constexpr double latitude = 54.5575;                    // 54° 33' 27" N
    static constexpr double longitude = -1.235;                    // 1° 14' 6" W
};

// A 64 x 48 JPEG (QImage) with an APP1 segment built by hand: IFD0 with Make, Model and pointers to an Exif IFD
// (DateTimeOriginal) and a GPS IFD (latitude and longitude with their N/S, E/W references).
QByteArray jpegWithExif();

// `size` bytes from a fixed seed, different for each seed.
QByteArray pseudoRandom(qsizetype size, quint32 seed);

} // namespace daymark::test::cliexhibits
