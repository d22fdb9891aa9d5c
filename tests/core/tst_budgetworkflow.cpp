#include "budget/budgetworkflow.h"
#include "ctlprocess.h"
#include "db/sql.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "testdatabase.h"

#include <QSqlRecord>
#include <QTest>

using namespace campagna;
using db::Sql;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 kDay = 86400;

engine::RunOutcome runBudget(const std::shared_ptr<db::Database> &database, qint64 now = kNow)
{
    engine::WorkflowEngine engine(database, std::make_shared<engine::Clock>(now));
    engine.setActor(people::Actor{std::nullopt, QStringLiteral("tester"), true});
    engine.registerWorkflow(QStringLiteral("budgetMgt"),
                            [] { return std::make_unique<budget::BudgetWorkflow>(); });
    return engine.runNow(QStringLiteral("budgetMgt"), engine::Trigger::Manual).result();
}

qint64 value(db::Database &database, const QString &sql)
{
    auto v = Sql::scalar(database.connection(), sql);
    return v && v.value() && !v.value()->isNull() ? v.value()->toLongLong() : -1;
}

QStringList rows(db::Database &database, const QString &sql)
{
    QStringList result;
    auto q = Sql::exec(database.connection(), sql);
    if (!q)
        return {q.errorMessage()};
    const int columns = q->record().count();
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << (q->value(i).isNull() ? QStringLiteral("NULL") : q->value(i).toString());
        result << cells.join(u' ');
    }
    return result;
}

// Suppliers, services, categories and the cost types of the spec's examples.
// Amounts in micros: 1.00 = 1000000.
const char *const kCatalogue[] = {
    "INSERT INTO budget (id, label, allocated_cents) VALUES (1, 'Main', 10000000)",
    "INSERT INTO expense_category (id, budget_id, label, amount_cents) VALUES "
    "(1, 1, 'Creative', 4000000), (2, 1, 'Print', 3000000), (3, 1, 'Postage', 3000000)",
    "INSERT INTO supplier (id, label) VALUES (1, 'Lettershop')",
    "INSERT INTO service (id, supplier_id, label) VALUES (1, 1, 'Mail')",
    "INSERT INTO cost_category (id, service_id, label, channel) VALUES "
    "(1, 1, 'Direct mail', 'direct_mail'), (2, 1, 'Email', 'email'), (3, 1, 'Work', 'task')",
    "INSERT INTO cost_type (id, cost_category_id, label, basis, structure, amount_micros, "
    "per_units, beyond_micros) VALUES "
    "(1, 2, 'Linear 0.10 per 100', 'per_message', 'linear', 100000, 100, NULL), "
    "(2, 2, 'Linear by threshold', 'per_message', 'linear_threshold', 0, 1, 110000), "
    "(3, 2, 'Constant by threshold', 'per_message', 'constant_threshold', 0, 1, 500000000), "
    "(4, 1, 'Graphics', 'per_message', 'linear', 23000000, 1, NULL), "
    "(5, 1, 'Sheets A4', 'per_message', 'linear', 5000000, 1, NULL), "
    "(6, 1, 'Postage flat', 'fixed', NULL, 0, 1, NULL), "
    "(7, 3, 'Day of work', 'daily', NULL, 300000000, 1, NULL), "
    "(8, 2, 'Half a cent per 1000', 'per_message', 'linear', 5, 1, NULL)",
    "INSERT INTO cost_threshold (cost_type_id, upper_bound, amount_micros) VALUES "
    "(2, 100, 130000), (2, 1000, 120000), (3, 100, 12000000), (3, 1000, 100000000)",
};

bool loadCatalogue(db::Database &database)
{
    for (const char *sql : kCatalogue) {
        if (!Sql::exec(database.connection(), QString::fromUtf8(sql)).ok()) {
            qWarning("catalogue: %s", sql);
            return false;
        }
    }
    return true;
}

bool exec(db::Database &database, const QString &sql)
{
    auto done = Sql::exec(database.connection(), sql);
    if (!done)
        qWarning("%s", qPrintable(done.errorMessage()));
    return done.ok();
}

} // namespace

#define EXEC(sql) QVERIFY(exec(*database, QStringLiteral(sql)))

