#include "delivery/diagnosis.h"

#include "db/sql.h"
#include "delivery/diagnosischecks.h"
#include "demo/demogenerator.h"
#include "databuilder.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace campagna;
using db::Sql;
using delivery::Diagnosis;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3'600;
constexpr qint64 kDay = 86'400;

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

// Test data written directly in the tables, as an operator or another program
// would. The first error is kept; check ok() after seeding.
class Seed : public campagna::test::DataBuilder
{
public:
    explicit Seed(db::Database &database)
        : DataBuilder(database)
    {
        alice = addOperator({.name = "alice", .isAdmin = 1});
        bob = addOperator({.name = "bob", .isAdmin = 0});
        carol = addOperator({.name = "carol", .isAdmin = 0});
        maria = addOperator({.name = "maria", .isAdmin = 0});
        reviewers = addGroup("reviewers", {alice, carol, bob});
        admins = addGroup("admins-only", {alice});
        supplier = addSupplier({.label = "Print & Post",
                                .email = "orders@print.example",
                                .dropDir = "/srv/drop/print"});
        service =
            addService(supplier, "Lettershop",
                       {.returnFilePattern = "back_{delivery_id}.csv", .returnTimeoutS = 7 * kDay});
        budget = addBudget({.label = "Spring 2027",
                            .allocatedCents = 1000000,
                            .reservedCents = 200000,
                            .committedCents = 300000,
                            .spentCents = 100000});
        campaign = addCampaign({.label = "Spring",
                                .status = "in_progress",
                                .manager = maria,
                                .budget = budget,
                                .budgetStatus = "defined"});
        addCampaignApproval(campaign, "targeting", nullInt(), reviewers);
        addCampaignApproval(campaign, "extraction", bob, nullInt());
        category = addCostCategory(service, "Paper", "direct_mail");
        stock = addStock({.label = "Milan warehouse", .supplier = supplier});
    }

    qint64 delivery(const QString &status, const QString &channel = "email",
                    const QVariant &serviceId = nullInt(), qint64 campaignId = 0)
    {
        return addDelivery({.campaign = campaignId ? campaignId : campaign,
                            .label = QString(channel + " " + status),
                            .channel = channel,
                            .status = status,
                            .service = serviceId,
                            .analyzedAt = kNow - 2 * kDay});
    }

    void set(qint64 deliveryId, const QString &assignments, const QVariantList &params = {})
    {
        exec("UPDATE delivery SET " + assignments + " WHERE id = ?",
             params + QVariantList{deliveryId});
    }

    // A finished run of `workflow` started at `startedAt`.
    void ran(const QString &workflow, qint64 startedAt, const QString &status = "succeeded",
             const QVariant &error = QVariant())
    {
        addWorkflowRun({workflow, "schedule", startedAt, startedAt + kMinute, status, error});
    }

    // Every workflow started, with a run a minute ago.
    void allRunning()
    {
        for (const char *name :
             {"budgetMgt", "stockMgt", "deliveryMgt", "operationMgt", "supplierMgt"})
            ran(name, kNow - kMinute);
    }

    qint64 job(const QString &kind, qint64 deliveryId, const QString &status, qint64 requestedAt,
               int attempts = 0, const QVariant &error = QVariant())
    {
        return addOperationJob({kind, deliveryId, status, requestedAt,
                                status == "pending" ? nullInt() : QVariant(requestedAt + kMinute),
                                status == "failed" || status == "done"
                                    ? QVariant(requestedAt + 2 * kMinute)
                                    : nullInt(),
                                attempts, error});
    }

    qint64 approval(qint64 deliveryId, const QString &kind, const QString &status,
                    qint64 submittedAt, const QVariant &reviewerOperator,
                    const QVariant &reviewerGroup, const QVariant &deadlineAt = nullInt(),
                    int remindersSent = 0)
    {
        return addApproval({deliveryId, kind, status, reviewerOperator, reviewerGroup, submittedAt,
                            deadlineAt, remindersSent});
    }

    qint64 stockLine(const QString &label, const QString &status, qint64 inStock, qint64 onOrder,
                     qint64 planned, qint64 forecast, qint64 alertLevel = 50)
    {
        return addStockLine({.stock = stock,
                             .label = label,
                             .initialQty = inStock,
                             .alertLevel = alertLevel,
                             .onOrderQty = onOrder,
                             .plannedQty = planned,
                             .inStockQty = inStock,
                             .forecastQty = forecast,
                             .status = status});
    }

    void consumes(qint64 deliveryId, qint64 lineId, const QString &basis = "per_message",
                  qint64 units = 1)
    {
        const qint64 type = addCostType(
            category, {.label = "Letter",
                       .basis = basis,
                       .structure = basis == "per_message" ? QVariant("linear") : QVariant(),
                       .amountMicros = 1000,
                       .stockLine = lineId,
                       .stockUnits = units});
        addCostChoice(deliveryId, type);
    }

