#pragma once

#include "common/result.h"
#include "engine/workflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace campagna::engine {
class RunContext;
}

namespace campagna::delivery {

// deliveryMgt, "Jobs on deliveries in campaigns" (03-workflows.md), in six
// steps, each one unit of work of set-based SQL:
// 1. approval requests: pending approvals not yet notified get their
//    deadline (submitted_at + the campaign's approval_delay_s) and one
//    notification per reviewer (Reviewers), then notified_at;
// 2. reminders: the campaign's reminder rules that have fallen due notify
//    the reviewers once per rule; reminders_sent = the rules fired;
// 3. overdue: an approval past its deadline notifies the campaign manager
//    once and records the event ApprovalOverdue once;
// 4. moving on: to_validate deliveries whose required pre-send approvals
//    are approved in the current round, and file_to_approve ones whose
//    extraction approval is, move on in their life cycle;
// 5. starting: start_pending deliveries whose contact date has come are
//    in_progress (handed to their channel);
// 6. provider hand-over: provider_pending deliveries get a pending
//    provider_job for supplierMgt.
// Notifications are idempotent by dedup key and written in the recipient's
// language (operator.locale); events are recorded when their condition is
// newly found. Template deliveries and periodic campaigns are left alone,
// as are the approvals of finished, cancelled and failed deliveries.
//
// Threading: created by the engine per run and run on one pool thread.
class DeliveryWorkflow final : public engine::Workflow
{
    Q_DECLARE_TR_FUNCTIONS(campagna::delivery::DeliveryWorkflow)

public:
    Result<void> run(engine::RunContext &context) override;

private:
    Result<void> requestApprovals(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> sendReminders(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> reportOverdue(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> moveOn(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> startDeliveries(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> handOverToProviders(engine::RunContext &context, const QSqlDatabase &db);
};

} // namespace campagna::delivery
