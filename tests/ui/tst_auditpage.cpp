// The Audit page (ui/audit): the audit trail newest first, lazily, its
// filters (action, operator, first day) in SQL, and the CSV of the rows
// shown; readable by an operator who is not an administrator. On SQLite
// and PostgreSQL, with rows written by the core (AuditTrail::record,
// OperatorDirectory::add).
#include "audit/auditpage.h"
#include "audit/auditquery.h"
#include "audit/audittrail.h"
#include "common/lazytablemodel.h"
#include "common/runtexts.h"
#include "common/translations.h"
#include "db/database.h"
#include "db/sql.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "people/actor.h"
#include "people/operatordirectory.h"
#include "sqlqueries.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace campagna;
using campagna::audit::AuditQuery;
using campagna::test::scalarInt;
using campagna::ui::AuditPage;
using campagna::ui::LazyTableModel;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z

// 12:00 UTC: the same local day in any time zone within ±11 h.
qint64 utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

people::Actor actorNamed(const QString &name)
{
    return people::Actor{std::nullopt, name, true, false, true};
}

QStringList columnTexts(const LazyTableModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

void selectCombo(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class TestAuditPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();

    void trailAndFilters_data();
    void trailAndFilters();
    void sinceExportSortAndRefresh_data();
    void sinceExportSortAndRefresh();
    void lazyWindows_data();
    void lazyWindows();

private:
    // Five rows, oldest first: alice and bob open the database, tester runs
    // and cancels a workflow and adds an operator (returned).
    QString seed(db::Database &database, const QString &backend);
};

void TestAuditPage::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void TestAuditPage::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

QString TestAuditPage::seed(db::Database &database, const QString &backend)
{
    const QSqlDatabase db = database.connection();
    struct Row
    {
        QString who;
        qint64 at;
        QString action;
        QString kind;
        QString object;
    };
    const QList<Row> rows{
        {QStringLiteral("alice"), utc(2027, 1, 5, 12), QStringLiteral("connection.open"),
         QStringLiteral("database"), QString()},
        {QStringLiteral("bob"), utc(2027, 1, 10, 12), QStringLiteral("connection.open"),
         QStringLiteral("database"), QString()},
        {QStringLiteral("tester"), utc(2027, 1, 11, 12), QStringLiteral("workflow.run"),
         QStringLiteral("workflow"), QStringLiteral("budgetMgt")},
        {QStringLiteral("tester"), utc(2027, 1, 12, 12), QStringLiteral("workflow.cancel"),
         QStringLiteral("workflow"), QStringLiteral("stockMgt")},
    };
    for (const Row &row : rows) {
        QJsonObject details;
        if (row.action == u"workflow.run")
            details[u"runId"] = 7;
        auto recorded = audit::AuditTrail::record(db, actorNamed(row.who), row.at, row.action,
                                                  row.kind, row.object, details);
        if (!recorded) {
            qWarning("%s", qPrintable(recorded.errorMessage()));
            return QString();
        }
    }
    // The operator's login role first on PostgreSQL (role names are shared
    // by the server's databases: unique per test process).
    static int seeded = 0;
    const QString name =
        QStringLiteral("erin_%1_%2").arg(QCoreApplication::applicationPid()).arg(++seeded);
    if (backend == u"postgresql" &&
        !db::Sql::exec(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(name)))
        return QString();
    people::OperatorValues values;
    values.groups = QStringList{QStringLiteral("stock")};
    auto added = people::OperatorDirectory::add(db, actorNamed(QStringLiteral("tester")), name,
                                                values, utc(2027, 1, 13, 12));
    if (!added) {
        qWarning("%s", qPrintable(added.errorMessage()));
        return QString();
    }
    return name;
}

void TestAuditPage::trailAndFilters_data()
{
    test::TestDatabase::addBackendRows();
}

void TestAuditPage::trailAndFilters()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    const QString added = seed(*database, backend);
    QVERIFY(!added.isEmpty());
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM audit_event")), 5);

    // Read by an operator who is not an administrator.
    auto engine = std::make_unique<engine::WorkflowEngine>(
        database, std::make_shared<engine::Clock>(FixedNow));
    engine->setActor(people::Actor{std::nullopt, QStringLiteral("clerk"), false});
    AuditPage page(engine.get());
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    LazyTableModel *model = page.model();
    auto *actionCombo = page.findChild<QComboBox *>(QStringLiteral("actionFilter"));
    auto *operatorEdit = page.findChild<QLineEdit *>(QStringLiteral("operatorFilter"));
    QVERIFY(actionCombo && operatorEdit);
    QCOMPARE(actionCombo->count(), int(audit::AuditTrail::actions().size()) + 1);
    QCOMPARE(actionCombo->itemText(0), QStringLiteral("All actions"));

    // Everything, newest first.
    QTRY_COMPARE(model->totalCount(), 5);
    QTRY_COMPARE(model->rowCount(), 5);
    QCOMPARE(columnTexts(model, AuditQuery::Action),
             (QStringList{"operator.add", "workflow.cancel", "workflow.run", "connection.open",
                          "connection.open"}));
    QCOMPARE(columnTexts(model, AuditQuery::Operator),
             (QStringList{"tester", "tester", "tester", "bob", "alice"}));
    QCOMPARE(model->index(0, AuditQuery::At).data().toString(),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(utc(2027, 1, 13, 12)),
                                QLocale::ShortFormat));
    QCOMPARE(model->index(0, AuditQuery::At).data(LazyTableModel::RawValueRole).toLongLong(),
             utc(2027, 1, 13, 12));
    QCOMPARE(model->index(0, AuditQuery::ObjectKind).data().toString(), QStringLiteral("operator"));
    QCOMPARE(model->index(0, AuditQuery::ObjectId).data().toString(), added);
    QVERIFY2(model->index(0, AuditQuery::Details).data().toString().contains(u"stock"),
             qPrintable(model->index(0, AuditQuery::Details).data().toString()));
    QCOMPARE(model->index(2, AuditQuery::ObjectId).data().toString(), QStringLiteral("budgetMgt"));
    QVERIFY(model->index(2, AuditQuery::Details).data().toString().contains(u"runId"));
    QCOMPARE(model->index(4, AuditQuery::ObjectId).data().toString(), QString());

    // The action filter narrows it to that action's rows.
    selectCombo(actionCombo, QStringLiteral("connection.open"));
    QCOMPARE(page.filter().action, QStringLiteral("connection.open"));
    QTRY_COMPARE(model->totalCount(), 2);
    QTRY_COMPARE(columnTexts(model, AuditQuery::Operator), (QStringList{"bob", "alice"}));
    selectCombo(actionCombo, QStringLiteral("operator.remove"));
    QTRY_COMPARE(model->totalCount(), 0);
    QCOMPARE(model->rowCount(), 0);

    // The operator, by exact name (with the action: both apply).
    selectCombo(actionCombo, QString());
    operatorEdit->setText(QStringLiteral("tester"));
    page.applyFilter();
    QTRY_COMPARE(model->totalCount(), 3);
    QTRY_COMPARE(columnTexts(model, AuditQuery::Action),
                 (QStringList{"operator.add", "workflow.cancel", "workflow.run"}));
    selectCombo(actionCombo, QStringLiteral("workflow.run"));
    QTRY_COMPARE(model->totalCount(), 1);
    operatorEdit->setText(QStringLiteral("test"));
    page.applyFilter();
    QTRY_COMPARE(model->totalCount(), 0);
}

