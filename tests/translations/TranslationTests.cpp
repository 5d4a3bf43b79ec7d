// The shipped translations (Welsh, Polish, Arabic) are complete for the current sources, keep every placeholder of
// the English text, and are found at run time whatever context the code names.
#include "Catch.h"
#include "TsFile.h"
#include "common/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QStringList kShipped{QStringLiteral("ar"), QStringLiteral("cy"), QStringLiteral("pl")};

QString tsPath(const QString& code)
{
    return QStringLiteral(DAYMARK_SOURCE_DIR "/translations/daymark_%1.ts").arg(code);
}

// A copy of the .ts brought up to date with the sources, as `update_translations` would.
QString refreshedCopy(const QString& code, const QTemporaryDir& dir)
{
    const QString copy = dir.filePath(QStringLiteral("daymark_%1.ts").arg(code));
    REQUIRE(QFile::copy(tsPath(code), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(DAYMARK_SOURCE_DIR));
    lupdate.start(QStringLiteral(DAYMARK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(300000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    return copy;
}

} // namespace

TEST_CASE("every shipped translation is finished for the current sources", "[translations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString& code : kShipped) {
        const TsFile ts = readTsFile(refreshedCopy(code, dir));
        QStringList unfinished;
        for (const TsMessage& m : ts.messages) {
            const bool empty =
                m.translations.isEmpty() || std::any_of(m.translations.begin(), m.translations.end(),
                                                        [](const QString& t) { return t.trimmed().isEmpty(); });
            if (!m.finished || empty)
                unfinished << m.context + QStringLiteral(": ") + m.source.left(70);
        }
        INFO(code.toStdString() << ": " << unfinished.size() << " of " << ts.messages.size()
                                << " unfinished or missing (run the update_translations target, then translate), e.g.\n"
                                << unfinished.mid(0, 15).join(u'\n').toStdString());
        CHECK(ts.language.startsWith(code));
        CHECK(ts.messages.size() > 500);
        CHECK(unfinished.isEmpty());
    }
}

TEST_CASE("translations keep the placeholders of the English text", "[translations]")
{
    for (const QString& code : kShipped) {
        const TsFile ts = readTsFile(tsPath(code));
        QStringList wrong;
        for (const TsMessage& m : ts.messages) {
            if (!m.finished)
                continue;
            QStringList expected = placeholders(m.source);
            expected.removeAll(QStringLiteral("%n"));
            for (const QString& t : m.translations) {
                QStringList got = placeholders(t);
                got.removeAll(QStringLiteral("%n"));
                if (got != expected)
                    wrong << m.source.left(60) + QStringLiteral(" → ") + t.left(60);
            }
        }
        INFO(code.toStdString() << ":\n" << wrong.mid(0, 15).join(u'\n').toStdString());
        CHECK(wrong.isEmpty());
    }
}

TEST_CASE("the compiled translations are built in and found by source text", "[translations]")
{
    const QStringList available = daymark::language::available();
    for (const QString& code : kShipped)
        CHECK(available.contains(code));

    // A message of the vault, asked for under a context other than the one lupdate saw.
    const char* source = "The disk is full, so the change was not saved. Everything saved before is safe; free some "
                         "space and try again.";
    const QString english = QCoreApplication::translate("any::context", source);
    CHECK(english == QString::fromUtf8(source));
    REQUIRE(daymark::language::install(QStringLiteral("pl")) == QStringLiteral("pl"));
    const QString polish = QCoreApplication::translate("any::context", source);
    CHECK(polish != english);
    CHECK(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == QStringLiteral("LTR"));
    daymark::language::install(QStringLiteral("ar"));
    CHECK(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == QStringLiteral("RTL"));
}
