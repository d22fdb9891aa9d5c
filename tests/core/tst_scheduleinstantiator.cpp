#include "operation/scheduleinstantiator.h"

#include "ctlprocess.h"
#include "db/sql.h"
#include "engine/clock.h"
#include "engine/runcontext.h"
#include "engine/workflowengine.h"
#include "databuilder.h"
#include "testdatabase.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <initializer_list>

using namespace campagna;
using db::Sql;
using operation::ScheduleInstantiator;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86'400;

// What step 1 writes to.
const QStringList kTables = {"campaign",      "delivery",          "task",
                             "cost_choice",   "campaign_approval", "approval_reminder_rule",
                             "schedule_line", "operation_job"};

QVariant null()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

// One expected row as rows() writes it: cells joined by '|', NULL for null.
QString row(std::initializer_list<QVariant> cells)
{
    QStringList texts;
    for (const QVariant &cell : cells)
        texts << (cell.isNull() ? QString("NULL") : cell.toString());
    return texts.join(u'|');
}

QStringList rows(db::Database &database, const QString &sql, const QVariantList &params = {})
{
    auto query = Sql::exec(database.connection(), sql, params);
    if (!query)
        return {"ERROR: " + query.errorMessage()};
    QStringList out;
    while (query->next()) {
        QStringList cells;
        for (int i = 0; i < query->record().count(); ++i)
            cells << (query->value(i).isNull() ? QString("NULL") : query->value(i).toString());
        out << cells.join(u'|');
    }
    return out;
}

qint64 value(db::Database &database, const QString &sql, const QVariantList &params = {})
{
    auto result = Sql::scalar(database.connection(), sql, params);
    return result && result.value() ? result.value()->toLongLong() : -1;
}

QHash<QString, QStringList> dumpAll(db::Database &database)
{
    QHash<QString, QStringList> dumps;
    for (const QString &table : kTables)
        dumps.insert(table, test::dumpTable(database.connection(), table));
    return dumps;
}

// The summaries the test workflow's runs returned, in the order they ended.
class Summaries final
{
public:
    void add(const ScheduleInstantiator::Summary &summary)
    {
        QMutexLocker lock(&m_mutex);
        m_list.append(summary);
    }
    QList<ScheduleInstantiator::Summary> all() const
    {
        QMutexLocker lock(&m_mutex);
        return m_list;
    }

private:
    mutable QMutex m_mutex;
    QList<ScheduleInstantiator::Summary> m_list;
};

// Test-only workflow: step 1 of operationMgt as one unit of work, as the
// real operationMgt runs it.
class InstantiatingWorkflow final : public engine::Workflow
{
public:
    explicit InstantiatingWorkflow(std::shared_ptr<Summaries> summaries)
        : m_summaries(std::move(summaries))
    {}
    Result<void> run(engine::RunContext &context) override
    {
        ScheduleInstantiator::Summary summary;
        auto done = context.unit("schedule", [&](QSqlDatabase &db) -> Result<void> {
            auto result = ScheduleInstantiator::run(context, db);
            if (!result)
                return result.error();
            summary = result.value();
            return {};
        });
        if (!done)
            return done;
        m_summaries->add(summary);
        return {};
    }

private:
    std::shared_ptr<Summaries> m_summaries;
};

std::unique_ptr<engine::WorkflowEngine> makeEngine(const std::shared_ptr<db::Database> &database,
                                                   qint64 now,
                                                   const std::shared_ptr<Summaries> &summaries,
                                                   const QString &workflow = "operationMgt")
{
    auto engine =
        std::make_unique<engine::WorkflowEngine>(database, std::make_shared<engine::Clock>(now));
    engine->setActor(people::Actor{std::nullopt, "tester", true});
    engine->registerWorkflow(
        workflow, [summaries] { return std::make_unique<InstantiatingWorkflow>(summaries); });
    return engine;
}

struct Run
{
    engine::RunOutcome outcome;
    ScheduleInstantiator::Summary summary;
};

Run runSchedule(const std::shared_ptr<db::Database> &database, qint64 now)
{
    auto summaries = std::make_shared<Summaries>();
    auto engine = makeEngine(database, now, summaries);
    Run run;
    run.outcome = engine->runNow("operationMgt", engine::Trigger::Manual).result();
    const auto all = summaries->all();
    if (!all.isEmpty())
        run.summary = all.last();
    return run;
}

QString summaryText(const ScheduleInstantiator::Summary &s)
{
    return QString("%1 %2 %3 %4")
        .arg(s.linesInstantiated)
        .arg(s.campaignsCreated)
        .arg(s.deliveriesCreated)
        .arg(s.deliveriesSubmitted);
}

