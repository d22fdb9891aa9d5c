#include "db/sql.h"
#include "delivery/deliverystatusmap.h"
#include "engine/clock.h"
#include "engine/runcontext.h"
#include "engine/schedule.h"
#include "engine/workflowengine.h"
#include "engine/workflowstore.h"
#include "databuilder.h"
#include "testdatabase.h"
#include "workflows/workflowcatalog.h"

#include <QDateTime>
#include <QtConcurrent>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace campagna;
using namespace campagna::engine;
using db::Sql;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z

// Test-only workflows -------------------------------------------------------

// Writes one row per unit into `setting` (key = "<workflow>:<n>").
class CountingWorkflow final : public Workflow
{
public:
    explicit CountingWorkflow(int units)
        : m_units(units)
    {}
    Result<void> run(RunContext &context) override
    {
        for (int i = 0; i < m_units; ++i) {
            if (auto ok = context.checkpoint(); !ok)
                return ok;
            auto done =
                context.unit(QStringLiteral("count"), [&](QSqlDatabase &db) -> Result<void> {
                    auto inserted = Sql::exec(
                        db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                        {QStringLiteral("%1:%2:%3")
                             .arg(context.workflow())
                             .arg(context.runId())
                             .arg(i),
                         QString::number(context.runId())});
                    if (!inserted)
                        return inserted.error();
                    context.addItems(1);
                    return {};
                });
            if (!done)
                return done;
            context.info(QStringLiteral("count"), QStringLiteral("unit %1 done").arg(i));
            context.setProgress(i + 1, m_units);
        }
        return {};
    }

private:
    int m_units;
};

// Runs units until cancelled; signals each unit on `progressed`, waits on `gate`.
class GatedWorkflow final : public Workflow
{
public:
    GatedWorkflow(QSemaphore *progressed, QSemaphore *gate)
        : m_progressed(progressed)
        , m_gate(gate)
    {}
    Result<void> run(RunContext &context) override
    {
        for (int i = 0; i < 1000; ++i) {
            if (auto ok = context.checkpoint(); !ok)
                return ok;
            auto done = context.unit(QStringLiteral("step"), [&](QSqlDatabase &) -> Result<void> {
                context.addItems(1);
                return {};
            });
            if (!done)
                return done;
            m_progressed->release();
            m_gate->acquire();
        }
        return {};
    }

private:
    QSemaphore *m_progressed;
    QSemaphore *m_gate;
};

class FailingWorkflow final : public Workflow
{
public:
    Result<void> run(RunContext &context) override
    {
        context.warning(QStringLiteral("check"), QStringLiteral("a data problem"));
        return makeError(Error::Code::Failed, QStringLiteral("the disk caught fire"));
    }
};

// After its first unit, another owner takes the lease (as after a pause
// past the lease); its second unit must not land.
class FencedWorkflow final : public Workflow
{
public:
    explicit FencedWorkflow(db::DatabaseUrl url)
        : m_url(std::move(url))
    {}
    Result<void> run(RunContext &context) override
    {
        auto first = context.unit(QStringLiteral("first"), [&](QSqlDatabase &db) -> Result<void> {
            return Sql::exec(db,
                             QStringLiteral(
                                 "INSERT INTO setting (key, value) VALUES ('fenced:first', 'x')"))
                           .ok()
                       ? Result<void>()
                       : makeError(Error::Code::Failed, QStringLiteral("insert failed"));
        });
        if (!first)
            return first;
        {
            auto other = db::Database::open(m_url);
            if (!other)
                return other.error();
            auto stolen = Sql::update(
                other.value()->connection(),
                QStringLiteral("UPDATE workflow SET lease_owner = 'thief', fence = fence + 1, "
                               "lease_until = lease_until + 1000 WHERE name = ?"),
                {context.workflow()});
            if (!stolen || stolen.value() != 1)
                return makeError(Error::Code::Failed, QStringLiteral("could not steal the lease"));
        }
        return context.unit(QStringLiteral("second"), [&](QSqlDatabase &db) -> Result<void> {
            auto inserted = Sql::exec(
                db,
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('fenced:second', 'x')"));
            return inserted ? Result<void>() : Result<void>(inserted.error());
        });
    }

private:
    db::DatabaseUrl m_url;
};

// Spreads `units` concurrent units over the engine's pool; with `steal`,
// another owner takes the lease first, so none of them may land.
class ParallelWorkflow final : public Workflow
{
public:
    ParallelWorkflow(int units, std::optional<db::DatabaseUrl> stealFrom)
        : m_units(units)
        , m_stealFrom(std::move(stealFrom))
    {}
    Result<void> run(RunContext &context) override
    {
        if (m_stealFrom) {
            auto other = db::Database::open(*m_stealFrom);
            if (!other || !Sql::exec(other.value()->connection(),
                                     QStringLiteral("UPDATE workflow SET lease_owner = 'thief', "
                                                    "fence = fence + 1 WHERE name = ?"),
                                     {context.workflow()})
                               .ok())
                return makeError(Error::Code::Failed, QStringLiteral("could not steal the lease"));
        }
        QList<QFuture<Result<void>>> jobs;
        for (int i = 0; i < m_units; ++i) {
            jobs << QtConcurrent::run(context.pool(), [&context, i] {
                return context.concurrentUnit(
                    QStringLiteral("job"),
                    [&](QSqlDatabase &db, RunContext::UnitJournal &journal) -> Result<void> {
                        auto inserted = Sql::exec(
                            db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, 'x')"),
                            {QStringLiteral("par:%1").arg(i)});
                        if (!inserted)
                            return inserted.error();
                        journal.info(QStringLiteral("job"), QStringLiteral("job %1 done").arg(i));
                        if (i == 0)
                            journal.warning(QStringLiteral("job"), QStringLiteral("job 0 warns"));
                        journal.addItems(1);
                        return {};
                    });
            });
        }
        Result<void> result;
        for (auto &job : jobs) {
            auto done = job.result();
            if (!done && result)
                result = done;
        }
        return result;
    }

private:
    int m_units;
    std::optional<db::DatabaseUrl> m_stealFrom;
};

