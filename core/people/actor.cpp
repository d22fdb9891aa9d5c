#include "people/actor.h"

#include "db/database.h"
#include "db/dialect.h"
#include "db/sql.h"

#include <QStringList>

namespace campagna::people {

using db::Sql;

namespace {

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name.isEmpty() ? QStringLiteral("local") : name;
}

} // namespace

Result<std::optional<Actor>> ActorResolver::findOperator(const QSqlDatabase &db,
                                                         const QString &name)
{
    auto query = Sql::exec(
        db, QStringLiteral("SELECT id, name, is_admin FROM operator WHERE name = ?"), {name});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Actor>();
    return std::optional<Actor>(Actor{query->value(0).toLongLong(), query->value(1).toString(),
                                      query->value(2).toInt() == 1});
}

Result<Actor> ActorResolver::resolve(db::Database &database, const QString &requested)
{
    const QSqlDatabase db = database.connection();
    if (!database.dialect().serverJudgesRights()) {
        // Whoever can write the file owns it: any operator, else a local admin.
        const QString name = requested.isEmpty() ? osUserName() : requested;
        auto found = findOperator(db, name);
        if (!found)
            return found.error();
        if (found.value()) {
            Actor actor = *found.value();
            actor.isOwner = true;
            return actor;
        }
        if (!requested.isEmpty())
            return makeError(Error::Code::Usage,
                             tr("There is no operator named \"%1\".").arg(requested));
        return Actor{std::nullopt, name, true, false, true};
    }

    // The database's roles are listed in database_role (0004_rights_audit.sql).
    auto who = Sql::exec(
        db, QStringLiteral("SELECT current_user, "
                           "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                           "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = "
                           "current_database()), "
                           "coalesce((SELECT pg_has_role(current_user, r.oid, 'MEMBER') FROM "
                           "pg_roles r JOIN database_role d ON d.name = r.rolname WHERE "
                           "d.kind = 'owner'), false), "
                           "coalesce((SELECT pg_has_role(current_user, r.oid, 'USAGE') FROM "
                           "pg_roles r JOIN database_role d ON d.name = r.rolname WHERE "
                           "d.kind = 'runner'), false)"));
    if (!who)
        return who.error();
    if (!who->next())
        return makeError(Error::Code::Failed, tr("Cannot tell which database user this is."));
    const QString dbUser = who->value(0).toString();
    const bool privileged =
        who->value(1).toBool() || who->value(2).toString() == dbUser || who->value(3).toBool();
    const bool runner = who->value(4).toBool();
    const QString name = requested.isEmpty() ? dbUser : requested;
    if (name != dbUser && !privileged)
        return makeError(Error::Code::Forbidden,
                         tr("The database user \"%1\" may act only as the operator \"%1\", not "
                            "as \"%2\"; only a superuser or the database owner may act as "
                            "another operator.")
                             .arg(dbUser, name));
    auto found = findOperator(db, name);
    if (!found)
        return found.error();
    if (found.value()) {
        Actor actor = *found.value();
        actor.isRunner = runner && name == dbUser;
        actor.isOwner = privileged;
        return actor;
    }
    if (!requested.isEmpty() && !(runner && requested == dbUser))
        return makeError(Error::Code::Usage,
                         tr("There is no operator named \"%1\".").arg(requested));
    if (privileged)
        return Actor{std::nullopt, name, true, runner, true};
    // A runner's service account (campagna-serve) needs no operator.
    if (runner)
        return Actor{std::nullopt, name, false, true};
    return makeError(Error::Code::Forbidden,
                     tr("The database user \"%1\" has no operator: ask an administrator to "
                        "create the operator \"%1\".")
                         .arg(dbUser));
}

Result<void> ActorResolver::requireAdmin(const QSqlDatabase &db, const Actor &actor,
                                         const QString &action)
{
    if (actor.isAdmin)
        return {};
    QStringList admins;
    if (auto query = Sql::exec(db, QStringLiteral("SELECT name FROM operator WHERE is_admin = 1 "
                                                  "ORDER BY name"));
        query) {
        while (query->next())
            admins << query->value(0).toString();
    }
    return makeError(Error::Code::Forbidden,
                     admins.isEmpty()
                         ? tr("%1: only administrators may do this, and \"%2\" is not one.")
                               .arg(action, actor.name)
                         : tr("%1: only administrators may do this, and \"%2\" is not one. Ask "
                              "one of: %3.")
                               .arg(action, actor.name, admins.join(QStringLiteral(", "))));
}

Result<void> ActorResolver::requireRunner(const QSqlDatabase &db, const Actor &actor,
                                          const QString &action)
{
    if (actor.mayRun())
        return {};
    if (!db::Dialect::of(db).serverJudgesRights())
        return requireAdmin(db, actor, action);
    auto runner = Sql::scalar(db, QStringLiteral("SELECT name FROM database_role WHERE kind = 'runner'"));
    const QString role = runner && runner.value() ? runner.value()->toString() : QString();
    return makeError(Error::Code::Forbidden,
                     tr("%1: only administrators and members of the runner role %2 may run "
                        "workflows, and \"%3\" is neither.")
                         .arg(action, role, actor.name));
}

} // namespace campagna::people
