// daymark-cli export-bundle, export-pdf and verify end to end: a bundle from `daymark-cli demo` checked with the
// outside tools a police officer has (unzip -t, sha256sum -c, openssl pkeyutl -verify, pdfinfo, pdftotext), verify
// failing and naming the file for any change, removal or addition, filters choosing incidents, refusals that
// write nothing.
#include "Catch.h"
#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daymark::test::cli;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A demo diary made by daymark-cli in a temporary folder, and the environment to run against it.
struct Demo
{
    Demo()
    {
        REQUIRE(runtime.isValid());
        env.set(s("XDG_RUNTIME_DIR"), runtime.path()).set(s("TZ"), s("Europe/London"));
        const CliResult made = runCli({s("demo"), diary, s("--incidents"), s("40"), s("--seed"), s("3")}, env);
        INFO(made.describe());
        REQUIRE(made.exitCode == 0);
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    CliResult cli(const QStringList& arguments) const { return runCli(arguments, env, dir.path()); }
    QJsonArray list(const QStringList& filters = {}) const
    {
        const CliResult r = cli(QStringList{s("list"), diary, s("--json")} + filters);
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QTemporaryDir dir;
    QTemporaryDir runtime;
    QString diary = dir.filePath(s("demo.daymark"));
    CliEnv env = CliEnv::fast().password(s("demo"));
};

CliResult tool(const QString& program, const QStringList& arguments, const QString& workDir = {})
{
    return runProgram(program, arguments, CliEnv::fast(), workDir);
}

QString unzipped(const Demo& demo, const QString& zip, const QString& name)
{
    const QString folder = demo.path(name);
    REQUIRE(QDir().mkpath(folder));
    const CliResult r = tool(s("unzip"), {s("-q"), zip, s("-d"), folder});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    return folder;
}

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

void rezip(const QString& folder, const QString& zip)
{
    const CliResult r = tool(s("zip"), QStringList{s("-q"), s("-X"), s("-D"), zip} + filesUnder(folder), folder);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}

// A refusal explained on stderr: "daymark-cli: " and a sentence (which may begin with a path or an option name).
bool explains(const CliResult& result)
{
    const QStringList lines = result.errorLines();
    return !lines.isEmpty() && lines.first().startsWith(s("daymark-cli: ")) && lines.first().endsWith(u'.') &&
           lines.first().count(u' ') >= 4 && result.out.isEmpty();
}

} // namespace

TEST_CASE("export-bundle makes a bundle that unzip, sha256sum, openssl, pdfinfo, pdftotext and verify accept")
{
    Demo demo;
    const QString zip = demo.path(s("bundle.zip"));
    const CliResult made = demo.cli({s("export-bundle"), demo.diary, zip});
    INFO(made.describe());
    REQUIRE(made.exitCode == 0);
    CHECK(made.errorLines().isEmpty());
    CHECK(made.out.contains(s("Evidence bundle written to ")));

    const CliResult test = tool(s("unzip"), {s("-t"), zip});
    CHECK(test.exitCode == 0);
    const QString folder = unzipped(demo, zip, s("out"));
    const CliResult sums = tool(s("sha256sum"), {s("-c"), s("--strict"), s("SHA256SUMS")}, folder);
    INFO(sums.describe());
    CHECK(sums.exitCode == 0);
    CHECK(sums.out.count(s(": OK")) == filesUnder(folder).size() - 1);
    const CliResult openssl = tool(s("openssl"),
                                   {s("pkeyutl"), s("-verify"), s("-pubin"), s("-inkey"), s("signing-key.pem"),
                                    s("-rawin"), s("-in"), s("manifest.json"), s("-sigfile"), s("manifest.sig")},
                                   folder);
    INFO(openssl.describe());
    CHECK(openssl.exitCode == 0);
    CHECK(openssl.out.contains(s("Signature Verified Successfully")));

    const CliResult info = tool(s("pdfinfo"), {folder + s("/timeline.pdf")});
    CHECK(info.exitCode == 0);
    const CliResult text = tool(s("pdftotext"), {s("-layout"), folder + s("/timeline.pdf"), s("-")});
    REQUIRE(text.exitCode == 0);
    const QString pdfText = text.out.simplified();
    const QJsonArray incidents = demo.list();
    REQUIRE(incidents.size() > 20);
    for (const QJsonValue& v : incidents) {
        const QString summary = v.toObject().value(s("summary")).toString();
        INFO(summary.toStdString());
        CHECK(pdfText.contains(summary.simplified()));
    }
    const QJsonObject manifest = QJsonDocument::fromJson(readBytes(folder + s("/manifest.json"))).object();
    const QJsonArray labels = manifest.value(s("exhibits")).toArray();
    REQUIRE_FALSE(labels.isEmpty());
    for (const QJsonValue& label : labels)
        CHECK(pdfText.contains(label.toString()));

    const CliResult verified = demo.cli({s("verify"), zip});
    INFO(verified.describe());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(s(": verified.")));

    // The diary recorded the export and is still sound.
    const CliResult check = demo.cli({s("check"), demo.diary});
    CHECK(reportsSound(check));
}

