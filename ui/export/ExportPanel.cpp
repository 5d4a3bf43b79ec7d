// Exports run on a worker thread with the diary behind a window-modal progress dialog; nothing else touches the
// diary until they finish. A bundle check needs no diary at all.
#include "export/ExportPanel.h"

#include "access/DiaryFileDialog.h"
#include "diary/Diary.h"
#include "export/ExportChoices.h"
#include "report/BundleWriter.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"
#include "widgets/ProgressJob.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

ExportPanel::ExportPanel(QWidget* parent)
    : QWidget(parent), m_choices(new ExportChoices(this)), m_pdf(new QPushButton(tr("Make a &PDF timeline…"), this)),
      m_bundle(new QPushButton(tr("Make an evidence &bundle…"), this)),
      m_exportMessage(new InlineMessage(InlineMessage::Kind::Success, this)),
      m_check(new QPushButton(tr("Chec&k a bundle…"), this)),
      m_checkMessage(new InlineMessage(InlineMessage::Kind::Success, this)), m_problems(new QListWidget(this)),
      m_exportJob(new ProgressJob(this, tr("Making the export…"))),
      m_checkJob(new ProgressJob(this, tr("Checking the bundle…")))
{
    setObjectName(QStringLiteral("exportPanel"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdf->setToolTip(tr("A PDF of the chosen incidents, to print or send"));
    m_bundle->setObjectName(QStringLiteral("exportBundleButton"));
    m_bundle->setToolTip(tr("One .zip for the police: the PDF, the original exhibits, CSV and JSON, and a signature "
                            "anyone can check"));
    m_exportMessage->setObjectName(QStringLiteral("exportMessage"));
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_check->setObjectName(QStringLiteral("checkBundleButton"));
    m_check->setToolTip(tr("Check that a bundle is exactly as it was made: every file, and the signature"));
    m_checkMessage->setObjectName(QStringLiteral("checkMessage"));
    m_checkMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problems->setObjectName(QStringLiteral("checkProblems"));
    m_problems->setAccessibleName(tr("Problems found in the bundle"));
    m_problems->setVisible(false);
    m_problems->setWordWrap(true);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(16, 12, 16, 12);
    column->addWidget(pageLayout::makeTitle(tr("Export for the police"), content));
    column->addWidget(pageLayout::makeParagraph(
        tr("Choose what to include, then make a PDF timeline, or an evidence bundle: one .zip file with the PDF, "
           "the original exhibits and a signature, which anyone can check has not been changed. Only what you "
           "choose goes in. Making an export is written in the diary's history."),
        content));
    column->addWidget(m_choices);
    auto* line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    column->addSpacing(8);
    column->addWidget(line);
    column->addWidget(pageLayout::makeParagraph(
        tr("Were you sent a bundle, or do you want to check one before handing it over? Checking needs no diary."),
        content));
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);
    column->addLayout(checkRow);
    column->addWidget(m_checkMessage);
    column->addWidget(m_problems);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("exportScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The two ways to export stay in view below the choices, however far the choices are scrolled.
    auto* actions = new QWidget(this);
    auto* actionsLayout = new QVBoxLayout(actions);
    actionsLayout->setContentsMargins(16, 8, 16, 12);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_bundle);
    actionsLayout->addLayout(buttons);
    actionsLayout->addWidget(m_exportMessage);
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addWidget(rule);
    layout->addWidget(actions);
    setFocusProxy(m_choices);

    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndExport(Kind::Pdf); });
    connect(m_bundle, &QPushButton::clicked, this, [this] { chooseAndExport(Kind::Bundle); });
    connect(m_check, &QPushButton::clicked, this, &ExportPanel::chooseAndCheck);
    connect(m_exportJob, &ProgressJob::failed, this, [this](Error::Kind kind, const QString& message) {
        m_exportMessage->setKind(kind == Error::Kind::Cancelled ? InlineMessage::Kind::Note
                                                                : InlineMessage::Kind::Error);
        m_exportMessage->showMessage(message, kind == Error::Kind::Cancelled ? tr("Cancelled") : tr("Not exported"));
        Q_EMIT exportFinished(false);
    });
    connect(m_checkJob, &ProgressJob::failed, this, [this](Error::Kind, const QString& message) {
        m_checkMessage->setKind(InlineMessage::Kind::Error);
        m_checkMessage->showMessage(message, tr("Could not check the bundle"));
        m_problems->clear();
        m_problems->setVisible(false);
        Q_EMIT checkFinished(false);
    });
    connect(m_exportJob, &ProgressJob::succeeded, this, [this] {
        if (auto done = std::exchange(m_exportDone, {}))
            done();
    });
    connect(m_checkJob, &ProgressJob::succeeded, this, [this] {
        if (auto done = std::exchange(m_checkDone, {}))
            done();
    });
    setDiary(nullptr);
}

ExportPanel::~ExportPanel() = default;

bool ExportPanel::isBusy() const
{
    return m_exportJob->isRunning() || m_checkJob->isRunning();
}

void ExportPanel::setDiary(diary::Diary* diary)
{
    if (!diary)
        m_exportJob->cancelAndWait(); // the worker uses the diary: it must stop before the diary goes
    m_diary = diary;
    m_choices->setDiary(diary);
    m_exportMessage->dismiss();
    m_pdf->setEnabled(diary != nullptr);
    m_bundle->setEnabled(diary != nullptr);
}

