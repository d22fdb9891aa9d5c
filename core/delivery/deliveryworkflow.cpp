#include "delivery/deliveryworkflow.h"

#include "common/translations.h"
#include "db/sql.h"
#include "delivery/deliveryevents.h"
#include "delivery/deliverystatusmap.h"
#include "delivery/reviewers.h"
#include "engine/runcontext.h"
#include "engine/steprunner.h"
#include "notify/outbox.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace campagna::delivery {

using db::Sql;
using engine::RunContext;

namespace {

// The translation context of the texts written in a recipient's language.
constexpr const char *kContext = "campagna::delivery::DeliveryWorkflow";

const QString kDelivery = QStringLiteral("delivery");
const QString kApproval = QStringLiteral("approval");

// Approvals deliveryMgt looks after, over the aliases d (delivery) and c
// (campaign): templates are not processed as such, and a delivery that is
// over needs no decision any more.
const QString kApprovalScope =
    QStringLiteral("d.is_template = 0 AND c.kind <> 'periodic' "
                   "AND d.status NOT IN ('finished', 'cancelled', 'failed')");

// The same, for an UPDATE of `approval` (no alias on the target).
const QString kApprovalRowInScope =
    QStringLiteral("EXISTS (SELECT 1 FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                   "WHERE d.id = approval.delivery_id AND ") +
    kApprovalScope + QStringLiteral(")");

// The kinds a delivery needs approved before it is sent (the life cycle).
// Journal warnings name at most this many objects, then one summary line:
// the journal of a run must not grow with the data.
constexpr int kMaxObjectWarnings = 50;

QString isoUtc(const QVariant &secs)
{
    if (secs.isNull())
        return {};
    // toUTC(): ISODate then ends in "Z", as people write UTC.
    return QDateTime::fromSecsSinceEpoch(secs.toLongLong()).toUTC().toString(Qt::ISODate);
}

// `text` split at its "%1", for SQL that puts a column in its place
// (prefix || column || suffix): the text itself never becomes SQL.
QVariantList around(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1String("%1"));
    if (at < 0)
        return {text, QString()};
    return {text.left(at), text.mid(at + 2)};
}

// One notification to write, read from the database before writing.
struct Notice
{
    qint64 approvalId = 0;
    QString kind;
    QVariant deadlineAt;
    qint64 deliveryId = 0;
    QString deliveryLabel;
    QString campaignLabel;
    qint64 operatorId = 0;
    QString operatorName;
    QString email;
    QString locale;
    qint64 ruleId = 0;
};

// The columns readNotices() expects, in order, over the aliases a, d, c, o.
const QString kNoticeColumns =
    QStringLiteral("a.id, a.kind, a.deadline_at, d.id, d.label, c.label, o.id, o.name, o.email, "
                   "o.locale");

Result<QList<Notice>> readNotices(const QSqlDatabase &db, const QString &sql,
                                  const QVariantList &params, bool withRule = false)
{
    auto query = Sql::exec(db, sql, params);
    if (!query)
        return query.error();
    QList<Notice> notices;
    while (query->next()) {
        const QSqlQuery &q = query.value();
        Notice notice;
        notice.approvalId = q.value(0).toLongLong();
        notice.kind = q.value(1).toString();
        notice.deadlineAt = q.value(2);
        notice.deliveryId = q.value(3).toLongLong();
        notice.deliveryLabel = q.value(4).toString();
        notice.campaignLabel = q.value(5).toString();
        notice.operatorId = q.value(6).toLongLong();
        notice.operatorName = q.value(7).toString();
        notice.email = q.value(8).toString();
        notice.locale = q.value(9).toString();
        if (withRule)
            notice.ruleId = q.value(10).toLongLong();
        notices.append(notice);
    }
    return notices;
}

// The approval kind as its recipient reads it.
QString kindLabel(const QString &language, const QString &kind)
{
    const std::optional<ApprovalKind> parsed = fromSql<ApprovalKind>(kind);
    if (!parsed)
        return kind;
    const char *source = nullptr;
    switch (*parsed) {
    case ApprovalKind::Targeting:
        source = QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow", "targeting");
        break;
    case ApprovalKind::Content:
        source = QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow", "content");
        break;
    case ApprovalKind::Budget:
        source = QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow", "budget");
        break;
    case ApprovalKind::Extraction:
        source = QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow", "extraction");
        break;
    case ApprovalKind::Proof:
        source = QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow", "proof");
        break;
    }
    return translateFor(language, kContext, source);
}

QString deadlineText(const QString &language, const QVariant &deadlineAt)
{
    return deadlineAt.isNull()
               ? translateFor(language, kContext,
                              QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow", "none"))
               : isoUtc(deadlineAt);
}

// What a reviewer does about it.
QString reviewerAction(const Notice &n)
{
    return translateFor(n.locale, kContext,
                        QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow",
                                          "What to do: approve or reject it in the Deliveries "
                                          "page of the console, or with:\n"
                                          "campagnactl approval decide %1 approve|reject --by "
                                          "%2"))
        .arg(QString::number(n.approvalId), n.operatorName);
}

notify::Outbox::Message requestMessage(const Notice &n)
{
    const QString kind = kindLabel(n.locale, n.kind);
    notify::Outbox::Message message;
    message.kind = QStringLiteral("approval_request");
    message.dedupKey = QStringLiteral("approval:%1:%2").arg(n.approvalId).arg(n.operatorId);
    message.recipientOperatorId = n.operatorId;
    message.recipientEmail = n.email;
    message.subject = translateFor(n.locale, kContext,
                                   QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow",
                                                     "Approval requested (%1): delivery "
                                                     "\"%2\", campaign \"%3\""))
                          .arg(kind, n.deliveryLabel, n.campaignLabel);
    message.body =
        translateFor(n.locale, kContext,
                     QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow",
                                       "The delivery %1 \"%2\" of the campaign \"%3\" is "
                                       "waiting for your approval (%4, approval %5).\n"
                                       "Deadline: %6 (UTC)."))
            .arg(QString::number(n.deliveryId), n.deliveryLabel, n.campaignLabel, kind,
                 QString::number(n.approvalId), deadlineText(n.locale, n.deadlineAt)) +
        QStringLiteral("\n\n") + reviewerAction(n);
    return message;
}

