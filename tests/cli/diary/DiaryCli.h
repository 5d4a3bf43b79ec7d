// A diary made with daymark-cli in a temporary folder, and runs of daymark-cli against it: the result of each run,
// its JSON, and the diary's fingerprint and bytes to show whether a refused command wrote anything.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace daymark::test::clidiary {

// Test text is UTF-8 source text; QT_NO_CAST_FROM_ASCII wants it said.
inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A JSON array of strings as a list.
inline QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

struct Run
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;

    // stderr without the warning line the test-only key-derivation settings print on every run.
    QStringList errorLines() const;
    // The first error line is "daymark-cli: " and a sentence.
    bool explains() const;
    std::string describe() const;
};

class DiaryCli
{
public:
    // Creates a diary (fast test-only key derivation, time zone Europe/London, C.UTF-8 locale).
    DiaryCli();

    const QString& path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

    // daymark-cli COMMAND DIARY ARGS...
    Run run(const QString& command, const QStringList& args = {}) const;
    // Any arguments, exactly as given.
    Run runRaw(const QStringList& arguments) const;
    // Runs with --json, requires exit 0 and a JSON object / array on stdout.
    QJsonObject object(const QString& command, const QStringList& args) const;
    QJsonArray array(const QString& command, const QStringList& args) const;
    // Runs and requires exit 0; returns stdout without the trailing newline.
    QString ok(const QString& command, const QStringList& args = {}) const;

    // Shorthands over ok()/array(): ids of new records, the listed incidents' numbers.
    QString addIncident(const QStringList& args) const;
    QString addPerson(const QStringList& args) const;
    QString addOrder(const QStringList& args) const;
    QList<int> listNumbers(const QStringList& filters = {}) const;
    QString fingerprint() const;
    QByteArray bytes() const;

    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QProcessEnvironment m_env;
};

// The refused run changed nothing: exit 2, an explaining sentence that contains every one of `mentions`, and the
// diary's bytes are what they were.
void requireRefused(const DiaryCli& diary, const Run& run, const QStringList& mentions, const QByteArray& before);

} // namespace daymark::test::clidiary
