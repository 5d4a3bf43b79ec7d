// A read-only filter in front of an SMS Backup & Restore file that mends its known character-reference quirk: the app
// writes emoji as two references to UTF-16 halves ("&#55357;&#56832;"), which XML forbids. The pair becomes one
// reference ("&#128512;"); a lone half or a control character no XML may hold becomes U+FFFD. Nothing else changes.
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace daymark::importers {

class XmlCharRefRepair : public QIODevice
{
public:
    explicit XmlCharRefRepair(QIODevice& source);
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 repaired() const { return m_repaired; } // references changed so far

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void fill();

    QIODevice& m_source;
    QByteArray m_pending; // read from the source, not yet examined
    QByteArray m_ready;   // examined, waiting to be read
    qsizetype m_readyPos = 0;
    qint64 m_repaired = 0;
};

} // namespace daymark::importers
