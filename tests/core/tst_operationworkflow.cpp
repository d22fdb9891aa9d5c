#include "operation/operationworkflow.h"

#include "common/extractionfilename.h"
#include "ctlprocess.h"
#include "db/sql.h"
#include "delivery/deliveryevents.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "operation/targetexpression.h"
#include "sqlqueries.h"
#include "databuilder.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QWaitCondition>

#include <algorithm>

using namespace campagna;
using db::Sql;

using campagna::test::column;
using campagna::test::scalarInt;
using campagna::test::scalarText;

using campagna::test::readFile;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 kMinute = 60;

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// Test data written directly in the tables, as an operator or another program
// would. The first error is kept; check ok() after seeding.
class Seed : public campagna::test::DataBuilder
{
public:
    explicit Seed(db::Database &database)
        : DataBuilder(database)
    {
        alice = addOperator({.name = "alice", .email = "alice@example.com", .isAdmin = 0});
        bob = addOperator({.name = "bob", .email = "bob@example.com"});
        group = addGroup("reviewers", {bob});
        supplier = addSupplier({.label = "Print & Post", .email = "orders@print.example"});
        service = addService(supplier, "Lettershop");
        plain = addCampaign({.label = "Plain", .status = "in_progress"});
        approved = addCampaign({.label = "Approved", .status = "in_progress"});
        addCampaignApproval(approved, "targeting", alice, nullInt());
        addCampaignApproval(approved, "content", nullInt(), group);
        addCampaignApproval(approved, "extraction", nullInt(), group);
    }

    void setting(const QString &key, const QString &value) { setSetting(key, value); }

    qint64 recipient(const QVariant &email, const QVariant &phone, const QVariant &firstName,
                     const QVariant &lastName, const QVariant &address, const QVariant &postalCode,
                     const QVariant &city, const QVariant &country = QString("IT"),
                     int optedOut = 0, int blocklisted = 0)
    {
        return addRecipient({email, phone, firstName, lastName, address, postalCode, city, country,
                             optedOut, blocklisted});
    }

    qint64 delivery(qint64 campaign, const QString &label, const QString &channel,
                    const QString &status, const QVariant &filter = nullText(),
                    int confirmRequired = 0, const QVariant &serviceId = nullInt(),
                    const QVariant &extractionAt = nullInt(), int isTemplate = 0)
    {
        return addDelivery({.campaign = campaign,
                            .label = label,
                            .channel = channel,
                            .status = status,
                            .service = serviceId,
                            .targetFilter = filter,
                            .confirmRequired = confirmRequired,
                            .isTemplate = isTemplate,
                            .extractionAt = extractionAt});
    }

    qint64 job(const QString &kind, qint64 deliveryId, qint64 requestedAt)
    {
        return addOperationJob({.kind = kind,
                                .delivery = deliveryId,
                                .status = "pending",
                                .requestedAt = requestedAt});
    }

    void target(qint64 deliveryId, const QList<qint64> &recipients)
    {
        addTargets(deliveryId, recipients);
    }

    qint64 alice = 0, bob = 0, group = 0, supplier = 0, service = 0, plain = 0, approved = 0;
};

engine::RunOutcome runOperation(const std::shared_ptr<db::Database> &database, qint64 now,
                                const operation::OperationWorkflow::Options &options = {})
{
    engine::WorkflowEngine engine(database, std::make_shared<engine::Clock>(now));
    engine.setActor(people::Actor{std::nullopt, "tester", true});
    engine.registerWorkflow("operationMgt", [options] {
        return std::make_unique<operation::OperationWorkflow>(options);
    });
    return engine.runNow("operationMgt", engine::Trigger::Manual).result();
}

QList<qint64> targetsOf(db::Database &database, qint64 deliveryId)
{
    QList<qint64> ids;
    for (const QString &id : column(database,
                                    "SELECT recipient_id FROM delivery_target "
                                    "WHERE delivery_id = ? ORDER BY recipient_id",
                                    {deliveryId}))
        ids << id.toLongLong();
    return ids;
}

// A delivery's figures and status as one readable line.
QString deliveryLine(db::Database &database, qint64 deliveryId)
{
    auto query = Sql::exec(database.connection(),
                           "SELECT status, targeted_count, to_send_count, analyzed_at, last_error "
                           "FROM delivery WHERE id = ?",
                           {deliveryId});
    if (!query || !query->next())
        return "no delivery";
    QStringList values;
    for (int i = 0; i < 5; ++i)
        values << (query->isNull(i) ? QString("NULL") : query->value(i).toString());
    return values.join(" | ");
}

// A job's state: status, attempts, started_at, finished_at, error.
QString jobLine(db::Database &database, qint64 jobId)
{
    auto query = Sql::exec(database.connection(),
                           "SELECT status, attempts, started_at, finished_at, error "
                           "FROM operation_job WHERE id = ?",
                           {jobId});
    if (!query || !query->next())
        return "no job";
    QStringList values;
    for (int i = 0; i < 5; ++i)
        values << (query->isNull(i) ? QString("NULL") : query->value(i).toString());
    return values.join(" | ");
}

// The delivery's events: reason|count|first_at|last_at|workflow|message.
QStringList eventsOf(db::Database &database, qint64 deliveryId)
{
    return column(database,
                  "SELECT reason || '|' || CAST(count AS TEXT) || '|' || CAST(first_at AS TEXT) "
                  "|| '|' || CAST(last_at AS TEXT) || '|' || workflow || '|' || message "
                  "FROM delivery_event WHERE delivery_id = ? ORDER BY reason",
                  {deliveryId});
}

// The delivery's approvals: kind|status|operator|group|submitted_at|deadline_at.
QStringList approvalsOf(db::Database &database, qint64 deliveryId)
{
    return column(database,
                  "SELECT kind || '|' || status || '|' || "
                  "COALESCE(CAST(reviewer_operator_id AS TEXT), '-') || '|' || "
                  "COALESCE(CAST(reviewer_group_id AS TEXT), '-') || '|' || "
                  "CAST(submitted_at AS TEXT) || '|' || COALESCE(CAST(deadline_at AS TEXT), '-') "
                  "FROM approval WHERE delivery_id = ? ORDER BY kind, id",
                  {deliveryId});
}

