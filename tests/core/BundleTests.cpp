// Tests for report/BundleWriter and report/BundleVerifier: a bundle from a demo diary passes the outside tools
// (unzip -t, sha256sum -c, openssl pkeyutl -verify), its exhibits are byte-identical, any change, removal or
// addition is named by the verifier, redacted phrases are nowhere in it, and a cancelled export leaves nothing.
#include "BundleTestSupport.h"
#include "Catch.h"

#include "common/Error.h"
#include "diary/DiaryJson.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"
#include "report/BundleVerifier.h"
#include "report/BundleWriter.h"
#include "report/zip/ZipReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daymark;
using namespace daymark::test::bundle;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

bool names(const report::BundleVerification& result, const QString& file)
{
    for (const report::BundleProblem& problem : result.problems)
        if (problem.file == file && problem.sentence.contains(file))
            return true;
    return false;
}

std::string describe(const report::BundleVerification& result)
{
    std::string text;
    for (const report::BundleProblem& problem : result.problems)
        text += problem.file.toStdString() + ": " + problem.sentence.toStdString() + "\n";
    return text;
}

} // namespace

TEST_CASE("a bundle from a demo diary passes unzip -t, sha256sum -c, openssl pkeyutl -verify and verify")
{
    DemoBundleDiary demo;
    const QString zip = demo.path(s("bundle.zip"));
    const report::ExportResult result = report::exportBundle(*demo.diary, {}, zip);
    REQUIRE(QFileInfo(zip).size() == result.size);
    CHECK(result.incidents > 20);
    REQUIRE(result.exhibits > 0);
    CHECK(QFileInfo(zip).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const ToolRun test = runTool(s("unzip"), {s("-t"), zip});
    INFO(test.out.toStdString());
    CHECK(test.exitCode == 0);
    CHECK(test.out.contains(s("No errors detected")));

    const QString folder = demo.path(s("unzipped"));
    unzipTo(zip, folder);
    const QStringList files = filesUnder(folder);
    for (const char* name : {"README.txt", "timeline.pdf", "incidents.csv", "incidents.json", "manifest.json",
                             "manifest.sig", "signing-key.pem", "SHA256SUMS"})
        CHECK(files.contains(s(name)));

    const ToolRun sums = runTool(s("sha256sum"), {s("-c"), s("--strict"), s("SHA256SUMS")}, folder);
    INFO(sums.out.toStdString() << sums.err.toStdString());
    CHECK(sums.exitCode == 0);
    // SHA256SUMS covers every other file.
    CHECK(sums.out.count(s(": OK")) == files.size() - 1);

    const ToolRun openssl = runTool(s("openssl"),
                                    {s("pkeyutl"), s("-verify"), s("-pubin"), s("-inkey"), s("signing-key.pem"),
                                     s("-rawin"), s("-in"), s("manifest.json"), s("-sigfile"), s("manifest.sig")},
                                    folder);
    INFO(openssl.out.toStdString() << openssl.err.toStdString());
    CHECK(openssl.exitCode == 0);
    CHECK(openssl.out.contains(s("Signature Verified Successfully")));

    const report::BundleVerification verified = report::verifyBundle(zip);
    INFO(describe(verified));
    CHECK(verified.ok());
    CHECK(verified.files == files.size());
    CHECK(verified.fingerprint == result.fingerprint);
    CHECK(verified.publicKeyHex == QString::fromLatin1(demo.diary->signingPublicKey().toHex()));

    // Every included exhibit is there byte for byte, named by its number.
    const QJsonObject manifest = QJsonDocument::fromJson(readFile(folder + s("/manifest.json"))).object();
    CHECK(manifest.value(s("appVersion")).toString() == s(DAYMARK_VERSION));
    CHECK(manifest.value(s("diary")).toObject().value(s("fingerprint")).toString() == result.fingerprint);
    int exhibitFiles = 0;
    for (const QJsonValue& value : manifest.value(s("files")).toArray()) {
        const QJsonObject file = value.toObject();
        if (file.value(s("kind")).toString() != s("exhibit"))
            continue;
        ++exhibitFiles;
        const QString label = file.value(s("exhibit")).toString();
        const evidence::ExhibitRecord exhibit = demo.diary->exhibits().get(demo.diary->exhibits().resolve(label));
        const QString path = file.value(s("path")).toString();
        CHECK(path.startsWith(s("exhibits/") + QString(label).replace(u'/', u'-') + u'_'));
        const ToolRun sha = runTool(s("sha256sum"), {path}, folder);
        CHECK(sha.out.left(64) == exhibit.exhibit.sha256);
        CHECK(readFile(folder + u'/' + path) == demo.diary->exhibits().read(exhibit.exhibit.id));
    }
    CHECK(exhibitFiles == result.exhibits);
}

TEST_CASE("the export is a journal record naming the manifest's SHA-256, and the diary stays sound")
{
    DemoBundleDiary demo(10);
    const qint64 before = demo.diary->journal().headSeq();
    const report::ExportResult result = report::exportBundle(*demo.diary, {}, demo.path(s("b.zip")));
    REQUIRE(demo.diary->journal().headSeq() == before + 1);
    const auto entries = demo.diary->journal().entries(before + 1, 1);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == s("export"));
    const QJsonObject payload = diary::json::parsePayload(entries[0].payload);
    CHECK(payload.value(s("kind")).toString() == s("bundle"));
    CHECK(payload.value(s("manifestSha256")).toString() == result.sha256);
    CHECK(payload.value(s("incidents")).toArray().size() == result.incidents);
    CHECK(demo.diary->check().ok());
}

