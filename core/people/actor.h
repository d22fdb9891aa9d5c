#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace campagna::db {
class Database;
}

namespace campagna::people {

// The operator an action is taken as (01-product.md, "Operators and
// rights"). operatorId is empty for a local or database administrator that
// has no `operator` row.
struct Actor
{
    std::optional<qint64> operatorId;
    QString name;
    bool isAdmin = false;
    // PostgreSQL: the database user is a member of the database's runner
    // role (it may run workflows without being an administrator).
    bool isRunner = false;
    // The session owns the database: the writer of a SQLite file; on
    // PostgreSQL a superuser, the database owner or a member of its owner
    // role. It may act as any operator and fix the clock (--now).
    bool isOwner = false;

    // serve, run and the console's scheduler: runners and administrators.
    bool mayRun() const { return isAdmin || isRunner; }
};

// Decides who the caller is and whether they may act as the operator they
// name. Runs queries on the calling thread's connection.
class ActorResolver final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::people::ActorResolver)

public:
    // requested: the operator named by --as / the console's choice; empty
    // for the default (the database user on PostgreSQL, the OS user on
    // SQLite).
    static Result<Actor> resolve(db::Database &database, const QString &requested);

    // Fails with Forbidden, naming the administrators, unless the actor is one.
    static Result<void> requireAdmin(const QSqlDatabase &db, const Actor &actor,
                                     const QString &action);

    // Fails with Forbidden, naming who may, unless the actor may run
    // workflows (mayRun()).
    static Result<void> requireRunner(const QSqlDatabase &db, const Actor &actor,
                                      const QString &action);

    // The operator named `name`, if there is one.
    static Result<std::optional<Actor>> findOperator(const QSqlDatabase &db, const QString &name);
};

} // namespace campagna::people
