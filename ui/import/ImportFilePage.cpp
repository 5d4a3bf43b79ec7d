// The file is opened (and a zip's names and sizes checked) when the person moves on, so a bad zip is named here.
#include "import/ImportFilePage.h"

#include "access/DiaryFileDialog.h"
#include "common/Error.h"
#include "import/ImportFormatGuess.h"
#include "import/ImportSession.h"
#include "import/ImportWizard.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace daymark::ui {

ImportFilePage::ImportFilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_path(new QLineEdit(this)),
      m_choose(new QPushButton(tr("&Choose the file…"), this)), m_format(new QComboBox(this)),
      m_message(new InlineMessage(InlineMessage::Kind::Note, this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Bring in messages and calls"));
    setSubTitle(tr("Each message or call you choose becomes an incident in your diary, with its exact words and "
                   "time. The file itself is kept as an exhibit, just as the phone made it."));

    auto* help = pageLayout::makeParagraph(
        tr("First make an export on the phone: in WhatsApp open the chat, then More, then Export chat (with media "
           "if you want the photos). For text messages and calls on Android, the SMS Backup & Restore app saves them "
           "as .xml files; Telegram, Instagram and Signal have their own exports too. Copy the file to this computer, "
           "then "
           "choose it here."),
        this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen yet"));
    m_path->setAccessibleName(tr("The export file"));
    m_choose->setObjectName(QStringLiteral("importChooseFile"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    for (const QString& code : importers::formatCodes()) {
        const auto format = importers::formatFromCode(code);
        if (!format)
            continue;
        const bool available = importers::isImplemented(*format);
        m_format->addItem(available ? importers::formatName(*format)
                                    : tr("%1 (not available yet)").arg(importers::formatName(*format)),
                          code);
        if (!available) // a disabled row: seen, but not chosen
            m_format->setItemData(m_format->count() - 1, 0, Qt::UserRole - 1);
    }
    m_message->setObjectName(QStringLiteral("importFileMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addSpacing(8);
    layout->addLayout(pageLayout::makeLabelledField(tr("&Export file"), m_path, m_choose));
    layout->addSpacing(8);
    layout->addLayout(pageLayout::makeLabelledField(tr("What &kind of export is it?"), m_format));
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_message->dismiss();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::chooseFile()
{
    const QString current = m_path->text();
    const QString folder = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                             : QFileInfo(current).absolutePath();
    const QString path = DiaryFileDialog::chooseFile(this, tr("Choose the export file"), folder,
                                                     tr("Exports (*.txt *.zip *.xml *.eml *.mbox *.csv *.json)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::setFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_message->dismiss();
    if (const auto guess = guessImportFormat(path)) {
        setFormat(*guess);
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("This looks like a %1. If it is something else, choose what it is above.")
                                   .arg(importers::formatName(*guess)));
    } else {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("Daymark cannot tell what kind of export this is. Please choose it above."));
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::setFormat(importers::ImportFormat format)
{
    const int row = m_format->findData(importers::formatCode(format));
    if (row >= 0)
        m_format->setCurrentIndex(row);
}

std::optional<importers::ImportFormat> ImportFilePage::format() const
{
    return importers::formatFromCode(m_format->currentData().toString());
}

bool ImportFilePage::isComplete() const
{
    const auto chosen = format();
    return !m_path->text().isEmpty() && chosen && importers::isImplemented(*chosen);
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text());
    const auto chosen = format();
    if (!chosen)
        return false;
    if (m_session.source && m_session.path == path && m_session.format == *chosen)
        return true; // back and forward again: what was read stays
    try {
        auto source = std::make_unique<importers::ImportSource>(*chosen, path);
        m_session.source = std::move(source);
        m_session.path = path;
        m_session.format = *chosen;
        m_session.dateOrder.clear();
        m_session.parsed = false;
        return true;
    } catch (const Error& error) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(error.message(), tr("This file cannot be imported"));
        return false;
    }
}

int ImportFilePage::nextId() const
{
    const auto chosen = format();
    return chosen && *chosen == importers::ImportFormat::Csv ? ImportWizard::ColumnsPageId
                                                             : ImportWizard::PreviewPageId;
}

} // namespace daymark::ui