notify::Outbox::Message reminderMessage(const Notice &n)
{
    const QString kind = kindLabel(n.locale, n.kind);
    const QString deadline = deadlineText(n.locale, n.deadlineAt);
    notify::Outbox::Message message;
    message.kind = QStringLiteral("approval_reminder");
    message.dedupKey =
        QStringLiteral("reminder:%1:%2:%3").arg(n.approvalId).arg(n.ruleId).arg(n.operatorId);
    message.recipientOperatorId = n.operatorId;
    message.recipientEmail = n.email;
    message.subject = translateFor(n.locale, kContext,
                                   QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow",
                                                     "Reminder: approval (%1) of the delivery "
                                                     "\"%2\" due by %3"))
                          .arg(kind, n.deliveryLabel, deadline);
    message.body =
        translateFor(n.locale, kContext,
                     QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow",
                                       "The approval %1 (%2) of the delivery %3 \"%4\" of the "
                                       "campaign \"%5\" is still waiting for your decision.\n"
                                       "Deadline: %6 (UTC)."))
            .arg(QString::number(n.approvalId), kind, QString::number(n.deliveryId),
                 n.deliveryLabel, n.campaignLabel, deadline) +
        QStringLiteral("\n\n") + reviewerAction(n);
    return message;
}

notify::Outbox::Message overdueMessage(const Notice &n, const QString &reviewers)
{
    const QString kind = kindLabel(n.locale, n.kind);
    notify::Outbox::Message message;
    message.kind = QStringLiteral("approval_overdue");
    message.dedupKey = QStringLiteral("overdue:%1").arg(n.approvalId);
    message.recipientOperatorId = n.operatorId;
    message.recipientEmail = n.email;
    message.subject = translateFor(n.locale, kContext,
                                   QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow",
                                                     "Approval overdue (%1): delivery \"%2\", "
                                                     "campaign \"%3\""))
                          .arg(kind, n.deliveryLabel, n.campaignLabel);
    message.body =
        translateFor(n.locale, kContext,
                     QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow",
                                       "The approval %1 (%2) of the delivery %3 \"%4\" of the "
                                       "campaign \"%5\" passed its deadline, %6 (UTC), without "
                                       "a decision. Reviewers: %7."))
            .arg(QString::number(n.approvalId), kind, QString::number(n.deliveryId),
                 n.deliveryLabel, n.campaignLabel, deadlineText(n.locale, n.deadlineAt),
                 reviewers.isEmpty()
                     ? translateFor(
                           n.locale, kContext,
                           QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow", "nobody"))
                     : reviewers) +
        QStringLiteral("\n\n") +
        translateFor(n.locale, kContext,
                     QT_TRANSLATE_NOOP("campagna::delivery::DeliveryWorkflow",
                                       "What to do: remind the reviewers, or have an "
                                       "administrator decide, in the Deliveries page of the "
                                       "console or with:\n"
                                       "campagnactl approval decide %1 approve|reject --by NAME"))
            .arg(QString::number(n.approvalId));
    return message;
}

} // namespace