qint64 scalarInt(db::Database &database, const QString &sql, const QVariantList &params = {})
{
    // Reconnects if a test has cut this thread's connection too.
    auto value =
        database.withConnection([&](QSqlDatabase &db) { return Sql::scalar(db, sql, params); });
    return value && value.value() ? value.value()->toLongLong() : -1;
}

QString scalarText(db::Database &database, const QString &sql, const QVariantList &params = {})
{
    auto value =
        database.withConnection([&](QSqlDatabase &db) { return Sql::scalar(db, sql, params); });
    return value && value.value() ? value.value()->toString() : QStringLiteral("<none>");
}

people::Actor admin()
{
    return people::Actor{std::nullopt, QStringLiteral("tester"), true};
}

void registerAll(WorkflowEngine &engine, const WorkflowFactory &factory)
{
    for (const QString &name : workflows::WorkflowCatalog::names())
        engine.registerWorkflow(name, factory);
}

} // namespace

class TestWorkflowEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    // Each workflow is described once: a name, a label and description, a
    // valid default schedule and its processing; the delivery statuses it
    // moves are the ones DeliveryStatusMap gives it.
    void catalogDescribesEachWorkflowOnce()
    {
        QSet<QString> names;
        for (const workflows::WorkflowDescriptor &workflow : workflows::WorkflowCatalog::all()) {
            QVERIFY2(!names.contains(workflow.name), qPrintable(workflow.name));
            names.insert(workflow.name);
            QVERIFY(!workflow.label().isEmpty());
            QVERIFY(!workflow.description().isEmpty());
            QVERIFY2(Schedule::parse(workflow.defaultSchedule).ok(), qPrintable(workflow.name));
            QVERIFY(workflow.factory && workflow.factory());
            for (const QString &status : workflow.movedStatuses())
                QCOMPARE(delivery::DeliveryStatusMap::workflowMoving(status), workflow.name);
        }
        QCOMPARE(workflows::WorkflowCatalog::find(QStringLiteral("deliveryMgt"))->movedStatuses(),
                 QStringList({"to_validate", "pending_confirmation", "start_pending",
                              "file_to_approve"}));
        QVERIFY(workflows::WorkflowCatalog::find(QStringLiteral("budgetMgt"))
                    ->movedStatuses()
                    .isEmpty());
        QCOMPARE(delivery::DeliveryStatusMap::workflowMoving(QStringLiteral("being_edited")),
                 QString());
        QCOMPARE(workflows::WorkflowCatalog::canonicalName(QStringLiteral(" FornitoreMgt ")),
                 QStringLiteral("supplierMgt"));
    }

    void stateCommands_data() { test::TestDatabase::addBackendRows(); }
    void stateCommands()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        WorkflowEngine engine(database, std::make_shared<Clock>(kNow));
        engine.setActor(admin());
        QSignalSpy changed(&engine, &WorkflowEngine::workflowChanged);

        QVERIFY(engine.pause(QStringLiteral("budgetMgt")).result().ok());
        QCOMPARE(scalarText(*database, "SELECT state FROM workflow WHERE name = 'budgetMgt'"),
                 QStringLiteral("paused"));
        QVERIFY(engine.stop(QStringLiteral("stockMgt")).result().ok());
        QCOMPARE(scalarText(*database, "SELECT state FROM workflow WHERE name = 'stockMgt'"),
                 QStringLiteral("stopped"));
        QTRY_COMPARE(changed.count(), 2);

        // Start clears the failed flag.
        QVERIFY(Sql::exec(database->connection(),
                          "UPDATE workflow SET failed = 1 WHERE name = 'stockMgt'")
                    .ok());
        QVERIFY(engine.start(QStringLiteral("stockMgt")).result().ok());
        QCOMPARE(scalarText(*database, "SELECT state FROM workflow WHERE name = 'stockMgt'"),
                 QStringLiteral("started"));
        QCOMPARE(scalarInt(*database, "SELECT failed FROM workflow WHERE name = 'stockMgt'"), 0);

        // An operator who is not an administrator is refused, and nothing changes.
        test::DataBuilder data(*database);
        data.addOperator({.name = "root", .isAdmin = 1});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        engine.setActor(people::Actor{42, QStringLiteral("intern"), false});
        const auto refused = engine.stop(QStringLiteral("deliveryMgt")).result();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), Error::Code::Forbidden);
        QVERIFY2(refused.errorMessage().contains("intern") &&
                     refused.errorMessage().contains("root"),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(scalarText(*database, "SELECT state FROM workflow WHERE name = 'deliveryMgt'"),
                 QStringLiteral("started"));
        const auto run = engine.runNow(QStringLiteral("deliveryMgt"), Trigger::Manual).result();
        QCOMPARE(run.errorCode, Error::Code::Forbidden);
        QCOMPARE(run.runId, 0);
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM workflow_run"), 0);

        // Schedules are validated.
        engine.setActor(admin());
        const auto bad =
            engine.setSchedule(QStringLiteral("budgetMgt"), QStringLiteral("sometimes")).result();
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errorCode(), Error::Code::Usage);
        QCOMPARE(scalarText(*database, "SELECT schedule FROM workflow WHERE name = 'budgetMgt'"),
                 QStringLiteral("every 1h"));
        QVERIFY(engine.setSchedule(QStringLiteral("budgetMgt"), QStringLiteral("every 30m"))
                    .result()
                    .ok());
        QCOMPARE(scalarText(*database, "SELECT schedule FROM workflow WHERE name = 'budgetMgt'"),
                 QStringLiteral("every 30m"));
        QCOMPARE(scalarInt(*database, "SELECT next_run_at FROM workflow WHERE name = 'budgetMgt'"),
                 kNow + 1800);
    }

    void schedulerWithAFixedClock_data() { test::TestDatabase::addBackendRows(); }
    void schedulerWithAFixedClock()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        auto clock = std::make_shared<Clock>(kNow);
        WorkflowEngine engine(database, clock);
        engine.setActor(admin());
        registerAll(engine, [] { return std::make_unique<CountingWorkflow>(1); });
        QVERIFY(engine.pause(QStringLiteral("stockMgt")).result().ok());

        QSignalSpy finished(&engine, &WorkflowEngine::runFinished);
        // Everything is due at kNow (init), except the paused one.
        auto tick = engine.schedulerTick();
        QVERIFY(QTest::qWaitFor([&] { return tick.isFinished(); }));
        QStringList started = tick.result();
        started.sort();
        QCOMPARE(started, QStringList({"budgetMgt", "deliveryMgt", "operationMgt", "supplierMgt"}));
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM workflow_run WHERE status = "
                                      "'succeeded' AND trigger = 'schedule'"),
                 4);
        QCOMPARE(
            scalarInt(*database, "SELECT count(*) FROM workflow_run WHERE started_at = ?", {kNow}),
            4);
        QCOMPARE(scalarInt(*database, "SELECT next_run_at FROM workflow WHERE name = 'budgetMgt'"),
                 kNow + 3600);
        QCOMPARE(
            scalarInt(*database, "SELECT next_run_at FROM workflow WHERE name = 'operationMgt'"),
            kNow + 900);
        QCOMPARE(
            scalarInt(*database, "SELECT count(*) FROM workflow WHERE lease_owner IS NOT NULL"), 0);

        // Nothing is due again at the same time.
        tick = engine.schedulerTick();
        QVERIFY(QTest::qWaitFor([&] { return tick.isFinished(); }));
        QCOMPARE(tick.result(), QStringList());

        // Fifteen minutes later the three "every 15m" workflows are due.
        clock->setFixed(kNow + 900);
        tick = engine.schedulerTick();
        QVERIFY(QTest::qWaitFor([&] { return tick.isFinished(); }));
        started = tick.result();
        started.sort();
        QCOMPARE(started, QStringList({"deliveryMgt", "operationMgt", "supplierMgt"}));
        QTRY_COMPARE(finished.count(), 7);

        // stockMgt, started again, runs at once (due) and is then next due at 09:00 UTC.
        QVERIFY(engine.start(QStringLiteral("stockMgt")).result().ok());
        tick = engine.schedulerTick();
        QVERIFY(QTest::qWaitFor([&] { return tick.isFinished(); }));
        QCOMPARE(tick.result(), QStringList({"stockMgt"}));
        QTRY_COMPARE(finished.count(), 8);
        QCOMPARE(
            scalarInt(*database, "SELECT count(*) FROM workflow_run WHERE status = 'succeeded'"),
            8);
        const qint64 nineOClock =
            QDateTime(QDate(2027, 1, 15), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(scalarInt(*database, "SELECT next_run_at FROM workflow WHERE name = 'stockMgt'"),
                 nineOClock);

        // A manual schedule is never run by the scheduler, even with no next run.
        QVERIFY(engine.setSchedule(QStringLiteral("operationMgt"), QStringLiteral("manual"))
                    .result()
                    .ok());
        QCOMPARE(scalarText(*database, "SELECT schedule FROM workflow WHERE name = 'operationMgt'"),
                 QString());
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM workflow WHERE name = 'operationMgt' "
                                      "AND next_run_at IS NULL"),
                 1);
        clock->setFixed(kNow + 7200);
        tick = engine.schedulerTick();
        QVERIFY(QTest::qWaitFor([&] { return tick.isFinished(); }));
        started = tick.result();
        started.sort();
        QCOMPARE(started, QStringList({"budgetMgt", "deliveryMgt", "stockMgt", "supplierMgt"}));
        QTRY_COMPARE(finished.count(), 12);
    }

    void runRecordsAndJournal_data() { test::TestDatabase::addBackendRows(); }
    void runRecordsAndJournal()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        WorkflowEngine engine(database, std::make_shared<Clock>(kNow));
        engine.setActor(admin());
        engine.registerWorkflow(QStringLiteral("budgetMgt"),
                                [] { return std::make_unique<CountingWorkflow>(3); });
        QSignalSpy progress(&engine, &WorkflowEngine::runProgress);
        QSignalSpy lines(&engine, &WorkflowEngine::logLine);

        const RunOutcome outcome =
            engine.runNow(QStringLiteral("budgetMgt"), Trigger::Manual).result();
        QCOMPARE(outcome.status, QStringLiteral("succeeded"));
        QCOMPARE(outcome.items, 3);
        QVERIFY(outcome.runId > 0);
        QTRY_COMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(2).toLongLong(), 3);
        QTRY_COMPARE(lines.count(), 3);

        auto runs = WorkflowStore::runs(database->connection(), QStringLiteral("budgetMgt"), 10);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        const RunRecord &run = runs->first();
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QCOMPARE(run.trigger, QStringLiteral("manual"));
        QCOMPARE(run.requestedBy, QStringLiteral("tester"));
        QCOMPARE(run.items, 3);
        QCOMPARE(run.startedAt, kNow);
        QCOMPARE(run.finishedAt, std::optional<qint64>(kNow));
        QVERIFY(run.owner.contains("engine"));
        QCOMPARE(run.fence, 1);
        QCOMPARE(scalarInt(*database, "SELECT last_run_id FROM workflow WHERE name = 'budgetMgt'"),
                 outcome.runId);
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM setting WHERE value = ?",
                           {QString::number(outcome.runId)}),
                 3);

        auto log = WorkflowStore::log(database->connection(), QStringLiteral("budgetMgt"),
                                      outcome.runId, 100);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 3);
        QCOMPARE(log->at(2).message, QStringLiteral("unit 2 done"));
        QCOMPARE(log->at(0).level, QStringLiteral("info"));
        QCOMPARE(log->at(0).at, kNow);
    }

    void leaseTakenRefusedExpired_data() { test::TestDatabase::addBackendRows(); }
    void leaseTakenRefusedExpired()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QSemaphore progressed;
        QSemaphore gate;
        WorkflowEngine first(database, std::make_shared<Clock>(kNow));
        first.setActor(admin());
        first.setOwnerLabel(QStringLiteral("first"));
        first.registerWorkflow(QStringLiteral("deliveryMgt"),
                               [&] { return std::make_unique<GatedWorkflow>(&progressed, &gate); });
        auto running = first.runNow(QStringLiteral("deliveryMgt"), Trigger::Manual);
        QVERIFY(progressed.tryAcquire(1, 10000));

        // Taken: a second engine (another process, in effect) is refused.
        auto secondDatabase = db::Database::open(database->url());
        QVERIFY(secondDatabase.ok());
        WorkflowEngine second(secondDatabase.value(), std::make_shared<Clock>(kNow));
        second.setActor(admin());
        second.setOwnerLabel(QStringLiteral("second"));
        second.registerWorkflow(QStringLiteral("deliveryMgt"),
                                [] { return std::make_unique<CountingWorkflow>(1); });
        const RunOutcome refused =
            second.runNow(QStringLiteral("deliveryMgt"), Trigger::Manual).result();
        QCOMPARE(refused.errorCode, Error::Code::LeaseHeld);
        QCOMPARE(refused.runId, 0);
        QVERIFY2(refused.leaseHolder.contains("first"), qPrintable(refused.leaseHolder));
        QVERIFY(refused.error.contains("first"));
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM workflow_run"), 1);
        // The same engine refuses a second run of its own running workflow.
        QCOMPARE(first.runNow(QStringLiteral("deliveryMgt"), Trigger::Manual).result().errorCode,
                 Error::Code::LeaseHeld);

        // Released at the end: the second engine then runs at once.
        first.cancel(QStringLiteral("deliveryMgt"));
        gate.release(1000);
        QCOMPARE(running.result().status, QStringLiteral("cancelled"));
        QCOMPARE(scalarText(*database, "SELECT status FROM workflow_run WHERE id = ?",
                            {running.result().runId}),
                 QStringLiteral("cancelled"));
        QCOMPARE(
            scalarInt(*database, "SELECT count(*) FROM workflow WHERE lease_owner IS NOT NULL"), 0);
        const RunOutcome afterRelease =
            second.runNow(QStringLiteral("deliveryMgt"), Trigger::Manual).result();
        QCOMPARE(afterRelease.status, QStringLiteral("succeeded"));

        // Expired: a runner that died left a `running` run and a lease in the past.
        QVERIFY(Sql::exec(database->connection(),
                          "UPDATE workflow SET lease_owner = 'ghost', lease_until = 1000, fence = "
                          "fence + 1 WHERE name = 'deliveryMgt'")
                    .ok());
        QVERIFY(Sql::exec(database->connection(),
                          "INSERT INTO workflow_run (id, workflow, trigger, owner, fence, "
                          "started_at, status) "
                          "VALUES (900, 'deliveryMgt', 'cli', 'ghost', 3, 1000, 'running')")
                    .ok());
        const RunOutcome takeover =
            second.runNow(QStringLiteral("deliveryMgt"), Trigger::Manual).result();
        QVERIFY2(takeover.status == QStringLiteral("succeeded"), qPrintable(takeover.error));
        QCOMPARE(scalarText(*database, "SELECT status FROM workflow_run WHERE id = 900"),
                 QStringLiteral("lost"));
        QCOMPARE(
            scalarInt(*database,
                      "SELECT count(*) FROM workflow_log WHERE run_id = 900 AND level = 'warning'"),
            1);
        QCOMPARE(
            scalarInt(*database, "SELECT fence FROM workflow_run WHERE id = ?", {takeover.runId}),
            scalarInt(*database, "SELECT fence FROM workflow WHERE name = 'deliveryMgt'"));

        // Held and not expired: refused, nothing recorded.
        QVERIFY(Sql::exec(database->connection(),
                          "UPDATE workflow SET lease_owner = 'elsewhere', lease_until = "
                          "99999999999 WHERE name = 'deliveryMgt'")
                    .ok());
        const qint64 runsBefore = scalarInt(*database, "SELECT count(*) FROM workflow_run");
        const RunOutcome held =
            second.runNow(QStringLiteral("deliveryMgt"), Trigger::Manual).result();
        QCOMPARE(held.errorCode, Error::Code::LeaseHeld);
        QCOMPARE(held.leaseHolder, QStringLiteral("elsewhere"));
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM workflow_run"), runsBefore);
    }

    void fencingRejectsAStaleRunner_data() { test::TestDatabase::addBackendRows(); }
    void fencingRejectsAStaleRunner()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        WorkflowEngine engine(database, std::make_shared<Clock>(kNow));
        engine.setActor(admin());
        const db::DatabaseUrl url = database->url();
        engine.registerWorkflow(QStringLiteral("operationMgt"),
                                [url] { return std::make_unique<FencedWorkflow>(url); });
        const RunOutcome outcome =
            engine.runNow(QStringLiteral("operationMgt"), Trigger::Manual).result();
        QCOMPARE(outcome.status, QStringLiteral("lost"));
        QCOMPARE(outcome.errorCode, Error::Code::LeaseHeld);
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM setting WHERE key = 'fenced:first'"),
                 1);
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM setting WHERE key = 'fenced:second'"),
                 0);
        // The stale runner could not record its end either: the thief's lease stands.
        QCOMPARE(
            scalarText(*database, "SELECT lease_owner FROM workflow WHERE name = 'operationMgt'"),
            QStringLiteral("thief"));
        QCOMPARE(
            scalarText(*database, "SELECT status FROM workflow_run WHERE id = ?", {outcome.runId}),
            QStringLiteral("running"));
    }

    void cancellationAndStop_data() { test::TestDatabase::addBackendRows(); }
    void cancellationAndStop()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QSemaphore progressed;
        QSemaphore gate;
        WorkflowEngine engine(database, std::make_shared<Clock>(kNow));
        engine.setActor(admin());
        engine.registerWorkflow(QStringLiteral("supplierMgt"), [&] {
            return std::make_unique<GatedWorkflow>(&progressed, &gate);
        });

        auto running = engine.runNow(QStringLiteral("supplierMgt"), Trigger::Manual);
        QVERIFY(progressed.tryAcquire(2, 10000) || progressed.tryAcquire(1, 10000));
        QVERIFY(engine.isRunning(QStringLiteral("supplierMgt")));
        engine.cancel(QStringLiteral("supplierMgt"));
        gate.release(1000);
        const RunOutcome cancelled = running.result();
        QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
        QVERIFY(cancelled.items >= 1);
        QCOMPARE(scalarText(*database, "SELECT status FROM workflow_run WHERE id = ?",
                            {cancelled.runId}),
                 QStringLiteral("cancelled"));
        QCOMPARE(scalarInt(*database,
                           "SELECT consecutive_errors FROM workflow WHERE name = 'supplierMgt'"),
                 0);
        QCOMPARE(scalarInt(*database, "SELECT failed FROM workflow WHERE name = 'supplierMgt'"), 0);
        QTRY_VERIFY(!engine.isRunning(QStringLiteral("supplierMgt")));

        // Stop: the state changes and the running run is cancelled.
        gate.acquire(gate.available());
        running = engine.runNow(QStringLiteral("supplierMgt"), Trigger::Manual);
        QVERIFY(progressed.tryAcquire(1, 10000));
        QVERIFY(engine.stop(QStringLiteral("supplierMgt")).result().ok());
        gate.release(1000);
        QCOMPARE(running.result().status, QStringLiteral("cancelled"));
        QCOMPARE(scalarText(*database, "SELECT state FROM workflow WHERE name = 'supplierMgt'"),
                 QStringLiteral("stopped"));

        // Pause seen by a run started elsewhere: it stops at its next checkpoint.
        gate.acquire(gate.available());
        QVERIFY(engine.start(QStringLiteral("supplierMgt")).result().ok());
        running = engine.runNow(QStringLiteral("supplierMgt"), Trigger::Manual);
        QVERIFY(progressed.tryAcquire(1, 10000));
        QVERIFY(Sql::exec(database->connection(),
                          "UPDATE workflow SET state = 'paused' WHERE name = 'supplierMgt'")
                    .ok());
        gate.release(1000);
        const RunOutcome paused = running.result();
        QCOMPARE(paused.status, QStringLiteral("cancelled"));
        QVERIFY(paused.error.contains("paused"));
    }

    void failurePausesAndNotifies_data() { test::TestDatabase::addBackendRows(); }
    void failurePausesAndNotifies()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        // Operators 1 (sara) and 2 (tom) supervise workflows, 3 does not.
        test::DataBuilder data(*database);
        const qint64 sara = data.addOperator({.name = "sara", .email = "sara@example.it"});
        const qint64 tom = data.addOperator({.name = "tom", .email = "tom@example.co.uk"});
        const qint64 other = data.addOperator({.name = "other"});
        data.addGroup("workflow-supervisors", {sara, tom});
        data.addGroup("x", {other});
        QVERIFY2(data.ok(), qPrintable(data.error()));

        WorkflowEngine engine(database, std::make_shared<Clock>(kNow));
        engine.setActor(admin());
        engine.registerWorkflow(QStringLiteral("stockMgt"),
                                [] { return std::make_unique<FailingWorkflow>(); });
        const RunOutcome outcome =
            engine.runNow(QStringLiteral("stockMgt"), Trigger::Manual).result();
        QCOMPARE(outcome.status, QStringLiteral("failed"));
        QVERIFY(outcome.error.contains("the disk caught fire"));

        QCOMPARE(scalarText(*database, "SELECT state FROM workflow WHERE name = 'stockMgt'"),
                 QStringLiteral("paused"));
        QCOMPARE(scalarInt(*database, "SELECT failed FROM workflow WHERE name = 'stockMgt'"), 1);
        QCOMPARE(
            scalarInt(*database, "SELECT consecutive_errors FROM workflow WHERE name = 'stockMgt'"),
            1);
        QCOMPARE(
            scalarText(*database, "SELECT error FROM workflow_run WHERE id = ?", {outcome.runId}),
            QStringLiteral("the disk caught fire"));
        QCOMPARE(
            scalarInt(*database, "SELECT warnings FROM workflow_run WHERE id = ?", {outcome.runId}),
            2);
        QCOMPARE(scalarInt(*database,
                           "SELECT count(*) FROM workflow_log WHERE run_id = ? AND level = 'error' "
                           "AND message = 'the disk caught fire'",
                           {outcome.runId}),
                 1);
        // One notification per supervisor, keyed by run and operator.
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM notification WHERE kind = "
                                      "'workflow_failure' AND status = 'queued'"),
                 2);
        QCOMPARE(scalarText(*database,
                            "SELECT recipient_email FROM notification WHERE dedup_key = ?",
                            {QStringLiteral("workflow-failure:%1:2").arg(outcome.runId)}),
                 QStringLiteral("tom@example.co.uk"));
        QVERIFY(
            scalarText(*database, "SELECT body FROM notification WHERE recipient_operator_id = 1")
                .contains("the disk caught fire"));

        // A second failure counts on; a success resets the count but not the flag.
        const RunOutcome again =
            engine.runNow(QStringLiteral("stockMgt"), Trigger::Manual).result();
        QCOMPARE(again.status, QStringLiteral("failed"));
        QCOMPARE(
            scalarInt(*database, "SELECT consecutive_errors FROM workflow WHERE name = 'stockMgt'"),
            2);
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM notification"), 4);
        engine.registerWorkflow(QStringLiteral("stockMgt"),
                                [] { return std::make_unique<CountingWorkflow>(1); });
        QCOMPARE(engine.runNow(QStringLiteral("stockMgt"), Trigger::Manual).result().status,
                 QStringLiteral("succeeded"));
        QCOMPARE(
            scalarInt(*database, "SELECT consecutive_errors FROM workflow WHERE name = 'stockMgt'"),
            0);
        QCOMPARE(scalarInt(*database, "SELECT failed FROM workflow WHERE name = 'stockMgt'"), 1);
        QVERIFY(engine.start(QStringLiteral("stockMgt")).result().ok());
        QCOMPARE(scalarInt(*database, "SELECT failed FROM workflow WHERE name = 'stockMgt'"), 0);
    }

    // PostgreSQL: the server cuts every connection of the engine (as after a
    // restart); SQLite: another connection holds the write lock for a while.
    // Either way the engine waits or reconnects, and nothing is lost.
    void survivesLostConnectionsAndBusyDatabases_data() { test::TestDatabase::addBackendRows(); }
    void survivesLostConnectionsAndBusyDatabases()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        WorkflowEngine engine(database, std::make_shared<Clock>(kNow));
        engine.setActor(admin());
        registerAll(engine, [] { return std::make_unique<CountingWorkflow>(2); });
        // Open the pool threads' connections.
        QVERIFY(engine.status().result().ok());
        QCOMPARE(engine.runNow(QStringLiteral("budgetMgt"), Trigger::Manual).result().status,
                 QStringLiteral("succeeded"));

        auto control = db::Database::open(database->url());
        QVERIFY(control.ok());
        QSqlDatabase other = control.value()->connection();
        if (database->isSqlite()) {
            QVERIFY(Sql::exec(other, "BEGIN IMMEDIATE").ok());
            QVERIFY(Sql::exec(other, "INSERT INTO setting (key, value) VALUES ('held', '1')").ok());
            auto running = engine.runNow(QStringLiteral("stockMgt"), Trigger::Manual);
            QTest::qWait(300);
            QVERIFY(!running.isFinished());
            QVERIFY(Sql::exec(other, "COMMIT").ok());
            QCOMPARE(running.result().status, QStringLiteral("succeeded"));
        } else {
            auto killed = Sql::scalar(
                other, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()");
            QVERIFY2(killed.ok(), qPrintable(killed.errorMessage()));
            QVERIFY(killed.value()->toInt() >= 1);
            const auto status = engine.status().result();
            QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
            QCOMPARE(status->size(), workflows::WorkflowCatalog::all().size());
            QVERIFY(Sql::scalar(other,
                                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND pid <> pg_backend_pid()")
                        .ok());
            const RunOutcome outcome =
                engine.runNow(QStringLiteral("stockMgt"), Trigger::Manual).result();
            QVERIFY2(outcome.status == QStringLiteral("succeeded"), qPrintable(outcome.error));
        }
        QCOMPARE(
            scalarInt(*database, "SELECT count(*) FROM workflow_run WHERE status = 'succeeded'"),
            2);
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM setting WHERE key LIKE 'stockMgt:%'"),
                 2);
    }

    void concurrentUnits_data() { test::TestDatabase::addBackendRows(); }
    void concurrentUnits()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        WorkflowEngine engine(database, std::make_shared<Clock>(kNow));
        engine.setActor(admin());
        engine.registerWorkflow(QStringLiteral("operationMgt"),
                                [] { return std::make_unique<ParallelWorkflow>(6, std::nullopt); });
        const RunOutcome outcome =
            engine.runNow(QStringLiteral("operationMgt"), Trigger::Manual).result();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.items, 6);
        QCOMPARE(outcome.warnings, 1);
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM setting WHERE key LIKE 'par:%'"), 6);
        QCOMPARE(scalarInt(*database,
                           "SELECT count(*) FROM workflow_log WHERE run_id = ? AND step = 'job'",
                           {outcome.runId}),
                 7);
        QCOMPARE(
            scalarInt(*database, "SELECT warnings FROM workflow_run WHERE id = ?", {outcome.runId}),
            1);

        // Fenced: after another owner took the lease, no concurrent unit lands.
        QVERIFY(Sql::exec(database->connection(), "DELETE FROM setting").ok());
        const db::DatabaseUrl url = database->url();
        engine.registerWorkflow(QStringLiteral("operationMgt"),
                                [url] { return std::make_unique<ParallelWorkflow>(6, url); });
        const RunOutcome fenced =
            engine.runNow(QStringLiteral("operationMgt"), Trigger::Manual).result();
        QCOMPARE(fenced.status, QStringLiteral("lost"));
        QCOMPARE(scalarInt(*database, "SELECT count(*) FROM setting"), 0);
    }

    void unavailableWorkflowsFailHonestly_data() { test::TestDatabase::addBackendRows(); }
    void unavailableWorkflowsFailHonestly()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        WorkflowEngine engine(database, std::make_shared<Clock>(kNow));
        engine.setActor(admin());
        const RunOutcome outcome =
            engine.runNow(QStringLiteral("budgetMgt"), Trigger::Cli).result();
        QCOMPARE(outcome.status, QStringLiteral("failed"));
        QVERIFY2(outcome.error.contains("not available yet"), qPrintable(outcome.error));
        QCOMPARE(
            scalarText(*database, "SELECT status FROM workflow_run WHERE id = ?", {outcome.runId}),
            QStringLiteral("failed"));
        QCOMPARE(
            scalarText(*database, "SELECT trigger FROM workflow_run WHERE id = ?", {outcome.runId}),
            QStringLiteral("cli"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowEngine)
#include "tst_workflowengine.moc"
