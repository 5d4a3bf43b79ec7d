// Images are decoded with their EXIF orientation applied, so they look as they did on the phone; the bytes of the
// original are untouched. Text is decoded as UTF-8, the encoding of nearly every message export.
#include "exhibits/ExhibitViewer.h"

#include "common/Error.h"
#include "diary/ExhibitRepository.h"
#include "exhibits/ImageView.h"
#include "exhibits/TemporaryCopies.h"
#include "widgets/InlineMessage.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

namespace daymark::ui {

ExhibitViewer::Kind ExhibitViewer::kindOf(const evidence::Exhibit& exhibit)
{
    const QString type = exhibit.mediaType.toLower();
    if (type.startsWith(QLatin1String("image/")) && !type.contains(QLatin1String("svg")))
        return Kind::Image;
    static const QStringList textTypes{QStringLiteral("application/json"),     QStringLiteral("application/xml"),
                                       QStringLiteral("message/rfc822"),       QStringLiteral("application/csv"),
                                       QStringLiteral("application/x-ndjson"), QStringLiteral("image/svg+xml"),
                                       QStringLiteral("text/vcard"),           QStringLiteral("application/mbox")};
    static const QStringList textSuffixes{QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("json"),
                                          QStringLiteral("eml"), QStringLiteral("xml"), QStringLiteral("log"),
                                          QStringLiteral("vcf"), QStringLiteral("md"),  QStringLiteral("mbox")};
    if (type.startsWith(QLatin1String("text/")) || textTypes.contains(type) ||
        textSuffixes.contains(QFileInfo(exhibit.originalName).suffix().toLower()))
        return Kind::Text;
    return Kind::Other;
}

ExhibitViewer::ExhibitViewer(const evidence::ExhibitRecord& record, diary::ExhibitRepository& exhibits,
                             TemporaryCopies& copies, Opener opener, QWidget* parent)
    : QDialog(parent), m_record(record), m_exhibits(&exhibits), m_copies(copies), m_opener(std::move(opener)),
      m_kind(kindOf(record.exhibit)), m_message(new InlineMessage(InlineMessage::Kind::Error, this))
{
    setObjectName(QStringLiteral("exhibitViewer"));
    setWindowTitle(
        tr("Exhibit %1 — %2", "exhibit number — file name").arg(record.exhibit.label, record.exhibit.originalName));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 680);
    m_message->setObjectName(QStringLiteral("exhibitViewerMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    try {
        if (m_kind == Kind::Image) {
            buildImage(exhibits.read(record.exhibit.id));
        } else if (m_kind == Kind::Text) {
            const QByteArray bytes = exhibits.read(record.exhibit.id, kMaxTextBytes);
            buildText(bytes, record.exhibit.size > bytes.size());
        } else {
            buildOther();
        }
    } catch (const Error& error) {
        m_message->showMessage(error.message());
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExhibitViewer::buildImage(const QByteArray& bytes)
{
    QByteArray copy = bytes; // QBuffer wants a non-const array; the copy shares the bytes
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_kind = Kind::Other;
        buildOther();
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("Daymark cannot show this picture itself (%1).").arg(reader.errorString()));
        return;
    }
    m_image = new ImageView(this);
    m_image->setAccessibleName(tr("Exhibit %1, a picture").arg(m_record.exhibit.label));
    auto* zoomOut = new QPushButton(tr("Zoom &out"), this);
    auto* zoomIn = new QPushButton(tr("Zoom &in"), this);
    auto* actual = new QPushButton(tr("&100 %"), this);
    auto* fit = new QPushButton(tr("&Fit to window"), this);
    zoomOut->setObjectName(QStringLiteral("viewerZoomOut"));
    zoomIn->setObjectName(QStringLiteral("viewerZoomIn"));
    actual->setObjectName(QStringLiteral("viewerActualSize"));
    fit->setObjectName(QStringLiteral("viewerFit"));
    zoomOut->setToolTip(tr("Make the picture smaller (-)"));
    zoomIn->setToolTip(tr("Make the picture larger (+)"));
    actual->setToolTip(tr("One pixel of the picture to one pixel of the screen (0)"));
    fit->setToolTip(tr("The whole picture in the window (F)"));
    for (QPushButton* button : {zoomOut, zoomIn, actual, fit})
        button->setAutoDefault(false);
    m_scale = new QLabel(this);
    m_scale->setObjectName(QStringLiteral("viewerScale"));
    auto* row = new QHBoxLayout;
    row->addWidget(zoomOut);
    row->addWidget(zoomIn);
    row->addWidget(actual);
    row->addWidget(fit);
    row->addStretch(1);
    row->addWidget(m_scale);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addLayout(row);
    layout->addWidget(m_image, 1);

    connect(m_image, &ImageView::scaleChanged, this, [this](qreal scale) {
        m_scale->setText(tr("%1 %", "zoom percentage").arg(QLocale().toString(qRound(scale * 100))));
    });
    connect(zoomOut, &QPushButton::clicked, m_image, &ImageView::zoomOut);
    connect(zoomIn, &QPushButton::clicked, m_image, &ImageView::zoomIn);
    connect(actual, &QPushButton::clicked, m_image, &ImageView::actualSize);
    connect(fit, &QPushButton::clicked, m_image, &ImageView::fitToWindow);
    auto shortcut = [this](QKeySequence keys, void (ImageView::*slot)()) {
        auto* s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, m_image, slot);
    };
    shortcut(QKeySequence(Qt::Key_Plus), &ImageView::zoomIn);
    shortcut(QKeySequence(Qt::Key_Equal), &ImageView::zoomIn);
    shortcut(QKeySequence::ZoomIn, &ImageView::zoomIn);
    shortcut(QKeySequence(Qt::Key_Minus), &ImageView::zoomOut);
    shortcut(QKeySequence::ZoomOut, &ImageView::zoomOut);
    shortcut(QKeySequence(Qt::Key_0), &ImageView::actualSize);
    shortcut(QKeySequence(Qt::Key_F), &ImageView::fitToWindow);
    m_image->setImage(image);
    m_image->setFocus();
}

