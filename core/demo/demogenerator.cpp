#include "demo/demogenerator.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "demo/demoset.h"
#include "demo/recipes/recipes.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QVariant>

#include <optional>

namespace campagna::demo {

using namespace Qt::StringLiterals;
using db::Backend;
using db::Sql;

namespace {

Result<void> run(DemoSet &set, std::initializer_list<recipes::Recipe> recipes)
{
    for (const recipes::Recipe recipe : recipes) {
        if (auto r = recipe(set); !r)
            return r;
    }
    return {};
}

// The recipes in dependency order: the deliveries are planned before the
// recipients (whose generation computes their targets) and written after.
Result<void> load(DemoSet &set)
{
    using namespace recipes;
    if (auto r = run(set, {people, budgets, campaigns, suppliers, stocks, costs}); !r)
        return r;
    set.addDeliveries(campaignDeliveries(set));
    set.addDeliveries(scaledDeliveries(set));
    set.addTasks(campaignTasks(set.t));
    return run(set, {recipients, deliveriesAndTasks, invoices, stockMovements, targets, approvals,
                     jobs, notifications, events});
}

} // namespace

// ---------------------------------------------------------------------------

QStringList DemoGenerator::dataTables()
{
    return {u"operator"_s,
            u"operator_group"_s,
            u"operator_group_member"_s,
            u"budget"_s,
            u"expense_category"_s,
            u"plan"_s,
            u"program"_s,
            u"campaign"_s,
            u"schedule_line"_s,
            u"campaign_approval"_s,
            u"approval_reminder_rule"_s,
            u"supplier"_s,
            u"service"_s,
            u"stock"_s,
            u"stock_line"_s,
            u"cost_category"_s,
            u"cost_type"_s,
            u"cost_threshold"_s,
            u"recipient"_s,
            u"delivery"_s,
            u"task"_s,
            u"cost_choice"_s,
            u"expense_line"_s,
            u"cost_line"_s,
            u"invoice"_s,
            u"invoice_line"_s,
            u"stock_consumption"_s,
            u"stock_order"_s,
            u"stock_alert"_s,
            u"delivery_target"_s,
            u"approval"_s,
            u"operation_job"_s,
            u"provider_job"_s,
            u"notification"_s,
            u"delivery_event"_s};
}

Result<DemoSummary> DemoGenerator::generate(const QSqlDatabase &db, Backend backend,
                                            const DemoOptions &options)
{
    if (options.scale < 1 || options.scale > maxScale) {
        return makeError(Error::Code::Usage, tr("The demo scale must be between 1 and %1, not %2.")
                                                 .arg(maxScale)
                                                 .arg(options.scale));
    }
    DemoOptions effective = options;
    if (effective.now <= 0)
        effective.now = QDateTime::currentSecsSinceEpoch();

    // The whole data set is one transaction whose indexes (email, phone,
    // targets) are written in random order.
    const db::Dialect &dialect = db::Dialect::of(backend);
    const auto restoreSession = qScopeGuard(dialect.prepareBulkLoad(db));

    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();

    const QStringList tables = dataTables();
    for (const QString &table : tables) {
        auto row = Sql::scalar(db, u"SELECT 1 FROM "_s + table + u" LIMIT 1"_s);
        if (!row)
            return row.error();
        if (row.value()) {
            return makeError(Error::Code::Usage,
                             tr("The database is not empty: table \"%1\" already has rows. The "
                                "demo data can only be loaded into an empty database.")
                                 .arg(table));
        }
    }

    DemoSet set(db, effective);
    if (auto loaded = load(set); !loaded)
        return loaded.error();

    // The rows have explicit ids: later inserts must get fresh ones.
    for (const QString &table : tables) {
        if (table == u"operator_group_member" || table == u"campaign_approval" ||
            table == u"delivery_target")
            continue;
        if (auto reset = dialect.resetIdentity(db, table); !reset)
            return reset.error();
    }

    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return set.summary;
}

} // namespace campagna::demo
