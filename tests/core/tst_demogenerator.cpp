#include "demo/demogenerator.h"

#include "db/sql.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

using namespace campagna;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'800'000'000; // 2027-01-15 08:00 UTC

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {})
{
    auto value = db::Sql::scalar(db, sql, params);
    if (!value || !value.value())
        return -1;
    return value.value()->toLongLong();
}

QSet<QString> distinct(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSet<QString> values;
    auto query = db::Sql::exec(db, u"SELECT DISTINCT %1 FROM %2"_s.arg(column, table));
    if (!query)
        return values;
    while (query->next())
        values.insert(query->value(0).toString());
    return values;
}

QSet<QString> set(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// Every row of every demo table, in a stable order, as text.
QStringList dump(const QSqlDatabase &db, const QStringList &tables)
{
    QStringList lines;
    for (const QString &table : tables) {
        const int columns = db.record(table).count();
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order << QString::number(c);
        auto query =
            db::Sql::exec(db, u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order.join(u", "_s)));
        if (!query) {
            lines << u"%1: %2"_s.arg(table, query.errorMessage());
            continue;
        }
        while (query->next()) {
            QStringList fields;
            for (int c = 0; c < columns; ++c) {
                const QVariant value = query->value(c);
                fields << (value.isNull() ? u"<null>"_s : value.toString());
            }
            lines << table + u": "_s + fields.join(u" | "_s);
        }
    }
    return lines;
}

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void contents_data() { test::TestDatabase::addBackendRows(); }
    void contents();
    void scales_data() { test::TestDatabase::addBackendRows(); }
    void scales();
    void deterministic_data() { test::TestDatabase::addBackendRows(); }
    void deterministic();
    void refusesNonEmpty_data() { test::TestDatabase::addBackendRows(); }
    void refusesNonEmpty();
    void refusesBadScale();
};

