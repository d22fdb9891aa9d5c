#pragma once

#include "db/database.h"
#include "db/databaseurl.h"

#include <QString>
#include <QTest>

#include <memory>

namespace campagna::test {

// The shared fixture of database tests: one data row per backend, and a
// fresh database per call. SQLite files live in a temporary folder removed
// at exit; PostgreSQL databases are created on the private server whose
// admin URL CTest passes in CAMPAGNA_TEST_PG.
class TestDatabase final
{
public:
    // In a _data() function: a QString column "backend" with the rows
    // "sqlite" and "postgresql".
    static void addBackendRows();

    // A fresh, empty database's URL (nothing created in it yet).
    static std::optional<db::DatabaseUrl> freshUrl(const QString &backend);
    // A fresh database, with the schema and the workflow rows unless
    // `initialise` is false; nullptr on failure (see lastError()).
    static std::shared_ptr<db::Database> create(const QString &backend, bool initialise = true,
                                                qint64 now = 1'800'000'000);

    // True when PostgreSQL is not configured and the test may skip it
    // (never in CI, where CI is set).
    static bool mayNotRun(const QString &backend);
    static QString lastError();
};

} // namespace campagna::test

// Opens a fresh database for `backend` into `var`, skipping PostgreSQL
// outside CTest and failing the test on any error.
#define CAMPAGNA_OPEN_DATABASE(var, backend, ...)                                                  \
    if (campagna::test::TestDatabase::mayNotRun(backend))                                          \
        QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");             \
    auto var = campagna::test::TestDatabase::create(backend __VA_OPT__(, ) __VA_ARGS__);           \
    if (!var)                                                                                      \
        QFAIL(qPrintable(campagna::test::TestDatabase::lastError()));
