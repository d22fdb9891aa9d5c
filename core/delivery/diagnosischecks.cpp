#include "delivery/diagnosischecks.h"

#include "budget/budgetstates.h"
#include "db/sql.h"
#include "delivery/deliverystatusmap.h"
#include "engine/runstates.h"
#include "engine/schedule.h"
#include "stock/stockstates.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace campagna::delivery {

using db::Sql;
using R = Diagnosis::Check::Result;

namespace {

const QString kNotApplicable = QStringLiteral("NotApplicable");

// The default of operation.max_concurrent_jobs, as OperationWorkflow reads it.
constexpr int kDefaultMaxConcurrentJobs = 10;
// service.return_timeout_s when null: the column's default.
constexpr qint64 kDefaultReturnTimeout = 604800;

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Diagnosis::Check make(const QString &name, R result, const QString &reason, const QString &message)
{
    return Diagnosis::Check{name, result, reason, message};
}

// Before targeting the delivery neither counts against a stock nor needs its
// provider yet: a problem there is a warning of what will stall it later.
bool beforeTargeting(std::optional<DeliveryStatus> status)
{
    return status == DeliveryStatus::BeingEdited || status == DeliveryStatus::TargetingPending;
}

// Money as "1234.56 EUR": figures for people, independent of the locale so
// that they read the same in the journal, the CLI and the JSON.
QString money(qint64 cents, const QString &currency)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString text = QString::number(magnitude / 100) + u'.' +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (cents < 0)
        text.prepend(u'-');
    return currency.isEmpty() ? text : text + u' ' + currency;
}

// The worse of two results for a check that aggregates several findings.
int severity(R result)
{
    switch (result) {
    case R::Failed:
        return 3;
    case R::Warning:
        return 2;
    case R::Passed:
        return 1;
    case R::Skipped:
        return 0;
    }
    return 0;
}

} // namespace

QString DiagnosisChecks::utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QStringList DiagnosisChecks::names()
{
    return {QStringLiteral("WorkflowRunning"),    QStringLiteral("JobState"),
            QStringLiteral("ApprovalsPending"),   QStringLiteral("AwaitingConfirmation"),
            QStringLiteral("ContactDate"),        QStringLiteral("StockAvailable"),
            QStringLiteral("BudgetConsolidated"), QStringLiteral("ProviderSetup"),
            QStringLiteral("ProviderJob"),        QStringLiteral("LastError")};
}