TEST_CASE("changing, removing or adding any file makes verify fail and name that file")
{
    DemoBundleDiary demo(12);
    const QString zip = demo.path(s("bundle.zip"));
    report::exportBundle(*demo.diary, {}, zip);
    const QString original = demo.path(s("original"));
    unzipTo(zip, original);
    const QStringList files = filesUnder(original);
    REQUIRE(files.size() >= 9);

    // Re-zipped unchanged, it still verifies: the check is of the files, not of the zip's bytes.
    zipFolder(original, demo.path(s("rezipped.zip")));
    CHECK(report::verifyBundle(demo.path(s("rezipped.zip"))).ok());

    int n = 0;
    for (const QString& file : files) {
        DYNAMIC_SECTION("changing " << file.toStdString())
        {
            const QString copy = demo.path(s("changed%1").arg(++n));
            REQUIRE(QDir().mkpath(copy));
            unzipTo(zip, copy);
            QByteArray bytes = readFile(copy + u'/' + file);
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            writeFile(copy + u'/' + file, bytes);
            zipFolder(copy, copy + s(".zip"));
            const report::BundleVerification result = report::verifyBundle(copy + s(".zip"));
            INFO(describe(result));
            CHECK_FALSE(result.ok());
            CHECK(names(result, file));
        }
        DYNAMIC_SECTION("removing " << file.toStdString())
        {
            const QString copy = demo.path(s("removed%1").arg(++n));
            unzipTo(zip, copy);
            REQUIRE(QFile::remove(copy + u'/' + file));
            zipFolder(copy, copy + s(".zip"));
            const report::BundleVerification result = report::verifyBundle(copy + s(".zip"));
            INFO(describe(result));
            CHECK_FALSE(result.ok());
            CHECK(names(result, file));
        }
    }
    SECTION("adding a file")
    {
        const QString copy = demo.path(s("added"));
        unzipTo(zip, copy);
        writeFile(copy + s("/exhibits/EX-99_extra.jpg"), QByteArray("not from the diary"));
        zipFolder(copy, copy + s(".zip"));
        const report::BundleVerification result = report::verifyBundle(copy + s(".zip"));
        INFO(describe(result));
        CHECK_FALSE(result.ok());
        CHECK(names(result, s("exhibits/EX-99_extra.jpg")));
    }
    SECTION("a byte changed inside the zip itself")
    {
        QByteArray bytes = readFile(zip);
        const qsizetype at = bytes.indexOf("EVIDENCE BUNDLE"); // README.txt is deflated: look for the PDF instead
        const qsizetype pdf = bytes.indexOf("%PDF");
        REQUIRE(pdf > 0);
        bytes[pdf + 200] = char(bytes[pdf + 200] ^ 0x20);
        writeFile(demo.path(s("flipped.zip")), bytes);
        const report::BundleVerification result = report::verifyBundle(demo.path(s("flipped.zip")));
        INFO(describe(result));
        CHECK(at < 0);
        CHECK_FALSE(result.ok());
        CHECK(names(result, s("timeline.pdf")));
    }
}

