#include "connection/connectionattempt.h"

#include "db/database.h"
#include "db/sql.h"
#include "engine/bootstrap.h"

#include <QFileInfo>
#include <QScopeGuard>

namespace campagna::ui {

bool ConnectionAttempt::createsSchema(const db::DatabaseUrl &url, bool createMissing)
{
    if (!url.isFile())
        return false;
    const QFileInfo file(url.filePath());
    return file.exists() ? file.isFile() && file.size() == 0 : createMissing;
}

Result<OpenedDatabase> ConnectionAttempt::open(const db::DatabaseUrl &url, qint64 now,
                                               bool createMissing)
{
    const bool create = createsSchema(url, createMissing);
    auto opened = engine::Bootstrap::open(url, create, now);
    if (!opened)
        return opened.error();
    const std::shared_ptr<db::Database> database = opened.value();
    auto close = qScopeGuard([&database] { database->closeConnection(); });

    OpenedDatabase result;
    result.database = database;
    result.created = create;
    auto query = db::Sql::exec(database->connection(),
                               QStringLiteral("SELECT name, is_admin FROM operator ORDER BY name"));
    if (!query)
        return query.error();
    while (query->next())
        result.operators.append(
            OperatorChoice{query->value(0).toString(), query->value(1).toInt() == 1, true});

    auto actor = people::ActorResolver::resolve(*database, QString());
    if (actor) {
        result.defaultOperator = actor->name;
        if (!actor->operatorId)
            result.operators.prepend(OperatorChoice{actor->name, true, false});
    } else if (actor.errorCode() == Error::Code::Forbidden ||
               actor.errorCode() == Error::Code::Usage) {
        result.refusal = actor.errorMessage();
    } else {
        return actor.error();
    }
    return result;
}

Result<people::Actor> ConnectionAttempt::chooseOperator(
    const std::shared_ptr<db::Database> &database, const QString &name)
{
    auto close = qScopeGuard([&database] { database->closeConnection(); });
    return people::ActorResolver::resolve(*database, name);
}

} // namespace campagna::ui