Result<void> DeliveryWorkflow::run(RunContext &context)
{
    // Requests before reminders (a reminder needs the deadline step 1
    // sets); deliveries move on before they start, and start before the
    // next run; each step reads what the one before committed.
    return engine::StepRunner::run(
        context,
        {
            {QStringLiteral("requests"), std::bind_front(&DeliveryWorkflow::requestApprovals, this)},
            {QStringLiteral("reminders"), std::bind_front(&DeliveryWorkflow::sendReminders, this)},
            {QStringLiteral("overdue"), std::bind_front(&DeliveryWorkflow::reportOverdue, this)},
            {QStringLiteral("moving"), std::bind_front(&DeliveryWorkflow::moveOn, this)},
            {QStringLiteral("starting"), std::bind_front(&DeliveryWorkflow::startDeliveries, this)},
            {QStringLiteral("provider"),
             std::bind_front(&DeliveryWorkflow::handOverToProviders, this)},
        });
}

// 1. Approval requests.
Result<void> DeliveryWorkflow::requestApprovals(RunContext &context, const QSqlDatabase &db)
{
    const QString step = QStringLiteral("requests");
    const qint64 now = context.now();
    const DeliveryEvents::Origin origin{context.workflow(), context.runId()};
    const QString waiting =
        QStringLiteral("a.status = 'pending' AND a.notified_at IS NULL AND ") + kApprovalScope;

    if (auto dated = Sql::exec(
            db, QStringLiteral("UPDATE approval SET deadline_at = submitted_at + (SELECT "
                               "c.approval_delay_s FROM delivery d JOIN campaign c ON c.id = "
                               "d.campaign_id WHERE d.id = approval.delivery_id) "
                               "WHERE status = 'pending' AND notified_at IS NULL "
                               "AND deadline_at IS NULL AND ") +
                    kApprovalRowInScope);
        !dated)
        return dated.error();

    // New approvals since the last run: few rows, read before writing.
    auto notices =
        readNotices(db,
                    QStringLiteral("SELECT %1 FROM (%2) r JOIN approval a ON a.id = r.approval_id "
                                   "JOIN delivery d ON d.id = a.delivery_id "
                                   "JOIN campaign c ON c.id = d.campaign_id "
                                   "JOIN operator o ON o.id = r.operator_id ORDER BY a.id, o.id")
                        .arg(kNoticeColumns, Reviewers::sql(waiting)),
                    {});
    if (!notices)
        return notices.error();
    qint64 queued = 0;
    for (const Notice &notice : std::as_const(notices.value())) {
        auto created = notify::Outbox::queue(db, requestMessage(notice), now);
        if (!created)
            return created.error();
        if (created.value())
            ++queued;
    }

    // An approval nobody can be told of is still marked notified (or it
    // would be warned of on every run); the diagnosis shows it.
    auto untold = Sql::exec(
        db, QStringLiteral("SELECT a.id, a.kind, d.id, d.label FROM approval a "
                           "JOIN delivery d ON d.id = a.delivery_id "
                           "JOIN campaign c ON c.id = d.campaign_id WHERE %1 "
                           "AND a.id NOT IN (SELECT r.approval_id FROM (%2) r) ORDER BY a.id")
                .arg(waiting, Reviewers::sql(waiting)));
    if (!untold)
        return untold.error();
    int untoldCount = 0;
    while (untold->next()) {
        if (++untoldCount > kMaxObjectWarnings)
            continue;
        context.warning(step,
                        tr("The approval %1 (%2) of the delivery %3 \"%4\" has nobody to ask: no "
                           "reviewer operator, no reviewer group member who is not an "
                           "administrator, and no campaign manager.")
                            .arg(untold->value(0).toLongLong())
                            .arg(untold->value(1).toString())
                            .arg(untold->value(2).toLongLong())
                            .arg(untold->value(3).toString()),
                        kApproval, untold->value(0).toLongLong());
    }
    untold->finish();
    if (untoldCount > kMaxObjectWarnings)
        context.warning(step, tr("%n more approval(s) have nobody to ask.", nullptr,
                                 untoldCount - kMaxObjectWarnings));

    QVariantList params =
        around(tr("Approval requested from the reviewers; approvals asked for: %1."));
    auto events = DeliveryEvents::recordEach(
        db, QStringLiteral("ApprovalRequested"),
        QStringLiteral("SELECT a.delivery_id AS delivery_id, CAST(? AS TEXT) || "
                       "CAST(COUNT(*) AS TEXT) || CAST(? AS TEXT) AS message FROM approval a "
                       "JOIN delivery d ON d.id = a.delivery_id "
                       "JOIN campaign c ON c.id = d.campaign_id WHERE %1 "
                       "GROUP BY a.delivery_id")
            .arg(waiting),
        params, now, origin);
    if (!events)
        return events.error();

    auto marked = Sql::update(db,
                              QStringLiteral("UPDATE approval SET notified_at = ? "
                                             "WHERE status = 'pending' AND notified_at IS NULL "
                                             "AND ") +
                                  kApprovalRowInScope,
                              {now});
    if (!marked)
        return marked.error();
    context.addItems(marked.value());
    context.info(step, tr("%n approval(s) requested; notifications queued: %1.", nullptr,
                          int(marked.value()))
                           .arg(queued));
    return {};
}

