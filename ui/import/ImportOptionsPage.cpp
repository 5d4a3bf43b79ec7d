// The dry run reads the whole export again against the diary's import ledger, so "already imported" is exact.
#include "import/ImportOptionsPage.h"

#include "import/ImportPreviewModel.h"
#include "import/ImportSession.h"
#include "importers/ImportIncidents.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"
#include "widgets/ProgressJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSet>
#include <QTimeZone>
#include <QVBoxLayout>

namespace daymark::ui {

ImportOptionsPage::ImportOptionsPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session),
      m_perMessage(new QRadioButton(tr("One incident for &each message or call"), this)),
      m_perDay(new QRadioButton(tr("One incident for each &day, with that day's messages and calls in it"), this)),
      m_zone(new QComboBox(this)), m_media(new QCheckBox(this)), m_counts(new QLabel(this)),
      m_message(new InlineMessage(InlineMessage::Kind::Error, this)),
      m_countJob(new ProgressJob(parent ? parent : this, tr("Checking what is already in your diary…"))),
      m_commitJob(new ProgressJob(parent ? parent : this, tr("Adding to your diary…")))
{
    setObjectName(QStringLiteral("importOptionsPage"));
    setTitle(tr("How to add them"));
    setSubTitle(tr("Everything is added in one go. If anything goes wrong, or you cancel, nothing is added."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Add to the diary"));

    m_perMessage->setObjectName(QStringLiteral("importPerMessage"));
    m_perDay->setObjectName(QStringLiteral("importPerDay"));
    m_perMessage->setChecked(true);
    m_zone->setObjectName(QStringLiteral("importZone"));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : zones)
        m_zone->addItem(QString::fromLatin1(id), id);
    if (m_zone->findData(system) < 0)
        m_zone->insertItem(0, QString::fromLatin1(system), system);
    m_zone->setCurrentIndex(m_zone->findData(system));
    m_media->setObjectName(QStringLiteral("importAttachMedia"));
    m_media->setChecked(true);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    QFont large = m_counts->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.15);
    m_counts->setFont(large);
    m_message->setObjectName(QStringLiteral("importOptionsMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_perMessage);
    layout->addWidget(m_perDay);
    layout->addSpacing(12);
    layout->addLayout(pageLayout::makeLabelledField(tr("&Time zone the phone was in"), m_zone));
    layout->addWidget(pageLayout::makeParagraph(
        tr("WhatsApp writes times as the phone's clock showed them, without saying where. Choose where the phone "
           "was, so the times in your diary are right. It also decides where each day begins and ends."),
        this));
    layout->addSpacing(12);
    layout->addWidget(m_media);
    layout->addSpacing(16);
    layout->addWidget(m_counts);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_perMessage, &QRadioButton::toggled, this, &ImportOptionsPage::showCounts);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ImportOptionsPage::showCounts);
    connect(m_countJob, &ProgressJob::failed, this, [this](Error::Kind kind, const QString& text) {
        m_new = -1;
        m_counts->clear();
        m_message->setKind(kind == Error::Kind::Cancelled ? InlineMessage::Kind::Note : InlineMessage::Kind::Error);
        m_message->showMessage(kind == Error::Kind::Cancelled
                                   ? tr("You stopped the check. Go back and forward again to check once more.")
                                   : text,
                               kind == Error::Kind::Cancelled ? QString() : tr("This file cannot be imported"));
        Q_EMIT completeChanged();
        Q_EMIT countFinished(false);
    });
    connect(m_commitJob, &ProgressJob::failed, this, [this](Error::Kind kind, const QString& text) {
        m_message->setKind(kind == Error::Kind::Cancelled ? InlineMessage::Kind::Note : InlineMessage::Kind::Error);
        if (kind == Error::Kind::Cancelled)
            m_message->showMessage(tr("You stopped the import. Nothing was added to your diary."), tr("Stopped"));
        else
            m_message->showMessage(tr("%1 Nothing was added to your diary.").arg(text), tr("Not imported"));
        Q_EMIT completeChanged();
        Q_EMIT commitFinished(false);
    });
}

ImportOptionsPage::~ImportOptionsPage()
{
    stopWork();
}

void ImportOptionsPage::stopWork()
{
    m_countJob->cancelAndWait();
    m_commitJob->cancelAndWait();
}

bool ImportOptionsPage::isBusy() const
{
    return m_countJob->isRunning() || m_commitJob->isRunning();
}

