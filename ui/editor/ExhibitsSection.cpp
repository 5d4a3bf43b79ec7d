// The note under the heading says plainly when a file is saved, since attaching is not undone by Cancel.
#include "editor/ExhibitsSection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

namespace daymark::ui {

ExhibitsSection::ExhibitsSection(QWidget* parent)
    : EditorSection(tr("Exhibits"), QString(), parent), m_note(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_attach(new QPushButton(tr("&Attach files…"), this)), m_paste(new QPushButton(tr("Paste a screenshot"), this))
{
    m_note->setObjectName(QStringLiteral("editorExhibitsNote"));
    m_note->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("editorExhibits"));
    m_list->setAccessibleName(tr("Exhibits of this incident"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Exhibit"), tr("File"), tr("Size"), tr("How obtained")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 10);
    m_attach->setObjectName(QStringLiteral("editorAttach"));
    m_attach->setAutoDefault(false);
    m_attach->setToolTip(tr("Choose files to keep with this incident. You can also drop files on this window."));
    m_paste->setObjectName(QStringLiteral("editorPaste"));
    m_paste->setAutoDefault(false);
    m_paste->setToolTip(tr("Attach the picture on the clipboard (Ctrl+V)"));
    m_paste->setAccessibleName(tr("Paste a screenshot from the clipboard"));

    auto* buttons = new QWidget(this);
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_attach);
    row->addWidget(m_paste);
    row->addStretch(1);
    addWideRow(m_note);
    addWideRow(m_list);
    addWideRow(buttons);
    connect(m_attach, &QPushButton::clicked, this, &ExhibitsSection::attachRequested);
    connect(m_paste, &QPushButton::clicked, this, &ExhibitsSection::pasteRequested);
    updateNote();
}

void ExhibitsSection::setSaved(bool saved)
{
    m_saved = saved;
    updateNote();
}

void ExhibitsSection::updateNote()
{
    m_note->setText(m_saved ? tr("Screenshots, photos, recordings and message exports, kept unchanged in the diary. "
                                 "A file is added as soon as you attach it, with its fingerprint; Save and Cancel "
                                 "do not undo that.")
                            : tr("Screenshots, photos, recordings and message exports, kept unchanged in the diary. "
                                 "Files you add now are attached when you save this incident."));
}

void ExhibitsSection::setExhibits(const std::vector<evidence::ExhibitRecord>& exhibits)
{
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        if (!m_list->topLevelItem(i)->data(0, Qt::UserRole).toBool())
            delete m_list->takeTopLevelItem(i);
    }
    for (const evidence::ExhibitRecord& record : exhibits) {
        const evidence::Exhibit& e = record.exhibit;
        const QString how = evidence::howObtainedName(e.howObtained);
        auto* item = new QTreeWidgetItem(
            {e.label, e.originalName, QLocale().formattedDataSize(e.size), how.isEmpty() ? e.howObtained : how});
        item->setToolTip(1, e.description.isEmpty() ? e.originalName : e.description);
        m_list->addTopLevelItem(item);
    }
}

void ExhibitsSection::setWaiting(const QStringList& names)
{
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toBool())
            delete m_list->takeTopLevelItem(i);
    }
    for (const QString& name : names) {
        auto* item = new QTreeWidgetItem({tr("When saved"), name, QString(), QString()});
        item->setData(0, Qt::UserRole, true);
        QFont font = item->font(0);
        font.setItalic(true);
        for (int column = 0; column < 2; ++column)
            item->setFont(column, font);
        item->setToolTip(0, tr("Attached when you save this incident"));
        m_list->addTopLevelItem(item);
    }
}

} // namespace daymark::ui
