#include "engine/journalpurge.h"

#include "audit/audittrail.h"
#include "db/dialect.h"
#include "db/sql.h"

namespace campagna::engine {

Result<qint64> JournalPurge::countBefore(const QSqlDatabase &db, qint64 before)
{
    auto count = db::Sql::scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM workflow_log WHERE at < ?"), {before});
    if (!count)
        return count.error();
    return count.value() ? count.value()->toLongLong() : qint64(0);
}

Result<qint64> JournalPurge::purgeBefore(const QSqlDatabase &db, const people::Actor &actor,
                                         qint64 before, qint64 now)
{
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // Checked inside the transaction, so that the right is the one in force
    // when the lines go.
    if (auto allowed = people::ActorResolver::requireAdmin(db, actor, tr("Purge the journal"));
        !allowed)
        return allowed.error();
    if (db::Dialect::of(db).serverJudgesRights()) {
        auto purged = db::Sql::scalar(db, QStringLiteral("SELECT campagna_journal_purge(?, ?, ?)"),
                                      {actor.name, before, now});
        if (!purged)
            return purged.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return purged.value() ? purged.value()->toLongLong() : qint64(0);
    }
    auto deleted =
        db::Sql::update(db, QStringLiteral("DELETE FROM workflow_log WHERE at < ?"), {before});
    if (!deleted)
        return deleted.error();
    if (auto audited = audit::AuditTrail::record(
            db, actor, now, QStringLiteral("journal.purge"), QStringLiteral("journal"), QString(),
            {{QStringLiteral("before"), before}, {QStringLiteral("count"), deleted.value()}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return deleted.value();
}

} // namespace campagna::engine
