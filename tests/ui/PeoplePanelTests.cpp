// The People panel: adding a person through the form, amending with a reason, validation, deleting and restoring.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/PersonRepository.h"
#include "people/PeoplePanel.h"
#include "people/PersonEditor.h"
#include "people/ReasonDialog.h"
#include "people/RowsEditor.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

namespace {

struct PeopleFixture
{
    PeopleFixture()
    {
        panel.resize(1000, 700);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
    }
    void show() { panel.setDiary(d.diary.get()); }
    QPushButton* button(const char* name) { return child<QPushButton>(panel, name); }
    // The reason dialog the panel opened: types `reason` and gives it.
    void giveReason(const QString& reason)
    {
        ui::ReasonDialog* dialog = visibleChild<ui::ReasonDialog>(panel);
        REQUIRE(dialog != nullptr);
        auto* ok = child<QPushButton>(*dialog, "reasonOk");
        CHECK_FALSE(ok->isEnabled()); // a reason is required
        typeInto(child<QLineEdit>(*dialog, "reasonText"), reason);
        CHECK(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    TestDiary d;
    ui::PeoplePanel panel;
};

} // namespace

TEST_CASE("a person added through the editor is saved in the diary with every field typed")
{
    PeopleFixture f;
    f.show();
    REQUIRE(f.panel.list()->count() == 0);
    typeInto(child<QLineEdit>(f.panel, "personName"), QStringLiteral("Unknown man in the blue car"));
    auto* role = child<QComboBox>(f.panel, "personRole");
    role->setCurrentIndex(role->findData(static_cast<int>(diary::PersonRole::Witness)));
    auto* phones = child<QPlainTextEdit>(f.panel, "personPhones");
    QTest::keyClicks(phones, QStringLiteral("07700 900456"));
    QTest::keyClick(phones, Qt::Key_Return);
    QTest::keyClicks(phones, QStringLiteral("07700 900789"));
    typeInto(child<QLineEdit>(f.panel, "personRelationship"), QStringLiteral("neighbour"));
    auto* vehicles = child<ui::RowsEditor>(f.panel, "personVehicles");
    vehicles->addRow();
    const QStringList car{QStringLiteral("Vauxhall"), QStringLiteral("Corsa"), QStringLiteral("blue"),
                          QStringLiteral("CD34 EFG")};
    for (int column = 0; column < 4; ++column)
        vehicles->table()->item(0, column)->setText(car.at(column));
    auto* handles = child<ui::RowsEditor>(f.panel, "personHandles");
    handles->addRow();
    handles->table()->item(0, 0)->setText(QStringLiteral("Instagram"));
    handles->table()->item(0, 1)->setText(QStringLiteral("@bluecar"));
    QTest::mouseClick(f.button("peopleSave"), Qt::LeftButton);

    const auto people = f.d->people().list();
    REQUIRE(people.size() == 1);
    const diary::Person& saved = people.at(0).person;
    CHECK(saved.name == QStringLiteral("Unknown man in the blue car"));
    CHECK(saved.role == diary::PersonRole::Witness);
    CHECK(saved.relationship == QStringLiteral("neighbour"));
    REQUIRE(saved.vehicles.size() == 1);
    CHECK(saved.vehicles.at(0) == diary::Vehicle{car.at(0), car.at(1), car.at(2), car.at(3)});
    CHECK(saved.handles == QList<diary::Handle>{{QStringLiteral("Instagram"), QStringLiteral("@bluecar")}});
    CHECK(saved.phones == QStringList{QStringLiteral("07700 900456"), QStringLiteral("07700 900789")});
    REQUIRE(f.panel.list()->count() == 1);
    CHECK(f.panel.list()->item(0)->text().contains(QStringLiteral("Unknown man in the blue car")));
    CHECK(f.panel.list()->item(0)->text().contains(diary::roleName(diary::PersonRole::Witness)));
    CHECK(f.panel.currentId() == saved.id);
    CHECK(f.panel.message()->isVisible());
}

TEST_CASE("changing a person asks why, and saves version 2 keeping the first")
{
    PeopleFixture f;
    const diary::PersonRecord added = f.d->people().add(samplePerson());
    f.show();
    REQUIRE(f.panel.list()->count() == 1);
    CHECK(f.panel.currentId() == added.person.id); // the first person is shown
    CHECK(child<QLineEdit>(f.panel, "personName")->text() == QStringLiteral("Daniel Fenwick"));

    typeInto(child<QLineEdit>(f.panel, "personRelationship"), QStringLiteral("ex-partner, lived together 4 years"));
    QTest::mouseClick(f.button("peopleSave"), Qt::LeftButton);
    CHECK(f.d->people().get(added.person.id).version == 1); // nothing saved before the reason is given
    f.giveReason(QStringLiteral("more exact"));

    const diary::PersonRecord now = f.d->people().get(added.person.id);
    CHECK(now.version == 2);
    CHECK(now.person.relationship == QStringLiteral("ex-partner, lived together 4 years"));
    CHECK(now.person.vehicles == added.person.vehicles); // untouched fields stay as they were
    const auto history = f.d->people().history(added.person.id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).reason == QStringLiteral("more exact"));
    CHECK(child<QLabel>(f.panel, "peopleStatus")->text().contains(QStringLiteral("version 2")));
}

TEST_CASE("a person without a name is refused with the diary's own sentence, and nothing is saved")
{
    PeopleFixture f;
    f.show();
    QTest::keyClicks(child<QPlainTextEdit>(f.panel, "personNotes"), QStringLiteral("Seen twice at the station"));
    QTest::mouseClick(f.button("peopleSave"), Qt::LeftButton);
    CHECK(f.d->people().list().empty());
    auto* message = f.panel.message();
    CHECK(message->isVisible());
    CHECK(message->kind() == ui::InlineMessage::Kind::Error);
    CHECK(message->accessibleName().startsWith(QStringLiteral("Name: give a name")));
    // What was typed is still there to finish.
    CHECK(child<QPlainTextEdit>(f.panel, "personNotes")->toPlainText() == QStringLiteral("Seen twice at the station"));
}

TEST_CASE("a person deleted with a reason is hidden, shown on request, and can be restored")
{
    PeopleFixture f;
    const diary::PersonRecord added = f.d->people().add(samplePerson());
    f.show();
    f.panel.list()->setFocus();
    QTest::keyClick(f.panel.list(), Qt::Key_Delete);
    f.giveReason(QStringLiteral("added twice by mistake"));
    CHECK(f.d->people().get(added.person.id).deleted);
    CHECK(f.panel.list()->count() == 0);

    child<QCheckBox>(f.panel, "peopleShowDeleted")->setChecked(true);
    REQUIRE(f.panel.list()->count() == 1);
    CHECK(f.panel.list()->item(0)->text().contains(QStringLiteral("deleted")));
    f.panel.list()->setCurrentRow(0);
    CHECK_FALSE(child<QWidget>(f.panel, "personEditor")->isEnabled()); // a deleted person is read-only
    auto* restore = f.button("peopleRestore");
    REQUIRE(restore->isVisible());
    QTest::mouseClick(restore, Qt::LeftButton);
    ui::ReasonDialog* dialog = visibleChild<ui::ReasonDialog>(f.panel);
    REQUIRE(dialog != nullptr);
    CHECK(child<QPushButton>(*dialog, "reasonOk")->isEnabled()); // restoring needs no reason
    QTest::mouseClick(child<QPushButton>(*dialog, "reasonOk"), Qt::LeftButton);
    CHECK_FALSE(f.d->people().get(added.person.id).deleted);
}

TEST_CASE("forgetting the diary leaves nobody on the hidden panel")
{
    PeopleFixture f;
    f.d->people().add(samplePerson());
    f.show();
    REQUIRE(f.panel.list()->count() == 1);
    f.panel.setDiary(nullptr);
    CHECK(f.panel.list()->count() == 0);
    CHECK(child<QLineEdit>(f.panel, "personName")->text().isEmpty());
}
