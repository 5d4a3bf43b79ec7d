// The languages offered are the translations built into the app (common/Language), plus English.
#include "settings/SettingsDialog.h"

#include "backup/BackupSettingsSection.h"
#include "common/Error.h"
#include "common/Language.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "settings/AppSettings.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QList<std::pair<QString, QString>> availableLanguages()
{
    QList<std::pair<QString, QString>> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString& code : language::available())
        languages.append({code, language::nativeName(code)});
    return languages;
}

SettingsDialog::SettingsDialog(AppSettings& settings, diary::Diary* diary, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_diary(diary), m_autoLock(new QSpinBox(this)),
      m_neutral(new QCheckBox(
          tr("Show a plain &title (\"Notes\") and a plain icon instead of Daymark's, without the diary's name"), this)),
      m_quickExitPage(new QCheckBox(tr("After a &quick exit, also open a weather forecast in the web browser"), this)),
      m_language(new QComboBox(this)),
      m_remember(new QCheckBox(tr("&Remember the diaries I open, on the start screen"), this)),
      m_forget(new QPushButton(tr("&Forget the list now"), this)),
      m_error(new InlineMessage(InlineMessage::Kind::Error, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    if (diary) {
        m_initials = new QLineEdit(this);
        m_initials->setObjectName(QStringLiteral("settingsInitials"));
        m_initials->setAccessibleName(tr("Exhibit initials"));
        m_initials->setMaxLength(4);
        try {
            m_initials->setText(diary->exhibits().initials());
        } catch (const Error& error) {
            m_error->showMessage(error.message());
        }
        form->addRow(tr("Exhibit &initials:"), m_initials);
        form->addRow(QString(), hint(tr("Your initials number new exhibits: JS/1, JS/2 and so on. Exhibits already "
                                        "numbered keep their numbers."),
                                     this));
    }

    m_autoLock->setObjectName(QStringLiteral("settingsAutoLock"));
    m_autoLock->setAccessibleName(tr("Lock after minutes unused"));
    m_autoLock->setRange(0, AppSettings::kMaxAutoLockMinutes);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" minutes"));
    m_autoLock->setValue(settings.autoLockMinutes());
    form->addRow(tr("&Lock after:"), m_autoLock);
    form->addRow(QString(), hint(tr("The diary locks itself when the keyboard and mouse have not been used for this "
                                    "long, so it is not left open on the screen."),
                                 this));
    m_lockOnScreenLock = new QCheckBox(tr("Also lock when the &screen locks or the computer goes to sleep"), this);
    m_lockOnScreenLock->setObjectName(QStringLiteral("settingsLockOnScreenLock"));
    m_lockOnScreenLock->setChecked(settings.lockOnScreenLock());
    form->addRow(m_lockOnScreenLock);
    m_lockOnMinimise = new QCheckBox(tr("Also lock when the window is &minimised"), this);
    m_lockOnMinimise->setObjectName(QStringLiteral("settingsLockOnMinimise"));
    m_lockOnMinimise->setChecked(settings.lockOnMinimise());
    form->addRow(m_lockOnMinimise);

    m_neutral->setObjectName(QStringLiteral("settingsNeutralTitle"));
    m_neutral->setChecked(settings.neutralTitle());
    form->addRow(m_neutral);
    m_quickExitPage->setObjectName(QStringLiteral("settingsQuickExitPage"));
    m_quickExitPage->setChecked(settings.quickExitOpensPage());
    form->addRow(m_quickExitPage);
    form->addRow(QString(), hint(tr("Quick exit (Ctrl+Shift+Q, or Esc twice) hides Daymark and locks the diary at "
                                    "once, then closes it."),
                                 this));

    m_backups = new BackupSettingsSection(settings, this);
    m_backups->addRows(*form);

    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const auto& [code, name] : availableLanguages())
        m_language->addItem(name, code);
    const int chosen = m_language->findData(settings.language());
    m_language->setCurrentIndex(chosen < 0 ? 0 : chosen);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(QString(), hint(tr("A new language shows the next time Daymark starts."), this));

    m_remember->setObjectName(QStringLiteral("settingsRememberRecent"));
    m_remember->setChecked(settings.rememberRecent());
    m_forget->setObjectName(QStringLiteral("settingsForgetRecent"));
    m_forget->setEnabled(!settings.recentDiaries().isEmpty());
    form->addRow(m_remember);
    form->addRow(QString(), hint(tr("Anyone who uses this computer can see that list. Turn it off if someone might "
                                    "look for your diary."),
                                 this));
    auto* forgetRow = new QHBoxLayout;
    forgetRow->addWidget(m_forget);
    forgetRow->addStretch(1);
    form->addRow(QString(), forgetRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // The wrapped hints need the height their width gives them; a dialog does not grow to it by itself, and would
    // squeeze them to one line's height each.
    const int width = sizeHint().width();
    resize(width, heightForWidth(width));

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_settings.forgetRecent();
        m_forget->setEnabled(false);
    });
}

void SettingsDialog::accept()
{
    if (const QString problem = m_backups->problem(); !problem.isEmpty()) {
        m_error->showMessage(problem);
        m_backups->folderField()->setFocus();
        return;
    }
    if (m_initials && m_diary) {
        try {
            const QString initials = m_initials->text().trimmed().toUpper();
            if (initials != m_diary->exhibits().initials())
                m_diary->exhibits().setInitials(initials);
        } catch (const Error& error) {
            m_error->showMessage(error.message());
            m_initials->setFocus();
            return; // nothing else is saved either, so the dialog stays one decision
        }
    }
    m_backups->save(m_settings);
    m_settings.setAutoLockMinutes(m_autoLock->value());
    m_settings.setNeutralTitle(m_neutral->isChecked());
    m_settings.setLockOnScreenLock(m_lockOnScreenLock->isChecked());
    m_settings.setLockOnMinimise(m_lockOnMinimise->isChecked());
    m_settings.setQuickExitOpensPage(m_quickExitPage->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setRememberRecent(m_remember->isChecked());
    QDialog::accept();
}

} // namespace daymark::ui
