// A message shown inside a page, next to what it is about (never a pop-up): an error to act on, or a note.
#pragma once

#include <QLabel>

namespace daymark::ui {

class InlineMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Error, Note, Success };

    explicit InlineMessage(Kind kind, QWidget* parent = nullptr);

    // Shows `text` (plain text; with an optional bold heading above it) and tells screen readers about it.
    void showMessage(const QString& text, const QString& heading = {});
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // Hides the message and forgets its text.
    void dismiss();

private:
    void applyStyle();

    Kind m_kind;
};

} // namespace daymark::ui
