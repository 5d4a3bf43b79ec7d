// The incident editor: new incidents and amendments with a reason, validation that keeps what was typed, the
// question before unsaved changes are lost, and exhibits by drop, the attach function and pasting a screenshot.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "editor/AmendReasonDialog.h"
#include "editor/EditorSection.h"
#include "editor/IncidentEditor.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace daymark;
using namespace daymark::test;

namespace {

// An editor shown on a test diary, as a person would see it: on a new incident, or on `existing` added first.
// `prepare` fills the diary (people, orders) before the editor reads it.
struct Editing
{
    explicit Editing(const std::optional<diary::Incident>& existing = std::nullopt,
                     const std::function<void(TestDiary&)>& prepare = {})
        : id(addFirst(d, existing, prepare)), editor(*d.diary, id)
    {
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
    }

    static QUuid addFirst(TestDiary& diary, const std::optional<diary::Incident>& existing,
                          const std::function<void(TestDiary&)>& prepare)
    {
        if (prepare)
            prepare(diary);
        return existing ? diary->incidents().add(*existing).incident.id : QUuid();
    }

    template <typename T> T* field(const char* name) { return child<T>(editor, name); }
    void click(const char* name) { QTest::mouseClick(field<QPushButton>(name), Qt::LeftButton); }