void ExhibitViewer::buildText(const QByteArray& bytes, bool cut)
{
    if (cut) {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("This file is long: only its first %1 are shown here. Save a copy to see all of it.")
                                   .arg(QLocale().formattedDataSize(bytes.size(), 0)));
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("viewerText"));
    m_text->setAccessibleName(tr("Exhibit %1, text").arg(m_record.exhibit.label));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(QString::fromUtf8(bytes));
    layout()->addWidget(m_text);
    m_text->setFocus();
}

void ExhibitViewer::buildOther()
{
    auto* column = static_cast<QVBoxLayout*>(layout());
    auto* heading =
        new QLabel(tr("Daymark cannot show this kind of file (%1) itself.").arg(m_record.exhibit.mediaType), this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* warning = new QLabel(
        tr("You can open it in another program on this computer. To do that, Daymark has to put a decrypted copy "
           "of it in a private temporary folder, outside the encrypted diary. Anyone using this computer as you "
           "could open that copy while it is there, and the other program may keep its own copy or list it in its "
           "recent files.\n\nDaymark overwrites and removes the copy when you lock the diary or close Daymark. If "
           "someone else may use or check this computer, use “Save a copy…” only onto a device you keep safe, or "
           "do not open it here."),
        this);
    warning->setObjectName(QStringLiteral("viewerWarning"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    auto* open = new QPushButton(tr("&Make a temporary copy and open it"), this);
    open->setObjectName(QStringLiteral("viewerOpenElsewhere"));
    open->setAutoDefault(false);
    auto* row = new QHBoxLayout;
    row->addWidget(open);
    row->addStretch(1);
    column->addWidget(heading);
    column->addWidget(warning);
    column->addLayout(row);
    column->addStretch(1);
    connect(open, &QPushButton::clicked, this, &ExhibitViewer::openElsewhere);
    resize(620, 360);
}

void ExhibitViewer::openElsewhere()
{
    m_message->dismiss();
    if (m_record.exhibit.size > kMaxCopyBytes) {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("This file is too large to open this way. Use “Save a copy…” and open the copy."));
        return;
    }
    try {
        // Streamed from the diary into the copy (checked against its SHA-256 on the way), never whole in memory.
        const QUuid id = m_record.exhibit.id;
        const QString path =
            m_copies.add(m_record.exhibit.originalName, [this, id](QIODevice& out) { m_exhibits->extract(id, out); });
        if (!m_opener || !m_opener(QUrl::fromLocalFile(path))) {
            m_message->setKind(InlineMessage::Kind::Note);
            m_message->showMessage(tr("No program on this computer offered to open this kind of file. The "
                                      "temporary copy will be wiped when the diary is locked."));
            return;
        }
        m_message->setKind(InlineMessage::Kind::Success);
        m_message->showMessage(tr("Opened in another program. The temporary copy will be wiped when you lock the "
                                  "diary or close Daymark."));
    } catch (const Error& error) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(error.message());
    }
}

} // namespace daymark::ui
