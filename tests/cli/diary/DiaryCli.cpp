// Running daymark-cli against a temporary diary; see DiaryCli.h.
#include "DiaryCli.h"

#include "Catch.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace daymark::test::clidiary {
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

DiaryCli::DiaryCli() : m_env(QProcessEnvironment::systemEnvironment())
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
    const Run created = runRaw({QStringLiteral("create"), m_path});
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);
}

Run DiaryCli::runRaw(const QStringList& arguments) const
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

Run DiaryCli::run(const QString& command, const QStringList& args) const
{
    return runRaw(QStringList{command, m_path} + args);
}

QJsonObject DiaryCli::object(const QString& command, const QStringList& args) const
{
    const QJsonDocument document = parseJson(run(command, args + QStringList{QStringLiteral("--json")}));
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray DiaryCli::array(const QString& command, const QStringList& args) const
{
    const QJsonDocument document = parseJson(run(command, args + QStringList{QStringLiteral("--json")}));
    REQUIRE(document.isArray());
    return document.array();
}

QString DiaryCli::ok(const QString& command, const QStringList& args) const
{
    const Run result = run(command, args);
    INFO(command.toStdString() << ' ' << args.join(u' ').toStdString() << ": " << result.describe());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.errorLines().isEmpty());
    return result.out.trimmed();
}

static QString requireId(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    INFO("printed: " << text.toStdString());
    REQUIRE(uuid.match(text).hasMatch());
    return text;
}

QString DiaryCli::addIncident(const QStringList& args) const
{
    return requireId(ok(QStringLiteral("add"), args));
}

QString DiaryCli::addPerson(const QStringList& args) const
{
    return requireId(ok(QStringLiteral("people"), QStringList{QStringLiteral("add")} + args));
}

QString DiaryCli::addOrder(const QStringList& args) const
{
    return requireId(ok(QStringLiteral("orders"), QStringList{QStringLiteral("add")} + args));
}

QList<int> DiaryCli::listNumbers(const QStringList& filters) const
{
    QList<int> numbers;
    for (const QJsonValue& value : array(QStringLiteral("list"), filters))
        numbers << value.toObject().value(QLatin1String("number")).toInt();
    return numbers;
}

QString DiaryCli::fingerprint() const
{
    const QString text = ok(QStringLiteral("fingerprint"));
    REQUIRE(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4})+$")).match(text).hasMatch());
    return text;
}

QByteArray DiaryCli::bytes() const
{
    QFile file(m_path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void requireRefused(const DiaryCli& diary, const Run& run, const QStringList& mentions, const QByteArray& before)
{
    INFO(run.describe());
    CHECK(run.exitCode == 2);
    CHECK(run.explains());
    CHECK(run.out.isEmpty());
    const QString message = run.errorLines().join(u'\n');
    for (const QString& mention : mentions) {
        INFO("expected the message to mention: " << mention.toStdString());
        CHECK(message.contains(mention, Qt::CaseInsensitive));
    }
    CHECK(diary.bytes() == before);
}

} // namespace daymark::test::clidiary
