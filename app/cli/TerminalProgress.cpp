// A single progress line on standard error, rewritten in place with a carriage return.
#include "TerminalProgress.h"

#include <QLocale>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace daymark::cli {
namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace

TerminalProgress::TerminalProgress(QTextStream& err, QString sentence, QString name)
    : m_err(err), m_sentence(std::move(sentence)), m_name(std::move(name)), m_terminal(stderrIsTerminal())
{}

TerminalProgress::~TerminalProgress()
{
    finish();
}

evidence::Progress TerminalProgress::callback()
{
    return [this](qint64 done, qint64 total) { show(done, total); };
}

void TerminalProgress::show(qint64 done, qint64 total)
{
    if (!m_terminal || total < kThreshold)
        return;
    const int percent = static_cast<int>(done * 100 / total);
    if (percent == m_percent)
        return;
    m_percent = percent;
    const QLocale locale = QLocale::system();
    const QString line = m_sentence.arg(m_name, QString::number(percent), locale.formattedDataSize(done),
                                        locale.formattedDataSize(total));
    // Pad over a longer earlier line instead of relying on terminal escape sequences.
    m_err << '\r' << line.leftJustified(m_width);
    m_err.flush();
    m_width = std::max(m_width, line.size());
    m_shown = true;
}

void TerminalProgress::finish()
{
    if (!m_shown)
        return;
    m_err << '\r' << QString(m_width, u' ') << '\r';
    m_err.flush();
    m_shown = false;
    m_width = 0;
    m_percent = -1;
}

} // namespace daymark::cli