// Test data written directly in the tables, as an operator or another program
// would. The first error is kept; check ok() after seeding.
class Seed : public campagna::test::DataBuilder
{
public:
    explicit Seed(db::Database &database)
        : DataBuilder(database)
    {
        manager = addOperator({.name = "marta", .email = "m@example.com"});
        reviewer = addOperator({.name = "rita"});
        group = addGroup("legal");
        budget = addBudget({.label = "Mkt 2027", .allocatedCents = 900000});
        category = addExpenseCategory(budget, "Mailings", 900000);
        program = addProgram("Loyalty", budget);
        const qint64 supplier = addSupplier({.label = "Print & Post"});
        service = addService(supplier, "Lettershop");
        const qint64 messages = addCostCategory(service, "Messages", "email");
        const qint64 work = addCostCategory(service, "Work", "task");
        perMessage = addCostType(messages, {.label = "Per message",
                                            .basis = "per_message",
                                            .structure = "linear",
                                            .amountMicros = 1000});
        fixed =
            addCostType(messages, {.label = "Set-up", .basis = "fixed", .amountMicros = 50000000});
        daily =
            addCostType(work, {.label = "Design day", .basis = "daily", .amountMicros = 400000000});
    }

    qint64 campaign(const QString &label, const QString &kind, const QString &status,
                    const QVariant &startAt, qint64 advance = 0)
    {
        return addCampaign({.label = label,
                            .kind = kind,
                            .status = status,
                            .startAt = startAt,
                            .createInAdvanceS = advance});
    }

    qint64 delivery(qint64 campaignId, const QString &label, const QString &channel,
                    const QVariant &contactAt, int isTemplate = 0,
                    const QString &status = "being_edited")
    {
        return addDelivery({.campaign = campaignId,
                            .label = label,
                            .channel = channel,
                            .status = status,
                            .isTemplate = isTemplate,
                            .contactAt = contactAt});
    }

    void deliveryChoice(qint64 deliveryId, qint64 costType, qint64 surcharge = 0,
                        const QVariant &expenseCategory = null())
    {
        addCostChoice(deliveryId, costType, surcharge, expenseCategory);
    }

    qint64 line(qint64 campaignId, qint64 startAt, const QVariant &endAt = null(),
                int autoStart = 0, const QVariant &createdAt = null())
    {
        return addScheduleLine({campaignId, startAt, endAt, autoStart, createdAt});
    }

    qint64 manager = 0, reviewer = 0, group = 0, budget = 0, category = 0, program = 0, service = 0,
           perMessage = 0, fixed = 0, daily = 0;
};

// A periodic template with everything step 1 copies, and some it must not.
struct Periodic
{
    static constexpr qint64 start = kNow - 100 * kDay;
    // 2027-01-15T20:00:00Z: 2027-01-16 in Auckland, where the tests run.
    static constexpr qint64 lineStart = kNow + 12 * kHour;
    qint64 id = 0, mail = 0, letter = 0, dropped = 0, design = 0, pastLine = 0, dueLine = 0,
           laterLine = 0;