class TestBudgetWorkflow : public QObject
{
    Q_OBJECT

private slots:
    // The threshold tables and pro rata of 03-workflows.md, plus rounding.
    void costStructures_data() { test::TestDatabase::addBackendRows(); }
    void costStructures()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QVERIFY(loadCatalogue(*database));
        EXEC("INSERT INTO campaign (id, label) VALUES (1, 'Structures')");
        // (cost type, q, expected cents)
        const QList<std::tuple<int, int, qint64>> cases = {
            {1, 1000, 100},
            {2, 50, 650},
            {2, 100, 1300},
            {2, 500, 6000},
            {2, 2000, 22000},
            {3, 50, 1200},
            {3, 100, 1200},
            {3, 101, 10000},
            {3, 1000, 10000},
            {3, 1001, 50000},
            {1, 0, 0},
            {3, 0, 0},
            // 5 micros a message: 999 → 0.4995 cent → 0; 1000 → 0.5 cent → 1 (half away from zero).
            {8, 999, 0},
            {8, 1000, 1},
        };
        int id = 1;
        for (const auto &[type, q, cents] : cases) {
            QVERIFY(exec(*database,
                         QStringLiteral("INSERT INTO delivery (id, campaign_id, label, channel, "
                                        "status, to_send_count) VALUES (%1, 1, 'd%1', 'email', "
                                        "'to_validate', %2)")
                             .arg(id)
                             .arg(q)));
            QVERIFY(exec(*database,
                         QStringLiteral("INSERT INTO cost_choice (id, delivery_id, cost_type_id) "
                                        "VALUES (%1, %1, %2)")
                             .arg(id)
                             .arg(type)));
            ++id;
        }
        const auto outcome = runBudget(database);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        id = 1;
        for (const auto &[type, q, cents] : cases) {
            QVERIFY2(
                value(*database,
                      QStringLiteral(
                          "SELECT amount_cents FROM expense_line WHERE cost_choice_id = %1")
                          .arg(id)) == cents,
                qPrintable(
                    QStringLiteral("type %1, q %2: %3 instead of %4")
                        .arg(type)
                        .arg(q)
                        .arg(value(
                            *database,
                            QStringLiteral(
                                "SELECT amount_cents FROM expense_line WHERE cost_choice_id = %1")
                                .arg(id)))
                        .arg(cents)));
            QCOMPARE(
                value(*database,
                      QStringLiteral("SELECT calculated_cost_cents FROM delivery WHERE id = %1")
                          .arg(id)),
                cents);
            ++id;
        }
        // Being edited: costed, but nothing charged to a budget.
        QCOMPARE(value(*database, "SELECT count(*) FROM cost_line"), 0);
    }

    // The 798-message direct-mail delivery, in a defined campaign at planned level.
    void directMailDelivery_data() { test::TestDatabase::addBackendRows(); }
    void directMailDelivery()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QVERIFY(loadCatalogue(*database));
        EXEC("INSERT INTO campaign (id, label, budget_id, budget_status, commitment_level) "
             "VALUES (1, 'Spring mailing', 1, 'defined', 'planned')");
        EXEC("INSERT INTO delivery (id, campaign_id, label, channel, service_id, status, "
             "to_send_count, contact_at) VALUES (1, 1, 'Leaflet', 'direct_mail', 1, "
             "'extraction_pending', 798, 1800500000)");
        EXEC("INSERT INTO cost_choice (id, delivery_id, cost_type_id, surcharge_cents, "
             "expense_category_id) VALUES (1, 1, 4, 0, 1), (2, 1, 5, 0, 2), (3, 1, 6, 50000, 3)");
        const auto outcome = runBudget(database);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(rows(*database, "SELECT cost_choice_id, quantity, amount_cents, computed_at FROM "
                                 "expense_line ORDER BY cost_choice_id"),
                 QStringList({"1 798 1835400 1800000000", "2 798 399000 1800000000",
                              "3 1 50000 1800000000"}));
        QCOMPARE(value(*database, "SELECT calculated_cost_cents FROM delivery WHERE id = 1"),
                 2284400);
        QCOMPARE(value(*database, "SELECT calculated_cost_cents FROM campaign WHERE id = 1"),
                 2284400);
        QCOMPARE(rows(*database, "SELECT budget_id, delivery_id, expense_category_id, "
                                 "amount_cents, commitment, basis, charge_at "
                                 "FROM cost_line ORDER BY expense_category_id"),
                 QStringList({"1 1 1 1835400 planned calculated 1800500000",
                              "1 1 2 399000 planned calculated 1800500000",
                              "1 1 3 50000 planned calculated 1800500000"}));
        QCOMPARE(rows(*database, "SELECT planned_cents, reserved_cents, committed_cents, "
                                 "spent_cents, invoiced_cents, calculated_at FROM budget"),
                 QStringList({"2284400 0 0 0 0 1800000000"}));
        QCOMPARE(outcome.items, 1 + 1 + 1); // one delivery, one campaign, one budget
    }

    // A finished task of 5 days at 300.00 a day; a reserved estimate; a campaign being edited.
    void tasksAndEstimates_data() { test::TestDatabase::addBackendRows(); }
    void tasksAndEstimates()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QVERIFY(loadCatalogue(*database));
        EXEC("INSERT INTO budget (id, label, allocated_cents) VALUES (2, 'Estimates', 10000000)");
        EXEC("INSERT INTO campaign (id, label, budget_id, budget_status, commitment_level) VALUES "
             "(1, 'Workshop', 1, 'defined', 'committed')");
        EXEC("INSERT INTO task (id, campaign_id, label, status, duration_days, end_at) VALUES "
             "(1, 1, 'Design', 'finished', 5, 1799000000)");
        EXEC("INSERT INTO cost_choice (id, task_id, cost_type_id) VALUES (1, 1, 7)");
        EXEC("INSERT INTO campaign (id, label, budget_id, budget_status, commitment_level, "
             "estimated_cost_cents, start_at) VALUES (2, 'Reserved', 2, 'defined', 'reserved', "
             "4500000, 1801000000)");
        EXEC("INSERT INTO campaign (id, label, budget_id, estimated_cost_cents) VALUES "
             "(3, 'Being edited', 2, 300000)");
        const auto outcome = runBudget(database);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));

        QCOMPARE(
            rows(*database, "SELECT quantity, amount_cents FROM expense_line WHERE task_id = 1"),
            QStringList({"5 150000"}));
        QCOMPARE(value(*database, "SELECT calculated_cost_cents FROM task WHERE id = 1"), 150000);
        QCOMPARE(rows(*database, "SELECT task_id, amount_cents, commitment, basis, charge_at FROM "
                                 "cost_line WHERE campaign_id = 1"),
                 QStringList({"1 150000 spent calculated 1799000000"}));
        QCOMPARE(rows(*database, "SELECT spent_cents, committed_cents FROM budget WHERE id = 1"),
                 QStringList({"150000 0"}));

        QCOMPARE(rows(*database, "SELECT delivery_id, task_id, amount_cents, commitment, basis, "
                                 "charge_at FROM cost_line WHERE campaign_id = 2"),
                 QStringList({"NULL NULL 4500000 reserved estimated 1801000000"}));
        QCOMPARE(rows(*database, "SELECT planned_cents, reserved_cents, committed_cents, "
                                 "spent_cents, invoiced_cents FROM budget WHERE id = 2"),
                 QStringList({"0 4500000 0 0 0"}));

        QCOMPARE(value(*database, "SELECT calculated_cost_cents FROM campaign WHERE id = 3"),
                 300000);
        QCOMPARE(value(*database, "SELECT count(*) FROM cost_line WHERE campaign_id = 3"), 0);
    }

    // Commitment, budget inheritance, cancelled objects, real costs, invoices.
    void consolidationRules_data() { test::TestDatabase::addBackendRows(); }
    void consolidationRules()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QVERIFY(loadCatalogue(*database));
        EXEC("INSERT INTO budget (id, label, allocated_cents) VALUES (2, 'Program budget', 50000), "
             "(3, 'Plan budget', 500000)");
        EXEC("INSERT INTO plan (id, label, budget_id) VALUES (1, 'Year', 3)");
        EXEC("INSERT INTO program (id, plan_id, label, budget_id) VALUES (1, 1, 'With budget', 2), "
             "(2, 1, 'Without', NULL)");
        EXEC("INSERT INTO program (id, label) VALUES (3, 'Orphan')");
        // Campaign 1: committed, a finished delivery (spent) and an analysed one (committed),
        // a cancelled one (excluded), a delivery with a real cost.
        EXEC("INSERT INTO campaign (id, program_id, label, budget_status, commitment_level, "
             "start_at) VALUES "
             "(1, 1, 'Inherits program', 'defined', 'committed', 1790000000), "
             "(2, 2, 'Inherits plan', 'carried_out', 'planned', 1790000000), "
             "(3, 3, 'No budget anywhere', 'defined', 'planned', 1790000000), "
             "(4, 1, 'Cancelled', 'defined', 'planned', 1790000000), "
             "(5, 1, 'Real', 'defined', 'reserved', 1790000000)");
        EXEC("UPDATE campaign SET status = 'cancelled' WHERE id = 4");
        EXEC("UPDATE campaign SET real_cost_cents = 77700 WHERE id = 5");
        EXEC("INSERT INTO delivery (id, campaign_id, label, channel, status, to_send_count, "
             "sent_count, contact_at) VALUES "
             "(1, 1, 'Sent', 'email', 'finished', 1000, 900, 1791000000), "
             "(2, 1, 'Analysed', 'email', 'start_pending', 2000, NULL, NULL), "
             "(3, 1, 'Cancelled', 'email', 'cancelled', 1000, NULL, NULL), "
             "(4, 2, 'Done', 'email', 'in_progress', 100, NULL, 1792000000), "
             "(5, 3, 'Lonely', 'email', 'to_validate', 100, NULL, NULL), "
             "(6, 4, 'In a cancelled campaign', 'email', 'to_validate', 100, NULL, NULL), "
             "(7, 1, 'Real cost', 'email', 'being_edited', NULL, NULL, 1793000000), "
             "(8, 5, 'Ignored: campaign real', 'email', 'to_validate', 100, NULL, NULL)");
        EXEC("UPDATE delivery SET real_cost_cents = 12300 WHERE id = 7");
        EXEC("INSERT INTO cost_choice (id, delivery_id, cost_type_id) VALUES "
             "(1, 1, 1), (2, 2, 1), (3, 3, 1), (4, 4, 1), (5, 5, 1), (6, 6, 1), (7, 8, 1)");
        // Invoices: only settled ones count.
        EXEC("INSERT INTO invoice (id, supplier_id, budget_id, number, status) VALUES "
             "(1, 1, 2, 'F-1', 'settled'), (2, 1, 2, 'F-2', 'issued'), (3, 1, 2, 'F-3', 'saved')");
        EXEC("INSERT INTO invoice_line (invoice_id, amount_cents) VALUES (1, 1000), (1, 234), (2, "
             "5000), (3, 7000)");

        const auto outcome = runBudget(database);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        // Sent count for the finished delivery: 900 messages at 0.10/100 = 0.90.
        QCOMPARE(value(*database, "SELECT amount_cents FROM expense_line WHERE delivery_id = 1"),
                 90);
        QCOMPARE(value(*database, "SELECT count(*) FROM expense_line WHERE delivery_id = 3"), 0);
        QCOMPARE(value(*database, "SELECT calculated_cost_cents FROM campaign WHERE id = 1"),
                 90 + 200 + 12300);
        QCOMPARE(rows(*database, "SELECT budget_id, delivery_id, amount_cents, commitment, basis "
                                 "FROM cost_line WHERE campaign_id = 1 ORDER BY delivery_id"),
                 QStringList({"2 1 90 spent calculated", "2 2 200 committed calculated",
                              "2 7 12300 committed real"}));
        // Inherited from the plan; carried out: everything spent.
        QCOMPARE(rows(*database, "SELECT budget_id, delivery_id, amount_cents, commitment FROM "
                                 "cost_line WHERE campaign_id = 2"),
                 QStringList({"3 4 10 spent"}));
        QCOMPARE(value(*database, "SELECT count(*) FROM cost_line WHERE campaign_id IN (3, 4)"), 0);
        QCOMPARE(rows(*database, "SELECT budget_id, delivery_id, amount_cents, commitment, basis, "
                                 "charge_at FROM cost_line WHERE campaign_id = 5"),
                 QStringList({"2 NULL 77700 reserved real 1790000000"}));
        QCOMPARE(rows(*database, "SELECT planned_cents, reserved_cents, committed_cents, "
                                 "spent_cents, invoiced_cents FROM budget WHERE id = 2"),
                 QStringList({"0 77700 12500 90 1234"}));
        QCOMPARE(rows(*database, "SELECT spent_cents FROM budget WHERE id = 3"),
                 QStringList({"10"}));
        // Program and plan totals exclude the cancelled campaign.
        QCOMPARE(value(*database, "SELECT calculated_cost_cents FROM program WHERE id = 1"),
                 12590 + 77700);
        QCOMPARE(value(*database, "SELECT calculated_cost_cents FROM plan WHERE id = 1"),
                 12590 + 77700 + 10);

        // The warnings: no budget for campaign 3, categories of budget 1 fine, budget 2 over-run.
        const QString warnings =
            rows(*database, QStringLiteral("SELECT message FROM workflow_log WHERE run_id = %1 AND "
                                           "level = 'warning' ORDER BY id")
                                .arg(outcome.runId))
                .join(u'\n');
        QVERIFY2(warnings.contains("No budget anywhere"), qPrintable(warnings));
        QVERIFY2(warnings.contains("\"Program budget\" is over-run") &&
                     warnings.contains("902.90 EUR"),
                 qPrintable(warnings));
        QVERIFY(!warnings.contains("\"Main\""));
        QCOMPARE(outcome.warnings, 2);

        // A cost choice of another channel is computed, with a warning; categories that
        // do not add up are reported.
        EXEC("INSERT INTO cost_choice (id, delivery_id, cost_type_id) VALUES (8, 2, 4)");
        EXEC("UPDATE expense_category SET amount_cents = 1 WHERE id = 3");
        const auto second = runBudget(database, kNow + 60);
        QVERIFY(second.succeeded());
        const QString more =
            rows(*database,
                 QStringLiteral(
                     "SELECT message FROM workflow_log WHERE run_id = %1 AND level = 'warning'")
                     .arg(second.runId))
                .join(u'\n');
        QVERIFY2(more.contains("Cost choice 8") && more.contains("direct_mail"), qPrintable(more));
        QVERIFY2(more.contains("\"Main\" add up to 70000.01 EUR"), qPrintable(more));
        QCOMPARE(value(*database, "SELECT amount_cents FROM expense_line WHERE cost_choice_id = 8"),
                 2000 * 2300);
    }

    // Objects that stop being costed lose their lines; templates are ignored.
    void followsChanges_data() { test::TestDatabase::addBackendRows(); }
    void followsChanges()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QVERIFY(loadCatalogue(*database));
        EXEC("INSERT INTO campaign (id, label, budget_id, budget_status) VALUES (1, 'Live', 1, "
             "'defined')");
        EXEC("INSERT INTO campaign (id, label, kind) VALUES (2, 'Periodic template', 'periodic')");
        EXEC("INSERT INTO delivery (id, campaign_id, label, channel, status, to_send_count, "
             "is_template) VALUES "
             "(1, 1, 'Live', 'email', 'to_validate', 1000, 0), (2, 1, 'Template', 'email', "
             "'to_validate', 1000, 1), "
             "(3, 2, 'In periodic template', 'email', 'to_validate', 1000, 0)");
        EXEC("INSERT INTO cost_choice (id, delivery_id, cost_type_id) VALUES (1, 1, 1), (2, 2, 1), "
             "(3, 3, 1)");
        QVERIFY(runBudget(database).succeeded());
        QCOMPARE(rows(*database, "SELECT cost_choice_id FROM expense_line"), QStringList({"1"}));
        QCOMPARE(value(*database, "SELECT planned_cents FROM budget WHERE id = 1"), 100);

        EXEC("UPDATE delivery SET status = 'cancelled' WHERE id = 1");
        QVERIFY(runBudget(database, kNow + 3600).succeeded());
        QCOMPARE(value(*database, "SELECT count(*) FROM expense_line"), 0);
        QCOMPARE(value(*database, "SELECT count(*) FROM cost_line"), 0);
        QCOMPARE(value(*database, "SELECT calculated_cost_cents FROM campaign WHERE id = 1"), 0);
        QCOMPARE(rows(*database, "SELECT planned_cents, calculated_at FROM budget WHERE id = 1"),
                 QStringList({QStringLiteral("0 %1").arg(kNow + 3600)}));
    }

    // A second run with nothing changed writes nothing.
    void idempotent_data() { test::TestDatabase::addBackendRows(); }
    void idempotent()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        auto loaded = test::runCtl(
            {"--db", database->url().toString(), "--now", "2027-01-15T08:00:00Z", "demo"});
        QVERIFY2(loaded.code == 0, qPrintable(loaded.describe()));
        QVERIFY(runBudget(database).succeeded());
        const QStringList tables = {"expense_line", "cost_line", "budget",  "delivery",
                                    "task",         "campaign",  "program", "plan"};
        QHash<QString, QStringList> before;
        for (const QString &table : tables)
            before.insert(table, test::dumpTable(database->connection(), table));
        const auto second = runBudget(database, kNow + 7 * kDay);
        QVERIFY(second.succeeded());
        for (const QString &table : tables)
            QVERIFY2(test::dumpTable(database->connection(), table) == before.value(table),
                     qPrintable(table));
        const QString journal =
            rows(*database,
                 QStringLiteral(
                     "SELECT message FROM workflow_log WHERE run_id = %1 AND step <> 'budgets'")
                     .arg(second.runId))
                .join(u'\n');
        QVERIFY2(journal.contains("0 added, 0 changed, 0 removed") &&
                     journal.contains("0 deliveries, 0 tasks, 0 campaigns, 0 programs, 0 plans"),
                 qPrintable(journal));
        // The demo data gives an over-run budget.
        QVERIFY(value(*database, "SELECT count(*) FROM budget WHERE reserved_cents + "
                                 "committed_cents + spent_cents > allocated_cents") >= 1);
    }

    // Killed between two units, then run again: the same tables as one clean run.
    void crashBetweenUnits_data() { test::TestDatabase::addBackendRows(); }
    void crashBetweenUnits()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(crashed, backend, true, kNow);
        CAMPAGNA_OPEN_DATABASE(reference, backend, true, kNow);
        const QStringList now{"--now", "2027-01-15T08:00:00Z"};
        for (const auto &database : {crashed, reference}) {
            auto loaded = test::runCtl(QStringList{"--db", database->url().toString()} + now +
                                       QStringList{"demo"});
            QVERIFY2(loaded.code == 0, qPrintable(loaded.describe()));
        }
        QProcessEnvironment kill;
        kill.insert(QStringLiteral("CAMPAGNA_FAULT_KILL_AFTER_UNITS"), QStringLiteral("2"));
        auto killed = test::runCtl(QStringList{"--db", crashed->url().toString()} + now +
                                       QStringList{"run", "budgetMgt"},
                                   kill);
        QCOMPARE(killed.code, -1);
        // Half done: expense lines and calculated costs, no cost lines yet.
        QVERIFY(value(*crashed, "SELECT count(*) FROM expense_line") > 0);
        QCOMPARE(value(*crashed, "SELECT count(*) FROM cost_line"), 0);
        QCOMPARE(value(*crashed, "SELECT count(*) FROM workflow_run WHERE status = 'running'"), 1);
        // The dead runner's lease expires; the next run completes the work.
        QVERIFY(
            exec(*crashed,
                 QStringLiteral("UPDATE workflow SET lease_until = 0 WHERE name = 'budgetMgt'")));
        auto again = test::runCtl(QStringList{"--db", crashed->url().toString()} + now +
                                  QStringList{"run", "budgetMgt"});
        QVERIFY2(again.code == 0, qPrintable(again.describe()));
        auto clean = test::runCtl(QStringList{"--db", reference->url().toString()} + now +
                                  QStringList{"run", "budgetMgt"});
        QVERIFY2(clean.code == 0, qPrintable(clean.describe()));
        QCOMPARE(value(*crashed, "SELECT count(*) FROM workflow_run WHERE status = 'lost'"), 1);
        for (const QString table : {"expense_line", "cost_line", "budget", "delivery", "task",
                                    "campaign", "program", "plan"})
            QVERIFY2(test::dumpTable(crashed->connection(), table) ==
                         test::dumpTable(reference->connection(), table),
                     qPrintable(table));
    }
};

QTEST_GUILESS_MAIN(TestBudgetWorkflow)
#include "tst_budgetworkflow.moc"
