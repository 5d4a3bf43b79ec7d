// Tests for vault/Transaction: all or nothing, also when many changes are batched in one outer transaction.
#include "Catch.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/IncidentRepository.h"
#include "vault/SqlConnection.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

using namespace daymark;
using namespace daymark::test;

TEST_CASE("changes batched in an outer transaction are saved together when it commits")
{
    TestDiary t;
    {
        vault::Transaction batch(t->vault().connection());
        for (int i = 0; i < 5; ++i)
            t->incidents().add(sampleIncident(QStringLiteral("Batched %1").arg(i)));
        batch.commit();
    }
    t.reopen();
    CHECK(t->incidents().count({}) == 5);
    CHECK(t->check().ok());
}

TEST_CASE("a nested part that fails makes the whole batch roll back, never half of it")
{
    TestDiary t;
    auto& db = t->vault().connection();
    {
        vault::Transaction batch(db);
        t->incidents().add(sampleIncident(QStringLiteral("First")));
        {
            vault::Transaction part(db);
            db.exec("INSERT INTO meta(key, value) VALUES ('half', 'done')");
            // leaves without commit, as an exception would
        }
        CHECK(db.rollbackOnly());
        CHECK_THROWS_AS(batch.commit(), Error);
    }
    CHECK_FALSE(db.inTransaction());
    CHECK(t->incidents().count({}) == 0);
    CHECK(db.queryInt("SELECT count(*) FROM meta WHERE key = 'half'") == 0);
    // The connection is usable again afterwards.
    CHECK_NOTHROW(t->incidents().add(sampleIncident()));
    CHECK(t->check().ok());
}
