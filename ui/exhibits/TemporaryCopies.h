// Decrypted copies of exhibits handed to another program (a video player, a PDF reader): the one place Daymark
// writes plain evidence to disk, and only when the person has been warned. Copies go into one private folder
// (mode 0700, files 0600), preferably in the session's runtime folder (memory-backed on most Linux systems), and
// wipeAll() overwrites each file with zeros and removes it, then the folder. The diary page calls it when the
// diary is locked or closed, and the destructor calls it when the app exits.
//
// Overwriting is best effort: a program may have copied the file elsewhere, and on SSDs and copy-on-write file
// systems the old blocks may survive. Hence the memory-backed folder first, and the warning before any copy.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QIODevice;
class QTemporaryDir;

namespace daymark::ui {

class TemporaryCopies
{
    Q_DECLARE_TR_FUNCTIONS(daymark::ui::TemporaryCopies)

public:
    // `base`: where to make the private folder; empty means the runtime folder, else the system's temporary one.
    explicit TemporaryCopies(QString base = {});
    ~TemporaryCopies();
    TemporaryCopies(const TemporaryCopies&) = delete;
    TemporaryCopies& operator=(const TemporaryCopies&) = delete;

    // Writes `bytes` to a new file named after `fileName` (made safe; never overwriting another copy) and returns
    // its path. Throws daymark::Error when the copy cannot be written (nothing is left behind then).
    QString add(const QString& fileName, const QByteArray& bytes);
    // The same, with `write` filling the opened file (for streaming a large exhibit); `write` throws to fail.
    QString add(const QString& fileName, const std::function<void(QIODevice&)>& write);

    // Overwrites every copy with zeros, removes it, and removes the private folder. Safe to call at any time.
    void wipeAll();

    QStringList paths() const { return m_paths; }
    // The private folder, or empty while there is none.
    QString folder() const;

private:
    void ensureFolder();
    QString freePath(const QString& fileName) const;

    QString m_base;
    std::unique_ptr<QTemporaryDir> m_folder;
    QStringList m_paths;
};

} // namespace daymark::ui
