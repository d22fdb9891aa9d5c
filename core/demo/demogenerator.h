#pragma once

#include "common/result.h"
#include "db/backend.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace campagna::demo {

struct DemoOptions
{
    // Multiplies the recipients (10,000 per unit) and the deliveries (40 more
    // per unit beyond the first, in one extra campaign per unit).
    int scale = 1;
    quint64 seed = 1;
    // Unix seconds; every date of the data set is placed relative to it. 0 or
    // less: the system clock (then the data set is not reproducible).
    qint64 now = 0;
};

struct DemoSummary
{
    QMap<QString, qint64> rowsPerTable; // table name -> rows inserted
};

// Loads the deterministic demo data set: operators and groups, budgets,
// plans, programs, campaigns of every status (templates with schedules
// included), deliveries over the whole life cycle, tasks, service providers,
// cost structures, stocks, invoices, approvals, jobs, notifications, events
// and recipients. The same seed, scale and now give exactly the same rows on
// SQLite and PostgreSQL (no std:: distributions: our own integer PRNG).
// Computed tables (expense_line, cost_line, stock_consumption) and the
// engine's tables are left to the workflows.
//
// Stateless; call on the thread that owns the connection.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::demo::DemoGenerator)

public:
    // Loads the demo data set into an initialised, EMPTY database; refuses
    // (Error::Code::Usage, naming the first non-empty table) otherwise. One
    // write transaction: on failure nothing is left behind.
    static Result<DemoSummary> generate(const QSqlDatabase &db, campagna::db::Backend backend,
                                        const DemoOptions &options);

    // The tables that must be empty, in dependency order (the engine's own
    // tables, setting and schema_version are not among them).
    static QStringList dataTables();

    static constexpr int maxScale = 1000;
};

} // namespace campagna::demo