void tst_DemoGenerator::contents()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend, true, Now);
    const QSqlDatabase db = database->connection();

    auto generated = demo::DemoGenerator::generate(db, database->backend(), {1, 1, Now});
    QVERIFY2(generated.ok(), qPrintable(generated.errorMessage()));

    // The summary tells the truth.
    const auto &rows = generated->rowsPerTable;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        QCOMPARE(count(db, u"SELECT count(*) FROM "_s + it.key()), it.value());

    QCOMPARE(count(db, u"SELECT count(*) FROM recipient"_s), 10000);
    QVERIFY(count(db, u"SELECT count(*) FROM campaign"_s) >= 12);
    QVERIFY(count(db, u"SELECT count(*) FROM delivery"_s) >= 40);
    QVERIFY(count(db, u"SELECT count(*) FROM budget"_s) >= 3);
    QCOMPARE(count(db, u"SELECT count(*) FROM supplier"_s), 3);

    // Every value of every enumeration that describes the life cycles.
    QCOMPARE(distinct(db, u"delivery"_s, u"status"_s),
             set({u"being_edited"_s, u"targeting_pending"_s, u"to_validate"_s,
                  u"pending_confirmation"_s, u"start_pending"_s, u"in_progress"_s,
                  u"extraction_pending"_s, u"file_to_approve"_s, u"provider_pending"_s,
                  u"sent_to_provider"_s, u"finished"_s, u"cancelled"_s, u"failed"_s}));
    QCOMPARE(distinct(db, u"delivery"_s, u"channel"_s),
             set({u"email"_s, u"sms"_s, u"direct_mail"_s}));
    QCOMPARE(distinct(db, u"campaign"_s, u"status"_s),
             set({u"being_edited"_s, u"in_progress"_s, u"finished"_s, u"cancelled"_s}));
    QCOMPARE(distinct(db, u"campaign"_s, u"budget_status"_s),
             set({u"being_edited"_s, u"defined"_s, u"carried_out"_s}));
    QCOMPARE(distinct(db, u"campaign"_s, u"commitment_level"_s),
             set({u"planned"_s, u"reserved"_s, u"committed"_s}));
    QCOMPARE(distinct(db, u"campaign"_s, u"kind"_s),
             set({u"campaign"_s, u"recurring"_s, u"periodic"_s}));
    QCOMPARE(distinct(db, u"approval"_s, u"status"_s),
             set({u"pending"_s, u"approved"_s, u"rejected"_s}));
    QCOMPARE(distinct(db, u"task"_s, u"status"_s),
             set({u"scheduled"_s, u"in_progress"_s, u"finished"_s, u"cancelled"_s}));
    QCOMPARE(distinct(db, u"cost_type"_s, u"basis"_s),
             set({u"fixed"_s, u"per_message"_s, u"daily"_s}));
    QCOMPARE(distinct(db, u"cost_category"_s, u"channel"_s),
             set({u"email"_s, u"sms"_s, u"direct_mail"_s, u"task"_s}));
    QCOMPARE(distinct(db, u"invoice"_s, u"status"_s), set({u"saved"_s, u"issued"_s, u"settled"_s}));
    QVERIFY(distinct(db, u"stock_order"_s, u"status"_s)
                .contains(set({u"proposed"_s, u"on_order"_s, u"received"_s, u"cancelled"_s})));
    QCOMPARE(count(db, u"SELECT count(DISTINCT structure) FROM cost_type"_s), 3);

    // People.
    QCOMPARE(count(db, u"SELECT count(*) FROM operator WHERE name = 'admin' AND is_admin = 1"_s),
             1);
    QVERIFY(count(db, u"SELECT count(*) FROM operator_group_member m JOIN operator_group g "
                      "ON g.id = m.group_id WHERE g.name = 'workflow-supervisors'"_s) >= 1);

    // Consistency the workflows rely on.
    QCOMPARE(count(db, u"SELECT count(*) FROM delivery WHERE channel = 'direct_mail' "
                       "AND service_id IS NULL"_s),
             0);
    QCOMPARE(count(db, u"SELECT count(*) FROM delivery WHERE status IN ('to_validate', "
                       "'pending_confirmation', 'start_pending', 'in_progress', 'finished') "
                       "AND (to_send_count IS NULL OR analyzed_at IS NULL)"_s),
             0);
    QCOMPARE(count(db, u"SELECT count(*) FROM delivery WHERE status IN ('file_to_approve', "
                       "'provider_pending', 'sent_to_provider') AND (extraction_rows IS NULL "
                       "OR extraction_file IS NULL OR extraction_sha256 IS NULL)"_s),
             0);
    QCOMPARE(count(db, u"SELECT count(*) FROM delivery WHERE status = 'finished' "
                       "AND sent_count IS NULL"_s),
             0);
    QCOMPARE(count(db, u"SELECT count(*) FROM schedule_line WHERE created_at IS NOT NULL"_s), 0);
    QVERIFY(count(db, u"SELECT count(*) FROM schedule_line WHERE start_at < ?"_s, {Now}) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM schedule_line WHERE start_at > ?"_s, {Now}) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM delivery WHERE is_template = 1"_s) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM approval_reminder_rule WHERE offset_s IS NOT NULL"_s) >
            0);
    QVERIFY(count(db, u"SELECT count(*) FROM approval_reminder_rule WHERE at IS NOT NULL"_s) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM approval WHERE status = 'pending' "
                      "AND deadline_at IS NULL"_s) > 0);
    QVERIFY(count(db,
                  u"SELECT count(*) FROM approval WHERE status = 'pending' "
                  "AND deadline_at < ?"_s,
                  {Now}) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM approval WHERE status = 'rejected' "
                      "AND comment IS NOT NULL AND decided_by IS NOT NULL"_s) > 0);
    QVERIFY(count(db,
                  u"SELECT count(*) FROM stock_order WHERE status = 'on_order' "
                  "AND delivery_at <= ?"_s,
                  {Now}) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM stock_line WHERE reorder_qty > 0"_s) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM stock_line l JOIN stock s ON s.id = l.stock_id "
                      "WHERE s.alert_group_id IS NOT NULL"_s) > 0);
    QVERIFY(count(db,
                  u"SELECT count(*) FROM budget b WHERE b.allocated_cents <> "
                  "(SELECT sum(amount_cents) FROM expense_category c WHERE c.budget_id = b.id)"_s) >
            0);

    // Targets of the analysed deliveries follow the targeting rules: no
    // opted-out or blocklisted recipient, one per email address.
    QVERIFY(count(db, u"SELECT count(*) FROM delivery_target"_s) > 0);
    QCOMPARE(count(db, u"SELECT count(*) FROM delivery_target t JOIN recipient r "
                       "ON r.id = t.recipient_id WHERE r.opted_out = 1 OR r.blocklisted = 1"_s),
             0);
    QCOMPARE(
        count(db,
              u"SELECT count(*) FROM (SELECT t.delivery_id, r.email FROM delivery_target t "
              "JOIN delivery d ON d.id = t.delivery_id JOIN recipient r ON r.id = t.recipient_id "
              "WHERE d.channel = 'email' GROUP BY t.delivery_id, r.email "
              "HAVING count(*) > 1) x"_s),
        0);
    QCOMPARE(count(db,
                   u"SELECT count(*) FROM delivery d WHERE EXISTS (SELECT 1 FROM delivery_target t "
                   "WHERE t.delivery_id = d.id) AND d.to_send_count <> (SELECT count(*) "
                   "FROM delivery_target t WHERE t.delivery_id = d.id)"_s),
             0);

    // Recipients: some missing emails and phones, shared emails, opted out,
    // blocklisted; dates as YYYY-MM-DD.
    QVERIFY(count(db, u"SELECT count(*) FROM recipient WHERE email IS NULL"_s) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM recipient WHERE phone IS NULL"_s) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM (SELECT email FROM recipient WHERE email IS NOT NULL "
                      "GROUP BY email HAVING count(*) > 1) x"_s) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM recipient WHERE opted_out = 1"_s) > 0);
    QVERIFY(count(db, u"SELECT count(*) FROM recipient WHERE blocklisted = 1"_s) > 0);
    QCOMPARE(count(db, u"SELECT count(*) FROM recipient WHERE birth_date IS NOT NULL "
                       "AND birth_date NOT LIKE '____-__-__'"_s),
             0);
    QVERIFY(count(db, u"SELECT count(DISTINCT country) FROM recipient"_s) >= 3);

    // The engine's tables are not the demo's business.
    QCOMPARE(count(db, u"SELECT count(*) FROM workflow_run"_s), 0);
    QCOMPARE(count(db, u"SELECT count(*) FROM workflow_log"_s), 0);

    // Ids keep being generated after the explicit ones (identity sequences
    // moved on PostgreSQL).
    QVERIFY(db::Sql::exec(db, u"INSERT INTO operator (name) VALUES ('new.operator')"_s).ok());
    QCOMPARE(count(db, u"SELECT count(*) FROM operator WHERE name = 'new.operator' "
                       "AND id > (SELECT max(id) FROM operator WHERE name <> 'new.operator')"_s),
             1);
    QVERIFY(db::Sql::exec(db, u"INSERT INTO recipient (email) VALUES ('new@example.org')"_s).ok());
}

