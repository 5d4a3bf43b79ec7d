// The header, the guess and the check are the core's (csvHeader, guessCsvMapping, csvMappingProblem); this page
// shows them and keeps the person's answer.
#include "import/ColumnMappingPage.h"

#include "common/Error.h"
#include "import/ImportSession.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFormLayout>
#include <QSettings>
#include <QVBoxLayout>
#include <memory>

namespace daymark::ui {
namespace {

const QString kGroup = QStringLiteral("import/csvColumns/");
const QString kDateFormat = QStringLiteral("dateFormat");

// The app's own settings file (see AppSettings).
std::unique_ptr<QSettings> store()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Daymark"),
                                       QStringLiteral("daymark"));
}

} // namespace

QString ColumnMappingPage::headerSignature(const QStringList& header)
{
    QStringList lower;
    for (const QString& name : header)
        lower << name.trimmed().toLower();
    return QString::fromLatin1(
        QCryptographicHash::hash(lower.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

ColumnMappingPage::ColumnMappingPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_dateFormat(new QComboBox(this)),
      m_message(new InlineMessage(InlineMessage::Kind::Note, this))
{
    setObjectName(QStringLiteral("importColumnsPage"));
    setTitle(tr("Which column holds what"));
    setSubTitle(tr("Call logs saved as a spreadsheet (.csv) differ from phone to phone. Say which column holds "
                   "each thing; Daymark remembers your choice for files with the same columns."));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString& code : importers::CsvColumnMapping::fieldCodes()) {
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("importColumn-") + code);
        box->setMinimumContentsLength(24);
        const QString name = importers::CsvColumnMapping::fieldName(code);
        form->addRow(importers::CsvColumnMapping::isRequired(code) ? tr("%1 (needed):").arg(name) : tr("%1:").arg(name),
                     box);
        m_boxes << box;
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingPage::showProblem);
    }
    m_dateFormat->setObjectName(QStringLiteral("importColumn-dateFormat"));
    m_dateFormat->addItem(tr("Let Daymark work it out"), QStringLiteral("auto"));
    m_dateFormat->addItem(tr("Day first (31/12/2024)"), QStringLiteral("dmy"));
    m_dateFormat->addItem(tr("Month first (12/31/2024)"), QStringLiteral("mdy"));
    m_dateFormat->addItem(tr("Year first (2024-12-31)"), QStringLiteral("ymd"));
    m_dateFormat->addItem(tr("Seconds since 1970 (a long number)"), QStringLiteral("unix"));
    m_dateFormat->addItem(tr("Milliseconds since 1970 (a longer number)"), QStringLiteral("unix-ms"));
    form->addRow(tr("How dates are written:"), m_dateFormat);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ColumnMappingPage::showProblem);
    m_message->setObjectName(QStringLiteral("importColumnsMessage"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

QComboBox* ColumnMappingPage::fieldBox(const QString& code) const
{
    if (code == kDateFormat)
        return m_dateFormat;
    const int k = static_cast<int>(importers::CsvColumnMapping::fieldCodes().indexOf(code));
    return k >= 0 ? m_boxes.at(k) : nullptr;
}

importers::CsvColumnMapping ColumnMappingPage::mapping() const
{
    importers::CsvColumnMapping mapping;
    const QStringList codes = importers::CsvColumnMapping::fieldCodes();
    for (int k = 0; k < codes.size(); ++k)
        mapping.setColumn(codes.at(k), m_boxes.at(k)->currentData().toString());
    mapping.dateFormat = m_dateFormat->currentData().toString();
    return mapping;
}

void ColumnMappingPage::apply(const importers::CsvColumnMapping& mapping)
{
    const QStringList codes = importers::CsvColumnMapping::fieldCodes();
    for (int k = 0; k < codes.size(); ++k) {
        const int row = m_boxes.at(k)->findData(mapping.column(codes.at(k)));
        m_boxes.at(k)->setCurrentIndex(std::max(row, 0));
    }
    const int format = m_dateFormat->findData(mapping.dateFormat);
    m_dateFormat->setCurrentIndex(std::max(format, 0));
}

void ColumnMappingPage::initializePage()
{
    m_header.clear();
    QString problem;
    try {
        m_header = importers::csvHeader(m_session.path);
    } catch (const Error& error) {
        problem = error.message();
    }
    for (QComboBox* box : std::as_const(m_boxes)) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(not in this file)"), QString());
        for (int column = 0; column < m_header.size(); ++column)
            box->addItem(m_header.at(column).isEmpty() ? tr("Column %1").arg(column + 1) : m_header.at(column),
                         m_header.at(column));
    }
    if (!recall())
        apply(m_session.csvMapping ? *m_session.csvMapping : importers::guessCsvMapping(m_header));
    if (!problem.isEmpty()) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(problem, tr("This file cannot be read as a call log"));
    } else {
        showProblem();
    }
    Q_EMIT completeChanged();
}

void ColumnMappingPage::showProblem()
{
    if (m_header.isEmpty())
        return;
    const QString problem = importers::csvMappingProblem(mapping(), m_header);
    if (problem.isEmpty()) {
        m_message->dismiss();
    } else {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(problem);
    }
    Q_EMIT completeChanged();
}

bool ColumnMappingPage::isComplete() const
{
    return !m_header.isEmpty() && importers::csvMappingProblem(mapping(), m_header).isEmpty();
}

bool ColumnMappingPage::validatePage()
{
    const importers::CsvColumnMapping chosen = mapping();
    if (!m_session.source)
        return false;
    m_session.csvMapping = chosen;
    m_session.source->setCsvMapping(chosen);
    m_session.parsed = false; // the preview reads the file again with these columns
    remember();
    return true;
}

void ColumnMappingPage::remember() const
{
    const auto stored = store();
    stored->beginGroup(kGroup + headerSignature(m_header));
    stored->remove(QString());
    const importers::CsvColumnMapping chosen = mapping();
    for (const QString& code : importers::CsvColumnMapping::fieldCodes())
        if (!chosen.column(code).isEmpty())
            stored->setValue(code, chosen.column(code)); // the column's name, nothing from the rows
    stored->setValue(kDateFormat, chosen.dateFormat);
    stored->endGroup();
}

bool ColumnMappingPage::recall()
{
    const auto stored = store();
    stored->beginGroup(kGroup + headerSignature(m_header));
    if (stored->childKeys().isEmpty())
        return false;
    importers::CsvColumnMapping remembered;
    for (const QString& code : importers::CsvColumnMapping::fieldCodes())
        remembered.setColumn(code, stored->value(code).toString());
    remembered.dateFormat = stored->value(kDateFormat, QStringLiteral("auto")).toString();
    apply(remembered);
    return true;
}

} // namespace daymark::ui