void ImportOptionsPage::initializePage()
{
    m_message->dismiss();
    const qint64 media = m_session.summary.mediaReferences;
    m_media->setText(media > 0 ? tr("Attach the photos and files the export holds (%n named)", "", int(media))
                               : tr("Attach the photos and files the export holds (it names none)"));
    m_media->setEnabled(media > 0);
    count();
}

void ImportOptionsPage::count()
{
    if (isBusy() || !m_session.source || !m_session.diary)
        return;
    m_new = -1;
    m_counts->setText(tr("Checking what is already in your diary…"));
    m_message->dismiss();
    Q_EMIT completeChanged();
    importers::CommitOptions options = m_session.selection;
    options.dateOrder = m_session.dateOrder;
    options.dryRun = true;
    auto result = std::make_shared<importers::CommitResult>();
    diary::Diary* diary = m_session.diary;
    importers::ImportSource* source = m_session.source.get();
    auto* context = new QObject(this);
    connect(m_countJob, &ProgressJob::succeeded, context, [this, context, result] {
        context->deleteLater();
        m_new = result->selected;
        m_already = result->alreadyImported;
        showCounts();
        Q_EMIT completeChanged();
        Q_EMIT countFinished(true);
    });
    connect(m_countJob, &ProgressJob::failed, context, [context] { context->deleteLater(); });
    m_countJob->start([diary, source, options, result](const auto& progress, const std::atomic<bool>* cancel) mutable {
        options.progress = progress;
        options.cancel = cancel;
        *result = importers::ImportCommitter::run(*diary, *source, options);
    });
}

qint64 ImportOptionsPage::days() const
{
    const QTimeZone zone(m_zone->currentData().toByteArray());
    QSet<QDate> found;
    const auto& rows = m_session.model->rows();
    for (std::size_t k = 0; k < rows.size(); ++k) {
        if (!m_session.model->isChosen(static_cast<int>(k)))
            continue;
        importers::ImportedMessage m;
        m.time = rows[k].time;
        m.floating = rows[k].floating;
        found.insert(importers::placedTime(m, zone).date());
    }
    return found.size();
}

void ImportOptionsPage::showCounts()
{
    if (m_new < 0)
        return;
    QStringList lines;
    if (m_new == 0) {
        lines << tr("Nothing new to add: every one of these is already in your diary from an earlier import.");
    } else if (m_perMessage->isChecked()) {
        lines << tr("%n incident(s) will be added.", "", int(m_new));
    } else if (m_already == 0) {
        lines << tr("%n incident(s) will be added, one for each day, ", "", int(days())) +
                     tr("holding %n message(s) and call(s).", "", int(m_new));
    } else {
        lines << tr("At most %n incident(s) will be added, one for each day, ", "", int(days())) +
                     tr("holding %n new message(s) and call(s).", "", int(m_new));
    }
    if (m_already > 0)
        lines << tr("%n were imported before and will not be added again.", "", int(m_already));
    m_counts->setText(lines.join(u'\n'));
}

bool ImportOptionsPage::isComplete() const
{
    return m_new > 0 && !isBusy();
}

bool ImportOptionsPage::validatePage()
{
    if (m_committed)
        return true;
    commit();
    return false; // the wizard moves on once the commit has succeeded
}

void ImportOptionsPage::commit()
{
    if (isBusy() || m_committed || !m_session.source || !m_session.diary)
        return;
    m_message->dismiss();
    importers::CommitOptions options = m_session.selection;
    options.dateOrder = m_session.dateOrder;
    options.groupByDay = m_perDay->isChecked();
    options.zone = QTimeZone(m_zone->currentData().toByteArray());
    options.attachMedia = m_media->isChecked();
    auto result = std::make_shared<importers::CommitResult>();
    diary::Diary* diary = m_session.diary;
    importers::ImportSource* source = m_session.source.get();
    auto* context = new QObject(this);
    connect(m_commitJob, &ProgressJob::succeeded, context, [this, context, result] {
        context->deleteLater();
        m_session.committed = *result;
        m_committed = true;
        Q_EMIT committed();
        Q_EMIT commitFinished(true);
        if (wizard())
            wizard()->next();
    });
    connect(m_commitJob, &ProgressJob::failed, context, [context] { context->deleteLater(); });
    Q_EMIT completeChanged();
    m_commitJob->start([diary, source, options, result](const auto& progress, const std::atomic<bool>* cancel) mutable {
        options.progress = progress;
        options.cancel = cancel;
        *result = importers::ImportCommitter::run(*diary, *source, options);
    });
}

} // namespace daymark::ui
