// The ways files reach an incident (the button, a drop, a paste) all end in attach(): for a saved incident the
// attacher's worker writes them to the diary at once; for a new one they wait in memory for the first save.
#include "editor/ExhibitsSection.h"
#include "editor/IncidentEditor.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "widgets/InlineMessage.h"

#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QMimeData>

namespace daymark::ui {
namespace {

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

void IncidentEditor::attachFiles(const QStringList& paths)
{
    QList<AttachItem> items;
    for (const QString& path : paths) {
        AttachItem item;
        item.path = QFileInfo(path).absoluteFilePath();
        items << item;
    }
    if (!items.isEmpty())
        attach(items);
}

void IncidentEditor::attachImage(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        showError(tr("The picture on the clipboard could not be read. Copy it again, then paste."));
        return;
    }
    AttachItem item;
    item.data = png;
    item.howObtained = QStringLiteral("screenshot");
    // A file name, not text to read: the same form in every language, and sortable.
    item.name = QStringLiteral("Screenshot %1.png")
                    .arg(m_diary.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")));
    attach({item});
}

bool IncidentEditor::pasteFromClipboard()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    if (mime->hasImage()) {
        attachImage(qvariant_cast<QImage>(mime->imageData()));
        return true;
    }
    const QStringList files = localFiles(mime);
    if (files.isEmpty())
        return false;
    attachFiles(files);
    return true;
}

void IncidentEditor::attach(const QList<AttachItem>& items)
{
    if (isBusy()) {
        showError(tr("Files are still being added. Wait until they are done, then add more."));
        return;
    }
    if (isNew()) {
        m_waiting << items;
        QStringList names;
        for (const AttachItem& item : std::as_const(m_waiting))
            names << item.displayName();
        m_exhibits->setWaiting(names);
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(names.size() == 1
                                   ? tr("%1 will be attached when you save this incident.").arg(names.constFirst())
                                   : tr("%1 files will be attached when you save this incident.").arg(names.size()));
        return;
    }
    m_message->dismiss();
    setBusy(true);
    m_attacher->start(m_record->incident.id, items);
}

void IncidentEditor::attached(const AttachOutcome& outcome)
{
    setBusy(false);
    refreshExhibits();
    QStringList lines;
    if (m_closeAfterAttach)
        lines << tr("The incident is saved.");
    if (!outcome.added.isEmpty())
        lines << tr("Attached: %1.").arg(QLocale().createSeparatedList(outcome.added));
    if (!outcome.existing.isEmpty())
        lines << tr("Already in the diary, now also linked to this incident: %1.")
                     .arg(QLocale().createSeparatedList(outcome.existing));
    lines << outcome.failures;
    if (!outcome.notTried.isEmpty())
        lines << tr("Cancelled, so not attached: %1. Nothing half-added was kept.")
                     .arg(QLocale().createSeparatedList(outcome.notTried));
    const bool complete = outcome.failures.isEmpty() && outcome.notTried.isEmpty();
    try {
        m_record = m_diary.incidents().get(m_record->incident.id); // the exhibit count changed
    } catch (const Error& error) {
        lines << error.message();
    }
    if (std::exchange(m_closeAfterAttach, false) && complete) {
        finishSaved();
        return;
    }
    Q_EMIT saved(*m_record);
    m_message->setKind(complete ? InlineMessage::Kind::Success : InlineMessage::Kind::Error);
    m_message->showMessage(lines.join(QLatin1Char('\n')));
}

void IncidentEditor::refreshExhibits()
{
    if (!m_record)
        return;
    try {
        m_exhibits->setExhibits(m_diary.exhibits().forIncident(m_record->incident.id));
    } catch (const Error& error) {
        showError(error.message());
    }
}

bool IncidentEditor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        // A text field takes Ctrl+V for itself; with only a picture or files on the clipboard, they are attached.
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        if (static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste) && mime && !mime->hasText() &&
            pasteFromClipboard())
            return true;
        break;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            attachFiles(files);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

void IncidentEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void IncidentEditor::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(files);
}

} // namespace daymark::ui
