#include "db/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using campagna::db::Database;
using campagna::db::Sql;

namespace {

struct Ctl
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs the real campagnactl (path from CTest) with `args`.
Ctl ctl(const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAMPAGNA_DB"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CAMPAGNA_CTL"), args);
    Ctl result;
    if (!process.waitForFinished(120000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString urlText(const campagna::db::DatabaseUrl &url)
{
    return url.toString();
}

} // namespace

#define CTL_EXPECT(result, expectedCode)                                                           \
    QVERIFY2((result).code == (expectedCode),                                                      \
             qPrintable(QStringLiteral("exit %1, stdout: %2, stderr: %3")                          \
                            .arg((result).code)                                                    \
                            .arg((result).out, (result).err)))

class TestCampagnactl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CAMPAGNA_CTL")),
                 "CAMPAGNA_CTL must name the campagnactl binary (CTest sets it)");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command")
            << QStringList{"--db", "sqlite:/tmp/never-created.sqlite"} << "No command";
        QTest::newRow("unknown command")
            << QStringList{"--db", "sqlite:/tmp/x.sqlite", "frobnicate"} << "Unknown command";
        QTest::newRow("unknown option") << QStringList{"--colour", "status"} << "colour";
        QTest::newRow("malformed URL")
            << QStringList{"--db", "postgresql://u:secret@h:99999/d", "status"} << "malformed";
        QTest::newRow("unsupported URL")
            << QStringList{"--db", "oracle://x", "status"} << "Unsupported";
        QTest::newRow("unknown workflow")
            << QStringList{"--db", "sqlite:/tmp/x.sqlite", "run", "mailMgt"} << "mailMgt";
        QTest::newRow("missing workflow")
            << QStringList{"--db", "sqlite:/tmp/x.sqlite", "start"} << "WORKFLOW";
        QTest::newRow("bad --now") << QStringList{"--now", "yesterday", "status"} << "--now";
        QTest::newRow("bad --lang") << QStringList{"--lang", "fr", "status"} << "fr";
        QTest::newRow("missing folder")
            << QStringList{"--db", "sqlite:/nonexistent/dir/x.sqlite", "init"} << "does not exist";
        QTest::newRow("unreachable server")
            << QStringList{"--db",
                           "postgresql://u@/db?host=/nonexistent-socket-dir&connect_timeout=2",
                           "status"}
            << "Cannot connect";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Ctl result = ctl(QStringList{"--lang", "en"} + args);
        CTL_EXPECT(result, 2);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QVERIFY(!result.err.contains("secret"));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("notes.sqlite");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Ctl result = ctl({"--lang", "en", "--db", "sqlite:" + path, "status"});
        CTL_EXPECT(result, 2);
        QVERIFY2(result.err.contains("not a Campagna database"), qPrintable(result.err));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x'));
    }

    void endToEnd_data() { campagna::test::TestDatabase::addBackendRows(); }
    void endToEnd()
    {
        QFETCH(QString, backend);
        if (campagna::test::TestDatabase::mayNotRun(backend))
            QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");
        const auto url = campagna::test::TestDatabase::freshUrl(backend);
        QVERIFY2(url.has_value(), qPrintable(campagna::test::TestDatabase::lastError()));
        const QStringList db{"--lang", "en", "--db", urlText(*url)};

        // Before init: a clear refusal.
        Ctl result = ctl(db + QStringList{"status"});
        CTL_EXPECT(result, 2);
        QVERIFY(result.err.contains("campagnactl init"));

        result = ctl(db + QStringList{"--now", "2027-01-15T09:00:00Z", "init"});
        CTL_EXPECT(result, 0);
        result = ctl(db + QStringList{"--json", "init"});
        CTL_EXPECT(result, 0);
        QCOMPARE(result.json().value("schema_version").toInt(),
                 result.json().value("previous_version").toInt());

        // status --json: the five workflows with both labels.
        result = ctl(db + QStringList{"--json", "status"});
        CTL_EXPECT(result, 0);
        const QJsonArray workflows = result.json().value("workflows").toArray();
        QCOMPARE(workflows.size(), 5);
        QHash<QString, QJsonObject> byName;
        for (const auto &w : workflows)
            byName.insert(w.toObject().value("name").toString(), w.toObject());
        QCOMPARE(byName.value("budgetMgt").value("label_en").toString(),
                 QStringLiteral("Cost calculation"));
        QCOMPARE(byName.value("budgetMgt").value("label_it").toString(),
                 QStringLiteral("Calcolo costi"));
        QCOMPARE(byName.value("supplierMgt").value("label_it").toString(),
                 QStringLiteral("Processi relativi ai fornitori di servizi"));
        QCOMPARE(byName.value("stockMgt").value("schedule").toString(),
                 QStringLiteral("daily 09:00"));
        QCOMPARE(byName.value("operationMgt").value("state").toString(), QStringLiteral("started"));
        QCOMPARE(byName.value("deliveryMgt").value("next_run_at").toString(),
                 QStringLiteral("2027-01-15T09:00:00Z"));
        QVERIFY(byName.value("deliveryMgt").value("last_run").isNull());

        // Human status names both labels too.
        result = ctl(db + QStringList{"status"});
        CTL_EXPECT(result, 0);
        QVERIFY(result.out.contains(
            "Jobs on deliveries in campaigns / Processi sulle consegne nelle campagne"));

        // State commands, with the alias of supplierMgt.
        result = ctl(db + QStringList{"--json", "pause", "fornitoreMgt"});
        CTL_EXPECT(result, 0);
        QCOMPARE(result.json().value("workflow").toString(), QStringLiteral("supplierMgt"));
        QCOMPARE(result.json().value("state").toString(), QStringLiteral("paused"));
        result = ctl(db + QStringList{"status"});
        QVERIFY(result.out.contains("Campaign processing is halted"));
        CTL_EXPECT(ctl(db + QStringList{"stop", "budgetMgt"}), 0);
        CTL_EXPECT(ctl(db + QStringList{"start", "supplierMgt"}), 0);
        CTL_EXPECT(ctl(db + QStringList{"start", "budgetMgt"}), 0);
        result = ctl(db + QStringList{"status"});
        QVERIFY(!result.out.contains("Campaign processing is halted"));

        // run: deliveryMgt's processing is not built yet, and says so (exit 1).
        result =
            ctl(db + QStringList{"--json", "--now", "2027-01-15T10:00:00Z", "run", "deliveryMgt"});
        CTL_EXPECT(result, 1);
        QJsonObject run = result.json();
        for (const char *key :
             {"workflow", "run_id", "status", "items", "warnings", "duration_ms", "error"})
            QVERIFY2(run.contains(QLatin1String(key)), key);
        QCOMPARE(run.value("workflow").toString(), QStringLiteral("deliveryMgt"));
        QCOMPARE(run.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(run.value("error").toString().contains("not available yet"));
        QVERIFY(result.err.contains("not available yet"));
        const int runId = run.value("run_id").toInt();
        QVERIFY(runId > 0);

        // The failure paused the workflow; the status shows it, with the run.
        result = ctl(db + QStringList{"--json", "status"});
        for (const auto &w : result.json().value("workflows").toArray()) {
            const QJsonObject o = w.toObject();
            if (o.value("name").toString() != "deliveryMgt")
                continue;
            QCOMPARE(o.value("state").toString(), QStringLiteral("paused"));
            QCOMPARE(o.value("failed").toBool(), true);
            QCOMPARE(o.value("last_run").toObject().value("id").toInt(), runId);
            QCOMPARE(o.value("last_run").toObject().value("started_at").toString(),
                     QStringLiteral("2027-01-15T10:00:00Z"));
            QCOMPARE(o.value("last_run").toObject().value("trigger").toString(),
                     QStringLiteral("cli"));
        }

        // log: the run's error line, as JSON and as text.
        result =
            ctl(db + QStringList{"--json", "log", "deliveryMgt", "--run", QString::number(runId)});
        CTL_EXPECT(result, 0);
        const QJsonArray lines = result.json().value("lines").toArray();
        QVERIFY(!lines.isEmpty());
        // The error, the pause, and no supervisor to tell (no group in this database).
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).toObject().value("level").toString(), QStringLiteral("error"));
        QVERIFY(lines.at(0).toObject().value("message").toString().contains("not available yet"));
        QCOMPARE(lines.at(0).toObject().value("at").toString(),
                 QStringLiteral("2027-01-15T10:00:00Z"));
        QCOMPARE(lines.at(1).toObject().value("level").toString(), QStringLiteral("warning"));
        QVERIFY(lines.at(1).toObject().value("message").toString().contains("paused"));
        QVERIFY(
            lines.at(2).toObject().value("message").toString().contains("workflow-supervisors"));
        result = ctl(db + QStringList{"log", "deliveryMgt", "--run", "999999"});
        CTL_EXPECT(result, 2);
        result = ctl(db + QStringList{"log", "deliveryMgt", "--limit", "0"});
        CTL_EXPECT(result, 2);

        // The lease held by another owner: exit 3, nothing recorded.
        {
            auto database = Database::open(*url);
            QVERIFY(database.ok());
            QVERIFY(Sql::exec(database.value()->connection(),
                              "UPDATE workflow SET lease_owner = 'console on pc-42', lease_until = "
                              "99999999999 "
                              "WHERE name = 'stockMgt'")
                        .ok());
        }
        result = ctl(db + QStringList{"run", "stockMgt"});
        CTL_EXPECT(result, 3);
        QVERIFY2(result.err.contains("console on pc-42"), qPrintable(result.err));

        // Rights: an operator who is not an administrator is refused.
        {
            auto database = Database::open(*url);
            QVERIFY(database.ok());
            QVERIFY(
                Sql::exec(database.value()->connection(),
                          "INSERT INTO operator (name, is_admin) VALUES ('intern', 0), ('boss', 1)")
                    .ok());
        }
        result = ctl(db + QStringList{"--as", "intern", "pause", "operationMgt"});
        CTL_EXPECT(result, 1);
        QVERIFY2(result.err.contains("boss"), qPrintable(result.err));
        result = ctl(db + QStringList{"--as", "nobody", "pause", "operationMgt"});
        CTL_EXPECT(result, 2);
        result = ctl(db + QStringList{"--json", "status"});
        for (const auto &w : result.json().value("workflows").toArray()) {
            if (w.toObject().value("name").toString() == "operationMgt")
                QCOMPARE(w.toObject().value("state").toString(), QStringLiteral("started"));
        }

        // Purging the journal.
        result = ctl(db + QStringList{"--json", "log", "--purge-before", "2030-01-01"});
        CTL_EXPECT(result, 0);
        QVERIFY(result.json().value("purged").toInt() >= 1);
        result = ctl(db + QStringList{"--json", "log", "deliveryMgt"});
        QCOMPARE(result.json().value("lines").toArray().size(), 0);
    }

    void refusesANewerSchema_data() { campagna::test::TestDatabase::addBackendRows(); }
    void refusesANewerSchema()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend);
        QVERIFY(Sql::exec(database->connection(), "UPDATE schema_version SET version = 9999").ok());
        const Ctl result = ctl({"--lang", "en", "--db", database->url().toString(), "status"});
        CTL_EXPECT(result, 2);
        QVERIFY2(result.err.contains("9999") && result.err.contains("newer"),
                 qPrintable(result.err));
        const Ctl init = ctl({"--db", database->url().toString(), "init"});
        CTL_EXPECT(init, 2);
    }

    void demoData_data() { campagna::test::TestDatabase::addBackendRows(); }
    void demoData()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend);
        const QStringList db{"--lang", "en", "--db", database->url().toString()};
        Ctl result =
            ctl(db + QStringList{"--json", "--now", "2027-01-15T09:00:00Z", "demo", "--seed", "7"});
        CTL_EXPECT(result, 0);
        QCOMPARE(result.json().value("rows").toObject().value("recipient").toInt(), 10000);
        QCOMPARE(
            Sql::scalar(database->connection(), "SELECT count(*) FROM recipient").value()->toInt(),
            10000);
        // A second load is refused and changes nothing.
        result = ctl(db + QStringList{"demo"});
        CTL_EXPECT(result, 2);
        QCOMPARE(
            Sql::scalar(database->connection(), "SELECT count(*) FROM recipient").value()->toInt(),
            10000);
        result = ctl(db + QStringList{"demo", "--scale", "0"});
        CTL_EXPECT(result, 2);
    }

    // serve runs the due workflows, then stops cleanly on SIGTERM.
    void serveRunsDueWorkflowsAndStopsCleanly_data()
    {
        campagna::test::TestDatabase::addBackendRows();
    }
    void serveRunsDueWorkflowsAndStopsCleanly()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend);
        QVERIFY(Sql::exec(database->connection(),
                          "UPDATE workflow SET state = 'stopped' WHERE name = 'stockMgt'")
                    .ok());
        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        serve.setProcessEnvironment(env);
        serve.start(qEnvironmentVariable("CAMPAGNA_CTL"),
                    {"--lang", "en", "--db", database->url().toString(), "--now",
                     "2030-01-01T00:00:00Z", "serve"});
        QVERIFY(serve.waitForStarted());
        auto finishedRuns = [&] {
            auto count = Sql::scalar(database->connection(),
                                     "SELECT count(*) FROM workflow_run WHERE status <> 'running'");
            return count.ok() && count.value() ? count.value()->toInt() : -1;
        };
        // The four started workflows are due (next_run_at is in the past).
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), 4, 30000);
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        const QString out = QString::fromUtf8(serve.readAllStandardOutput());
        QVERIFY2(out.contains("Stopped cleanly"), qPrintable(out));
        QVERIFY2(out.contains("budgetMgt: run"), qPrintable(out));
        // budgetMgt and operationMgt ran (on an empty database); the two not
        // built yet failed.
        QCOMPARE(Sql::scalar(database->connection(),
                             "SELECT count(*) FROM workflow_run WHERE trigger = 'schedule' "
                             "AND status = 'failed'")
                     .value()
                     ->toInt(),
                 2);
        QCOMPARE(Sql::scalar(database->connection(),
                             "SELECT count(*) FROM workflow_run WHERE status = 'succeeded' AND "
                             "workflow IN ('budgetMgt', 'operationMgt')")
                     .value()
                     ->toInt(),
                 2);
        QCOMPARE(Sql::scalar(database->connection(),
                             "SELECT count(*) FROM workflow_run WHERE workflow = 'stockMgt'")
                     .value()
                     ->toInt(),
                 0);
        QCOMPARE(Sql::scalar(database->connection(),
                             "SELECT count(*) FROM workflow WHERE lease_owner IS NOT NULL")
                     .value()
                     ->toInt(),
                 0);
    }

    void deliverySubmit_data() { campagna::test::TestDatabase::addBackendRows(); }
    void deliverySubmit()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend);
        for (const char *sql : {
                 "INSERT INTO operator (id, name, is_admin) VALUES (1, 'mara', 0), (2, 'intern', 0)",
                 "INSERT INTO campaign (id, label, manager_id) VALUES (1, 'Spring', 1)",
                 "INSERT INTO delivery (id, campaign_id, label, channel, status) VALUES "
                 "(1, 1, 'Newsletter', 'email', 'being_edited'), (2, 1, 'Reminder', 'email', "
                 "'to_validate'), (3, 1, 'Leaflet', 'direct_mail', 'in_progress')",
                 "INSERT INTO approval (delivery_id, kind, status, submitted_at, decided_by, "
                 "comment) VALUES (2, 'content', 'rejected', 1, 1, 'Typo in the subject')"})
            QVERIFY(Sql::exec(database->connection(), QString::fromUtf8(sql)).ok());
        const QStringList db{"--lang", "en", "--db", database->url().toString(), "--now",
                             "2027-01-15T09:00:00Z"};
        auto jobs = [&] {
            return Sql::scalar(database->connection(), "SELECT count(*) FROM operation_job")
                .value()
                ->toInt();
        };

        Ctl result = ctl(db + QStringList{"--as", "intern", "delivery", "submit", "1"});
        CTL_EXPECT(result, 1);
        QVERIFY2(result.err.contains("mara"), qPrintable(result.err));
        QCOMPARE(jobs(), 0);

        result = ctl(db + QStringList{"--as", "mara", "--json", "delivery", "submit", "1"});
        CTL_EXPECT(result, 0);
        QCOMPARE(result.json().value("status").toString(), QStringLiteral("targeting_pending"));
        QCOMPARE(Sql::scalar(database->connection(), "SELECT status FROM delivery WHERE id = 1")
                     .value()
                     ->toString(),
                 QStringLiteral("targeting_pending"));
        auto job = Sql::exec(database->connection(),
                             "SELECT kind, delivery_id, status, requested_at, requested_by "
                             "FROM operation_job");
        QVERIFY(job.ok() && job->next());
        QCOMPARE(job->value(0).toString(), QStringLiteral("targeting"));
        QCOMPARE(job->value(1).toInt(), 1);
        QCOMPARE(job->value(2).toString(), QStringLiteral("pending"));
        QCOMPARE(job->value(3).toLongLong(), 1800003600);
        QCOMPARE(job->value(4).toInt(), 1);
        job->finish(); // no read snapshot left open for the counts below

        // Not being edited any more: a clear refusal, nothing queued.
        result = ctl(db + QStringList{"--as", "mara", "delivery", "submit", "1"});
        CTL_EXPECT(result, 1);
        QVERIFY2(result.err.contains("targeting_pending"), qPrintable(result.err));
        result = ctl(db + QStringList{"delivery", "submit", "3"});
        CTL_EXPECT(result, 1);
        QVERIFY2(result.err.contains("in_progress"), qPrintable(result.err));
        QCOMPARE(jobs(), 1);

        // Waiting for validation with a rejected approval: submitted again.
        result = ctl(db + QStringList{"delivery", "submit", "2"});
        CTL_EXPECT(result, 0);
        QCOMPARE(jobs(), 2);

        CTL_EXPECT(ctl(db + QStringList{"delivery", "submit", "999"}), 2);
        CTL_EXPECT(ctl(db + QStringList{"delivery", "submit", "abc"}), 2);
        CTL_EXPECT(ctl(db + QStringList{"delivery", "approve", "1"}), 2);
        QCOMPARE(jobs(), 2);
    }

    void italianMessages()
    {
        const Ctl result = ctl({"--lang", "it", "--db", "sqlite:/tmp/x.sqlite", "run", "mailMgt"});
        CTL_EXPECT(result, 2);
        QVERIFY2(result.err.contains("Flusso di lavoro sconosciuto"), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCampagnactl)
#include "tst_campagnactl.moc"
