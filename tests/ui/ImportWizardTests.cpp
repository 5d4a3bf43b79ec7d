// The Import wizard driven as a person would, on the importer fixtures: choose the file, see the counts, pick who,
// add the incidents (with the export kept as an exhibit); a cancel or a bad file leaves the diary as it was; a chat
// whose dates read both ways asks which. Hidden tests write a PNG of every page ([.preview]) and time the preview of
// a generated 100,000-message chat ([.benchmark]).
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"
#include "import/ColumnMappingPage.h"
#include "import/ConversationView.h"
#include "import/ImportChoosePage.h"
#include "import/ImportDonePage.h"
#include "import/ImportFilePage.h"
#include "import/ImportFormatGuess.h"
#include "import/ImportOptionsPage.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportSession.h"
#include "import/ImportWizard.h"
#include "pages/DiaryPage.h"
#include "widgets/InlineMessage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace daymark;
using namespace daymark::test;
using importers::ImportFormat;

namespace {

QString fixture(const char* relative)
{
    return QDir(QStringLiteral(DAYMARK_IMPORT_DATA)).filePath(QString::fromUtf8(relative));
}

const char* const kDdMmYy = "chat-miner/whatsapp/test_ddmmyy_24hrs.txt";
const char* const kAmbiguous = "whatsapp-chat-parser/extracted-from-tests-index.test.ts-chatExample.txt";
const char* const kSms = "sms-backup-restore-parser/tests/fixtures/mixed.xml";
const char* const kMalformed = "sms-backup-restore-parser/tests/fixtures/malformed.xml";

// An unlocked diary in the main window, and the wizard opened from the toolbar's Import action.
struct Importing
{
    Importing()
    {
        const QString path = f.path("Diary.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        REQUIRE(f.window.diary() != nullptr);
    }
    diary::Diary& diary() { return *f.window.diary(); }

    ui::ImportWizard& open()
    {
        REQUIRE(f.window.importAction()->isVisible());
        f.window.importAction()->trigger();
        wizard = visibleChild<ui::ImportWizard>(f.window);
        REQUIRE(wizard != nullptr);
        return *wizard;
    }

    // Presses Next (or the commit button) as a person would: only when it is enabled.
    void next()
    {
        QAbstractButton* button = wizard->button(QWizard::NextButton);
        if (!button->isVisible())
            button = wizard->button(QWizard::CommitButton);
        INFO("page " << wizard->currentId());
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        button->click();
    }

    // Chooses the file on the first page and moves to the preview, waiting for the reading.
    bool readFile(const QString& path, std::optional<ImportFormat> format = std::nullopt)
    {
        wizard->filePage()->setFile(path);
        if (format)
            wizard->filePage()->setFormat(*format);
        QSignalSpy read(wizard->previewPage(), &ui::ImportPreviewPage::readFinished);
        next();
        if (wizard->currentId() != ui::ImportWizard::PreviewPageId)
            return false;
        REQUIRE((read.count() > 0 || read.wait(30000)));
        return read.last().first().toBool();
    }

    // On the choose page, moves on to the options page and waits for the count of what is new.
    void countNew()
    {
        QSignalSpy counted(wizard->optionsPage(), &ui::ImportOptionsPage::countFinished);
        next();
        REQUIRE(wizard->currentId() == ui::ImportWizard::OptionsPageId);
        REQUIRE((counted.count() > 0 || counted.wait(30000)));
        REQUIRE(counted.last().first().toBool());
    }

    bool commit()
    {
        QSignalSpy done(wizard->optionsPage(), &ui::ImportOptionsPage::commitFinished);
        next();
        REQUIRE((done.count() > 0 || done.wait(60000)));
        return done.last().first().toBool();
    }

    WindowFixture f;
    ui::ImportWizard* wizard = nullptr;
};

QString writeChat(const QString& path, int messages)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QDateTime start(QDate(2023, 1, 13), QTime(8, 0));
    for (int k = 0; k < messages; ++k) {
        const QDateTime at = start.addSecs(qint64(k) * 97);
        const char* who = k % 3 == 0 ? "Alex" : "Sam";
        file.write(at.toString(QStringLiteral("dd/MM/yyyy, HH:mm")).toUtf8() + " - " + who + ": message " +
                   QByteArray::number(k) + (k % 10 == 0 ? "\nwith a second line\n" : "\n"));
    }
    return path;
}

} // namespace

