#pragma once

#include "common/result.h"
#include "engine/records.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace campagna::engine {

// Read-only queries of the Journal page over `workflow_run`: runs of every
// workflow, newest first, filtered in SQL (workflow, status, start time) and
// read in windows (LIMIT/OFFSET), and how many runs the filter matches.
// Same SQL on SQLite and PostgreSQL. Stateless; runs on the calling thread's
// connection.
class JournalQuery final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::JournalQuery)

public:
    struct Filter
    {
        QString workflow;             // empty: every workflow
        QString status;               // empty: every status
        std::optional<qint64> from;   // started_at >= from (Unix seconds)
        std::optional<qint64> before; // started_at < before (Unix seconds)

        bool operator==(const Filter &) const = default;
    };

    // Runs matching `filter`, newest first (started_at, then id, descending),
    // rows offset .. offset + limit - 1.
    static Result<QList<RunRecord>> runs(const QSqlDatabase &db, const Filter &filter, int limit,
                                         int offset);
    static Result<qint64> count(const QSqlDatabase &db, const Filter &filter);
};

} // namespace campagna::engine
