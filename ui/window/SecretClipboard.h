// Every copy Daymark makes goes through here: the text is marked as secret for clipboard managers and history, and
// taken off the clipboard after 30 seconds, or when the diary locks, if the clipboard still holds it. Copies that
// Qt's own text fields make (Ctrl+C, their context menu) are caught as they land and treated the same way.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <functional>

class QClipboard;
class QMimeData;

namespace daymark::ui {

class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultClearMs = 30 * 1000;

    // `clipboard` is the application's (QGuiApplication::clipboard()); it must outlive this object.
    explicit SecretClipboard(QClipboard* clipboard, QObject* parent = nullptr);
    ~SecretClipboard() override;

    // Puts `text` on the clipboard, marked secret, and starts the count to clearing it.
    void copyText(const QString& text);
    // Takes Daymark's text off the clipboard (and the X11 selection, if Daymark owns it) now, unless something else
    // was copied since. Called when the diary locks.
    void clearNow();
    // True while the clipboard holds what Daymark last put there.
    bool holdsOurs() const;

    // Adds the formats that ask clipboard managers and clipboard history not to keep `mime`: KDE's
    // x-kde-passwordManagerHint = secret on Linux and BSD, Windows' exclusion formats, macOS' concealed type.
    static void markSecret(QMimeData& mime);
    static bool isMarkedSecret(const QMimeData& mime);

    // For tests: a shorter delay, and who owns the clipboard (the offscreen platform cannot say; by default a
    // platform that has no system clipboard counts every copy as Daymark's).
    void setClearDelay(int milliseconds) { m_clearMs = milliseconds; }
    int clearDelay() const { return m_clearMs; }
    void setOwnershipProbe(std::function<bool()> probe) { m_owns = std::move(probe); }

Q_SIGNALS:
    // Daymark's text was taken off the clipboard (after the delay, or by clearNow()).
    void cleared();

private:
    void changed();
    void expired();
    void put(QMimeData* mime);
    void clear();

    QClipboard* m_clipboard;
    QTimer m_timer;
    int m_clearMs = kDefaultClearMs;
    std::function<bool()> m_owns;
    QByteArray m_fingerprint; // SHA-256 of the text put there: what to compare with, without keeping the text
    bool m_putting = false;
};

} // namespace daymark::ui