    TestDiary d; // members are made in this order: the diary, the incident, then the editor
    QUuid id;
    ui::IncidentEditor editor;
};

QString sectionProblem(const ui::IncidentEditor& editor, const QString& title)
{
    for (auto* section : editor.findChildren<ui::EditorSection*>()) {
        if (section->title() == title)
            return section->shownProblem();
    }
    FAIL("no section " << title.toStdString());
    return {};
}

template <typename T> T* shownChild(const QObject& root, const char* objectName)
{
    T* found = nullptr;
    waitUntil([&] {
        const auto all = root.findChildren<T*>(QString::fromLatin1(objectName));
        for (T* candidate : all)
            if (candidate->isVisible())
                found = candidate;
        return found != nullptr;
    });
    INFO("waiting for " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

// Ticks a check box as a keyboard user does (a click in the middle of a wide row may miss its text).
void tick(QCheckBox* box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    REQUIRE(box->isChecked());
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("a new incident typed into the editor is saved to the diary")
{
    Editing e;
    CHECK(e.editor.isNew());
    CHECK(e.editor.windowTitle() == QStringLiteral("New incident"));
    QTest::keyClicks(e.field<QLineEdit>("editorSummary"), QStringLiteral("He was outside my work"));
    QTest::keyClicks(e.field<QPlainTextEdit>("editorDetails"), QStringLiteral("He stood by the gate for an hour."));
    auto* type = e.field<QComboBox>("editorType");
    type->setCurrentIndex(type->findData(static_cast<int>(diary::IncidentType::Sighting)));
    QTest::keyClicks(e.field<QLineEdit>("editorPlace"), QStringLiteral("Elm Grove"));
    tick(e.field<QCheckBox>("editorApproximate"));
    QTest::keyClicks(e.field<QLineEdit>("editorNewPerson"), QStringLiteral("Dan's brother"));
    QTest::keyClick(e.field<QLineEdit>("editorNewPerson"), Qt::Key_Return);
    QTest::keyClicks(e.field<QPlainTextEdit>("editorNotes"), QStringLiteral("Ask the neighbour."));
    CHECK(e.editor.hasChanges());

    e.click("editorSave");

    REQUIRE(e.d->incidents().count({}) == 1);
    const diary::IncidentRecord saved = e.d->incidents().list({}, 1).at(0);
    CHECK(saved.incident.summary == QStringLiteral("He was outside my work"));
    CHECK(saved.incident.details == QStringLiteral("He stood by the gate for an hour."));
    CHECK(saved.incident.type == diary::IncidentType::Sighting);
    CHECK(saved.incident.place == QStringLiteral("Elm Grove"));
    CHECK(saved.incident.approximate);
    CHECK(saved.incident.notes == QStringLiteral("Ask the neighbour."));
    CHECK(saved.incident.start == e.d.clock.nowUtc()); // starts now, from the diary's clock
    REQUIRE(saved.incident.people.size() == 1);
    CHECK(e.d->people().get(saved.incident.people.at(0)).person.name == QStringLiteral("Dan's brother"));
    CHECK(e.d->people().get(saved.incident.people.at(0)).person.role == diary::PersonRole::Other);
    CHECK(saved.version == 1);
    CHECK(e.editor.result() == QDialog::Accepted);
    CHECK_FALSE(e.editor.isVisible());
}

TEST_CASE("an existing incident is shown in every section and saving a change asks for the reason")
{
    diary::Incident incident = sampleIncident();
    incident.end = incident.start.addSecs(600);
    incident.reportedToPolice = true;
    incident.policeReference = QStringLiteral("CAD 1234");
    Editing e(incident);
    const QUuid id = e.editor.incidentId();
    REQUIRE_FALSE(id.isNull());
    CHECK(e.field<QLineEdit>("editorSummary")->text() == incident.summary);
    CHECK(e.field<QPlainTextEdit>("editorDetails")->toPlainText() == incident.details);
    CHECK(e.field<QLineEdit>("editorPoliceReference")->text() == QStringLiteral("CAD 1234"));
    CHECK(e.field<QCheckBox>("editorHasEnd")->isChecked());
    CHECK(e.field<QDateTimeEdit>("editorStart")->dateTime().time() == QTime(21, 40));
    CHECK(e.field<QLabel>("editorZone")->text().contains(QStringLiteral("Europe/London")));
    CHECK(e.field<QLineEdit>("editorTags")->text() == QStringLiteral("night"));
    CHECK_FALSE(e.editor.hasChanges()); // showing an incident changes nothing

    typeInto(e.field<QLineEdit>("editorPlace"), QStringLiteral("In the kitchen"));
    e.click("editorSave");
    auto* reason = shownChild<ui::AmendReasonDialog>(e.editor, "amendReason");

    // No reason: a sentence, and nothing saved.
    QTest::mouseClick(child<QPushButton>(*reason, "amendReasonSave"), Qt::LeftButton);
    CHECK(reason->isVisible());
    CHECK(e.d->incidents().get(id).version == 1);

    QTest::keyClicks(child<QLineEdit>(*reason, "amendReasonText"), QStringLiteral("More exact place"));
    QTest::mouseClick(child<QPushButton>(*reason, "amendReasonSave"), Qt::LeftButton);

    const diary::IncidentRecord saved = e.d->incidents().get(id);
    CHECK(saved.version == 2);
    CHECK(saved.incident.place == QStringLiteral("In the kitchen"));
    CHECK(saved.incident.details == incident.details);
    CHECK(saved.incident.start == incident.start);
    CHECK(saved.incident.end == incident.end);
    CHECK(e.editor.result() == QDialog::Accepted);

    // The history view: two versions side by side, the reason beside the second.
    ui::HistoryView history(*e.d.diary, id);
    ui::HistoryModel* model = history.model();
    REQUIRE(model != nullptr);
    REQUIRE(model->columnCount() == 2);
    CHECK(model->text(ui::HistoryModel::ReasonRow, 1) == QStringLiteral("More exact place"));
    CHECK(model->text(ui::HistoryModel::ActionRow, 1) == QStringLiteral("Amended"));
    const int placeRow = ui::HistoryModel::FirstFieldRow +
                         static_cast<int>(ui::incidentFields::labels().indexOf(QStringLiteral("Place")));
    CHECK(model->text(placeRow, 0) == QStringLiteral("At home"));
    CHECK(model->text(placeRow, 1) == QStringLiteral("In the kitchen"));
    CHECK(model->changed(placeRow, 1));
    CHECK_FALSE(model->changed(ui::HistoryModel::FirstFieldRow + 4, 1)); // the summary stayed
}

TEST_CASE("saving an incident that was not changed records no amendment")
{
    diary::Incident incident = sampleIncident();
    incident.start = QDateTime(QDate(2026, 2, 27), QTime(21, 40, 17), QTimeZone("Europe/London")); // with seconds
    incident.latitude = 54.574213;
    incident.longitude = -1.234917;
    incident.tags = {QStringLiteral("night"), QStringLiteral("car")};
    Editing e(incident);
    const QUuid id = e.editor.incidentId();
    CHECK_FALSE(e.editor.hasChanges());
    e.click("editorSave");
    CHECK(e.editor.result() == QDialog::Accepted);
    CHECK(e.editor.findChild<ui::AmendReasonDialog*>() == nullptr);
    CHECK(e.d->incidents().get(id).version == 1);
    CHECK(e.d->incidents().get(id).incident.start.time().second() == 17);
}

TEST_CASE("invalid input shows a sentence beside the field, keeps what was typed and saves nothing")
{
    Editing e;
    QTest::keyClicks(e.field<QPlainTextEdit>("editorDetails"), QStringLiteral("He said he knows where I park."));
    QTest::keyClicks(e.field<QLineEdit>("editorLatitude"), QStringLiteral("north"));
    e.click("editorSave");

    CHECK(e.d->incidents().count({}) == 0);
    CHECK(e.editor.isVisible());
    CHECK(sectionProblem(e.editor, QStringLiteral("What")).contains(QStringLiteral("summary is empty")));
    CHECK(sectionProblem(e.editor, QStringLiteral("Where")).contains(QStringLiteral("latitude")));
    CHECK(child<QWidget>(e.editor, "editorMessage")->isVisible());
    CHECK(e.field<QPlainTextEdit>("editorDetails")->toPlainText() == QStringLiteral("He said he knows where I park."));
    CHECK(e.field<QLineEdit>("editorSummary")->hasFocus()); // the first field to put right

    // Putting it right takes the sentence away, and then it saves.
    QTest::keyClicks(e.field<QLineEdit>("editorSummary"), QStringLiteral("Threat about my car"));
    CHECK(sectionProblem(e.editor, QStringLiteral("What")).isEmpty());
    typeInto(e.field<QLineEdit>("editorLatitude"), QStringLiteral("54.5"));
    QTest::keyClicks(e.field<QLineEdit>("editorLongitude"), QStringLiteral("-1.2"));
    e.click("editorSave");
    REQUIRE(e.d->incidents().count({}) == 1);
    CHECK(e.d->incidents().list({}, 1).at(0).incident.latitude == 54.5);
}

TEST_CASE("an end before the start is refused in the When section")
{
    Editing e;
    QTest::keyClicks(e.field<QLineEdit>("editorSummary"), QStringLiteral("Calls all evening"));
    tick(e.field<QCheckBox>("editorHasEnd"));
    auto* end = e.field<QDateTimeEdit>("editorEnd");
    end->setDateTime(e.field<QDateTimeEdit>("editorStart")->dateTime().addSecs(-3600));
    e.click("editorSave");
    CHECK(e.d->incidents().count({}) == 0);
    CHECK(sectionProblem(e.editor, QStringLiteral("When")).contains(QStringLiteral("before the start")));
}

TEST_CASE("closing with unsaved changes asks first: Keep editing, Discard or Save")
{
    Editing e;
    QTest::keyClicks(e.field<QLineEdit>("editorSummary"), QStringLiteral("Flowers left on the doorstep"));

    QTest::keyClick(&e.editor, Qt::Key_Escape);
    auto* box = shownChild<QMessageBox>(e.editor, "editorUnsaved");
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    CHECK(e.editor.isVisible());
    CHECK(e.field<QLineEdit>("editorSummary")->text() == QStringLiteral("Flowers left on the doorstep"));

    SECTION("Discard closes without saving")
    {
        e.editor.close();
        box = shownChild<QMessageBox>(e.editor, "editorUnsaved");
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
        CHECK(waitUntil([&] { return !e.editor.isVisible(); }));
        CHECK(e.d->incidents().count({}) == 0);
    }
    SECTION("Save saves, then closes")
    {
        QTest::keyClick(&e.editor, Qt::Key_Escape);
        box = shownChild<QMessageBox>(e.editor, "editorUnsaved");
        QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
        CHECK(waitUntil([&] { return !e.editor.isVisible(); }));
        REQUIRE(e.d->incidents().count({}) == 1);
        CHECK(e.d->incidents().list({}, 1).at(0).incident.summary == QStringLiteral("Flowers left on the doorstep"));
    }
}

TEST_CASE("closing without changes does not ask")
{
    Editing e(sampleIncident());
    QTest::keyClick(&e.editor, Qt::Key_Escape);
    CHECK_FALSE(e.editor.isVisible());
    CHECK(e.editor.findChild<QMessageBox*>() == nullptr);
}

TEST_CASE("a file attached through the function a drop uses becomes an exhibit of the incident")
{
    Editing e(sampleIncident());
    const QUuid id = e.editor.incidentId();
    const QString path = writeFile(e.d.dir, "voicemail.txt", QByteArray("You can't hide from me."));

    SECTION("called directly")
    {
        e.editor.attachFiles({path});
    }
    SECTION("dropped on the editor")
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        // As the window system delivers a drop: the drag enters, then is dropped.
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&e.editor, &enter);
        CHECK(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&e.editor, &drop);
        CHECK(drop.isAccepted());
    }
    REQUIRE(waitUntil([&] { return !e.editor.isBusy(); }));
    const auto exhibits = e.d->exhibits().forIncident(id);
    REQUIRE(exhibits.size() == 1);
    CHECK(exhibits.at(0).exhibit.originalName == QStringLiteral("voicemail.txt"));
    auto* list = e.field<QTreeWidget>("editorExhibits");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == exhibits.at(0).exhibit.label);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("voicemail.txt"));
    CHECK(e.d->incidents().get(id).version == 1); // attaching is not an amendment
    CHECK_FALSE(e.editor.hasChanges());
}