void TestAuditPage::sinceExportSortAndRefresh_data()
{
    test::TestDatabase::addBackendRows();
}

void TestAuditPage::sinceExportSortAndRefresh()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    const QString added = seed(*database, backend);
    QVERIFY(!added.isEmpty());
    auto engine = std::make_unique<engine::WorkflowEngine>(
        database, std::make_shared<engine::Clock>(FixedNow));
    engine->setActor(actorNamed(QStringLiteral("tester")));
    AuditPage page(engine.get());
    LazyTableModel *model = page.model();
    auto *actionCombo = page.findChild<QComboBox *>(QStringLiteral("actionFilter"));
    auto *sinceCheck = page.findChild<QCheckBox *>(QStringLiteral("sinceCheck"));
    auto *sinceEdit = page.findChild<QDateEdit *>(QStringLiteral("sinceDate"));
    QVERIFY(actionCombo && sinceCheck && sinceEdit);
    QTRY_COMPARE(model->totalCount(), 5);

    // Since a day (local time, from its start).
    sinceEdit->setDate(QDate(2027, 1, 10));
    sinceCheck->setChecked(true);
    QCOMPARE(page.filter().since, QDate(2027, 1, 10).startOfDay().toSecsSinceEpoch());
    QTRY_COMPARE(model->totalCount(), 4);
    QTRY_COMPARE(model->rowCount(), 4);
    QCOMPARE(columnTexts(model, AuditQuery::Operator).last(), QStringLiteral("bob"));

    // The CSV: the headers and the rows shown.
    const QStringList lines = page.csvText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("Time,Operator,Action,Object kind,Object,Details"));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",tester,operator.add,operator,") + added),
             qPrintable(lines.at(1)));

    // Sorted by a header, in SQL: operator ascending.
    sinceCheck->setChecked(false);
    QTRY_COMPARE(model->totalCount(), 5);
    model->sort(AuditQuery::Operator, Qt::AscendingOrder);
    QTRY_COMPARE(columnTexts(model, AuditQuery::Operator),
                 (QStringList{"alice", "bob", "tester", "tester", "tester"}));

    // Rows added elsewhere appear on F5 (refresh).
    QVERIFY(audit::AuditTrail::record(database->connection(), actorNamed(QStringLiteral("zoe")),
                                      FixedNow, QStringLiteral("connection.open"),
                                      QStringLiteral("database"), QString())
                .ok());
    page.refresh();
    QTRY_COMPARE(model->totalCount(), 6);

    // Italian: the headers follow the language.
    QVERIFY(installTranslations(QStringLiteral("it")));
    QTRY_COMPARE(model->headerData(AuditQuery::At, Qt::Horizontal).toString(),
                 QStringLiteral("Ora"));
    QTRY_COMPARE(actionCombo->itemText(0), QStringLiteral("Tutte le azioni"));
    // Sorted by operator: alice's row first, its time in the Italian format.
    QCOMPARE(
        model->index(0, AuditQuery::At).data().toString(),
        QLocale(QLocale::Italian, QLocale::Italy)
            .toString(QDateTime::fromSecsSinceEpoch(utc(2027, 1, 5, 12)), QLocale::ShortFormat));
}

void TestAuditPage::lazyWindows_data()
{
    test::TestDatabase::addBackendRows();
}

// A window at a time: the count first, then fetchMore().
void TestAuditPage::lazyWindows()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    QVERIFY(!seed(*database, backend).isEmpty());
    auto engine = std::make_unique<engine::WorkflowEngine>(
        database, std::make_shared<engine::Clock>(FixedNow));
    engine->setActor(actorNamed(QStringLiteral("tester")));
    AuditPage page(engine.get());
    LazyTableModel *model = page.model();
    QTRY_COMPARE(model->totalCount(), 5);
    model->setWindowSize(2);
    auto *actionCombo = page.findChild<QComboBox *>(QStringLiteral("actionFilter"));
    selectCombo(actionCombo, QStringLiteral("connection.open"));
    selectCombo(actionCombo, QString());
    QTRY_COMPARE(model->totalCount(), 5);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 4);
    QTRY_VERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 5);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(!model->canFetchMore({}));
    // Newest first across the windows, no row twice.
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(
            model->index(row - 1, AuditQuery::At).data(LazyTableModel::RawValueRole).toLongLong() >
            model->index(row, AuditQuery::At).data(LazyTableModel::RawValueRole).toLongLong());
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
