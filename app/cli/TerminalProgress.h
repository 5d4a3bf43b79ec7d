// Progress of long work (attaching or extracting a big file) on standard error, only when it is a terminal: scripts
// and logs get no progress lines.
#pragma once

#include "evidence/BlobStore.h"

#include <QString>
#include <QTextStream>

namespace daymark::cli {

class TerminalProgress
{
public:
    // Files smaller than this finish too quickly to need progress.
    static constexpr qint64 kThreshold = 16 * 1024 * 1024;

    // `sentence` takes the file name (%1), the percentage (%2), the bytes done (%3) and the total (%4), e.g.
    // "Attaching %1: %2% (%3 of %4)".
    TerminalProgress(QTextStream& err, QString sentence, QString name);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    // The callback for core's long work; it shows nothing unless standard error is a terminal and the work is big.
    evidence::Progress callback();
    // Clears the progress line, if one was shown.
    void finish();

private:
    void show(qint64 done, qint64 total);

    QTextStream& m_err;
    QString m_sentence;
    QString m_name;
    bool m_terminal = false;
    bool m_shown = false;
    int m_percent = -1;
    qsizetype m_width = 0;
};

} // namespace daymark::cli
