#include "stock/stockworkflow.h"

#include "ctlprocess.h"
#include "db/sql.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "sqlqueries.h"
#include "databuilder.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace campagna;
using db::Sql;

using campagna::test::column;
using campagna::test::scalarInt;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 kDay = 86'400;

const QStringList kStockTables = {"stock_line", "stock_consumption", "stock_order", "stock_alert",
                                  "notification"};

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

// Test data written directly in the tables, as an operator or another program
// would. The first error is kept in `error`; check ok() after seeding.
class Seed : public campagna::test::DataBuilder
{
public:
    explicit Seed(db::Database &database)
        : DataBuilder(database)
    {
        supplier = addSupplier({.label = "Print & Post"});
        service = addService(supplier, "Lettershop");
        category = addCostCategory(service, "Printing", "direct_mail");
        alice = addOperator({.name = "alice", .email = "alice@example.com", .isAdmin = 1});
        bob = addOperator({.name = "bob", .email = "bob@example.com", .isAdmin = 0});
        carol = addOperator({.name = "carol", .email = "carol@example.com", .isAdmin = 0});
        group = addGroup("stock-keepers", {alice, bob});
        stock = addStock({.label = "Milan warehouse", .supplier = supplier, .alertGroup = group});
        campaign = addCampaign({.label = "Spring", .kind = "campaign", .status = "in_progress"});
    }

    qint64 line(const QString &label, qint64 initial, qint64 alertLevel, qint64 reorderQty = 0,
                qint64 leadDays = 7, qint64 stockId = 0)
    {
        return addStockLine({.stock = stockId ? stockId : stock,
                             .label = label,
                             .initialQty = initial,
                             .alertLevel = alertLevel,
                             .reorderQty = reorderQty,
                             .leadDays = leadDays});
    }

    qint64 costType(const QString &basis, const QVariant &lineId, qint64 units = 1)
    {
        return addCostType(category, {.label = QString(basis + " cost"),
                                      .basis = basis,
                                      .structure = "linear",
                                      .amountMicros = 1000,
                                      .stockLine = lineId,
                                      .stockUnits = units});
    }

    // A direct-mail delivery with the given counts (null: not known yet)
    // and one cost choice per cost type.
    qint64 delivery(const QString &status, const QList<qint64> &costTypes,
                    const QVariant &sentCount = nullInt(),
                    const QVariant &extractionRows = nullInt(),
                    const QVariant &toSendCount = nullInt(), qint64 campaignId = 0,
                    int isTemplate = 0)
    {
        const qint64 id = addDelivery({.campaign = campaignId ? campaignId : campaign,
                                       .label = QString("Letter " + status),
                                       .channel = "direct_mail",
                                       .status = status,
                                       .service = service,
                                       .isTemplate = isTemplate,
                                       .toSendCount = toSendCount,
                                       .sentCount = sentCount,
                                       .extractionRows = extractionRows});
        for (qint64 type : costTypes)
            addCostChoice(id, type);
        return id;
    }

    qint64 order(qint64 lineId, qint64 quantity, qint64 deliveryAt, const QString &status)
    {
        return addStockOrder({lineId, quantity, kNow - 10 * kDay, deliveryAt, status});
    }

    qint64 supplier = 0, service = 0, category = 0, alice = 0, bob = 0, carol = 0, group = 0,
           stock = 0, campaign = 0;
};

engine::RunOutcome runStock(const std::shared_ptr<db::Database> &database, qint64 now)
{
    engine::WorkflowEngine engine(database, std::make_shared<engine::Clock>(now));
    engine.setActor(people::Actor{std::nullopt, "tester", true});
    engine.registerWorkflow("stockMgt", [] { return std::make_unique<stock::StockWorkflow>(); });
    return engine.runNow("stockMgt", engine::Trigger::Manual).result();
}

QString scalarText(db::Database &database, const QString &sql, const QVariantList &params = {})
{
    auto value = Sql::scalar(database.connection(), sql, params);
    return value && value.value() ? value.value()->toString() : QString("<none>");
}