void tst_DemoGenerator::scales()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend, true, Now);
    const QSqlDatabase db = database->connection();

    auto generated = demo::DemoGenerator::generate(db, database->backend(), {2, 7, Now});
    QVERIFY2(generated.ok(), qPrintable(generated.errorMessage()));
    QCOMPARE(count(db, u"SELECT count(*) FROM recipient"_s), 20000);
    QCOMPARE(generated->rowsPerTable.value(u"recipient"_s), 20000);
    QVERIFY(count(db, u"SELECT count(*) FROM delivery"_s) >= 80);
    QVERIFY(count(db, u"SELECT count(*) FROM campaign"_s) >= 13);
}

void tst_DemoGenerator::deterministic()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(first, backend, true, Now);
    CAMPAGNA_OPEN_DATABASE(second, backend, true, Now);
    CAMPAGNA_OPEN_DATABASE(other, backend, true, Now);

    const demo::DemoOptions options{1, 42, Now};
    auto a = demo::DemoGenerator::generate(first->connection(), first->backend(), options);
    QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
    auto b = demo::DemoGenerator::generate(second->connection(), second->backend(), options);
    QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
    QCOMPARE(a->rowsPerTable, b->rowsPerTable);

    const QStringList tables = demo::DemoGenerator::dataTables();
    const QStringList dumpA = dump(first->connection(), tables);
    const QStringList dumpB = dump(second->connection(), tables);
    QVERIFY(dumpA.size() > 10000);
    QCOMPARE(dumpA.size(), dumpB.size());
    for (qsizetype i = 0; i < dumpA.size(); ++i)
        QCOMPARE(dumpA.at(i), dumpB.at(i));

    // Another seed: other recipients, same shape.
    auto c = demo::DemoGenerator::generate(other->connection(), other->backend(), {1, 43, Now});
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    const QStringList recipientsA = dump(first->connection(), {u"recipient"_s});
    const QStringList recipientsC = dump(other->connection(), {u"recipient"_s});
    QCOMPARE(recipientsA.size(), recipientsC.size());
    QVERIFY(recipientsA != recipientsC);
    QCOMPARE(dump(first->connection(), {u"operator"_s, u"campaign"_s}),
             dump(other->connection(), {u"operator"_s, u"campaign"_s}));
}

