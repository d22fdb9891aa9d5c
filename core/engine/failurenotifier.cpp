#include "engine/failurenotifier.h"

#include "db/sql.h"
#include "engine/runcontext.h"
#include "notify/outbox.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlQuery>

namespace campagna::engine {

using db::Sql;

void FailureNotifier::warnIfPaused(const QSqlDatabase &db, RunContext &context,
                                   std::optional<WorkflowState> stateAtStart)
{
    auto state = Sql::scalar(db, QStringLiteral("SELECT state FROM workflow WHERE name = ?"),
                             {context.workflow()});
    if (state && state.value() &&
        fromSql<WorkflowState>(state.value()->toString()) == WorkflowState::Paused &&
        stateAtStart == WorkflowState::Started)
        context.warning(QStringLiteral("run"),
                        tr("%1 was paused after this failure (on_error = pause); "
                           "start it again once the cause is fixed.")
                            .arg(context.workflow()));
}

Result<void> FailureNotifier::notify(const QSqlDatabase &db, RunContext &context,
                                     std::optional<WorkflowState> stateAtStart,
                                     const QString &error, qint64 finishedAt)
{
    warnIfPaused(db, context, stateAtStart);
    const QString workflow = context.workflow();
    const qint64 runId = context.runId();
    auto supervisors = Sql::exec(
        db, QStringLiteral("SELECT o.id, o.email FROM operator o "
                           "JOIN operator_group_member m ON m.operator_id = o.id "
                           "JOIN operator_group g ON g.id = m.group_id "
                           "WHERE g.name = 'workflow-supervisors' ORDER BY o.id"));
    if (!supervisors)
        return supervisors.error();
    QList<QPair<qint64, QString>> recipients;
    while (supervisors->next())
        recipients.append({supervisors->value(0).toLongLong(), supervisors->value(1).toString()});
    supervisors->finish();
    for (const auto &[operatorId, email] : std::as_const(recipients)) {
        notify::Outbox::Message message;
        message.kind = QStringLiteral("workflow_failure");
        message.dedupKey = QStringLiteral("workflow-failure:%1:%2").arg(runId).arg(operatorId);
        message.recipientOperatorId = operatorId;
        message.recipientEmail = email;
        message.subject = tr("Campagna: the workflow %1 failed").arg(workflow);
        message.body = tr("Run %1 of the workflow %2 failed at %3 (UTC).\n\nCause: %4\n\n"
                          "What to do: read the run's journal in the console (Workflows "
                          "page) or with \"campagnactl log %2 --run %1\", fix the cause, "
                          "then start the workflow again.")
                           .arg(runId)
                           .arg(workflow,
                                QDateTime::fromSecsSinceEpoch(finishedAt, Qt::UTC)
                                    .toString(Qt::ISODate),
                                error);
        if (auto queued = notify::Outbox::queue(db, message, finishedAt); !queued)
            return queued.error();
    }
    if (recipients.isEmpty())
        context.warning(QStringLiteral("run"),
                        tr("No supervisor was told of this failure: the "
                           "operator group \"workflow-supervisors\" has no "
                           "members."));
    return {};
}

} // namespace campagna::engine
