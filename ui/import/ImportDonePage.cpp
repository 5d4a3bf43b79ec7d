// Sentences, not figures alone: a person under stress reads what happened, then what to do next.
#include "import/ImportDonePage.h"

#include "import/ImportSession.h"
#include "widgets/PageLayout.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {

ImportDonePage::ImportDonePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_report(new QLabel(this)),
      m_show(new QPushButton(tr("&Show them in the timeline"), this))
{
    setObjectName(QStringLiteral("importDonePage"));
    setTitle(tr("Added to your diary"));
    setFinalPage(true);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont large = m_report->font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    m_report->setFont(large);
    m_show->setObjectName(QStringLiteral("importShowInTimeline"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_report);
    layout->addSpacing(16);
    auto* row = new QHBoxLayout;
    row->addWidget(m_show);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_session.committed)
            Q_EMIT showInTimelineRequested(m_session.committed->firstIncident, m_session.committed->lastIncident);
    });
}

void ImportDonePage::initializePage()
{
    if (!m_session.committed)
        return;
    const importers::CommitResult& r = *m_session.committed;
    QStringList lines;
    if (r.incidentsAdded == 0) {
        lines << tr("Nothing new was added: these messages were already in your diary.");
        m_show->setVisible(false);
    } else {
        lines << (r.incidentsAdded == 1 ? tr("1 incident was added (number %1).").arg(r.firstIncident)
                                        : tr("%n incidents were added (numbers %1 to %2).", "", int(r.incidentsAdded))
                                              .arg(r.firstIncident)
                                              .arg(r.lastIncident));
        if (r.exhibitLabels.size() > 1)
            lines << tr("The files of %1 are kept unchanged as exhibits %2 to %3, each linked to the incidents made "
                        "from it. Their SHA-256 fingerprints were taken as they were stored.")
                         .arg(QFileInfo(m_session.path).fileName(), r.exhibitLabels.front(), r.exhibitLabels.back());
        else
            lines << tr("The export file %1 is kept unchanged as exhibit %2, linked to each of them. Its SHA-256 "
                        "fingerprint was taken as it was stored.")
                         .arg(QFileInfo(m_session.path).fileName(), r.exhibitLabel);
        m_show->setVisible(true);
    }
    if (r.mediaAttached > 0)
        lines << tr("%n photo(s) or file(s) from the export were attached to their messages.", "",
                    int(r.mediaAttached));
    if (r.mediaMissing > 0)
        lines << tr("%n photo(s) or file(s) named in the messages were not in the export, so they could not be "
                    "attached. Export the chat again \"with media\" to include them.",
                    "", int(r.mediaMissing));
    if (r.alreadyImported > 0)
        lines << tr("%n message(s) or call(s) were already in your diary from an earlier import and were not added "
                    "again.",
                    "", int(r.alreadyImported));
    m_report->setText(lines.join(QStringLiteral("\n\n")));
}

} // namespace daymark::ui
