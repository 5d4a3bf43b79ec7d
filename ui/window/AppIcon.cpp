// The drawn neutral icon looks like any notes program's: no colour, no shield, no lock.
#include "window/AppIcon.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace daymark::ui::appIcon {
namespace {

QPixmap plainSheet(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    const QRectF sheet(2.5 * unit, 1.5 * unit, 11 * unit, 13 * unit);
    painter.setPen(QPen(QColor(0x70, 0x70, 0x70), std::max(1.0, 0.75 * unit)));
    painter.setBrush(QColor(0xfa, 0xfa, 0xfa));
    painter.drawRoundedRect(sheet, unit, unit);
    painter.setPen(QPen(QColor(0xa8, 0xa8, 0xa8), std::max(1.0, 0.6 * unit)));
    for (int line = 0; line < 4; ++line) {
        const qreal y = sheet.top() + (3.5 + 2.5 * line) * unit;
        const qreal right = line == 3 ? sheet.left() + 6.5 * unit : sheet.right() - 2 * unit;
        painter.drawLine(QPointF(sheet.left() + 2 * unit, y), QPointF(right, y));
    }
    return pixmap;
}

} // namespace

QString daymarkPath()
{
    return QStringLiteral(":/icons/daymark.svg");
}

QString neutralPath()
{
    return QStringLiteral(":/icons/neutral.svg");
}

QIcon forAppearance(bool neutral)
{
    if (!neutral)
        return QIcon(daymarkPath());
    if (QFile::exists(neutralPath()))
        return QIcon(neutralPath());
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(plainSheet(size));
    return icon;
}

void apply(bool neutral, QWidget* window)
{
    const QIcon icon = forAppearance(neutral);
    QApplication::setWindowIcon(icon);
    if (window)
        window->setWindowIcon(icon);
    // A desktop finds the .desktop file by this name and shows its "Daymark" and icon in the dock and the window
    // switcher; the neutral appearance names none.
    QGuiApplication::setDesktopFileName(neutral ? QString() : QStringLiteral("daymark"));
#ifdef Q_OS_LINUX
    // The name task managers and `ps` show for the process.
    prctl(PR_SET_NAME, neutral ? "notes" : "daymark", 0, 0, 0);
#endif
}

} // namespace daymark::ui::appIcon
