#include "operation/scheduleinstantiator.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "delivery/deliverystates.h"
#include "engine/runcontext.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QTimeZone>

#include <optional>

namespace campagna::operation {

using db::Sql;

namespace {

const QString kStep = QStringLiteral("schedule");

// A schedule line found due, with what its instantiation needs of its template.
struct DueLine
{
    qint64 id = 0;
    qint64 startAt = 0;
    bool autoStart = false;
    qint64 templateId = 0;
    std::optional<delivery::CampaignKind> templateKind;
    QString templateLabel;
    std::optional<qint64> templateStartAt;
};

// What one line created.
struct LineOutcome
{
    std::optional<qint64> campaignId;
    qint64 deliveries = 0;
    qint64 tasks = 0;
    qint64 costChoices = 0;
    qint64 approvals = 0;
    qint64 reminderRules = 0;
};

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QString utcText(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

// "<template label> <YYYY-MM-DD of the line's start>", the date in UTC.
QString instanceLabel(const DueLine &line)
{
    return line.templateLabel + QLatin1Char(' ') +
           QDateTime::fromSecsSinceEpoch(line.startAt, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd"));
}

Result<qint64> countOf(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {})
{
    auto value = Sql::scalar(db, sql, params);
    if (!value)
        return value.error();
    return value.value() ? value.value()->toLongLong() : 0;
}

Result<QList<DueLine>> dueLines(const QSqlDatabase &db, qint64 now)
{
    // Read completely before writing: the loop runs other statements on the
    // same connection.
    auto query = Sql::exec(
        db,
        QStringLiteral("SELECT l.id, l.start_at, l.auto_start, c.id, c.kind, c.label, c.start_at "
                       "FROM schedule_line l JOIN campaign c ON c.id = l.campaign_id "
                       "WHERE l.created_at IS NULL AND c.kind IN ('periodic', 'recurring') "
                       "AND c.status <> 'cancelled' AND l.start_at - c.create_in_advance_s <= ? "
                       "ORDER BY l.start_at, l.id"),
        {now});
    if (!query)
        return query.error();
    QList<DueLine> lines;
    while (query->next()) {
        DueLine line;
        line.id = query->value(0).toLongLong();
        line.startAt = query->value(1).toLongLong();
        line.autoStart = query->value(2).toInt() == 1;
        line.templateId = query->value(3).toLongLong();
        line.templateKind = fromSql<delivery::CampaignKind>(query->value(4).toString());
        line.templateLabel = query->value(5).toString();
        if (!query->value(6).isNull())
            line.templateStartAt = query->value(6).toLongLong();
        lines.append(line);
    }
    return lines;
}

// Gives each row of `table` (aliased `s`) selected by `condition` the id its
// copy will have, in the temporary table schedule_copy. The ids are taken
// before the copies are inserted so that every copy is known by its
// template row without relying on the order in which a multi-row INSERT
// assigns generated ids (Dialect::freshIdsSql()).
Result<void> allocateCopies(const QSqlDatabase &db, const QString &kind, const QString &table,
                            const QString &condition, const QVariantList &params)
{
    const QString sql = QStringLiteral("INSERT INTO schedule_copy (kind, template_id, copy_id) "
                                       "SELECT CAST(? AS TEXT), f.id, f.fresh_id FROM (") +
                        db::Dialect::of(db).freshIdsSql(table, condition) + QStringLiteral(") f");
    QVariantList all{kind};
    all.append(params);
    auto filled = Sql::exec(db, sql, all);
    if (!filled)
        return filled.error();
    return {};
}

// Copies of the cost choices of the template deliveries and tasks in
// schedule_copy, pointing to their copies.
Result<qint64> copyCostChoices(const QSqlDatabase &db)
{
    auto onDeliveries = Sql::update(
        db, QStringLiteral(
                "INSERT INTO cost_choice (delivery_id, cost_type_id, surcharge_cents, "
                "expense_category_id) "
                "SELECT m.copy_id, cc.cost_type_id, cc.surcharge_cents, cc.expense_category_id "
                "FROM schedule_copy m JOIN cost_choice cc ON cc.delivery_id = m.template_id "
                "WHERE m.kind = 'delivery' ORDER BY m.copy_id, cc.id"));
    if (!onDeliveries)
        return onDeliveries.error();
    auto onTasks = Sql::update(
        db, QStringLiteral(
                "INSERT INTO cost_choice (task_id, cost_type_id, surcharge_cents, "
                "expense_category_id) "
                "SELECT m.copy_id, cc.cost_type_id, cc.surcharge_cents, cc.expense_category_id "
                "FROM schedule_copy m JOIN cost_choice cc ON cc.task_id = m.template_id "
                "WHERE m.kind = 'task' ORDER BY m.copy_id, cc.id"));
    if (!onTasks)
        return onTasks.error();
    return onDeliveries.value() + onTasks.value();
}

// Submits the delivery copies in schedule_copy (inserted already as
// `targeting_pending`): one pending targeting job each, as `delivery
// submit` does; requested by the workflow, so by no operator.
Result<qint64> requestTargeting(const QSqlDatabase &db, qint64 now)
{
    return Sql::update(
        db,
        QStringLiteral("INSERT INTO operation_job (kind, delivery_id, status, requested_at) "
                       "SELECT 'targeting', m.copy_id, 'pending', CAST(? AS BIGINT) "
                       "FROM schedule_copy m WHERE m.kind = 'delivery' "
                       "AND NOT EXISTS (SELECT 1 FROM operation_job j "
                       "WHERE j.delivery_id = m.copy_id AND j.kind = 'targeting' "
                       "AND j.status IN ('pending', 'running')) "
                       "ORDER BY m.copy_id"),
        {now});
}

QString newDeliveryStatus(const DueLine &line)
{
    return QString(sqlName(line.autoStart ? delivery::DeliveryStatus::TargetingPending
                                          : delivery::DeliveryStatus::BeingEdited));
}

// The periodic line's campaign, made unless an earlier instantiation made
// it (then nullopt, with a warning).
Result<std::optional<qint64>> createInstance(engine::RunContext &context, const QSqlDatabase &db,
                                             const DueLine &line)
{
    auto inserted = Sql::update(
        db,
        QStringLiteral(
            "INSERT INTO campaign (program_id, label, manager_id, kind, status, budget_id, "
            "budget_status, commitment_level, estimated_cost_cents, start_at, end_at, "
            "approval_delay_s, template_id, schedule_line_id) "
            "SELECT t.program_id, CAST(? AS TEXT), t.manager_id, 'campaign', 'being_edited', "
            "t.budget_id, t.budget_status, t.commitment_level, t.estimated_cost_cents, "
            "l.start_at, l.end_at, t.approval_delay_s, t.id, l.id "
            "FROM schedule_line l JOIN campaign t ON t.id = l.campaign_id "
            "WHERE l.id = ? AND NOT EXISTS "
            "(SELECT 1 FROM campaign x WHERE x.schedule_line_id = l.id) "
            "ON CONFLICT (schedule_line_id) DO NOTHING"),
        {instanceLabel(line), line.id});
    if (!inserted)
        return inserted.error();
    auto found = Sql::scalar(
        db, QStringLiteral("SELECT id FROM campaign WHERE schedule_line_id = ?"), {line.id});
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            Error::Code::Failed,
            ScheduleInstantiator::tr(
                "No campaign was made for the schedule line %1 of the periodic campaign \"%2\".")
                .arg(QString::number(line.id), line.templateLabel));
    const qint64 campaign = found.value()->toLongLong();
    if (inserted.value() == 0) {
        // The line had been instantiated and its created_at cleared since.
        context.warning(
            kStep,
            ScheduleInstantiator::tr(
                "The schedule line %1 of the periodic campaign \"%2\" already has its "
                "campaign (%3); nothing was created for it again.")
                .arg(QString::number(line.id), line.templateLabel, QString::number(campaign)),
            QStringLiteral("campaign"), campaign);
        return std::optional<qint64>();
    }
    return std::optional<qint64>(campaign);
}

// Copies of the template's live deliveries and tasks and of their cost
// choices in the new campaign, dates shifted.
Result<void> copyDeliveriesAndTasks(const QSqlDatabase &db, const DueLine &line, qint64 campaign,
                                    const QVariant &shift, LineOutcome &outcome)
{
    // Cancelled deliveries and tasks are no longer part of the template.
    const QString live = QStringLiteral("s.campaign_id = ? AND s.status <> 'cancelled'");
    if (auto ok = allocateCopies(db, QStringLiteral("delivery"), QStringLiteral("delivery"), live,
                                 {line.templateId});
        !ok)
        return ok.error();
    if (auto ok = allocateCopies(db, QStringLiteral("task"), QStringLiteral("task"), live,
                                 {line.templateId});
        !ok)
        return ok.error();

    // What targeting, extraction, sending and costing found belongs to a
    // delivery's run, not to its definition: counts, analysis, extraction
    // file, real and calculated costs and errors are not copied.
    auto deliveries = Sql::update(
        db,
        QStringLiteral("INSERT INTO delivery (id, campaign_id, label, channel, service_id, "
                       "status, is_template, target_filter, confirm_required, contact_at, "
                       "extraction_at, estimated_cost_cents, commitment_level) "
                       "SELECT m.copy_id, CAST(? AS BIGINT), d.label, d.channel, "
                       "d.service_id, CAST(? AS TEXT), 0, d.target_filter, "
                       "d.confirm_required, d.contact_at + CAST(? AS BIGINT), "
                       "d.extraction_at + CAST(? AS BIGINT), d.estimated_cost_cents, "
                       "d.commitment_level "
                       "FROM schedule_copy m JOIN delivery d ON d.id = m.template_id "
                       "WHERE m.kind = 'delivery' ORDER BY m.copy_id"),
        {campaign, newDeliveryStatus(line), shift, shift});
    if (!deliveries)
        return deliveries.error();
    outcome.deliveries = deliveries.value();

    auto tasks = Sql::update(
        db,
        QStringLiteral(
            "INSERT INTO task (id, campaign_id, label, status, service_id, duration_days, "
            "estimated_cost_cents, commitment_level, start_at, end_at) "
            "SELECT m.copy_id, CAST(? AS BIGINT), t.label, 'scheduled', t.service_id, "
            "t.duration_days, t.estimated_cost_cents, t.commitment_level, "
            "t.start_at + CAST(? AS BIGINT), t.end_at + CAST(? AS BIGINT) "
            "FROM schedule_copy m JOIN task t ON t.id = m.template_id "
            "WHERE m.kind = 'task' ORDER BY m.copy_id"),
        {campaign, shift, shift});
    if (!tasks)
        return tasks.error();
    outcome.tasks = tasks.value();

    auto costChoices = copyCostChoices(db);
    if (!costChoices)
        return costChoices.error();
    outcome.costChoices = costChoices.value();
    return {};
}

// Copies of the template's approval requirements and reminder rules.
Result<void> copyApprovalRules(const QSqlDatabase &db, const DueLine &line, qint64 campaign,
                               const QVariant &shift, LineOutcome &outcome)
{
    auto approvals =
        Sql::update(db,
                    QStringLiteral("INSERT INTO campaign_approval (campaign_id, kind, "
                                   "reviewer_operator_id, reviewer_group_id) "
                                   "SELECT CAST(? AS BIGINT), a.kind, a.reviewer_operator_id, "
                                   "a.reviewer_group_id FROM campaign_approval a "
                                   "WHERE a.campaign_id = ? ORDER BY a.kind"),
                    {campaign, line.templateId});
    if (!approvals)
        return approvals.error();
    outcome.approvals = approvals.value();

    // Offset rules are relative to each approval's deadline and hold as
    // they are; absolute ones move with the campaign.
    auto rules = Sql::update(
        db,
        QStringLiteral("INSERT INTO approval_reminder_rule (campaign_id, offset_s, at) "
                       "SELECT CAST(? AS BIGINT), r.offset_s, r.at + CAST(? AS BIGINT) "
                       "FROM approval_reminder_rule r WHERE r.campaign_id = ? "
                       "AND (r.at IS NULL OR CAST(? AS BIGINT) IS NOT NULL) ORDER BY r.id"),
        {campaign, shift, line.templateId, shift});
    if (!rules)
        return rules.error();
    outcome.reminderRules = rules.value();
    return {};
}

// A template without a start date: a warning naming what lost its dates.
Result<void> warnUndated(engine::RunContext &context, const QSqlDatabase &db, const DueLine &line,
                         qint64 campaign)
{
    auto lost =
        Sql::exec(db,
                  QStringLiteral("SELECT (SELECT count(*) FROM delivery d WHERE "
                                 "d.campaign_id = ? "
                                 "AND d.status <> 'cancelled' AND (d.contact_at IS NOT NULL "
                                 "OR d.extraction_at IS NOT NULL)) "
                                 "+ (SELECT count(*) FROM task t WHERE t.campaign_id = ? "
                                 "AND t.status <> 'cancelled' AND (t.start_at IS NOT NULL "
                                 "OR t.end_at IS NOT NULL)), "
                                 "(SELECT count(*) FROM approval_reminder_rule r "
                                 "WHERE r.campaign_id = ? AND r.at IS NOT NULL)"),
                  {line.templateId, line.templateId, line.templateId});
    if (!lost)
        return lost.error();
    const bool row = lost->next();
    const qint64 dated = row ? lost->value(0).toLongLong() : 0;
    const qint64 absoluteRules = row ? lost->value(1).toLongLong() : 0;
    if (dated + absoluteRules > 0)
        context.warning(
            kStep,
            ScheduleInstantiator::tr(
                "The periodic campaign \"%1\" has no start date, so no date can "
                "be shifted from it: in \"%2\", %3 have no dates and %4 were not "
                "copied.")
                .arg(line.templateLabel, instanceLabel(line),
                     ScheduleInstantiator::tr("%n delivery(ies) and task(s)", nullptr, int(dated)),
                     ScheduleInstantiator::tr("%n absolute reminder rule(s)", nullptr,
                                              int(absoluteRules))),
            QStringLiteral("campaign"), campaign);
    return {};
}

// A periodic template: a new campaign for the line, with copies of the
// template's contents. Dates are shifted by (line start - template start).
// A template without a start date gives no reference: shifted dates stay
// null, and absolute reminder rules (which cannot be null) are not copied.
Result<LineOutcome> instantiatePeriodic(engine::RunContext &context, const QSqlDatabase &db,
                                        const DueLine &line)
{
    LineOutcome outcome;
    auto created = createInstance(context, db, line);
    if (!created)
        return created.error();
    if (!created.value())
        return outcome;
    const qint64 campaign = *created.value();
    outcome.campaignId = campaign;
    const QVariant shift =
        line.templateStartAt ? QVariant(line.startAt - *line.templateStartAt) : nullInt();
    if (auto copied = copyDeliveriesAndTasks(db, line, campaign, shift, outcome); !copied)
        return copied.error();
    if (auto copied = copyApprovalRules(db, line, campaign, shift, outcome); !copied)
        return copied.error();
    if (!line.templateStartAt) {
        if (auto warned = warnUndated(context, db, line, campaign); !warned)
            return warned.error();
    }
    return outcome;
}

// A recurring template: in the template itself, one copy per line of each
// of its template deliveries.
Result<LineOutcome> instantiateRecurring(engine::RunContext &context, const QSqlDatabase &db,
                                         const DueLine &line)
{
    LineOutcome outcome;
    // n: the line's rank among the template's lines by start, ties by id.
    auto rank = countOf(db,
                        QStringLiteral("SELECT count(*) FROM schedule_line x "
                                       "WHERE x.campaign_id = ? AND (x.start_at < ? "
                                       "OR (x.start_at = ? AND x.id <= ?))"),
                        {line.templateId, line.startAt, line.startAt, line.id});
    if (!rank)
        return rank.error();

    if (auto ok = allocateCopies(
            db, QStringLiteral("delivery"), QStringLiteral("delivery"),
            QStringLiteral("s.campaign_id = ? AND s.is_template = 1 AND s.status <> 'cancelled' "
                           "AND NOT EXISTS (SELECT 1 FROM delivery x WHERE "
                           "x.template_delivery_id = s.id AND x.schedule_line_id = ?)"),
            {line.templateId, line.id});
        !ok)
        return ok.error();

    // The extraction keeps its distance from the contact; without both
    // dates in the template it is "as soon as possible" (null).
    auto deliveries = Sql::update(
        db,
        QStringLiteral("INSERT INTO delivery (id, campaign_id, label, channel, service_id, "
                       "status, is_template, template_delivery_id, schedule_line_id, "
                       "target_filter, confirm_required, contact_at, extraction_at, "
                       "estimated_cost_cents, commitment_level) "
                       "SELECT m.copy_id, d.campaign_id, d.label || CAST(? AS TEXT), "
                       "d.channel, d.service_id, CAST(? AS TEXT), 0, d.id, "
                       "CAST(? AS BIGINT), d.target_filter, d.confirm_required, "
                       "CAST(? AS BIGINT), "
                       "CASE WHEN d.extraction_at IS NOT NULL AND d.contact_at IS NOT NULL "
                       "THEN CAST(? AS BIGINT) + (d.extraction_at - d.contact_at) END, "
                       "d.estimated_cost_cents, d.commitment_level "
                       "FROM schedule_copy m JOIN delivery d ON d.id = m.template_id "
                       "WHERE m.kind = 'delivery' "
                       "ON CONFLICT (template_delivery_id, schedule_line_id) DO NOTHING"),
        {QStringLiteral(" #%1").arg(rank.value()), newDeliveryStatus(line), line.id, line.startAt,
         line.startAt});
    if (!deliveries)
        return deliveries.error();
    outcome.deliveries = deliveries.value();
    // Copies that another transaction made first were skipped: forget their
    // ids, so that only the copies made here get cost choices and jobs.
    if (auto pruned = Sql::exec(db, QStringLiteral("DELETE FROM schedule_copy WHERE NOT EXISTS "
                                                   "(SELECT 1 FROM delivery c "
                                                   "WHERE c.id = schedule_copy.copy_id)"));
        !pruned)
        return pruned.error();

    auto costChoices = copyCostChoices(db);
    if (!costChoices)
        return costChoices.error();
    outcome.costChoices = costChoices.value();

    if (outcome.deliveries == 0) {
        auto templates = countOf(db,
                                 QStringLiteral("SELECT count(*) FROM delivery WHERE "
                                                "campaign_id = ? AND is_template = 1 "
                                                "AND status <> 'cancelled'"),
                                 {line.templateId});
        if (!templates)
            return templates.error();
        if (templates.value() == 0)
            context.warning(
                kStep,
                ScheduleInstantiator::tr(
                    "The recurring campaign \"%1\" has no template delivery: its "
                    "schedule line %2 (%3) created nothing.")
                    .arg(line.templateLabel, QString::number(line.id), utcText(line.startAt)),
                QStringLiteral("campaign"), line.templateId);
    }
    return outcome;
}

} // namespace

Result<ScheduleInstantiator::Summary> ScheduleInstantiator::run(engine::RunContext &context,
                                                                const QSqlDatabase &db)
{
    Summary summary;
    const qint64 now = context.now();
    if (auto made = Sql::exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS schedule_copy ("
                                                 "kind TEXT NOT NULL, template_id BIGINT NOT "
                                                 "NULL, copy_id BIGINT NOT NULL PRIMARY KEY)"));
        !made)
        return made.error();

