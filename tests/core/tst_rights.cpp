// Issue [9]: the rights of spec/01-product.md enforced by the PostgreSQL
// server, and the audit trail on both databases. The attacks are the ones
// that were performed on the earlier version: plain SQL as an operator, and
// campagnactl as an operator (pause, run, serve, purge, --now).
#include "ctlprocess.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using campagna::db::Database;
using campagna::db::DatabaseUrl;
using campagna::db::Sql;
using campagna::test::CtlResult;
using campagna::test::dumpTable;
using campagna::test::runCtl;

// Runs the command once, then checks its exit code.
#define CTL_EXPECT(result, expectedCode)                                                           \
    do {                                                                                           \
        const CtlResult ran_ = (result);                                                           \
        QVERIFY2(ran_.code == (expectedCode), qPrintable(ran_.describe()));                        \
    } while (false)

namespace {

const QStringList kGuarded{"operator",   "operator_group_member", "approval", "workflow",
                           "workflow_run", "workflow_log",        "audit_event", "setting"};

// Rows every test starts from: an administrator, a campaign with a
// delivery waiting for validation and its pending approval, a delivery
// being edited, a reorder proposal, and a journal line.
void seed(const QSqlDatabase &db)
{
    for (const char *sql :
         {"INSERT INTO operator (id, name, is_admin) VALUES (1, 'boss', 1)",
          "INSERT INTO campaign (id, label, manager_id) VALUES (1, 'Spring', 1)",
          "INSERT INTO delivery (id, campaign_id, label, channel, status) VALUES "
          "(1, 1, 'Newsletter', 'email', 'to_validate'), (2, 1, 'Draft', 'email', "
          "'being_edited')",
          "INSERT INTO approval (id, delivery_id, kind, status, submitted_at) VALUES "
          "(7, 1, 'content', 'pending', 1800000000)",
          "INSERT INTO stock (id, label) VALUES (1, 'Paper')",
          "INSERT INTO stock_line (id, stock_id, label) VALUES (1, 1, 'A4')",
          "INSERT INTO stock_order (id, stock_line_id, quantity, delivery_at, status) VALUES "
          "(1, 1, 500, 1800000000, 'proposed')",
          "INSERT INTO workflow_run (id, workflow, trigger, started_at, finished_at, status) "
          "VALUES (1, 'budgetMgt', 'cli', 1700000000, 1700000001, 'succeeded')",
          "INSERT INTO workflow_log (run_id, workflow, at, level, message) VALUES "
          "(1, 'budgetMgt', 1700000000, 'info', 'old line')"}) {
        auto done = Sql::exec(db, QString::fromUtf8(sql));
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    }
    // Rows with explicit ids: PostgreSQL's identities go on after them.
    if (db.driverName() == u"QPSQL") {
        for (const char *table : {"operator", "approval", "stock_order", "workflow_run"})
            QVERIFY(Sql::exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                 "'id'), 100)")
                                      .arg(QLatin1String(table)))
                        .ok());
    }
}

QMap<QString, QStringList> snapshot(const QSqlDatabase &db)
{
    QMap<QString, QStringList> tables;
    for (const QString &table : kGuarded)
        tables.insert(table, dumpTable(db, table));
    return tables;
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {})
{
    auto value = Sql::scalar(db, sql, params);
    return value && value.value() ? value.value()->toLongLong() : -1;
}

// How many audit rows of `action` on `object` by `who`.
qint64 audited(const QSqlDatabase &db, const QString &action, const QString &object,
               const QString &who)
{
    return count(db,
                 "SELECT count(*) FROM audit_event WHERE action = ? AND "
                 "coalesce(object_id, '') = ? AND operator_name = ?",
                 {action, object, who});
}

} // namespace

