// The wizard owns the shared session; pages own their workers, which it stops before anything they use goes.
#include "import/ImportWizard.h"

#include "import/ColumnMappingPage.h"
#include "import/ImportChoosePage.h"
#include "import/ImportDonePage.h"
#include "import/ImportFilePage.h"
#include "import/ImportOptionsPage.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportSession.h"

namespace daymark::ui {

ImportWizard::ImportWizard(diary::Diary& diary, QWidget* parent)
    : QWizard(parent), m_session(std::make_unique<ImportSession>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import messages and calls"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    m_session->diary = &diary;
    m_session->model = new ImportPreviewModel(this);

    m_filePage = new ImportFilePage(*m_session, this);
    m_columnsPage = new ColumnMappingPage(*m_session, this);
    m_previewPage = new ImportPreviewPage(*m_session, this);
    m_choosePage = new ImportChoosePage(*m_session, this);
    m_optionsPage = new ImportOptionsPage(*m_session, this);
    m_donePage = new ImportDonePage(*m_session, this);
    setPage(FilePageId, m_filePage);
    setPage(ColumnsPageId, m_columnsPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ChoosePageId, m_choosePage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(DonePageId, m_donePage);
    setStartId(FilePageId);

    connect(m_optionsPage, &ImportOptionsPage::committed, this, &ImportWizard::imported);
    connect(m_donePage, &ImportDonePage::showInTimelineRequested, this, [this](qint64 first, qint64 last) {
        Q_EMIT showInTimelineRequested(first, last);
        accept();
    });
    resize(920, 700);
}

ImportWizard::~ImportWizard()
{
    stopWork(); // before the session and the pages' rows go
}

void ImportWizard::stopWork()
{
    m_previewPage->stopWork();
    m_optionsPage->stopWork();
}

ImportPreviewModel* ImportWizard::model() const
{
    return m_session->model;
}

void ImportWizard::reject()
{
    stopWork();
    QWizard::reject();
}

} // namespace daymark::ui