    qint64 alice = 0, bob = 0, carol = 0, maria = 0, reviewers = 0, admins = 0, supplier = 0,
           service = 0, budget = 0, campaign = 0, category = 0, stock = 0;
};

const Diagnosis::Check *findCheck(const Diagnosis::Report &report, const QString &name)
{
    return report.check(name);
}

} // namespace

// Diagnoses `id` at kNow into `var` (a Diagnosis::Report), failing the test
// on error.
#define DIAGNOSE(var, database, id)                                                                \
    auto var##Result = Diagnosis::diagnose((database)->connection(), (id), kNow);                  \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.errorMessage()));                            \
    const Diagnosis::Report var = var##Result.value();

// The check `checkName` of `report` has `expectedResult` and `expectedReason`, and its message
// contains every string of `fragments`.
#define EXPECT_CHECK(report, checkName, expectedResult, expectedReason, fragments)                 \
    do {                                                                                           \
        const Diagnosis::Check *c_ = findCheck(report, checkName);                                 \
        QVERIFY2(c_, qPrintable(QString("no check ") + checkName));                                \
        QCOMPARE(Diagnosis::resultName(c_->result), QString(expectedResult));                      \
        QCOMPARE(c_->reason, QString(expectedReason));                                             \
        for (const QString &f_ : QStringList fragments)                                            \
            QVERIFY2(c_->message.contains(f_),                                                     \
                     qPrintable(QString("\"%1\" not in: %2").arg(f_, c_->message)));               \
    } while (false)

