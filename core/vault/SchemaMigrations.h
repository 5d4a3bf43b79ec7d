// The diary's schema, as numbered steps from an empty file to the current version (PRAGMA user_version).
// A step is never edited once released: later changes are new steps, so every older diary upgrades the same way.
#pragma once

namespace daymark::vault {

class SqlConnection;

class SchemaMigrations
{
public:
    static int latestVersion();
    // Applies the steps after the file's user_version up to `target`, all in one transaction
    // (the caller's, if one is open).
    // Throws Error(TooNew) when the file is newer than this program.
    static void migrate(SqlConnection& connection, int target);
    static void migrate(SqlConnection& connection) { migrate(connection, latestVersion()); }
    static int currentVersion(SqlConnection& connection);
};

} // namespace daymark::vault
