#include "delivery/reviewers.h"

#include "db/sql.h"

#include <QSqlQuery>

namespace campagna::delivery {

using db::Sql;

QString Reviewers::sql(const QString &approvalCondition)
{
    // Three mutually exclusive branches, so UNION ALL yields no duplicate:
    // a reviewer operator; no operator and a group with a non-administrator
    // member; no operator and no such member (no group, an empty group or
    // one of administrators only), then the manager. Administrators of a
    // group are left out because they see every approval anyway and would
    // otherwise be told of all of them.
    return QStringLiteral(
               "SELECT a.id AS approval_id, a.reviewer_operator_id AS operator_id, "
               "'operator' AS via "
               "FROM approval a JOIN delivery d ON d.id = a.delivery_id "
               "JOIN campaign c ON c.id = d.campaign_id "
               "WHERE a.reviewer_operator_id IS NOT NULL AND (%1) "
               "UNION ALL "
               "SELECT a.id AS approval_id, m.operator_id AS operator_id, 'group' AS via "
               "FROM approval a JOIN delivery d ON d.id = a.delivery_id "
               "JOIN campaign c ON c.id = d.campaign_id "
               "JOIN operator_group_member m ON m.group_id = a.reviewer_group_id "
               "JOIN operator mo ON mo.id = m.operator_id AND mo.is_admin = 0 "
               "WHERE a.reviewer_operator_id IS NULL AND (%1) "
               "UNION ALL "
               "SELECT a.id AS approval_id, c.manager_id AS operator_id, 'manager' AS via "
               "FROM approval a JOIN delivery d ON d.id = a.delivery_id "
               "JOIN campaign c ON c.id = d.campaign_id "
               "WHERE a.reviewer_operator_id IS NULL AND c.manager_id IS NOT NULL "
               "AND NOT EXISTS (SELECT 1 FROM operator_group_member gm "
               "  JOIN operator ga ON ga.id = gm.operator_id "
               "  WHERE gm.group_id = a.reviewer_group_id AND ga.is_admin = 0) "
               "AND (%1)")
        .arg(approvalCondition);
}

QVariantList Reviewers::params(const QVariantList &conditionParams)
{
    return conditionParams + conditionParams + conditionParams;
}

Result<QList<Reviewers::Reviewer>> Reviewers::forApproval(const QSqlDatabase &db, qint64 approvalId)
{
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT o.id, o.name, o.email, o.locale, o.is_admin, "
                                          "r.via FROM (%1) r JOIN operator o ON o.id = "
                                          "r.operator_id ORDER BY o.name")
                               .arg(sql(QStringLiteral("a.id = ?"))),
                           params({approvalId}));
    if (!query)
        return query.error();
    QList<Reviewer> reviewers;
    while (query->next())
        reviewers.append({query->value(0).toLongLong(), query->value(1).toString(),
                          query->value(2).toString(), query->value(3).toString(),
                          query->value(4).toInt() == 1, query->value(5).toString()});
    return reviewers;
}

} // namespace campagna::delivery
