// Call-log CSV files differ from phone to phone, so the person says which column holds what (a combo box per field
// of the core's CsvColumnMapping: date, time, number, name, direction, duration, and how dates are written), filled
// from the file's header row and first guessed from common column names. The choice is remembered for files with the
// same header (only the column names, never anything from the rows), so the next export of the same phone needs
// no mapping.
#pragma once

#include "importers/CallLogCsv.h"

#include <QStringList>
#include <QWizardPage>

class QComboBox;

namespace daymark::ui {

class InlineMessage;
struct ImportSession;

class ColumnMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    // A short code for a header: files with the same columns share it.
    static QString headerSignature(const QStringList& header);

    ColumnMappingPage(ImportSession& session, QWidget* parent = nullptr);

    // The combo box of a field ("date", "number", …; "dateFormat" for how dates are written).
    QComboBox* fieldBox(const QString& code) const;
    importers::CsvColumnMapping mapping() const;
    const QStringList& header() const { return m_header; }
    InlineMessage* message() const { return m_message; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void apply(const importers::CsvColumnMapping& mapping);
    void showProblem();
    void remember() const;
    bool recall();

    ImportSession& m_session;
    QStringList m_header;
    QList<QComboBox*> m_boxes; // in the order of CsvColumnMapping::fieldCodes()
    QComboBox* m_dateFormat;
    InlineMessage* m_message;
};

} // namespace daymark::ui
