// The form reads and writes through insights::Screening only; the journal keeps every answer, so history is read
// back from it rather than kept here.
#include "insights/ScreeningForm.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "insights/ScreeningHistoryDialog.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace daymark::ui {
namespace {

using insights::AnswerValue;

constexpr int kEvidenceShown = 12;
const AnswerValue kValues[] = {AnswerValue::Yes, AnswerValue::No, AnswerValue::DontKnow};

QString whenText(const QDateTime& utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return ScreeningForm::tr("%1 at %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

} // namespace

std::vector<ScreeningSave> screeningSaves(insights::Screening& screening)
{
    std::vector<insights::ScreeningAnswer> all;
    for (const insights::ScreeningQuestion& question : insights::screeningQuestions())
        for (insights::ScreeningAnswer& answer : screening.history(QLatin1String(question.code)))
            all.push_back(std::move(answer));
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    std::vector<ScreeningSave> saves;
    for (const insights::ScreeningAnswer& answer : all) {
        const bool sameSave = !saves.empty() && answer.seq == saves.back().lastSeq + 1 &&
                              saves.back().at.msecsTo(answer.answeredAt) <= 5000;
        if (!sameSave)
            saves.push_back({});
        saves.back().at = answer.answeredAt;
        saves.back().lastSeq = answer.seq;
        ++saves.back().answers;
    }
    std::reverse(saves.begin(), saves.end());
    return saves;
}

ScreeningForm::ScreeningForm(QWidget* parent)
    : QWidget(parent), m_reason(new QLineEdit(this)), m_save(new QPushButton(tr("&Save answers"), this)),
      m_history(new QComboBox(this)), m_view(new QPushButton(tr("&View"), this)),
      m_message(new InlineMessage(InlineMessage::Kind::Note, this))
{
    setObjectName(QStringLiteral("screeningForm"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(4, 4, 12, 4);
    column->setSpacing(6);

    auto* intro = new QLabel(
        tr("These are the questions police and support services ask about stalking (the S-DASH screening), in "
           "Daymark's words. Your answers are for you and for the people helping you: Daymark does not score them "
           "or judge your risk. Beside each question is what your diary already holds for it. Every save is kept "
           "with its date, so earlier answers are never lost."),
        content);
    intro->setWordWrap(true);
    column->addWidget(intro);

    int index = 0;
    for (const insights::ScreeningQuestion& question : insights::screeningQuestions()) {
        auto* frame = new QFrame(content);
        frame->setObjectName(QStringLiteral("screeningQuestion%1").arg(index));
        frame->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(10, 8, 10, 8);
        box->setSpacing(4);
        auto* text = new QLabel(tr("%1. %2").arg(index + 1).arg(insights::questionText(question)), frame);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        QFont bold = text->font();
        bold.setBold(true);
        text->setFont(bold);
        box->addWidget(text);

        Row row;
        row.answers = new QButtonGroup(frame);
        auto* choices = new QHBoxLayout;
        choices->setSpacing(14);
        for (int v = 0; v < 3; ++v) {
            auto* radio = new QRadioButton(insights::answerName(kValues[v]), frame);
            radio->setObjectName(QStringLiteral("screeningAnswer%1_%2").arg(index).arg(v));
            radio->setAccessibleDescription(insights::questionText(question));
            row.answers->addButton(radio, v);
            choices->addWidget(radio);
        }
        row.answers->setExclusive(true);
        row.note = new QLineEdit(frame);
        row.note->setObjectName(QStringLiteral("screeningNote%1").arg(index));
        row.note->setPlaceholderText(tr("Note (optional)"));
        row.note->setAccessibleName(tr("Note on question %1").arg(index + 1));
        choices->addWidget(row.note, 1);
        box->addLayout(choices);

        row.evidence = new QLabel(frame);
        row.evidence->setObjectName(QStringLiteral("screeningEvidence%1").arg(index));
        row.evidence->setWordWrap(true);
        row.evidence->setTextFormat(Qt::RichText);
        row.evidence->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(row.evidence, &QLabel::linkActivated, this, [this](const QString& link) {
            if (link.startsWith(QLatin1String("incident:")))
                Q_EMIT incidentRequested(QUuid::fromString(link.mid(9)));
        });
        box->addWidget(row.evidence);
        row.answered = new QLabel(frame);
        row.answered->setObjectName(QStringLiteral("screeningAnswered%1").arg(index));
        row.answered->setWordWrap(true);
        row.answered->setForegroundRole(QPalette::PlaceholderText);
        box->addWidget(row.answered);
        column->addWidget(frame);
        m_rows.push_back(row);
        ++index;
    }
    column->addStretch(1);
    scroll->setWidget(content);

    m_reason->setObjectName(QStringLiteral("screeningReason"));
    m_reason->setPlaceholderText(tr("Why answers changed (optional)"));
    m_reason->setAccessibleName(tr("Why answers changed"));
    m_save->setObjectName(QStringLiteral("screeningSave"));
    m_save->setDefault(true);
    m_history->setObjectName(QStringLiteral("screeningHistory"));
    m_history->setAccessibleName(tr("Answers saved earlier"));
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->setObjectName(QStringLiteral("screeningViewEarlier"));
    m_view->setToolTip(tr("Show every answer as it stood after the chosen save"));
    m_message->setObjectName(QStringLiteral("screeningMessage"));
    m_message->hide();

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_reason, 1);
    saveRow->addWidget(m_save);
    auto* historyRow = new QHBoxLayout;
    auto* historyLabel = new QLabel(tr("&Earlier answers:"), this);
    historyLabel->setBuddy(m_history);
    historyRow->addWidget(historyLabel);
    historyRow->addWidget(m_history);
    historyRow->addWidget(m_view);
    historyRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(saveRow);
    layout->addLayout(historyRow);

    connect(m_save, &QPushButton::clicked, this, &ScreeningForm::save);
    connect(m_view, &QPushButton::clicked, this, [this] { showEarlier(m_history->currentIndex()); });
    setDiary(nullptr);
}

void ScreeningForm::setDiary(diary::Diary* diary)
{
    m_diary = diary;
    m_message->dismiss();
    m_message->hide();
    m_reason->clear();
    readAnswers();
    readSaves();
    if (!diary)
        setEvidence({});
}

void ScreeningForm::readAnswers()
{
    std::vector<std::optional<insights::ScreeningAnswer>> latest(m_rows.size());
    if (m_diary) {
        insights::Screening screening(*m_diary);
        for (insights::ScreeningAnswer& answer : screening.latest()) {
            const auto questions = insights::screeningQuestions();
            for (std::size_t i = 0; i < questions.size(); ++i)
                if (answer.question == QLatin1String(questions[i].code))
                    latest[i] = std::move(answer);
        }
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        row.answers->setExclusive(false);
        for (QAbstractButton* button : row.answers->buttons())
            button->setChecked(false);
        row.answers->setExclusive(true);
        row.note->clear();
        if (!latest[i]) {
            row.answered->setText(tr("Not answered yet."));
            continue;
        }
        const insights::ScreeningAnswer& answer = *latest[i];
        const int id = int(std::find(std::begin(kValues), std::end(kValues), answer.answer) - std::begin(kValues));
        if (QAbstractButton* button = row.answers->button(id))
            button->setChecked(true);
        row.note->setText(answer.note);
        const QString when = whenText(answer.answeredAt);
        if (answer.version == 1)
            row.answered->setText(tr("Answered %1.").arg(when));
        else if (answer.version == 2)
            row.answered->setText(tr("Answered %1; changed once since it was first answered.").arg(when));
        else
            row.answered->setText(
                tr("Answered %1; changed %2 times since it was first answered.").arg(when).arg(answer.version - 1));
    }
}

void ScreeningForm::readSaves()
{
    m_history->clear();
    m_saves.clear();
    if (m_diary) {
        insights::Screening screening(*m_diary);
        m_saves = screeningSaves(screening);
    }
    for (const ScreeningSave& save : m_saves)
        m_history->addItem(save.answers == 1 ? tr("%1 (1 answer)").arg(whenText(save.at))
                                             : tr("%1 (%2 answers)").arg(whenText(save.at)).arg(save.answers));
    if (m_saves.empty())
        m_history->addItem(tr("None saved yet"));
    m_history->setEnabled(!m_saves.empty());
    m_view->setEnabled(!m_saves.empty());
}

void ScreeningForm::setEvidence(const std::vector<std::vector<insights::SignalIncident>>& evidence)
{
    const QLocale locale;
    const auto questions = insights::screeningQuestions();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        QLabel* label = m_rows[i].evidence;
        if (questions[i].evidence == insights::ScreeningEvidence::None) {
            label->setText(tr("Only you can answer this one: your diary holds nothing that bears on it."));
            continue;
        }
        const std::vector<insights::SignalIncident> none;
        const auto& incidents = i < evidence.size() ? evidence[i] : none;
        if (incidents.empty()) {
            label->setText(tr("Nothing in your diary bears on this so far."));
            continue;
        }
        QStringList links;
        // The most recent incidents: what a person checks first.
        const std::size_t first = incidents.size() > kEvidenceShown ? incidents.size() - kEvidenceShown : 0;
        for (std::size_t k = first; k < incidents.size(); ++k)
            links << QStringLiteral("<a href=\"incident:%1\">#%2</a>")
                         .arg(incidents[k].id.toString(QUuid::WithoutBraces))
                         .arg(incidents[k].number);
        const QString list = links.join(QStringLiteral(", "));
        label->setText(
            incidents.size() > kEvidenceShown
                ? tr("In your diary: %1 incidents bear on this; the latest: %2").arg(incidents.size()).arg(list)
                : tr("In your diary: %1").arg(list));
    }
}

bool ScreeningForm::save()
{
    if (!m_diary)
        return false;
    std::vector<insights::AnswerInput> inputs;
    const auto questions = insights::screeningQuestions();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const int id = m_rows[i].answers->checkedId();
        const QString note = m_rows[i].note->text().trimmed();
        if (id < 0) {
            if (!note.isEmpty()) {
                m_message->setKind(InlineMessage::Kind::Error);
                m_message->showMessage(tr("Question %1 has a note but no answer. Choose Yes, No or Don't know for "
                                          "it, or clear the note; nothing was saved.")
                                           .arg(i + 1));
                m_message->show();
                m_rows[i].note->setFocus();
                return false;
            }
            continue;
        }
        inputs.push_back({QLatin1String(questions[i].code), kValues[id], note});
    }
    if (inputs.empty()) {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("Choose an answer to at least one question, then save."));
        m_message->show();
        return false;
    }
    int count = 0;
    try {
        insights::Screening screening(*m_diary);
        count = screening.save(inputs, m_reason->text());
    } catch (const Error& error) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(error.message());
        m_message->show();
        return false;
    }
    readAnswers();
    readSaves();
    m_reason->clear();
    if (count == 0) {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("Nothing changed since your last save, so nothing new was saved."));
    } else {
        m_message->setKind(InlineMessage::Kind::Success);
        m_message->showMessage(count == 1 ? tr("Saved 1 answer with today's date. Earlier answers are kept; choose "
                                               "one under \"Earlier answers\" to see it.")
                                          : tr("Saved %1 answers with today's date. Earlier answers are kept; choose "
                                               "one under \"Earlier answers\" to see it.")
                                                .arg(count));
    }
    m_message->show();
    if (count > 0)
        Q_EMIT saved();
    return true;
}

void ScreeningForm::showEarlier(int index)
{
    if (!m_diary || index < 0 || index >= int(m_saves.size()))
        return;
    insights::Screening screening(*m_diary);
    const ScreeningSave& chosen = m_saves[std::size_t(index)];
    std::vector<ScreeningHistoryDialog::Line> lines;
    for (const insights::ScreeningQuestion& question : insights::screeningQuestions()) {
        ScreeningHistoryDialog::Line line;
        line.question = insights::questionText(question);
        for (const insights::ScreeningAnswer& answer : screening.history(QLatin1String(question.code)))
            if (answer.seq <= chosen.lastSeq)
                line.answer = answer;
        lines.push_back(std::move(line));
    }
    auto* dialog = new ScreeningHistoryDialog(whenText(chosen.at), lines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace daymark::ui
