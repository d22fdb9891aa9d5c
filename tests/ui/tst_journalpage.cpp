#include "common/translations.h"
#include "db/database.h"
#include "engine/clock.h"
#include "engine/records.h"
#include "engine/workflowengine.h"
#include "common/csvwriter.h"
#include "journal/journalpage.h"
#include "journal/logtablemodel.h"
#include "journal/runtablemodel.h"
#include "people/actor.h"
#include "testdatabase.h"
#include "workflows/workflowcatalog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace campagna;
using campagna::ui::CsvWriter;
using campagna::ui::JournalPage;
using campagna::ui::LogTableModel;
using campagna::ui::RunTableModel;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z

qint64 utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

struct RunRow
{
    QString workflow;
    QString trigger;
    QString requestedBy;
    QString owner;
    qint64 startedAt;
    std::optional<qint64> finishedAt;
    QString status;
    qint64 items;
    int warnings;
    QString error;
};

// The runs the tests insert, oldest first (12:00 UTC: the same local day in
// any time zone within ±11 h).
QList<RunRow> sampleRuns()
{
    return {
        {QStringLiteral("budgetMgt"), QStringLiteral("manual"), QStringLiteral("tester"),
         QStringLiteral("console-a"), utc(2027, 1, 10, 12), utc(2027, 1, 10, 12) + 65,
         QStringLiteral("succeeded"), 10, 0, QString()},
        {QStringLiteral("stockMgt"), QStringLiteral("schedule"), QStringLiteral("scheduler"),
         QStringLiteral("console-a"), utc(2027, 1, 11, 12), utc(2027, 1, 11, 12) + 5,
         QStringLiteral("failed"), 0, 0, QStringLiteral("Stock, \"alert\" failed")},
        {QStringLiteral("budgetMgt"), QStringLiteral("schedule"), QStringLiteral("scheduler"),
         QStringLiteral("console-b"), utc(2027, 1, 12, 12), utc(2027, 1, 12, 12) + 30,
         QStringLiteral("failed"), 3, 1, QStringLiteral("boom\nsecond line")},
        {QStringLiteral("deliveryMgt"), QStringLiteral("cli"), QStringLiteral("admin"),
         QStringLiteral("campagnactl"), utc(2027, 1, 13, 12), utc(2027, 1, 13, 12) + 2,
         QStringLiteral("cancelled"), 0, 0, QString()},
        {QStringLiteral("operationMgt"), QStringLiteral("schedule"), QStringLiteral("scheduler"),
         QStringLiteral("console-a"), utc(2027, 1, 14, 12), utc(2027, 1, 14, 12) + 3700,
         QStringLiteral("succeeded"), 1234, 2, QString()},
        {QStringLiteral("supplierMgt"), QStringLiteral("schedule"), QStringLiteral("scheduler"),
         QStringLiteral("console-b"), utc(2027, 1, 15, 12), utc(2027, 1, 15, 12) + 1,
         QStringLiteral("lost"), 0, 0, QStringLiteral("lease expired")},
        {QStringLiteral("budgetMgt"), QStringLiteral("manual"), QStringLiteral("tester"),
         QStringLiteral("console-a"), utc(2027, 1, 15, 14), std::nullopt, QStringLiteral("running"),
         0, 0, QString()},
    };
}

bool exec(db::Database &database, const QString &sql, const QVariantList &params = {})
{
    QSqlQuery query(database.connection());
    if (!query.prepare(sql)) {
        qWarning() << "prepare:" << query.lastError().text();
        return false;
    }
    for (const QVariant &param : params)
        query.addBindValue(param);
    if (!query.exec()) {
        qWarning() << "exec:" << query.lastError().text();
        return false;
    }
    return true;
}

