// The message column is painted by a small delegate: two wrapped lines, the second cut with "…" when there is more.
#include "import/ConversationView.h"

#include "import/ImportPreviewModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

constexpr int kLines = 2;
constexpr int kPadding = 4;

class MessageDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
        const QFontMetrics metrics(opt.font);
        QTextLayout layout(text, opt.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        layout.beginLayout();
        QStringList lines;
        for (int n = 0; n < kLines; ++n) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(area.width());
            QString piece = text.mid(line.textStart(), line.textLength());
            const bool last = n == kLines - 1 && line.textStart() + line.textLength() < text.size();
            if (last)
                piece =
                    metrics.elidedText(text.mid(line.textStart()).replace(u'\n', u' '), Qt::ElideRight, area.width());
            lines << piece.trimmed();
        }
        layout.endLayout();

        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QVariant foreground = index.data(Qt::ForegroundRole);
        painter->setPen(selected               ? opt.palette.color(QPalette::HighlightedText)
                        : foreground.isValid() ? foreground.value<QBrush>().color()
                                               : opt.palette.color(QPalette::Text));
        painter->setFont(opt.font);
        // Centred in the row like the other columns' one-line text.
        int y = area.top() + std::max(0, (area.height() - int(lines.size()) * metrics.lineSpacing()) / 2);
        for (const QString& line : lines) {
            painter->drawText(QRect(area.left(), y, area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              line);
            y += metrics.lineSpacing();
        }
        painter->restore();
    }
};

} // namespace

ConversationView::ConversationView(ImportPreviewModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_table(new QTableView(this)), m_details(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("conversationTable"));
    m_table->setAccessibleName(tr("Messages and calls in the export"));
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(ImportPreviewModel::What, new MessageDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setVisible(false);
    // One height for every row: the view never measures 100,000 texts.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * kLines + 2 * kPadding);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ImportPreviewModel::Chosen, QHeaderView::Fixed);
    header->resizeSection(ImportPreviewModel::Chosen, fontMetrics().horizontalAdvance(tr("Add")) + 32);
    header->setSectionResizeMode(ImportPreviewModel::When, QHeaderView::Interactive);
    header->resizeSection(ImportPreviewModel::When,
                          fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00 AM")) + 24);
    header->setSectionResizeMode(ImportPreviewModel::Who, QHeaderView::Interactive);
    header->resizeSection(ImportPreviewModel::Who, fontMetrics().averageCharWidth() * 24);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    m_table->setColumnHidden(ImportPreviewModel::Chosen, true);

    m_details->setObjectName(QStringLiteral("conversationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(8);
    QFont large = m_details->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    m_details->setFont(large);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFixedHeight(QFontMetrics(large).lineSpacing() * 4 + 24);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(scroll);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConversationView::showDetails);
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationView::showDetails);
    showDetails();
}

void ConversationView::showChoices(bool show)
{
    m_table->setColumnHidden(ImportPreviewModel::Chosen, !show);
}

void ConversationView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setText(m_model->rowCount() > 0 ? tr("Click a message to read all of it here.") : QString());
        return;
    }
    const PreviewRow& row = m_model->rows()[static_cast<std::size_t>(current.row())];
    m_details->setText(tr("%1 — %2\n%3", "time — who, then the message")
                           .arg(ImportPreviewModel::timeText(row), ImportPreviewModel::sender(row),
                                ImportPreviewModel::describe(row)));
}

} // namespace daymark::ui
