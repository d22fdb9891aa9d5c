// Data written by someone with write access to the database, meant to break
// the workflows: figures beyond 64 bits (budgetMgt, stockMgt) and oversized
// or database-refused targeting expressions (operationMgt).

#include "budget/budgetworkflow.h"
#include "db/sql.h"
#include "engine/clock.h"
#include "engine/workflow.h"
#include "engine/workflowengine.h"
#include "operation/operationworkflow.h"
#include "operation/targetexpression.h"
#include "sqlqueries.h"
#include "databuilder.h"
#include "stock/stockworkflow.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>

using namespace campagna;
using db::Sql;
using test::scalarInt;
using test::scalarText;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z

const QString kOverflow = QStringLiteral("A figure is out of range: an amount or a quantity in "
                                         "the data is too large to compute with; correct it");

using Factory = engine::WorkflowFactory;

engine::RunOutcome run(const std::shared_ptr<db::Database> &database, const QString &name,
                       const Factory &factory)
{
    engine::WorkflowEngine engine(database, std::make_shared<engine::Clock>(kNow));
    engine.setActor(people::Actor{std::nullopt, "tester", true});
    engine.registerWorkflow(name, factory);
    return engine.runNow(name, engine::Trigger::Manual).result();
}

engine::RunOutcome runBudget(const std::shared_ptr<db::Database> &database)
{
    return run(database, "budgetMgt", [] { return std::make_unique<budget::BudgetWorkflow>(); });
}

engine::RunOutcome runStock(const std::shared_ptr<db::Database> &database)
{
    return run(database, "stockMgt", [] { return std::make_unique<stock::StockWorkflow>(); });
}

engine::RunOutcome runOperation(const std::shared_ptr<db::Database> &database)
{
    return run(database, "operationMgt",
               [] { return std::make_unique<operation::OperationWorkflow>(); });
}

// A budget, a campaign on it, an analysed e-mail delivery with one cost
// choice of 0.10 per message, and a stock line it consumes one sheet a
// message from: enough for both workflows to write figures. Each row is the
// first of its table (id 1, as the tests read them).
class Seed : public test::DataBuilder
{
public:
    explicit Seed(db::Database &database)
        : DataBuilder(database)
    {
        const qint64 budget = addBudget({.label = "Main", .allocatedCents = 1000000});
        const qint64 service = addService(addSupplier({.label = "Post"}), "Mail");
        const qint64 category = addCostCategory(service, "Email", "email");
        const qint64 stock = addStock({.label = "Paper"});
        const qint64 line =
            addStockLine({.stock = stock, .label = "A4", .initialQty = 1000, .alertLevel = 100});
        const qint64 type = addCostType(category, {.label = "Per message",
                                                   .basis = "per_message",
                                                   .structure = "linear",
                                                   .amountMicros = 100000,
                                                   .perUnits = 1,
                                                   .stockLine = line,
                                                   .stockUnits = 1});
        const qint64 campaign =
            addCampaign({.label = "Spring", .status = "in_progress", .budget = budget});
        const qint64 delivery = addDelivery({.campaign = campaign,
                                             .label = "Mail",
                                             .channel = "email",
                                             .status = "in_progress",
                                             .toSendCount = 300});
        addCostChoice(delivery, type);
    }
};

// What the two workflows write, as one line per table.
QStringList written(db::Database &database)
{
    return {scalarText(database, "SELECT count(*) FROM expense_line"),
            scalarText(database, "SELECT count(*) FROM cost_line"),
            scalarText(database, "SELECT calculated_cost_cents FROM delivery WHERE id = 1"),
            scalarText(database, "SELECT calculated_cost_cents FROM campaign WHERE id = 1"),
            scalarText(database, "SELECT planned_cents FROM budget WHERE id = 1"),
            scalarText(database, "SELECT calculated_at FROM budget WHERE id = 1"),
            scalarText(database, "SELECT count(*) FROM stock_consumption"),
            scalarText(database, "SELECT in_stock_qty FROM stock_line WHERE id = 1"),
            scalarText(database, "SELECT calculated_at FROM stock_line WHERE id = 1"),
            scalarText(database, "SELECT count(*) FROM stock_alert"),
            scalarText(database, "SELECT count(*) FROM stock_order")};
}

QString deliveryLine(db::Database &database, qint64 id)
{
    return scalarText(database,
                      "SELECT status || ' | ' || COALESCE(CAST(targeted_count AS TEXT), 'NULL') "
                      "|| ' | ' || COALESCE(last_error, 'NULL') FROM delivery WHERE id = ?",
                      {id});
}

QString jobLine(db::Database &database, qint64 deliveryId)
{
    return scalarText(database,
                      "SELECT status || ' | ' || CAST(attempts AS TEXT) || ' | ' || "
                      "COALESCE(error, 'NULL') FROM operation_job WHERE delivery_id = ?",
                      {deliveryId});
}