qint64 insertRun(db::Database &database, const RunRow &run)
{
    const bool ok = exec(
        database,
        QStringLiteral("INSERT INTO workflow_run (workflow, trigger, requested_by, owner, fence, "
                       "started_at, finished_at, status, items, warnings, error) "
                       "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)"),
        {run.workflow, run.trigger, run.requestedBy, run.owner, run.startedAt,
         run.finishedAt ? QVariant(*run.finishedAt) : QVariant(QMetaType(QMetaType::LongLong)),
         run.status, run.items, run.warnings,
         run.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(run.error)});
    if (!ok)
        return 0;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT MAX(id) FROM workflow_run")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 countRuns(db::Database &database, const QString &where = QString())
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM workflow_run ") + where) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

void saveGrab(QWidget *widget, const QString &name)
{
    const QString folder = QDir::currentPath() + QStringLiteral("/screenshots/");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY2(widget->grab().save(folder + name), qPrintable(folder + name));
}

QSet<QString> column(const QAbstractItemModel *model, int col, int role = Qt::DisplayRole)
{
    QSet<QString> values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, col).data(role).toString();
    return values;
}

void selectCombo(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class TestJournalPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();

    void csvText();
    void lazyWindows_data();
    void lazyWindows();
    void runsFiltersLogAndExport_data();
    void runsFiltersLogAndExport();

private:
    std::unique_ptr<engine::WorkflowEngine> makeEngine(std::shared_ptr<db::Database> database);
};

void TestJournalPage::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void TestJournalPage::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

std::unique_ptr<engine::WorkflowEngine>
TestJournalPage::makeEngine(std::shared_ptr<db::Database> database)
{
    auto engine = std::make_unique<engine::WorkflowEngine>(
        std::move(database), std::make_shared<engine::Clock>(FixedNow));
    engine->setOwnerLabel(QStringLiteral("tst_journalpage"));
    engine->setActor(people::Actor{std::nullopt, QStringLiteral("tester"), true});
    return engine;
}

void TestJournalPage::csvText()
{
    const QString text = CsvWriter::text(
        {QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("d")},
        {{QStringLiteral("plain"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")},
         {QString(), QStringLiteral("città"), QStringLiteral("x\r")}});
    QCOMPARE(text, QStringLiteral("a,\"b, c\",d\r\n"
                                  "plain,\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                  ",città,\"x\r\"\r\n"));
    QCOMPARE(CsvWriter::text({QStringLiteral("only")}, {}), QStringLiteral("only\r\n"));
}

void TestJournalPage::lazyWindows_data()
{
    test::TestDatabase::addBackendRows();
}

// Rows come in windows: the count first, then fetchMore() one window at a time.
void TestJournalPage::lazyWindows()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    for (const RunRow &run : sampleRuns())
        QVERIFY(insertRun(*database, run) > 0);
    auto engine = makeEngine(database);
    RunTableModel model(engine.get());
    model.setWindowSize(3);
    model.setFilter({});
    QTRY_COMPARE(model.totalCount(), 7);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 6);
    QTRY_VERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 7);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    // Newest first, no duplicates across windows.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.run(row - 1).startedAt > model.run(row).startedAt);
}

void TestJournalPage::runsFiltersLogAndExport_data()
{
    test::TestDatabase::addBackendRows();
}

