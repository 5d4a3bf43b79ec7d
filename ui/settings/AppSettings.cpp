// QSettings in INI form under the organisation "Daymark"; values are checked on the way out, so a hand-edited
// file cannot make the app misbehave.
#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace daymark::ui {
namespace {

const QString kAutoLock = QStringLiteral("lock/autoLockMinutes");
const QString kNeutral = QStringLiteral("appearance/neutralTitle");
const QString kQuickExitPage = QStringLiteral("safety/quickExitOpensPage");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kRemember = QStringLiteral("recent/remember");
const QString kRecent = QStringLiteral("recent/diaries");
const QString kLockOnScreenLock = QStringLiteral("lock/onScreenLock");
const QString kLockOnMinimise = QStringLiteral("lock/onMinimise");
const QString kFirstRunDone = QStringLiteral("safety/firstRunDone");
const QString kBackups = QStringLiteral("backup/enabled");
const QString kBackupEveryUnlock = QStringLiteral("backup/everyUnlock");
const QString kBackupFolder = QStringLiteral("backup/folder");
const QString kBackupsToKeep = QStringLiteral("backup/keep");

} // namespace

AppSettings::AppSettings()
    : m_store(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Daymark"),
                                          QStringLiteral("daymark")))
{}

AppSettings::~AppSettings() = default;

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_store->value(kAutoLock, kDefaultAutoLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, kMaxAutoLockMinutes) : kDefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_store->setValue(kAutoLock, std::clamp(minutes, 0, kMaxAutoLockMinutes));
}

bool AppSettings::neutralTitle() const
{
    return m_store->value(kNeutral, false).toBool();
}

void AppSettings::setNeutralTitle(bool neutral)
{
    m_store->setValue(kNeutral, neutral);
}

bool AppSettings::backupsEnabled() const
{
    return m_store->value(kBackups, true).toBool();
}

void AppSettings::setBackupsEnabled(bool enabled)
{
    m_store->setValue(kBackups, enabled);
}

bool AppSettings::backupEveryUnlock() const
{
    return m_store->value(kBackupEveryUnlock, false).toBool();
}

void AppSettings::setBackupEveryUnlock(bool every)
{
    m_store->setValue(kBackupEveryUnlock, every);
}

QString AppSettings::backupFolder() const
{
    const QString folder = m_store->value(kBackupFolder).toString();
    return QFileInfo(folder).isAbsolute() ? folder : QString();
}

void AppSettings::setBackupFolder(const QString& folder)
{
    m_store->setValue(kBackupFolder, folder);
}

int AppSettings::backupsToKeep() const
{
    bool ok = false;
    const int keep = m_store->value(kBackupsToKeep, kDefaultBackupsToKeep).toInt(&ok);
    return ok ? std::clamp(keep, 1, kMaxBackupsToKeep) : kDefaultBackupsToKeep;
}

void AppSettings::setBackupsToKeep(int keep)
{
    m_store->setValue(kBackupsToKeep, std::clamp(keep, 1, kMaxBackupsToKeep));
}

bool AppSettings::lockOnScreenLock() const
{
    return m_store->value(kLockOnScreenLock, true).toBool();
}

void AppSettings::setLockOnScreenLock(bool lock)
{
    m_store->setValue(kLockOnScreenLock, lock);
}

bool AppSettings::lockOnMinimise() const
{
    return m_store->value(kLockOnMinimise, false).toBool();
}

void AppSettings::setLockOnMinimise(bool lock)
{
    m_store->setValue(kLockOnMinimise, lock);
}

bool AppSettings::firstRunDone() const
{
    return m_store->value(kFirstRunDone, false).toBool();
}

void AppSettings::setFirstRunDone(bool done)
{
    m_store->setValue(kFirstRunDone, done);
    m_store->sync();
}

bool AppSettings::quickExitOpensPage() const
{
    return m_store->value(kQuickExitPage, false).toBool();
}

void AppSettings::setQuickExitOpensPage(bool opens)
{
    m_store->setValue(kQuickExitPage, opens);
}

QString AppSettings::quickExitPage()
{
    return QStringLiteral("https://www.bbc.co.uk/weather");
}

QString AppSettings::language() const
{
    return m_store->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    if (code.isEmpty())
        m_store->remove(kLanguage);
    else
        m_store->setValue(kLanguage, code);
}

bool AppSettings::rememberRecent() const
{
    return m_store->value(kRemember, true).toBool();
}

void AppSettings::setRememberRecent(bool remember)
{
    m_store->setValue(kRemember, remember);
    if (!remember)
        forgetRecent();
}

QStringList AppSettings::recentDiaries() const
{
    if (!rememberRecent())
        return {};
    QStringList existing;
    for (const QString& path : m_store->value(kRecent).toStringList())
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    return existing.mid(0, kMaxRecent);
}

void AppSettings::noteOpened(const QString& path)
{
    if (!rememberRecent())
        return;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = recentDiaries();
    list.removeAll(absolute);
    list.prepend(absolute);
    m_store->setValue(kRecent, list.mid(0, kMaxRecent));
    m_store->sync();
}

void AppSettings::forgetRecent()
{
    m_store->remove(kRecent);
    m_store->sync();
}

} // namespace daymark::ui
