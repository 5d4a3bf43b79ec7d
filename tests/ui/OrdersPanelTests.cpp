// The Orders panel: adding an order with numbered conditions, amending with a reason, and the incidents recorded
// as possible breaches of each condition.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "orders/OrderEditor.h"
#include "orders/OrdersPanel.h"
#include "people/ReasonDialog.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace daymark;
using namespace daymark::test;

namespace {

struct OrdersFixture
{
    OrdersFixture()
    {
        panel.resize(1000, 800);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
    }
    QPushButton* button(const char* name) { return child<QPushButton>(panel, name); }
    void typeCondition(int row, const QString& text)
    {
        QTableWidget* conditions = panel.editor()->conditions();
        REQUIRE(row < conditions->rowCount());
        conditions->item(row, 1)->setText(text);
    }

    TestDiary d;
    ui::OrdersPanel panel;
};

} // namespace

TEST_CASE("an order added through the editor gets its conditions numbered, and amending asks why")
{
    OrdersFixture f;
    const diary::PersonRecord stalker = f.d->people().add(samplePerson());
    f.panel.setDiary(f.d.diary.get());
    REQUIRE(f.panel.list()->count() == 0);

    typeInto(child<QLineEdit>(f.panel, "orderCourt"), QStringLiteral("Leeds Magistrates' Court"));
    typeInto(child<QLineEdit>(f.panel, "orderReference"), QStringLiteral("SPO/2026/114"));
    QComboBox* against = f.panel.editor()->respondentBox();
    against->setCurrentIndex(against->findData(stalker.person.id));
    QTest::mouseClick(f.button("orderAddCondition"), Qt::LeftButton);
    f.typeCondition(0, QStringLiteral("Must not contact her directly or indirectly."));
    QTest::mouseClick(f.button("orderAddCondition"), Qt::LeftButton);
    f.typeCondition(1, QStringLiteral("Must not go within 100 metres of her home."));
    QTest::mouseClick(f.button("ordersSave"), Qt::LeftButton);

    const auto orders = f.d->orders().list();
    REQUIRE(orders.size() == 1);
    const diary::ProtectionOrder& saved = orders.at(0).order;
    CHECK(saved.court == QStringLiteral("Leeds Magistrates' Court"));
    CHECK(saved.reference == QStringLiteral("SPO/2026/114"));
    CHECK(saved.respondent == stalker.person.id);
    REQUIRE(saved.conditions.size() == 2);
    CHECK(saved.conditions.at(0).number == 1);
    CHECK(saved.conditions.at(1).number == 2);
    CHECK(f.panel.list()->count() == 1);
    CHECK(f.panel.editor()->conditions()->item(1, 0)->text() == QStringLiteral("2"));

    // Condition 2 removed by the court and a new one added: the new one is 3, never 2 again.
    QTableWidget* conditions = f.panel.editor()->conditions();
    conditions->setCurrentCell(1, 1);
    QTest::mouseClick(f.button("orderRemoveCondition"), Qt::LeftButton);
    QTest::mouseClick(f.button("orderAddCondition"), Qt::LeftButton);
    f.typeCondition(1, QStringLiteral("Must not post about her online."));
    QTest::mouseClick(f.button("ordersSave"), Qt::LeftButton);
    auto* dialog = visibleChild<ui::ReasonDialog>(f.panel);
    REQUIRE(dialog != nullptr);
    typeInto(child<QLineEdit>(*dialog, "reasonText"), QStringLiteral("Varied by the court on 3 May"));
    QTest::mouseClick(child<QPushButton>(*dialog, "reasonOk"), Qt::LeftButton);

    const diary::OrderRecord amended = f.d->orders().get(saved.id);
    CHECK(amended.version == 2);
    REQUIRE(amended.order.conditions.size() == 2);
    CHECK(amended.order.conditions.at(0).number == 1);
    CHECK(amended.order.conditions.at(1).number == 3);
    CHECK(amended.order.conditions.at(1).text == QStringLiteral("Must not post about her online."));
    CHECK(f.d->orders().history(saved.id).at(1).reason == QStringLiteral("Varied by the court on 3 May"));
}

TEST_CASE("the orders panel shows an incident marked as a breach under its condition, and opens it")
{
    OrdersFixture f;
    const diary::PersonRecord stalker = f.d->people().add(samplePerson());
    diary::ProtectionOrder order = sampleOrder();
    order.respondent = stalker.person.id;
    const diary::OrderRecord added = f.d->orders().add(order);
    diary::Incident breach = sampleIncident(QStringLiteral("He walked down Elm Grove past the house"));
    breach.breaches = {{added.order.id, 2}};
    const diary::IncidentRecord incident = f.d->incidents().add(breach);
    f.d->incidents().add(sampleIncident(QStringLiteral("A call, not a breach")));

    f.panel.setDiary(f.d.diary.get());
    REQUIRE(f.panel.list()->count() == 1);
    CHECK(f.panel.currentId() == added.order.id);
    QTreeWidget* tree = f.panel.breaches();
    REQUIRE(tree->isVisible());
    REQUIRE(tree->topLevelItemCount() == 1); // only condition 2 has a breach
    QTreeWidgetItem* condition = tree->topLevelItem(0);
    CHECK(condition->text(0).startsWith(QStringLiteral("Condition 2: Must not enter Elm Grove.")));
    REQUIRE(condition->childCount() == 1);
    QTreeWidgetItem* row = condition->child(0);
    CHECK(row->text(0) == QStringLiteral("No. %1").arg(incident.number));
    CHECK(row->text(2) == QStringLiteral("He walked down Elm Grove past the house"));

    QSignalSpy requested(&f.panel, &ui::OrdersPanel::incidentRequested);
    tree->setFocus();
    tree->setCurrentItem(row);
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toUuid() == incident.incident.id);
}

TEST_CASE("an order with no breaches says so")
{
    OrdersFixture f;
    f.d->orders().add(sampleOrder());
    f.panel.setDiary(f.d.diary.get());
    CHECK(child<QWidget>(f.panel, "orderNoBreaches")->isVisible());
    CHECK_FALSE(f.panel.breaches()->isVisible());
}

TEST_CASE("an order whose expiry is before it was made is refused with the diary's sentence")
{
    OrdersFixture f;
    diary::ProtectionOrder order = sampleOrder();
    const diary::OrderRecord added = f.d->orders().add(order);
    f.panel.setDiary(f.d.diary.get());
    auto* expires = child<QWidget>(f.panel, "orderExpires");
    auto* date = expires->findChild<QDateEdit*>();
    REQUIRE(date != nullptr);
    date->setDate(QDate(2025, 1, 1));
    QTest::mouseClick(f.button("ordersSave"), Qt::LeftButton);
    auto* dialog = visibleChild<ui::ReasonDialog>(f.panel);
    REQUIRE(dialog != nullptr);
    typeInto(child<QLineEdit>(*dialog, "reasonText"), QStringLiteral("typo"));
    QTest::mouseClick(child<QPushButton>(*dialog, "reasonOk"), Qt::LeftButton);
    CHECK(f.d->orders().get(added.order.id).version == 1);
    CHECK(f.panel.message()->kind() == ui::InlineMessage::Kind::Error);
    CHECK(f.panel.message()->accessibleName().startsWith(QStringLiteral("Expires:")));
}
