// Uses the same column as every page, so a placeholder looks like the panel it stands for.
#include "panels/PlaceholderPanel.h"

#include "widgets/PageLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace daymark::ui {

PlaceholderPanel::PlaceholderPanel(const QString& title, const QString& promise, QWidget* parent) : QWidget(parent)
{
    auto* column = pageLayout::makeColumn(this);
    column->addWidget(pageLayout::makeTitle(title, this));
    auto* text = pageLayout::makeParagraph(promise, this);
    text->setObjectName(QStringLiteral("placeholderText"));
    column->addWidget(text);
    column->addStretch(1);
}

} // namespace daymark::ui