TEST_CASE("a new incident keeps its files until it is saved, then attaches them")
{
    Editing e;
    const QString path = writeFile(e.d.dir, "photo.txt", QByteArray("a car outside"));
    e.editor.attachFiles({path});
    CHECK(e.d->exhibits().list().empty());
    CHECK(e.field<QTreeWidget>("editorExhibits")->topLevelItemCount() == 1);
    CHECK(e.editor.hasChanges());

    QTest::keyClicks(e.field<QLineEdit>("editorSummary"), QStringLiteral("His car outside again"));
    e.click("editorSave");
    REQUIRE(waitUntil([&] { return !e.editor.isVisible(); }));
    REQUIRE(e.d->incidents().count({}) == 1);
    const QUuid id = e.d->incidents().list({}, 1).at(0).incident.id;
    REQUIRE(e.d->exhibits().forIncident(id).size() == 1);
    CHECK(e.d->exhibits().forIncident(id).at(0).exhibit.originalName == QStringLiteral("photo.txt"));
}

TEST_CASE("Ctrl+V with a picture on the clipboard attaches it as a PNG screenshot")
{
    Editing e(sampleIncident());
    const QUuid id = e.editor.incidentId();
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(8, 8, 20, 10, Qt::red);
    QGuiApplication::clipboard()->setImage(image);

    auto* summary = e.field<QLineEdit>("editorSummary");
    summary->setFocus();
    QTest::keyClick(summary, Qt::Key_V, Qt::ControlModifier); // a text field has the focus: still attached
    REQUIRE(waitUntil([&] { return !e.editor.isBusy(); }));
    QGuiApplication::clipboard()->clear();

    const auto exhibits = e.d->exhibits().forIncident(id);
    REQUIRE(exhibits.size() == 1);
    CHECK(exhibits.at(0).exhibit.mediaType == QStringLiteral("image/png"));
    CHECK(exhibits.at(0).exhibit.howObtained == QStringLiteral("screenshot"));
    CHECK(exhibits.at(0).exhibit.originalName.endsWith(QStringLiteral(".png")));
    QImage stored;
    REQUIRE(stored.loadFromData(e.d->exhibits().read(exhibits.at(0).exhibit.id), "PNG"));
    CHECK(stored.size() == image.size());
    CHECK(stored.pixelColor(10, 10) == QColor(Qt::red));
    CHECK(summary->text() == sampleIncident().summary); // nothing pasted into the text
}

