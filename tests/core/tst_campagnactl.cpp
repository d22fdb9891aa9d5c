#include "databuilder.h"
#include "db/sql.h"
#include "testdatabase.h"
#include "workflows/workflowcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

// The permission bits of `path`, or -1.
int modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
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

    // Commands that read or run never create the database: only init does
    // (10. Hardening). They fail naming the file and how to create it.
    void readingCommandsCreateNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("status") << QStringList{"status"};
        QTest::newRow("status --json") << QStringList{"--json", "status"};
        QTest::newRow("log") << QStringList{"log", "budgetMgt"};
        QTest::newRow("log --run") << QStringList{"log", "stockMgt", "--run", "1"};
        QTest::newRow("run") << QStringList{"run", "budgetMgt"};
        QTest::newRow("demo") << QStringList{"demo"};
        QTest::newRow("diagnose") << QStringList{"diagnose", "1"};
    }

    void readingCommandsCreateNothing()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("never created.sqlite");
        const QString url = campagna::db::DatabaseUrl::sqliteFile(path).toString();
        const Ctl result = ctl(QStringList{"--lang", "en", "--db", url} + command);
        CTL_EXPECT(result, 2);
        QVERIFY2(result.err.contains(path) && result.err.contains("does not exist") &&
                     result.err.contains("campagnactl --db '" + url + "' init"),
                 qPrintable(result.err));
        if (command.contains("--json"))
            QVERIFY(result.json().value("error").toString().contains(path));
        // Nothing at all: no file, no -wal, -shm or -journal.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());

        // init creates it, private to its owner.
        CTL_EXPECT(ctl({"--db", url, "init"}), 0);
        QCOMPARE(modeOf(path), 0600);
        for (const char *suffix : {"-wal", "-shm"}) {
            if (QFileInfo::exists(path + suffix))
                QCOMPARE(modeOf(path + suffix), 0600);
        }
        // Then the command works on it.
        if (command.first() == "status" || command.contains("--json"))
            CTL_EXPECT(ctl(QStringList{"--db", url} + command), 0);
    }

    // A password in --db: badly escaped, spelled otherwise, after an '&'.
    // Refused; a warning that the command line shows it; and nothing of it
    // on stdout or stderr.
    void passwordsInBadUrlsAreNotShown_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("unescaped slash") << "postgresql://alice:Zq8/Kv7@h/db";
        QTest::newRow("unescaped question mark") << "postgresql://alice:Zq8?Kv7@h/db";
        QTest::newRow("unescaped at sign") << "postgresql://alice:Zq8@Kv7@h/db";
        QTest::newRow("digits then slash") << "postgresql://alice:123/Zq8Kv7@h/db";
        QTest::newRow("Password capitalised") << "postgresql://alice@h/db?Password=Zq8Kv7";
        QTest::newRow("encoded space") << "postgresql://alice@h/db?password%20=Zq8Kv7";
        QTest::newRow("ampersand in the password") << "postgresql://alice@h/db?password=Zq8&Kv7";
        QTest::newRow("unknown scheme") << "mysql://alice:Zq8Kv7@h/db";
    }

    void passwordsInBadUrlsAreNotShown()
    {
        QFETCH(QString, url);
        for (const QStringList &extra : {QStringList{}, QStringList{"--json"}}) {
            const Ctl result = ctl(QStringList{"--lang", "en", "--db", url} + extra +
                                   QStringList{"status"});
            CTL_EXPECT(result, 2);
            QVERIFY2(result.err.contains("PGPASSWORD") && result.err.contains("(ps)"),
                     qPrintable(result.err));
            for (const char *piece : {"Zq8", "Kv7"}) {
                QVERIFY2(!result.err.contains(piece), qPrintable(result.err));
                QVERIFY2(!result.out.contains(piece), qPrintable(result.out));
            }
        }
    }

    // A good URL with a password works (the test server trusts its users),
    // warns, and never prints the password.
    void passwordInDbWarns()
    {
        if (campagna::test::TestDatabase::mayNotRun("postgresql"))
            QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");
        const auto fresh = campagna::test::TestDatabase::freshUrl("postgresql");
        QVERIFY2(fresh.has_value(), qPrintable(campagna::test::TestDatabase::lastError()));
        const QString plain = fresh->toString();
        QVERIFY(plain.startsWith("postgresql://postgres@"));
        QString withPassword = plain;
        withPassword.replace("postgresql://postgres@", "postgresql://postgres:Zq8%2FKv7@");
        for (const QStringList &command :
             {QStringList{"init"}, QStringList{"--json", "init"}, QStringList{"status"},
              QStringList{"--json", "status"}, QStringList{"log", "budgetMgt"}}) {
            const Ctl result = ctl(QStringList{"--lang", "en", "--db", withPassword} + command);
            CTL_EXPECT(result, 0);
            QVERIFY2(result.err.contains("PGPASSWORD") && result.err.contains("(ps)"),
                     qPrintable(result.err));
            for (const char *piece : {"Zq8", "Kv7"}) {
                QVERIFY2(!result.err.contains(piece), qPrintable(result.err));
                QVERIFY2(!result.out.contains(piece), qPrintable(result.out));
            }
        }
        // The same URL without the password: no warning.
        const Ctl quiet = ctl({"--lang", "en", "--db", plain, "status"});
        CTL_EXPECT(quiet, 0);
        QVERIFY2(!quiet.err.contains("PGPASSWORD"), qPrintable(quiet.err));
        // In CAMPAGNA_DB (not on the command line): no warning either.
        QProcessEnvironment env;
        env.insert("CAMPAGNA_DB", withPassword);
        const Ctl fromEnv = ctl({"--lang", "en", "status"}, env);
        CTL_EXPECT(fromEnv, 0);
        QVERIFY2(!fromEnv.err.contains("(ps)") && !fromEnv.err.contains("Zq8"),
                 qPrintable(fromEnv.err));
    }

    // A password file readable by group or others is ignored with a
    // warning, as libpq does; a private one is read quietly.
    void openPasswordFileWarns()
    {
        if (campagna::test::TestDatabase::mayNotRun("postgresql"))
            QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");
        auto database = campagna::test::TestDatabase::create("postgresql");
        QVERIFY2(database, qPrintable(campagna::test::TestDatabase::lastError()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pgpass = dir.filePath("pgpass");
        {
            QFile file(pgpass);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("*:*:*:*:Zq8Kv7\n");
        }
        QProcessEnvironment env;
        env.insert("PGPASSFILE", pgpass);
        env.insert("PGPASSWORD", "");
        for (const int mode : {0644, 0640, 0600}) {
            QVERIFY(::chmod(QFile::encodeName(pgpass).constData(), mode_t(mode)) == 0);
            const Ctl result =
                ctl({"--lang", "en", "--db", database->url().toString(), "status"}, env);
            CTL_EXPECT(result, 0);
            const bool warned = result.err.contains("The password file " + pgpass +
                                                    " is ignored") &&
                                result.err.contains("chmod 0600 " + pgpass);
            QVERIFY2(warned == (mode != 0600), qPrintable(result.err));
            QVERIFY(!result.err.contains("Zq8") && !result.out.contains("Zq8"));
            QCOMPARE(modeOf(pgpass), mode);
        }
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

        // Before init: a clear refusal (SQLite: the file does not exist, and
        // still does not afterwards).
        Ctl result = ctl(db + QStringList{"status"});
        CTL_EXPECT(result, 2);
        QVERIFY2(backend == "sqlite"
                     ? result.err.contains("campagnactl --db '" + urlText(*url) + "' init")
                     : result.err.contains("campagnactl init"),
                 qPrintable(result.err));
        if (backend == "sqlite")
            QVERIFY(!QFileInfo::exists(url->filePath()));

        result = ctl(db + QStringList{"--now", "2027-01-15T09:00:00Z", "init"});
        CTL_EXPECT(result, 0);
        result = ctl(db + QStringList{"--json", "init"});
        CTL_EXPECT(result, 0);
        QCOMPARE(result.json().value("schema_version").toInt(),
                 result.json().value("previous_version").toInt());

        // status --json: every workflow of the catalog, with both labels.
        result = ctl(db + QStringList{"--json", "status"});
        CTL_EXPECT(result, 0);
        const QJsonArray workflows = result.json().value("workflows").toArray();
        QCOMPARE(workflows.size(), campagna::workflows::WorkflowCatalog::all().size());
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

        // run: a run that meets a fault fails (exit 1), says why, and pauses its
        // workflow. The fault: a table the run needs is gone.
        {
            auto database = Database::open(*url);
            QVERIFY(database.ok());
            QVERIFY(Sql::exec(database.value()->connection(), "DROP TABLE stock_alert").ok());
        }
        result =
            ctl(db + QStringList{"--json", "--now", "2027-01-15T10:00:00Z", "run", "stockMgt"});
        CTL_EXPECT(result, 1);
        QJsonObject run = result.json();
        for (const char *key :
             {"workflow", "run_id", "status", "items", "warnings", "duration_ms", "error"})
            QVERIFY2(run.contains(QLatin1String(key)), key);
        QCOMPARE(run.value("workflow").toString(), QStringLiteral("stockMgt"));
        QCOMPARE(run.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(run.value("error").toString().contains("stock_alert"),
                 qPrintable(run.value("error").toString()));
        QVERIFY(result.err.contains("stock_alert"));
        const int runId = run.value("run_id").toInt();
        QVERIFY(runId > 0);

        // The failure paused the workflow; the status shows it, with the run.
        result = ctl(db + QStringList{"--json", "status"});
        for (const auto &w : result.json().value("workflows").toArray()) {
            const QJsonObject o = w.toObject();
            if (o.value("name").toString() != "stockMgt")
                continue;
            QCOMPARE(o.value("state").toString(), QStringLiteral("paused"));
            QCOMPARE(o.value("failed").toBool(), true);
            QCOMPARE(o.value("last_run").toObject().value("id").toInt(), runId);
            QCOMPARE(o.value("last_run").toObject().value("started_at").toString(),
                     QStringLiteral("2027-01-15T10:00:00Z"));
            QCOMPARE(o.value("last_run").toObject().value("trigger").toString(),
                     QStringLiteral("cli"));
        }

        // log: the run's lines end with the error, the pause, and no supervisor
        // to tell (no group in this database).
        result =
            ctl(db + QStringList{"--json", "log", "stockMgt", "--run", QString::number(runId)});
        CTL_EXPECT(result, 0);
        const QJsonArray lines = result.json().value("lines").toArray();
        QVERIFY(lines.size() >= 3);
        const QJsonObject error = lines.at(lines.size() - 3).toObject();
        QCOMPARE(error.value("level").toString(), QStringLiteral("error"));
        QVERIFY(error.value("message").toString().contains("stock_alert"));
        QCOMPARE(error.value("at").toString(), QStringLiteral("2027-01-15T10:00:00Z"));
        QCOMPARE(lines.at(lines.size() - 2).toObject().value("level").toString(),
                 QStringLiteral("warning"));
        QVERIFY(
            lines.at(lines.size() - 2).toObject().value("message").toString().contains("paused"));
        QVERIFY(
            lines.last().toObject().value("message").toString().contains("workflow-supervisors"));
        result = ctl(db + QStringList{"log", "stockMgt", "--run", "999999"});
        CTL_EXPECT(result, 2);
        result = ctl(db + QStringList{"log", "stockMgt", "--limit", "0"});
        CTL_EXPECT(result, 2);

        // The lease held by another owner: exit 3, nothing recorded.
        {
            auto database = Database::open(*url);
            QVERIFY(database.ok());
            QVERIFY(Sql::exec(database.value()->connection(),
                              "UPDATE workflow SET lease_owner = 'console on pc-42', lease_until = "
                              "99999999999 WHERE name = 'budgetMgt'")
                        .ok());
        }
        result = ctl(db + QStringList{"run", "budgetMgt"});
        CTL_EXPECT(result, 3);
        QVERIFY2(result.err.contains("console on pc-42"), qPrintable(result.err));

        // Rights: an operator who is not an administrator is refused.
        {
            auto database = Database::open(*url);
            QVERIFY(database.ok());
            campagna::test::DataBuilder data(*database.value());
            data.addOperator({.name = "intern", .isAdmin = 0});
            data.addOperator({.name = "boss", .isAdmin = 1});
            QVERIFY2(data.ok(), qPrintable(data.error()));
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
        result = ctl(db + QStringList{"--json", "log", "stockMgt"});
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
        // The four started workflows ran, on an empty database, and succeeded.
        QCOMPARE(Sql::scalar(database->connection(),
                             "SELECT count(*) FROM workflow_run WHERE trigger = 'schedule' "
                             "AND status = 'succeeded'")
                     .value()
                     ->toInt(),
                 4);
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
        // Operators 1 (mara, the manager) and 2, deliveries 1 to 3.
        campagna::test::DataBuilder data(*database);
        const qint64 mara = data.addOperator({.name = "mara", .isAdmin = 0});
        data.addOperator({.name = "intern", .isAdmin = 0});
        const qint64 spring = data.addCampaign({.label = "Spring", .manager = mara});
        data.addDelivery({.campaign = spring,
                          .label = "Newsletter",
                          .channel = "email",
                          .status = "being_edited"});
        const qint64 reminder = data.addDelivery(
            {.campaign = spring, .label = "Reminder", .channel = "email", .status = "to_validate"});
        data.addDelivery({.campaign = spring,
                          .label = "Leaflet",
                          .channel = "direct_mail",
                          .status = "in_progress"});
        data.addApproval({.delivery = reminder,
                          .kind = "content",
                          .status = "rejected",
                          .submittedAt = 1,
                          .decidedBy = mara,
                          .comment = "Typo in the subject"});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QStringList db{
            "--lang", "en", "--db", database->url().toString(), "--now", "2027-01-15T09:00:00Z"};
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

    // approval decide, delivery confirm and finish, diagnose: exit codes and JSON.
    void deliveryCommands_data() { campagna::test::TestDatabase::addBackendRows(); }
    void deliveryCommands()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend);
        for (const char *sql :
             {"INSERT INTO operator (id, name, is_admin) VALUES (1, 'mara', 0), (2, 'rev', 0), "
              "(3, 'other', 0)",
              "INSERT INTO campaign (id, label, manager_id) VALUES (1, 'Spring', 1)",
              "INSERT INTO delivery (id, campaign_id, label, channel, status, to_send_count, "
              "confirm_required) VALUES (1, 1, 'Newsletter', 'email', 'to_validate', 100, 1), "
              "(2, 1, 'Push', 'sms', 'pending_confirmation', 50, 1), "
              "(3, 1, 'Sent', 'email', 'in_progress', 80, 0)",
              "INSERT INTO approval (id, delivery_id, kind, status, reviewer_operator_id, "
              "submitted_at) VALUES (7, 1, 'content', 'pending', 2, 1800000000)"})
            QVERIFY(Sql::exec(database->connection(), QString::fromUtf8(sql)).ok());
        const QStringList db{
            "--lang", "en", "--db", database->url().toString(), "--now", "2027-01-15T09:00:00Z"};
        auto value = [&](const char *sql) {
            return Sql::scalar(database->connection(), QString::fromUtf8(sql)).value()->toString();
        };

        Ctl result = ctl(db + QStringList{"approval", "decide", "7", "approve", "--by", "other"});
        CTL_EXPECT(result, 1);
        QVERIFY2(result.err.contains("rev"), qPrintable(result.err));
        result = ctl(db + QStringList{"--json", "approval", "decide", "7", "approve", "--by", "rev",
                                      "--comment", "Looks good"});
        CTL_EXPECT(result, 0);
        QCOMPARE(result.json().value("status").toString(), QStringLiteral("approved"));
        QCOMPARE(value("SELECT status || ' ' || CAST(decided_by AS TEXT) || ' ' || comment || ' ' "
                       "|| CAST(decided_at AS TEXT) FROM approval WHERE id = 7"),
                 QStringLiteral("approved 2 Looks good 1800003600"));
        // The first decision wins.
        result = ctl(db + QStringList{"approval", "decide", "7", "reject", "--by", "rev"});
        CTL_EXPECT(result, 1);
        QVERIFY2(result.err.contains("first decision wins"), qPrintable(result.err));
        QCOMPARE(value("SELECT status FROM approval WHERE id = 7"), QStringLiteral("approved"));
        CTL_EXPECT(ctl(db + QStringList{"approval", "decide", "999", "approve"}), 2);
        CTL_EXPECT(ctl(db + QStringList{"approval", "decide", "7", "maybe"}), 2);

        result = ctl(db + QStringList{"delivery", "confirm", "1"});
        CTL_EXPECT(result, 1);
        QVERIFY2(result.err.contains("to_validate"), qPrintable(result.err));
        result = ctl(db + QStringList{"--json", "delivery", "confirm", "2"});
        CTL_EXPECT(result, 0);
        QCOMPARE(result.json().value("status").toString(), QStringLiteral("start_pending"));
        CTL_EXPECT(ctl(db + QStringList{"delivery", "finish", "3"}), 2);
        CTL_EXPECT(ctl(db + QStringList{"delivery", "finish", "3", "--sent", "-5"}), 2);
        result = ctl(db + QStringList{"delivery", "finish", "3", "--sent", "78"});
        CTL_EXPECT(result, 0);
        QCOMPARE(
            value("SELECT status || ' ' || CAST(sent_count AS TEXT) FROM delivery WHERE id = 3"),
            QStringLiteral("finished 78"));

        result = ctl(db + QStringList{"--json", "diagnose", "1"});
        CTL_EXPECT(result, 0);
        const QJsonObject report = result.json();
        QCOMPARE(report.value("delivery_id").toInt(), 1);
        QCOMPARE(report.value("status").toString(), QStringLiteral("to_validate"));
        QVERIFY(report.contains("stalled"));
        const QJsonArray checks = report.value("checks").toArray();
        QVERIFY(checks.size() >= 10);
        QCOMPARE(checks.first().toObject().value("check").toString(),
                 QStringLiteral("WorkflowRunning"));
        for (const auto &check : checks)
            for (const char *key : {"check", "result", "reason", "message"})
                QVERIFY2(check.toObject().contains(QLatin1String(key)), key);
        result = ctl(db + QStringList{"diagnose", "1"});
        CTL_EXPECT(result, 0);
        QVERIFY(result.out.contains("WorkflowRunning"));
        CTL_EXPECT(ctl(db + QStringList{"diagnose", "424242"}), 2);
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
