#pragma once

#include "common/result.h"
#include "db/databaseurl.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace campagna::db {
class Database;
}

namespace campagna::ui {

// One operator the console may offer at connection time.
struct OperatorChoice
{
    QString name;
    bool isAdmin = false;
    // False for the local or database administrator that has no `operator`
    // row (01-product.md, "Operators and rights").
    bool hasRow = true;
};

// A database opened and checked by the connection dialog, with what it
// needs to ask who the user acts as.
struct OpenedDatabase
{
    std::shared_ptr<db::Database> database;
    // The operators to choose from, the default first when it has no row.
    QList<OperatorChoice> operators;
    // The name pre-selected: the default actor's; empty when the default
    // is refused (then `refusal` says why).
    QString defaultOperator;
    QString refusal;
    // The file was new (the user chose Create) or empty, and received the
    // schema.
    bool created = false;
};

// The work of connecting, done on a worker thread: opening (creating a new
// SQLite file's schema as `campagnactl init` does, migrating an older
// schema), listing the operators, resolving who the user may act as.
//
// Threading: every function runs its queries on the calling thread's
// connection and closes that connection before returning, so that a worker
// thread never keeps a connection of a database it only borrowed.
class ConnectionAttempt final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::ui::ConnectionAttempt)

public:
    // True when opening `url` creates the schema: an empty SQLite file, or
    // one that does not exist yet when `createMissing` (the user chose
    // Create). Any other database must already be Campagna's (or empty of
    // tables on PostgreSQL: refused, run campagnactl init).
    static bool createsSchema(const db::DatabaseUrl &url, bool createMissing);

    // A SQLite file that does not exist is created only with
    // `createMissing`; otherwise the attempt fails with a NotFound error
    // and nothing is created.
    static Result<OpenedDatabase> open(const db::DatabaseUrl &url, qint64 now,
                                       bool createMissing = false);
    // `name` empty: the default actor. Refusals come back as Forbidden or
    // Usage errors with the spec's messages.
    static Result<people::Actor> chooseOperator(const std::shared_ptr<db::Database> &database,
                                                const QString &name);
};

} // namespace campagna::ui
