#pragma once

#include "common/result.h"
#include "db/databaseurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace campagna::db {
class Database;
}

namespace campagna::engine {

// Getting a database ready to use: where the local files live, schema
// creation, a `workflow` row for every workflow of the catalog. Call on the thread that will use the
// returned Database first (main / a worker), never from a pool task of
// another Database.
class Bootstrap final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::Bootstrap)

public:
    // The folder of local data (QStandardPaths::AppDataLocation), created
    // private to its owner (0700) when missing.
    static QString dataDirectory();
    // Creates `path` and any missing parent, each 0700; true when `path`
    // is a folder afterwards.
    static bool makePrivatePath(const QString &path);
    // campagna.sqlite or campagna-demo.sqlite in dataDirectory().
    static db::DatabaseUrl defaultDatabase(bool demo);

    // Creates or migrates the schema, then ensureWorkflows(); idempotent.
    // Returns the schema version found before.
    static Result<int> initialise(db::Database &database, qint64 now);

    // Inserts the `workflow` row of each workflow of
    // workflows::WorkflowCatalog that has none: state started, its default
    // schedule, due at `now` (02-schema.md, 04-engine.md). Existing rows,
    // their schedule and state, are never changed; with Writes::WhenMissing,
    // writes nothing when no row is missing. Idempotent; safe against another program doing the
    // same at once.
    // Whether ensureWorkflows() writes when no row is missing.
    enum class Writes { WhenMissing, Always };
    static Result<void> ensureWorkflows(const QSqlDatabase &db, qint64 now,
                                        Writes writes = Writes::WhenMissing);

    // Opens `url` and checks the schema is usable (migrating an older one),
    // then ensureWorkflows(): a workflow added by a newer Campagna gets its
    // row in an existing database. A connection that may not write the
    // `workflow` table (an operator's role on PostgreSQL) opens without the
    // missing rows; the next runner or administrator adds them. With
    // `create`, a missing SQLite file is created (0600) and a database
    // without schema is initialised; without, a missing SQLite file is
    // refused (NotFound) and nothing is created.
    static Result<std::shared_ptr<db::Database>> open(const db::DatabaseUrl &url, bool create,
                                                      qint64 now);

    // True when the database holds no campaign data yet (demo may load).
    static Result<bool> isEmpty(db::Database &database);
};

} // namespace campagna::engine
