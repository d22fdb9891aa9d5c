#pragma once

#include "common/result.h"
#include "db/databaseurl.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace campagna::db {
class Database;
}

namespace campagna::engine {

// Getting a database ready to use: where the local files live, schema
// creation, the five workflow rows. Call on the thread that will use the
// returned Database first (main / a worker), never from a pool task of
// another Database.
class Bootstrap final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::Bootstrap)

public:
    // The folder of local data (QStandardPaths::AppDataLocation), created.
    static QString dataDirectory();
    // campagna.sqlite or campagna-demo.sqlite in dataDirectory().
    static db::DatabaseUrl defaultDatabase(bool demo);

    // Creates or migrates the schema and the five workflow rows;
    // idempotent. Returns the schema version found before.
    static Result<int> initialise(db::Database &database, qint64 now);

    // Opens `url` and checks the schema is usable (migrating an older one);
    // with `create`, a database without schema is initialised too.
    static Result<std::shared_ptr<db::Database>> open(const db::DatabaseUrl &url, bool create,
                                                      qint64 now);

    // True when the database holds no campaign data yet (demo may load).
    static Result<bool> isEmpty(db::Database &database);
};

} // namespace campagna::engine