TEST_CASE("redacted phrases and fields appear nowhere in the bundle's bytes")
{
    DemoBundleDiary demo(40);
    // Phrases the demo text is sure to hold: the stalker's name and the accounts he used.
    QStringList phrases;
    for (const diary::PersonRecord& person : demo.diary->people().list())
        if (person.person.role == diary::PersonRole::Stalker)
            phrases.append(person.person.name);
    for (const auto& record : demo.diary->incidents().list({}, -1))
        if (record.incident.account.size() > 6 && phrases.size() < 4 && !phrases.contains(record.incident.account))
            phrases.append(record.incident.account);
    REQUIRE(phrases.size() >= 2);
    report::ExportSelection selection;
    selection.redactedPhrases = phrases;
    selection.redactedFields = {report::RedactableField::Place, report::RedactableField::Impact};

    const QString zip = demo.path(s("redacted.zip"));
    report::exportBundle(*demo.diary, selection, zip);
    const QString folder = demo.path(s("redacted"));
    unzipTo(zip, folder);
    QList<QByteArray> haystacks{readFile(zip)};
    for (const QString& file : filesUnder(folder))
        haystacks.append(readFile(folder + u'/' + file));
    const ToolRun text = runTool(s("pdftotext"), {folder + s("/timeline.pdf"), s("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(s("[redacted]")));
    haystacks.append(text.out.toUtf8());
    for (const QByteArray& bytes : haystacks) {
        const QString lower = QString::fromUtf8(bytes).toLower();
        for (const QString& phrase : phrases) {
            INFO(phrase.toStdString());
            CHECK_FALSE(lower.contains(phrase.toLower()));
        }
    }
    const QJsonObject json = QJsonDocument::fromJson(readFile(folder + s("/incidents.json"))).object();
    int redactedPlaces = 0;
    for (const QJsonValue& v : json.value(s("incidents")).toArray()) {
        const QJsonObject incident = v.toObject();
        CHECK((incident.value(s("place")).isNull() || incident.value(s("place")).toString() == s("[redacted]")));
        CHECK((incident.value(s("impact")).isNull() || incident.value(s("impact")).toString() == s("[redacted]")));
        CHECK(incident.value(s("latitude")).isNull());
        redactedPlaces += incident.value(s("place")).toString() == s("[redacted]") ? 1 : 0;
    }
    CHECK(redactedPlaces > 0);
    const QJsonObject manifest = QJsonDocument::fromJson(readFile(folder + s("/manifest.json"))).object();
    const QJsonObject chosen = manifest.value(s("selection")).toObject();
    CHECK(chosen.value(s("redactedFields")).toArray() == QJsonArray{s("place"), s("impact")});
    CHECK(chosen.value(s("redactedPhraseCount")).toInt() == phrases.size());
}

TEST_CASE("a cancelled or failed export leaves no file and no journal record")
{
    DemoBundleDiary demo(10);
    const QString zip = demo.path(s("cancelled.zip"));
    const qint64 head = demo.diary->journal().headSeq();
    std::atomic<bool> cancel{false};
    int calls = 0;
    const auto progress = [&](qint64, qint64) {
        if (++calls == 2)
            cancel = true;
    };
    try {
        report::exportBundle(*demo.diary, {}, zip, progress, &cancel);
        FAIL("the export was not cancelled");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Cancelled);
    }
    CHECK(calls >= 2);
    CHECK(QDir(demo.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{s("demo.daymark")});
    CHECK(demo.diary->journal().headSeq() == head);

    // An existing file is never overwritten.
    writeFile(zip, QByteArray("mine"));
    CHECK_THROWS_AS(report::exportBundle(*demo.diary, {}, zip), Error);
    CHECK(readFile(zip) == QByteArray("mine"));
    CHECK(demo.diary->journal().headSeq() == head);
}

TEST_CASE("filters choose the incidents a bundle holds, and --no-exhibits leaves the files out")
{
    DemoBundleDiary demo(30);
    const auto all = demo.diary->incidents().list({}, -1);
    REQUIRE(all.size() > 5);
    report::ExportSelection picked;
    picked.incidents = {all[1].incident.id, all[3].incident.id};
    picked.includeExhibitFiles = false;
    const report::ExportResult result = report::exportBundle(*demo.diary, picked, demo.path(s("picked.zip")));
    CHECK(result.incidents == 2);
    const QString folder = demo.path(s("picked"));
    unzipTo(demo.path(s("picked.zip")), folder);
    CHECK(filesUnder(folder).filter(s("exhibits/")).isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(readFile(folder + s("/incidents.json"))).object();
    QList<qint64> numbers;
    for (const QJsonValue& v : json.value(s("incidents")).toArray())
        numbers.append(v.toObject().value(s("number")).toInteger());
    std::sort(numbers.begin(), numbers.end());
    QList<qint64> expected{all[1].number, all[3].number};
    std::sort(expected.begin(), expected.end());
    CHECK(numbers == expected);
    CHECK(report::verifyBundle(demo.path(s("picked.zip"))).ok());

    report::ExportSelection calls;
    calls.filter.types = {diary::IncidentType::Call};
    report::exportBundle(*demo.diary, calls, demo.path(s("calls.zip")));
    unzipTo(demo.path(s("calls.zip")), demo.path(s("calls")));
    const QJsonObject callsJson = QJsonDocument::fromJson(readFile(demo.path(s("calls/incidents.json")))).object();
    int expectedCalls = 0;
    for (const auto& record : all)
        expectedCalls += record.incident.type == diary::IncidentType::Call ? 1 : 0;
    CHECK(callsJson.value(s("incidents")).toArray().size() == expectedCalls);
    for (const QJsonValue& v : callsJson.value(s("incidents")).toArray())
        CHECK(v.toObject().value(s("type")).toString() == s("call"));
}

TEST_CASE("verify refuses a file that is not a zip with a sentence")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("not.zip"));
    writeFile(path, QByteArray("hello"));
    try {
        report::verifyBundle(path);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Corrupt);
        CHECK(e.message().endsWith(u'.'));
    }
    CHECK_THROWS_AS(report::verifyBundle(dir.filePath(s("missing.zip"))), Error);
}