class TestRights : public QObject
{
    Q_OBJECT

private:
    // Creates a login role on the private server (role names are shared by
    // the server's databases: unique per test process).
    QString createRole(const QSqlDatabase &db, const QString &base)
    {
        const QString name =
            QStringLiteral("%1_%2").arg(base).arg(QCoreApplication::applicationPid());
        auto created = Sql::exec(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
        return created ? name : QString();
    }

private slots:
    // Plain SQL as an operator: every forbidden write fails with a
    // permission error and nothing changes.
    void operatorSqlIsRefused()
    {
        CAMPAGNA_OPEN_DATABASE(database, QStringLiteral("postgresql"));
        const QSqlDatabase admin = database->connection();
        seed(admin);
        const QString op = createRole(admin, "op");
        QVERIFY(!op.isEmpty());
        const QString url = database->url().toString();
        CTL_EXPECT(runCtl({"--db", url, "operator", "add", op, "--group", "reviewers"}), 0);

        const DatabaseUrl opUrl = DatabaseUrl::postgres(
            database->url().host(), database->url().port(), database->url().databaseName(), op);
        auto opened = Database::open(opUrl);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const QSqlDatabase plain = opened.value()->connection();
        QCOMPARE(count(plain, "SELECT count(*) FROM workflow"), 5); // it may read

        const auto before = snapshot(admin);
        const QStringList attacks{
            "UPDATE operator SET is_admin = 1 WHERE name = current_user",
            "INSERT INTO operator (name, is_admin) VALUES ('evil', 1)",
            "INSERT INTO operator_group_member (group_id, operator_id) SELECT g.id, o.id FROM "
            "operator_group g, operator o WHERE o.name = current_user",
            "UPDATE approval SET status = 'approved', decided_by = 1",
            "DELETE FROM workflow_log",
            "UPDATE workflow SET state = 'stopped'",
            "INSERT INTO workflow_run (workflow, started_at, status) VALUES ('budgetMgt', 1, "
            "'running')",
            "INSERT INTO audit_event (at, operator_name, action) VALUES (1, 'boss', "
            "'workflow.stop')",
            "DELETE FROM audit_event",
            "INSERT INTO setting (key, value) VALUES ('smtp.url', 'file:///tmp/x')",
            "SELECT campagna_audit_insert(1, 1, 'boss', 'workflow.stop', 'workflow', "
            "'budgetMgt', NULL)",
            "SELECT campagna_workflow_set_state(NULL, 'budgetMgt', 'paused', NULL)",
            "SELECT campagna_workflow_set_state('boss', 'budgetMgt', 'paused', NULL)",
            "SELECT campagna_journal_purge(NULL, 2000000000, NULL)",
            "SELECT campagna_approval_decide(NULL, 7, true, NULL, NULL, NULL)",
            "SELECT campagna_operator_add(NULL, 'evil', true, NULL, NULL, NULL, NULL)",
            "SELECT campagna_operator_set(NULL, current_user, true, NULL, NULL, NULL, NULL)",
            "SELECT campagna_stock_decide(NULL, 1, true, NULL)",
            "SELECT campagna_audit_record(NULL, 'workflow.run', 'workflow', 'budgetMgt', NULL, "
            "NULL)",
        };
        for (const QString &attack : attacks) {
            auto refused = Sql::exec(plain, attack);
            QVERIFY2(!refused.ok(), qPrintable("not refused: " + attack));
            QVERIFY2(refused.errorCode() == campagna::Error::Code::Forbidden,
                     qPrintable(attack + " -> " + refused.errorMessage()));
        }
        // Role changes: neither the group roles nor the owner role.
        const QString prefix = database->url().databaseName();
        for (const QString &role : QStringList{prefix + "_admin", prefix + "_owner", prefix + "_runner"}) {
            QVERIFY(!Sql::exec(plain, QStringLiteral("GRANT %1 TO %2").arg(role, op)).ok());
            QVERIFY(!Sql::exec(plain, QStringLiteral("SET ROLE %1").arg(role)).ok());
        }
        QCOMPARE(snapshot(admin), before);
    }

    // campagnactl as an operator: pause, run, serve, purge and --now are
    // refused with the spec's message and exit code; as an administrator
    // each works and leaves exactly one audit row.
    void campagnactlRights()
    {
        CAMPAGNA_OPEN_DATABASE(database, QStringLiteral("postgresql"));
        const QSqlDatabase admin = database->connection();
        seed(admin);
        const QString op = createRole(admin, "anna");
        const QString boss = createRole(admin, "chief");
        QVERIFY(!op.isEmpty() && !boss.isEmpty());
        const QString url = database->url().toString();
        CTL_EXPECT(runCtl({"--db", url, "operator", "add", op, "--locale", "it"}), 0);
        CTL_EXPECT(runCtl({"--db", url, "operator", "add", boss, "--admin"}), 0);
        QCOMPARE(audited(admin, "operator.add", op, "postgres"), 1);
        const auto urlOf = [&](const QString &user) {
            return DatabaseUrl::postgres(database->url().host(), database->url().port(),
                                         database->url().databaseName(), user)
                .toString();
        };
        // Only deliveryMgt is due, so that serve --once runs one workflow.
        QVERIFY(Sql::exec(admin, "UPDATE workflow SET next_run_at = CASE WHEN name = "
                                 "'deliveryMgt' THEN 0 ELSE 4102444800 END")
                    .ok());

        const QStringList asOp{"--lang", "en", "--db", urlOf(op)};
        const auto before = snapshot(admin);
        struct Refusal
        {
            QStringList args;
            int code;
            QString says;
        };
        const QList<Refusal> refusals{
            {{"pause", "budgetMgt"}, 1, "only administrators"},
            {{"stop", "supplierMgt"}, 1, "only administrators"},
            {{"run", "budgetMgt"}, 1, "runner role"},
            {{"serve", "--once"}, 1, "runner role"},
            {{"--now", "2099-01-01T00:00:00Z", "serve", "--once"}, 1, "--now"},
            {{"log", "--purge-before", "2030-01-01"}, 1, "only administrators"},
            {{"operator", "set", op, "--admin"}, 1, "only administrators"},
            {{"operator", "add", "evil", "--admin"}, 1, "only administrators"},
            {{"--as", boss, "pause", "budgetMgt"}, 1, "may act only as"},
        };
        for (const Refusal &refusal : refusals) {
            const CtlResult result = runCtl(asOp + refusal.args);
            QVERIFY2(result.code == refusal.code && result.err.contains(refusal.says),
                     qPrintable(refusal.args.join(' ') + ": " + result.describe()));
        }
        QCOMPARE(snapshot(admin), before);

        const QStringList asBoss{"--lang", "en", "--db", urlOf(boss)};
        CTL_EXPECT(runCtl(asBoss + QStringList{"pause", "budgetMgt"}), 0);
        QCOMPARE(audited(admin, "workflow.pause", "budgetMgt", boss), 1);
        CTL_EXPECT(runCtl(asBoss + QStringList{"start", "budgetMgt"}), 0);
        QCOMPARE(audited(admin, "workflow.start", "budgetMgt", boss), 1);
        CTL_EXPECT(
            runCtl(asBoss + QStringList{"--now", "2027-01-15T09:00:00Z", "run", "stockMgt"}), 0);
        QCOMPARE(audited(admin, "workflow.run", "stockMgt", boss), 1);
        QCOMPARE(count(admin, "SELECT count(*) FROM workflow_run WHERE workflow = 'stockMgt' "
                              "AND requested_by = ? AND started_at = 1800003600",
                       {boss}),
                 1);
        CTL_EXPECT(runCtl(asBoss + QStringList{"serve", "--once"}), 0);
        QCOMPARE(audited(admin, "workflow.run", "deliveryMgt", boss), 1);
        QCOMPARE(count(admin, "SELECT count(*) FROM audit_event WHERE action = 'workflow.run'"), 2);
        CTL_EXPECT(runCtl(asBoss + QStringList{"log", "--purge-before", "2025-01-01"}), 0);
        QCOMPARE(audited(admin, "journal.purge", "", boss), 1);
        QCOMPARE(count(admin, "SELECT count(*) FROM workflow_log WHERE message = 'old line'"), 0);
        CTL_EXPECT(runCtl(asBoss + QStringList{"operator", "set", op, "--admin"}), 0);
        QCOMPARE(audited(admin, "operator.set", op, boss), 1);
        // The server now lets the former operator pause: the grant followed.
        CTL_EXPECT(runCtl(asOp + QStringList{"pause", "stockMgt"}), 0);
        QCOMPARE(audited(admin, "workflow.pause", "stockMgt", op), 1);
        CTL_EXPECT(runCtl(asBoss + QStringList{"operator", "set", op, "--no-admin"}), 0);
        CTL_EXPECT(runCtl(asOp + QStringList{"start", "stockMgt"}), 1);
        // A database user without a role of that name cannot be added.
        const CtlResult ghost = runCtl(asBoss + QStringList{"operator", "add", "ghost_nobody"});
        QVERIFY2(ghost.code == 2 && ghost.err.contains("CREATE ROLE"), qPrintable(ghost.describe()));
        QCOMPARE(count(admin, "SELECT count(*) FROM operator WHERE name = 'ghost_nobody'"), 0);
    }

    // The same audit rows on both databases, from the commands of an
    // administrator: one row per command, with the operator and the object.
    void auditRows_data() { campagna::test::TestDatabase::addBackendRows(); }
    void auditRows()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend);
        const QSqlDatabase db = database->connection();
        seed(db);
        QString member = QStringLiteral("ann");
        if (backend == u"postgresql")
            member = createRole(db, "ann");
        const QStringList base{"--lang", "en", "--db", database->url().toString(), "--now",
                               "2027-01-15T09:00:00Z", "--as", "boss"};
        struct Step
        {
            QStringList args;
            QString action;
            QString object;
        };
        const QList<Step> steps{
            {{"pause", "budgetMgt"}, "workflow.pause", "budgetMgt"},
            {{"start", "budgetMgt"}, "workflow.start", "budgetMgt"},
            {{"stop", "stockMgt"}, "workflow.stop", "stockMgt"},
            {{"run", "budgetMgt"}, "workflow.run", "budgetMgt"},
            {{"log", "--purge-before", "2020-01-01"}, "journal.purge", ""},
            {{"approval", "decide", "7", "approve", "--comment", "ok"}, "approval.decide", "7"},
            {{"delivery", "submit", "2"}, "delivery.submit", "2"},
            {{"operator", "add", member, "--group", "stock-team"}, "operator.add", member},
            {{"operator", "set", member, "--email", "ann@example.org"}, "operator.set", member},
            {{"operator", "remove", member}, "operator.remove", member},
        };
        qint64 rows = 0;
        for (const Step &step : steps) {
            CTL_EXPECT(runCtl(base + step.args), 0);
            QVERIFY2(audited(db, step.action, step.object, "boss") == 1,
                     qPrintable(step.args.join(' ')));
            QCOMPARE(count(db, "SELECT count(*) FROM audit_event"), ++rows);
        }
        QCOMPARE(count(db, "SELECT count(*) FROM audit_event WHERE at = 1800003600 AND "
                           "operator_id = 1"),
                 rows);
        QCOMPARE(count(db, "SELECT count(*) FROM approval WHERE id = 7 AND status = 'approved' "
                           "AND decided_by = 1 AND comment = 'ok'"),
                 1);
        // A refused command writes no audit row.
        CTL_EXPECT(runCtl(base + QStringList{"delivery", "submit", "2"}), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM audit_event"), rows);

        const CtlResult listed =
            runCtl(base + QStringList{"--json", "audit", "--action", "workflow.pause"});
        CTL_EXPECT(listed, 0);
        const QJsonArray events = listed.json().value("events").toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value("object_id").toString(), QString("budgetMgt"));
        QCOMPARE(events.at(0).toObject().value("operator_name").toString(), QString("boss"));
        const CtlResult unknown = runCtl(base + QStringList{"audit", "--action", "x.y"});
        CTL_EXPECT(unknown, 2);
    }
};

QTEST_GUILESS_MAIN(TestRights)
#include "tst_rights.moc"