    explicit Periodic(Seed &seed)
    {
        id = seed.insert(
            "INSERT INTO campaign (program_id, label, manager_id, kind, status, budget_id, "
            "budget_status, commitment_level, estimated_cost_cents, real_cost_cents, "
            "calculated_cost_cents, start_at, end_at, approval_delay_s, create_in_advance_s) "
            "VALUES (?, 'Newsletter', ?, 'periodic', 'in_progress', ?, 'defined', 'reserved', "
            "5000, 4000, 3000, ?, ?, 86400, ?)",
            {seed.program, seed.manager, seed.budget, start, start + 10 * kDay, 2 * kDay});
        mail = seed.insert(
            "INSERT INTO delivery (campaign_id, label, channel, status, target_filter, "
            "confirm_required, contact_at, estimated_cost_cents, commitment_level, "
            "targeted_count, to_send_count, analyzed_at, calculated_cost_cents, last_error) "
            "VALUES (?, 'Mail', 'email', 'to_validate', 'country = ''IT''', 1, ?, 100, "
            "'committed', 50, 40, ?, 77, 'old error')",
            {id, start + 3 * kHour, start});
        letter = seed.insert("INSERT INTO delivery (campaign_id, label, channel, service_id, "
                             "extraction_at) VALUES (?, 'Letter', 'direct_mail', ?, ?)",
                             {id, seed.service, start + 2 * kDay});
        dropped = seed.delivery(id, "Dropped", "sms", start, 0, "cancelled");
        design = seed.insert("INSERT INTO task (campaign_id, label, status, service_id, "
                             "duration_days, estimated_cost_cents, commitment_level, start_at, "
                             "end_at, calculated_cost_cents) "
                             "VALUES (?, 'Design', 'finished', ?, 2, 300, 'planned', ?, ?, 800)",
                             {id, seed.service, start - kDay, start + kDay});
        const qint64 oldTask = seed.insert("INSERT INTO task (campaign_id, label, status) "
                                           "VALUES (?, 'Old task', 'cancelled')",
                                           {id});
        seed.deliveryChoice(mail, seed.perMessage, 5, seed.category);
        seed.deliveryChoice(mail, seed.fixed);
        seed.deliveryChoice(letter, seed.fixed, 10, seed.category);
        seed.deliveryChoice(dropped, seed.fixed);
        seed.exec("INSERT INTO cost_choice (task_id, cost_type_id, expense_category_id) "
                  "VALUES (?, ?, ?), (?, ?, NULL)",
                  {design, seed.daily, seed.category, oldTask, seed.daily});
        seed.exec("INSERT INTO campaign_approval (campaign_id, kind, reviewer_operator_id, "
                  "reviewer_group_id) VALUES (?, 'targeting', NULL, ?), (?, 'content', ?, NULL)",
                  {id, seed.group, id, seed.reviewer});
        seed.exec("INSERT INTO approval_reminder_rule (campaign_id, offset_s, at) "
                  "VALUES (?, -3600, NULL), (?, NULL, ?)",
                  {id, id, start + 5 * kDay});
        pastLine = seed.line(id, kNow - 7 * kDay, null(), 0, kNow - 8 * kDay);
        dueLine = seed.line(id, lineStart, lineStart + 7 * kDay);
        laterLine = seed.line(id, kNow + 3 * kDay);
    }
};

// A recurring template: two template deliveries, one ordinary, one retired;
// lines inserted out of order, two of them at the same start.
struct Recurring
{
    static constexpr qint64 contact = kNow - 50 * kDay;
    qint64 id = 0, promo = 0, letter = 0, oneOff = 0, retired = 0;
    qint64 later = 0, second = 0, first = 0, third = 0; // by rank: first, second, third, later

    explicit Recurring(Seed &seed)
    {
        id = seed.campaign("Weekly", "recurring", "in_progress", kNow - 60 * kDay);
        promo = seed.insert("INSERT INTO delivery (campaign_id, label, channel, is_template, "
                            "target_filter, contact_at, estimated_cost_cents) "
                            "VALUES (?, 'Promo', 'sms', 1, 'not opted_out', ?, 20)",
                            {id, kNow - 60 * kDay});
        letter = seed.insert("INSERT INTO delivery (campaign_id, label, channel, service_id, "
                             "is_template, contact_at, extraction_at) "
                             "VALUES (?, 'Letter', 'direct_mail', ?, 1, ?, ?)",
                             {id, seed.service, contact, contact - 2 * kDay});
        oneOff = seed.delivery(id, "One-off", "email", kNow - 40 * kDay);
        retired = seed.delivery(id, "Retired", "sms", kNow - 60 * kDay, 1, "cancelled");
        seed.deliveryChoice(promo, seed.perMessage);
        seed.deliveryChoice(letter, seed.fixed, 10);
        seed.deliveryChoice(letter, seed.perMessage, 5, seed.category);
        seed.deliveryChoice(oneOff, seed.fixed);
        seed.deliveryChoice(retired, seed.fixed);
        later = seed.line(id, kNow + 10 * kDay);
        second = seed.line(id, kNow - 2 * kDay);
        first = seed.line(id, kNow - 5 * kDay);
        third = seed.line(id, kNow - 2 * kDay, null(), 1);
    }
};

} // namespace

class TestScheduleInstantiator : public QObject
{
    Q_OBJECT

private slots:
    // Far from UTC, so that a date taken in local time would show.
    void initTestCase() { qputenv("TZ", "Pacific/Auckland"); }

    void periodic_data() { test::TestDatabase::addBackendRows(); }
    void periodic()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        Periodic tpl(seed);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const qint64 s = Periodic::lineStart;
        const qint64 shift = s - Periodic::start;

