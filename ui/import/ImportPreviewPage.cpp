// Rows are collected on the worker into a vector that the model takes whole on the UI thread: no signal per message.
#include "import/ImportPreviewPage.h"

#include "import/ConversationView.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportSession.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"
#include "widgets/ProgressJob.h"

#include <QButtonGroup>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

// The two readings of the sample line's date ("06/03/2017" is 6 March or June 3), for the question's answers.
std::pair<QDate, QDate> readings(const QString& sample)
{
    static const QRegularExpression date(QStringLiteral(R"((\d{1,2})[./-](\d{1,2})[./-](\d{2,4}))"));
    const auto match = date.match(sample);
    if (!match.hasMatch())
        return {};
    const int a = match.captured(1).toInt();
    const int b = match.captured(2).toInt();
    int year = match.captured(3).toInt();
    if (year < 100)
        year += 2000;
    return {QDate(year, b, a), QDate(year, a, b)};
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_summary(new QLabel(this)), m_participants(new QListWidget(this)),
      m_dateQuestion(new QGroupBox(tr("How does the phone write dates?"), this)), m_sample(new QLabel(this)),
      m_dayFirst(new QRadioButton(this)), m_monthFirst(new QRadioButton(this)), m_orders(new QButtonGroup(this)),
      m_message(new InlineMessage(InlineMessage::Kind::Error, this)),
      m_readAgain(new QPushButton(tr("&Read the file again"), this)),
      m_conversation(new ConversationView(session.model, this)),
      m_job(new ProgressJob(parent ? parent : this, tr("Reading the export…")))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check what the file holds"));
    setSubTitle(tr("This is the conversation as the export holds it. Nothing has been added to your diary yet."));

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_participants->setObjectName(QStringLiteral("importParticipants"));
    m_participants->setAccessibleName(tr("People in the export, with how many messages and calls each"));
    m_participants->setSelectionMode(QAbstractItemView::NoSelection);
    m_participants->setFocusPolicy(Qt::NoFocus);
    m_participants->setWordWrap(true);

    m_dateQuestion->setObjectName(QStringLiteral("importDateQuestion"));
    m_sample->setObjectName(QStringLiteral("importDateSample"));
    m_sample->setWordWrap(true);
    m_sample->setTextFormat(Qt::PlainText);
    m_dayFirst->setObjectName(QStringLiteral("importDayFirst"));
    m_monthFirst->setObjectName(QStringLiteral("importMonthFirst"));
    m_orders->addButton(m_dayFirst);
    m_orders->addButton(m_monthFirst);
    auto* question = new QVBoxLayout(m_dateQuestion);
    question->addWidget(m_sample);
    question->addWidget(m_dayFirst);
    question->addWidget(m_monthFirst);
    m_dateQuestion->setVisible(false);

    m_message->setObjectName(QStringLiteral("importPreviewMessage"));
    m_readAgain->setObjectName(QStringLiteral("importReadAgain"));
    m_readAgain->setVisible(false);

    auto* side = new QVBoxLayout;
    side->addWidget(m_summary);
    side->addSpacing(4);
    auto* peopleLabel = new QLabel(tr("&People in it"), this);
    peopleLabel->setBuddy(m_participants);
    side->addWidget(peopleLabel);
    side->addWidget(m_participants, 1);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    side->setContentsMargins(0, 0, 0, 0);
    sideWidget->setFixedWidth(fontMetrics().averageCharWidth() * 34);

    auto* top = new QHBoxLayout;
    top->addWidget(sideWidget);
    top->addWidget(m_conversation, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_dateQuestion);
    layout->addWidget(m_message);
    auto* again = new QHBoxLayout;
    again->addWidget(m_readAgain);
    again->addStretch(1);
    layout->addLayout(again);
    layout->addLayout(top, 1);

    connect(m_dayFirst, &QRadioButton::clicked, this, [this] { chooseDateOrder(QStringLiteral("dmy")); });
    connect(m_monthFirst, &QRadioButton::clicked, this, [this] { chooseDateOrder(QStringLiteral("mdy")); });
    connect(m_readAgain, &QPushButton::clicked, this, &ImportPreviewPage::read);
}

ImportPreviewPage::~ImportPreviewPage()
{
    stopWork();
}

void ImportPreviewPage::stopWork()
{
    m_job->cancelAndWait();
}

bool ImportPreviewPage::isBusy() const
{
    return m_job->isRunning();
}

void ImportPreviewPage::initializePage()
{
    if (!m_session.parsed)
        read();
}

bool ImportPreviewPage::isComplete() const
{
    return m_session.parsed && !m_session.summary.dateOrderAmbiguous && m_session.summary.messages > 0 &&
           !m_job->isRunning();
}

void ImportPreviewPage::chooseDateOrder(const QString& order)
{
    m_session.dateOrder = order;
    (order == QLatin1String("mdy") ? m_monthFirst : m_dayFirst)->setChecked(true);
    read();
}