TEST_CASE("the import wizard previews a WhatsApp chat and adds one participant's messages, keeping the export")
{
    Importing t;
    ui::ImportWizard& w = t.open();
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled()); // no file yet
    REQUIRE(t.readFile(fixture(kDdMmYy)));
    CHECK(w.filePage()->format() == ImportFormat::WhatsApp);

    // The preview: every message, the date range and the people with their counts.
    const auto& rows = w.model()->rows();
    CHECK(rows.size() == 9); // six messages and three lines the app wrote itself, shown greyed
    CHECK(w.session().summary.messages == 6);
    CHECK(w.previewPage()->summary()->text().contains(QLatin1String("6 message")));
    CHECK(w.previewPage()->participants()->count() == w.session().summary.participants.size());
    CHECK_FALSE(w.previewPage()->dateQuestion()->isVisible());
    const auto johns = std::count_if(rows.begin(), rows.end(),
                                     [](const ui::PreviewRow& r) { return r.senderName == QLatin1String("John Doe"); });
    REQUIRE(johns > 0);

    t.next();
    REQUIRE(w.currentId() == ui::ImportWizard::ChoosePageId);
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled()); // no one chosen yet
    REQUIRE(w.choosePage()->chooseParticipant(QStringLiteral("John Doe")));
    CHECK(w.model()->chosenCount() == johns);
    CHECK(w.choosePage()->count()->text().contains(QString::number(johns)));

    t.countNew();
    CHECK(w.optionsPage()->newMessages() == johns);
    CHECK(w.optionsPage()->counts()->text().startsWith(QString::number(johns)));
    CHECK(w.optionsPage()->counts()->text().contains(QLatin1String("will be added")));
    const qint64 head = t.diary().journal().headSeq();
    REQUIRE(t.commit());
    REQUIRE(w.currentId() == ui::ImportWizard::DonePageId);

    CHECK(t.diary().incidents().count({}) == johns);
    const auto exhibits = t.diary().exhibits().list(false);
    REQUIRE(exhibits.size() == 1);
    CHECK(w.donePage()->report()->text().contains(exhibits.front().exhibit.label));
    CHECK(w.donePage()->report()->text().contains(QStringLiteral("%1 incident").arg(johns)));
    CHECK(t.diary().journal().headSeq() > head);
    CHECK(t.diary().check().ok());

    // "Show them in the timeline" closes the wizard on the timeline, with the newest one added selected.
    w.donePage()->showButton()->click();
    CHECK(waitUntil([&] { return t.f.window.findChild<ui::ImportWizard*>() == nullptr; }));
    CHECK(t.f.window.diaryPage()->currentPanel() == ui::DiaryPage::Panel::Timeline);

    // The same file again: nothing new, and the page says so.
    ui::ImportWizard& again = t.open();
    REQUIRE(t.readFile(fixture(kDdMmYy)));
    t.next();
    REQUIRE(again.choosePage()->chooseParticipant(QStringLiteral("John Doe")));
    t.countNew();
    CHECK(again.optionsPage()->newMessages() == 0);
    CHECK(again.optionsPage()->alreadyImported() == johns);
    CHECK(again.optionsPage()->counts()->text().contains(QLatin1String("Nothing new")));
    CHECK_FALSE(again.button(QWizard::CommitButton)->isEnabled());
}

TEST_CASE("the import wizard adds SMS messages ticked one by one, linked to a person of the diary")
{
    Importing t;
    diary::Person alice;
    alice.name = QStringLiteral("A. Smith");
    alice.phones = {QStringLiteral("+1 555 123 4567")};
    const QUuid person = t.diary().people().add(alice).person.id;
    ui::ImportWizard& w = t.open();
    REQUIRE(t.readFile(fixture(kSms)));
    CHECK(w.filePage()->format() == ImportFormat::SmsBackup);
    t.next();
    // The diary's person is offered (matched by number) and chosen first, being a stalker.
    CHECK(w.choosePage()->whoBox()->currentText().contains(QLatin1String("A. Smith")));
    REQUIRE(w.choosePage()->choosePerson(person));
    const qint64 theirs = w.model()->chosenCount();
    REQUIRE(theirs >= 2);

    w.choosePage()->oneByOne()->click();
    CHECK_FALSE(w.choosePage()->conversation()->table()->isColumnHidden(ui::ImportPreviewModel::Chosen));
    CHECK(w.model()->chosenCount() == theirs); // theirs stay ticked
    child<QAbstractButton>(w, "importUntickAll")->click();
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
    // Tick one message by its check box, as a person would.
    int first = -1;
    for (int row = 0; row < w.model()->rowCount() && first < 0; ++row)
        if (w.model()->rows()[std::size_t(row)].direction != importers::Direction::Outgoing)
            first = row;
    REQUIRE(first >= 0);
    REQUIRE(
        w.model()->setData(w.model()->index(first, ui::ImportPreviewModel::Chosen), Qt::Checked, Qt::CheckStateRole));
    CHECK(w.model()->chosenCount() == 1);
    t.countNew();
    CHECK(w.optionsPage()->newMessages() == 1);
    REQUIRE(t.commit());
    const auto incidents = t.diary().incidents().list({}, 10);
    REQUIRE(incidents.size() == 1);
    CHECK(incidents.front().incident.people == QList<QUuid>{person});
    CHECK(incidents.front().incident.details == w.model()->rows()[std::size_t(first)].text);
}