TEST_CASE("verify exits 4 and names the file when any file is changed, removed or added")
{
    Demo demo;
    const QString zip = demo.path(s("bundle.zip"));
    REQUIRE(demo.cli({s("export-bundle"), demo.diary, zip, s("--to"), s("2026-09-30")}).exitCode == 0);
    const QString original = unzipped(demo, zip, s("original"));
    const QStringList files = filesUnder(original);
    int n = 0;
    for (const QString& file : files) {
        const QString changed = unzipped(demo, zip, s("changed%1").arg(++n));
        QFile f(changed + u'/' + file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes.append('\n');
        f.seek(0);
        f.write(bytes);
        f.close();
        rezip(changed, changed + s(".zip"));
        const CliResult r = demo.cli({s("verify"), changed + s(".zip")});
        INFO(file.toStdString() << "\n" << r.describe());
        CHECK(r.exitCode == 4);
        CHECK(r.out.contains(s("NOT verified")));
        CHECK(r.out.contains(s("  - ") + file));

        const QString removed = unzipped(demo, zip, s("removed%1").arg(n));
        REQUIRE(QFile::remove(removed + u'/' + file));
        rezip(removed, removed + s(".zip"));
        const CliResult gone = demo.cli({s("verify"), removed + s(".zip")});
        INFO(gone.describe());
        CHECK(gone.exitCode == 4);
        CHECK(gone.out.contains(file));
    }
    const QString added = unzipped(demo, zip, s("added"));
    QFile extra(added + s("/notes for court.txt"));
    REQUIRE(extra.open(QIODevice::WriteOnly));
    extra.write("added later");
    extra.close();
    rezip(added, added + s(".zip"));
    const CliResult r = demo.cli({s("verify"), added + s(".zip")});
    CHECK(r.exitCode == 4);
    CHECK(r.out.contains(s("notes for court.txt")));

    const CliResult notZip = demo.cli({s("verify"), demo.diary});
    CHECK(notZip.exitCode == 5);
    CHECK(explains(notZip));
}

TEST_CASE("export filters choose the incidents, and redacted text is nowhere in the bundle")
{
    Demo demo;
    const QJsonArray calls = demo.list({s("--type"), s("call")});
    REQUIRE_FALSE(calls.isEmpty());
    const QString zip = demo.path(s("calls.zip"));
    const CliResult made = demo.cli({s("export-bundle"), demo.diary, zip, s("--type"), s("call"), s("--json"),
                                     s("--redact"), s("place"), s("--redact-text"), s("withheld")});
    INFO(made.describe());
    REQUIRE(made.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(made.out.toUtf8()).object();
    CHECK(result.value(s("incidents")).toInt() == calls.size());
    const QString folder = unzipped(demo, zip, s("calls"));
    QFile json(folder + s("/incidents.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonArray exported = QJsonDocument::fromJson(json.readAll()).object().value(s("incidents")).toArray();
    CHECK(exported.size() == calls.size());
    for (const QJsonValue& v : exported)
        CHECK(v.toObject().value(s("type")).toString() == s("call"));
    for (const QString& file : filesUnder(folder)) {
        QFile f(folder + u'/' + file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK_FALSE(QString::fromUtf8(f.readAll()).contains(s("withheld"), Qt::CaseInsensitive));
    }
    const CliResult text = tool(s("pdftotext"), {folder + s("/timeline.pdf"), s("-")});
    CHECK_FALSE(text.out.contains(s("withheld"), Qt::CaseInsensitive));

    // Picked by hand: exactly these.
    const QJsonArray all = demo.list();
    const QString two = demo.path(s("two.pdf"));
    const CliResult pdf = demo.cli({s("export-pdf"), demo.diary, two, s("--incident"),
                                    QString::number(all[0].toObject().value(s("number")).toInt()), s("--incident"),
                                    QString::number(all[5].toObject().value(s("number")).toInt()), s("--json")});
    INFO(pdf.describe());
    REQUIRE(pdf.exitCode == 0);
    CHECK(QJsonDocument::fromJson(pdf.out.toUtf8()).object().value(s("incidents")).toInt() == 2);
    CHECK(tool(s("pdfinfo"), {two}).exitCode == 0);
}

TEST_CASE("export refuses an existing file, an unknown field and a deleted incident without writing anything")
{
    Demo demo;
    const QString existing = demo.path(s("mine.zip"));
    QFile mine(existing);
    REQUIRE(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    const FileStamp diaryBefore = stampOf(demo.diary);

    const CliResult exists = demo.cli({s("export-bundle"), demo.diary, existing});
    INFO(exists.describe());
    CHECK(exists.exitCode == 5);
    CHECK(explains(exists));
    CHECK(readBytes(existing) == QByteArray("mine"));

    const CliResult field = demo.cli({s("export-bundle"), demo.diary, demo.path(s("x.zip")), s("--redact"), s("nose")});
    CHECK(field.exitCode == 2);
    CHECK(explains(field));
    CHECK(field.errorLines().join(u' ').contains(s("place")));

    const CliResult paper = demo.cli({s("export-pdf"), demo.diary, demo.path(s("x.pdf")), s("--paper"), s("a3")});
    CHECK(paper.exitCode == 2);
    CHECK(explains(paper));

    const CliResult deleted =
        demo.list({s("--deleted")}).isEmpty()
            ? CliResult{}
            : demo.cli({s("export-pdf"), demo.diary, demo.path(s("x.pdf")), s("--incident"),
                        QString::number(demo.list({s("--deleted")})[0].toObject().value(s("number")).toInt())});
    if (deleted.exitCode != -1) {
        CHECK(deleted.exitCode == 2);
        CHECK(explains(deleted));
    }
    CHECK(stampOf(demo.diary) == diaryBefore);
    CHECK(entriesOf(demo.dir.path()) == QStringList{s("demo.daymark"), s("mine.zip")});
}