#define SEED(seed, database)                                                                       \
    Seed seed(*database);                                                                          \
    QVERIFY2(seed.ok(), qPrintable(seed.error()));

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "Europe/Rome"); } // times must come out in UTC anyway

    // --- 1. WorkflowRunning ------------------------------------------------

    void workflowRunning_data() { test::TestDatabase::addBackendRows(); }
    void workflowRunning()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        const qint64 d = seed.delivery("to_validate");
        QVERIFY(seed.ok());

        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "WorkflowRunning", "failed", "WorkflowNeverRun",
                         ({"deliveryMgt", "to_validate"}));
            QVERIFY(report.stalled);
        }
        // every 15m: two intervals are 30 minutes.
        seed.ran("deliveryMgt", kNow - 30 * kMinute);
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(
                report, "WorkflowRunning", "failed", "WorkflowNotRunRecently",
                ({"deliveryMgt", "every 15m", "2027-01-15T07:30:00Z", "2027-01-15T08:00:00Z"}));
        }
        seed.ran("deliveryMgt", kNow - 29 * kMinute);
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "WorkflowRunning", "passed", "WorkflowRunning",
                         ({"deliveryMgt", "2027-01-15T07:31:00Z"}));
        }
        seed.exec("UPDATE workflow SET schedule = 'manual' WHERE name = 'deliveryMgt'");
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "WorkflowRunning", "warning", "WorkflowManual",
                         ({"deliveryMgt", "2027-01-15T07:31:00Z"}));
        }
        seed.exec("UPDATE workflow SET state = 'paused' WHERE name = 'deliveryMgt'");
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "WorkflowRunning", "failed", "WorkflowPaused", ({"deliveryMgt"}));
        }
        // A failed run: the failure is told, with its time and error.
        seed.ran("deliveryMgt", kNow - 10 * kMinute, "failed", "disk on fire");
        seed.exec("UPDATE workflow SET failed = 1 WHERE name = 'deliveryMgt'");
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "WorkflowRunning", "failed", "WorkflowFailed",
                         ({"deliveryMgt", "disk on fire", "2027-01-15T07:50:00Z", "paused"}));
        }
        seed.exec("UPDATE workflow SET state = 'stopped' WHERE name = 'deliveryMgt'");
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "WorkflowRunning", "failed", "WorkflowStopped", ({"deliveryMgt"}));
        }

        // The workflow depends on the status.
        const qint64 targeting = seed.delivery("targeting_pending");
        const qint64 provider = seed.delivery("provider_pending", "direct_mail", seed.service);
        const qint64 editing = seed.delivery("being_edited");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, targeting);
            EXPECT_CHECK(report, "WorkflowRunning", "failed", "WorkflowNeverRun",
                         ({"operationMgt"}));
        }
        {
            DIAGNOSE(report, database, provider);
            EXPECT_CHECK(report, "WorkflowRunning", "failed", "WorkflowNeverRun",
                         ({"supplierMgt"}));
        }
        {
            DIAGNOSE(report, database, editing);
            EXPECT_CHECK(report, "WorkflowRunning", "skipped", "NotApplicable", ({"being_edited"}));
        }
    }

    // --- 2. JobState ---------------------------------------------------------

    void jobState_data() { test::TestDatabase::addBackendRows(); }
    void jobState()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        const qint64 failed = seed.delivery("targeting_pending");
        const qint64 failedJob =
            seed.job("targeting", failed, "failed", kNow - kHour, 3, "could not write: disk full");
        const qint64 missing = seed.delivery("targeting_pending");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, failed);
            EXPECT_CHECK(report, "JobState", "failed", "JobFailed",
                         ({QString("Job %1 (targeting)").arg(failedJob), "3 attempt",
                           "2027-01-15T07:02:00Z", "could not write: disk full"}));
            QVERIFY(report.stalled);
            QCOMPARE(report.firstFailed()->name, QString("JobState"));
        }
        {
            DIAGNOSE(report, database, missing);
            EXPECT_CHECK(report, "JobState", "failed", "JobMissing", ({"targeting"}));
        }

        // Behind the concurrency limit: two older jobs, pending or running,
        // and at most two at a time.
        seed.exec("INSERT INTO setting (key, value) VALUES ('operation.max_concurrent_jobs', '2')");
        const qint64 other1 = seed.delivery("targeting_pending");
        const qint64 other2 = seed.delivery("extraction_pending", "direct_mail", seed.service);
        seed.job("targeting", other1, "pending", kNow - 20 * kMinute);
        seed.job("extraction", other2, "running", kNow - 30 * kMinute, 1);
        const qint64 queued = seed.delivery("targeting_pending");
        const qint64 queuedJob = seed.job("targeting", queued, "pending", kNow - 10 * kMinute);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, queued);
            EXPECT_CHECK(report, "JobState", "warning", "JobQueued",
                         ({QString("Job %1 (targeting)").arg(queuedJob), "2027-01-15T07:50:00Z",
                           "behind 2 older job", "at most 2"}));
            QVERIFY(!report.stalled);
        }
        // The oldest pending job is not queued: one running job ahead.
        {
            DIAGNOSE(report, database, other1);
            EXPECT_CHECK(report, "JobState", "passed", "JobPending", ({"1 job"}));
        }
        {
            DIAGNOSE(report, database, other2);
            EXPECT_CHECK(report, "JobState", "passed", "JobRunning",
                         ({"(extraction)", "2027-01-15T07:31:00Z"}));
        }

        // Extraction: scheduled for later, then missing (a failed job from
        // before the last targeting no longer counts), then failed.
        const qint64 extraction = seed.delivery("extraction_pending", "direct_mail", seed.service);
        seed.set(extraction, "extraction_at = ?", {kNow + kDay});
        seed.job("extraction", extraction, "failed", kNow - 3 * kDay, 3, "old failure");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, extraction);
            EXPECT_CHECK(report, "JobState", "warning", "ExtractionScheduled",
                         ({"2027-01-16T08:00:00Z"}));
        }
        seed.set(extraction, "extraction_at = ?", {kNow - kHour});
        {
            DIAGNOSE(report, database, extraction);
            EXPECT_CHECK(report, "JobState", "warning", "JobMissing",
                         ({"2027-01-15T07:00:00Z", "operationMgt"}));
        }
        const qint64 extractionJob = seed.job("extraction", extraction, "failed", kNow - kHour, 1,
                                              "no such directory /srv/x");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, extraction);
            EXPECT_CHECK(report, "JobState", "failed", "JobFailed",
                         ({QString("Job %1 (extraction)").arg(extractionJob), "1 attempt",
                           "no such directory /srv/x"}));
        }
        // Not a status that waits for a job.
        const qint64 validating = seed.delivery("to_validate");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, validating);
            EXPECT_CHECK(report, "JobState", "skipped", "NotApplicable", ({"to_validate"}));
        }
    }

    // --- 3. ApprovalsPending -------------------------------------------------

    void approvals_data() { test::TestDatabase::addBackendRows(); }
    void approvals()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();

        // Pending before its deadline: the normal course, a warning. The
        // group's reviewers are its members who are not administrators.
        const qint64 pending = seed.delivery("to_validate");
        const qint64 pendingApproval = seed.approval(pending, "targeting", "pending", kNow - kDay,
                                                     nullInt(), seed.reviewers, kNow + 2 * kDay, 1);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, pending);
            EXPECT_CHECK(report, "ApprovalsPending", "warning", "ApprovalPending",
                         ({QString("targeting approval %1").arg(pendingApproval), "bob, carol",
                           "2027-01-14T08:00:00Z", "2027-01-17T08:00:00Z", "1 reminder"}));
            QVERIFY(!report.stalled);
            QVERIFY(!findCheck(report, "ApprovalsPending")->message.contains("alice"));
        }

        // Overdue: failed. Without deadline_at, the campaign's delay counts
        // (3 days after submission).
        const qint64 overdue = seed.delivery("to_validate");
        const qint64 overdueApproval = seed.approval(
            overdue, "targeting", "pending", kNow - 4 * kDay, seed.carol, nullInt(), nullInt(), 2);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, overdue);
            EXPECT_CHECK(report, "ApprovalsPending", "failed", "ApprovalOverdue",
                         ({QString("targeting approval %1").arg(overdueApproval), "carol",
                           "2027-01-11T08:00:00Z", "2027-01-14T08:00:00Z", "2 reminder",
                           "not been notified"}));
            QVERIFY(report.stalled);
        }

        // Rejected: who, when, comment.
        const qint64 rejected = seed.delivery("to_validate");
        const qint64 rejectedApproval = seed.approval(rejected, "targeting", "rejected",
                                                      kNow - 2 * kDay, nullInt(), seed.reviewers);
        seed.exec(
            "UPDATE approval SET decided_at = ?, decided_by = ?, comment = ? WHERE id = ?",
            {kNow - kDay - 2 * kHour, seed.carol, "Wrong segment: Milan only", rejectedApproval});
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, rejected);
            EXPECT_CHECK(report, "ApprovalsPending", "failed", "ApprovalRejected",
                         ({QString("targeting approval %1").arg(rejectedApproval), "carol",
                           "2027-01-14T06:00:00Z", "Wrong segment: Milan only"}));
        }
        // Submitted again: the new round's pending approval counts, not the
        // rejected one.
        seed.approval(rejected, "targeting", "pending", kNow - kHour, nullInt(), seed.reviewers,
                      kNow + 3 * kDay - kHour);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, rejected);
            EXPECT_CHECK(report, "ApprovalsPending", "warning", "ApprovalPending",
                         ({"2027-01-18T07:00:00Z"}));
            QVERIFY(!findCheck(report, "ApprovalsPending")->message.contains("Wrong segment"));
        }

        // A group of administrators only: the campaign manager reviews.
        const qint64 managerReviews = seed.delivery("to_validate");
        seed.approval(managerReviews, "targeting", "pending", kNow - kHour, nullInt(), seed.admins,
                      kNow + kDay);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, managerReviews);
            EXPECT_CHECK(report, "ApprovalsPending", "warning", "ApprovalPending", ({"maria"}));
        }

        // A required kind never requested.
        const qint64 missing = seed.delivery("to_validate");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, missing);
            EXPECT_CHECK(report, "ApprovalsPending", "failed", "ApprovalMissing", ({"targeting"}));
        }

        // All approved: passed. file_to_approve looks at the extraction
        // approval only.
        const qint64 file = seed.delivery("file_to_approve", "direct_mail", seed.service);
        seed.approval(file, "targeting", "approved", kNow - 3 * kDay, nullInt(), seed.reviewers);
        const qint64 extractionApproval = seed.approval(file, "extraction", "pending", kNow - kHour,
                                                        seed.bob, nullInt(), kNow + kDay);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, file);
            EXPECT_CHECK(
                report, "ApprovalsPending", "warning", "ApprovalPending",
                ({QString("extraction approval %1").arg(extractionApproval), "bob", "0 reminder"}));
        }
        seed.exec("UPDATE approval SET status = 'approved' WHERE id = ?", {extractionApproval});
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, file);
            EXPECT_CHECK(report, "ApprovalsPending", "passed", "ApprovalsApproved",
                         ({"1 approval"}));
        }
        // No reviewer at all: no operator, no group, no manager.
        const qint64 orphanCampaign =
            seed.insert("INSERT INTO campaign (label, status) VALUES ('Orphan', 'in_progress')");
        const qint64 orphan = seed.delivery("to_validate", "email", nullInt(), orphanCampaign);
        seed.approval(orphan, "content", "pending", kNow - kHour, nullInt(), nullInt(),
                      kNow + kDay);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, orphan);
            EXPECT_CHECK(report, "ApprovalsPending", "failed", "ApprovalNoReviewer",
                         ({"content approval", "2027-01-15T07:00:00Z"}));
        }
    }

    // --- 4. AwaitingConfirmation ---------------------------------------------

    void awaitingConfirmation_data() { test::TestDatabase::addBackendRows(); }
    void awaitingConfirmation()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        const qint64 d = seed.delivery("pending_confirmation");
        seed.set(d, "confirm_required = 1, contact_at = ?", {kNow + 6 * kHour});
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "AwaitingConfirmation", "warning", "AwaitingConfirmation",
                         ({"maria", "2027-01-15T14:00:00Z"}));
            QVERIFY(!report.stalled);
        }
        seed.set(d, "contact_at = ?", {kNow - 6 * kHour});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "AwaitingConfirmation", "failed", "ConfirmationOverdue",
                         ({"maria", "2027-01-15T02:00:00Z"}));
            QVERIFY(report.stalled);
        }
    }

    // --- 5. ContactDate ------------------------------------------------------

    void contactDate_data() { test::TestDatabase::addBackendRows(); }
    void contactDate()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        const qint64 d = seed.delivery("start_pending");
        seed.set(d, "contact_at = ?", {kNow + 2 * kDay + kHour});
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ContactDate", "warning", "ContactScheduled",
                         ({"2027-01-17T09:00:00Z"}));
            QVERIFY(!report.stalled);
        }
        seed.set(d, "contact_at = ?", {kNow - kHour});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ContactDate", "passed", "ContactDue", ({"2027-01-15T07:00:00Z"}));
        }
    }

    // --- 6. StockAvailable ---------------------------------------------------

    void stockAvailable_data() { test::TestDatabase::addBackendRows(); }
    void stockAvailable()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        const qint64 paper = seed.stockLine("A4 paper", "insufficient", 100, 50, 550, -400);
        const qint64 envelopes = seed.stockLine("C5 envelopes", "alert", 40, 0, 0, 40);
        const qint64 d = seed.delivery("to_validate", "direct_mail", seed.service);
        seed.set(d, "to_send_count = 300");
        seed.consumes(d, paper, "per_message", 1);
        seed.consumes(d, envelopes, "fixed", 2);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "StockAvailable", "failed", "StockInsufficient",
                         ({"\"A4 paper\"", "\"Milan warehouse\"", "100 in stock", "50 on order",
                           "550 planned", "forecast -400", "needs 300", "\"C5 envelopes\"",
                           "alert level 50"}));
            QVERIFY(report.stalled);
        }
        // Once extracted, the extracted rows count; once consuming, its
        // stock_consumption row.
        seed.set(d, "extraction_rows = 280, status = 'file_to_approve'");
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "StockAvailable", "failed", "StockInsufficient", ({"needs 280"}));
        }
        seed.exec("INSERT INTO stock_consumption (stock_line_id, delivery_id, quantity) "
                  "VALUES (?, ?, 275)",
                  {paper, d});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "StockAvailable", "failed", "StockInsufficient", ({"needs 275"}));
        }
        // Before targeting, a warning of what will stall it.
        seed.set(d, "status = 'being_edited'");
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "StockAvailable", "warning", "StockInsufficient",
                         ({"\"A4 paper\""}));
        }
        seed.exec("UPDATE stock_line SET status = 'ok' WHERE id = ?", {paper});
        seed.set(d, "status = 'to_validate'");
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "StockAvailable", "warning", "StockAlert",
                         ({"\"C5 envelopes\"", "40 in stock", "alert level 50"}));
        }
        seed.exec("UPDATE stock_line SET status = 'ok' WHERE id = ?", {envelopes});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "StockAvailable", "passed", "StockAvailable", ({"2 stock line"}));
        }
        const qint64 none = seed.delivery("to_validate");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, none);
            EXPECT_CHECK(report, "StockAvailable", "skipped", "NoStockConsumed", ({}));
        }
    }

    // --- 7. BudgetConsolidated -----------------------------------------------

    void budgetConsolidated_data() { test::TestDatabase::addBackendRows(); }
    void budgetConsolidated()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        const qint64 d = seed.delivery("start_pending");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "BudgetConsolidated", "passed", "BudgetConsolidated",
                         ({"Spring 2027", "6000.00 EUR", "10000.00 EUR"}));
        }
        seed.exec("UPDATE campaign SET budget_status = 'being_edited' WHERE id = ?",
                  {seed.campaign});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "BudgetConsolidated", "warning", "BudgetBeingEdited",
                         ({"\"Spring\"", "being_edited"}));
            QVERIFY(!report.stalled);
        }
        // No budget of its own: the program's, then the plan's. Over-run.
        const qint64 planBudget =
            seed.insert("INSERT INTO budget (label, currency, allocated_cents, reserved_cents, "
                        "committed_cents, spent_cents) VALUES ('Plan 2027', 'EUR', 500000, "
                        "100000, 250000, 200050)");
        const qint64 plan =
            seed.insert("INSERT INTO plan (label, budget_id) VALUES ('P', ?)", {planBudget});
        const qint64 program =
            seed.insert("INSERT INTO program (label, plan_id) VALUES ('Pr', ?)", {plan});
        seed.exec("UPDATE campaign SET budget_status = 'defined', budget_id = NULL, "
                  "program_id = ? WHERE id = ?",
                  {program, seed.campaign});
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "BudgetConsolidated", "warning", "BudgetOverrun",
                         ({"\"Plan 2027\"", "reserved 1000.00 EUR", "committed 2500.00 EUR",
                           "spent 2000.50 EUR", "= 5500.50 EUR", "5000.00 EUR allocated"}));
            QVERIFY(!report.stalled);
        }
        seed.exec("UPDATE plan SET budget_id = NULL WHERE id = ?", {plan});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "BudgetConsolidated", "skipped", "NoBudget", ({"\"Spring\""}));
        }
    }

    // --- 8. ProviderSetup ----------------------------------------------------

    void providerSetup_data() { test::TestDatabase::addBackendRows(); }
    void providerSetup()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        const qint64 noService = seed.delivery("provider_pending", "direct_mail");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, noService);
            EXPECT_CHECK(report, "ProviderSetup", "failed", "ServiceMissing", ({"no service"}));
            QVERIFY(report.stalled);
        }
        // Before extraction, a warning.
        seed.set(noService, "status = 'to_validate'");
        {
            DIAGNOSE(report, database, noService);
            EXPECT_CHECK(report, "ProviderSetup", "warning", "ServiceMissing", ({"no service"}));
        }
        const qint64 d = seed.delivery("extraction_pending", "direct_mail", seed.service);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ProviderSetup", "passed", "ProviderReady",
                         ({"Lettershop", "orders@print.example", "/srv/drop/print"}));
        }
        seed.exec("UPDATE supplier SET email = NULL WHERE id = ?", {seed.supplier});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ProviderSetup", "failed", "SupplierEmailMissing",
                         ({"\"Print & Post\"", "\"Lettershop\"", "no email"}));
        }
        seed.exec("UPDATE supplier SET email = 'orders@print.example', drop_dir = '' WHERE id = ?",
                  {seed.supplier});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ProviderSetup", "failed", "SupplierDropDirMissing",
                         ({"\"Print & Post\"", "no drop directory"}));
        }
        const qint64 email = seed.delivery("provider_pending", "email");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, email);
            EXPECT_CHECK(report, "ProviderSetup", "skipped", "NotApplicable", ({"email"}));
        }
    }

    // --- 9. ProviderJob ------------------------------------------------------

    void providerJob_data() { test::TestDatabase::addBackendRows(); }
    void providerJob()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        const qint64 d = seed.delivery("provider_pending", "direct_mail", seed.service);
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ProviderJob", "warning", "ProviderJobNotCreated",
                         ({"deliveryMgt"}));
        }
        const qint64 job = seed.insert(
            "INSERT INTO provider_job (delivery_id, service_id, status, finished_at, attempts, "
            "error) VALUES (?, ?, 'failed', ?, 3, 'SHA-256 mismatch: the file was changed')",
            {d, seed.service, kNow - 5 * kHour});
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ProviderJob", "failed", "ProviderJobFailed",
                         ({QString("Provider job %1").arg(job), "2027-01-15T03:00:00Z", "3 attempt",
                           "SHA-256 mismatch: the file was changed"}));
            QVERIFY(report.stalled);
        }
        // Sent eight days ago with a seven-day timeout: overdue.
        seed.exec("UPDATE provider_job SET status = 'file_sent', sent_at = ?, finished_at = NULL, "
                  "attempts = 1, error = NULL WHERE id = ?",
                  {kNow - 8 * kDay, job});
        seed.set(d, "status = 'sent_to_provider'");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ProviderJob", "failed", "ProviderReturnOverdue",
                         ({"Print & Post", "2027-01-07T08:00:00Z", "back_{delivery_id}.csv",
                           "2027-01-14T08:00:00Z"}));
        }
        seed.exec("UPDATE provider_job SET sent_at = ? WHERE id = ?", {kNow - 6 * kDay, job});
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "ProviderJob", "passed", "ProviderReturnAwaited",
                         ({"2027-01-16T08:00:00Z"}));
        }
        const qint64 email = seed.delivery("start_pending");
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, email);
            EXPECT_CHECK(report, "ProviderJob", "skipped", "NotApplicable", ({}));
        }
    }

    // --- 10. LastError -------------------------------------------------------

    void lastError_data() { test::TestDatabase::addBackendRows(); }
    void lastError()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        const qint64 d = seed.delivery("being_edited", "sms");
        seed.set(d, "last_error = ?",
                 {QString("Targeting failed: unknown field \"citta\" at column 1")});
        QVERIFY(seed.ok());
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "LastError", "failed", "LastError",
                         ({"unknown field \"citta\" at column 1"}));
            QVERIFY(report.stalled);
            QCOMPARE(report.firstFailed()->name, QString("LastError"));
        }
        // Failed for good: only the error applies.
        seed.set(d, "status = 'failed'");
        {
            DIAGNOSE(report, database, d);
            QVERIFY(report.stalled);
            for (const Diagnosis::Check &c : report.checks) {
                if (c.name == "LastError")
                    continue;
                QCOMPARE(Diagnosis::resultName(c.result), QString("skipped"));
                QCOMPARE(c.reason, QString("DeliveryFailed"));
            }
            EXPECT_CHECK(report, "LastError", "failed", "LastError", ({"citta"}));
        }
        seed.set(d, "last_error = NULL");
        {
            DIAGNOSE(report, database, d);
            EXPECT_CHECK(report, "LastError", "failed", "DeliveryFailed", ({}));
        }
    }

    // --- whole reports ---------------------------------------------------------

    void healthy_data() { test::TestDatabase::addBackendRows(); }
    void healthy()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        seed.allRunning();
        // A letter with its file at the provider, return expected tomorrow.
        const qint64 letter = seed.delivery("sent_to_provider", "direct_mail", seed.service);
        seed.exec("INSERT INTO provider_job (delivery_id, service_id, status, sent_at, attempts) "
                  "VALUES (?, ?, 'file_sent', ?, 1)",
                  {letter, seed.service, kNow - 6 * kDay});
        // An email whose approval waits, before its deadline.
        const qint64 mail = seed.delivery("to_validate");
        seed.approval(mail, "targeting", "pending", kNow - kHour, nullInt(), seed.reviewers,
                      kNow + kDay);
        QVERIFY(seed.ok());
        for (qint64 id : {letter, mail}) {
            DIAGNOSE(report, database, id);
            QVERIFY(!report.stalled);
            QVERIFY(!report.firstFailed());
            QCOMPARE(report.checks.size(), 10);
            QStringList names;
            for (const Diagnosis::Check &c : report.checks) {
                names << c.name;
                QVERIFY2(c.result != Diagnosis::Check::Result::Failed, qPrintable(c.message));
                QVERIFY(!c.reason.isEmpty());
                QVERIFY(!c.message.isEmpty());
            }
            QCOMPARE(names, delivery::DiagnosisChecks::names());
        }
        {
            DIAGNOSE(report, database, letter);
            QCOMPARE(report.status, QString("sent_to_provider"));
            EXPECT_CHECK(report, "WorkflowRunning", "passed", "WorkflowRunning", ({"supplierMgt"}));
            EXPECT_CHECK(report, "ProviderSetup", "passed", "ProviderReady", ({}));
            EXPECT_CHECK(report, "ProviderJob", "passed", "ProviderReturnAwaited", ({}));
            EXPECT_CHECK(report, "LastError", "passed", "NoError", ({}));
        }
    }

    void finishedAndCancelled_data() { test::TestDatabase::addBackendRows(); }
    void finishedAndCancelled()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        // Even with every workflow stopped and an old error, nothing waits.
        seed.exec("UPDATE workflow SET state = 'stopped'");
        const qint64 finished = seed.delivery("finished");
        const qint64 cancelled = seed.delivery("cancelled", "direct_mail");
        const qint64 templ = seed.delivery("to_validate");
        seed.set(finished, "last_error = 'old'");
        seed.set(templ, "is_template = 1");
        QVERIFY(seed.ok());
        const QList<QPair<qint64, QString>> cases = {{finished, "DeliveryFinished"},
                                                     {cancelled, "DeliveryCancelled"},
                                                     {templ, "DeliveryTemplate"}};
        for (const auto &[id, reason] : cases) {
            DIAGNOSE(report, database, id);
            QVERIFY(!report.stalled);
            QCOMPARE(report.checks.size(), 10);
            for (const Diagnosis::Check &c : report.checks) {
                QCOMPARE(Diagnosis::resultName(c.result), QString("skipped"));
                QCOMPARE(c.reason, reason);
            }
        }
    }

    void notFoundAndReadOnly_data() { test::TestDatabase::addBackendRows(); }
    void notFoundAndReadOnly()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        auto missing = Diagnosis::diagnose(database->connection(), 424242, kNow);
        QVERIFY(!missing.ok());
        QCOMPARE(int(missing.errorCode()), int(Error::Code::NotFound));
        QVERIFY(missing.errorMessage().contains("424242"));

        // Nothing written, and no transaction left open on the connection.
        const qint64 d = seed.delivery("to_validate");
        QVERIFY(seed.ok());
        auto before = Sql::scalar(database->connection(), "SELECT COUNT(*) FROM delivery_event");
        DIAGNOSE(report, database, d);
        QVERIFY(report.stalled);
        auto begun = Sql::exec(database->connection(), "BEGIN");
        QVERIFY2(begun.ok(), qPrintable(begun.errorMessage()));
        QVERIFY(Sql::exec(database->connection(), "ROLLBACK").ok());
        auto after = Sql::scalar(database->connection(), "SELECT COUNT(*) FROM delivery_event");
        QVERIFY(before.ok() && after.ok());
        QCOMPARE(after.value()->toLongLong(), before.value()->toLongLong());
    }

    // Every delivery of the demo data set (as `campagnactl --now
    // 2027-01-15T08:00:00Z demo` loads it) is diagnosed without error, with
    // the ten checks, and is stalled exactly when a check fails; finished and
    // cancelled ones never are. Once as loaded (no workflow has run yet),
    // once with every workflow run a minute ago. CAMPAGNA_DIAGNOSE_PRINT=1
    // prints each stalled delivery's first failed check.
    void demoData_data() { test::TestDatabase::addBackendRows(); }
    void demoData()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        demo::DemoOptions options;
        options.now = kNow;
        auto generated =
            demo::DemoGenerator::generate(database->connection(), database->backend(), options);
        QVERIFY2(generated.ok(), qPrintable(generated.errorMessage()));
        const bool print = qEnvironmentVariableIntValue("CAMPAGNA_DIAGNOSE_PRINT") == 1;
        QList<qint64> ids;
        {
            auto query = Sql::exec(database->connection(), "SELECT id FROM delivery ORDER BY id");
            QVERIFY2(query.ok(), qPrintable(query.errorMessage()));
            while (query->next())
                ids.append(query->value(0).toLongLong());
        }
        QVERIFY(ids.size() >= 40);
        for (const bool workflowsRan : {false, true}) {
            if (workflowsRan) {
                auto ran = Sql::exec(database->connection(),
                                     "INSERT INTO workflow_run (workflow, trigger, started_at, "
                                     "finished_at, status) SELECT name, 'schedule', ?, ?, "
                                     "'succeeded' FROM workflow",
                                     {kNow - kMinute, kNow});
                QVERIFY2(ran.ok(), qPrintable(ran.errorMessage()));
            }
            int stalled = 0;
            for (qint64 id : ids) {
                DIAGNOSE(report, database, id);
                QCOMPARE(report.checks.size(), 10);
                QCOMPARE(report.stalled, report.firstFailed() != nullptr);
                if (report.status == "finished" || report.status == "cancelled")
                    QVERIFY(!report.stalled);
                for (const Diagnosis::Check &c : report.checks)
                    QVERIFY(!c.reason.isEmpty() && !c.message.isEmpty());
                if (!report.stalled)
                    continue;
                ++stalled;
                if (print)
                    qInfo().noquote() << QString("%1 %2 %3 %4: %5")
                                             .arg(workflowsRan ? "ran" : "as-loaded")
                                             .arg(id)
                                             .arg(report.status, report.firstFailed()->reason,
                                                  report.firstFailed()->message);
            }
            QVERIFY(stalled > 0);
        }
    }

    void toJson()
    {
        Diagnosis::Report report;
        report.deliveryId = 42;
        report.status = "to_validate";
        report.stalled = true;
        using R = Diagnosis::Check::Result;
        report.checks = {{"WorkflowRunning", R::Failed, "WorkflowPaused", "deliveryMgt is paused."},
                         {"JobState", R::Skipped, "NotApplicable", "No job."},
                         {"ApprovalsPending", R::Warning, "ApprovalPending", "Waits for bob."},
                         {"LastError", R::Passed, "NoError", "No error recorded."}};
        const QByteArray expected =
            R"({"checks":[)"
            R"({"check":"WorkflowRunning","message":"deliveryMgt is paused.","reason":"WorkflowPaused","result":"failed"},)"
            R"({"check":"JobState","message":"No job.","reason":"NotApplicable","result":"skipped"},)"
            R"({"check":"ApprovalsPending","message":"Waits for bob.","reason":"ApprovalPending","result":"warning"},)"
            R"({"check":"LastError","message":"No error recorded.","reason":"NoError","result":"passed"}],)"
            R"("delivery_id":42,"stalled":true,"status":"to_validate"})";
        QCOMPARE(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact), expected);
        QCOMPARE(report.toJson().keys(),
                 QStringList({"checks", "delivery_id", "stalled", "status"}));
        QCOMPARE(report.toJson().value("delivery_id").toInteger(), 42);
    }

    void toJsonOfDiagnosis_data() { test::TestDatabase::addBackendRows(); }
    void toJsonOfDiagnosis()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SEED(seed, database);
        const qint64 d = seed.delivery("being_edited", "sms");
        seed.set(d, "last_error = 'Targeting failed: bad filter'");
        QVERIFY(seed.ok());
        DIAGNOSE(report, database, d);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value("delivery_id").toInteger(), d);
        QCOMPARE(json.value("status").toString(), QString("being_edited"));
        QCOMPARE(json.value("stalled").toBool(), true);
        const QJsonArray checks = json.value("checks").toArray();
        QCOMPARE(checks.size(), 10);
        const QStringList names = delivery::DiagnosisChecks::names();
        for (qsizetype i = 0; i < checks.size(); ++i) {
            const QJsonObject c = checks.at(i).toObject();
            QCOMPARE(c.keys(), QStringList({"check", "message", "reason", "result"}));
            QCOMPARE(c.value("check").toString(), names.at(i));
        }
        QCOMPARE(checks.at(0).toObject().value("result").toString(), QString("skipped"));
        QCOMPARE(checks.at(6).toObject().value("check").toString(), QString("BudgetConsolidated"));
        QCOMPARE(checks.at(6).toObject().value("result").toString(), QString("passed"));
        const QJsonObject last = checks.at(9).toObject();
        QCOMPARE(last.value("result").toString(), QString("failed"));
        QCOMPARE(last.value("reason").toString(), QString("LastError"));
        QCOMPARE(last.value("message").toString(),
                 QString("Last error: Targeting failed: bad filter"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
