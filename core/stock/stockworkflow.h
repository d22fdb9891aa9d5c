#pragma once

#include "common/result.h"
#include "engine/workflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace campagna::engine {
class RunContext;
}

namespace campagna::stock {

// stockMgt, "Stock: Orders and alerts" (spec 03-workflows.md): receives the
// orders that are due, keeps stock_consumption in step with the deliveries
// that consume stock, recomputes every stock line's figures and status,
// raises and clears alerts (notifying the stock's alert group) and proposes
// reorders. Each step is one unit of work of set-based SQL that writes only
// differences, so a second run with nothing changed writes nothing.
//
// Threading: created by the engine per run and run on one pool thread.
class StockWorkflow final : public engine::Workflow
{
    Q_DECLARE_TR_FUNCTIONS(campagna::stock::StockWorkflow)

public:
    Result<void> run(engine::RunContext &context) override;

private:
    Result<void> receiveOrders(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> syncConsumption(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> updateLevels(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> updateAlerts(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> proposeReorders(engine::RunContext &context, const QSqlDatabase &db);

    Result<void> warnInsufficientLines(engine::RunContext &context, const QSqlDatabase &db);
    Result<qint64> notifyNewAlerts(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> warnUntoldStocks(engine::RunContext &context, const QSqlDatabase &db);
};

} // namespace campagna::stock