Result<DiagnosisChecks::Subject> DiagnosisChecks::load(const QSqlDatabase &db, qint64 deliveryId,
                                                       qint64 now)
{
    auto query = Sql::exec(
        db,
        QStringLiteral(
            "SELECT d.label, d.channel, d.status, d.is_template, d.confirm_required, "
            "d.service_id, d.contact_at, d.extraction_at, d.to_send_count, d.extraction_rows, "
            "d.last_error, d.campaign_id, c.label, c.kind, c.budget_status, c.approval_delay_s, "
            "c.manager_id, m.name "
            "FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
            "LEFT JOIN operator m ON m.id = c.manager_id WHERE d.id = ?"),
        {deliveryId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(Error::Code::NotFound, tr("No delivery %1.").arg(deliveryId));
    Subject s;
    s.now = now;
    s.deliveryId = deliveryId;
    s.label = query->value(0).toString();
    s.channelText = query->value(1).toString();
    s.channel = fromSql<Channel>(s.channelText);
    s.statusText = query->value(2).toString();
    s.status = fromSql<DeliveryStatus>(s.statusText);
    // Deliveries of periodic templates are templates too: the workflows
    // process the instances' copies only.
    s.isTemplate = query->value(3).toInt() == 1 || fromSql<CampaignKind>(query->value(13).toString()) == CampaignKind::Periodic;
    s.confirmRequired = query->value(4).toInt() == 1;
    s.serviceId = optionalInt(query->value(5));
    s.contactAt = optionalInt(query->value(6));
    s.extractionAt = optionalInt(query->value(7));
    s.toSendCount = optionalInt(query->value(8));
    s.extractionRows = optionalInt(query->value(9));
    s.lastError = query->value(10).toString();
    s.campaignId = query->value(11).toLongLong();
    s.campaignLabel = query->value(12).toString();
    s.budgetStatus = query->value(14).toString();
    s.approvalDelaySeconds = query->value(15).toLongLong();
    s.managerId = optionalInt(query->value(16));
    s.managerName = query->value(17).toString();
    return s;
}

// --- 1. WorkflowRunning -----------------------------------------------------

Result<Diagnosis::Check> DiagnosisChecks::workflowRunning(const QSqlDatabase &db, const Subject &s)
{
    const QString name = QStringLiteral("WorkflowRunning");
    const QString workflow = DeliveryStatusMap::workflowMoving(s.status);
    if (workflow.isEmpty())
        return make(name, R::Skipped, kNotApplicable,
                    tr("No workflow moves a delivery in status %1 on.").arg(s.statusText));

    auto row = Sql::exec(db,
                         QStringLiteral("SELECT state, failed, schedule FROM workflow "
                                        "WHERE name = ?"),
                         {workflow});
    if (!row)
        return row.error();
    if (!row->next())
        return make(name, R::Failed, QStringLiteral("WorkflowMissing"),
                    tr("The workflow %1, which moves deliveries in status %2 on, does not exist "
                       "in this database (run campagnactl init).")
                        .arg(workflow, s.statusText));
    const QString state = row->value(0).toString();
    const std::optional<engine::WorkflowState> parsedState = fromSql<engine::WorkflowState>(state);
    const bool failed = row->value(1).toInt() == 1;
    const QString scheduleText = row->value(2).toString();

    if (parsedState == engine::WorkflowState::Stopped)
        return make(name, R::Failed, QStringLiteral("WorkflowStopped"),
                    tr("The workflow %1, which moves deliveries in status %2 on, is stopped: "
                       "nothing moves the delivery on until an administrator starts it.")
                        .arg(workflow, s.statusText));
    // A failed run pauses the workflow (on_error = 'pause'): the failure is
    // the cause, the pause its consequence, so it is told first.
    if (failed) {
        auto run = Sql::exec(db,
                             QStringLiteral("SELECT started_at, error FROM workflow_run "
                                            "WHERE workflow = ? AND status = ? "
                                            "ORDER BY started_at DESC, id DESC LIMIT 1"),
                             {workflow, sqlName(engine::RunStatus::Failed)});
        if (!run)
            return run.error();
        if (run->next())
            return make(name, R::Failed, QStringLiteral("WorkflowFailed"),
                        tr("The workflow %1, which moves deliveries in status %2 on, has failed: "
                           "its run started at %3 failed with \"%4\". It is %5 and stays failed "
                           "until an administrator starts it again.")
                            .arg(workflow, s.statusText, utc(run->value(0).toLongLong()),
                                 run->value(1).toString(), state));
        return make(name, R::Failed, QStringLiteral("WorkflowFailed"),
                    tr("The workflow %1, which moves deliveries in status %2 on, is marked "
                       "failed. It is %3 and stays failed until an administrator starts it "
                       "again.")
                        .arg(workflow, s.statusText, state));
    }
    if (parsedState == engine::WorkflowState::Paused)
        return make(name, R::Failed, QStringLiteral("WorkflowPaused"),
                    tr("The workflow %1, which moves deliveries in status %2 on, is paused: it "
                       "starts no run until an administrator starts it.")
                        .arg(workflow, s.statusText));

    auto last = Sql::scalar(db,
                            QStringLiteral("SELECT started_at FROM workflow_run WHERE workflow = ? "
                                           "ORDER BY started_at DESC, id DESC LIMIT 1"),
                            {workflow});
    if (!last)
        return last.error();
    if (!last.value() || last.value()->isNull())
        return make(name, R::Failed, QStringLiteral("WorkflowNeverRun"),
                    tr("The workflow %1, which moves deliveries in status %2 on, is started but "
                       "has never run: no console or campagnactl serve runs its schedule.")
                        .arg(workflow, s.statusText));
    const qint64 lastStart = last.value()->toLongLong();

    auto schedule = engine::Schedule::parse(scheduleText);
    if (!schedule)
        return make(name, R::Warning, QStringLiteral("WorkflowScheduleInvalid"),
                    tr("The workflow %1 has an invalid schedule (%2); its last run started at "
                       "%3.")
                        .arg(workflow, schedule.errorMessage(), utc(lastStart)));
    const qint64 interval = schedule->intervalSeconds();
    if (interval <= 0)
        return make(name, R::Warning, QStringLiteral("WorkflowManual"),
                    tr("The workflow %1 has no schedule: it runs only when someone runs it. Its "
                       "last run started at %2.")
                        .arg(workflow, utc(lastStart)));
    if (s.now - lastStart >= 2 * interval)
        return make(name, R::Failed, QStringLiteral("WorkflowNotRunRecently"),
                    tr("The workflow %1 (schedule \"%2\") last started a run at %3, two "
                       "intervals or more before now (%4): no console or campagnactl serve "
                       "seems to run its schedule.")
                        .arg(workflow, schedule->toString(), utc(lastStart), utc(s.now)));
    return make(name, R::Passed, QStringLiteral("WorkflowRunning"),
                tr("The workflow %1 is started (schedule \"%2\"); its last run started at %3.")
                    .arg(workflow, schedule->toString(), utc(lastStart)));
}

// --- 2. JobState ------------------------------------------------------------

// The job of the current round, as jobState reads it.
struct DiagnosisChecks::Job
{
    qint64 id = 0;
    QString kind;
    std::optional<JobStatus> status; // nullopt for a text the schema does not know
    qint64 requestedAt = 0;
    std::optional<qint64> startedAt, finishedAt;
    int attempts = 0;
    QString error;
};

Result<Diagnosis::Check> DiagnosisChecks::jobState(const QSqlDatabase &db, const Subject &s)
{
    const QString name = QStringLiteral("JobState");
    const bool targeting = s.status == DeliveryStatus::TargetingPending;
    const bool extraction = s.status == DeliveryStatus::ExtractionPending;
    if (!targeting && !extraction)
        return make(name, R::Skipped, kNotApplicable,
                    tr("A delivery in status %1 waits for no targeting or extraction job.")
                        .arg(s.statusText));
    if (extraction && s.extractionAt && *s.extractionAt > s.now)
        return make(name, R::Warning, QStringLiteral("ExtractionScheduled"),
                    tr("Scheduled for later: the file is to be extracted at %1; operationMgt "
                       "requests the extraction job then.")
                        .arg(utc(*s.extractionAt)));

    const QString kind = sqlName(targeting ? JobKind::Targeting : JobKind::Extraction);
    // The job of the current round: the latest of its kind. A failed
    // extraction job from before the last targeting no longer counts
    // (operationMgt requests a new one), as in OperationWorkflow.
    auto row = Sql::exec(
        db,
        QStringLiteral("SELECT j.id, j.status, j.requested_at, j.started_at, j.finished_at, "
                       "j.attempts, j.error FROM operation_job j JOIN delivery d "
                       "ON d.id = j.delivery_id WHERE j.delivery_id = ? AND j.kind = ? "
                       "AND (j.kind = 'targeting' OR j.status IN ('pending', 'running') "
                       "  OR j.requested_at >= COALESCE(d.analyzed_at, 0)) "
                       "ORDER BY j.requested_at DESC, j.id DESC LIMIT 1"),
        {s.deliveryId, kind});
    if (!row)
        return row.error();
    if (!row->next()) {
        if (targeting)
            return make(name, R::Failed, QStringLiteral("JobMissing"),
                        tr("The delivery waits for targeting but has no targeting job: submit it "
                           "again."));
        // operationMgt requests it on its next run: missing only until then,
        // and WorkflowRunning tells whether that run is coming.
        return make(name, R::Warning, QStringLiteral("JobMissing"),
                    s.extractionAt
                        ? tr("No extraction job yet (the extraction was due at %1): operationMgt "
                             "requests one at its next run.")
                              .arg(utc(*s.extractionAt))
                        : tr("No extraction job yet: operationMgt requests one at its next run."));
    }
    const Job job{row->value(0).toLongLong(),
                  kind,
                  fromSql<JobStatus>(row->value(1).toString()),
                  row->value(2).toLongLong(),
                  optionalInt(row->value(3)),
                  optionalInt(row->value(4)),
                  row->value(5).toInt(),
                  row->value(6).toString()};
    if (job.status == JobStatus::Failed || job.status == JobStatus::Running ||
        job.status == JobStatus::Done)
        return settledJob(s, job);
    // Pending. A job that failed for a transient reason is retried.
    if (job.attempts > 0 && !job.error.isEmpty())
        return make(name, R::Warning, QStringLiteral("JobRetrying"),
                    tr("Job %1 (%2), requested at %3, failed %n time(s) for a transient reason "
                       "and is retried at the next run of operationMgt: %4",
                       nullptr, job.attempts)
                        .arg(QString::number(job.id), kind, utc(job.requestedAt), job.error));
    return queuedJob(db, job);
}

Diagnosis::Check DiagnosisChecks::settledJob(const Subject &s, const Job &job)
{
    const QString name = QStringLiteral("JobState");
    const QString id = QString::number(job.id);
    if (job.status == JobStatus::Failed)
        return make(name, R::Failed, QStringLiteral("JobFailed"),
                    tr("Job %1 (%2) failed at %3 after %n attempt(s): %4", nullptr, job.attempts)
                        .arg(id, job.kind,
                             utc(job.finishedAt.value_or(job.startedAt.value_or(job.requestedAt))),
                             job.error));
    if (job.status == JobStatus::Running)
        return make(name, R::Passed, QStringLiteral("JobRunning"),
                    tr("Job %1 (%2) is running since %3 (attempt %4).")
                        .arg(id, job.kind, utc(job.startedAt.value_or(job.requestedAt)),
                             QString::number(job.attempts)));
    return make(
        name, R::Warning, QStringLiteral("JobDone"),
        tr("Job %1 (%2) finished at %3, yet the delivery is still %4.")
            .arg(id, job.kind, utc(job.finishedAt.value_or(job.requestedAt)), s.statusText));
}

Result<Diagnosis::Check> DiagnosisChecks::queuedJob(const QSqlDatabase &db, const Job &job)
{
    const QString name = QStringLiteral("JobState");
    auto setting = Sql::scalar(db, QStringLiteral("SELECT value FROM setting "
                                                  "WHERE key = 'operation.max_concurrent_jobs'"));
    if (!setting)
        return setting.error();
    int maxConcurrent = kDefaultMaxConcurrentJobs;
    if (setting.value() && !setting.value()->isNull()) {
        bool ok = false;
        const int value = setting.value()->toString().trimmed().toInt(&ok);
        if (ok && value >= 1)
            maxConcurrent = value;
    }
    // Ahead of it: every running job and the pending ones requested before
    // it (operationMgt runs them oldest first, by requested_at then id).
    auto ahead = Sql::scalar(
        db,
        QStringLiteral("SELECT COUNT(*) FROM operation_job WHERE id <> ? AND (status = 'running' "
                       "OR (status = 'pending' AND (requested_at < ? "
                       "OR (requested_at = ? AND id < ?))))"),
        {job.id, job.requestedAt, job.requestedAt, job.id});
    if (!ahead)
        return ahead.error();
    const qint64 before = ahead.value() ? ahead.value()->toLongLong() : 0;
    const QString id = QString::number(job.id);
    // Waiting behind the limit is the queue doing its work, not a stall:
    // a warning. WorkflowRunning tells whether the queue moves at all.
    if (before >= maxConcurrent)
        return make(name, R::Warning, QStringLiteral("JobQueued"),
                    tr("Job %1 (%2), requested at %3, waits behind %n older job(s) pending or "
                       "running: at most %4 run at a time (setting "
                       "operation.max_concurrent_jobs).",
                       nullptr, int(before))
                        .arg(id, job.kind, utc(job.requestedAt), QString::number(maxConcurrent)));
    return make(name, R::Passed, QStringLiteral("JobPending"),
                tr("Job %1 (%2), requested at %3, is pending: operationMgt runs it at its next "
                   "run (%n job(s) ahead of it, at most %4 at a time).",
                   nullptr, int(before))
                    .arg(id, job.kind, utc(job.requestedAt), QString::number(maxConcurrent)));
}

// --- 3. ApprovalsPending ----------------------------------------------------

// An approval of the current round, as approvalsPending reads it.
struct DiagnosisChecks::Approval
{
    qint64 id;
    QString kind;
    std::optional<ApprovalStatus> status; // nullopt for a text the schema does not know
    std::optional<qint64> reviewerOperator, reviewerGroup;
    qint64 submittedAt;
    std::optional<qint64> deadlineAt, decidedAt, decidedBy;
    QString decidedByName, comment;
    int reminders;
};

// What one approval, or one missing approval, tells.
struct DiagnosisChecks::Finding
{
    R result;
    QString reason;
    int rank; // among failures: the first reason told is the most telling
    QString message;
};

Result<Diagnosis::Check> DiagnosisChecks::approvalsPending(const QSqlDatabase &db, const Subject &s)
{
    const QString name = QStringLiteral("ApprovalsPending");
    const QList<ApprovalKind> awaited = DeliveryStatusMap::approvalsAwaited(s.status);
    if (awaited.isEmpty())
        return make(name, R::Skipped, kNotApplicable,
                    tr("A delivery in status %1 waits for no approval.").arg(s.statusText));
    const QString kinds = sqlList(awaited);

    auto approvals = currentApprovals(db, s, kinds);
    if (!approvals)
        return approvals.error();
    QList<Finding> findings;
    QStringList seenKinds;
    int approved = 0;
    for (const Approval &a : std::as_const(approvals.value())) {
        seenKinds.append(a.kind);
        if (a.status == ApprovalStatus::Approved) {
            ++approved;
            continue;
        }
        auto finding = approvalFinding(db, s, a);
        if (!finding)
            return finding.error();
        findings.append(finding.value());
    }

    // A required kind never requested cannot be decided: only a new
    // targeting round creates it.
    auto required = Sql::exec(db,
                              QStringLiteral("SELECT kind FROM campaign_approval "
                                             "WHERE campaign_id = ? AND kind IN (%1) ORDER BY kind")
                                  .arg(kinds),
                              {s.campaignId});
    if (!required)
        return required.error();
    while (required->next()) {
        const QString kind = required->value(0).toString();
        if (!seenKinds.contains(kind))
            findings.append({R::Failed, QStringLiteral("ApprovalMissing"), 3,
                             tr("The campaign requires a %1 approval, but none was requested for "
                                "this delivery: submit it again.")
                                 .arg(kind)});
    }
    return worstFinding(findings, approved);
}

Result<QList<DiagnosisChecks::Approval>>
DiagnosisChecks::currentApprovals(const QSqlDatabase &db, const Subject &s, const QString &kinds)
{
    // The current round: the latest approval of each kind (a new submission
    // creates new ones; the rejected ones of earlier rounds stay).
    auto approvals = Sql::exec(
        db,
        QStringLiteral(
            "SELECT a.id, a.kind, a.status, a.reviewer_operator_id, a.reviewer_group_id, "
            "a.submitted_at, a.deadline_at, a.decided_at, dec.name, a.comment, a.reminders_sent, "
            "a.decided_by FROM approval a LEFT JOIN operator dec ON dec.id = a.decided_by "
            "WHERE a.delivery_id = ? AND a.kind IN (%1) AND NOT EXISTS (SELECT 1 FROM approval b "
            "WHERE b.delivery_id = a.delivery_id AND b.kind = a.kind "
            "AND (b.submitted_at > a.submitted_at OR (b.submitted_at = a.submitted_at "
            "AND b.id > a.id))) ORDER BY a.submitted_at, a.id")
            .arg(kinds),
        {s.deliveryId});
    if (!approvals)
        return approvals.error();
    QList<Approval> rows;
    while (approvals->next()) {
        QSqlQuery &q = approvals.value();
        rows.append({q.value(0).toLongLong(), q.value(1).toString(),
                     fromSql<ApprovalStatus>(q.value(2).toString()), optionalInt(q.value(3)),
                     optionalInt(q.value(4)), q.value(5).toLongLong(), optionalInt(q.value(6)),
                     optionalInt(q.value(7)), optionalInt(q.value(11)), q.value(8).toString(),
                     q.value(9).toString(), q.value(10).toInt()});
    }
    return rows;
}

Result<QStringList> DiagnosisChecks::approvalReviewers(const QSqlDatabase &db, const Subject &s,
                                                       const Approval &a)
{
    // As deliveryMgt resolves them: the reviewer operator, else the group's
    // members who are not administrators, else the campaign manager.
    QStringList reviewers;
    if (a.reviewerOperator) {
        auto reviewer = Sql::scalar(db, QStringLiteral("SELECT name FROM operator WHERE id = ?"),
                                    {*a.reviewerOperator});
        if (!reviewer)
            return reviewer.error();
        if (reviewer.value())
            reviewers.append(reviewer.value()->toString());
    } else if (a.reviewerGroup) {
        auto members = Sql::exec(
            db,
            QStringLiteral("SELECT o.name FROM operator_group_member m JOIN operator o "
                           "ON o.id = m.operator_id WHERE m.group_id = ? AND o.is_admin = 0 "
                           "ORDER BY o.name"),
            {*a.reviewerGroup});
        if (!members)
            return members.error();
        while (members->next())
            reviewers.append(members->value(0).toString());
    }
    if (reviewers.isEmpty() && !s.managerName.isEmpty())
        reviewers.append(s.managerName);
    return reviewers;
}

Result<DiagnosisChecks::Finding>
DiagnosisChecks::approvalFinding(const QSqlDatabase &db, const Subject &s, const Approval &a)
{
    if (a.status == ApprovalStatus::Rejected) {
        const QString who = !a.decidedByName.isEmpty() ? a.decidedByName
                            : a.decidedBy              ? QString::number(*a.decidedBy)
                                                       : tr("an unknown operator");
        const QString comment =
            a.comment.isEmpty() ? tr("(no comment)") : QStringLiteral("\"%1\"").arg(a.comment);
        return Finding{R::Failed, QStringLiteral("ApprovalRejected"), 0,
                       tr("The %1 approval %2 was rejected by %3 at %4: %5. The delivery "
                          "waits until it is submitted again.")
                           .arg(a.kind, QString::number(a.id), who,
                                a.decidedAt ? utc(*a.decidedAt) : tr("an unknown time"), comment)};
    }
    // Pending.
    auto reviewers = approvalReviewers(db, s, a);
    if (!reviewers)
        return reviewers.error();
    if (reviewers->isEmpty())
        return Finding{R::Failed, QStringLiteral("ApprovalNoReviewer"), 1,
                       tr("The %1 approval %2, submitted at %3, has no one to decide it: no "
                          "reviewer operator, no member of its group who is not an "
                          "administrator, and no campaign manager.")
                           .arg(a.kind, QString::number(a.id), utc(a.submittedAt))};
    const QString who = reviewers->join(QStringLiteral(", "));
    // deliveryMgt sets deadline_at when it first notifies the reviewers;
    // until then the deadline it will set is the one that counts.
    const qint64 deadline = a.deadlineAt.value_or(a.submittedAt + s.approvalDelaySeconds);
    QString message;
    if (s.now > deadline) {
        message = tr("The %1 approval %2 is overdue: submitted at %3 to %4, its deadline %5 "
                     "has passed; %n reminder(s) sent.",
                     nullptr, a.reminders)
                      .arg(a.kind, QString::number(a.id), utc(a.submittedAt), who, utc(deadline));
    } else {
        message = tr("The %1 approval %2, submitted at %3, waits for %4 until %5; %n "
                     "reminder(s) sent.",
                     nullptr, a.reminders)
                      .arg(a.kind, QString::number(a.id), utc(a.submittedAt), who, utc(deadline));
    }
    if (!a.deadlineAt)
        message += u' ' + tr("The reviewers have not been notified yet.");
    if (s.now > deadline)
        return Finding{R::Failed, QStringLiteral("ApprovalOverdue"), 2, message};
    return Finding{R::Warning, QStringLiteral("ApprovalPending"), 4, message};
}

Diagnosis::Check DiagnosisChecks::worstFinding(const QList<Finding> &findings, int approved)
{
    const QString name = QStringLiteral("ApprovalsPending");
    if (findings.isEmpty()) {
        if (approved == 0)
            return make(name, R::Passed, QStringLiteral("NoApprovalRequired"),
                        tr("No approval is required: deliveryMgt moves the delivery on at its "
                           "next run."));
        return make(name, R::Passed, QStringLiteral("ApprovalsApproved"),
                    tr("%n approval(s) approved: deliveryMgt moves the delivery on at its next "
                       "run.",
                       nullptr, approved));
    }
    const Finding *worst = &findings.first();
    QStringList messages;
    for (const Finding &f : findings) {
        messages.append(f.message);
        if (severity(f.result) > severity(worst->result) ||
            (severity(f.result) == severity(worst->result) && f.rank < worst->rank))
            worst = &f;
    }
    return make(name, worst->result, worst->reason, messages.join(u'\n'));
}

// --- 4. AwaitingConfirmation ------------------------------------------------

Result<Diagnosis::Check> DiagnosisChecks::awaitingConfirmation(const QSqlDatabase &,
                                                               const Subject &s)
{
    const QString name = QStringLiteral("AwaitingConfirmation");
    if (s.status != DeliveryStatus::PendingConfirmation)
        return make(name, R::Skipped, kNotApplicable,
                    tr("A delivery in status %1 waits for no confirmation.").arg(s.statusText));
    const QString who = s.managerName.isEmpty()
                            ? tr("an administrator (the campaign has no manager)")
                            : tr("%1, the campaign's manager,").arg(s.managerName);
    // Waiting for a person is the normal course until the contact date; past
    // it, the delivery is late and nothing but that person moves it on.
    if (s.contactAt && *s.contactAt <= s.now)
        return make(name, R::Failed, QStringLiteral("ConfirmationOverdue"),
                    tr("The delivery waits for %1 to confirm it; its contact date %2 has passed.")
                        .arg(who, utc(*s.contactAt)));
    if (s.contactAt)
        return make(name, R::Warning, QStringLiteral("AwaitingConfirmation"),
                    tr("The delivery waits for %1 to confirm it before its contact date %2.")
                        .arg(who, utc(*s.contactAt)));
    return make(name, R::Warning, QStringLiteral("AwaitingConfirmation"),
                tr("The delivery waits for %1 to confirm it; it starts as soon as it is "
                   "confirmed.")
                    .arg(who));
}

// --- 5. ContactDate ---------------------------------------------------------

Result<Diagnosis::Check> DiagnosisChecks::contactDate(const QSqlDatabase &, const Subject &s)
{
    const QString name = QStringLiteral("ContactDate");
    if (s.status != DeliveryStatus::StartPending)
        return make(
            name, R::Skipped, kNotApplicable,
            tr("A delivery in status %1 does not wait for its contact date.").arg(s.statusText));
    if (s.contactAt && *s.contactAt > s.now)
        return make(name, R::Warning, QStringLiteral("ContactScheduled"),
                    tr("Scheduled for later: the delivery starts at %1.").arg(utc(*s.contactAt)));
    if (s.contactAt)
        return make(name, R::Passed, QStringLiteral("ContactDue"),
                    tr("The contact date %1 has come: deliveryMgt starts the delivery at its next "
                       "run.")
                        .arg(utc(*s.contactAt)));
    return make(name, R::Passed, QStringLiteral("ContactDue"),
                tr("No contact date: deliveryMgt starts the delivery at its next run."));
}

// --- 6. StockAvailable ------------------------------------------------------

Result<Diagnosis::Check> DiagnosisChecks::stockAvailable(const QSqlDatabase &db, const Subject &s)
{
    const QString name = QStringLiteral("StockAvailable");
    if (s.status == DeliveryStatus::InProgress || s.status == DeliveryStatus::SentToProvider)
        return make(name, R::Skipped, kNotApplicable,
                    tr("A delivery in status %1 has already been handed over: its stock is used.")
                        .arg(s.statusText));
    // This delivery's quantity: its stock_consumption row once it consumes,
    // else what stockMgt would plan (stock_units x extracted rows or
    // messages to send for per_message, stock_units for fixed).
    auto lines = Sql::exec(
        db,
        QStringLiteral(
            "SELECT sl.id, sl.label, st.label, sl.status, sl.in_stock_qty, sl.on_order_qty, "
            "sl.planned_qty, sl.forecast_qty, sl.alert_level, "
            "CASE WHEN MAX(sc.quantity) IS NOT NULL THEN MAX(sc.quantity) "
            "ELSE SUM(CASE ct.basis WHEN 'fixed' THEN ct.stock_units "
            "  WHEN 'per_message' THEN ct.stock_units * COALESCE(d.extraction_rows, "
            "  d.to_send_count) END) END "
            "FROM cost_choice cc JOIN cost_type ct ON ct.id = cc.cost_type_id "
            "JOIN stock_line sl ON sl.id = ct.stock_line_id JOIN stock st ON st.id = sl.stock_id "
            "JOIN delivery d ON d.id = cc.delivery_id "
            "LEFT JOIN stock_consumption sc ON sc.stock_line_id = sl.id "
            "AND sc.delivery_id = cc.delivery_id "
            "WHERE cc.delivery_id = ? "
            "GROUP BY sl.id, sl.label, st.label, sl.status, sl.in_stock_qty, sl.on_order_qty, "
            "sl.planned_qty, sl.forecast_qty, sl.alert_level ORDER BY sl.id"),
        {s.deliveryId});
    if (!lines)
        return lines.error();
    int count = 0;
    QStringList insufficient, alerts;
    while (lines->next()) {
        QSqlQuery &q = lines.value();
        ++count;
        const QString line = q.value(1).toString();
        const QString stock = q.value(2).toString();
        const std::optional<stock::StockStatus> status =
            fromSql<stock::StockStatus>(q.value(3).toString());
        const QString inStock = QString::number(q.value(4).toLongLong());
        const QString forecast = QString::number(q.value(7).toLongLong());
        if (status == stock::StockStatus::Insufficient) {
            const QString figures =
                tr("Stock line \"%1\" of \"%2\" is insufficient: %3 in stock, %4 on order, %5 "
                   "planned, forecast %6.")
                    .arg(line, stock, inStock, QString::number(q.value(5).toLongLong()),
                         QString::number(q.value(6).toLongLong()), forecast);
            const QString need =
                q.value(9).isNull()
                    ? tr("This delivery's quantity is not known yet.")
                    : tr("This delivery needs %1.").arg(QString::number(q.value(9).toLongLong()));
            insufficient.append(figures + u' ' + need);
        } else if (status == stock::StockStatus::Alert) {
            alerts.append(
                tr("Stock line \"%1\" of \"%2\" is at its alert level: %3 in stock, "
                   "alert level %4, forecast %5.")
                    .arg(line, stock, inStock, QString::number(q.value(8).toLongLong()), forecast));
        }
    }
    if (count == 0)
        return make(name, R::Skipped, QStringLiteral("NoStockConsumed"),
                    tr("The delivery's cost choices consume no stock."));
    if (!insufficient.isEmpty()) {
        QStringList messages = insufficient + alerts;
        // Before targeting the delivery is not counted against the stock
        // yet: the shortage will stall it, it does not stall it now.
        if (beforeTargeting(s.status))
            return make(name, R::Warning, QStringLiteral("StockInsufficient"),
                        messages.join(u'\n'));
        return make(name, R::Failed, QStringLiteral("StockInsufficient"), messages.join(u'\n'));
    }
    if (!alerts.isEmpty())
        return make(name, R::Warning, QStringLiteral("StockAlert"), alerts.join(u'\n'));
    return make(name, R::Passed, QStringLiteral("StockAvailable"),
                tr("%n stock line(s) consumed, none insufficient.", nullptr, count));
}

// --- 7. BudgetConsolidated --------------------------------------------------

Result<Diagnosis::Check> DiagnosisChecks::budgetConsolidated(const QSqlDatabase &db,
                                                             const Subject &s)
{
    const QString name = QStringLiteral("BudgetConsolidated");
    // The budget charged: the campaign's, else its program's, else its plan's.
    auto budget = Sql::exec(
        db,
        QStringLiteral("SELECT b.label, b.currency, b.allocated_cents, b.reserved_cents, "
                       "b.committed_cents, b.spent_cents FROM campaign c "
                       "LEFT JOIN program p ON p.id = c.program_id "
                       "LEFT JOIN plan pl ON pl.id = p.plan_id "
                       "JOIN budget b ON b.id = COALESCE(c.budget_id, p.budget_id, pl.budget_id) "
                       "WHERE c.id = ?"),
        {s.campaignId});
    if (!budget)
        return budget.error();
    QStringList warnings;
    QString reason;
    if (fromSql<budget::BudgetStatus>(s.budgetStatus) == budget::BudgetStatus::BeingEdited) {
        reason = QStringLiteral("BudgetBeingEdited");
        warnings.append(tr("The budget of the campaign \"%1\" is still being edited (budget "
                           "status being_edited).")
                            .arg(s.campaignLabel));
    }
    if (!budget->next()) {
        if (!warnings.isEmpty())
            return make(name, R::Warning, reason, warnings.join(u'\n'));
        return make(name, R::Skipped, QStringLiteral("NoBudget"),
                    tr("No budget is charged: neither the campaign \"%1\" nor its program or "
                       "plan has one.")
                        .arg(s.campaignLabel));
    }
    const QString label = budget->value(0).toString();
    const QString currency = budget->value(1).toString();
    const qint64 allocated = budget->value(2).toLongLong();
    const qint64 reserved = budget->value(3).toLongLong();
    const qint64 committed = budget->value(4).toLongLong();
    const qint64 spent = budget->value(5).toLongLong();
    const qint64 used = reserved + committed + spent;
    if (used > allocated) {
        if (reason.isEmpty())
            reason = QStringLiteral("BudgetOverrun");
        warnings.append(tr("The budget \"%1\" is over-run: reserved %2 + committed %3 + spent %4 "
                           "= %5, more than the %6 allocated.")
                            .arg(label, money(reserved, currency), money(committed, currency),
                                 money(spent, currency), money(used, currency),
                                 money(allocated, currency)));
    }
    if (!warnings.isEmpty())
        return make(name, R::Warning, reason, warnings.join(u'\n'));
    return make(name, R::Passed, QStringLiteral("BudgetConsolidated"),
                tr("The campaign's budget is %1; the budget \"%2\" is within its allocation (%3 "
                   "of %4 used).")
                    .arg(s.budgetStatus, label, money(used, currency), money(allocated, currency)));
}

// --- 8. ProviderSetup -------------------------------------------------------

Result<Diagnosis::Check> DiagnosisChecks::providerSetup(const QSqlDatabase &db, const Subject &s)
{
    const QString name = QStringLiteral("ProviderSetup");
    if (s.channel != Channel::DirectMail)
        return make(name, R::Skipped, kNotApplicable,
                    tr("Only direct mail is handed to a service provider (channel %1).")
                        .arg(s.channelText));
    // Until targeting is done the delivery needs no provider yet: a setup
    // problem is a warning of what will stall it at extraction.
    const R problem = beforeTargeting(s.status) || s.status == DeliveryStatus::ToValidate
                          ? R::Warning
                          : R::Failed;
    if (!s.serviceId)
        return make(name, problem, QStringLiteral("ServiceMissing"),
                    tr("The direct-mail delivery has no service: it can be neither extracted nor "
                       "handed to a provider."));
    auto service = Sql::exec(db,
                             QStringLiteral("SELECT s.label, sp.label, sp.email, sp.drop_dir "
                                            "FROM service s JOIN supplier sp "
                                            "ON sp.id = s.supplier_id WHERE s.id = ?"),
                             {*s.serviceId});
    if (!service)
        return service.error();
    if (!service->next())
        return make(name, problem, QStringLiteral("ServiceMissing"),
                    tr("The delivery's service %1 does not exist.").arg(*s.serviceId));
    const QString serviceLabel = service->value(0).toString();
    const QString supplier = service->value(1).toString();
    const QString email = service->value(2).toString().trimmed();
    const QString dropDir = service->value(3).toString().trimmed();
    QString reason;
    QStringList messages;
    if (email.isEmpty()) {
        reason = QStringLiteral("SupplierEmailMissing");
        messages.append(tr("The supplier \"%1\" of the service \"%2\" has no email: the file "
                           "cannot be announced to it.")
                            .arg(supplier, serviceLabel));
    }
    if (dropDir.isEmpty()) {
        if (reason.isEmpty())
            reason = QStringLiteral("SupplierDropDirMissing");
        messages.append(tr("The supplier \"%1\" of the service \"%2\" has no drop directory: the "
                           "file cannot be handed over.")
                            .arg(supplier, serviceLabel));
    }
    if (!messages.isEmpty())
        return make(name, problem, reason, messages.join(u'\n'));
    return make(name, R::Passed, QStringLiteral("ProviderReady"),
                tr("The service \"%1\" of \"%2\" is set up: email %3, drop directory %4.")
                    .arg(serviceLabel, supplier, email, dropDir));
}

// --- 9. ProviderJob ---------------------------------------------------------

Result<Diagnosis::Check> DiagnosisChecks::providerJob(const QSqlDatabase &db, const Subject &s)
{
    const QString name = QStringLiteral("ProviderJob");
    if (s.channel != Channel::DirectMail ||
        (s.status != DeliveryStatus::ProviderPending && s.status != DeliveryStatus::SentToProvider))
        return make(name, R::Skipped, kNotApplicable,
                    tr("A %1 delivery in status %2 has no provider job to watch.")
                        .arg(s.channelText, s.statusText));
    auto job = Sql::exec(
        db,
        QStringLiteral("SELECT j.id, j.status, j.sent_at, j.finished_at, j.attempts, j.error, "
                       "s.return_file_pattern, s.return_timeout_s, sp.label "
                       "FROM provider_job j JOIN delivery d ON d.id = j.delivery_id "
                       "LEFT JOIN service s ON s.id = COALESCE(j.service_id, d.service_id) "
                       "LEFT JOIN supplier sp ON sp.id = s.supplier_id WHERE j.delivery_id = ?"),
        {s.deliveryId});
    if (!job)
        return job.error();
    if (!job->next()) {
        if (s.status == DeliveryStatus::ProviderPending)
            return make(name, R::Warning, QStringLiteral("ProviderJobNotCreated"),
                        tr("No provider job yet: deliveryMgt creates one at its next run."));
        return make(name, R::Failed, QStringLiteral("ProviderJobMissing"),
                    tr("The delivery is marked sent to its provider but has no provider job."));
    }
    const QString id = QString::number(job->value(0).toLongLong());
    const std::optional<ProviderJobStatus> status =
        fromSql<ProviderJobStatus>(job->value(1).toString());
    const std::optional<qint64> sentAt = optionalInt(job->value(2));
    const std::optional<qint64> finishedAt = optionalInt(job->value(3));
    const int attempts = job->value(4).toInt();
    const QString error = job->value(5).toString();
    const QString pattern = job->value(6).toString();
    const qint64 timeout =
        job->value(7).isNull() ? kDefaultReturnTimeout : job->value(7).toLongLong();
    const QString supplier = job->value(8).toString();

    if (status == ProviderJobStatus::Failed)
        return make(
            name, R::Failed, QStringLiteral("ProviderJobFailed"),
            finishedAt
                ? tr("Provider job %1 failed at %2 after %n attempt(s): %3", nullptr, attempts)
                      .arg(id, utc(*finishedAt), error)
                : tr("Provider job %1 failed after %n attempt(s): %2", nullptr, attempts)
                      .arg(id, error));
    if (status == ProviderJobStatus::Pending) {
        if (attempts > 0 && !error.isEmpty())
            return make(
                name, R::Warning, QStringLiteral("ProviderJobRetrying"),
                tr("Provider job %1 is pending after %n failed attempt(s): %2", nullptr, attempts)
                    .arg(id, error));
        return make(name, R::Passed, QStringLiteral("ProviderJobPending"),
                    tr("Provider job %1 is pending: supplierMgt sends the file to %2 at its next "
                       "run.")
                        .arg(id, supplier));
    }
    if (status == ProviderJobStatus::Done)
        return make(
            name, R::Warning, QStringLiteral("ProviderJobDone"),
            tr("Provider job %1 is done since %2, yet the delivery is still %3.")
                .arg(id, finishedAt ? utc(*finishedAt) : tr("an unknown time"), s.statusText));
    // file_sent
    const QString sent = sentAt ? utc(*sentAt) : tr("an unknown time");
    if (pattern.isEmpty())
        return make(name, R::Passed, QStringLiteral("ProviderFileSent"),
                    tr("The file of provider job %1 was sent to %2 at %3; with no return file "
                       "expected, supplierMgt finishes the delivery at its next run.")
                        .arg(id, supplier, sent));
    if (sentAt && *sentAt + timeout < s.now)
        return make(name, R::Failed, QStringLiteral("ProviderReturnOverdue"),
                    tr("The file of provider job %1 was sent to %2 at %3; its return file (%4) "
                       "was due by %5 and has not come back.")
                        .arg(id, supplier, sent, pattern, utc(*sentAt + timeout)));
    return make(name, R::Passed, QStringLiteral("ProviderReturnAwaited"),
                sentAt ? tr("The file of provider job %1 was sent to %2 at %3; its return file "
                            "(%4) is expected by %5.")
                             .arg(id, supplier, sent, pattern, utc(*sentAt + timeout))
                       : tr("The file of provider job %1 was sent to %2; its return file (%3) is "
                            "awaited.")
                             .arg(id, supplier, pattern));
}

// --- 10. LastError ----------------------------------------------------------

Result<Diagnosis::Check> DiagnosisChecks::lastError(const QSqlDatabase &, const Subject &s)
{
    const QString name = QStringLiteral("LastError");
    if (!s.lastError.isEmpty())
        return make(name, R::Failed, QStringLiteral("LastError"),
                    tr("Last error: %1").arg(s.lastError));
    if (s.status == DeliveryStatus::Failed)
        return make(name, R::Failed, QStringLiteral("DeliveryFailed"),
                    tr("The delivery has failed, with no error recorded."));
    return make(name, R::Passed, QStringLiteral("NoError"), tr("No error recorded."));
}

} // namespace campagna::delivery