    auto lines = dueLines(db, now);
    if (!lines)
        return lines.error();

    for (const DueLine &line : lines.value()) {
        // The claim: of two runs that both saw the line due, the second
        // waits here for the first to commit (PostgreSQL's row lock; SQLite
        // lets one writer in at a time) and then changes no row.
        auto claimed = Sql::update(db,
                                   QStringLiteral("UPDATE schedule_line SET created_at = ? "
                                                  "WHERE id = ? AND created_at IS NULL"),
                                   {now, line.id});
        if (!claimed)
            return claimed.error();
        if (claimed.value() == 0)
            continue;
        ++summary.linesInstantiated;
        if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM schedule_copy")); !cleared)
            return cleared.error();

        const bool periodic = line.templateKind == delivery::CampaignKind::Periodic;
        auto outcome = periodic ? instantiatePeriodic(context, db, line)
                                : instantiateRecurring(context, db, line);
        if (!outcome)
            return outcome.error();
        if (line.autoStart) {
            auto jobs = requestTargeting(db, now);
            if (!jobs)
                return jobs.error();
        }
        if (outcome->campaignId)
            ++summary.campaignsCreated;
        summary.deliveriesCreated += int(outcome->deliveries);
        if (line.autoStart)
            summary.deliveriesSubmitted += int(outcome->deliveries);

        QString message;
        if (periodic && outcome->campaignId)
            message = tr("Periodic campaign \"%1\", schedule line %2 (%3): created the campaign "
                         "\"%4\" with %5, %6, %7, %8 and %9.")
                          .arg(line.templateLabel, QString::number(line.id), utcText(line.startAt),
                               instanceLabel(line),
                               tr("%n delivery(ies)", nullptr, int(outcome->deliveries)),
                               tr("%n task(s)", nullptr, int(outcome->tasks)),
                               tr("%n cost choice(s)", nullptr, int(outcome->costChoices)),
                               tr("%n required approval(s)", nullptr, int(outcome->approvals)),
                               tr("%n reminder rule(s)", nullptr, int(outcome->reminderRules)));
        else if (!periodic)
            message = tr("Recurring campaign \"%1\", schedule line %2 (%3): created %4 with %5.")
                          .arg(line.templateLabel, QString::number(line.id), utcText(line.startAt),
                               tr("%n delivery(ies)", nullptr, int(outcome->deliveries)),
                               tr("%n cost choice(s)", nullptr, int(outcome->costChoices)));
        if (message.isEmpty())
            continue;
        if (line.autoStart)
            message += QLatin1Char(' ') + tr("%n delivery(ies) submitted for targeting.", nullptr,
                                             int(outcome->deliveries));
        context.info(kStep, message, QStringLiteral("campaign"),
                     periodic ? *outcome->campaignId : line.templateId);
    }

    context.info(kStep,
                 tr("Recurring and periodic campaigns: %1 instantiated, %2 and %3 created, %4 "
                    "submitted for targeting.")
                     .arg(tr("%n schedule line(s)", nullptr, summary.linesInstantiated),
                          tr("%n campaign(s)", nullptr, summary.campaignsCreated),
                          tr("%n delivery(ies)", nullptr, summary.deliveriesCreated),
                          tr("%n delivery(ies)", nullptr, summary.deliveriesSubmitted)));
    return summary;
}

} // namespace campagna::operation