TEST_CASE("cancelling the import wizard, or its import, leaves the diary unchanged")
{
    Importing t;
    const qint64 head = t.diary().journal().headSeq();
    {
        ui::ImportWizard& w = t.open();
        REQUIRE(t.readFile(fixture(kDdMmYy)));
        w.button(QWizard::CancelButton)->click();
        CHECK(waitUntil([&] { return t.f.window.findChild<ui::ImportWizard*>() == nullptr; }));
    }
    CHECK(t.diary().journal().headSeq() == head);

    // A chat long enough that the import can be stopped half way through.
    ui::ImportWizard& w = t.open();
    REQUIRE(t.readFile(writeChat(t.f.path("long.txt"), 30000)));
    t.next();
    w.choosePage()->chooseEveryone();
    t.countNew();
    QSignalSpy done(w.optionsPage(), &ui::ImportOptionsPage::commitFinished);
    t.next();
    // The commit's own progress dialog (the count's may linger until deleted), cancelled as a person would.
    QProgressDialog* progress = nullptr;
    REQUIRE(waitUntil([&] {
        for (QProgressDialog* dialog : w.findChildren<QProgressDialog*>())
            if (dialog->isVisible() && dialog->labelText().startsWith(QLatin1String("Adding to your diary")))
                progress = dialog;
        return progress != nullptr;
    }));
    QPushButton* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel != nullptr);
    cancel->click();
    REQUIRE((done.count() > 0 || done.wait(60000)));
    CHECK_FALSE(done.last().first().toBool());
    CHECK(w.currentId() == ui::ImportWizard::OptionsPageId);
    CHECK(w.optionsPage()->message()->text().contains(QLatin1String("Nothing was added")));
    CHECK(t.diary().journal().headSeq() == head);
    CHECK(t.diary().incidents().count({}) == 0);
    CHECK(t.diary().exhibits().list(true).empty());
}