TEST_CASE("every field of the editor has a name for screen readers and is reached by Tab")
{
    Editing e(sampleIncident());
    const auto widgets = e.editor.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget) ||
                           qobject_cast<QAbstractSpinBox*>(widget);
        if (!input || !widget->isVisible() || qobject_cast<QComboBox*>(widget->parent()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parent()) || qobject_cast<QHeaderView*>(widget) ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
    }

    QSet<QString> reached;
    e.field<QWidget>("editorSections")->setFocus();
    for (int i = 0; i < 80 && QApplication::focusWidget(); ++i) {
        reached << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const char* name : {"editorStart", "editorApproximate", "editorType", "editorSummary", "editorDetails",
                             "editorPlace", "editorPeople", "editorNewPerson", "editorImpact", "editorReported",
                             "editorBreaches", "editorAttach", "editorNotes", "editorSave", "editorHistory"}) {
        INFO(name);
        CHECK(reached.contains(QString::fromLatin1(name)));
    }
}

TEST_CASE("possible breaches are ticked from the diary's orders, condition by condition")
{
    diary::OrderRecord order;
    Editing e(std::nullopt, [&](TestDiary& d) { order = d->orders().add(sampleOrder()); });
    auto* tree = e.field<QTreeWidget>("editorBreaches");
    REQUIRE(tree->topLevelItemCount() == 1);
    REQUIRE(tree->topLevelItem(0)->childCount() == 2);
    tree->topLevelItem(0)->child(1)->setCheckState(0, Qt::Checked);
    QTest::keyClicks(e.field<QLineEdit>("editorSummary"), QStringLiteral("He walked down Elm Grove"));
    e.click("editorSave");
    REQUIRE(e.d->incidents().count({}) == 1);
    const diary::Incident saved = e.d->incidents().list({}, 1).at(0).incident;
    REQUIRE(saved.breaches.size() == 1);
    CHECK(saved.breaches.at(0).order == order.order.id);
    CHECK(saved.breaches.at(0).condition == order.order.conditions.at(1).number);
}

