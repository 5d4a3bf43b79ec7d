// libqrencode behind a small value type; vector rectangles keep the code sharp at any print size.
#include "report/pdf/QrCode.h"

#include "common/Error.h"
#include "report/pdf/PdfStyle.h"

#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace daymark::report::pdf {

QrModules encodeQr(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        throw Error(Error::Kind::Internal, Tr::tr("The QR code of the fingerprint could not be made."),
                    QStringLiteral("QRcode_encodeString failed"));
    QrModules qr;
    qr.size = code->width;
    qr.dark.resize(std::size_t(qr.size * qr.size));
    for (int i = 0; i < qr.size * qr.size; ++i)
        qr.dark[std::size_t(i)] = (code->data[i] & 1) != 0;
    return qr;
}

void drawQr(QPainter& painter, const QrModules& qr, const QRectF& box)
{
    if (qr.size == 0)
        return;
    const int quiet = 4;
    const qreal module = std::min(box.width(), box.height()) / (qr.size + 2 * quiet);
    const QPointF origin(box.center().x() - module * qr.size / 2, box.center().y() - module * qr.size / 2);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size;) {
            if (!qr.at(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < qr.size && qr.at(end, y))
                ++end;
            // A hair wider and taller so neighbouring rectangles leave no white seams when rasterised.
            painter.drawRect(
                QRectF(origin.x() + x * module, origin.y() + y * module, (end - x) * module + 0.5, module + 0.5));
            x = end;
        }
    }
    painter.restore();
}

} // namespace daymark::report::pdf
