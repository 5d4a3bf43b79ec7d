// daymark-cli attach, exhibits and extract: what goes in comes out byte for byte, with the SHA-256 sha256sum gives;
// identical content is one exhibit; show lists an incident's exhibits.
#include "Catch.h"
#include "ExhibitCli.h"
#include "ExhibitFiles.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace daymark::test::cliexhibits;

namespace {

struct Attached
{
    QString label;
    QString sha256;
    QString file;
};

// The "LABEL  SHA-256  FILE" lines attach prints, one per file.
QList<Attached> attachedLines(const QString& out)
{
    static const QRegularExpression line(QStringLiteral("^(\\S+/\\d+)  ([0-9a-f]{64})  (.+)$"));
    QList<Attached> found;
    for (const QString& text : out.split(u'\n', Qt::SkipEmptyParts))
        if (const auto m = line.match(text); m.hasMatch())
            found.push_back({m.captured(1), m.captured(2), m.captured(3)});
    return found;
}

QJsonObject byLabel(const QJsonArray& exhibits, const QString& label)
{
    for (const QJsonValue& v : exhibits)
        if (v.toObject().value(QLatin1String("label")).toString() == label)
            return v.toObject();
    FAIL("no exhibit " << label.toStdString());
    return {};
}

} // namespace

TEST_CASE("attach prints each exhibit number with the SHA-256 sha256sum gives, and extract gives the bytes back")
{
    ExhibitCli diary;
    const QStringList files{diary.write(s("screenshot.png"), pngImage()),
                            diary.write(s("call log.bin"), pseudoRandom(3 * 1024 * 1024 + 17, 1)),
                            diary.write(s("notes.txt"), QByteArray("He said he would wait outside.\n"))};
    const Run run = diary.run(s("attach"), QStringList{s("1"), s("--how"), s("screenshot")} + files);
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    CHECK(run.errorLines().isEmpty()); // no progress lines when stderr is not a terminal
    const QList<Attached> lines = attachedLines(run.out);
    REQUIRE(lines.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(lines[i].label == s("JS/%1").arg(i + 1));
        CHECK(lines[i].file == files[i]);
        CHECK(lines[i].sha256 == sha256sum(files[i]));
    }

    const QJsonArray exhibits = diary.array(s("exhibits"), {});
    REQUIRE(exhibits.size() == 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject e = exhibits[i].toObject();
        CHECK(e.value(s("label")).toString() == lines[i].label);
        CHECK(e.value(s("number")).toInt() == i + 1);
        CHECK(e.value(s("sha256")).toString() == lines[i].sha256);
        CHECK(e.value(s("size")).toInteger() == QFileInfo(files[i]).size());
        CHECK(e.value(s("originalName")).toString() == QFileInfo(files[i]).fileName());
        CHECK(e.value(s("howObtained")).toString() == s("screenshot"));
        CHECK(e.value(s("incidentNumbers")).toArray() == QJsonArray{1});
        CHECK(e.value(s("deleted")).toBool() == false);
    }
    CHECK(byLabel(exhibits, s("JS/1")).value(s("mediaType")).toString() == s("image/png"));
    CHECK(byLabel(exhibits, s("JS/3")).value(s("mediaType")).toString() == s("text/plain"));

    // The table: number, human size, media type, name, incidents.
    const QString table = diary.ok(s("exhibits"));
    CHECK(table.contains(QRegularExpression(s("JS/2 +3\\.\\d+ MiB +application/octet-stream +call log\\.bin +#1"))));
    CHECK(table.contains(s("Exhibits: 3")));

    for (int i = 0; i < 3; ++i) {
        const QString out = diary.file(s("out-%1").arg(i));
        const Run extracted = diary.run(s("extract"), {lines[i].label, out});
        INFO(extracted.describe());
        REQUIRE(extracted.exitCode == 0);
        CHECK(extracted.out.contains(s("SHA-256 verified: %1").arg(lines[i].sha256)));
        CHECK(readAll(out) == readAll(files[i]));
        CHECK(sha256sum(out) == lines[i].sha256);
    }

    // An existing file is never overwritten, whichever way the exhibit is named.
    const Snapshot before(diary);
    const QString taken = diary.file(s("out-0"));
    const QByteArray takenBytes = readAll(taken);
    requireRefused(diary, diary.run(s("extract"), {s("2"), taken}), 5, {taken, s("already exists")}, before);
    CHECK(readAll(taken) == takenBytes);

    // show lists the incident's exhibits by number, name and size.
    const QString shown = diary.ok(s("show"), {s("1")});
    CHECK(shown.contains(QRegularExpression(s("Exhibits: JS/1  screenshot\\.png  \\(\\d+ bytes\\)"))));
    CHECK(shown.contains(QRegularExpression(s("\n    JS/2  call log\\.bin  \\(3\\.\\d+ MiB\\)"))));
    CHECK(diary.object(s("show"), {s("1")}).value(s("exhibitCount")).toInt() == 3);
    CHECK(diary.ok(s("check")).contains(s("sound")));
}

