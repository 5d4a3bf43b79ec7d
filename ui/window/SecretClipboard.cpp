// Ownership: X11, Wayland, Windows and macOS say whether the clipboard still holds this process's data; the text is
// compared too (by its SHA-256), so Daymark never clears what the person copied elsewhere since.
//
// The formats, per platform (see docs/discretion.md):
// - Linux/BSD: x-kde-passwordManagerHint = "secret" (Klipper, and clipboard managers that follow it, skip it).
// - Windows: the registered formats ExcludeClipboardContentFromMonitorProcessing, CanIncludeInClipboardHistory = 0
//   and CanUploadToCloudClipboard = 0 (Win+V history, cloud clipboard), named through Qt's
//   application/x-qt-windows-mime;value="..." form.
// - macOS: application/x-nspasteboard-concealed-type. Qt 6.4 offers an unknown MIME type under a Qt-specific
//   pasteboard type, so managers that look for org.nspasteboard.ConcealedType may not see it; clearing still works.
#include "window/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace daymark::ui {
namespace {

#if defined(Q_OS_WIN)
const QString kSecretFormat =
    QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"");
#elif defined(Q_OS_MACOS)
const QString kSecretFormat = QStringLiteral("application/x-nspasteboard-concealed-type");
#else
const QString kSecretFormat = QStringLiteral("x-kde-passwordManagerHint");
#endif

QByteArray fingerprint(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

// Platforms with no clipboard shared with other programs: whatever is on it was put there by this process.
bool sharesClipboard()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

SecretClipboard::SecretClipboard(QClipboard* clipboard, QObject* parent)
    : QObject(parent), m_clipboard(clipboard),
      m_owns([clipboard] { return !sharesClipboard() || clipboard->ownsClipboard(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::expired);
    connect(m_clipboard, &QClipboard::dataChanged, this, &SecretClipboard::changed);
}

SecretClipboard::~SecretClipboard() = default;

void SecretClipboard::markSecret(QMimeData& mime)
{
#if defined(Q_OS_WIN)
    const QByteArray no(4, '\0'); // a DWORD 0
    mime.setData(kSecretFormat, QByteArrayLiteral("1"));
    mime.setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), no);
    mime.setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), no);
#elif defined(Q_OS_MACOS)
    mime.setData(kSecretFormat, QByteArrayLiteral("1"));
#else
    mime.setData(kSecretFormat, QByteArrayLiteral("secret"));
#endif
}

bool SecretClipboard::isMarkedSecret(const QMimeData& mime)
{
    return mime.hasFormat(kSecretFormat);
}

void SecretClipboard::copyText(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    markSecret(*mime);
    m_fingerprint = fingerprint(text);
    put(mime);
}

void SecretClipboard::put(QMimeData* mime)
{
    m_putting = true;
    m_clipboard->setMimeData(mime, QClipboard::Clipboard); // the clipboard owns it now
    m_putting = false;
    m_timer.start(m_clearMs);
}

bool SecretClipboard::holdsOurs() const
{
    if (m_fingerprint.isEmpty() || !m_owns())
        return false;
    const QMimeData* mime = m_clipboard->mimeData(QClipboard::Clipboard);
    return mime && mime->hasText() && fingerprint(mime->text()) == m_fingerprint;
}

void SecretClipboard::changed()
{
    if (m_putting)
        return;
    const QMimeData* current = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!m_owns() || !current || !current->hasText()) {
        m_timer.stop(); // another program's copy (or nothing): not Daymark's to clear
        m_fingerprint.clear();
        return;
    }
    if (isMarkedSecret(*current))
        return;
    // A text field of Daymark's copied: the same data again, marked, and on the same count to clearing.
    auto* mime = new QMimeData;
    const QStringList formats = current->formats();
    for (const QString& format : formats)
        mime->setData(format, current->data(format));
    markSecret(*mime);
    m_fingerprint = fingerprint(current->text());
    put(mime);
}

void SecretClipboard::expired()
{
    if (holdsOurs())
        clear();
    m_fingerprint.clear();
}

void SecretClipboard::clearNow()
{
    m_timer.stop();
    if (holdsOurs())
        clear();
    m_fingerprint.clear();
}

void SecretClipboard::clear()
{
    m_putting = true;
    m_clipboard->clear(QClipboard::Clipboard);
    if (m_clipboard->supportsSelection() && m_clipboard->ownsSelection())
        m_clipboard->clear(QClipboard::Selection); // text selected in a Daymark field, offered to middle-click paste
    m_putting = false;
    Q_EMIT cleared();
}

} // namespace daymark::ui
