// The history view: every version of an incident side by side, with what was done, when and why, and the values
// that changed marked (by colour, bold type and for screen readers).
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/IncidentRepository.h"
#include "diary/PersonRepository.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

namespace {

int fieldRow(const char* label)
{
    const int index = static_cast<int>(ui::incidentFields::labels().indexOf(QString::fromLatin1(label)));
    REQUIRE(index >= 0);
    return ui::HistoryModel::FirstFieldRow + index;
}

} // namespace

TEST_CASE("the history view shows every version side by side, deletions and restorations too")
{
    TestDiary d;
    const diary::PersonRecord dan = d->people().add(samplePerson());
    diary::Incident incident = sampleIncident();
    const QUuid id = d->incidents().add(incident).incident.id;
    incident.id = id;
    d.clock.advance(3600);
    incident.details = QStringLiteral("He said \"I know where you park\" twice.");
    d->incidents().amend(incident, QStringLiteral("I remembered the exact words"));
    d.clock.advance(3600);
    incident.people = {dan.person.id};
    d->incidents().amend(incident, QStringLiteral("Added who it was"));
    d->incidents().remove(id, QStringLiteral("Entered twice"));
    d->incidents().restore(id, QStringLiteral("It was not a duplicate"));

    ui::HistoryView view(*d.diary, id);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    ui::HistoryModel* model = view.model();
    REQUIRE(model != nullptr);
    REQUIRE(model->columnCount() == 5);
    CHECK(view.table()->model() == model);
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Version 1"));
    CHECK(model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Version 3"));
    CHECK(model->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Version 3, deleted"));
    CHECK(model->headerData(4, Qt::Horizontal).toString() == QStringLiteral("Version 3, restored"));
    CHECK(model->headerData(ui::HistoryModel::ReasonRow, Qt::Vertical).toString() == QStringLiteral("Reason"));

    CHECK(model->text(ui::HistoryModel::ActionRow, 0) == QStringLiteral("Written down"));
    CHECK(model->text(ui::HistoryModel::ActionRow, 3) == QStringLiteral("Deleted"));
    CHECK(model->text(ui::HistoryModel::ActionRow, 4) == QStringLiteral("Restored"));
    CHECK(model->text(ui::HistoryModel::ReasonRow, 1) == QStringLiteral("I remembered the exact words"));
    CHECK(model->text(ui::HistoryModel::ReasonRow, 3) == QStringLiteral("Entered twice"));
    CHECK(model->text(ui::HistoryModel::RecordedRow, 1) != model->text(ui::HistoryModel::RecordedRow, 0));

    const int details = fieldRow("What happened");
    const int people = fieldRow("People involved");
    CHECK(model->changed(details, 1));
    CHECK_FALSE(model->changed(details, 2));
    CHECK(model->changed(people, 2));
    CHECK(model->text(people, 2) == QStringLiteral("Daniel Fenwick")); // names, not ids
    CHECK_FALSE(model->changed(details, 0));                           // the first version has nothing to differ from
    CHECK(model->changed(ui::HistoryModel::ActionRow, 3));             // a deletion stands out
    CHECK_FALSE(model->changed(people, 3));

    // Marked by more than colour: bold, and said to screen readers.
    const QModelIndex changedCell = model->index(details, 1);
    CHECK(changedCell.data(ui::HistoryModel::kChangedRole).toBool());
    CHECK(changedCell.data(Qt::FontRole).value<QFont>().bold());
    CHECK(changedCell.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("changed")));
    CHECK(changedCell.data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model->index(details, 2).data(Qt::BackgroundRole).isValid());
}

TEST_CASE("the history view of an incident not in the diary says so")
{
    TestDiary d;
    ui::HistoryView view(*d.diary, QUuid::createUuid());
    CHECK(view.model() == nullptr);
    const auto messages = view.findChildren<QLabel*>();
    bool said = false;
    for (const QLabel* label : messages)
        said = said || label->text().contains(QStringLiteral("no incident"));
    CHECK(said);
}