TEST_CASE("people and witnesses are ticked from the diary's people")
{
    QUuid dan;
    QUuid neighbour;
    Editing e(std::nullopt, [&](TestDiary& d) {
        dan = d->people().add(samplePerson()).person.id;
        diary::Person witness = samplePerson(QStringLiteral("Mrs Patel"));
        witness.role = diary::PersonRole::Witness;
        neighbour = d->people().add(witness).person.id;
    });
    auto* people = e.field<QListWidget>("editorPeople");
    auto* witnesses = e.field<QListWidget>("editorWitnesses");
    REQUIRE(people->count() == 2);
    for (int row = 0; row < 2; ++row) {
        if (people->item(row)->data(Qt::UserRole).toUuid() == dan)
            people->item(row)->setCheckState(Qt::Checked);
        if (witnesses->item(row)->data(Qt::UserRole).toUuid() == neighbour)
            witnesses->item(row)->setCheckState(Qt::Checked);
    }
    QTest::keyClicks(e.field<QLineEdit>("editorSummary"), QStringLiteral("He shouted at me in the street"));
    tick(e.field<QCheckBox>("editorChildren"));
    e.click("editorSave");
    REQUIRE(e.d->incidents().count({}) == 1);
    const diary::Incident saved = e.d->incidents().list({}, 1).at(0).incident;
    CHECK(saved.people == QList<QUuid>{dan});
    CHECK(saved.witnesses == QList<QUuid>{neighbour});
    CHECK(saved.childrenPresent);
}