QString eventOf(db::Database &database, qint64 deliveryId)
{
    return scalarText(database,
                      "SELECT reason || ' | ' || message FROM delivery_event "
                      "WHERE delivery_id = ? AND reason = 'TargetingFailed'",
                      {deliveryId});
}

QString parserMessage(const QString &filter)
{
    const auto parsed = operation::TargetExpression::parse(filter);
    return parsed ? QString() : parsed.errorMessage();
}

} // namespace

class TestHostileData final : public QObject
{
    Q_OBJECT

private slots:
    // A figure of 1e300 in an amount or a quantity: on SQLite, stored past
    // the schema's triggers (dropped, as an intruder could), the run fails
    // with the overflow message before writing anything; PostgreSQL cannot
    // store it and says so with the same message.
    void hugeFigureFailsTheRun_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("update");
        for (const QString backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s: cost_type.amount_micros", qPrintable(backend))
                << backend << "budgetMgt"
                << "cost_type"
                << "UPDATE cost_type SET amount_micros = 1e300 WHERE id = 1";
            QTest::addRow("%s: delivery.real_cost_cents", qPrintable(backend))
                << backend << "budgetMgt"
                << "delivery"
                << "UPDATE delivery SET real_cost_cents = 1e300 WHERE id = 1";
            QTest::addRow("%s: expense_category.amount_cents, infinite", qPrintable(backend))
                << backend << "budgetMgt"
                << "expense_category"
                << "INSERT INTO expense_category (budget_id, label, amount_cents) "
                   "VALUES (1, 'Absurd', 1e999)";
            QTest::addRow("%s: stock_line.initial_qty", qPrintable(backend))
                << backend << "stockMgt"
                << "stock_line"
                << "UPDATE stock_line SET initial_qty = 1e300 WHERE id = 1";
            QTest::addRow("%s: cost_type.stock_units", qPrintable(backend))
                << backend << "stockMgt"
                << "cost_type"
                << "UPDATE cost_type SET stock_units = 1e300 WHERE id = 1";
        }
    }

    void hugeFigureFailsTheRun()
    {
        QFETCH(QString, backend);
        QFETCH(QString, workflow);
        QFETCH(QString, table);
        QFETCH(QString, update);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QSqlDatabase db = database->connection();
        const QStringList before = written(*database);
        auto runIt = [&] {
            return workflow == u"budgetMgt" ? runBudget(database) : runStock(database);
        };

        if (!database->isSqlite()) {
            const auto refused = Sql::exec(db, update);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.errorMessage().startsWith(kOverflow),
                     qPrintable(refused.errorMessage()));
            const engine::RunOutcome outcome = runIt();
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
            return;
        }
        // Refused with the triggers in place...
        const auto refused = Sql::exec(db, update);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains("must be an integer"),
                 qPrintable(refused.errorMessage()));
        // ...stored without them.
        for (const char *event : {"insert", "update"})
            QVERIFY(Sql::exec(db, QString("DROP TRIGGER %1_integers_%2").arg(table, event)).ok());
        const auto stored = Sql::exec(db, update);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));

        const engine::RunOutcome outcome = runIt();
        QCOMPARE(outcome.status, QString("failed"));
        QVERIFY2(outcome.error.contains(kOverflow), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(table), qPrintable(outcome.error));
        QCOMPARE(
            scalarText(*database, "SELECT status FROM workflow_run WHERE id = ?", {outcome.runId}),
            QString("failed"));
        QCOMPARE(written(*database), before);
    }

    // Filters beyond the parser's limits, or refused by the database when
    // the targeting query runs: the job fails at once, the delivery goes
    // back to being_edited with last_error and a TargetingFailed event, as
    // for a filter that does not parse; a filter at the limits targets.
    void oversizedFiltersGoBackToEditing_data() { test::TestDatabase::addBackendRows(); }
    void oversizedFiltersGoBackToEditing()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        test::SqlSeed seed(*database);
        seed.exec("INSERT INTO campaign (id, label, status) VALUES (1, 'Big', 'in_progress')");
        seed.exec("INSERT INTO recipient (id, email, city, postal_code, created_at) VALUES "
                  "(1, 'anna@example.it', 'Roma', '00184', 1), "
                  "(2, 'bruno@example.it', 'Milano', '20121', 2), "
                  "(3, 'carla@example.it', 'Torino', '10121', 3)");

        const QString chain = QStringList(60'000, "opted_out").join(" or ");
        QStringList values;
        for (int i = 0; i < 100'000; ++i)
            values << QString("'%1'").arg(i, 5, 10, QChar('0'));
        const QString list = "postal_code in (" + values.join(", ") + ")";
        QStringList terms;
        for (int i = 0; i < 1'999; ++i)
            terms << QString("created_at = %1").arg(1'000 + i);
        terms << "city = 'Milano'";
        const QString atLimit = terms.join(" or ");
        const QString longList =
            "postal_code in (" + values.mid(50'000, 9'999).join(", ") + ", '20121')";
        const QList<QPair<QString, QString>> filters = {
            {chain, "more than 2000 conditions"},
            {list, "more than 10000 values"},
            {atLimit, QString()},
            {longList, QString()},
        };
        QList<qint64> ids;
        for (int i = 0; i < filters.size(); ++i) {
            const qint64 id = 10 + i;
            seed.exec("INSERT INTO delivery (id, campaign_id, label, channel, status, "
                      "target_filter) VALUES (?, 1, ?, 'email', 'targeting_pending', ?)",
                      {id, QString("Delivery %1").arg(i), filters[i].first});
            seed.exec("INSERT INTO operation_job (kind, delivery_id, status, requested_at) "
                      "VALUES ('targeting', ?, 'pending', ?)",
                      {id, kNow - 60 + i});
            ids << id;
        }
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        QElapsedTimer timer;
        timer.start();
        const engine::RunOutcome outcome = runOperation(database);
        qInfo("operationMgt with the four filters: %lld ms", timer.elapsed());
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 2);
        for (int i = 0; i < 2; ++i) {
            const QString message = parserMessage(filters[i].first);
            QVERIFY2(message.contains(filters[i].second), qPrintable(message));
            const QString lastError = "Targeting failed: " + message;
            QCOMPARE(deliveryLine(*database, ids[i]), "being_edited | NULL | " + lastError);
            QCOMPARE(jobLine(*database, ids[i]), "failed | 1 | " + message);
            QCOMPARE(eventOf(*database, ids[i]), "TargetingFailed | " + lastError);
        }
        QCOMPARE(deliveryLine(*database, ids[2]), QString("start_pending | 1 | NULL"));
        QCOMPARE(deliveryLine(*database, ids[3]), QString("start_pending | 1 | NULL"));
        QCOMPARE(test::column(*database,
                              "SELECT CAST(recipient_id AS TEXT) FROM delivery_target WHERE "
                              "delivery_id IN (?, ?) ORDER BY delivery_id",
                              {ids[2], ids[3]}),
                 QStringList({"2", "2"}));
        QVERIFY2(outcome.durationMs < 10'000, qPrintable(QString::number(outcome.durationMs)));
    }

    // A filter that parses but that the database refuses when the targeting
    // query runs (here, a field whose column an intruder dropped; on SQLite
    // also a pattern longer than its LIKE/GLOB limit of 50,000 bytes) is
    // treated as a filter that does not parse, instead of failing the same
    // way on every run.
    void refusedFiltersGoBackToEditing_data() { test::TestDatabase::addBackendRows(); }
    void refusedFiltersGoBackToEditing()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        test::SqlSeed seed(*database);
        seed.exec("INSERT INTO campaign (id, label, status) VALUES (1, 'C', 'in_progress')");
        seed.exec("INSERT INTO recipient (id, email, city) VALUES (1, 'anna@example.it', 'Roma')");
        QStringList filters = {"last_name = 'Rossi'", "city like '" + QString(60'000, 'R') + "%'"};
        for (int i = 0; i < filters.size(); ++i) {
            seed.exec("INSERT INTO delivery (id, campaign_id, label, channel, status, "
                      "target_filter) VALUES (?, 1, 'D', 'email', 'targeting_pending', ?)",
                      {i + 1, filters[i]});
            seed.exec("INSERT INTO operation_job (kind, delivery_id, status, requested_at) "
                      "VALUES ('targeting', ?, 'pending', ?)",
                      {i + 1, kNow - 60 + i});
        }
        seed.exec("ALTER TABLE recipient DROP COLUMN last_name");
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        for (const QString &filter : filters)
            QVERIFY(operation::TargetExpression::parse(filter).ok());

        const engine::RunOutcome outcome = runOperation(database);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        const bool sqlite = database->isSqlite();
        QCOMPARE(outcome.warnings, sqlite ? 2 : 1);
        const QString refused = "The database refused the targeting expression: Database error: ";
        const QString job = jobLine(*database, 1);
        QVERIFY2(job.startsWith("failed | 1 | " + refused) && job.contains("last_name"),
                 qPrintable(job));
        const QString message = job.mid(QString("failed | 1 | ").size());
        QCOMPARE(deliveryLine(*database, 1), "being_edited | NULL | Targeting failed: " + message);
        QCOMPARE(eventOf(*database, 1), "TargetingFailed | Targeting failed: " + message);
        if (sqlite) {
            const QString pattern = jobLine(*database, 2);
            QVERIFY2(pattern.startsWith("failed | 1 | " + refused) &&
                         pattern.contains("pattern too complex"),
                     qPrintable(pattern));
            QVERIFY(
                deliveryLine(*database, 2).startsWith("being_edited | NULL | Targeting failed: "));
        } else {
            QCOMPARE(deliveryLine(*database, 2), QString("start_pending | 0 | NULL"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileData)
#include "tst_hostiledata.moc"
