// Building blocks shared by the pages.
#include "widgets/PageLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace daymark::ui::pageLayout {
namespace {

constexpr int kColumnWidth = 560;

} // namespace

QVBoxLayout* makeColumn(QWidget* page)
{
    // A scroll area, so large fonts or a small window never cut a page off.
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(page);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Window);
    pageLayout->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);

    auto* outer = new QHBoxLayout(content);
    outer->setContentsMargins(24, 48, 24, 24);
    auto* column = new QWidget(content);
    column->setMaximumWidth(kColumnWidth);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    outer->addStretch(1);
    outer->addWidget(column, 100);
    outer->addStretch(1);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    return layout;
}

QLabel* makeTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.7);
    font.setBold(true);
    title->setFont(font);
    title->setWordWrap(true);
    title->setAccessibleName(text);
    return title;
}

QLabel* makeParagraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QLabel* makePhoneNumber(const QString& number, QWidget* parent)
{
    auto* label = new QLabel(number, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QBoxLayout* makeLabelledField(const QString& label, QWidget* field, QWidget* beside)
{
    auto* layout = new QVBoxLayout;
    layout->setSpacing(4);
    auto* labelWidget = new QLabel(label, field->parentWidget());
    labelWidget->setBuddy(field);
    layout->addWidget(labelWidget);
    if (!beside) {
        layout->addWidget(field);
        return layout;
    }
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(field, 1);
    row->addWidget(beside);
    layout->addLayout(row);
    return layout;
}

QBoxLayout* makeButtonRow(QWidget* secondary, QWidget* primary)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(12);
    if (secondary)
        row->addWidget(secondary);
    row->addStretch(1);
    if (primary)
        row->addWidget(primary);
    return row;
}

} // namespace daymark::ui::pageLayout