// 2. Reminders.
Result<void> DeliveryWorkflow::sendReminders(RunContext &context, const QSqlDatabase &db)
{
    const QString step = QStringLiteral("reminders");
    const qint64 now = context.now();
    // A rule is due at `at`, or at deadline + offset (exactly one is set);
    // one due before the approval was submitted belongs to nobody's round.
    const QString due = QStringLiteral("COALESCE(r.at, a.deadline_at + r.offset_s)");
    const QString fired =
        QStringLiteral("SELECT a.id AS approval_id, r.id AS rule_id FROM approval a "
                       "JOIN delivery d ON d.id = a.delivery_id "
                       "JOIN campaign c ON c.id = d.campaign_id "
                       "JOIN approval_reminder_rule r ON r.campaign_id = c.id "
                       "WHERE a.status = 'pending' AND %1 AND %2 <= CAST(? AS BIGINT) "
                       "AND %2 >= a.submitted_at")
            .arg(kApprovalScope, due);

    QVariantList params{now};
    params += Reviewers::params({});
    auto notices = readNotices(
        db,
        QStringLiteral("SELECT %1, f.rule_id FROM (%2) f "
                       "JOIN (%3) rv ON rv.approval_id = f.approval_id "
                       "JOIN approval a ON a.id = f.approval_id "
                       "JOIN delivery d ON d.id = a.delivery_id "
                       "JOIN campaign c ON c.id = d.campaign_id "
                       "JOIN operator o ON o.id = rv.operator_id "
                       "WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.dedup_key = "
                       "  'reminder:' || CAST(f.approval_id AS TEXT) || ':' || "
                       "  CAST(f.rule_id AS TEXT) || ':' || CAST(o.id AS TEXT)) "
                       "ORDER BY a.id, f.rule_id, o.id")
            .arg(kNoticeColumns, fired,
                 Reviewers::sql(QStringLiteral("a.status = 'pending' AND ") + kApprovalScope)),
        params, true);
    if (!notices)
        return notices.error();
    qint64 queued = 0;
    for (const Notice &notice : std::as_const(notices.value())) {
        auto created = notify::Outbox::queue(db, reminderMessage(notice), now);
        if (!created)
            return created.error();
        if (created.value())
            ++queued;
    }

    // reminders_sent: the rules fired, computed, written only when it
    // changes (a rule removed or moved later lowers it again).
    const QString count =
        QStringLiteral("(SELECT COUNT(*) FROM approval_reminder_rule r "
                       "JOIN delivery d ON d.id = approval.delivery_id "
                       "WHERE r.campaign_id = d.campaign_id "
                       "AND COALESCE(r.at, approval.deadline_at + r.offset_s) <= ? "
                       "AND COALESCE(r.at, approval.deadline_at + r.offset_s) >= "
                       "approval.submitted_at)");
    auto counted = Sql::update(
        db,
        QStringLiteral("UPDATE approval SET reminders_sent = %1 WHERE status = 'pending' AND ")
                .arg(count) +
            kApprovalRowInScope + QStringLiteral(" AND reminders_sent <> %1").arg(count),
        {now, now});
    if (!counted)
        return counted.error();
    context.info(step, tr("%n reminder(s) queued; approvals whose reminder count changed: %1.",
                          nullptr, int(queued))
                           .arg(counted.value()));
    return {};
}