TEST_CASE("a zero-byte file is recorded as an exhibit and extracts to an empty file")
{
    ExhibitCli diary;
    const QString empty = diary.write(s("empty.txt"), {});
    const Run run = diary.run(s("attach"), {s("1"), empty});
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    const QList<Attached> lines = attachedLines(run.out);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].label == s("JS/1"));
    CHECK(lines[0].sha256 == sha256sum(empty)); // e3b0c442...
    CHECK(run.out.contains(s("empty (0 bytes)")));
    const QJsonObject exhibit = diary.object(s("exhibit"), {s("JS/1")});
    CHECK(exhibit.value(s("size")).toInteger() == 0);
    CHECK(exhibit.value(s("originalName")).toString() == s("empty.txt"));

    const QString out = diary.file(s("back.txt"));
    diary.ok(s("extract"), {s("JS/1"), out});
    CHECK(QFileInfo(out).exists());
    CHECK(QFileInfo(out).size() == 0);
    diary.ok(s("check"));
}

TEST_CASE("the same content attached twice is one exhibit that belongs to both incidents")
{
    ExhibitCli diary;
    REQUIRE(diary.addIncident(s("He was outside the school")) == 2);
    const QByteArray photo = jpegWithExif();
    const QString first = diary.write(s("IMG_0001.jpg"), photo);
    const QString copy = diary.write(s("copy of photo.jpg"), photo);

    CHECK(attachedLines(diary.ok(s("attach"), {s("1"), first})).value(0).label == s("JS/1"));
    const QString linked = diary.ok(s("attach"), {s("#2"), copy});
    CHECK(attachedLines(linked).value(0).label == s("JS/1"));
    CHECK(linked.contains(s("Already exhibit JS/1, now also linked to incident #2.")));

    const QJsonArray exhibits = diary.exhibits();
    REQUIRE(exhibits.size() == 1);
    const QJsonObject exhibit = exhibits[0].toObject();
    CHECK(exhibit.value(s("incidentNumbers")).toArray() == (QJsonArray{1, 2}));
    CHECK(exhibit.value(s("incidents")).toArray().size() == 2);
    CHECK(exhibit.value(s("originalName")).toString() == s("IMG_0001.jpg")); // the first import's name stays
    CHECK(diary.array(s("exhibits"), {s("--incident"), s("2")}).size() == 1);

    // Once more to the same incident: nothing to record, so the diary's fingerprint stays.
    const QString fingerprint = diary.fingerprint();
    const QString again = diary.ok(s("attach"), {s("2"), copy});
    CHECK(again.contains(s("Already exhibit JS/1 of incident #2; nothing changed.")));
    CHECK(diary.fingerprint() == fingerprint);
    CHECK(diary.exhibits() == exhibits);

    // attach --json says what happened to each file.
    const QString other = diary.write(s("other.bin"), pseudoRandom(1000, 7));
    const QJsonArray results = diary.array(s("attach"), {s("2"), other, first});
    REQUIRE(results.size() == 2);
    CHECK(results[0].toObject().value(s("status")).toString() == s("added"));
    CHECK(results[0].toObject().value(s("file")).toString() == other);
    CHECK(results[0].toObject().value(s("exhibit")).toObject().value(s("label")).toString() == s("JS/2"));
    CHECK(results[0].toObject().value(s("error")).isNull());
    CHECK(results[1].toObject().value(s("status")).toString() == s("unchanged"));
    CHECK(results[1].toObject().value(s("exhibit")).toObject().value(s("label")).toString() == s("JS/1"));

    const QString out = diary.file(s("extracted.jpg"));
    diary.ok(s("extract"), {s("1"), out});
    CHECK(readAll(out) == photo);
    diary.ok(s("check"));
}