TEST_CASE("a chat whose dates read both ways asks which, shows the line, and reads it again")
{
    Importing t;
    ui::ImportWizard& w = t.open();
    REQUIRE(t.readFile(fixture(kAmbiguous)));
    ui::ImportPreviewPage& page = *w.previewPage();
    CHECK(page.dateQuestion()->isVisible());
    CHECK(page.dateSample()->text().contains(QLatin1String("06/03/2017")));
    auto* dayFirst = child<QRadioButton>(page, "importDayFirst");
    CHECK(dayFirst->text().contains(QLocale().monthName(3)));
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
    CHECK(w.model()->rowCount() == 0);

    QSignalSpy read(&page, &ui::ImportPreviewPage::readFinished);
    dayFirst->click();
    REQUIRE((read.count() > 0 || read.wait(30000)));
    CHECK(w.session().dateOrder == QLatin1String("dmy"));
    CHECK(w.model()->rowCount() > 0);
    CHECK(w.session().summary.first.date() == QDate(2017, 3, 6));
    CHECK(page.dateQuestion()->isVisible()); // the answer stays in view, to be changed
    CHECK(w.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("a file that cannot be read shows the core's sentence and adds nothing")
{
    Importing t;
    const qint64 head = t.diary().journal().headSeq();
    ui::ImportWizard& w = t.open();
    CHECK_FALSE(t.readFile(fixture(kMalformed)));
    const QString text = w.previewPage()->message()->text();
    CHECK(text.contains(QLatin1String("Line")));
    CHECK(w.previewPage()->message()->kind() == ui::InlineMessage::Kind::Error);
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());

    // Not a chat at all, read as WhatsApp: the first page's choice can be wrong, and the sentence says so.
    writeAll(t.f.path("notes.txt"), "shopping list\nmilk\n");
    w.back();
    CHECK_FALSE(t.readFile(t.f.path("notes.txt"), ImportFormat::WhatsApp));
    CHECK_FALSE(w.previewPage()->message()->text().isEmpty());
    CHECK(t.diary().journal().headSeq() == head);
}

TEST_CASE("locking the diary closes the import wizard")
{
    Importing t;
    t.open();
    REQUIRE(t.readFile(fixture(kDdMmYy)));
    t.f.window.lockDiary();
    CHECK(t.f.window.findChild<ui::ImportWizard*>() == nullptr);
}

TEST_CASE("the import format is guessed from the file, and only among formats the core knows")
{
    CHECK(ui::guessImportFormat(fixture(kDdMmYy)) == ImportFormat::WhatsApp);
    CHECK(ui::guessImportFormat(fixture(kSms)) == ImportFormat::SmsBackup);
    CHECK(ui::guessImportFormat(fixture("sms-backup-restore-parser/tests/fixtures/minimal_calls.xml")) ==
          ImportFormat::Calls);
    QTemporaryDir dir;
    const QString mail = dir.filePath(QStringLiteral("a.eml"));
    writeAll(mail, "From: a@example.org\n\nhello\n");
    CHECK(ui::guessImportFormat(mail) == ImportFormat::Eml);
    CHECK_FALSE(ui::guessImportFormat(dir.filePath(QStringLiteral("missing.txt"))).has_value());
}

TEST_CASE("a call-log CSV asks which column holds what, guessed at first, then imports its calls")
{
    Importing t;
    ui::ImportWizard& w = t.open();
    w.filePage()->setFile(fixture("csv/android.csv"));
    CHECK(w.filePage()->format() == ImportFormat::Csv);
    t.next();
    REQUIRE(w.currentId() == ui::ImportWizard::ColumnsPageId);
    ui::ColumnMappingPage& columns = *w.columnsPage();
    CHECK(columns.header() == QStringList{QStringLiteral("Number"), QStringLiteral("Name"), QStringLiteral("Date"),
                                          QStringLiteral("Type"), QStringLiteral("Duration")});
    CHECK(columns.fieldBox(QStringLiteral("date"))->currentText() == QLatin1String("Date"));
    CHECK(columns.fieldBox(QStringLiteral("number"))->currentText() == QLatin1String("Number"));
    // Without a number the page says what is missing and will not go on.
    columns.fieldBox(QStringLiteral("number"))->setCurrentIndex(0);
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
    CHECK_FALSE(columns.message()->text().isEmpty());
    columns.fieldBox(QStringLiteral("number"))->setCurrentIndex(1);
    QSignalSpy read(w.previewPage(), &ui::ImportPreviewPage::readFinished);
    t.next();
    REQUIRE((read.count() > 0 || read.wait(30000)));
    REQUIRE(read.last().first().toBool());
    CHECK(w.model()->rowCount() == 5);
    CHECK(ui::ImportPreviewModel::describe(w.model()->rows()[0]).contains(QLatin1String("1 min 5 s")));
    t.next();
    w.choosePage()->chooseEveryone();
    t.countNew();
    REQUIRE(t.commit());
    CHECK(t.diary().incidents().count({}) == 5);
}

TEST_CASE("the column mapping of a call-log CSV is remembered per header, with column names only")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("calls.csv"));
    writeAll(csv, "\"When it was\";Who;Type;\"Length; s\"\n2023-01-01 10:00;07700 900123;in;5\n");
    ui::ImportSession session;
    session.path = csv;
    session.format = ImportFormat::Csv;
    session.source = std::make_unique<importers::ImportSource>(ImportFormat::Csv, csv);
    {
        ui::ColumnMappingPage page(session);
        page.initializePage();
        CHECK(page.header().size() == 4);
        page.fieldBox(QStringLiteral("date"))->setCurrentIndex(1);     // "When it was"
        page.fieldBox(QStringLiteral("number"))->setCurrentIndex(2);   // "Who"
        page.fieldBox(QStringLiteral("duration"))->setCurrentIndex(4); // "Length; s"
        page.fieldBox(QStringLiteral("dateFormat"))->setCurrentIndex(3);
        REQUIRE(page.isComplete());
        REQUIRE(page.validatePage());
        REQUIRE(session.csvMapping.has_value());
        CHECK(session.csvMapping->duration == QLatin1String("Length; s"));
        CHECK(session.source->csvMapping() == session.csvMapping);
    }
    session.csvMapping.reset();
    ui::ColumnMappingPage later(session);
    later.initializePage();
    CHECK(later.mapping().date == QLatin1String("When it was"));
    CHECK(later.mapping().number == QLatin1String("Who"));
    CHECK(later.mapping().duration == QLatin1String("Length; s"));
    CHECK(later.mapping().dateFormat == QLatin1String("ymd"));

    const QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Daymark"),
                             QStringLiteral("daymark"));
    const QString stored = QString::fromUtf8(readAll(settings.fileName()));
    CHECK(stored.contains(QLatin1String("When it was")));
    CHECK_FALSE(stored.contains(QLatin1String("07700")));
    CHECK_FALSE(stored.contains(QLatin1String("2023-01-01")));
}

