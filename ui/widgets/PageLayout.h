// The shared frame of every page: a centred column of readable width with a clear title, so pages look alike
// and nothing stretches across a wide screen.
#pragma once

#include <QString>

class QBoxLayout;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace daymark::ui::pageLayout {

// Gives `page` a layout that centres a column of limited width; returns the column's layout to fill.
QVBoxLayout* makeColumn(QWidget* page);
// A page's title: larger and bold, read first by screen readers.
QLabel* makeTitle(const QString& text, QWidget* parent);
// A paragraph of plain text that wraps.
QLabel* makeParagraph(const QString& text, QWidget* parent);
// A section heading within a page: bold, a little larger, with room above it.
QLabel* makeHeading(const QString& text, QWidget* parent);
// A phone number to read out or copy: bold and selectable.
QLabel* makePhoneNumber(const QString& number, QWidget* parent);
// A label above its field, the label's shortcut focusing the field; `beside` (a "Choose…" button, say) may sit to
// the right of the field.
QBoxLayout* makeLabelledField(const QString& label, QWidget* field, QWidget* beside = nullptr);
// A row of buttons: `secondary` on the left, `primary` on the right (either may be null).
QBoxLayout* makeButtonRow(QWidget* secondary, QWidget* primary);

} // namespace daymark::ui::pageLayout