// 3. Overdue approvals.
Result<void> DeliveryWorkflow::reportOverdue(RunContext &context, const QSqlDatabase &db)
{
    const QString step = QStringLiteral("overdue");
    const qint64 now = context.now();
    const DeliveryEvents::Origin origin{context.workflow(), context.runId()};
    const QString overdue = QStringLiteral("a.status = 'pending' AND a.deadline_at IS NOT NULL "
                                           "AND a.deadline_at < CAST(? AS BIGINT) AND ") +
                            kApprovalScope;

    auto notices = readNotices(db,
                               QStringLiteral("SELECT %1 FROM approval a "
                                              "JOIN delivery d ON d.id = a.delivery_id "
                                              "JOIN campaign c ON c.id = d.campaign_id "
                                              "JOIN operator o ON o.id = c.manager_id WHERE %2 "
                                              "AND NOT EXISTS (SELECT 1 FROM notification n WHERE "
                                              "  n.dedup_key = 'overdue:' || CAST(a.id AS TEXT)) "
                                              "ORDER BY a.id")
                                   .arg(kNoticeColumns, overdue),
                               {now});
    if (!notices)
        return notices.error();
    qint64 queued = 0;
    for (const Notice &notice : std::as_const(notices.value())) {
        // Newly overdue approvals only: one query each is fine.
        auto reviewers = Reviewers::forApproval(db, notice.approvalId);
        if (!reviewers)
            return reviewers.error();
        QStringList names;
        for (const Reviewers::Reviewer &reviewer : std::as_const(reviewers.value()))
            names << reviewer.name;
        auto created = notify::Outbox::queue(
            db, overdueMessage(notice, names.join(QStringLiteral(", "))), now);
        if (!created)
            return created.error();
        if (created.value())
            ++queued;
    }

    // Newly found: no ApprovalOverdue event since this approval's deadline
    // passed. An event of the same delivery recorded after the deadline
    // already told of it (the same round's approvals share a deadline); a
    // later round's deadline is after the old event, which is then
    // recorded again (count + 1).
    QVariantList params = around(tr("Approvals past their deadline without a decision: %1."));
    params << now;
    auto events = DeliveryEvents::recordEach(
        db, QStringLiteral("ApprovalOverdue"),
        QStringLiteral("SELECT a.delivery_id AS delivery_id, CAST(? AS TEXT) || "
                       "CAST(COUNT(*) AS TEXT) || CAST(? AS TEXT) AS message FROM approval a "
                       "JOIN delivery d ON d.id = a.delivery_id "
                       "JOIN campaign c ON c.id = d.campaign_id WHERE %1 "
                       "AND NOT EXISTS (SELECT 1 FROM delivery_event e WHERE e.delivery_id = "
                       "  a.delivery_id AND e.reason = 'ApprovalOverdue' "
                       "  AND e.last_at > a.deadline_at) "
                       "GROUP BY a.delivery_id")
            .arg(overdue),
        params, now, origin);
    if (!events)
        return events.error();

    // Overdue with no manager to tell: warned of once, with the event.
    if (events.value() > 0) {
        auto unmanaged =
            Sql::exec(db,
                      QStringLiteral("SELECT a.id, d.id, d.label FROM approval a "
                                     "JOIN delivery d ON d.id = a.delivery_id "
                                     "JOIN campaign c ON c.id = d.campaign_id WHERE %1 "
                                     "AND c.manager_id IS NULL AND EXISTS (SELECT 1 FROM "
                                     "  delivery_event e WHERE e.delivery_id = a.delivery_id "
                                     "  AND e.reason = 'ApprovalOverdue' AND e.run_id = ? "
                                     "  AND e.last_at = ?) ORDER BY a.id")
                          .arg(overdue),
                      {now, context.runId(), now});
        if (!unmanaged)
            return unmanaged.error();
        int count = 0;
        while (unmanaged->next()) {
            if (++count > kMaxObjectWarnings)
                continue;
            context.warning(step,
                            tr("The approval %1 of the delivery %2 \"%3\" is overdue and its "
                               "campaign has no manager to tell.")
                                .arg(unmanaged->value(0).toLongLong())
                                .arg(unmanaged->value(1).toLongLong())
                                .arg(unmanaged->value(2).toString()),
                            kApproval, unmanaged->value(0).toLongLong());
        }
        if (count > kMaxObjectWarnings)
            context.warning(step, tr("%n more overdue approval(s) have no manager to tell.",
                                     nullptr, count - kMaxObjectWarnings));
    }
    context.info(
        step, tr("%n overdue notice(s) queued; deliveries newly overdue: %1.", nullptr, int(queued))
                  .arg(events.value()));
    return {};
}