        const Run run = runSchedule(database, kNow);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error));
        QCOMPARE(summaryText(run.summary), QString("1 1 2 0"));

        // The campaign: the line's dates, the template's other columns, the date in UTC.
        QCOMPARE(rows(*database,
                      "SELECT label, kind, status, template_id, schedule_line_id, program_id, "
                      "manager_id, budget_id, budget_status, commitment_level, "
                      "estimated_cost_cents, real_cost_cents, calculated_cost_cents, start_at, "
                      "end_at, approval_delay_s, create_in_advance_s "
                      "FROM campaign WHERE template_id = ?",
                      {tpl.id}),
                 QStringList({row({"Newsletter 2027-01-15", "campaign", "being_edited", tpl.id,
                                   tpl.dueLine, seed.program, seed.manager, seed.budget, "defined",
                                   "reserved", 5000, null(), 0, s, s + 7 * kDay, 86400, 0})}));
        const qint64 copy =
            value(*database, "SELECT id FROM campaign WHERE schedule_line_id = ?", {tpl.dueLine});

        // Deliveries: definitions copied, dates shifted, results not copied;
        // the cancelled one left out; no template links on periodic copies.
        QCOMPARE(rows(*database,
                      "SELECT label, channel, service_id, status, is_template, "
                      "template_delivery_id, schedule_line_id, target_filter, confirm_required, "
                      "contact_at, extraction_at, estimated_cost_cents, commitment_level, "
                      "targeted_count, to_send_count, analyzed_at, calculated_cost_cents, "
                      "last_error FROM delivery WHERE campaign_id = ? ORDER BY label",
                      {copy}),
                 QStringList({row({"Letter", "direct_mail", seed.service, "being_edited", 0, null(),
                                   null(), null(), 0, null(), Periodic::start + 2 * kDay + shift,
                                   null(), null(), null(), null(), null(), 0, null()}),
                              row({"Mail", "email", null(), "being_edited", 0, null(), null(),
                                   "country = 'IT'", 1, s + 3 * kHour, null(), 100, "committed",
                                   null(), null(), null(), 0, null()})}));
        QCOMPARE(rows(*database,
                      "SELECT label, status, service_id, duration_days, estimated_cost_cents, "
                      "commitment_level, start_at, end_at, calculated_cost_cents "
                      "FROM task WHERE campaign_id = ?",
                      {copy}),
                 QStringList({row({"Design", "scheduled", seed.service, 2, 300, "planned", s - kDay,
                                   s + kDay, 0})}));

        // Cost choices point to the copies; the template keeps its own.
        QCOMPARE(rows(*database,
                      "SELECT d.label, ct.label, cc.surcharge_cents, cc.expense_category_id "
                      "FROM cost_choice cc JOIN delivery d ON d.id = cc.delivery_id "
                      "JOIN cost_type ct ON ct.id = cc.cost_type_id "
                      "WHERE d.campaign_id = ? ORDER BY d.label, ct.label",
                      {copy}),
                 QStringList({row({"Letter", "Set-up", 10, seed.category}),
                              row({"Mail", "Per message", 5, seed.category}),
                              row({"Mail", "Set-up", 0, null()})}));
        QCOMPARE(rows(*database,
                      "SELECT t.label, ct.label, cc.expense_category_id FROM cost_choice cc "
                      "JOIN task t ON t.id = cc.task_id JOIN cost_type ct "
                      "ON ct.id = cc.cost_type_id WHERE t.campaign_id = ?",
                      {copy}),
                 QStringList({row({"Design", "Design day", seed.category})}));
        QCOMPARE(value(*database,
                       "SELECT count(*) FROM cost_choice cc JOIN delivery d "
                       "ON d.id = cc.delivery_id WHERE d.campaign_id = ?",
                       {tpl.id}),
                 4);
        QCOMPARE(value(*database, "SELECT count(*) FROM cost_choice"), 4 + 2 + 3 + 1);

        // Approval requirements as they are; absolute reminder rules shifted.
        QCOMPARE(rows(*database,
                      "SELECT kind, reviewer_operator_id, reviewer_group_id "
                      "FROM campaign_approval WHERE campaign_id = ? ORDER BY kind",
                      {copy}),
                 QStringList({row({"content", seed.reviewer, null()}),
                              row({"targeting", null(), seed.group})}));
        QCOMPARE(rows(*database,
                      "SELECT offset_s, at FROM approval_reminder_rule WHERE campaign_id = ? "
                      "ORDER BY id",
                      {copy}),
                 QStringList({row({-3600, null()}), row({null(), s + 5 * kDay})}));

        // The line is marked; the others are left alone; nothing submitted.
        QCOMPARE(rows(*database, "SELECT id, created_at FROM schedule_line ORDER BY start_at"),
                 QStringList({row({tpl.pastLine, kNow - 8 * kDay}), row({tpl.dueLine, kNow}),
                              row({tpl.laterLine, null()})}));
        QCOMPARE(value(*database, "SELECT count(*) FROM operation_job"), 0);
        QCOMPARE(value(*database, "SELECT count(*) FROM campaign"), 2);

        // The journal names the new campaign and sums up.
        QCOMPARE(rows(*database,
                      "SELECT level, step, object_type, object_id FROM workflow_log "
                      "WHERE run_id = ? AND object_type = 'campaign'",
                      {run.outcome.runId}),
                 QStringList({row({"info", "schedule", "campaign", copy})}));
        const QString journal =
            rows(*database, "SELECT message FROM workflow_log WHERE run_id = ? ORDER BY id",
                 {run.outcome.runId})
                .join(u'\n');
        QVERIFY2(journal.contains("\"Newsletter 2027-01-15\"") &&
                     journal.contains("2027-01-15T20:00:00Z") &&
                     journal.contains("Recurring and periodic campaigns: 1 schedule line"),
                 qPrintable(journal));
    }

    void recurring_data() { test::TestDatabase::addBackendRows(); }
    void recurring()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        Recurring tpl(seed);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QStringList templatesBefore =
            rows(*database, "SELECT * FROM delivery WHERE id IN (?, ?, ?, ?) ORDER BY id",
                 {tpl.promo, tpl.letter, tpl.oneOff, tpl.retired});

        const Run run = runSchedule(database, kNow);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error));
        QCOMPARE(summaryText(run.summary), QString("3 0 6 2"));

        // n is the line's rank by start (ties by id), not its id; contact at the start.
        const qint64 t1 = kNow - 5 * kDay, t2 = kNow - 2 * kDay;
        QCOMPARE(rows(*database,
                      "SELECT label, campaign_id, channel, is_template, status, "
                      "template_delivery_id, schedule_line_id, contact_at, extraction_at, "
                      "target_filter, estimated_cost_cents FROM delivery "
                      "WHERE template_delivery_id IS NOT NULL ORDER BY label"),
                 QStringList({
                     row({"Letter #1", tpl.id, "direct_mail", 0, "being_edited", tpl.letter,
                          tpl.first, t1, t1 - 2 * kDay, null(), null()}),
                     row({"Letter #2", tpl.id, "direct_mail", 0, "being_edited", tpl.letter,
                          tpl.second, t2, t2 - 2 * kDay, null(), null()}),
                     row({"Letter #3", tpl.id, "direct_mail", 0, "targeting_pending", tpl.letter,
                          tpl.third, t2, t2 - 2 * kDay, null(), null()}),
                     row({"Promo #1", tpl.id, "sms", 0, "being_edited", tpl.promo, tpl.first, t1,
                          null(), "not opted_out", 20}),
                     row({"Promo #2", tpl.id, "sms", 0, "being_edited", tpl.promo, tpl.second, t2,
                          null(), "not opted_out", 20}),
                     row({"Promo #3", tpl.id, "sms", 0, "targeting_pending", tpl.promo, tpl.third,
                          t2, null(), "not opted_out", 20}),
                 }));
        QCOMPARE(rows(*database,
                      "SELECT d.label, ct.label, cc.surcharge_cents, cc.expense_category_id "
                      "FROM cost_choice cc JOIN delivery d ON d.id = cc.delivery_id "
                      "JOIN cost_type ct ON ct.id = cc.cost_type_id "
                      "WHERE d.template_delivery_id IS NOT NULL ORDER BY d.label, ct.label"),
                 QStringList({row({"Letter #1", "Per message", 5, seed.category}),
                              row({"Letter #1", "Set-up", 10, null()}),
                              row({"Letter #2", "Per message", 5, seed.category}),
                              row({"Letter #2", "Set-up", 10, null()}),
                              row({"Letter #3", "Per message", 5, seed.category}),
                              row({"Letter #3", "Set-up", 10, null()}),
                              row({"Promo #1", "Per message", 0, null()}),
                              row({"Promo #2", "Per message", 0, null()}),
                              row({"Promo #3", "Per message", 0, null()})}));
        // The auto-started line's copies were submitted.
        QCOMPARE(rows(*database, "SELECT d.label, j.kind, j.status, j.requested_at, j.requested_by "
                                 "FROM operation_job j JOIN delivery d ON d.id = j.delivery_id "
                                 "ORDER BY d.label"),
                 QStringList({row({"Letter #3", "targeting", "pending", kNow, null()}),
                              row({"Promo #3", "targeting", "pending", kNow, null()})}));
        QCOMPARE(rows(*database, "SELECT id, created_at FROM schedule_line ORDER BY start_at, id"),
                 QStringList({row({tpl.first, kNow}), row({tpl.second, kNow}),
                              row({tpl.third, kNow}), row({tpl.later, null()})}));
        // One journal line per line, naming the template.
        QCOMPARE(value(*database,
                       "SELECT count(*) FROM workflow_log WHERE run_id = ? AND level = 'info' "
                       "AND object_type = 'campaign' AND object_id = ?",
                       {run.outcome.runId, tpl.id}),
                 3);
        // No campaign for a recurring template; its own deliveries untouched.
        QCOMPARE(value(*database, "SELECT count(*) FROM campaign"), 1);
        QCOMPARE(rows(*database, "SELECT * FROM delivery WHERE id IN (?, ?, ?, ?) ORDER BY id",
                      {tpl.promo, tpl.letter, tpl.oneOff, tpl.retired}),
                 templatesBefore);

        // Ten days later the last line is due: #4.
        const Run later = runSchedule(database, kNow + 10 * kDay);
        QVERIFY2(later.outcome.succeeded(), qPrintable(later.outcome.error));
        QCOMPARE(summaryText(later.summary), QString("1 0 2 0"));
        QCOMPARE(rows(*database,
                      "SELECT label, contact_at, created_at FROM delivery d "
                      "JOIN schedule_line l ON l.id = d.schedule_line_id "
                      "WHERE l.id = ? ORDER BY label",
                      {tpl.later}),
                 QStringList({row({"Letter #4", kNow + 10 * kDay, kNow + 10 * kDay}),
                              row({"Promo #4", kNow + 10 * kDay, kNow + 10 * kDay})}));
    }

    // start_at - create_in_advance_s <= now: the boundary second is due.
    void createInAdvanceBoundary_data() { test::TestDatabase::addBackendRows(); }
    void createInAdvanceBoundary()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        constexpr qint64 advance = 6 * kHour;
        const qint64 periodic = seed.campaign("Digest", "periodic", "being_edited", kNow, advance);
        seed.delivery(periodic, "Digest mail", "email", kNow + kHour);
        const qint64 periodicLine = seed.line(periodic, kNow + advance);
        const qint64 recurring =
            seed.campaign("Reminder", "recurring", "being_edited", kNow, advance);
        seed.delivery(recurring, "Reminder SMS", "sms", kNow, 1);
        const qint64 recurringLine = seed.line(recurring, kNow + advance);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const Run early = runSchedule(database, kNow - 1);
        QVERIFY2(early.outcome.succeeded(), qPrintable(early.outcome.error));
        QCOMPARE(summaryText(early.summary), QString("0 0 0 0"));
        QCOMPARE(value(*database, "SELECT count(*) FROM schedule_line WHERE created_at IS NULL"),
                 2);
        QCOMPARE(value(*database, "SELECT count(*) FROM campaign"), 2);
        QCOMPARE(value(*database, "SELECT count(*) FROM delivery"), 2);

        const Run onTime = runSchedule(database, kNow);
        QVERIFY2(onTime.outcome.succeeded(), qPrintable(onTime.outcome.error));
        QCOMPARE(summaryText(onTime.summary), QString("2 1 2 0"));
        QCOMPARE(rows(*database, "SELECT id, created_at FROM schedule_line ORDER BY id"),
                 QStringList({row({periodicLine, kNow}), row({recurringLine, kNow})}));
        QCOMPARE(rows(*database,
                      "SELECT c.label, d.label, d.contact_at FROM campaign c "
                      "JOIN delivery d ON d.campaign_id = c.id WHERE c.schedule_line_id = ?",
                      {periodicLine}),
                 QStringList({row({"Digest 2027-01-15", "Digest mail", kNow + advance + kHour})}));
        QCOMPARE(rows(*database,
                      "SELECT label, contact_at FROM delivery WHERE schedule_line_id = ?",
                      {recurringLine}),
                 QStringList({row({"Reminder SMS #1", kNow + advance})}));
    }

    // Cancelled templates, and campaigns that are no template, are not instantiated.
    void cancelledTemplateSkipped_data() { test::TestDatabase::addBackendRows(); }
    void cancelledTemplateSkipped()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 periodic = seed.campaign("Old digest", "periodic", "cancelled", kNow);
        seed.delivery(periodic, "Digest mail", "email", kNow);
        seed.line(periodic, kNow - kDay, null(), 1);
        const qint64 recurring = seed.campaign("Old reminder", "recurring", "cancelled", kNow);
        seed.delivery(recurring, "Reminder SMS", "sms", kNow, 1);
        seed.line(recurring, kNow - kDay, null(), 1);
        const qint64 plain = seed.campaign("Plain", "campaign", "being_edited", kNow);
        seed.delivery(plain, "Plain mail", "email", kNow, 1);
        seed.line(plain, kNow - kDay);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const auto before = dumpAll(*database);

        const Run run = runSchedule(database, kNow);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error));
        QCOMPARE(summaryText(run.summary), QString("0 0 0 0"));
        for (const QString &table : kTables)
            QVERIFY2(test::dumpTable(database->connection(), table) == before.value(table),
                     qPrintable(table));
    }

    // auto_start: the new deliveries are submitted, one targeting job each.
    void autoStartSubmits_data() { test::TestDatabase::addBackendRows(); }
    void autoStartSubmits()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 flash = seed.campaign("Flash", "periodic", "being_edited", kNow - kDay);
        seed.delivery(flash, "Flash mail", "email", kNow - kDay + kHour);
        seed.delivery(flash, "Flash SMS", "sms", kNow - kDay + 2 * kHour);
        seed.exec("INSERT INTO task (campaign_id, label) VALUES (?, 'Copywriting')", {flash});
        const qint64 line = seed.line(flash, kNow, null(), 1);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const Run run = runSchedule(database, kNow);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error));
        QCOMPARE(summaryText(run.summary), QString("1 1 2 2"));
        const qint64 copy =
            value(*database, "SELECT id FROM campaign WHERE schedule_line_id = ?", {line});
        QCOMPARE(rows(*database,
                      "SELECT d.label, d.status, d.contact_at, count(j.id), "
                      "min(j.kind), min(j.status), min(j.requested_at), "
                      "count(j.requested_by), min(j.attempts) "
                      "FROM delivery d LEFT JOIN operation_job j ON j.delivery_id = d.id "
                      "WHERE d.campaign_id = ? GROUP BY d.id, d.label, d.status, d.contact_at "
                      "ORDER BY d.contact_at",
                      {copy}),
                 QStringList({row({"Flash mail", "targeting_pending", kNow + kHour, 1, "targeting",
                                   "pending", kNow, 0, 0}),
                              row({"Flash SMS", "targeting_pending", kNow + 2 * kHour, 1,
                                   "targeting", "pending", kNow, 0, 0})}));
        QCOMPARE(value(*database, "SELECT count(*) FROM operation_job"), 2);
        // The template's own deliveries are not submitted.
        QCOMPARE(value(*database,
                       "SELECT count(*) FROM delivery WHERE campaign_id = ? "
                       "AND status = 'being_edited'",
                       {flash}),
                 2);
        QCOMPARE(rows(*database, "SELECT status FROM task WHERE campaign_id = ?", {copy}),
                 QStringList({"scheduled"}));
    }

    // A second run creates nothing, nor does a run after created_at was cleared.
    void repeatedRunCreatesNothing_data() { test::TestDatabase::addBackendRows(); }
    void repeatedRunCreatesNothing()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        Periodic periodic(seed);
        Recurring recurring(seed);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const Run first = runSchedule(database, kNow);
        QVERIFY2(first.outcome.succeeded(), qPrintable(first.outcome.error));
        QCOMPARE(summaryText(first.summary), QString("4 1 8 2"));
        const auto after = dumpAll(*database);

        const Run second = runSchedule(database, kNow);
        QVERIFY2(second.outcome.succeeded(), qPrintable(second.outcome.error));
        QCOMPARE(summaryText(second.summary), QString("0 0 0 0"));
        for (const QString &table : kTables)
            QVERIFY2(test::dumpTable(database->connection(), table) == after.value(table),
                     qPrintable(table));

        // Someone clears created_at: the UNIQUE keys still create nothing twice.
        QVERIFY(Sql::exec(database->connection(),
                          "UPDATE schedule_line SET created_at = NULL WHERE created_at = ?", {kNow})
                    .ok());
        const Run third = runSchedule(database, kNow);
        QVERIFY2(third.outcome.succeeded(), qPrintable(third.outcome.error));
        QCOMPARE(summaryText(third.summary), QString("4 0 0 0"));
        for (const QString &table : kTables)
            QVERIFY2(test::dumpTable(database->connection(), table) == after.value(table),
                     qPrintable(table));
        QCOMPARE(value(*database,
                       "SELECT count(*) FROM workflow_log WHERE run_id = ? AND level = 'warning' "
                       "AND object_type = 'campaign'",
                       {third.outcome.runId}),
                 1);
    }

    // Two engines on two connections at once: everything is created exactly once.
    void concurrentRunsCreateOnce_data() { test::TestDatabase::addBackendRows(); }
    void concurrentRunsCreateOnce()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        Periodic periodic(seed);
        Recurring recurring(seed);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        auto other = db::Database::open(database->url());
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));

        // The same workflow: the lease lets one run; the other is refused
        // or, started after, finds nothing left.
        {
            auto summaries = std::make_shared<Summaries>();
            auto a = makeEngine(database, kNow, summaries);
            auto b = makeEngine(other.value(), kNow, summaries);
            auto runA = a->runNow("operationMgt", engine::Trigger::Manual);
            auto runB = b->runNow("operationMgt", engine::Trigger::Manual);
            const engine::RunOutcome outcomes[] = {runA.result(), runB.result()};
            int succeeded = 0;
            for (const auto &outcome : outcomes) {
                QVERIFY2(outcome.succeeded() || outcome.errorCode == Error::Code::LeaseHeld,
                         qPrintable(outcome.error));
                succeeded += outcome.succeeded() ? 1 : 0;
            }
            QVERIFY(succeeded >= 1);
            int lines = 0, campaigns = 0, deliveries = 0, submitted = 0;
            for (const auto &summary : summaries->all()) {
                lines += summary.linesInstantiated;
                campaigns += summary.campaignsCreated;
                deliveries += summary.deliveriesCreated;
                submitted += summary.deliveriesSubmitted;
            }
            QCOMPARE(
                QString("%1 %2 %3 %4").arg(lines).arg(campaigns).arg(deliveries).arg(submitted),
                QString("4 1 8 2"));
        }

        // Two workflows whose leases do not exclude each other, so both run
        // the step at once: the claim on each line still lets one create it.
        const qint64 nextPeriodic = seed.line(periodic.id, kNow + kHour, null(), 1);
        const qint64 nextRecurring = seed.line(recurring.id, kNow + kHour, null(), 1);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        {
            auto summaries = std::make_shared<Summaries>();
            auto a = makeEngine(database, kNow + kHour, summaries, "operationMgt");
            auto b = makeEngine(other.value(), kNow + kHour, summaries, "deliveryMgt");
            auto runA = a->runNow("operationMgt", engine::Trigger::Manual);
            auto runB = b->runNow("deliveryMgt", engine::Trigger::Manual);
            QVERIFY2(runA.result().succeeded(), qPrintable(runA.result().error));
            QVERIFY2(runB.result().succeeded(), qPrintable(runB.result().error));
            int lines = 0, campaigns = 0, deliveries = 0, submitted = 0;
            for (const auto &summary : summaries->all()) {
                lines += summary.linesInstantiated;
                campaigns += summary.campaignsCreated;
                deliveries += summary.deliveriesCreated;
                submitted += summary.deliveriesSubmitted;
            }
            QCOMPARE(
                QString("%1 %2 %3 %4").arg(lines).arg(campaigns).arg(deliveries).arg(submitted),
                QString("2 1 4 4"));
        }

        // Exactly once, counted in the database.
        QCOMPARE(
            value(*database, "SELECT count(*) FROM campaign WHERE template_id = ?", {periodic.id}),
            2);
        QCOMPARE(value(*database,
                       "SELECT count(*) FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                       "WHERE c.template_id = ?",
                       {periodic.id}),
                 4);
        QCOMPARE(value(*database, "SELECT count(*) FROM delivery WHERE template_delivery_id IS "
                                  "NOT NULL"),
                 8);
        QCOMPARE(value(*database, "SELECT count(*) FROM delivery WHERE schedule_line_id = ?",
                       {nextRecurring}),
                 2);
        QCOMPARE(value(*database, "SELECT count(*) FROM campaign WHERE schedule_line_id = ?",
                       {nextPeriodic}),
                 1);
        QCOMPARE(value(*database, "SELECT count(*) FROM cost_choice"),
                 4 + 2 + 5 + 2 * (3 + 1) + 4 * 3);
        QCOMPARE(value(*database, "SELECT count(*) FROM task WHERE status = 'scheduled'"), 2);
        QCOMPARE(value(*database, "SELECT count(*) FROM campaign_approval"), 3 * 2);
        QCOMPARE(value(*database, "SELECT count(*) FROM approval_reminder_rule"), 3 * 2);
        // One targeting job per submitted delivery, never two.
        QCOMPARE(value(*database, "SELECT count(*) FROM operation_job"), 6);
        QCOMPARE(value(*database, "SELECT count(DISTINCT delivery_id) FROM operation_job"), 6);
        // Not due yet: the periodic line of kNow + 3 days and the recurring one of kNow + 10 days.
        QCOMPARE(value(*database, "SELECT count(*) FROM schedule_line WHERE created_at IS NULL"),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestScheduleInstantiator)
#include "tst_scheduleinstantiator.moc"
