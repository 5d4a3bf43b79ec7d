// The problem sentence sits under the section's heading, so it is read before the fields it is about.
#include "editor/EditorSection.h"

#include "widgets/InlineMessage.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace daymark::ui {

QString plainLabel(const QString& label)
{
    QString text = label;
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

EditorSection::EditorSection(const QString& title, const QString& intro, QWidget* parent)
    : QWidget(parent), m_title(title), m_form(new QFormLayout),
      m_problem(new InlineMessage(InlineMessage::Kind::Error, this))
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(title);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 8);
    layout->setSpacing(8);
    layout->addWidget(heading);
    if (!intro.isEmpty()) {
        auto* introLabel = new QLabel(intro, this);
        introLabel->setWordWrap(true);
        introLabel->setTextFormat(Qt::PlainText);
        introLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(introLabel);
    }
    layout->addWidget(m_problem);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setVerticalSpacing(10);
    m_form->setHorizontalSpacing(16);
    layout->addLayout(m_form);
}

QString EditorSection::problem(QWidget** field) const
{
    Q_UNUSED(field)
    return {};
}

bool EditorSection::showProblem()
{
    QWidget* field = nullptr;
    const QString text = problem(&field);
    if (text.isEmpty()) {
        m_problem->dismiss();
        return true;
    }
    m_problem->showMessage(text);
    return false;
}

QString EditorSection::shownProblem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->accessibleName() : QString();
}

QList<QWidget*> EditorSection::focusOrder() const
{
    QList<QWidget*> order;
    for (QWidget* row : m_rows) {
        if (row->focusPolicy() & Qt::TabFocus) {
            order << row;
            continue;
        }
        // A row of several controls (a field and its button): in the order they were laid out.
        const QList<QWidget*> parts = row->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
        for (QWidget* part : parts) {
            if (part->focusPolicy() & Qt::TabFocus)
                order << part;
        }
    }
    return order;
}

QLabel* EditorSection::addRow(const QString& label, QWidget* field)
{
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    labelWidget->setWordWrap(true);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(plainLabel(label));
    m_form->addRow(labelWidget, field);
    m_rows << field;
    m_labels << labelWidget;
    watch(field);
    return labelWidget;
}

void EditorSection::addWideRow(QWidget* field)
{
    m_form->addRow(field);
    m_rows << field;
    watch(field);
}

void EditorSection::watch(QWidget* field)
{
    if (auto* line = qobject_cast<QLineEdit*>(field))
        connect(line, &QLineEdit::textEdited, this, &EditorSection::edited);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, this, &EditorSection::edited);
    else if (auto* box = qobject_cast<QCheckBox*>(field))
        connect(box, &QCheckBox::toggled, this, &EditorSection::edited);
    else if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, &EditorSection::edited);
    else if (auto* time = qobject_cast<QDateTimeEdit*>(field))
        connect(time, &QDateTimeEdit::dateTimeChanged, this, &EditorSection::edited);
    else if (auto* list = qobject_cast<QListWidget*>(field))
        connect(list, &QListWidget::itemChanged, this, &EditorSection::edited);
    else if (auto* tree = qobject_cast<QTreeWidget*>(field))
        connect(tree, &QTreeWidget::itemChanged, this, &EditorSection::edited);
}

} // namespace daymark::ui