TEST_CASE("preview of every import wizard page", "[.preview]")
{
    Importing t;
    diary::Person sam;
    sam.name = QStringLiteral("Sam Taylor");
    sam.aliases = {QStringLiteral("Sam")};
    t.diary().people().add(sam);
    const QString folder = qEnvironmentVariable("DAYMARK_PREVIEW_DIR", QStringLiteral("/tmp"));
    ui::ImportWizard& w = t.open();
    auto shoot = [&](const char* name) {
        QTest::qWait(200);
        CHECK(w.grab().save(QDir(folder).filePath(QStringLiteral("import-%1.png").arg(QLatin1String(name)))));
    };
    shoot("1-empty");
    w.filePage()->setFile(writeChat(t.f.path("WhatsApp Chat with Sam.txt"), 400));
    shoot("1-file");
    QSignalSpy read(w.previewPage(), &ui::ImportPreviewPage::readFinished);
    t.next();
    REQUIRE((read.count() > 0 || read.wait(30000)));
    w.previewPage()->conversation()->table()->selectRow(0);
    shoot("2-preview");
    t.next();
    shoot("3-choose");
    w.choosePage()->oneByOne()->click();
    shoot("3-choose-one-by-one");
    w.choosePage()->allOfThem()->click();
    t.countNew();
    shoot("4-options");
    REQUIRE(t.commit());
    shoot("5-done");
    w.close();
    REQUIRE(waitUntil([&] { return t.f.window.findChild<ui::ImportWizard*>() == nullptr; }));

    ui::ImportWizard& ambiguous = t.open();
    REQUIRE(t.readFile(fixture(kAmbiguous)));
    QTest::qWait(200);
    CHECK(ambiguous.grab().save(QDir(folder).filePath(QStringLiteral("import-2-date-question.png"))));
    ambiguous.back();
    CHECK_FALSE(t.readFile(fixture(kMalformed)));
    QTest::qWait(200);
    CHECK(ambiguous.grab().save(QDir(folder).filePath(QStringLiteral("import-2-error.png"))));
}

TEST_CASE("preview of a 100,000-message chat stays responsive", "[.benchmark]")
{
    Importing t;
    const int count = qEnvironmentVariableIntValue("DAYMARK_IMPORT_MESSAGES") > 0
                          ? qEnvironmentVariableIntValue("DAYMARK_IMPORT_MESSAGES")
                          : 100000;
    ui::ImportWizard& w = t.open();
    const QString path = writeChat(t.f.path("big.txt"), count);
    QElapsedTimer clock;
    clock.start();
    REQUIRE(t.readFile(path));
    const qint64 loaded = clock.elapsed();
    REQUIRE(w.model()->rowCount() == count);
    QTableView* table = w.previewPage()->conversation()->table();
    QScrollBar* bar = table->verticalScrollBar();
    qint64 worst = 0;
    QElapsedTimer frame;
    for (int step = 0; step <= 50; ++step) {
        frame.restart();
        bar->setValue(int(qint64(bar->maximum()) * step / 50));
        table->viewport()->repaint();
        worst = std::max(worst, frame.elapsed());
    }
    clock.restart();
    t.next();
    w.choosePage()->oneByOne()->click();
    const qint64 choose = clock.elapsed();
    WARN("preview of " << count << " messages: " << loaded << " ms from Next to the filled table ("
                       << w.previewPage()->lastReadMilliseconds() << " ms read + model), worst scroll frame " << worst
                       << " ms, choose page with ticks " << choose << " ms");
    CHECK(worst < 200);
}
