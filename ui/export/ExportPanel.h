// The Export panel: choose what goes in, then make the PDF timeline or the signed evidence bundle (on a worker
// thread, with progress and cancel); and check a bundle someone sent, showing whether it verifies and what fails.
#pragma once

#include "report/BundleVerifier.h"

#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class ExportChoices;
class InlineMessage;
class ProgressJob;

class ExportPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Pdf, Bundle };

    explicit ExportPanel(QWidget* parent = nullptr);
    ~ExportPanel() override;

    void setDiary(diary::Diary* diary);
    // Makes the export at `path` (a new file) from the current choices; exportFinished() follows.
    void exportTo(Kind kind, const QString& path);
    // Checks the bundle at `path`; checkFinished() follows.
    void checkBundle(const QString& path);

    ExportChoices* choices() const { return m_choices; }
    InlineMessage* exportMessage() const { return m_exportMessage; }
    InlineMessage* checkMessage() const { return m_checkMessage; }
    QListWidget* problemList() const { return m_problems; }
    bool isBusy() const;

Q_SIGNALS:
    void exportFinished(bool ok);
    void checkFinished(bool ok);
    // After an export (it is a journal record), so other panels can refresh.
    void diaryChanged();

private:
    void chooseAndExport(Kind kind);
    void chooseAndCheck();
    void showVerification(const QString& path, const report::BundleVerification& result);

    diary::Diary* m_diary = nullptr;
    ExportChoices* m_choices;
    QPushButton* m_pdf;
    QPushButton* m_bundle;
    InlineMessage* m_exportMessage;
    QPushButton* m_check;
    InlineMessage* m_checkMessage;
    QListWidget* m_problems;
    ProgressJob* m_exportJob;
    ProgressJob* m_checkJob;
    std::function<void()> m_exportDone;
    std::function<void()> m_checkDone;
};

} // namespace daymark::ui