void ExportPanel::chooseAndExport(Kind kind)
{
    if (!m_diary || isBusy())
        return;
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        kind == Kind::Pdf
            ? DiaryFileDialog::chooseExportLocation(this, tr("Save the PDF timeline as"),
                                                    QDir(folder).filePath(tr("Timeline %1.pdf").arg(date)),
                                                    tr("PDF files (*.pdf)"))
            : DiaryFileDialog::chooseExportLocation(this, tr("Save the evidence bundle as"),
                                                    QDir(folder).filePath(tr("Evidence bundle %1.zip").arg(date)),
                                                    tr("Zip files (*.zip)"));
    if (path.isEmpty())
        return;
    const QString suffix = kind == Kind::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".zip");
    exportTo(kind, path.endsWith(suffix, Qt::CaseInsensitive) ? path : path + suffix);
}

void ExportPanel::exportTo(Kind kind, const QString& path)
{
    if (!m_diary || isBusy())
        return;
    m_exportMessage->dismiss();
    if (QFileInfo::exists(path)) {
        m_exportMessage->setKind(InlineMessage::Kind::Error);
        m_exportMessage->showMessage(tr("%1 already exists. Daymark never replaces a file: choose another name.")
                                         .arg(QDir::toNativeSeparators(path)),
                                     tr("Not exported"));
        Q_EMIT exportFinished(false);
        return;
    }
    diary::Diary* diary = m_diary;
    const report::ExportSelection selection = m_choices->selection();
    auto result = std::make_shared<report::ExportResult>();
    m_exportDone = [this, kind, result] {
        QString text = kind == Kind::Pdf
                           ? tr("Saved %1 (%2): %n incident(s).", "", result->incidents)
                                 .arg(QDir::toNativeSeparators(result->path), sizeText(result->size))
                           : tr("Saved %1 (%2): %n incident(s), ", "", result->incidents)
                                     .arg(QDir::toNativeSeparators(result->path), sizeText(result->size)) +
                                 tr("%n exhibit file(s).", "", result->exhibits);
        text += u'\n' + tr("Diary fingerprint: %1").arg(result->fingerprint);
        if (kind == Kind::Bundle)
            text += u'\n' + tr("SHA-256 of its manifest: %1").arg(result->sha256);
        m_exportMessage->setKind(InlineMessage::Kind::Success);
        m_exportMessage->showMessage(text, kind == Kind::Pdf ? tr("PDF made") : tr("Evidence bundle made"));
        Q_EMIT diaryChanged();
        Q_EMIT exportFinished(true);
    };
    m_exportJob->start([diary, selection, path, kind, result](const auto& progress, const std::atomic<bool>* cancel) {
        *result = kind == Kind::Pdf ? report::exportPdf(*diary, selection, path, progress, cancel)
                                    : report::exportBundle(*diary, selection, path, progress, cancel);
    });
}

void ExportPanel::chooseAndCheck()
{
    if (isBusy())
        return;
    const QString path = DiaryFileDialog::chooseFile(
        this, tr("Check an evidence bundle"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Evidence bundles (*.zip)"));
    if (!path.isEmpty())
        checkBundle(path);
}

void ExportPanel::checkBundle(const QString& path)
{
    if (isBusy())
        return;
    m_checkMessage->dismiss();
    m_problems->clear();
    m_problems->setVisible(false);
    auto result = std::make_shared<report::BundleVerification>();
    m_checkDone = [this, path, result] { showVerification(path, *result); };
    m_checkJob->start([path, result](const auto& progress, const std::atomic<bool>* cancel) {
        *result = report::verifyBundle(path, progress, cancel);
    });
}

void ExportPanel::showVerification(const QString& path, const report::BundleVerification& result)
{
    const QString name = QFileInfo(path).fileName();
    if (result.ok()) {
        m_checkMessage->setKind(InlineMessage::Kind::Success);
        m_checkMessage->showMessage(
            tr("%1 is exactly as it was made: all %n file(s) match their SHA-256, none was added or removed, and "
               "the signature is valid.",
               "", result.files)
                    .arg(name) +
                u'\n' +
                tr("It was exported on %1 from the diary with fingerprint %2. To be sure it came from that diary, "
                   "compare the fingerprint with one the diary's owner gave you before.")
                    .arg(QLocale().toString(result.exportedAt.toLocalTime(), QLocale::LongFormat), result.fingerprint),
            tr("The bundle checks out"));
        Q_EMIT checkFinished(true);
        return;
    }
    m_checkMessage->setKind(InlineMessage::Kind::Error);
    m_checkMessage->showMessage(
        tr("%1 is not as it was made, or was not signed by the diary it names. Do not rely on it; ask for a new "
           "copy. What is wrong:")
            .arg(name),
        tr("The bundle does not check out"));
    for (const report::BundleProblem& problem : result.problems)
        m_problems->addItem(problem.file.isEmpty() ? problem.sentence
                                                   : tr("%1: %2", "file, problem").arg(problem.file, problem.sentence));
    if (!result.signatureValid && result.problems.empty())
        m_problems->addItem(tr("The signature of manifest.json does not match signing-key.pem."));
    m_problems->setVisible(true);
    Q_EMIT checkFinished(false);
}

} // namespace daymark::ui
