// The risk screening form of the Insights panel: answers are saved with their date and never overwritten, earlier
// saves are listed and can be looked at as they stood, the diary's evidence sits beside each question, and a note
// without an answer is refused with a sentence and saves nothing.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"

#include "diary/IncidentRepository.h"
#include "evidence/Journal.h"
#include "insights/Screening.h"
#include "insights/ScreeningForm.h"
#include "insights/ScreeningHistoryDialog.h"
#include "widgets/InlineMessage.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

namespace {

constexpr int kFrightened = 0;   // "frightened": only the person can answer
constexpr int kDamage = 2;       // "property-damage": incidents of type damage
constexpr int kYes = 0, kNo = 1; // the buttons' ids

void choose(ui::ScreeningForm& form, int question, int answer)
{
    QAbstractButton* button = form.answers(question)->button(answer);
    REQUIRE(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(button->isChecked());
}

} // namespace

TEST_CASE("screening answers are saved with their date, and an earlier set can be looked at after a change")
{
    TestDiary d;
    ui::ScreeningForm form;
    form.resize(900, 700);
    form.setDiary(d.diary.get());
    form.show();
    CHECK(form.answeredLabel(kFrightened)->text() == QStringLiteral("Not answered yet."));
    CHECK_FALSE(form.historyBox()->isEnabled());

    choose(form, kFrightened, kYes);
    typeInto(form.note(kFrightened), QStringLiteral("Since he turned up at work"));
    choose(form, kDamage, kNo);
    QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    CHECK(form.message()->kind() == ui::InlineMessage::Kind::Success);
    CHECK(form.message()->text().contains(QStringLiteral("Saved 2 answers")));
    CHECK(form.answeredLabel(kFrightened)->text().startsWith(QStringLiteral("Answered ")));
    REQUIRE(form.saves().size() == 1);
    CHECK(form.saves()[0].answers == 2);

    d.clock.advance(3 * 24 * 3600); // three days later, the answer changes
    choose(form, kFrightened, kNo);
    QSignalSpy saved(&form, &ui::ScreeningForm::saved);
    QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    CHECK(saved.count() == 1);
    CHECK(form.message()->text().contains(QStringLiteral("Saved 1 answer ")));
    CHECK(form.answeredLabel(kFrightened)->text().contains(QStringLiteral("changed once")));
    REQUIRE(form.saves().size() == 2);
    CHECK(form.historyBox()->count() == 2);
    CHECK(form.saves()[0].at == d.clock.nowUtc()); // newest first
    CHECK(form.saves()[1].at == d.clock.nowUtc().addDays(-3));

    // Nothing was overwritten: the diary keeps both answers to the question, oldest first.
    insights::Screening screening(*d.diary);
    const auto history = screening.history(QStringLiteral("frightened"));
    REQUIRE(history.size() == 2);
    CHECK(history[0].answer == insights::AnswerValue::Yes);
    CHECK(history[0].note == QStringLiteral("Since he turned up at work"));
    CHECK(history[1].answer == insights::AnswerValue::No);

    // The earlier set, as it stood after the first save.
    form.historyBox()->setCurrentIndex(1);
    QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("screeningViewEarlier")), Qt::LeftButton);
    auto* dialog = visibleChild<ui::ScreeningHistoryDialog>(form);
    REQUIRE(dialog != nullptr);
    QTableWidget& table = *dialog->table();
    CHECK(table.item(kFrightened, 1)->text() == QStringLiteral("Yes"));
    CHECK(table.item(kFrightened, 2)->text() == QStringLiteral("Since he turned up at work"));
    CHECK(table.item(kDamage, 1)->text() == QStringLiteral("No"));
    CHECK(table.item(1, 1)->text() == QStringLiteral("Not answered"));
    dialog->close();

    // Saving again without a change writes nothing.
    QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    CHECK(form.message()->text().contains(QStringLiteral("nothing new was saved")));
    CHECK(screening.history(QStringLiteral("frightened")).size() == 2);
}

TEST_CASE("a screening note without an answer is refused with a sentence and nothing is saved")
{
    TestDiary d;
    ui::ScreeningForm form;
    form.setDiary(d.diary.get());
    form.show();
    const qint64 head = d.diary->journal().headSeq();
    typeInto(form.note(kDamage), QStringLiteral("The car mirror"));
    QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    CHECK(form.message()->kind() == ui::InlineMessage::Kind::Error);
    CHECK(form.message()->text().contains(QStringLiteral("Question 3 has a note but no answer")));
    CHECK(d.diary->journal().headSeq() == head);
    CHECK(insights::Screening(*d.diary).latest().empty());
}

TEST_CASE("the diary's evidence sits beside a screening question as links that open the incidents")
{
    TestDiary d;
    diary::Incident damage = sampleIncident(QStringLiteral("Wing mirror smashed"));
    damage.type = diary::IncidentType::Damage;
    const diary::IncidentRecord record = d.diary->incidents().add(damage);
    ui::ScreeningForm form;
    form.setDiary(d.diary.get());
    std::vector<std::vector<insights::SignalIncident>> evidence(insights::screeningQuestions().size());
    evidence[kDamage].push_back({record.number, record.incident.id, record.incident.type, record.incident.start});
    form.setEvidence(evidence);
    const QString text = form.evidenceLabel(kDamage)->text();
    CHECK(text.contains(QStringLiteral("#%1").arg(record.number)));
    CHECK(form.evidenceLabel(kFrightened)->text().startsWith(QStringLiteral("Only you can answer")));
    CHECK(form.evidenceLabel(3)->text().contains(QStringLiteral("Nothing in your diary")));

    QSignalSpy requested(&form, &ui::ScreeningForm::incidentRequested);
    Q_EMIT form.evidenceLabel(kDamage)->linkActivated(
        QStringLiteral("incident:%1").arg(record.incident.id.toString(QUuid::WithoutBraces)));
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toUuid() == record.incident.id);
}
