#pragma once

#include "common/result.h"
#include "db/dialect.h"
#include "delivery/deliveryevents.h"
#include "delivery/deliverystates.h"
#include "engine/jobattempts.h"
#include "operation/targetexpression.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace campagna::operation {

// One targeting job of operationMgt (03-workflows.md, step 3): computes a
// delivery's targets from its `target_filter` and moves it on.
//
// - targeted_count: the recipients the filter matches (one COUNT);
// - delivery_target: the delivery's rows replaced, with one INSERT ...
//   SELECT, by the matches that are not opted out, not blocklisted, have
//   the channel's address (e-mail; phone; address, postal code and city)
//   and are the lowest id of their address. "No address" is NULL or only
//   spaces. E-mail addresses are compared case-insensitively (LOWER, which
//   folds ASCII letters on both backends: the domain part is
//   case-insensitive and mailboxes are in practice); phone numbers and
//   postal addresses are compared exactly, since normalising them needs
//   more than case folding;
// - to_send_count = the rows inserted, analyzed_at = now, last_error and
//   the figures of an earlier extraction cleared (they describe targets that
//   no longer exist);
// - a pending approval of each required pre-send kind (targeting, content,
//   budget, proof) that has none pending, reviewers from
//   campaign_approval, submitted_at = now;
// - the life-cycle move: to_validate with a required pre-send approval,
//   else pending_confirmation / start_pending (e-mail, SMS) or
//   extraction_pending (direct mail); event TargetingDone.
// No recipient is loaded into C++. A filter that does not parse, or that
// the database refuses in the statements that hold it (for a reason other
// than a transient one), fails with engine::JobFailure::InvalidFilter.
//
// Threading: runs on the calling thread, on `db`, inside the caller's
// write transaction (a concurrent unit of the run); it begins and commits
// nothing. A failed run() leaves failure() set for the caller to record
// after rolling back.
class TargetingJob final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::operation::TargetingJob)

public:
    struct Summary
    {
        qint64 targeted = 0;
        qint64 toSend = 0;
        delivery::DeliveryStatus status = delivery::DeliveryStatus::ToValidate; // its new status
    };

    TargetingJob(qint64 deliveryId, qint64 now, const db::Dialect &dialect,
                 delivery::DeliveryEvents::Origin origin);

    Result<Summary> run(const QSqlDatabase &db);
    engine::JobFailure failure() const { return m_failure; }

private:
    // What targeting reads of the delivery.
    struct Delivery
    {
        QString channel; // as read, for the message about an unknown one
        QString filterText;
        bool confirmRequired = false;
        qint64 campaignId = 0;
    };

    Error fail(engine::JobFailure kind, Error error);
    // A database error: transient or permanent by its code.
    Error dbFailure(const Error &error);
    // The delivery, locked, if it still waits for targeting (else Stale).
    Result<Delivery> lockDelivery(const QSqlDatabase &db);
    // delivery_target from the filter, one recipient per address.
    Result<void> fillTargets(const QSqlDatabase &db, const TargetExpression::Sql &filter,
                             const QString &addressKey, const QString &addressCondition,
                             Summary &summary);
    // Asks the campaign's pre-send approvals again; true when it has any.
    Result<bool> askApprovals(const QSqlDatabase &db, qint64 campaignId);
    // The delivery's figures and new status, and its TargetingDone event.
    Result<void> recordTargeting(const QSqlDatabase &db, const Summary &summary);
    // Prepares and runs one of the statements that hold the filter; a
    // refusal of the database that is not transient is InvalidFilter.
    Result<QSqlQuery> runFilterStatement(const QSqlDatabase &db, const QString &sql,
                                         const QVariantList &params);

    qint64 m_deliveryId;
    qint64 m_now;
    const db::Dialect &m_dialect;
    delivery::DeliveryEvents::Origin m_origin;
    engine::JobFailure m_failure = engine::JobFailure::None;
};

} // namespace campagna::operation
