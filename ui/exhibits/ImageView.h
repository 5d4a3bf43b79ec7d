// A picture that can be zoomed: fit to the window (the start), 100 %, or in and out in steps. The picture is
// painted at the chosen scale, never copied at that size, so zooming into a large photo costs no memory.
#pragma once

#include <QImage>
#include <QScrollArea>

namespace daymark::ui {

class ImageView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }

    // The current scale: 1.0 shows one image pixel per screen pixel.
    qreal scale() const { return m_scale; }
    bool fitsWindow() const { return m_fit; }
    void zoomIn();
    void zoomOut();
    void actualSize();
    void fitToWindow();

    static constexpr qreal kMinScale = 0.02;
    static constexpr qreal kMaxScale = 16.0;

Q_SIGNALS:
    void scaleChanged(qreal scale);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setScale(qreal scale);
    qreal fitScale() const;

    class Canvas;
    Canvas* m_canvas;
    QImage m_image;
    qreal m_scale = 1.0;
    bool m_fit = true;
};

} // namespace daymark::ui
