// The first page of the Import wizard: which file, and what kind of export it is (guessed from the file where that
// is clear; the person can change it). Formats the core cannot read yet are listed but cannot be chosen.
#pragma once

#include "importers/ImportSource.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace daymark::ui {

class InlineMessage;
struct ImportSession;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSession& session, QWidget* parent = nullptr);

    // Takes `path` as if chosen in the file dialog, and guesses its format.
    void setFile(const QString& path);
    void setFormat(importers::ImportFormat format);
    std::optional<importers::ImportFormat> format() const;
    QComboBox* formatBox() const { return m_format; }
    InlineMessage* message() const { return m_message; }

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void chooseFile();

    ImportSession& m_session;
    QLineEdit* m_path;
    QPushButton* m_choose;
    QComboBox* m_format;
    InlineMessage* m_message;
};

} // namespace daymark::ui
