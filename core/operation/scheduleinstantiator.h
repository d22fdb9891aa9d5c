#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace campagna::engine {
class RunContext;
}

namespace campagna::operation {

// operationMgt step 1, "Recurring and periodic campaigns" (03-workflows.md):
// instantiates the schedule lines of recurring and periodic template
// campaigns that are due (`start_at - create_in_advance_s <= now`, not yet
// instantiated, template not cancelled).
//
// - periodic: a new campaign (kind `campaign`, `template_id`,
//   `schedule_line_id`, label "<template label> <YYYY-MM-DD>" in UTC) with
//   copies of the template's deliveries, tasks, their cost choices, the
//   approval requirements and the reminder rules; dates are shifted by the
//   line's start minus the template's start.
// - recurring: in the template itself, one copy of each `is_template`
//   delivery, labelled "<label> #<n>" (n: the line's rank by start), with
//   `template_delivery_id` and `schedule_line_id`, and its cost choices.
// - auto_start: the new deliveries are submitted (`targeting_pending` and a
//   pending targeting job each).
//
// Each line is first claimed (`created_at = now` where still null), so a
// repeated or concurrent run creates nothing twice; the UNIQUE keys
// (campaign.schedule_line_id, delivery(template_delivery_id,
// schedule_line_id)) guard the inserts as well. Copies are made with
// INSERT ... SELECT; the loop in C++ is over the due lines only.
//
// Threading: runs on the calling thread, on `db`, inside the caller's write
// transaction (a RunContext unit of work); it begins and commits nothing.
// It writes journal lines through the context but does not add to the
// run's items: the caller counts from the Summary.
class ScheduleInstantiator final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::operation::ScheduleInstantiator)

public:
    struct Summary
    {
        int linesInstantiated = 0;
        int campaignsCreated = 0;
        int deliveriesCreated = 0;
        int deliveriesSubmitted = 0;
    };

    // Runs inside the caller's transaction (the caller's unit of work) on
    // `db`; writes journal lines through `context`. Times come from
    // context.now().
    static Result<Summary> run(engine::RunContext &context, const QSqlDatabase &db);
};

} // namespace campagna::operation