void tst_DemoGenerator::refusesNonEmpty()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend, true, Now);
    const QSqlDatabase db = database->connection();

    // One row in one table is enough.
    QVERIFY(db::Sql::exec(db, u"INSERT INTO budget (label) VALUES ('Mine')"_s).ok());
    auto refused = demo::DemoGenerator::generate(db, database->backend(), {1, 1, Now});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorCode(), Error::Code::Usage);
    QVERIFY2(refused.errorMessage().contains(u"budget"_s), qPrintable(refused.errorMessage()));
    QCOMPARE(count(db, u"SELECT count(*) FROM budget"_s), 1);
    QCOMPARE(count(db, u"SELECT count(*) FROM operator"_s), 0);
    QCOMPARE(count(db, u"SELECT count(*) FROM recipient"_s), 0);

    // A database that already holds the demo: refused, nothing added.
    CAMPAGNA_OPEN_DATABASE(loaded, backend, true, Now);
    const QSqlDatabase loadedDb = loaded->connection();
    auto once = demo::DemoGenerator::generate(loadedDb, loaded->backend(), {1, 1, Now});
    QVERIFY2(once.ok(), qPrintable(once.errorMessage()));
    const QStringList before = dump(loadedDb, demo::DemoGenerator::dataTables());
    auto twice = demo::DemoGenerator::generate(loadedDb, loaded->backend(), {1, 1, Now});
    QVERIFY(!twice.ok());
    QCOMPARE(twice.errorCode(), Error::Code::Usage);
    QVERIFY2(twice.errorMessage().contains(u"operator"_s), qPrintable(twice.errorMessage()));
    QCOMPARE(dump(loadedDb, demo::DemoGenerator::dataTables()), before);
}

void tst_DemoGenerator::refusesBadScale()
{
    CAMPAGNA_OPEN_DATABASE(database, u"sqlite"_s, true, Now);
    const QSqlDatabase db = database->connection();
    for (int scale : {0, -1, demo::DemoGenerator::maxScale + 1}) {
        auto refused = demo::DemoGenerator::generate(db, database->backend(), {scale, 1, Now});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), Error::Code::Usage);
    }
    QCOMPARE(count(db, u"SELECT count(*) FROM operator"_s), 0);
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
