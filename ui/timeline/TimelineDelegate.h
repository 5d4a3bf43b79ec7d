// Paints the timeline's rows: a day heading, or an incident as time, type icon, summary, and its markers
// (possible breach, reported, amended, exhibits). Every row is the same height so the view can skip measuring
// 100,000 of them.
#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>
#include <QStyledItemDelegate>

namespace daymark::ui {

class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TimelineDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintDay(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintIncident(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // Draws a small outlined label ending at `right`; returns its left edge.
    int paintMarker(QPainter* painter, const QStyleOptionViewItem& option, int right, int centreY, const QString& text,
                    const QColor& colour) const;
    QPixmap pixmap(const QString& resource, int size, qreal ratio) const;

    mutable QHash<QString, QPixmap> m_pixmaps; // SVGs are drawn once per type and size, not on every paint
    mutable qreal m_warmedRatio = 0;           // every type's icon drawn at this pixel ratio, at the first paint
};

} // namespace daymark::ui
