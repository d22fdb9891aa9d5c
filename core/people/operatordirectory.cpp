#include "people/operatordirectory.h"

#include "audit/audittrail.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "people/operatorquery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <limits>

namespace campagna::people {

using db::Sql;

namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant optionalText(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : nullText();
}

QVariant optionalFlag(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Bool));
}

// The group list as one text for the server functions (string_to_array on
// newlines; validate() refuses a newline in a group name).
QVariant groupsText(const std::optional<QStringList> &groups)
{
    return groups ? QVariant(groups->join(u'\n')) : nullText();
}

QJsonObject detailsOf(const OperatorValues &values)
{
    QJsonObject details;
    if (values.admin)
        details[u"admin"] = *values.admin;
    if (values.groups)
        details[u"groups"] = QJsonArray::fromStringList(*values.groups);
    if (values.locale)
        details[u"locale"] = *values.locale;
    if (values.email)
        details[u"email"] = *values.email;
    return details;
}

Result<void> setGroups(const QSqlDatabase &db, qint64 operatorId, const QStringList &groups)
{
    for (const QString &group : groups) {
        if (auto created = Sql::exec(db,
                                     QStringLiteral("INSERT INTO operator_group (name) SELECT ? "
                                                    "WHERE NOT EXISTS (SELECT 1 FROM "
                                                    "operator_group WHERE name = ?)"),
                                     {group, group});
            !created)
            return created.error();
    }
    if (auto cleared =
            Sql::exec(db, QStringLiteral("DELETE FROM operator_group_member WHERE operator_id = ?"),
                      {operatorId});
        !cleared)
        return cleared.error();
    for (const QString &group : groups) {
        if (auto joined = Sql::exec(db,
                                    QStringLiteral("INSERT INTO operator_group_member (group_id, "
                                                   "operator_id) SELECT id, ? FROM "
                                                   "operator_group WHERE name = ?"),
                                    {operatorId, group});
            !joined)
            return joined.error();
    }
    return {};
}

Result<void> requireAdmin(const QSqlDatabase &db, const Actor &actor, const QString &action)
{
    return ActorResolver::requireAdmin(db, actor, action);
}

} // namespace

Result<QList<OperatorRecord>> OperatorDirectory::list(const QSqlDatabase &db)
{
    auto rows = OperatorQuery::source()->rows(db, RowSort{}, std::numeric_limits<int>::max(), 0);
    if (!rows)
        return rows.error();
    QList<OperatorRecord> operators;
    for (const QVariantList &row : rows.value())
        operators << OperatorQuery::record(row);
    return operators;
}

Result<void> OperatorDirectory::validate(const QString &name, const OperatorValues &values)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    if (name.trimmed().isEmpty() || name != name.trimmed() || name.contains(control) ||
        name.toUtf8().size() > 63)
        return makeError(Error::Code::Usage,
                         tr("Invalid operator name \"%1\": give the database user's name (1 to "
                            "63 bytes, no spaces at either end, no control characters).")
                             .arg(QString(name).remove(control)));
    if (values.locale && !values.locale->isEmpty() && *values.locale != u"it" &&
        *values.locale != u"en")
        return makeError(Error::Code::Usage, tr("Invalid language \"%1\": use it or en.")
                                                 .arg(QString(*values.locale).remove(control)));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (values.email && !values.email->isEmpty() && !email.match(*values.email).hasMatch())
        return makeError(
            Error::Code::Usage,
            tr("Invalid e-mail address \"%1\".").arg(QString(*values.email).remove(control)));
    if (values.groups) {
        for (const QString &group : *values.groups) {
            if (group.trimmed().isEmpty() || group.contains(control) || group.contains(u','))
                return makeError(Error::Code::Usage,
                                 tr("Invalid group name \"%1\": no commas, no control "
                                    "characters, not empty.")
                                     .arg(QString(group).remove(control)));
        }
    }
    return {};
}

