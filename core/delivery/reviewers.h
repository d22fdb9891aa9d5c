#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace campagna::delivery {

// Who is asked to decide an approval (03-workflows.md, deliveryMgt step 1):
// the reviewer operator; else every member of the reviewer group who is not
// an administrator; else the campaign's manager. deliveryMgt notifies them
// and the diagnosis names them; the same SQL serves both, so that they
// never disagree.
//
// Threading: stateless; the functions run on the caller's connection.
class Reviewers final
{
public:
    // How a reviewer was found: the `via` column of sql().
    static constexpr const char *kViaOperator = "operator";
    static constexpr const char *kViaGroup = "group";
    static constexpr const char *kViaManager = "manager";

    // A SELECT of (approval_id, operator_id, via) — one row per approval and
    // operator to notify — for the approvals that satisfy
    // `approvalCondition`, an SQL condition over the aliases `a` (approval),
    // `d` (its delivery) and `c` (its campaign), e.g. "a.status = 'pending'".
    // The condition is repeated in the three branches of a UNION ALL: give
    // its '?' parameters through params(). An approval with nobody to notify
    // (no reviewer, no non-administrator in the group, no manager) has no
    // row. Usable as a derived table, in INSERT ... SELECT, or in a join.
    static QString sql(const QString &approvalCondition = QStringLiteral("1 = 1"));
    // The parameters of sql(): those of the condition, three times.
    static QVariantList params(const QVariantList &conditionParams);

    struct Reviewer
    {
        qint64 operatorId = 0;
        QString name;
        QString email;
        QString locale; // "it", "en" or empty (English)
        bool isAdmin = false;
        QString via; // kViaOperator, kViaGroup or kViaManager
    };

    // The reviewers of one approval, by operator name.
    static Result<QList<Reviewer>> forApproval(const QSqlDatabase &db, qint64 approvalId);
};

} // namespace campagna::delivery
