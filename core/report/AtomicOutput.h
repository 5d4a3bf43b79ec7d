// An export's output file: written under a hidden temporary name beside the target, synced to disk, and only then
// renamed to the target, so a failed or cancelled export leaves no partial file. Never overwrites a file.
#pragma once

#include <QFile>
#include <QString>

namespace daymark::report {

class AtomicOutput
{
public:
    // Throws Error(AlreadyExists) when `target` exists, or the Error of creating the temporary file (private,
    // mode 0600: an export is sensitive).
    explicit AtomicOutput(const QString& target);
    ~AtomicOutput(); // removes the temporary file unless committed
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    QFile& file() { return m_file; }
    const QString& target() const { return m_target; }
    const QString& temporaryPath() const { return m_temporary; }

    // Flushes and syncs the contents to disk and closes the file. Throws Error.
    void sync();
    // Renames the synced file to the target (refusing to replace one that appeared meanwhile) and syncs the folder.
    void commit();

private:
    QString m_target;
    QString m_temporary;
    QFile m_file;
    bool m_committed = false;
};

} // namespace daymark::report