// Counts the jobs running at once, as the workflow's observer. With
// `rendezvous`, the first job waits (at most 10 s) for a second one to
// start, so that a dispatcher that runs jobs in parallel is seen to, however
// quick the jobs are; a serial one makes it wait in vain and is caught.
class JobObserver
{
public:
    explicit JobObserver(int rendezvous = 0)
        : m_rendezvous(rendezvous)
    {}

    operation::OperationWorkflow::Options options()
    {
        operation::OperationWorkflow::Options options;
        options.observer = [this](qint64 jobId, bool started) {
            observe(jobId, started);
        };
        return options;
    }

    int maxRunning() const
    {
        QMutexLocker lock(&m_mutex);
        return m_max;
    }
    // "+id" when a job started, "-id" when it ended, in order.
    QStringList events() const
    {
        QMutexLocker lock(&m_mutex);
        return m_events;
    }

private:
    void observe(qint64 jobId, bool started)
    {
        QMutexLocker lock(&m_mutex);
        m_events << QString("%1%2").arg(started ? "+" : "-").arg(jobId);
        if (!started) {
            --m_running;
            return;
        }
        ++m_running;
        m_max = std::max(m_max, m_running);
        m_changed.wakeAll();
        QDeadlineTimer deadline(10000);
        while (m_max < m_rendezvous && !deadline.hasExpired())
            m_changed.wait(&m_mutex, deadline);
    }

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    int m_rendezvous;
    int m_running = 0;
    int m_max = 0;
    QStringList m_events;
};

QString isoNow(qint64 now)
{
    return QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).toString(Qt::ISODate);
}

// The tables operationMgt writes, for before/after comparisons. run_id
// differs between databases that ran a different number of runs.
QHash<QString, QStringList> dumpOperationTables(db::Database &database)
{
    QHash<QString, QStringList> dumps;
    for (const QString table : {"delivery", "delivery_target", "approval", "operation_job"})
        dumps.insert(table, test::dumpTable(database.connection(), table));
    dumps.insert("delivery_event",
                 column(database, "SELECT CAST(delivery_id AS TEXT) || '|' || reason || '|' || "
                                  "message || '|' || CAST(first_at AS TEXT) || '|' || "
                                  "CAST(last_at AS TEXT) || '|' || CAST(count AS TEXT) || '|' || "
                                  "workflow FROM delivery_event ORDER BY delivery_id, reason"));
    return dumps;
}

} // namespace

class TestOperationWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        // The folders of these tests are QTemporaryDirs: the files root is
        // the temporary folder. tst_hardening tests the root's confinement.
        qputenv("CAMPAGNA_FILES_ROOT", QDir::tempPath().toLocal8Bit());
    }

    // Every exclusion rule on a small recipient table, on each channel,
    // and the status reached with and without required approvals and
    // confirmation.
    void targetingRules_data() { test::TestDatabase::addBackendRows(); }
    void targetingRules()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        // Matched by the filter (country = 'IT'): all but r7.
        const qint64 r1 = seed.recipient("anna@example.com", "+39 333 0001", "Anna", "Rossi",
                                         "Via Roma 1", "00100", "Roma");
        const qint64 r2 = seed.recipient("bruno@example.com", "+39 333 0002", "Bruno", "Bianchi",
                                         "Via Po 2", "10100", "Torino", "IT", 1, 0); // opted out
        const qint64 r3 = seed.recipient("carla@example.com", "+39 333 0003", "Carla", "Verdi",
                                         "Via Dante 3", "20100", "Milano", "IT", 0, 1); // blocked
        // No e-mail.
        const qint64 r4 = seed.recipient(nullText(), "+39 333 0004", "Dario", "Neri",
                                         "Corso Italia 4", "50100", "Firenze");
        // Blank e-mail, no phone, no postal code.
        const qint64 r5 =
            seed.recipient("  ", nullText(), "Elena", "Gallo", "Via Verdi 5", nullText(), "Napoli");
        // r1 again on every channel (e-mail in other case): r1 wins.
        const qint64 r6 = seed.recipient("ANNA@Example.com", "+39 333 0001", "Anna", "Rossi",
                                         "Via Roma 1", "00100", "Roma");
        // Not matched.
        const qint64 r7 = seed.recipient("franco@example.com", "+33 6 0007", "Franco", "Dupont",
                                         "Rue X 7", "75001", "Paris", "FR");
        // Empty phone, empty city.
        const qint64 r8 =
            seed.recipient("gina@example.com", "", "Gina", "Russo", "Via Garibaldi 8", "80100", "");
        // No address.
        const qint64 r9 = seed.recipient("hugo@example.com", "+39 333 0009", "Hugo", "Ferri",
                                         nullText(), "40100", "Bologna");
        // r4's phone and postal address: r4 wins on SMS and direct mail.
        const qint64 r10 = seed.recipient("ivo@example.com", "+39 333 0004", "Ivo", "Conti",
                                          "Corso Italia 4", "50100", "Firenze");
        // r8's e-mail: r8 wins on e-mail; its own phone and address.
        const qint64 r11 = seed.recipient("gina@example.com", "+39 333 0011", "Gina", "Russo",
                                          "Via Garibaldi 8", "80100", "Napoli");
        Q_UNUSED(r2);
        Q_UNUSED(r3);
        Q_UNUSED(r5);
        Q_UNUSED(r6);

        const QString filter = "country = 'IT'";
        const qint64 email =
            seed.delivery(seed.plain, "Mail", "email", "targeting_pending", filter);
        const qint64 emailConfirm =
            seed.delivery(seed.plain, "Mail to confirm", "email", "targeting_pending", filter, 1);
        const qint64 sms = seed.delivery(seed.plain, "SMS", "sms", "targeting_pending", filter);
        const qint64 letter = seed.delivery(seed.plain, "Letter", "direct_mail",
                                            "targeting_pending", filter, 0, seed.service);
        const qint64 smsApproved =
            seed.delivery(seed.approved, "SMS approved", "sms", "targeting_pending", filter, 1);
        const qint64 letterApproved = seed.delivery(seed.approved, "Letter approved", "direct_mail",
                                                    "targeting_pending", filter, 0, seed.service);
        const QList<qint64> deliveries{email,  emailConfirm, sms,
                                       letter, smsApproved,  letterApproved};
        QList<qint64> jobs;
        for (qint64 delivery : deliveries)
            jobs << seed.job("targeting", delivery, kNow - 10 * kMinute + jobs.size());
        // Left from an earlier round: replaced.
        seed.target(email, {r7});
        seed.exec("UPDATE delivery SET last_error = 'old', extraction_rows = 5, "
                  "extraction_file = '/tmp/old.csv', extraction_sha256 = 'ab' WHERE id = ?",
                  {letter});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 0);
        QCOMPARE(outcome.items, 6);

        const QList<qint64> emailTargets{r1, r8, r9, r10};
        const QList<qint64> smsTargets{r1, r4, r9, r11};
        const QList<qint64> letterTargets{r1, r4, r11};
        QCOMPARE(targetsOf(*database, email), emailTargets);
        QCOMPARE(targetsOf(*database, emailConfirm), emailTargets);
        QCOMPARE(targetsOf(*database, sms), smsTargets);
        QCOMPARE(targetsOf(*database, smsApproved), smsTargets);
        QCOMPARE(targetsOf(*database, letter), letterTargets);
        QCOMPARE(targetsOf(*database, letterApproved), letterTargets);

        const QString at = QString::number(kNow);
        QCOMPARE(deliveryLine(*database, email), "start_pending | 10 | 4 | " + at + " | NULL");
        QCOMPARE(deliveryLine(*database, emailConfirm),
                 "pending_confirmation | 10 | 4 | " + at + " | NULL");
        QCOMPARE(deliveryLine(*database, sms), "start_pending | 10 | 4 | " + at + " | NULL");
        QCOMPARE(deliveryLine(*database, letter),
                 "extraction_pending | 10 | 3 | " + at + " | NULL");
        QCOMPARE(deliveryLine(*database, smsApproved), "to_validate | 10 | 4 | " + at + " | NULL");
        QCOMPARE(deliveryLine(*database, letterApproved),
                 "to_validate | 10 | 3 | " + at + " | NULL");
        // The figures of an earlier extraction describe targets that are gone.
        QCOMPARE(
            scalarText(*database,
                       "SELECT COALESCE(extraction_file, 'NULL') || COALESCE(extraction_sha256, "
                       "'NULL') || COALESCE(CAST(extraction_rows AS TEXT), 'NULL') "
                       "FROM delivery WHERE id = ?",
                       {letter}),
            QString("NULLNULLNULL"));

        // Pre-send approvals only (not extraction), reviewers copied, no
        // deadline (deliveryMgt sets it when it asks the reviewers).
        const QStringList expectedApprovals{
            QString("content|pending|-|%1|%2|-").arg(seed.group).arg(kNow),
            QString("targeting|pending|%1|-|%2|-").arg(seed.alice).arg(kNow)};
        QCOMPARE(approvalsOf(*database, smsApproved), expectedApprovals);
        QCOMPARE(approvalsOf(*database, letterApproved), expectedApprovals);
        for (qint64 delivery : {email, emailConfirm, sms, letter})
            QCOMPARE(approvalsOf(*database, delivery), QStringList());

        for (qint64 job : jobs)
            QCOMPARE(jobLine(*database, job), "done | 1 | " + at + " | " + at + " | NULL");
        QCOMPARE(eventsOf(*database, email),
                 QStringList{"TargetingDone|1|" + at + "|" + at +
                             "|operationMgt|Targeting done: 10 matching, 4 to send."});
        QCOMPARE(eventsOf(*database, letter),
                 QStringList{"TargetingDone|1|" + at + "|" + at +
                             "|operationMgt|Targeting done: 10 matching, 3 to send."});
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM delivery_event WHERE run_id = ? "
                           "AND reason = 'TargetingDone'",
                           {outcome.runId}),
                 6);
        // Step 2 ran before the letter was targeted: no extraction yet.
        QCOMPARE(
            scalarInt(*database, "SELECT COUNT(*) FROM operation_job WHERE kind = 'extraction'"),
            0);
        const QStringList journal = column(*database,
                                           "SELECT message FROM workflow_log WHERE run_id = ? "
                                           "AND step = 'jobs' ORDER BY id",
                                           {outcome.runId});
        QVERIFY2(journal.contains("6 jobs run: 6 succeeded, 0 to be retried, 0 failed; 22 "
                                  "target(s) selected, 0 row(s) extracted.") ||
                     journal.contains("6 job(s) run: 6 succeeded, 0 to be retried, 0 failed; "
                                      "22 target(s) selected, 0 row(s) extracted."),
                 qPrintable(journal.join('\n')));
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM workflow_log WHERE run_id = ? AND step = "
                           "'targeting' AND object_type = 'delivery'",
                           {outcome.runId}),
                 6);
    }

    // A new targeting round (after a rejection) asks again for each
    // required pre-send approval, except a kind still pending.
    void newTargetingRound_data() { test::TestDatabase::addBackendRows(); }
    void newTargetingRound()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        seed.recipient("anna@example.com", nullText(), "Anna", "Rossi", nullText(), nullText(),
                       nullText());
        seed.exec("INSERT INTO campaign_approval (campaign_id, kind, reviewer_operator_id) "
                  "VALUES (?, 'proof', ?)",
                  {seed.approved, seed.bob});
        const qint64 delivery =
            seed.delivery(seed.approved, "Resubmitted", "email", "targeting_pending", "");
        const qint64 earlier = kNow - 86400;
        seed.exec("INSERT INTO approval (delivery_id, kind, status, reviewer_operator_id, "
                  "submitted_at, decided_at, decided_by) VALUES "
                  "(?, 'targeting', 'rejected', ?, ?, ?, ?), "
                  "(?, 'proof', 'approved', ?, ?, ?, ?)",
                  {delivery, seed.alice, earlier, earlier + 60, seed.alice, delivery, seed.bob,
                   earlier, earlier + 60, seed.bob});
        seed.exec("INSERT INTO approval (delivery_id, kind, status, reviewer_group_id, "
                  "submitted_at) VALUES (?, 'content', 'pending', ?, ?)",
                  {delivery, seed.group, earlier});
        seed.job("targeting", delivery, kNow - kMinute);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(deliveryLine(*database, delivery),
                 QString("to_validate | 1 | 1 | %1 | NULL").arg(kNow));
        QCOMPARE(approvalsOf(*database, delivery),
                 QStringList({QString("content|pending|-|%1|%2|-").arg(seed.group).arg(earlier),
                              QString("proof|approved|%1|-|%2|-").arg(seed.bob).arg(earlier),
                              QString("proof|pending|%1|-|%2|-").arg(seed.bob).arg(kNow),
                              QString("targeting|rejected|%1|-|%2|-").arg(seed.alice).arg(earlier),
                              QString("targeting|pending|%1|-|%2|-").arg(seed.alice).arg(kNow)}));
    }

    // A filter that does not parse: the job fails for good with the
    // parser's message (where and why), the delivery goes back to its
    // author; the run goes on with the other jobs.
    void invalidFilter_data() { test::TestDatabase::addBackendRows(); }
    void invalidFilter()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 r1 = seed.recipient("anna@example.com", nullText(), "Anna", "Rossi",
                                         nullText(), nullText(), "Roma");
        const QString filter = "country = 'IT' and citta = 'Roma'";
        const auto parsed = operation::TargetExpression::parse(filter);
        QVERIFY(!parsed.ok());
        const QString parserMessage = parsed.errorMessage();
        QVERIFY2(parserMessage.contains("20") && parserMessage.contains("citta"),
                 qPrintable(parserMessage));

        const qint64 bad = seed.delivery(seed.plain, "Bad", "email", "targeting_pending", filter);
        const qint64 good =
            seed.delivery(seed.plain, "Good", "email", "targeting_pending", "city = 'Roma'");
        seed.target(bad, {r1}); // from an earlier round: kept
        const qint64 badJob = seed.job("targeting", bad, kNow - 2 * kMinute);
        const qint64 goodJob = seed.job("targeting", good, kNow - kMinute);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 1);
        QCOMPARE(jobLine(*database, badJob),
                 QString("failed | 1 | %1 | %1 | %2").arg(kNow).arg(parserMessage));
        const QString lastError = "Targeting failed: " + parserMessage;
        QCOMPARE(deliveryLine(*database, bad), "being_edited | NULL | NULL | NULL | " + lastError);
        QCOMPARE(targetsOf(*database, bad), QList<qint64>{r1});
        QCOMPARE(
            eventsOf(*database, bad),
            QStringList{QString("TargetingFailed|1|%1|%1|operationMgt|").arg(kNow) + lastError});
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM workflow_log WHERE run_id = ? AND level = "
                           "'warning' AND object_type = 'delivery' AND object_id = ?",
                           {outcome.runId, bad}),
                 1);
        QCOMPARE(jobLine(*database, goodJob), QString("done | 1 | %1 | %1 | NULL").arg(kNow));
        QCOMPARE(deliveryLine(*database, good),
                 QString("start_pending | 1 | 1 | %1 | NULL").arg(kNow));
    }

    // A job whose delivery no longer waits for it (cancelled meanwhile) is
    // closed without touching the delivery.
    void staleJob_data() { test::TestDatabase::addBackendRows(); }
    void staleJob()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 delivery = seed.delivery(seed.plain, "Cancelled", "email", "cancelled", "");
        const qint64 job = seed.job("targeting", delivery, kNow - kMinute);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 1);
        const QString line = jobLine(*database, job);
        QVERIFY2(line.startsWith(QString("failed | 1 | %1 | %1 | ").arg(kNow)) &&
                     line.contains("cancelled"),
                 qPrintable(line));
        QCOMPARE(deliveryLine(*database, delivery),
                 QString("cancelled | NULL | NULL | NULL | NULL"));
        QCOMPARE(eventsOf(*database, delivery), QStringList());
    }

    // The extraction file byte for byte, its name, hash and row count, the
    // approval or not, the requests of step 2.
    void extraction_data() { test::TestDatabase::addBackendRows(); }
    void extraction()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath("out/files"); // created by the job
        Seed seed(*database);
        seed.setting("extraction.dir", dir);
        seed.exec("UPDATE service SET extraction_file_pattern = "
                  "'{date}_{delivery_label}_{delivery_id}.csv' WHERE id = ?",
                  {seed.service});
        const qint64 a = seed.recipient(nullText(), nullText(), "Nicolò", "D'Annunzio",
                                        "Via Roma, 1", "00100", "Roma", "IT");
        const qint64 b = seed.recipient(nullText(), nullText(), "Sean", "O\"Brien",
                                        "Flat 2\nMain St", "D02", "Dublin", "IE");
        const qint64 c = seed.recipient(nullText(), nullText(), "Zoë", "Ĺubo", "Rue A\r\nB",
                                        nullText(), "Paris", "FR");
        const qint64 d = seed.recipient(nullText(), nullText(), nullText(), "Plain", "Strada 3",
                                        "20100", "Milano", nullText());
        const qint64 unused =
            seed.recipient(nullText(), nullText(), "Not", "Targeted", "X", "1", "Y", "IT");
        Q_UNUSED(unused);

        const qint64 letter =
            seed.delivery(seed.plain, "Lettera: saldi/2027 – Nicolò", "direct_mail",
                          "extraction_pending", nullText(), 0, seed.service);
        seed.target(letter, {d, b, a, c});
        const qint64 approvedLetter =
            seed.delivery(seed.approved, "Approved", "direct_mail", "extraction_pending",
                          nullText(), 0, seed.service, kNow);
        seed.target(approvedLetter, {d});
        // Already requested (by an earlier run): not requested again.
        const qint64 empty = seed.delivery(seed.plain, "Empty", "direct_mail", "extraction_pending",
                                           nullText(), 0, seed.service);
        const qint64 emptyJob = seed.job("extraction", empty, kNow - kMinute);
        // Not yet, not a real delivery, not waiting for extraction.
        const qint64 later = seed.delivery(seed.plain, "Later", "direct_mail", "extraction_pending",
                                           nullText(), 0, seed.service, kNow + 1);
        const qint64 recurring =
            seed.insert("INSERT INTO campaign (label, kind) VALUES ('Monthly', 'recurring')");
        const qint64 templateLetter =
            seed.delivery(recurring, "Template", "direct_mail", "extraction_pending", nullText(), 0,
                          seed.service, nullInt(), 1);
        const qint64 validating = seed.delivery(seed.plain, "Validating", "direct_mail",
                                                "to_validate", nullText(), 0, seed.service);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 0);
        QCOMPARE(outcome.items, 2 + 3); // two requests, three jobs

        QCOMPARE(column(*database,
                        "SELECT CAST(delivery_id AS TEXT) || '|' || status || '|' || "
                        "CAST(requested_at AS TEXT) FROM operation_job ORDER BY delivery_id"),
                 QStringList({QString("%1|done|%2").arg(letter).arg(kNow),
                              QString("%1|done|%2").arg(approvedLetter).arg(kNow),
                              QString("%1|done|%2").arg(empty).arg(kNow - kMinute)}));
        for (qint64 untouched : {later, templateLetter, validating})
            QCOMPARE(scalarInt(*database,
                               "SELECT COUNT(*) FROM operation_job WHERE delivery_id = ?",
                               {untouched}),
                     0);
        QCOMPARE(jobLine(*database, emptyJob), QString("done | 1 | %1 | %1 | NULL").arg(kNow));

        const QString name = QString("20270115_Lettera__saldi_2027___Nicolo_%1.csv").arg(letter);
        QCOMPARE(ExtractionFileName::fromPattern("{date}_{delivery_label}_{delivery_id}.csv",
                                                    kNow, letter, "Lettera: saldi/2027 – Nicolò"),
                 name);
        const QByteArray expected =
            "id,first_name,last_name,address,postal_code,city,country\r\n" + QByteArray::number(a) +
            ",Nicolò,D'Annunzio,\"Via Roma, 1\",00100,Roma,IT\r\n" + QByteArray::number(b) +
            ",Sean,\"O\"\"Brien\",\"Flat 2\nMain St\",D02,Dublin,IE\r\n" + QByteArray::number(c) +
            ",Zoë,Ĺubo,\"Rue A\r\nB\",,Paris,FR\r\n" + QByteArray::number(d) +
            ",,Plain,Strada 3,20100,Milano,\r\n";
        const QString path = QDir(dir).absoluteFilePath(name);
        QCOMPARE(readFile(path), expected);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
        QCOMPARE(column(*database,
                        "SELECT extraction_file || '|' || CAST(extraction_rows AS TEXT) || '|' || "
                        "extraction_sha256 || '|' || status || '|' || COALESCE(last_error, '-') "
                        "FROM delivery WHERE id = ?",
                        {letter}),
                 QStringList{path + "|4|" + sha + "|provider_pending|-"});
        QVERIFY(QDir::isAbsolutePath(path));
        QCOMPARE(approvalsOf(*database, letter), QStringList());
        QCOMPARE(eventsOf(*database, letter),
                 QStringList{QString("ExtractionDone|1|%1|%1|operationMgt|File %2 extracted: 4 "
                                     "record(s).")
                                 .arg(kNow)
                                 .arg(name)});

        // The campaign requires an extraction approval: file_to_approve.
        const QString approvedName = QString("20270115_Approved_%1.csv").arg(approvedLetter);
        const QByteArray approvedExpected =
            "id,first_name,last_name,address,postal_code,city,country\r\n" + QByteArray::number(d) +
            ",,Plain,Strada 3,20100,Milano,\r\n";
        QCOMPARE(readFile(QDir(dir).absoluteFilePath(approvedName)), approvedExpected);
        QCOMPARE(scalarText(*database,
                            "SELECT status || '|' || CAST(extraction_rows AS TEXT) || '|' || "
                            "extraction_sha256 FROM delivery WHERE id = ?",
                            {approvedLetter}),
                 "file_to_approve|1|" +
                     QString::fromLatin1(
                         QCryptographicHash::hash(approvedExpected, QCryptographicHash::Sha256)
                             .toHex()));
        QCOMPARE(approvalsOf(*database, approvedLetter),
                 QStringList{QString("extraction|pending|-|%1|%2|-").arg(seed.group).arg(kNow)});

        // No targets: the header alone.
        const QString emptyName = QString("20270115_Empty_%1.csv").arg(empty);
        QCOMPARE(readFile(QDir(dir).absoluteFilePath(emptyName)),
                 QByteArray("id,first_name,last_name,address,postal_code,city,country\r\n"));
        QCOMPARE(scalarText(*database,
                            "SELECT status || '|' || CAST(extraction_rows AS TEXT) FROM delivery "
                            "WHERE id = ?",
                            {empty}),
                 QString("provider_pending|0"));

        // Three files and nothing else: no temporary file left behind.
        QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        files.sort();
        QStringList expectedFiles{name, approvedName, emptyName};
        expectedFiles.sort();
        QCOMPARE(files, expectedFiles);

        const QStringList journal = column(*database,
                                           "SELECT message FROM workflow_log WHERE run_id = ? "
                                           "AND step IN ('jobs', 'extraction_requests') "
                                           "ORDER BY id",
                                           {outcome.runId});
        QVERIFY2(journal.join('\n').contains("5 row(s) extracted"), qPrintable(journal.join('\n')));
        QVERIFY2(journal.join('\n').contains("2 extraction job"), qPrintable(journal.join('\n')));
    }

    // An unwritable folder is a transient failure: attempts 1, 2, 3 over
    // three runs, then the job fails; the delivery keeps its status, gets
    // last_error and one event; a fourth run asks for nothing new.
    void extractionRetriedThenFailed_data() { test::TestDatabase::addBackendRows(); }
    void extractionRetriedThenFailed()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QFile blocker(tmp.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString dir = tmp.filePath("not-a-folder/extractions");
        Seed seed(*database);
        seed.setting("extraction.dir", dir);
        const qint64 r =
            seed.recipient(nullText(), nullText(), "Anna", "Rossi", "Via Roma 1", "00100", "Roma");
        const qint64 letter = seed.delivery(seed.plain, "Letter", "direct_mail",
                                            "extraction_pending", nullText(), 0, seed.service);
        seed.target(letter, {r});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const QString reason =
            QString("Cannot create the folder %1 of the setting extraction.dir: %2 is not a folder.")
                .arg(dir, tmp.filePath("not-a-folder"));
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const qint64 now = kNow + (attempt - 1) * 15 * kMinute;
            const engine::RunOutcome outcome = runOperation(database, now);
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
            QCOMPARE(outcome.warnings, 1);
            QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM operation_job"), 1);
            const qint64 job = scalarInt(*database, "SELECT id FROM operation_job");
            if (attempt < 3) {
                QCOMPARE(
                    jobLine(*database, job),
                    QString("pending | %1 | %2 | NULL | %3").arg(attempt).arg(now).arg(reason));
                QCOMPARE(deliveryLine(*database, letter),
                         QString("extraction_pending | NULL | NULL | NULL | NULL"));
                QCOMPARE(eventsOf(*database, letter), QStringList());
            } else {
                QCOMPARE(jobLine(*database, job),
                         QString("failed | 3 | %1 | %1 | %2").arg(now).arg(reason));
                QCOMPARE(deliveryLine(*database, letter),
                         "extraction_pending | NULL | NULL | NULL | Extraction failed: " + reason);
                QCOMPARE(eventsOf(*database, letter),
                         QStringList{QString("ExtractionFailed|1|%1|%1|operationMgt|Extraction "
                                             "failed: ")
                                         .arg(now) +
                                     reason});
            }
            QCOMPARE(scalarInt(*database,
                               "SELECT COUNT(*) FROM workflow_log WHERE run_id = ? AND level = "
                               "'warning' AND object_type = 'delivery' AND object_id = ?",
                               {outcome.runId, letter}),
                     1);
        }
        QVERIFY(!QFileInfo::exists(dir));

        // The failure needs a person: no new job on every run.
        const auto before = dumpOperationTables(*database);
        const engine::RunOutcome fourth = runOperation(database, kNow + 45 * kMinute);
        QVERIFY2(fourth.succeeded(), qPrintable(fourth.error));
        QCOMPARE(fourth.warnings, 0);
        QCOMPARE(fourth.items, 0);
        const auto after = dumpOperationTables(*database);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
    }

    // Direct mail without a service: a permanent failure, at once.
    void extractionWithoutService_data() { test::TestDatabase::addBackendRows(); }
    void extractionWithoutService()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        Seed seed(*database);
        seed.setting("extraction.dir", tmp.path());
        const qint64 letter =
            seed.delivery(seed.plain, "No service", "direct_mail", "extraction_pending");
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 1);
        const QString line =
            jobLine(*database, scalarInt(*database, "SELECT id FROM operation_job"));
        QVERIFY2(line.startsWith(QString("failed | 1 | %1 | %1 | ").arg(kNow)) &&
                     line.contains("no service"),
                 qPrintable(line));
        const QString lastError =
            scalarText(*database, "SELECT last_error FROM delivery WHERE id = ?", {letter});
        QVERIFY2(lastError.startsWith("Extraction failed: ") && lastError.contains("no service"),
                 qPrintable(lastError));
        QCOMPARE(scalarText(*database, "SELECT status FROM delivery WHERE id = ?", {letter}),
                 QString("extraction_pending"));
        QCOMPARE(
            eventsOf(*database, letter),
            QStringList{QString("ExtractionFailed|1|%1|%1|operationMgt|").arg(kNow) + lastError});
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A pattern without {delivery_id} gives two letters one file name: one
    // file is written, never overwritten by the other delivery's (one at a
    // time: a permanent failure naming the first; in parallel the loser may
    // also be told to retry, if the winner has not committed yet).
    void sameFileName_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("maxJobs");
        for (const QString backend : {"sqlite", "postgresql"}) {
            QTest::newRow(qPrintable(backend + " one at a time")) << backend << 1;
            QTest::newRow(qPrintable(backend + " ten at a time")) << backend << 10;
        }
    }
    void sameFileName()
    {
        QFETCH(QString, backend);
        QFETCH(int, maxJobs);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        Seed seed(*database);
        seed.setting("operation.max_concurrent_jobs", QString::number(maxJobs));
        seed.setting("extraction.dir", tmp.path());
        seed.exec("UPDATE service SET extraction_file_pattern = '{date}_letters.csv'");
        const qint64 r1 =
            seed.recipient(nullText(), nullText(), "Anna", "Rossi", "Via Roma 1", "00100", "Roma");
        const qint64 r2 = seed.recipient(nullText(), nullText(), "Bruno", "Bianchi", "Via Po 2",
                                         "10100", "Torino");
        const qint64 first = seed.delivery(seed.plain, "First", "direct_mail", "extraction_pending",
                                           nullText(), 0, seed.service);
        const qint64 second = seed.delivery(seed.plain, "Second", "direct_mail",
                                            "extraction_pending", nullText(), 0, seed.service);
        seed.target(first, {r1});
        seed.target(second, {r1, r2});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 1);
        const QString path = QDir(tmp.path()).absoluteFilePath("20270115_letters.csv");
        const qint64 winner =
            scalarInt(*database, "SELECT id FROM delivery WHERE status = 'provider_pending'");
        QVERIFY(winner == first || winner == second);
        const qint64 loser = winner == first ? second : first;
        QCOMPARE(
            scalarText(*database,
                       "SELECT extraction_file || '|' || extraction_sha256 FROM delivery "
                       "WHERE id = ?",
                       {winner}),
            path + "|" +
                QString::fromLatin1(
                    QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(scalarText(*database,
                            "SELECT status || '|' || COALESCE(extraction_file, '-') FROM delivery "
                            "WHERE id = ?",
                            {loser}),
                 QString("extraction_pending|-"));
        const QString error =
            scalarText(*database, "SELECT error FROM operation_job WHERE delivery_id = ?", {loser});
        if (maxJobs == 1) {
            QCOMPARE(winner, first);
            QVERIFY2(error.contains(QString("extraction file of the delivery %1").arg(first)),
                     qPrintable(error));
            QCOMPARE(scalarText(*database, "SELECT status FROM operation_job WHERE delivery_id = ?",
                                {loser}),
                     QString("failed"));
        } else {
            QVERIFY2(error.contains(QString("extraction file of the delivery %1").arg(winner)) ||
                         error.contains("being written for another delivery"),
                     qPrintable(error));
        }
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{"20270115_letters.csv"});
    }

    // operation.max_concurrent_jobs = 2 with six jobs: never more than two
    // at once, and two at some point.
    void concurrencyLimit_data() { test::TestDatabase::addBackendRows(); }
    void concurrencyLimit()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        seed.setting("operation.max_concurrent_jobs", "2");
        for (int i = 0; i < 20; ++i)
            seed.recipient(QString("r%1@example.com").arg(i), nullText(), "R", "R", nullText(),
                           nullText(), nullText());
        QList<qint64> deliveries;
        for (int i = 0; i < 6; ++i) {
            deliveries << seed.delivery(seed.plain, QString("Mail %1").arg(i), "email",
                                        "targeting_pending", "");
            seed.job("targeting", deliveries.last(), kNow - 10 * kMinute + i);
        }
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        JobObserver observer(2);
        const engine::RunOutcome outcome = runOperation(database, kNow, observer.options());
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(observer.maxRunning(), 2);
        QCOMPARE(observer.events().size(), 12);
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM operation_job WHERE status = 'done' "
                                      "AND attempts = 1"),
                 6);
        for (qint64 delivery : deliveries)
            QCOMPARE(deliveryLine(*database, delivery),
                     QString("start_pending | 20 | 20 | %1 | NULL").arg(kNow));
    }

    // A value that is not a whole number of 1 or more: the default, and a
    // warning that quotes it.
    void badConcurrencySetting_data() { test::TestDatabase::addBackendRows(); }
    void badConcurrencySetting()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        seed.setting("operation.max_concurrent_jobs", "lots");
        const qint64 delivery = seed.delivery(seed.plain, "Mail", "email", "targeting_pending", "");
        seed.job("targeting", delivery, kNow - kMinute);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 1);
        const QString warning = scalarText(*database,
                                           "SELECT message FROM workflow_log WHERE run_id = ? "
                                           "AND level = 'warning'",
                                           {outcome.runId});
        QVERIFY2(warning.contains("\"lots\"") && warning.contains("10"), qPrintable(warning));
        QCOMPARE(scalarText(*database, "SELECT status FROM delivery WHERE id = ?", {delivery}),
                 QString("start_pending"));
    }

    // Oldest first, and each delivery's jobs in order: the extraction of a
    // letter waits for its targeting, which makes it extraction_pending.
    void jobsInOrder_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("maxJobs");
        for (const QString backend : {"sqlite", "postgresql"}) {
            QTest::newRow(qPrintable(backend + " one at a time")) << backend << 1;
            QTest::newRow(qPrintable(backend + " ten at a time")) << backend << 10;
        }
    }
    void jobsInOrder()
    {
        QFETCH(QString, backend);
        QFETCH(int, maxJobs);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        Seed seed(*database);
        seed.setting("operation.max_concurrent_jobs", QString::number(maxJobs));
        seed.setting("extraction.dir", tmp.path());
        seed.recipient("anna@example.com", nullText(), "Anna", "Rossi", "Via Roma 1", "00100",
                       "Roma");
        seed.recipient("bruno@example.com", nullText(), "Bruno", "Bianchi", "Via Po 2", "10100",
                       "Torino");
        const qint64 first = seed.delivery(seed.plain, "First", "email", "targeting_pending", "");
        const qint64 letter = seed.delivery(seed.plain, "Letter", "direct_mail",
                                            "targeting_pending", "", 0, seed.service);
        const qint64 mail = seed.delivery(seed.plain, "Mail", "email", "targeting_pending", "");
        const qint64 firstJob = seed.job("targeting", first, kNow - 40 * kMinute);
        const qint64 targeting = seed.job("targeting", letter, kNow - 30 * kMinute);
        const qint64 mailJob = seed.job("targeting", mail, kNow - 20 * kMinute);
        const qint64 extraction = seed.job("extraction", letter, kNow - 10 * kMinute);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        JobObserver observer;
        const engine::RunOutcome outcome = runOperation(database, kNow, observer.options());
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        const QStringList events = observer.events();
        auto at = [&](const char *sign, qint64 job) {
            return events.indexOf(QString("%1%2").arg(sign).arg(job));
        };
        QVERIFY2(at("+", extraction) > at("-", targeting) && at("-", targeting) >= 0,
                 qPrintable(events.join(' ')));
        if (maxJobs == 1) {
            QCOMPARE(events,
                     QStringList({QString("+%1").arg(firstJob), QString("-%1").arg(firstJob),
                                  QString("+%1").arg(targeting), QString("-%1").arg(targeting),
                                  QString("+%1").arg(mailJob), QString("-%1").arg(mailJob),
                                  QString("+%1").arg(extraction), QString("-%1").arg(extraction)}));
        }
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM operation_job WHERE status = 'done'"),
                 4);
        QCOMPARE(scalarText(*database,
                            "SELECT status || '|' || CAST(extraction_rows AS TEXT) FROM delivery "
                            "WHERE id = ?",
                            {letter}),
                 QString("provider_pending|2"));
    }

    // A job left `running` by a run that died is taken up again.
    void interruptedJobResumed_data() { test::TestDatabase::addBackendRows(); }
    void interruptedJobResumed()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 delivery = seed.delivery(seed.plain, "Mail", "email", "targeting_pending", "");
        const qint64 job = seed.job("targeting", delivery, kNow - kMinute);
        seed.exec("UPDATE operation_job SET status = 'running', attempts = 1, started_at = ? "
                  "WHERE id = ?",
                  {kNow - 30, job});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome outcome = runOperation(database, kNow);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.warnings, 1);
        QCOMPARE(jobLine(*database, job), QString("done | 2 | %1 | %1 | NULL").arg(kNow));
        QCOMPARE(scalarText(*database, "SELECT status FROM delivery WHERE id = ?", {delivery}),
                 QString("start_pending"));
    }

    // Idempotence: once everything is done (or failed for good), a second
    // run writes nothing and counts nothing.
    void secondRunWritesNothing_data() { test::TestDatabase::addBackendRows(); }
    void secondRunWritesNothing()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        Seed seed(*database);
        seed.setting("extraction.dir", tmp.path());
        const qint64 r1 = seed.recipient("anna@example.com", "+39 1", "Anna", "Rossi", "Via Roma 1",
                                         "00100", "Roma");
        seed.recipient("bruno@example.com", "+39 2", "Bruno", "Bianchi", "Via Po 2", "10100",
                       "Torino", "IT", 1);
        const qint64 mail = seed.delivery(seed.plain, "Mail", "email", "targeting_pending", "");
        const qint64 letter = seed.delivery(seed.approved, "Letter", "direct_mail",
                                            "targeting_pending", "", 0, seed.service);
        const qint64 bad = seed.delivery(seed.plain, "Bad", "sms", "targeting_pending", "x =");
        const qint64 extracted = seed.delivery(seed.plain, "Extracted", "direct_mail",
                                               "extraction_pending", "", 0, seed.service);
        seed.target(extracted, {r1});
        seed.delivery(seed.plain, "No service", "direct_mail", "extraction_pending");
        seed.job("targeting", mail, kNow - 3 * kMinute);
        seed.job("targeting", letter, kNow - 2 * kMinute);
        seed.job("targeting", bad, kNow - kMinute);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));

        const engine::RunOutcome first = runOperation(database, kNow);
        QVERIFY2(first.succeeded(), qPrintable(first.error));
        QCOMPARE(first.items, 2 + 5);
        QCOMPARE(first.warnings, 2); // the bad filter, the missing service
        const auto before = dumpOperationTables(*database);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
        const QString file =
            scalarText(*database, "SELECT extraction_file FROM delivery WHERE id = ?", {extracted});
        const QDateTime written = QFileInfo(file).lastModified();
        QVERIFY(written.isValid());

        const engine::RunOutcome second = runOperation(database, kNow + 15 * kMinute);
        QVERIFY2(second.succeeded(), qPrintable(second.error));
        QCOMPARE(second.items, 0);
        QCOMPARE(second.warnings, 0);
        const auto after = dumpOperationTables(*database);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QCOMPARE(QFileInfo(file).lastModified(), written);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    // The event helper: one row per delivery and reason, counted.
    void deliveryEvents_data() { test::TestDatabase::addBackendRows(); }
    void deliveryEvents()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 one = seed.delivery(seed.plain, "One", "email", "being_edited");
        const qint64 two = seed.delivery(seed.plain, "Two", "sms", "being_edited");
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QSqlDatabase db = database->connection();
        using delivery::DeliveryEvents;
        QVERIFY(
            DeliveryEvents::record(db, one, "Checked", "first", kNow, {"deliveryMgt", {}}).ok());
        QVERIFY(DeliveryEvents::record(db, one, "Checked", "second", kNow + 60,
                                       {"deliveryMgt", std::nullopt})
                    .ok());
        QCOMPARE(
            eventsOf(*database, one),
            QStringList{QString("Checked|2|%1|%2|deliveryMgt|second").arg(kNow).arg(kNow + 60)});

        auto each = DeliveryEvents::recordEach(
            db, "Checked",
            "SELECT id AS delivery_id, 'label ' || label AS message FROM delivery "
            "WHERE campaign_id = ? ORDER BY id",
            {seed.plain}, kNow + 120, {"stockMgt", std::nullopt});
        QVERIFY2(each.ok(), qPrintable(each.errorMessage()));
        QCOMPARE(each.value(), 2);
        QCOMPARE(
            eventsOf(*database, one),
            QStringList{QString("Checked|3|%1|%2|stockMgt|label One").arg(kNow).arg(kNow + 120)});
        QCOMPARE(eventsOf(*database, two),
                 QStringList{QString("Checked|1|%1|%1|stockMgt|label Two").arg(kNow + 120)});
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM delivery_event"), 2);
    }

    // A crash between two units: the next run completes the work, and the
    // result is that of one uninterrupted run.
    void crashBetweenUnits_data() { test::TestDatabase::addBackendRows(); }
    void crashBetweenUnits()
    {
        QFETCH(QString, backend);
        if (qEnvironmentVariableIsEmpty("CAMPAGNA_CTL"))
            QSKIP("CAMPAGNA_CTL is not set (run the test through CTest)");
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        CAMPAGNA_OPEN_DATABASE(reference, backend, true, kNow);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (const auto &db : {database, reference}) {
            Seed seed(*db);
            seed.setting("extraction.dir", tmp.path());
            const qint64 r1 = seed.recipient("anna@example.com", "+39 1", "Anna", "Rossi",
                                             "Via Roma 1", "00100", "Roma");
            const qint64 mail = seed.delivery(seed.plain, "Mail", "email", "targeting_pending", "");
            const qint64 sms =
                seed.delivery(seed.approved, "SMS", "sms", "targeting_pending", "", 1);
            const qint64 letter = seed.delivery(seed.plain, "Letter", "direct_mail",
                                                "extraction_pending", "", 0, seed.service);
            seed.target(letter, {r1});
            seed.job("targeting", mail, kNow - 2 * kMinute);
            seed.job("targeting", sms, kNow - kMinute);
            QVERIFY2(seed.ok(), qPrintable(seed.error()));
        }
        const QString now = isoNow(kNow);

        const test::CtlResult uninterrupted = test::runCtl(
            {"--db", reference->url().toString(), "--now", now, "run", "operationMgt"});
        if (uninterrupted.code != 0 && uninterrupted.err.contains("not available"))
            QSKIP("campagnactl does not run operationMgt yet (not registered)");
        QVERIFY2(uninterrupted.code == 0, qPrintable(uninterrupted.describe()));

        // Killed after unit 2: the extraction request is in, no job has run.
        QProcessEnvironment fault;
        fault.insert("CAMPAGNA_FAULT_KILL_AFTER_UNITS", "2");
        const test::CtlResult killed = test::runCtl(
            {"--db", database->url().toString(), "--now", now, "run", "operationMgt"}, fault);
        QVERIFY2(killed.code == -1, qPrintable(killed.describe()));
        QCOMPARE(
            column(*database, "SELECT kind || '|' || status || '|' || CAST(attempts AS TEXT) "
                              "FROM operation_job ORDER BY id"),
            QStringList({"targeting|pending|0", "targeting|pending|0", "extraction|pending|0"}));
        QCOMPARE(
            scalarInt(*database, "SELECT COUNT(*) FROM delivery WHERE analyzed_at IS NOT NULL"), 0);

        QVERIFY(Sql::exec(database->connection(),
                          "UPDATE workflow SET lease_until = 0 WHERE name = 'operationMgt'")
                    .ok());
        const test::CtlResult resumed =
            test::runCtl({"--db", database->url().toString(), "--now", now, "run", "operationMgt"});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.describe()));
        QCOMPARE(scalarInt(*database,
                           "SELECT COUNT(*) FROM workflow_run WHERE workflow = 'operationMgt' "
                           "AND status = 'lost'"),
                 1);

        const auto expected = dumpOperationTables(*reference);
        const auto got = dumpOperationTables(*database);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(got.value(it.key()), it.value());
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM operation_job WHERE status = 'done'"),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestOperationWorkflow)
#include "tst_operationworkflow.moc"
