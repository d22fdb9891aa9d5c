#include "delivery/deliverysubmission.h"

#include "audit/audittrail.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "delivery/manageddelivery.h"

#include <QSqlQuery>

namespace campagna::delivery {

using db::Sql;

Result<DeliverySubmission::Submitted> DeliverySubmission::submit(const QSqlDatabase &db,
                                                                 qint64 deliveryId,
                                                                 const people::Actor &actor,
                                                                 qint64 now)
{
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();

    auto found = ManagedDelivery::read(db, deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(Error::Code::NotFound, tr("There is no delivery %1.").arg(deliveryId));
    const ManagedDelivery row = *found.value();
    const QString &label = row.label;
    const QString &status = row.statusText;
    if (auto allowed = row.requireManager(
            deliveryId, actor,
            tr("Only the campaign's manager (%1) and administrators may submit the delivery %2 "
               "\"%3\"; \"%4\" is neither."),
            tr("Only administrators may submit the delivery %1 \"%2\" (its campaign has no "
               "manager); \"%3\" is not one."));
        !allowed)
        return allowed.error();
    if (row.isTemplate)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" is a template of a recurring campaign: its "
                            "copies are submitted, not the template.")
                             .arg(deliveryId)
                             .arg(label));
    auto rejected = Sql::scalar(db,
                                QStringLiteral("SELECT COUNT(*) FROM approval "
                                               "WHERE delivery_id = ? AND status = 'rejected'"),
                                {deliveryId});
    if (!rejected)
        return rejected.error();
    const bool wasRejected = rejected.value() && rejected.value()->toLongLong() > 0;
    if (row.status != DeliveryStatus::BeingEdited &&
        !(row.status == DeliveryStatus::ToValidate && wasRejected))
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
             {QStringLiteral("to"), sqlName(DeliveryStatus::TargetingPending)},
             {QStringLiteral("job_id"), jobId}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Submitted{deliveryId, jobId};
}

} // namespace campagna::delivery
