// Shows one exhibit inside Daymark, decrypted in memory only: pictures with zoom, text files as plain text. Any
// other kind of file (a recording, a PDF) can be opened in another program, but only after a plain warning that
// this makes a decrypted copy outside the diary; the copy is one of TemporaryCopies, wiped when the diary locks.
#pragma once

#include "evidence/Exhibit.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QUrl;

namespace daymark::diary {
class ExhibitRepository;
}

namespace daymark::ui {

class ImageView;
class InlineMessage;
class TemporaryCopies;

class ExhibitViewer : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Image, Text, Other };
    // Hands a file to the desktop's program for it; tests put a stand-in here.
    using Opener = std::function<bool(const QUrl&)>;

    // Reads the exhibit from `exhibits` now; keeps no reference to it, only to `copies` (owned by the diary page).
    ExhibitViewer(const evidence::ExhibitRecord& record, diary::ExhibitRepository& exhibits, TemporaryCopies& copies,
                  Opener opener, QWidget* parent = nullptr);

    static Kind kindOf(const evidence::Exhibit& exhibit);

    Kind kind() const { return m_kind; }
    ImageView* imageView() const { return m_image; }
    QPlainTextEdit* textView() const { return m_text; }
    // Makes the temporary copy and opens it (the button under the warning).
    void openElsewhere();

    // Text beyond this is not shown (the start is, with a note).
    static constexpr qint64 kMaxTextBytes = 16 * 1024 * 1024;
    // Larger files are not copied for another program: "Save a copy…" streams them instead.
    static constexpr qint64 kMaxCopyBytes = 256 * 1024 * 1024;

private:
    void buildImage(const QByteArray& bytes);
    void buildText(const QByteArray& bytes, bool cut);
    void buildOther();

    evidence::ExhibitRecord m_record;
    diary::ExhibitRepository* m_exhibits; // the panel deletes the viewer before the diary is locked
    TemporaryCopies& m_copies;
    Opener m_opener;
    Kind m_kind;
    ImageView* m_image = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_scale = nullptr;
    InlineMessage* m_message;
};

} // namespace daymark::ui
