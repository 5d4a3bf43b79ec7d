// Changing the password is crash-safe: after a kill at any step exactly one of the old and new passwords works,
// and nothing is lost.
#include "Catch.h"
#include "TestVault.h"

#include "common/Error.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace daymark;
using namespace daymark::vault;
using daymark::test::fastOptions;
using daymark::test::pw;

namespace {

bool opensWith(const QString& path, const char* password, QString* value = nullptr)
{
    try {
        auto vault = Vault::open(path, pw(password), fastOptions());
        if (!vault->check().ok())
            return false;
        if (value) {
            auto stmt = vault->connection().prepare("SELECT value FROM meta WHERE key = 'note'");
            *value = stmt.step() ? stmt.columnText(0) : QString();
        }
        return true;
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::WrongPassword)
            throw;
        return false;
    }
}

QString makeDiary(const QTemporaryDir& dir, const QString& note)
{
    const QString path = dir.filePath(QStringLiteral("p.daymark"));
    auto vault = Vault::create(path, pw("old"), fastOptions());
    auto stmt = vault->connection().prepare("INSERT INTO meta(key, value) VALUES ('note', ?1)");
    stmt.bind(1, note).run();
    return path;
}

} // namespace

TEST_CASE("after a password change only the new password opens the diary, with its data")
{
    QTemporaryDir dir;
    const QString path = makeDiary(dir, QStringLiteral("entry"));
    {
        auto vault = Vault::open(path, pw("old"), fastOptions());
        const QUuid id = vault->diaryId();
        const auto saltBefore = test::readAll(path).left(16);
        vault->changePassword(pw("new"));
        CHECK(vault->diaryId() == id); // still usable, now under the new key
        CHECK(test::readAll(path).left(16) != saltBefore);
    }
    QString note;
    CHECK(opensWith(path, "new", &note));
    CHECK(note == QStringLiteral("entry"));
    CHECK_FALSE(opensWith(path, "old"));
    CHECK_FALSE(QFileInfo::exists(Vault::tempPathFor(path)));
}

TEST_CASE("a password change that fails part-way leaves the old password working")
{
    QTemporaryDir dir;
    const QString path = makeDiary(dir, QStringLiteral("entry"));
    for (auto failAt : {PasswordChangeStep::TempCreated, PasswordChangeStep::Exported, PasswordChangeStep::Synced,
                        PasswordChangeStep::Verified}) {
        auto vault = Vault::open(path, pw("old"), fastOptions());
        CHECK_THROWS(vault->changePassword(pw("new"), [failAt](PasswordChangeStep step) {
            if (step == failAt)
                throw Error(Error::Kind::Io, QStringLiteral("simulated failure"));
        }));
        CHECK_FALSE(QFileInfo::exists(Vault::tempPathFor(path)));
        CHECK_NOTHROW(vault->diaryId()); // the open vault still works under the old key
    }
    CHECK(opensWith(path, "old"));
    CHECK_FALSE(opensWith(path, "new"));
}

TEST_CASE("a process killed at any step of a password change leaves exactly one password working")
{
    const auto step =
        GENERATE(PasswordChangeStep::NewKeyDerived, PasswordChangeStep::TempCreated, PasswordChangeStep::Exported,
                 PasswordChangeStep::Synced, PasswordChangeStep::Verified, PasswordChangeStep::Replaced);
    QTemporaryDir dir;
    const QString path = makeDiary(dir, QStringLiteral("kept through the crash"));
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            auto vault = Vault::open(path, pw("old"), fastOptions());
            vault->changePassword(pw("new"), [step](PasswordChangeStep reached) {
                if (reached == step)
                    ::kill(::getpid(), SIGKILL);
            });
        } catch (...) {
            ::_exit(3);
        }
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    QString note;
    const bool oldWorks = opensWith(path, "old", &note);
    const bool newWorks = !oldWorks && opensWith(path, "new", &note);
    INFO("killed at step " << int(step));
    CHECK(oldWorks != newWorks);
    CHECK(newWorks == (step == PasswordChangeStep::Replaced));
    CHECK(note == QStringLiteral("kept through the crash"));
    CHECK_FALSE(QFileInfo::exists(Vault::tempPathFor(path))); // opening cleared any leftover copy
}
