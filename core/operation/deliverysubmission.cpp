#include "operation/deliverysubmission.h"

#include "audit/audittrail.h"
#include "db/dialect.h"
#include "db/sql.h"

namespace campagna::operation {

using db::Sql;

Result<DeliverySubmission::Submitted> DeliverySubmission::submit(const QSqlDatabase &db,
                                                                 qint64 deliveryId,
                                                                 const people::Actor &actor,
                                                                 qint64 now)
{
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();

    auto found =
        Sql::exec(db,
                  QStringLiteral("SELECT d.label, d.status, c.manager_id, o.name, d.is_template, "
                                 "EXISTS (SELECT 1 FROM approval a WHERE a.delivery_id = d.id "
                                 "        AND a.status = 'rejected') "
                                 "FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                                 "LEFT JOIN operator o ON o.id = c.manager_id WHERE d.id = ?"),
                  {deliveryId});
    if (!found)
        return found.error();
    if (!found->next())
        return makeError(Error::Code::NotFound, tr("There is no delivery %1.").arg(deliveryId));
    const QString label = found->value(0).toString();
    const QString status = found->value(1).toString();
    const QVariant managerId = found->value(2);
    const QString managerName = found->value(3).toString();
    const bool isTemplate = found->value(4).toInt() == 1;
    const bool rejected = found->value(5).toBool() || found->value(5).toInt() == 1;
    found->finish();

    const bool isManager =
        !managerId.isNull() && actor.operatorId && *actor.operatorId == managerId.toLongLong();
    if (!actor.isAdmin && !isManager)
        return makeError(Error::Code::Forbidden,
                         managerName.isEmpty()
                             ? tr("Only administrators may submit the delivery %1 \"%2\" (its "
                                  "campaign has no manager); \"%3\" is not one.")
                                   .arg(deliveryId)
                                   .arg(label, actor.name)
                             : tr("Only the campaign's manager (%1) and administrators may "
                                  "submit the delivery %2 \"%3\"; \"%4\" is neither.")
                                   .arg(managerName)
                                   .arg(deliveryId)
                                   .arg(label, actor.name));
    if (isTemplate)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" is a template of a recurring campaign: its "
                            "copies are submitted, not the template.")
                             .arg(deliveryId)
                             .arg(label));
    if (status != u"being_edited" && !(status == u"to_validate" && rejected))
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" is %3: only a delivery being edited, or one "
                            "waiting for validation with a rejected approval, can be submitted.")
                             .arg(deliveryId)
                             .arg(label, status));

    if (db::Dialect::of(db).serverJudgesRights()) {
        auto job = Sql::scalar(db, QStringLiteral("SELECT campagna_delivery_submit(?, ?, ?)"),
                               {actor.name, deliveryId, now});
        if (!job)
            return job.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return Submitted{deliveryId, job.value() ? job.value()->toLongLong() : 0};
    }
    if (auto moved = Sql::update(db,
                                 QStringLiteral("UPDATE delivery SET status = 'targeting_pending', "
                                                "last_error = NULL WHERE id = ?"),
                                 {deliveryId});
        !moved)
        return moved.error();
    auto job = Sql::exec(db,
                         QStringLiteral("INSERT INTO operation_job (kind, delivery_id, status, "
                                        "requested_at, requested_by) VALUES ('targeting', ?, "
                                        "'pending', ?, ?) RETURNING id"),
                         {deliveryId, now,
                          actor.operatorId ? QVariant(*actor.operatorId)
                                           : QVariant(QMetaType(QMetaType::LongLong))});
    if (!job)
        return job.error();
    if (!job->next())
        return makeError(Error::Code::Failed, tr("The targeting job could not be queued."));
    const qint64 jobId = job->value(0).toLongLong();
    job->finish();
    if (auto audited = audit::AuditTrail::record(
            db, actor, now, QStringLiteral("delivery.submit"), QStringLiteral("delivery"),
            QString::number(deliveryId),
            {{QStringLiteral("from"), status},
             {QStringLiteral("to"), QStringLiteral("targeting_pending")},
             {QStringLiteral("job_id"), jobId}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Submitted{deliveryId, jobId};
}

} // namespace campagna::operation