TEST_CASE("a big file is attached and extracted without progress lines when stderr is not a terminal")
{
    ExhibitCli diary;
    const QString big = diary.write(s("recording.wav"), pseudoRandom(20 * 1024 * 1024 + 3, 11));
    const Run attached = diary.run(s("attach"), {s("1"), big, s("--how"), s("recording")});
    INFO(attached.describe());
    REQUIRE(attached.exitCode == 0);
    CHECK(attached.errorLines().isEmpty());
    CHECK(attachedLines(attached.out).value(0).sha256 == sha256sum(big));
    const QString out = diary.file(s("back.wav"));
    const Run extracted = diary.run(s("extract"), {s("JS/1"), out});
    INFO(extracted.describe());
    REQUIRE(extracted.exitCode == 0);
    CHECK(extracted.errorLines().isEmpty());
    CHECK(readAll(out) == readAll(big));
}

TEST_CASE("on a terminal, attach and extract show the progress of a big file and clear it when done")
{
    // util-linux's script runs the command on a pseudo-terminal: stdout and stderr both go to it.
    if (QStandardPaths::findExecutable(s("script")).isEmpty())
        DAYMARK_SKIP("no 'script' command to run daymark-cli on a terminal");
    ExhibitCli diary;
    const QString big = diary.write(s("dashcam.mp4"), pseudoRandom(20 * 1024 * 1024, 5));
    const QString out = diary.file(s("back.mp4"));
    auto onTerminal = [&](const QStringList& arguments) {
        QStringList quoted{s("'%1'").arg(s(DAYMARK_CLI_PATH))};
        for (const QString& argument : arguments)
            quoted << s("'%1'").arg(argument);
        QProcess process;
        process.setProcessEnvironment(diary.env());
        process.start(s("script"), {s("-qec"), quoted.join(u' '), s("/dev/null")});
        REQUIRE(process.waitForFinished(60000));
        CHECK(process.exitCode() == 0);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString attached = onTerminal({s("attach"), diary.path(), s("1"), big});
    INFO(attached.toStdString());
    CHECK(
        attached.contains(QRegularExpression(s("\\rAttaching dashcam\\.mp4: \\d+% \\([0-9.]+ MiB of 20\\.0+ MiB\\)"))));
    CHECK(attached.contains(s("JS/1  %1  %2").arg(sha256sum(big), big)));
    CHECK(attached.contains(QRegularExpression(s("\\r +\\rJS/1  ")))); // the progress line is blanked out first
    const QString extracted = onTerminal({s("extract"), diary.path(), s("JS/1"), out});
    INFO(extracted.toStdString());
    CHECK(extracted.contains(QRegularExpression(s("\\rExtracting JS/1: \\d+% "))));
    CHECK(extracted.contains(s("SHA-256 verified: %1").arg(sha256sum(big))));
    CHECK(readAll(out) == readAll(big));
}