void ImportPreviewPage::read()
{
    if (!m_session.source || m_job->isRunning())
        return;
    m_session.parsed = false;
    m_session.model->clear();
    m_message->dismiss();
    m_readAgain->setVisible(false);
    m_summary->setText(tr("Reading…"));
    m_participants->clear();
    Q_EMIT completeChanged();

    auto rows = std::make_shared<std::vector<PreviewRow>>();
    auto summary = std::make_shared<importers::ImportSummary>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    importers::ImportSource* source = m_session.source.get();
    const QString order = m_session.dateOrder;
    // One connection per read: a finished read hands over its rows, then the connections go.
    auto* context = new QObject(this);
    connect(m_job, &ProgressJob::succeeded, context, [this, context, rows, summary, timer] {
        context->deleteLater();
        m_session.summary = *summary;
        m_session.parsed = true;
        m_session.model->setRows(std::move(*rows));
        m_lastReadMs = timer->elapsed();
        showSummary();
        Q_EMIT completeChanged();
        Q_EMIT readFinished(true);
    });
    connect(m_job, &ProgressJob::failed, context, [this, context](Error::Kind kind, const QString& text) {
        context->deleteLater();
        m_summary->clear();
        if (kind == Error::Kind::Cancelled) {
            m_message->setKind(InlineMessage::Kind::Note);
            m_message->showMessage(tr("You stopped the reading. Nothing was added to your diary."));
        } else {
            m_message->setKind(InlineMessage::Kind::Error);
            m_message->showMessage(text, tr("This file cannot be read"));
        }
        m_readAgain->setVisible(true);
        Q_EMIT completeChanged();
        Q_EMIT readFinished(false);
    });
    m_job->start([source, order, rows, summary](const auto& progress, const std::atomic<bool>* cancel) {
        importers::ParseSettings settings;
        settings.dateOrder = order;
        settings.progress = progress;
        settings.cancel = cancel;
        *summary = source->parse(settings, [&rows](importers::ImportedMessage&& message) {
            rows->push_back(PreviewRow::from(std::move(message)));
        });
        if (cancel->load())
            throw Error(Error::Kind::Cancelled, ImportPreviewPage::tr("The reading was stopped."));
    });
}

void ImportPreviewPage::showSummary()
{
    const importers::ImportSummary& s = m_session.summary;
    // Once asked, the question stays in view with the answer given, so a wrong answer can be changed.
    m_dateQuestion->setVisible(s.dateOrderAmbiguous || !m_session.dateOrder.isEmpty());
    if (s.dateOrderAmbiguous) {
        showDateQuestion();
        m_summary->setText(tr("Please answer the question above first."));
        return;
    }
    if (s.messages == 0) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(tr("Daymark found no messages or calls in this file. Check that it is the export "
                                  "you meant, and that the kind of export on the first page is right."),
                               tr("Nothing to import"));
    }
    QStringList lines;
    lines << tr("%n message(s) and call(s)", "", int(s.messages));
    if (s.first.isValid()) {
        const QLocale locale;
        const QDateTime first = s.floatingTimes ? s.first : s.first.toLocalTime();
        const QDateTime last = s.floatingTimes ? s.last : s.last.toLocalTime();
        lines << tr("From %1\nto %2")
                     .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
    }
    if (s.mediaReferences > 0)
        lines << tr("%n photo(s) or file(s) named", "", int(s.mediaReferences));
    if (s.systemLines > 0)
        lines << tr("%n line(s) written by the app itself (shown in grey, never added)", "", int(s.systemLines));
    m_summary->setText(lines.join(u'\n'));
    for (const importers::Participant& p : s.participants) {
        const QString who = p.address.isEmpty() || p.address == p.name || p.name.isEmpty()
                                ? (p.name.isEmpty() ? p.address : p.name)
                                : tr("%1 (%2)", "name (number)").arg(p.name, p.address);
        m_participants->addItem(tr("%1: %n message(s) or call(s)", "", int(p.messages)).arg(who));
    }
}

void ImportPreviewPage::showDateQuestion()
{
    const auto [dayFirst, monthFirst] = readings(m_session.summary.ambiguousSample);
    const QLocale locale;
    m_sample->setText(tr("The dates in this chat can be read two ways. This line is from the file:\n\n%1\n\nWhich "
                         "date is it?")
                          .arg(m_session.summary.ambiguousSample));
    m_dayFirst->setText(dayFirst.isValid() ? tr("Day first: %1").arg(locale.toString(dayFirst, QLocale::LongFormat))
                                           : tr("Day first (day/month/year)"));
    m_monthFirst->setText(monthFirst.isValid()
                              ? tr("Month first: %1").arg(locale.toString(monthFirst, QLocale::LongFormat))
                              : tr("Month first (month/day/year)"));
    m_orders->setExclusive(false);
    m_dayFirst->setChecked(false);
    m_monthFirst->setChecked(false);
    m_orders->setExclusive(true);
}

} // namespace daymark::ui