void TestJournalPage::runsFiltersLogAndExport()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    const QList<RunRow> runs = sampleRuns();
    QList<qint64> ids;
    for (const RunRow &run : runs) {
        ids << insertRun(*database, run);
        QVERIFY(ids.last() > 0);
    }
    // Journal lines of the operationMgt run (and one of another run).
    const qint64 opRun = ids.at(4);
    const qint64 opAt = runs.at(4).startedAt;
    const QString logSql =
        QStringLiteral("INSERT INTO workflow_log (run_id, workflow, at, level, step, message, "
                       "object_type, object_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant noType(QMetaType(QMetaType::QString));
    const QVariant noId(QMetaType(QMetaType::LongLong));
    QVERIFY(exec(*database, logSql,
                 {opRun, QStringLiteral("operationMgt"), opAt + 1, QStringLiteral("info"),
                  QStringLiteral("targeting"), QStringLiteral("Targeting started"), noType, noId}));
    QVERIFY(exec(*database, logSql,
                 {opRun, QStringLiteral("operationMgt"), opAt + 2, QStringLiteral("warning"),
                  QStringLiteral("targeting"), QStringLiteral("3 recipients excluded"),
                  QStringLiteral("delivery"), 42}));
    QVERIFY(exec(*database, logSql,
                 {opRun, QStringLiteral("operationMgt"), opAt + 3, QStringLiteral("error"),
                  QStringLiteral("extraction"), QStringLiteral("Disk full"),
                  QStringLiteral("delivery"), 43}));
    QVERIFY(exec(*database, logSql,
                 {ids.at(0), QStringLiteral("budgetMgt"), runs.at(0).startedAt + 1,
                  QStringLiteral("info"), QStringLiteral("costs"), QStringLiteral("Not this run"),
                  noType, noId}));

    auto engine = makeEngine(database);
    JournalPage page(engine.get());
    page.resize(1200, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    RunTableModel *model = page.runModel();
    LogTableModel *logModel = page.logModel();
    auto *view = page.findChild<QTableView *>(QStringLiteral("runTable"));
    auto *logView = page.findChild<QTableView *>(QStringLiteral("logTable"));
    auto *workflowCombo = page.findChild<QComboBox *>(QStringLiteral("workflowFilter"));
    auto *statusCombo = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *fromCheck = page.findChild<QCheckBox *>(QStringLiteral("fromCheck"));
    auto *toCheck = page.findChild<QCheckBox *>(QStringLiteral("toCheck"));
    auto *fromEdit = page.findChild<QDateEdit *>(QStringLiteral("fromDate"));
    auto *toEdit = page.findChild<QDateEdit *>(QStringLiteral("toDate"));
    auto *exportButton = page.findChild<QAbstractButton *>(QStringLiteral("exportButton"));
    QVERIFY(view && logView && workflowCombo && statusCombo && fromCheck && toCheck && fromEdit &&
            toEdit && exportButton);
    QCOMPARE(withoutMnemonic(exportButton->text()), QStringLiteral("Export CSV…"));

    // Every run the database has, newest first, with its values.
    QTRY_COMPARE(model->totalCount(), countRuns(*database));
    QTRY_COMPARE(model->rowCount(), 7);
    QCOMPARE(model->columnCount(), int(RunTableModel::ColumnCount));
    for (int row = 0; row < 7; ++row) {
        const RunRow &run = runs.at(6 - row);
        const auto cell = [&](int col, int role = Qt::DisplayRole) {
            return model->index(row, col).data(role);
        };
        QCOMPARE(cell(0, RunTableModel::RunIdRole).toLongLong(), ids.at(6 - row));
        QCOMPARE(cell(RunTableModel::Label).toString(),
                 workflows::WorkflowCatalog::find(run.workflow)->label(QStringLiteral("en")));
        QCOMPARE(cell(RunTableModel::Name).toString(), run.workflow);
        QCOMPARE(cell(RunTableModel::Status, RunTableModel::RawValueRole).toString(), run.status);
        QCOMPARE(cell(RunTableModel::Trigger, RunTableModel::RawValueRole).toString(), run.trigger);
        QCOMPARE(cell(RunTableModel::RequestedBy).toString(), run.requestedBy);
        QCOMPARE(cell(RunTableModel::Owner).toString(), run.owner);
        QCOMPARE(
            cell(RunTableModel::Started).toString(),
            QLocale().toString(QDateTime::fromSecsSinceEpoch(run.startedAt), QLocale::ShortFormat));
        QCOMPARE(cell(RunTableModel::Started, RunTableModel::RawValueRole).toLongLong(),
                 run.startedAt);
        QCOMPARE(cell(RunTableModel::Duration, RunTableModel::RawValueRole).toLongLong(),
                 run.finishedAt ? *run.finishedAt - run.startedAt : -1);
        QCOMPARE(cell(RunTableModel::Items, RunTableModel::RawValueRole).toLongLong(), run.items);
        QCOMPARE(cell(RunTableModel::Items).toString(), QLocale().toString(run.items));
        QCOMPARE(cell(RunTableModel::Warnings, RunTableModel::RawValueRole).toInt(), run.warnings);
        QCOMPARE(cell(RunTableModel::Error).toString(), run.error);
    }
    // Translated texts and colours (row 2: the operationMgt run of 1h 1m 40s).
    QCOMPARE(model->index(2, RunTableModel::Status).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(model->index(2, RunTableModel::Trigger).data().toString(),
             QStringLiteral("Scheduler"));
    QCOMPARE(model->index(2, RunTableModel::Duration).data().toString(),
             QStringLiteral("1 h 1 min"));
    QCOMPARE(model->index(0, RunTableModel::Status).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model->index(0, RunTableModel::Duration).data().toString(), QString());
    QCOMPARE(model->index(1, RunTableModel::Status).data().toString(), QStringLiteral("Lost"));
    QCOMPARE(model->index(1, RunTableModel::Status).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xa4, 0x1e, 0x22));
    QCOMPARE(model->index(6, RunTableModel::Duration).data().toString(),
             QStringLiteral("1 min 5 s"));
    QCOMPARE(model->headerData(RunTableModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Status"));

    // Filter by workflow.
    selectCombo(workflowCombo, QStringLiteral("budgetMgt"));
    QTRY_COMPARE(model->totalCount(),
                 countRuns(*database, QStringLiteral("WHERE workflow = 'budgetMgt'")));
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(column(model, RunTableModel::Name), QSet<QString>{QStringLiteral("budgetMgt")});
    // ... and status.
    selectCombo(statusCombo, QStringLiteral("failed"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(RunTableModel::RunIdRole).toLongLong(), ids.at(2));
    selectCombo(workflowCombo, QString());
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(column(model, RunTableModel::Status, RunTableModel::RawValueRole),
             QSet<QString>{QStringLiteral("failed")});
    selectCombo(statusCombo, QString());
    QTRY_COMPARE(model->rowCount(), 7);

    // Filter by date: 12 to 14 January, both included.
    fromEdit->setDate(QDate(2027, 1, 12));
    toEdit->setDate(QDate(2027, 1, 14));
    QTRY_COMPARE(model->rowCount(), 7); // not checked yet: no filter
    fromCheck->setChecked(true);
    QTRY_COMPARE(model->rowCount(), 5);
    toCheck->setChecked(true);
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->totalCount(), 3);
    QCOMPARE(column(model, 0, RunTableModel::RunIdRole),
             (QSet<QString>{QString::number(ids.at(2)), QString::number(ids.at(3)),
                            QString::number(ids.at(4))}));
    fromCheck->setChecked(false);
    toCheck->setChecked(false);
    QTRY_COMPARE(model->rowCount(), 7);
    QTRY_VERIFY(!model->isLoading());

    // Selecting a run shows its journal lines, oldest first.
    const int opRow = model->rowOfRun(opRun);
    QVERIFY(opRow >= 0);
    const QModelIndex opIndex = model->index(opRow, RunTableModel::Label);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(opIndex).center());
    QTRY_COMPARE(page.selectedRunId(), opRun);
    QTRY_COMPARE(logModel->rowCount(), 3);
    QCOMPARE(logModel->index(0, LogTableModel::Message).data().toString(),
             QStringLiteral("Targeting started"));
    QCOMPARE(logModel->index(1, LogTableModel::Message).data().toString(),
             QStringLiteral("3 recipients excluded"));
    QCOMPARE(logModel->index(2, LogTableModel::Message).data().toString(),
             QStringLiteral("Disk full"));
    QCOMPARE(logModel->index(0, LogTableModel::Level).data().toString(),
             QStringLiteral("Information"));
    QCOMPARE(logModel->index(1, LogTableModel::Level).data().toString(), QStringLiteral("Warning"));
    QCOMPARE(logModel->index(2, LogTableModel::Level).data(LogTableModel::RawValueRole).toString(),
             QStringLiteral("error"));
    QVERIFY(
        !logModel->index(2, LogTableModel::Level).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(logModel->index(1, LogTableModel::Step).data().toString(),
             QStringLiteral("targeting"));
    QCOMPARE(logModel->index(1, LogTableModel::Object).data().toString(),
             QStringLiteral("delivery 42"));
    QCOMPARE(logModel->index(0, LogTableModel::Object).data().toString(), QString());
    QCOMPARE(logModel->index(2, LogTableModel::Time).data().toString(),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(opAt + 3), QLocale::ShortFormat));

    // The CSV export equals the table.
    QStringList header;
    for (int col = 0; col < model->columnCount(); ++col)
        header << model->headerData(col, Qt::Horizontal).toString();
    QList<QStringList> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields;
        for (int col = 0; col < model->columnCount(); ++col)
            fields << model->index(row, col).data().toString();
        rows << fields;
    }
    QCOMPARE(rows.size(), 7);
    const QString expected = CsvWriter::text(header, rows);
    QCOMPARE(page.csvText(), expected);
    QVERIFY(expected.startsWith(QStringLiteral("Workflow,Internal name,Status,Trigger,")));
    QVERIFY(expected.contains(QStringLiteral(",\"Stock, \"\"alert\"\" failed\"\r\n")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("runs.csv"));
    QString error;
    QVERIFY2(page.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected.toUtf8());

    // A finished run refreshes the table and keeps the selection.
    RunRow newRun = runs.at(0);
    newRun.startedAt = utc(2027, 1, 15, 16);
    newRun.finishedAt = newRun.startedAt + 10;
    const qint64 newId = insertRun(*database, newRun);
    QVERIFY(newId > 0);
    engine::RunOutcome outcome;
    outcome.workflow = newRun.workflow;
    outcome.runId = newId;
    outcome.status = newRun.status;
    emit engine->runFinished(outcome);
    QTRY_COMPARE(model->rowCount(), 8);
    QCOMPARE(model->totalCount(), 8);
    QCOMPARE(model->index(0, 0).data(RunTableModel::RunIdRole).toLongLong(), newId);
    QTRY_COMPARE(page.selectedRunId(), opRun);
    QTRY_VERIFY(view->selectionModel()->isRowSelected(model->rowOfRun(opRun), {}));
    QCOMPARE(logModel->rowCount(), 3);
    saveGrab(&page, QStringLiteral("journalpage-%1-en.png").arg(backend));

    // Italian: workflow labels (from the catalog) follow at run time.
    QVERIFY(installTranslations(QStringLiteral("it")));
    QTRY_COMPARE(model->index(model->rowOfRun(opRun), RunTableModel::Label).data().toString(),
                 workflows::WorkflowCatalog::find(QStringLiteral("operationMgt"))
                     ->label(QStringLiteral("it")));
    QTRY_COMPARE(workflowCombo->itemText(workflowCombo->findData(QStringLiteral("budgetMgt"))),
                 QStringLiteral("Calcolo costi"));
    QTRY_COMPARE(page.selectedRunId(), opRun);
    saveGrab(&page, QStringLiteral("journalpage-%1-it.png").arg(backend));

    // Strings of the Italian .ts file (checked last, so that everything above
    // runs while translations are being written).
    QTRY_COMPARE(model->headerData(RunTableModel::Status, Qt::Horizontal).toString(),
                 QStringLiteral("Stato"));
    QTRY_COMPARE(logModel->headerData(LogTableModel::Message, Qt::Horizontal).toString(),
                 QStringLiteral("Messaggio"));
    QTRY_COMPARE(withoutMnemonic(exportButton->text()), QStringLiteral("Esporta CSV…"));
}

QTEST_MAIN(TestJournalPage)
#include "tst_journalpage.moc"
