// Running daymark-cli against a temporary diary; see ExhibitCli.h.
#include "ExhibitCli.h"

#include "Catch.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace daymark::test::cliexhibits {
namespace {

const QString kInsecureWarning = QStringLiteral("WARNING: insecure test-only key-derivation settings");
const QString kPassword = QStringLiteral("correct horse battery staple");

QJsonDocument parseJson(const Run& run)
{
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

} // namespace

QStringList Run::errorLines() const
{
    QStringList lines;
    for (const QString& line : err.split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(kInsecureWarning))
            lines << line;
    return lines;
}

bool Run::explains() const
{
    const QStringList lines = errorLines();
    if (lines.isEmpty())
        return false;
    const QString& line = lines.first();
    static const QString prefix = QStringLiteral("daymark-cli: ");
    return line.startsWith(prefix) && line.size() > prefix.size() + 10 && line.endsWith(u'.') && line.count(u' ') >= 4;
}

std::string Run::describe() const
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(exitCode).arg(out, err).toStdString();
}

ExhibitCli::ExhibitCli(const QString& initials) : m_env(QProcessEnvironment::systemEnvironment())
{
    REQUIRE(m_dir.isValid());
    for (const QString& name : m_env.keys())
        if (name.startsWith(QLatin1String("DAYMARK_")) || name == QLatin1String("LD_PRELOAD") ||
            name.startsWith(QLatin1String("LC_")))
            m_env.remove(name);
    m_env.insert(QStringLiteral("DAYMARK_INSECURE_TEST_KDF"), QStringLiteral("1"));
    m_env.insert(QStringLiteral("DAYMARK_PASSWORD"), kPassword);
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/London"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_path = m_dir.filePath(QStringLiteral("diary.daymark"));
    QStringList create{QStringLiteral("create"), m_path};
    if (!initials.isEmpty())
        create << QStringLiteral("--initials") << initials;
    const Run created = runRaw(create);
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);
    REQUIRE(addIncident(QStringLiteral("He rang 14 times")) == 1);
}

Run ExhibitCli::runRaw(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(DAYMARK_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

Run ExhibitCli::run(const QString& command, const QStringList& args) const
{
    return runRaw(QStringList{command, m_path} + args);
}

QJsonObject ExhibitCli::object(const QString& command, const QStringList& args) const
{
    const QJsonDocument document = parseJson(run(command, args + QStringList{QStringLiteral("--json")}));
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray ExhibitCli::array(const QString& command, const QStringList& args) const
{
    const QJsonDocument document = parseJson(run(command, args + QStringList{QStringLiteral("--json")}));
    REQUIRE(document.isArray());
    return document.array();
}

QString ExhibitCli::ok(const QString& command, const QStringList& args) const
{
    const Run result = run(command, args);
    INFO(command.toStdString() << ' ' << args.join(u' ').toStdString() << ": " << result.describe());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.errorLines().isEmpty());
    return result.out.trimmed();
}

int ExhibitCli::addIncident(const QString& summary) const
{
    return object(QStringLiteral("add"), {QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--at"),
                                          QStringLiteral("2026-03-01T21:15"), QStringLiteral("--summary"), summary})
        .value(QLatin1String("number"))
        .toInt();
}

QJsonArray ExhibitCli::exhibits() const
{
    return array(QStringLiteral("exhibits"), {QStringLiteral("--include-deleted")});
}

QString ExhibitCli::fingerprint() const
{
    const QString text = ok(QStringLiteral("fingerprint"));
    REQUIRE(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4})+$")).match(text).hasMatch());
    return text;
}

QByteArray ExhibitCli::bytes() const
{
    return readAll(m_path);
}

QString ExhibitCli::write(const QString& name, const QByteArray& data) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::NewOnly));
    REQUIRE(file.write(data) == data.size());
    file.close();
    return path;
}

QString sha256sum(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("sha256sum"), {QStringLiteral("--"), path});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QString hash = QString::fromLatin1(process.readAllStandardOutput()).section(u' ', 0, 0);
    REQUIRE(hash.size() == 64);
    return hash;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Snapshot::Snapshot(const ExhibitCli& diary)
    : exhibits(diary.exhibits()), fingerprint(diary.fingerprint()), bytes(diary.bytes())
{}

void requireRefused(const ExhibitCli& diary, const Run& run, int code, const QStringList& mentions,
                    const Snapshot& before)
{
    INFO(run.describe());
    CHECK(run.exitCode == code);
    CHECK(run.explains());
    CHECK(run.out.isEmpty());
    const QString message = run.errorLines().join(u'\n');
    for (const QString& mention : mentions) {
        INFO("expected the message to mention: " << mention.toStdString());
        CHECK(message.contains(mention, Qt::CaseInsensitive));
    }
    CHECK(diary.exhibits() == before.exhibits);
    CHECK(diary.fingerprint() == before.fingerprint);
    CHECK(diary.bytes() == before.bytes);
}

} // namespace daymark::test::cliexhibits
