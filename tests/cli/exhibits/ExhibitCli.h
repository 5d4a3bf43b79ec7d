// A diary made with daymark-cli in a temporary folder (adapted from tests/cli/diary/DiaryCli.h, with exhibit
// initials and files to attach), runs of daymark-cli against it, and what shows whether a refused run wrote anything.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace daymark::test::cliexhibits {

// Test text is UTF-8 source text; QT_NO_CAST_FROM_ASCII wants it said.
inline QString s(const char* text)
{
    return QString::fromUtf8(text);
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

class ExhibitCli
{
public:
    // Creates a diary (fast test-only key derivation, time zone Europe/London, C.UTF-8 locale) with these exhibit
    // initials (none: create without --initials) and one incident, #1.
    explicit ExhibitCli(const QString& initials = QStringLiteral("JS"));

    const QString& path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // daymark-cli COMMAND DIARY ARGS...
    Run run(const QString& command, const QStringList& args = {}) const;
    // Any arguments, exactly as given.
    Run runRaw(const QStringList& arguments) const;
    // Runs with --json, requires exit 0 and a JSON object / array on stdout.
    QJsonObject object(const QString& command, const QStringList& args) const;
    QJsonArray array(const QString& command, const QStringList& args) const;
    // Runs and requires exit 0 and nothing on stderr; returns stdout without the trailing newline.
    QString ok(const QString& command, const QStringList& args = {}) const;

    // Adds an incident ("add --type call ...") and returns its number.
    int addIncident(const QString& summary) const;
    // exhibits --include-deleted --json
    QJsonArray exhibits() const;
    QString fingerprint() const;
    QByteArray bytes() const;

    // Writes `data` to a new file in the diary's folder and returns its path.
    QString write(const QString& name, const QByteArray& data) const;

    QProcessEnvironment& env() { return m_env; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QProcessEnvironment m_env;
};

// What sha256sum prints for a file.
QString sha256sum(const QString& path);
QByteArray readAll(const QString& path);

// The state a refused command must leave: the exhibits (deleted ones too), the fingerprint and the file's bytes.
struct Snapshot
{
    explicit Snapshot(const ExhibitCli& diary);
    QJsonArray exhibits;
    QString fingerprint;
    QByteArray bytes;
};

// The refused run changed nothing: exit `code`, nothing on stdout, an explaining sentence containing every one of
// `mentions`, and the exhibits, fingerprint and file are what they were.
void requireRefused(const ExhibitCli& diary, const Run& run, int code, const QStringList& mentions,
                    const Snapshot& before);

} // namespace daymark::test::cliexhibits
