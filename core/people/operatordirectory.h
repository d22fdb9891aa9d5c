#pragma once

#include "common/result.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace campagna::people {

// One operator as `operator list` and the console's Operators page show it.
struct OperatorRecord
{
    qint64 id = 0;
    QString name;
    QString email;
    bool isAdmin = false;
    QString locale; // "it", "en" or empty
    QStringList groups;
};

// What `operator add` sets and `operator set` changes; an unset field is
// left as it is (add: no e-mail, not an administrator, no group, English).
struct OperatorValues
{
    std::optional<bool> admin;
    std::optional<QStringList> groups; // the whole list: missing groups are created
    std::optional<QString> locale;     // "it", "en", or "" to clear
    std::optional<QString> email;      // "" to clear
};

// Operators managed by commands, not SQL (issue [9]): add, change, remove,
// administrators only, each with its audit row. On PostgreSQL through the
// server's functions, which also grant the database's operator role (and
// admin role) to the database role of the same name; on SQLite directly.
//
// Threading: stateless; each call runs on the caller's connection, in its
// own write transaction.
class OperatorDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::people::OperatorDirectory)

public:
    static Result<QList<OperatorRecord>> list(const QSqlDatabase &db);

    // Usage errors for a bad name, locale, e-mail address or group name.
    static Result<void> validate(const QString &name, const OperatorValues &values);

    static Result<qint64> add(const QSqlDatabase &db, const Actor &actor, const QString &name,
                              const OperatorValues &values, qint64 now);
    static Result<void> set(const QSqlDatabase &db, const Actor &actor, const QString &name,
                            const OperatorValues &values, qint64 now);
    // Refuses the actor's own operator and one that records still point to.
    static Result<void> remove(const QSqlDatabase &db, const Actor &actor, const QString &name,
                               qint64 now);
};

} // namespace campagna::people
