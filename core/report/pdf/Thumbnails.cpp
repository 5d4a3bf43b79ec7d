// Thumbnails are requested at print resolution (about 150 dpi at their printed size) so the PDF holds each image
// once, scaled once, and flattened onto white: PDF/A-1 allows no transparency.
#include "report/pdf/Thumbnails.h"

#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "report/pdf/PdfContext.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

namespace daymark::report::pdf {
namespace {

QImage flattened(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, image);
    return opaque;
}

// Decodes straight to the printed size (JPEG decodes at 1/2, 1/4 or 1/8 scale), several times faster than decoding
// the full photo and scaling it; upright as the camera's EXIF orientation says. Made in memory only.
QImage thumbnail(diary::Diary& diary, const QUuid& exhibit, int pixels)
{
    QByteArray bytes = diary.exhibits().read(exhibit, 64 * 1024 * 1024);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > pixels || full.height() > pixels))
        reader.setScaledSize(full.scaled(pixels, pixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) // not readable this way (or too big to read here): the repository's own thumbnail
        image = diary.exhibits().thumbnail(exhibit, QSize(pixels, pixels));
    return image;
}

} // namespace

Thumbnails::Thumbnails(diary::Diary& diary, const PdfStyle& style) : m_diary(diary), m_style(style) {}

void Thumbnails::add(PdfContext& c, const std::vector<evidence::ExhibitRecord>& exhibits)
{
    std::vector<const evidence::Exhibit*> images;
    for (const evidence::ExhibitRecord& record : exhibits)
        if (record.exhibit.mediaType.startsWith(QLatin1String("image/")))
            images.push_back(&record.exhibit);
    if (images.empty())
        return;
    const PdfStyle& s = m_style;
    const qreal indent = c.labelWidth();
    const qreal box = s.mm(30);
    const qreal gap = s.mm(4);
    const qreal caption = s.mm(5);
    const int perRow = std::max(1, int((c.flow.width() - indent + gap) / (box + gap)));
    constexpr int pixels = int(30 / 25.4 * 150); // 30 mm at 150 dpi
    diary::Diary* diary = &m_diary;
    c.flow.space(s.mm(1.5));
    for (std::size_t first = 0; first < images.size(); first += std::size_t(perRow)) {
        std::vector<std::pair<QUuid, QString>> row;
        for (std::size_t i = first; i < std::min(images.size(), first + std::size_t(perRow)); ++i)
            row.emplace_back(images[i]->id, images[i]->label);
        c.flow.block(box + caption + s.mm(2), [row, diary, indent, box, gap, caption, &s](QPainter& painter) {
            painter.setFont(s.small);
            for (std::size_t i = 0; i < row.size(); ++i) {
                const QRectF frame(indent + qreal(i) * (box + gap), 0, box, box);
                const QImage image = flattened(thumbnail(*diary, row[i].first, pixels));
                if (image.isNull()) {
                    painter.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, Tr::tr("No preview"));
                } else {
                    QSizeF size = QSizeF(image.size()).scaled(frame.size(), Qt::KeepAspectRatio);
                    const QRectF target(frame.center().x() - size.width() / 2, frame.center().y() - size.height() / 2,
                                        size.width(), size.height());
                    painter.drawImage(target, image);
                }
                painter.setPen(QPen(Qt::black, s.pt(0.4)));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(frame);
                painter.drawText(QRectF(frame.left(), frame.bottom(), box, caption), Qt::AlignCenter, row[i].second);
            }
        });
    }
}

} // namespace daymark::report::pdf
