// Colours come from the palette (so a dark palette works) except the breach marker, which stays a muted red.
#include "timeline/TimelineDelegate.h"

#include "diary/IncidentType.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineText.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace daymark::ui {
namespace {

constexpr int kPadding = 12;
constexpr int kIconSize = 22;
constexpr int kGap = 10;

QColor mixed(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

TimelineDelegate::TimelineDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // Two lines of text: the summary, and beneath it the type and the incident's number.
    return {200, option.fontMetrics.height() * 2 + 14};
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.data(TimelineModel::KindRole).toInt() == static_cast<int>(TimelineModel::RowKind::Day))
        paintDay(painter, option, index);
    else
        paintIncident(painter, option, index);
    painter->restore();
}

void TimelineDelegate::paintDay(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRect r = option.rect;
    const QPalette& pal = option.palette;
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(pal.color(QPalette::Text));
    const QRect text = r.adjusted(kPadding, 0, -kPadding, -6);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                      QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    painter->setPen(QPen(mixed(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.25), 1));
    painter->drawLine(r.left() + kPadding, r.bottom(), r.right() - kPadding, r.bottom());
}

void TimelineDelegate::paintIncident(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = pal.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = mixed(background, text, 0.65);
    const QRect r = option.rect;
    const QFontMetrics fm(option.font);
    const int line1 = r.top() + 6;
    const int line2 = line1 + fm.height();
    int x = r.left() + kPadding;

    // The time, and "approx." beneath it when it is a best guess.
    const int timeWidth = std::max(fm.horizontalAdvance(timelineText::timeText(QTime(23, 59))),
                                   fm.horizontalAdvance(tr("approx.", "a time that is a best guess")));
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(x, line1, timeWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(TimelineModel::TimeTextRole).toString());
    if (index.data(TimelineModel::ApproximateRole).toBool()) {
        painter->setPen(muted);
        painter->drawText(QRect(x, line2, timeWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("approx.", "a time that is a best guess"));
    }
    x += timeWidth + kGap;

    const int type = index.data(TimelineModel::TypeRole).toInt();
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_warmedRatio != ratio) {
        // All the icons at once, with the first paint, so scrolling never stops to draw an SVG it meets first.
        m_warmedRatio = ratio;
        for (int i = 0; i < diary::kIncidentTypeCount; ++i)
            pixmap(QStringLiteral(":/icons/types/%1.svg").arg(diary::typeCode(diary::typeAt(i))), kIconSize, ratio);
    }
    painter->drawPixmap(
        QRect(x, r.center().y() - kIconSize / 2, kIconSize, kIconSize),
        pixmap(QStringLiteral(":/icons/types/%1.svg").arg(diary::typeCode(static_cast<diary::IncidentType>(type))),
               kIconSize, ratio));
    x += kIconSize + kGap;

    // Markers from the right edge inwards: exhibits, deleted, amended, reported, breach.
    int right = r.right() - kPadding;
    const int centre = line1 + fm.height() / 2;
    const int exhibits = index.data(TimelineModel::ExhibitCountRole).toInt();
    if (exhibits > 0) {
        const QString count = QLocale().toString(exhibits);
        const int w = fm.horizontalAdvance(count);
        painter->setPen(muted);
        painter->drawText(QRect(right - w, line1, w, fm.height()), Qt::AlignRight | Qt::AlignVCenter, count);
        const int clip = fm.height() - 2;
        painter->drawPixmap(QRect(right - w - clip - 2, centre - clip / 2, clip, clip),
                            pixmap(QStringLiteral(":/icons/paperclip.svg"), clip, ratio));
        right -= w + clip + 2 + kGap;
    }
    if (index.data(TimelineModel::DeletedRole).toBool())
        right = paintMarker(painter, option, right, centre, tr("Deleted"), text) - 6;
    if (index.data(TimelineModel::AmendedRole).toBool())
        right = paintMarker(painter, option, right, centre, tr("Amended"), muted) - 6;
    if (index.data(TimelineModel::ReportedRole).toBool())
        right = paintMarker(painter, option, right, centre, tr("Reported"), text) - 6;
    if (index.data(TimelineModel::BreachRole).toBool())
        right = paintMarker(painter, option, right, centre, tr("Possible breach"),
                            selected ? text : QColor(0xb0, 0x3a, 0x2e)) -
                6;

    const int summaryWidth = std::max(0, right - kGap - x);
    painter->setPen(text);
    painter->drawText(QRect(x, line1, summaryWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data().toString(), Qt::ElideRight, summaryWidth));
    const QString under = tr("%1 · no. %2", "type, incident number")
                              .arg(diary::typeShortName(static_cast<diary::IncidentType>(type)),
                                   QLocale().toString(index.data(TimelineModel::NumberRole).toLongLong()));
    painter->setPen(muted);
    painter->drawText(QRect(x, line2, std::max(0, r.right() - kPadding - x), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(under, Qt::ElideRight, summaryWidth));
}

int TimelineDelegate::paintMarker(QPainter* painter, const QStyleOptionViewItem& option, int right, int centreY,
                                  const QString& text, const QColor& colour) const
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRect box(right - w, centreY - h / 2, w, h);
    painter->setFont(font);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->drawText(box, Qt::AlignCenter, text);
    painter->setFont(option.font);
    return box.left();
}

QPixmap TimelineDelegate::pixmap(const QString& resource, int size, qreal ratio) const
{
    const QString key = QStringLiteral("%1@%2x%3").arg(resource).arg(size).arg(ratio);
    auto found = m_pixmaps.constFind(key);
    if (found != m_pixmaps.cend())
        return *found;
    const QPixmap drawn = QIcon(resource).pixmap(QSize(size, size), ratio);
    m_pixmaps.insert(key, drawn);
    return drawn;
}

} // namespace daymark::ui
