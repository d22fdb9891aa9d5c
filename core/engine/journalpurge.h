#pragma once

#include "common/result.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace campagna::engine {

// Counting and purging journal lines (`workflow_log`) older than a date, for
// the console's "Purge journal…" action. Purging is for administrators.
// Stateless; runs on the calling thread's connection.
class JournalPurge final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::JournalPurge)

public:
    // How many journal lines are older than `before` (Unix seconds).
    static Result<qint64> countBefore(const QSqlDatabase &db, qint64 before);
    // Checks that `actor` is an administrator, then deletes the journal lines
    // older than `before` in one write transaction with its audit row
    // (journal.purge, with the cut-off and the count, recorded at `now`);
    // returns how many. On PostgreSQL through campagna_journal_purge().
    static Result<qint64> purgeBefore(const QSqlDatabase &db, const people::Actor &actor,
                                      qint64 before, qint64 now);
};

} // namespace campagna::engine