Result<qint64> OperatorDirectory::add(const QSqlDatabase &db, const Actor &actor,
                                      const QString &name, const OperatorValues &values, qint64 now)
{
    if (auto valid = validate(name, values); !valid)
        return valid.error();
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto allowed = requireAdmin(db, actor, tr("Add the operator %1").arg(name)); !allowed)
        return allowed.error();
    auto existing = ActorResolver::findOperator(db, name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(Error::Code::Failed,
                         tr("There is already an operator named \"%1\".").arg(name));
    qint64 id = 0;
    if (db::Dialect::of(db).serverJudgesRights()) {
        auto added =
            Sql::scalar(db,
                        QStringLiteral("SELECT campagna_operator_add(?, ?, ?, "
                                       "string_to_array(CAST(? AS TEXT), chr(10)), ?, ?, ?)"),
                        {actor.name, name, values.admin.value_or(false), groupsText(values.groups),
                         optionalText(values.locale), optionalText(values.email), now});
        if (!added)
            return added.error();
        id = added.value() ? added.value()->toLongLong() : 0;
    } else {
        auto inserted = Sql::exec(
            db,
            QStringLiteral("INSERT INTO operator (name, email, is_admin, locale) VALUES (?, ?, "
                           "?, ?) RETURNING id"),
            {name, values.email && !values.email->isEmpty() ? QVariant(*values.email) : nullText(),
             values.admin.value_or(false) ? 1 : 0,
             values.locale && !values.locale->isEmpty() ? QVariant(*values.locale) : nullText()});
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return makeError(Error::Code::Failed, tr("The operator could not be added."));
        id = inserted->value(0).toLongLong();
        inserted->finish();
        if (auto grouped = setGroups(db, id, values.groups.value_or(QStringList())); !grouped)
            return grouped.error();
        QJsonObject details = detailsOf(values);
        details[u"admin"] = values.admin.value_or(false);
        if (auto audited = audit::AuditTrail::record(db, actor, now, QStringLiteral("operator.add"),
                                                     QStringLiteral("operator"), name, details);
            !audited)
            return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> OperatorDirectory::set(const QSqlDatabase &db, const Actor &actor, const QString &name,
                                    const OperatorValues &values, qint64 now)
{
    if (auto valid = validate(name, values); !valid)
        return valid.error();
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto allowed = requireAdmin(db, actor, tr("Change the operator %1").arg(name)); !allowed)
        return allowed.error();
    auto existing = ActorResolver::findOperator(db, name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return makeError(Error::Code::NotFound, tr("There is no operator named \"%1\".").arg(name));
    if (db::Dialect::of(db).serverJudgesRights()) {
        auto changed =
            Sql::exec(db,
                      QStringLiteral("SELECT campagna_operator_set(?, ?, ?, "
                                     "string_to_array(CAST(? AS TEXT), chr(10)), ?, ?, ?)"),
                      {actor.name, name, optionalFlag(values.admin), groupsText(values.groups),
                       optionalText(values.locale), optionalText(values.email), now});
        if (!changed)
            return changed.error();
    } else {
        const qint64 id = *existing.value()->operatorId;
        auto changed = Sql::exec(
            db,
            QStringLiteral("UPDATE operator SET "
                           "is_admin = CASE WHEN ? IS NULL THEN is_admin ELSE ? END, "
                           "locale = CASE WHEN ? IS NULL THEN locale ELSE NULLIF(?, '') END, "
                           "email = CASE WHEN ? IS NULL THEN email ELSE NULLIF(?, '') END "
                           "WHERE id = ?"),
            {optionalFlag(values.admin), values.admin && *values.admin ? 1 : 0,
             optionalText(values.locale), optionalText(values.locale), optionalText(values.email),
             optionalText(values.email), id});
        if (!changed)
            return changed.error();
        if (values.groups) {
            if (auto grouped = setGroups(db, id, *values.groups); !grouped)
                return grouped.error();
        }
        if (auto audited =
                audit::AuditTrail::record(db, actor, now, QStringLiteral("operator.set"),
                                          QStringLiteral("operator"), name, detailsOf(values));
            !audited)
            return audited.error();
    }
    return transaction.commit();
}

Result<void> OperatorDirectory::remove(const QSqlDatabase &db, const Actor &actor,
                                       const QString &name, qint64 now)
{
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto allowed = requireAdmin(db, actor, tr("Remove the operator %1").arg(name)); !allowed)
        return allowed.error();
    if (name == actor.name)
        return makeError(Error::Code::Failed,
                         tr("The operator \"%1\" cannot remove themselves: ask another "
                            "administrator.")
                             .arg(name));
    auto existing = ActorResolver::findOperator(db, name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return makeError(Error::Code::NotFound, tr("There is no operator named \"%1\".").arg(name));
    const QString referenced =
        tr("The operator \"%1\" still manages campaigns, reviews or decided approvals, requested "
           "jobs or receives notifications: those records keep them, so the operator cannot be "
           "removed. Take away their rights with \"operator set\" instead.")
            .arg(name);
    if (db::Dialect::of(db).serverJudgesRights()) {
        auto removed = Sql::exec(db, QStringLiteral("SELECT campagna_operator_remove(?, ?, ?)"),
                                 {actor.name, name, now});
        if (!removed)
            return removed.errorCode() == Error::Code::Failed &&
                           removed.errorMessage().contains(QLatin1String("still manages"))
                       ? makeError(Error::Code::Failed, referenced)
                       : removed.error();
    } else {
        auto removed = Sql::update(db, QStringLiteral("DELETE FROM operator WHERE id = ?"),
                                   {*existing.value()->operatorId});
        if (!removed)
            return removed.errorMessage().contains(QLatin1String("FOREIGN KEY"))
                       ? makeError(Error::Code::Failed, referenced)
                       : removed.error();
        if (auto audited =
                audit::AuditTrail::record(db, actor, now, QStringLiteral("operator.remove"),
                                          QStringLiteral("operator"), name);
            !audited)
            return audited.error();
    }
    return transaction.commit();
}

} // namespace campagna::people