// A stock line's computed figures, as one readable string.
QString levels(db::Database &database, qint64 line)
{
    auto query = Sql::exec(database.connection(),
                           "SELECT consumed_qty, received_qty, on_order_qty, planned_qty, "
                           "in_stock_qty, forecast_qty, status FROM stock_line WHERE id = ?",
                           {line});
    if (!query || !query->next())
        return "no line";
    return QString("consumed %1, received %2, on order %3, planned %4, in stock %5, "
                   "forecast %6, %7")
        .arg(query->value(0).toLongLong())
        .arg(query->value(1).toLongLong())
        .arg(query->value(2).toLongLong())
        .arg(query->value(3).toLongLong())
        .arg(query->value(4).toLongLong())
        .arg(query->value(5).toLongLong())
        .arg(query->value(6).toString());
}

QHash<QString, QStringList> dumpStockTables(db::Database &database)
{
    QHash<QString, QStringList> dumps;
    for (const QString &table : kStockTables)
        dumps.insert(table, test::dumpTable(database.connection(), table));
    return dumps;
}

// A bit of everything: consumption of every kind, a received order, an
// insufficient line with alerts and a proposal, a line in alert, a line
// that is fine, planned consumption. Nothing in it changes with the clock
// after kNow (the second order arrives in five days).
bool seedScenario(db::Database &database, QString *error)
{
    Seed seed(database);
    const qint64 paper = seed.line("Paper A4", 500, 50, 1000, 5);
    const qint64 envelopes = seed.line("Envelopes C5", 3000, 2500, 0, 7);
    const qint64 brochures = seed.line("Brochures", 2000, 300, 1000, 10);
    const qint64 paperType = seed.costType("per_message", paper);
    const qint64 envelopeType = seed.costType("per_message", envelopes, 2);
    const qint64 kitType = seed.costType("fixed", brochures, 25);
    const qint64 brochureType = seed.costType("per_message", brochures);
    seed.delivery("finished", {paperType}, 797, 800, 810);
    seed.delivery("sent_to_provider", {envelopeType, kitType}, nullInt(), 400, 420);
    seed.delivery("in_progress", {brochureType}, nullInt(), nullInt(), 900);
    seed.delivery("to_validate", {brochureType, envelopeType}, nullInt(), nullInt(), 700);
    seed.delivery("start_pending", {kitType});
    seed.order(brochures, 1500, kNow - kDay, "on_order");
    seed.order(envelopes, 600, kNow + 5 * kDay, "on_order");
    seed.order(paper, 100, kNow - 30 * kDay, "cancelled");
    *error = seed.error();
    return seed.ok();
}

} // namespace

class TestStockWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    // Spec 03, stockMgt, worked example: 1000 − 797 = 203, ok; an order of
    // 500 due yesterday is received and brings it to 703.
    void workedExample_data() { test::TestDatabase::addBackendRows(); }
    void workedExample()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 line = seed.line("Paper A4", 1000, 50);
        const qint64 type = seed.costType("per_message", line);
        const qint64 delivery = seed.delivery("finished", {type}, 797, nullInt(), 800);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome first = runStock(database, kNow);
        QVERIFY2(first.succeeded(), qPrintable(first.error));
        QCOMPARE(levels(*database, line),
                 QString("consumed 797, received 0, on order 0, planned 0, in stock 203, "
                         "forecast 203, ok"));
        QCOMPARE(scalarInt(*database, "SELECT calculated_at FROM stock_line WHERE id = ?", {line}),
                 kNow);
        QCOMPARE(
            column(*database,
                   "SELECT CAST(stock_line_id AS TEXT) || ':' || CAST(delivery_id AS TEXT) "
                   "|| ':' || CAST(campaign_id AS TEXT) || ':' || CAST(quantity AS TEXT) "
                   "|| ':' || CAST(assigned_at AS TEXT) FROM stock_consumption"),
            QStringList{
                QString("%1:%2:%3:797:%4").arg(line).arg(delivery).arg(seed.campaign).arg(kNow)});
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_alert"), 0);
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_order"), 0);
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM notification"), 0);
        QCOMPARE(first.items, 1);
        QCOMPARE(first.warnings, 0);

        // The order of 500 arriving yesterday.
        const qint64 order = seed.order(line, 500, kNow + 3600 - kDay, "on_order");
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const engine::RunOutcome second = runStock(database, kNow + 3600);
        QVERIFY2(second.succeeded(), qPrintable(second.error));
        QCOMPARE(scalarText(*database, "SELECT status FROM stock_order WHERE id = ?", {order}),
                 QString("received"));
        QCOMPARE(scalarInt(*database, "SELECT received_at FROM stock_order WHERE id = ?", {order}),
                 kNow + 3600);
        QCOMPARE(levels(*database, line),
                 QString("consumed 797, received 500, on order 0, planned 0, in stock 703, "
                         "forecast 703, ok"));
        QCOMPARE(scalarInt(*database, "SELECT calculated_at FROM stock_line WHERE id = ?", {line}),
                 kNow + 3600);
        QCOMPARE(second.items, 2); // one line, one order received
    }

    // The worked example with 500 at first: −297, insufficient, one open
    // alert of each kind, each told to each member of the alert group.
    void workedExampleInsufficient_data() { test::TestDatabase::addBackendRows(); }
    void workedExampleInsufficient()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 line = seed.line("Paper A4", 500, 50);
        const qint64 type = seed.costType("per_message", line);
        seed.delivery("finished", {type}, 797, nullInt(), 800);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runStock(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(levels(*database, line),
                 QString("consumed 797, received 0, on order 0, planned 0, in stock -297, "
                         "forecast -297, insufficient"));
        QCOMPARE(column(*database,
                        "SELECT kind || ':' || CAST(raised_at AS TEXT) || ':' "
                        "|| CAST(in_stock_qty AS TEXT) || ':' || CAST(forecast_qty AS TEXT) "
                        "FROM stock_alert WHERE stock_line_id = ? AND cleared_at IS NULL "
                        "ORDER BY kind",
                        {line}),
                 QStringList({QString("alert_level:%1:-297:-297").arg(kNow),
                              QString("insufficient:%1:-297:-297").arg(kNow)}));
        const qint64 levelAlert =
            scalarInt(*database, "SELECT id FROM stock_alert WHERE kind = 'alert_level'");
        const qint64 insufficientAlert =
            scalarInt(*database, "SELECT id FROM stock_alert WHERE kind = 'insufficient'");

        // One notification per alert and member (alice is an administrator:
        // included; carol is not in the group: not told).
        QStringList expected;
        for (qint64 alert : {levelAlert, insufficientAlert}) {
            expected << QString("stock-alert:%1:%2|%2|alice@example.com").arg(alert).arg(seed.alice)
                     << QString("stock-alert:%1:%2|%2|bob@example.com").arg(alert).arg(seed.bob);
        }
        expected.sort();
        QStringList queued =
            column(*database,
                   "SELECT dedup_key || '|' || CAST(recipient_operator_id AS TEXT) "
                   "|| '|' || recipient_email FROM notification "
                   "WHERE kind = 'stock_alert' AND status = 'queued' "
                   "AND created_at = ?",
                   {kNow});
        queued.sort();
        QCOMPARE(queued, expected);
        const QString subject =
            scalarText(*database, "SELECT subject FROM notification WHERE dedup_key = ?",
                       {QString("stock-alert:%1:%2").arg(insufficientAlert).arg(seed.bob)});
        QVERIFY2(subject.contains("Milan warehouse") && subject.contains("Paper A4"),
                 qPrintable(subject));
        const QString body =
            scalarText(*database, "SELECT body FROM notification WHERE dedup_key = ?",
                       {QString("stock-alert:%1:%2").arg(levelAlert).arg(seed.alice)});
        QVERIFY2(body.contains("Paper A4") && body.contains("-297") && body.contains("50") &&
                     body.contains("Stocks page"),
                 qPrintable(body));

        // The insufficient line is a warning naming it.
        QCOMPARE(outcome.warnings, 1);
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM workflow_log WHERE run_id = ? AND level = "
                           "'warning' AND object_type = 'stock_line' AND object_id = ?",
                           {outcome.runId, line}),
                 1);
        QVERIFY(scalarText(*database,
                           "SELECT message FROM workflow_log WHERE run_id = ? AND level = "
                           "'warning'",
                           {outcome.runId})
                    .contains("-297"));
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_order"), 0); // reorder_qty 0
    }

    // q: sent_count of a finished delivery, else extraction_rows, else
    // to_send_count; fixed: stock_units; several cost choices on one line
    // add up; planned consumption feeds the forecast only.
    void consumptionRules_data() { test::TestDatabase::addBackendRows(); }
    void consumptionRules()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 line = seed.line("Envelopes", 100000, 1000);
        const qint64 perMessage = seed.costType("per_message", line, 2);
        const qint64 fixed = seed.costType("fixed", line, 5);
        const qint64 noStock = seed.costType("per_message", nullInt());
        // sent_count wins for a finished delivery: 797 × 2.
        const qint64 finished = seed.delivery("finished", {perMessage}, 797, 850, 900);
        // Finished, sent_count unknown: extraction_rows, 600 × 2.
        const qint64 extracted = seed.delivery("finished", {perMessage}, nullInt(), 600, 700);
        // Not finished: sent_count is not used, extraction_rows is: 400 × 2.
        const qint64 sent = seed.delivery("sent_to_provider", {perMessage}, 10, 400, 450);
        // Nothing extracted: to_send_count, 300 × 2.
        const qint64 started =
            seed.delivery("in_progress", {perMessage}, nullInt(), nullInt(), 300);
        // Two cost choices on the same line: 5 + 250 × 2, one row.
        const qint64 both = seed.delivery("provider_pending", {perMessage, fixed, noStock},
                                          nullInt(), nullInt(), 250);
        // No count known at all: 0, still one row.
        const qint64 unknown = seed.delivery("file_to_approve", {perMessage});
        // Planned: 1000 × 2 and 5.
        const qint64 planned =
            seed.delivery("to_validate", {perMessage}, nullInt(), nullInt(), 1000);
        seed.delivery("start_pending", {fixed});
        // Neither consuming nor planning.
        seed.delivery("being_edited", {perMessage}, nullInt(), nullInt(), 999);
        seed.delivery("cancelled", {perMessage}, nullInt(), 999, 999);
        seed.delivery("failed", {fixed});
        seed.delivery("finished", {noStock}, 999, 999, 999);
        seed.order(line, 3000, kNow + 4 * kDay, "on_order");
        seed.order(line, 7000, kNow + 4 * kDay, "proposed");
        seed.order(line, 9000, kNow - 4 * kDay, "cancelled");
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome first = runStock(database, kNow);
        QVERIFY2(first.succeeded(), qPrintable(first.error));
        const QString rowsSql = "SELECT CAST(delivery_id AS TEXT) || ':' || CAST(quantity AS TEXT) "
                                "|| ':' || CAST(assigned_at AS TEXT) FROM stock_consumption "
                                "ORDER BY delivery_id";
        QCOMPARE(column(*database, rowsSql),
                 QStringList({QString("%1:1594:%2").arg(finished).arg(kNow),
                              QString("%1:1200:%2").arg(extracted).arg(kNow),
                              QString("%1:800:%2").arg(sent).arg(kNow),
                              QString("%1:600:%2").arg(started).arg(kNow),
                              QString("%1:505:%2").arg(both).arg(kNow),
                              QString("%1:0:%2").arg(unknown).arg(kNow)}));
        // 1594 + 1200 + 800 + 600 + 505 = 4699; planned 2000 + 5.
        QCOMPARE(levels(*database, line),
                 QString("consumed 4699, received 0, on order 3000, planned 2005, "
                         "in stock 95301, forecast 96296, ok"));

        // Later: one delivery moves back to planning (its row goes, its
        // quantity is planned), another's count changes (its row is
        // updated in place), one finishes with its real count.
        seed.exec("UPDATE delivery SET status = 'to_validate' WHERE id = ?", {started});
        seed.exec("UPDATE delivery SET extraction_rows = 650 WHERE id = ?", {extracted});
        seed.exec("UPDATE delivery SET status = 'finished', sent_count = 380 WHERE id = ?", {sent});
        seed.exec("UPDATE delivery SET status = 'cancelled' WHERE id = ?", {planned});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const qint64 later = kNow + kDay;
        const engine::RunOutcome second = runStock(database, later);
        QVERIFY2(second.succeeded(), qPrintable(second.error));
        QCOMPARE(column(*database, rowsSql),
                 QStringList({QString("%1:1594:%2").arg(finished).arg(kNow),
                              QString("%1:1300:%2").arg(extracted).arg(kNow),
                              QString("%1:760:%2").arg(sent).arg(kNow),
                              QString("%1:505:%2").arg(both).arg(kNow),
                              QString("%1:0:%2").arg(unknown).arg(kNow)}));
        // 1594 + 1300 + 760 + 505 = 4159; planned 600 + 5.
        QCOMPARE(levels(*database, line),
                 QString("consumed 4159, received 0, on order 3000, planned 605, "
                         "in stock 95841, forecast 98236, ok"));
        QCOMPARE(scalarInt(*database, "SELECT calculated_at FROM stock_line WHERE id = ?", {line}),
                 later);
        const QString journal = scalarText(*database,
                                           "SELECT message FROM workflow_log WHERE run_id = ? "
                                           "AND step = 'consumption'",
                                           {second.runId});
        QVERIFY2(journal.contains("0 row") && journal.contains("updated: 2") &&
                     journal.contains("deleted: 1"),
                 qPrintable(journal));
    }

    // An alert clears when the stock is back above its level, and a later
    // fall raises a new alert (a new row, notified again).
    void alertClearedAndRaisedAgain_data() { test::TestDatabase::addBackendRows(); }
    void alertClearedAndRaisedAgain()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 line = seed.line("Brochures", 100, 50);
        const qint64 type = seed.costType("per_message", line);
        seed.delivery("finished", {type}, 60);
        // A stock nobody is told about.
        const qint64 orphanStock = seed.insert("INSERT INTO stock (label) VALUES ('Leeds')");
        const qint64 orphanLine = seed.line("Catalogues", 10, 20, 0, 7, orphanStock);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        engine::RunOutcome outcome = runStock(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(levels(*database, line), QString("consumed 60, received 0, on order 0, planned 0, "
                                                  "in stock 40, forecast 40, alert"));
        QCOMPARE(levels(*database, orphanLine),
                 QString("consumed 0, received 0, on order 0, planned 0, in stock 10, "
                         "forecast 10, alert"));
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM stock_alert WHERE stock_line_id = ? "
                           "AND kind = 'alert_level' AND cleared_at IS NULL",
                           {line}),
                 1);
        QCOMPARE(
            scalarInt(*database, "SELECT COUNT(*) FROM stock_alert WHERE kind = 'insufficient'"),
            0);
        const qint64 firstAlert =
            scalarInt(*database, "SELECT id FROM stock_alert WHERE stock_line_id = ?", {line});
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM notification"), 2);
        // The orphan stock's alert is raised, told to nobody, and warned about.
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM stock_alert WHERE stock_line_id = ? "
                           "AND cleared_at IS NULL",
                           {orphanLine}),
                 1);
        QCOMPARE(outcome.warnings, 1);
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM workflow_log WHERE run_id = ? AND level = "
                           "'warning' AND object_type = 'stock' AND object_id = ?",
                           {outcome.runId, orphanStock}),
                 1);

        // An order arrives: 140 > 50, the alert is cleared, nobody is told.
        seed.order(line, 100, kNow + 12 * 3600, "on_order");
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const qint64 cleared = kNow + kDay;
        outcome = runStock(database, cleared);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(levels(*database, line), QString("consumed 60, received 100, on order 0, "
                                                  "planned 0, in stock 140, forecast 140, ok"));
        QCOMPARE(
            scalarInt(*database, "SELECT cleared_at FROM stock_alert WHERE id = ?", {firstAlert}),
            cleared);
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM stock_alert WHERE stock_line_id = ? "
                           "AND cleared_at IS NULL",
                           {line}),
                 0);
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM notification"), 2);

        // Another delivery takes 100: 40 again, a new alert, notified.
        seed.delivery("finished", {type}, 100);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const qint64 again = kNow + 2 * kDay;
        outcome = runStock(database, again);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_alert WHERE stock_line_id = ?",
                           {line}),
                 2);
        const qint64 secondAlert = scalarInt(
            *database, "SELECT id FROM stock_alert WHERE stock_line_id = ? AND cleared_at IS NULL",
            {line});
        QVERIFY(secondAlert != firstAlert);
        QCOMPARE(
            scalarInt(*database, "SELECT raised_at FROM stock_alert WHERE id = ?", {secondAlert}),
            again);
        QCOMPARE(scalarInt(*database, "SELECT in_stock_qty FROM stock_alert WHERE id = ?",
                           {secondAlert}),
                 40);
        QCOMPARE(
            scalarInt(*database, "SELECT cleared_at FROM stock_alert WHERE id = ?", {firstAlert}),
            cleared);
        QStringList keys = column(*database,
                                  "SELECT dedup_key FROM notification "
                                  "WHERE created_at = ? ORDER BY dedup_key",
                                  {again});
        QCOMPARE(keys, QStringList({QString("stock-alert:%1:%2").arg(secondAlert).arg(seed.alice),
                                    QString("stock-alert:%1:%2").arg(secondAlert).arg(seed.bob)}));
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM notification"), 4);
    }

    // A proposal is created once, not again while one is proposed or on
    // order, and again once the last one is cancelled.
    void reorderProposal_data() { test::TestDatabase::addBackendRows(); }
    void reorderProposal()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 line = seed.line("Paper A4", 1000, 500, 2000, 10);
        const qint64 noReorder = seed.line("Envelopes", 1000, 500, 0, 10);
        const qint64 type = seed.costType("per_message", line);
        const qint64 otherType = seed.costType("per_message", noReorder);
        seed.delivery("to_validate", {type, otherType}, nullInt(), nullInt(), 600);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        engine::RunOutcome outcome = runStock(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        // In stock 1000 > 500 (ok) but the forecast 400 <= 500: reorder.
        QCOMPARE(levels(*database, line), QString("consumed 0, received 0, on order 0, "
                                                  "planned 600, in stock 1000, forecast 400, ok"));
        const QString ordersSql =
            "SELECT CAST(quantity AS TEXT) || ':' || COALESCE(CAST(ordered_at AS TEXT), 'NULL') "
            "|| ':' || CAST(delivery_at AS TEXT) || ':' || status FROM stock_order "
            "WHERE stock_line_id = ? ORDER BY id";
        QCOMPARE(column(*database, ordersSql, {line}),
                 QStringList{QString("2000:NULL:%1:proposed").arg(kNow + 10 * kDay)});
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_order WHERE stock_line_id = ?",
                           {noReorder}),
                 0);
        // Proposed orders are not on order: the figures stay.
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_alert"), 0);

        // Still proposed: nothing new.
        outcome = runStock(database, kNow + kDay);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_order"), 1);

        // Confirmed (on order): nothing new, and it counts in the forecast.
        seed.exec("UPDATE stock_order SET status = 'on_order', ordered_at = ? WHERE stock_line_id "
                  "= ?",
                  {kNow + kDay, line});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        outcome = runStock(database, kNow + 2 * kDay);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_order"), 1);
        QCOMPARE(levels(*database, line), QString("consumed 0, received 0, on order 2000, "
                                                  "planned 600, in stock 1000, forecast 2400, ok"));

        // Cancelled: the forecast is 400 again and a new proposal is made.
        seed.exec("UPDATE stock_order SET status = 'cancelled' WHERE stock_line_id = ?", {line});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        outcome = runStock(database, kNow + 3 * kDay);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(
            column(*database, ordersSql, {line}),
            QStringList({QString("2000:%1:%2:cancelled").arg(kNow + kDay).arg(kNow + 10 * kDay),
                         QString("2000:NULL:%1:proposed").arg(kNow + 13 * kDay)}));
    }

    // Template deliveries and the deliveries of periodic campaigns consume
    // nothing; their instances do.
    void templatesIgnored_data() { test::TestDatabase::addBackendRows(); }
    void templatesIgnored()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 line = seed.line("Paper A4", 1000, 50);
        const qint64 type = seed.costType("per_message", line);
        const qint64 recurring = seed.insert(
            "INSERT INTO campaign (label, kind) VALUES ('Monthly letter', 'recurring')");
        const qint64 periodic =
            seed.insert("INSERT INTO campaign (label, kind) VALUES ('Quarterly', 'periodic')");
        const qint64 templateDelivery =
            seed.delivery("finished", {type}, 100, nullInt(), nullInt(), recurring, 1);
        seed.delivery("to_validate", {type}, nullInt(), nullInt(), 100, recurring, 1);
        const qint64 periodicDelivery =
            seed.delivery("finished", {type}, 200, nullInt(), nullInt(), periodic);
        seed.delivery("start_pending", {type}, nullInt(), nullInt(), 200, periodic);
        // An instance of the recurring template (an ordinary delivery).
        const qint64 instance =
            seed.delivery("finished", {type}, 10, nullInt(), nullInt(), recurring);
        const qint64 plannedInstance =
            seed.delivery("to_validate", {type}, nullInt(), nullInt(), 20, recurring);
        seed.exec("UPDATE delivery SET template_delivery_id = ? WHERE id IN (?, ?)",
                  {templateDelivery, instance, plannedInstance});
        // A row left behind for a template (written by hand) goes away.
        seed.exec("INSERT INTO stock_consumption (stock_line_id, delivery_id, campaign_id, "
                  "quantity, assigned_at) VALUES (?, ?, ?, 200, ?)",
                  {line, periodicDelivery, periodic, kNow - kDay});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runStock(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(column(*database, "SELECT CAST(delivery_id AS TEXT) || ':' || "
                                   "CAST(quantity AS TEXT) FROM stock_consumption"),
                 QStringList{QString("%1:10").arg(instance)});
        QCOMPARE(levels(*database, line), QString("consumed 10, received 0, on order 0, "
                                                  "planned 20, in stock 990, forecast 970, ok"));
    }

    // Idempotence: a second run, later, with nothing changed, writes
    // nothing (calculated_at does not move either).
    void secondRunWritesNothing_data() { test::TestDatabase::addBackendRows(); }
    void secondRunWritesNothing()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QString error;
        QVERIFY2(seedScenario(*database, &error), qPrintable(error));

        const engine::RunOutcome first = runStock(database, kNow);
        QVERIFY2(first.succeeded(), qPrintable(first.error));
        const auto before = dumpStockTables(*database);
        // The scenario has something in every table.
        for (const QString &table : kStockTables)
            QVERIFY2(!before.value(table).isEmpty(), qPrintable(table));
        QVERIFY(scalarInt(*database, "SELECT COUNT(*) FROM stock_line WHERE status = "
                                     "'insufficient'") > 0);

        const engine::RunOutcome second = runStock(database, kNow + 3600);
        QVERIFY2(second.succeeded(), qPrintable(second.error));
        const auto after = dumpStockTables(*database);
        for (const QString &table : kStockTables)
            QCOMPARE(after.value(table), before.value(table));
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM stock_line WHERE calculated_at IS DISTINCT FROM ?",
                           {kNow}),
                 0);
        // Its journal says so.
        const QStringList journal = column(*database,
                                           "SELECT message FROM workflow_log WHERE run_id = ? "
                                           "AND level = 'info' ORDER BY id",
                                           {second.runId});
        QVERIFY2(journal.size() == 6, qPrintable(journal.join('\n')));
        QVERIFY2(journal.at(0).startsWith("0 stock orders") ||
                     journal.at(0).startsWith("0 stock order(s)"),
                 qPrintable(journal.at(0)));
        QVERIFY2(journal.at(2).contains(": 0 line"), qPrintable(journal.at(2)));
        QVERIFY2(journal.at(3).contains(": 0 alert") && journal.at(3).contains("cleared: 0"),
                 qPrintable(journal.at(3)));
        QVERIFY2(journal.at(4).startsWith("0 "), qPrintable(journal.at(4)));
        QVERIFY2(journal.at(5).startsWith("0 "), qPrintable(journal.at(5)));
        QCOMPARE(second.items, first.items - 1); // the order was received the first time
    }

    // A crash between two units: the next run completes the work and the
    // result is that of one uninterrupted run.
    void crashBetweenUnits_data() { test::TestDatabase::addBackendRows(); }
    void crashBetweenUnits()
    {
        QFETCH(QString, backend);
        if (qEnvironmentVariableIsEmpty("CAMPAGNA_CTL"))
            QSKIP("CAMPAGNA_CTL is not set (run the test through CTest)");
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        CAMPAGNA_OPEN_DATABASE(reference, backend, true, kNow);
        QString error;
        QVERIFY2(seedScenario(*database, &error), qPrintable(error));
        QVERIFY2(seedScenario(*reference, &error), qPrintable(error));
        const QString now =
            QDateTime::fromSecsSinceEpoch(kNow, QTimeZone::utc()).toString(Qt::ISODate);

        const test::CtlResult uninterrupted =
            test::runCtl({"--db", reference->url().toString(), "--now", now, "run", "stockMgt"});
        QVERIFY2(uninterrupted.code == 0, qPrintable(uninterrupted.describe()));

        QProcessEnvironment fault;
        fault.insert("CAMPAGNA_FAULT_KILL_AFTER_UNITS", "2");
        const test::CtlResult killed = test::runCtl(
            {"--db", database->url().toString(), "--now", now, "run", "stockMgt"}, fault);
        QVERIFY2(killed.code == -1, qPrintable(killed.describe()));
        // Units 1 (orders) and 2 (consumption) landed, nothing after them.
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM stock_order WHERE status = 'received' "
                           "AND received_at = ?",
                           {kNow}),
                 1);
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_consumption"), 4);
        QCOMPARE(
            scalarInt(*database, "SELECT COUNT(*) FROM stock_line WHERE calculated_at IS NOT NULL"),
            0);
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM stock_alert"), 0);
        const qint64 killedRun =
            scalarInt(*database, "SELECT id FROM workflow_run WHERE workflow = 'stockMgt'");
        QCOMPARE(scalarText(*database, "SELECT status FROM workflow_run WHERE id = ?", {killedRun}),
                 QString("running"));

        // The dead runner's lease expires; the next run completes the work.
        QVERIFY(Sql::exec(database->connection(),
                          "UPDATE workflow SET lease_until = 0 WHERE name = 'stockMgt'")
                    .ok());
        const test::CtlResult resumed =
            test::runCtl({"--db", database->url().toString(), "--now", now, "run", "stockMgt"});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.describe()));
        QCOMPARE(scalarText(*database, "SELECT status FROM workflow_run WHERE id = ?", {killedRun}),
                 QString("lost"));
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM workflow_run WHERE workflow = "
                                      "'stockMgt' AND status = 'succeeded'"),
                 1);

        const auto expected = dumpStockTables(*reference);
        const auto got = dumpStockTables(*database);
        for (const QString &table : kStockTables)
            QCOMPARE(got.value(table), expected.value(table));
        QVERIFY(!expected.value("stock_alert").isEmpty());
        QVERIFY(!expected.value("notification").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStockWorkflow)
#include "tst_stockworkflow.moc"
