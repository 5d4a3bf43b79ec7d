// Scales are in device-independent pixels: at 200 % display scaling, "100 %" is one image pixel per logical pixel,
// as image viewers do.
#include "exhibits/ImageView.h"

#include <QPainter>
#include <QResizeEvent>

namespace daymark::ui {

class ImageView::Canvas : public QWidget
{
public:
    explicit Canvas(ImageView* view) : QWidget(view), m_view(view) {}

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_view->scale() < 4.0);
        const QImage& image = m_view->image();
        if (image.isNull())
            return;
        painter.setClipRect(event->rect());
        painter.drawImage(rect(), image);
    }

private:
    ImageView* m_view;
};

ImageView::ImageView(QWidget* parent) : QScrollArea(parent), m_canvas(new Canvas(this))
{
    setObjectName(QStringLiteral("imageView"));
    setAccessibleName(tr("Picture"));
    setAlignment(Qt::AlignCenter);
    setWidgetResizable(false);
    setBackgroundRole(QPalette::Dark);
    setFocusPolicy(Qt::StrongFocus);
    setWidget(m_canvas);
}

void ImageView::setImage(const QImage& image)
{
    m_image = image;
    fitToWindow();
}

qreal ImageView::fitScale() const
{
    if (m_image.isNull())
        return 1.0;
    const QSize room = maximumViewportSize() - QSize(2, 2);
    const qreal scale = std::min(room.width() / qreal(m_image.width()), room.height() / qreal(m_image.height()));
    return std::clamp(std::min(scale, 1.0), kMinScale, kMaxScale); // small pictures are not blown up to fit
}

void ImageView::setScale(qreal scale)
{
    m_scale = std::clamp(scale, kMinScale, kMaxScale);
    const QSize size = m_image.isNull() ? QSize(0, 0) : (QSizeF(m_image.size()) * m_scale).toSize();
    m_canvas->resize(size.expandedTo(QSize(1, 1)));
    m_canvas->update();
    Q_EMIT scaleChanged(m_scale);
}

void ImageView::zoomIn()
{
    m_fit = false;
    setScale(m_scale * 1.25);
}

void ImageView::zoomOut()
{
    m_fit = false;
    setScale(m_scale / 1.25);
}

void ImageView::actualSize()
{
    m_fit = false;
    setScale(1.0);
}

void ImageView::fitToWindow()
{
    m_fit = true;
    setScale(fitScale());
}

void ImageView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit)
        setScale(fitScale());
}

} // namespace daymark::ui
