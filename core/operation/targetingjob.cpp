#include "operation/targetingjob.h"

#include "db/database.h"
#include "db/sql.h"
#include "operation/targetexpression.h"

#include <QSqlError>
#include <QSqlQuery>

namespace campagna::operation {

using db::Sql;
using delivery::ApprovalKind;
using delivery::Channel;
using delivery::DeliveryStatus;
using engine::JobAttempts;
using engine::JobFailure;

namespace {

// The approvals asked before sending (the extraction's comes after it).
const QString kPreSendKinds = sqlList(
    {ApprovalKind::Targeting, ApprovalKind::Content, ApprovalKind::Budget, ApprovalKind::Proof});

// "Has this address": not NULL and not only spaces.
QString present(const QString &column)
{
    return QStringLiteral("r.%1 IS NOT NULL AND TRIM(r.%1) <> ''").arg(column);
}

struct ChannelAddress
{
    QString condition; // the recipient has the channel's address
    QString key;       // what makes two addresses the same
};

std::optional<ChannelAddress> channelAddress(std::optional<Channel> channel)
{
    if (channel == Channel::Email)
        return ChannelAddress{present(QStringLiteral("email")), QStringLiteral("LOWER(r.email)")};
    if (channel == Channel::Sms)
        return ChannelAddress{present(QStringLiteral("phone")), QStringLiteral("r.phone")};
    if (channel == Channel::DirectMail)
        return ChannelAddress{present(QStringLiteral("address")) + QStringLiteral(" AND ") +
                                  present(QStringLiteral("postal_code")) + QStringLiteral(" AND ") +
                                  present(QStringLiteral("city")),
                              QStringLiteral("r.address, r.postal_code, r.city")};
    return std::nullopt;
}

} // namespace

TargetingJob::TargetingJob(qint64 deliveryId, qint64 now, const db::Dialect &dialect,
                           delivery::DeliveryEvents::Origin origin)
    : m_deliveryId(deliveryId)
    , m_now(now)
    , m_dialect(dialect)
    , m_origin(std::move(origin))
{}

Error TargetingJob::fail(JobFailure kind, Error error)
{
    m_failure = kind;
    return error;
}

Result<QSqlQuery> TargetingJob::runFilterStatement(const QSqlDatabase &db, const QString &sql,
                                                   const QVariantList &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool done = query.prepare(sql);
    if (done) {
        for (const QVariant &value : params)
            query.addBindValue(value);
        done = query.exec();
    }
    if (done)
        return query;
    const QSqlError error = query.lastError();
    Error failure = Sql::errorFrom(error, sql);
    // The expression is at fault: the delivery goes back to its author as
    // for a filter that does not parse, instead of failing the same way on
    // every run.
    if (m_dialect.refusedStatement(error))
        return fail(
            JobFailure::InvalidFilter,
            makeError(
                Error::Code::Usage,
                tr("The database refused the targeting expression: %1").arg(failure.message)));
    return dbFailure(failure);
}

Error TargetingJob::dbFailure(const Error &error)
{
    return fail(JobAttempts::failureOf(error), error);
}

Result<TargetingJob::Summary> TargetingJob::run(const QSqlDatabase &db)
{
    m_failure = JobFailure::None;
    auto delivery = lockDelivery(db);
    if (!delivery)
        return delivery.error();
    const std::optional<Channel> channel = fromSql<Channel>(delivery->channel);
    const std::optional<ChannelAddress> address = channelAddress(channel);
    if (!address)
        return fail(JobFailure::Permanent,
                    makeError(Error::Code::Failed, tr("The delivery %1 has an unknown channel "
                                                      "\"%2\".")
                                                       .arg(m_deliveryId)
                                                       .arg(delivery->channel)));
    auto expression = TargetExpression::parse(delivery->filterText);
    if (!expression)
        return fail(JobFailure::InvalidFilter, expression.error());
    const TargetExpression::Sql filter = expression->toSql(QStringLiteral("r"), m_dialect);

    Summary summary;
    if (auto filled = fillTargets(db, filter, address->key, address->condition, summary); !filled)
        return filled.error();
    auto approvals = askApprovals(db, delivery->campaignId);
    if (!approvals)
        return approvals.error();
    if (approvals.value())
        summary.status = DeliveryStatus::ToValidate;
    else if (channel == Channel::DirectMail)
        summary.status = DeliveryStatus::ExtractionPending;
    else
        summary.status = delivery->confirmRequired ? DeliveryStatus::PendingConfirmation
                                                   : DeliveryStatus::StartPending;
    if (auto recorded = recordTargeting(db, summary); !recorded)
        return recorded.error();
    return summary;
}

Result<TargetingJob::Delivery> TargetingJob::lockDelivery(const QSqlDatabase &db)
{
    // The row lock keeps a concurrent command (cancel, submit) from
    // changing the delivery between this check and the move below; SQLite's
    // BEGIN IMMEDIATE already excludes every other writer.
    auto found = Sql::exec(
        db,
        QStringLiteral("SELECT d.status, d.channel, d.target_filter, d.confirm_required, "
                       "d.campaign_id FROM delivery d WHERE d.id = ?") +
            m_dialect.forUpdate(),
        {m_deliveryId});
    if (!found)
        return dbFailure(found.error());
    if (!found->next())
        return fail(JobFailure::Stale,
                    makeError(Error::Code::NotFound,
                              tr("The delivery %1 does not exist any more.").arg(m_deliveryId)));
    const QString status = found->value(0).toString();
    Delivery delivery{found->value(1).toString(), found->value(2).toString(),
                      found->value(3).toLongLong() == 1, found->value(4).toLongLong()};
    found->finish();

    if (fromSql<DeliveryStatus>(status) != DeliveryStatus::TargetingPending)
        return fail(JobFailure::Stale,
                    makeError(Error::Code::Failed,
                              tr("The delivery %1 is %2, no longer targeting_pending: nothing "
                                 "was targeted.")
                                  .arg(m_deliveryId)
                                  .arg(status)));
    return delivery;
}

Result<void> TargetingJob::fillTargets(const QSqlDatabase &db,
                                       const TargetExpression::Sql &filter,
                                       const QString &addressKey,
                                       const QString &addressCondition, Summary &summary)
{
    auto targeted = runFilterStatement(
        db, QStringLiteral("SELECT COUNT(*) FROM recipient r WHERE ") + filter.condition,
        filter.params);
    if (!targeted)
        return targeted.error();
    summary.targeted = targeted->next() ? targeted->value(0).toLongLong() : 0;
    targeted->finish();

    if (auto cleared =
            Sql::exec(db, QStringLiteral("DELETE FROM delivery_target WHERE delivery_id = ?"),
                      {m_deliveryId});
        !cleared)
        return dbFailure(cleared.error());
    QVariantList params{m_deliveryId};
    params += filter.params;
    auto inserted = runFilterStatement(
        db,
        QStringLiteral("INSERT INTO delivery_target (delivery_id, recipient_id) "
                       "SELECT CAST(? AS BIGINT), x.id FROM ("
                       " SELECT r.id, ROW_NUMBER() OVER (PARTITION BY %1 ORDER BY r.id) AS rn "
                       " FROM recipient r "
                       " WHERE (%2) AND r.opted_out = 0 AND r.blocklisted = 0 AND %3"
                       ") x WHERE x.rn = 1")
            .arg(addressKey, filter.condition, addressCondition),
        params);
    if (!inserted)
        return inserted.error();
    summary.toSend = inserted->numRowsAffected();
    inserted->finish();
    return {};
}

Result<bool> TargetingJob::askApprovals(const QSqlDatabase &db, qint64 campaignId)
{
    // A new targeting round asks again for every required pre-send approval,
    // except the kinds still waiting for a decision (one pending per kind).
    if (auto asked = Sql::exec(
            db,
            QStringLiteral("INSERT INTO approval (delivery_id, kind, status, "
                           "reviewer_operator_id, reviewer_group_id, submitted_at) "
                           "SELECT CAST(? AS BIGINT), ca.kind, 'pending', ca.reviewer_operator_id, "
                           "ca.reviewer_group_id, CAST(? AS BIGINT) FROM campaign_approval ca "
                           "WHERE ca.campaign_id = ? AND ca.kind IN (%1) "
                           "AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.delivery_id = ? "
                           "  AND a.kind = ca.kind AND a.status = 'pending') "
                           "ORDER BY ca.kind")
                .arg(kPreSendKinds),
            {m_deliveryId, m_now, campaignId, m_deliveryId});
        !asked)
        return dbFailure(asked.error());
    auto required = Sql::scalar(db,
                                QStringLiteral("SELECT COUNT(*) FROM campaign_approval "
                                               "WHERE campaign_id = ? AND kind IN (%1)")
                                    .arg(kPreSendKinds),
                                {campaignId});
    if (!required)
        return dbFailure(required.error());
    return required.value() && required.value()->toLongLong() > 0;
}

Result<void> TargetingJob::recordTargeting(const QSqlDatabase &db, const Summary &summary)
{
    if (auto moved =
            Sql::exec(db,
                      QStringLiteral("UPDATE delivery SET targeted_count = ?, to_send_count = ?, "
                                     "analyzed_at = ?, status = ?, last_error = NULL, "
                                     "extraction_file = NULL, extraction_rows = NULL, "
                                     "extraction_sha256 = NULL WHERE id = ?"),
                      {summary.targeted, summary.toSend, m_now, QString(sqlName(summary.status)),
                       m_deliveryId});
        !moved)
        return dbFailure(moved.error());
    if (auto recorded =
            delivery::DeliveryEvents::record(db, m_deliveryId, QStringLiteral("TargetingDone"),
                                             tr("Targeting done: %1 matching, %2 to send.")
                                                 .arg(summary.targeted)
                                                 .arg(summary.toSend),
                                             m_now, m_origin);
        !recorded)
        return dbFailure(recorded.error());
    return {};
}

} // namespace campagna::operation