// 4. Moving on.
Result<void> DeliveryWorkflow::moveOn(RunContext &context, const QSqlDatabase &db)
{
    const QString step = QStringLiteral("moving");
    const qint64 now = context.now();
    const DeliveryEvents::Origin origin{context.workflow(), context.runId()};
    // A required kind is approved in the current round when its latest
    // approval (highest id: each round adds one per kind) is approved; a
    // required kind with no approval at all is not.
    const auto approvedLatest = [](const QString &kinds) {
        return QStringLiteral(
                   "NOT EXISTS (SELECT 1 FROM campaign_approval ca WHERE ca.campaign_id = "
                   "d.campaign_id AND ca.kind IN (%1) AND NOT EXISTS (SELECT 1 FROM approval a "
                   "  WHERE a.delivery_id = d.id AND a.kind = ca.kind AND a.status = 'approved' "
                   "  AND NOT EXISTS (SELECT 1 FROM approval l WHERE l.delivery_id = d.id "
                   "    AND l.kind = ca.kind AND l.id > a.id)))")
            .arg(kinds);
    };
    const QString notTemplate = QStringLiteral("d.is_template = 0 AND c.kind <> 'periodic'");
    const QString validated =
        QStringLiteral("SELECT d.id AS delivery_id, CASE WHEN d.channel = 'direct_mail' THEN "
                       "'extraction_pending' WHEN d.confirm_required = 1 THEN "
                       "'pending_confirmation' ELSE 'start_pending' END AS to_status "
                       "FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                       "WHERE d.status = 'to_validate' AND %1 AND %2")
            .arg(notTemplate, approvedLatest(sqlList(DeliveryStatusMap::approvalsAwaited(
                                  DeliveryStatus::ToValidate))));
    const QString fileApproved =
        QStringLiteral("SELECT d.id AS delivery_id, 'provider_pending' AS to_status "
                       "FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                       "WHERE d.status = 'file_to_approve' AND %1 AND %2")
            .arg(notTemplate, approvedLatest(sqlList(DeliveryStatusMap::approvalsAwaited(
                                  DeliveryStatus::FileToApprove))));

    struct Move
    {
        QString reason;
        QString candidates;
        QString message;
    };
    const Move moves[] = {
        {QStringLiteral("ApprovalsGranted"), validated,
         tr("All required approvals are granted; the delivery is now %1.")},
        {QStringLiteral("ExtractionApproved"), fileApproved,
         tr("The extraction file is approved; the delivery is now %1.")},
    };
    qint64 moved = 0;
    for (const Move &move : moves) {
        // The events first: once moved, the deliveries no longer match.
        auto events = DeliveryEvents::recordEach(
            db, move.reason,
            QStringLiteral("SELECT x.delivery_id AS delivery_id, CAST(? AS TEXT) || x.to_status "
                           "|| CAST(? AS TEXT) AS message FROM (%1) x")
                .arg(move.candidates),
            around(move.message), now, origin);
        if (!events)
            return events.error();
        auto updated =
            Sql::update(db, QStringLiteral("UPDATE delivery SET status = x.to_status FROM (%1) x "
                                           "WHERE x.delivery_id = delivery.id")
                                .arg(move.candidates));
        if (!updated)
            return updated.error();
        moved += updated.value();
    }
    context.addItems(moved);
    context.info(step, tr("%n delivery(ies) moved on after their approvals.", nullptr, int(moved)));
    return {};
}

// 5. Starting.
Result<void> DeliveryWorkflow::startDeliveries(RunContext &context, const QSqlDatabase &db)
{
    const QString step = QStringLiteral("starting");
    const qint64 now = context.now();
    const DeliveryEvents::Origin origin{context.workflow(), context.runId()};
    const QString due =
        QStringLiteral("SELECT d.id AS delivery_id, d.channel AS channel FROM delivery d "
                       "JOIN campaign c ON c.id = d.campaign_id "
                       "WHERE d.status = 'start_pending' AND d.is_template = 0 "
                       "AND c.kind <> 'periodic' "
                       "AND (d.contact_at IS NULL OR d.contact_at <= CAST(? AS BIGINT))");
    QVariantList params = around(tr("Started: handed to its channel (%1)."));
    params << now;
    auto events = DeliveryEvents::recordEach(
        db, QStringLiteral("DeliveryStarted"),
        QStringLiteral("SELECT x.delivery_id AS delivery_id, CAST(? AS TEXT) || x.channel || "
                       "CAST(? AS TEXT) AS message FROM (%1) x")
            .arg(due),
        params, now, origin);
    if (!events)
        return events.error();
    auto started = Sql::update(db,
                               QStringLiteral("UPDATE delivery SET status = 'in_progress' "
                                              "WHERE id IN (SELECT x.delivery_id FROM (%1) x)")
                                   .arg(due),
                               {now});
    if (!started)
        return started.error();
    context.addItems(started.value());
    context.info(step, tr("%n delivery(ies) started.", nullptr, int(started.value())));
    return {};
}

// 6. Provider hand-over.
Result<void> DeliveryWorkflow::handOverToProviders(RunContext &context, const QSqlDatabase &db)
{
    const QString step = QStringLiteral("provider");
    const qint64 now = context.now();
    const DeliveryEvents::Origin origin{context.workflow(), context.runId()};
    const QString waiting =
        QStringLiteral("SELECT d.id AS delivery_id, d.service_id AS service_id, d.label AS label "
                       "FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                       "WHERE d.status = 'provider_pending' AND d.is_template = 0 "
                       "AND c.kind <> 'periodic' "
                       "AND NOT EXISTS (SELECT 1 FROM provider_job p WHERE p.delivery_id = d.id)");

    // A job without a service cannot be sent; it is created anyway (the
    // spec's hand-over) and supplierMgt fails it with the reason, but the
    // journal says so now. Warned once: the job exists afterwards.
    auto serviceless = Sql::exec(db, QStringLiteral("SELECT x.delivery_id, x.label FROM (%1) x "
                                                    "WHERE x.service_id IS NULL "
                                                    "ORDER BY x.delivery_id")
                                         .arg(waiting));
    if (!serviceless)
        return serviceless.error();
    int count = 0;
    while (serviceless->next()) {
        if (++count > kMaxObjectWarnings)
            continue;
        context.warning(step,
                        tr("The delivery %1 \"%2\" is handed to provider processing without a "
                           "service: no supplier will receive its file.")
                            .arg(serviceless->value(0).toLongLong())
                            .arg(serviceless->value(1).toString()),
                        kDelivery, serviceless->value(0).toLongLong());
    }
    serviceless->finish();
    if (count > kMaxObjectWarnings)
        context.warning(step, tr("%n more delivery(ies) handed over without a service.", nullptr,
                                 count - kMaxObjectWarnings));

    auto events = DeliveryEvents::recordEach(
        db, QStringLiteral("ProviderJobQueued"),
        QStringLiteral("SELECT x.delivery_id AS delivery_id, CAST(? AS TEXT) AS message "
                       "FROM (%1) x")
            .arg(waiting),
        {tr("Handed to provider processing: a provider job is pending.")}, now, origin);
    if (!events)
        return events.error();
    auto created =
        Sql::update(db, QStringLiteral("INSERT INTO provider_job (delivery_id, service_id, status) "
                                       "SELECT x.delivery_id, x.service_id, 'pending' FROM (%1) x "
                                       "ORDER BY x.delivery_id")
                            .arg(waiting));
    if (!created)
        return created.error();
    context.addItems(created.value());
    context.info(step, tr("%n provider job(s) created.", nullptr, int(created.value())));
    return {};
}

} // namespace campagna::delivery
