// No traces: a real GUI session (daymark-canary-session) runs with HOME, TMPDIR and every XDG folder pointed at fresh
// folders; afterwards no file there, nor anything it made in /tmp, holds the canary it typed, attached, opened
// elsewhere, searched for and copied — in UTF-8 or UTF-16, in contents or names. The diary and its backups are
// encrypted, so they do not hold it either. Nothing is added to the desktop's recent files.
#include "Catch.h"
#include "CliRunner.h"
#include "ProcessScan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace daymark::test::cli;
using namespace daymark::test::safety;

namespace {

QSet<QString> tmpEntries()
{
    const QStringList names =
        QDir(QStringLiteral("/tmp")).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    return QSet<QString>(names.begin(), names.end());
}

} // namespace

TEST_CASE("a whole GUI session leaves the canary it wrote in no file, name or recent list")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString canary =
        QStringLiteral("Canary%1Zq").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    const QString home = root.filePath(QStringLiteral("home"));
    const QString tmp = root.filePath(QStringLiteral("tmp"));
    const QString outside = root.filePath(QStringLiteral("outside")); // where the person's own file comes from
    for (const QString& folder : QStringList{home, tmp, outside, home + QStringLiteral("/Documents")})
        REQUIRE(QDir().mkpath(folder));
    const QString runtime = home + QStringLiteral("/.run");
    REQUIRE(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString attachment = outside + QStringLiteral("/voicemail ") + canary + QStringLiteral(".amr");
    writeBytes(attachment, QByteArray("#!AMR\n not a real recording ") + canary.toUtf8() + QByteArray(4096, '\x01'));
    const QString diary = home + QStringLiteral("/Documents/My diary.daymark");

    // The scan finds what it looks for: the file outside, and a UTF-16 copy of the canary.
    const QList<QByteArray> needles = encodingsOf(canary);
    writeBytes(outside + QStringLiteral("/utf16.bin"), needles.at(1));
    CHECK(filesContaining(outside, needles).size() == 2);

    CliEnv env = CliEnv::fast();
    env.set(QStringLiteral("HOME"), home)
        .set(QStringLiteral("TMPDIR"), tmp)
        .set(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"))
        .set(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"))
        .set(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"))
        .set(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"))
        .set(QStringLiteral("XDG_RUNTIME_DIR"), runtime)
        .set(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"))
        .unset(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    const QSet<QString> before = tmpEntries();
    const CliResult session = runProgram(canarySessionPath(), {canary, diary, attachment}, env, home);
    INFO(session.describe());
    REQUIRE(session.exitCode == 0);
    REQUIRE(session.out.contains(QStringLiteral("session done")));
    // The temporary copy was made inside the scanned folders (the runtime folder), and wiped.
    const QString copyLine = session.out.section(QStringLiteral("copy: "), 1).section(QLatin1Char('\n'), 0, 0);
    CHECK(copyLine.startsWith(runtime));
    CHECK_FALSE(QFileInfo::exists(copyLine));
    REQUIRE(QFileInfo(diary).size() > 4096);

    int homeFiles = 0;
    int tmpFiles = 0;
    CHECK(filesContaining(home, needles, {}, &homeFiles).isEmpty());
    CHECK(filesContaining(tmp, needles, {}, &tmpFiles).isEmpty());
    QStringList inSystemTmp;
    const QSet<QString> after = tmpEntries();
    for (const QString& name : after - before)
        inSystemTmp += filesContaining(QStringLiteral("/tmp/") + name, needles);
    CHECK(inSystemTmp.isEmpty());
    INFO("files read: " << homeFiles << " under HOME, " << tmpFiles << " under TMPDIR");
    CHECK(homeFiles >= 2); // at least the diary and the settings

    // No desktop "recent files" entry, and Qt's own settings name neither the diary nor the attachment.
    CHECK_FALSE(QFileInfo::exists(home + QStringLiteral("/.local/share/recently-used.xbel")));
    const QString qtProject = home + QStringLiteral("/.config/QtProject.conf");
    if (QFileInfo::exists(qtProject)) {
        const QByteArray qt = readBytes(qtProject);
        CHECK_FALSE(qt.contains("My diary"));
        CHECK_FALSE(qt.contains("voicemail"));
    }
}
