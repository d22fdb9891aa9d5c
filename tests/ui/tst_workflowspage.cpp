#include "common/translations.h"
#include "db/database.h"
#include "engine/clock.h"
#include "engine/runcontext.h"
#include "engine/workflow.h"
#include "engine/workflowengine.h"
#include "people/actor.h"
#include "testdatabase.h"
#include "workflows/logmodel.h"
#include "workflows/runhistorymodel.h"
#include "workflows/scheduledialog.h"
#include "workflows/workflowspage.h"
#include "workflows/workflowtablemodel.h"
#include "workflows/workflowcatalog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace campagna;
using campagna::ui::LogModel;
using campagna::ui::RunHistoryModel;
using campagna::ui::WorkflowsPage;
using campagna::ui::WorkflowTableModel;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z

// Read on the test thread's own connection, as another process would.
QString workflowColumn(db::Database &database, const QString &column, const QString &workflow)
{
    QSqlQuery query(database.connection());
    if (!query.prepare(QStringLiteral("SELECT %1 FROM workflow WHERE name = ?").arg(column)))
        return QStringLiteral("<prepare failed: %1>").arg(query.lastError().text());
    query.addBindValue(workflow);
    if (!query.exec() || !query.next())
        return QStringLiteral("<query failed: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

QString stateOf(db::Database &database, const QString &workflow)
{
    return workflowColumn(database, QStringLiteral("state"), workflow);
}

QString cell(const WorkflowTableModel *model, const QString &workflow, int column,
             int role = Qt::DisplayRole)
{
    const int row = model->rowOf(workflow);
    return row < 0 ? QString() : model->index(row, column).data(role).toString();
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

// Clicks the workflow's row in the view, as a person would.
void clickRow(QTableView *view, const QString &workflow)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, WorkflowTableModel::Label);
        if (index.data(WorkflowTableModel::NameRole).toString() == workflow) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(workflow)));
}

void saveGrab(QWidget *widget, const QString &name)
{
    const QString folder = QDir::currentPath() + QStringLiteral("/screenshots/");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY2(widget->grab().save(folder + name), qPrintable(folder + name));
}

// A test-only processing: reports 3 of 10 done, then holds until the test
// opens the gate, then stops at its checkpoint if it was cancelled.
class HeldWorkflow final : public engine::Workflow
{
public:
    HeldWorkflow(QSemaphore *started, QSemaphore *gate)
        : m_started(started)
        , m_gate(gate)
    {}
    Result<void> run(engine::RunContext &context) override
    {
        context.setProgress(3, 10);
        m_started->release();
        // Bounded, so that a failing test cannot hang the engine's shutdown.
        if (!m_gate->tryAcquire(1, 30000))
            return makeError(Error::Code::Failed, QStringLiteral("the test never opened the gate"));
        if (auto ok = context.checkpoint(); !ok)
            return ok;
        context.setProgress(10, 10);
        return {};
    }

private:
    QSemaphore *m_started;
    QSemaphore *m_gate;
};

// A test-only processing that logs one info line, then (per run number,
// counted by the factory) a warning and an error, adds items, and fails on
// the run whose number is `failOn`.
class ScriptedWorkflow final : public engine::Workflow
{
public:
    ScriptedWorkflow(int number, int failOn)
        : m_number(number)
        , m_failOn(failOn)
    {}
    Result<void> run(engine::RunContext &context) override
    {
        auto done = context.unit(QStringLiteral("step-a"), [&](QSqlDatabase &) -> Result<void> {
            context.info(QStringLiteral("step-a"), QStringLiteral("run %1 begins").arg(m_number));
            context.warning(QStringLiteral("step-b"), QStringLiteral("run %1 warns").arg(m_number));
            context.log(engine::LogLevel::Error, QStringLiteral("step-c"),
                        QStringLiteral("run %1 complains").arg(m_number));
            context.info(QStringLiteral("step-d"), QStringLiteral("run %1 ends").arg(m_number));
            context.addItems(m_number * 10);
            return {};
        });
        if (!done)
            return done;
        if (m_number == m_failOn)
            return makeError(Error::Code::Failed, QStringLiteral("scripted failure"));
        return {};
    }

private:
    int m_number;
    int m_failOn;
};

qint64 scalarOf(db::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestWorkflowsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();

    void labelsAndPauseStart_data();
    void labelsAndPauseStart();
    void runNowShowsFailure_data();
    void runNowShowsFailure();
    void progressAndCancel_data();
    void progressAndCancel();
    void historyAndJournal_data();
    void historyAndJournal();
    void editSchedule_data();
    void editSchedule();
    void purgeJournal_data();
    void purgeJournal();

private:
    std::unique_ptr<engine::WorkflowEngine> makeEngine(std::shared_ptr<db::Database> database);
};

void TestWorkflowsPage::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void TestWorkflowsPage::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

std::unique_ptr<engine::WorkflowEngine>
TestWorkflowsPage::makeEngine(std::shared_ptr<db::Database> database)
{
    auto engine = std::make_unique<engine::WorkflowEngine>(
        std::move(database), std::make_shared<engine::Clock>(FixedNow));
    engine->setOwnerLabel(QStringLiteral("tst_workflowspage"));
    engine->setActor(people::Actor{std::nullopt, QStringLiteral("tester"), true});
    return engine;
}

void TestWorkflowsPage::labelsAndPauseStart_data()
{
    test::TestDatabase::addBackendRows();
}

void TestWorkflowsPage::labelsAndPauseStart()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    // Declared before the page: the page goes first, then the engine waits
    // for its pool.
    auto engine = makeEngine(database);
    WorkflowsPage page(engine.get());
    page.resize(1100, 620);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *model = page.model();
    auto *view = page.findChild<QTableView *>(QStringLiteral("workflowTable"));
    auto *banner = page.findChild<QFrame *>(QStringLiteral("haltedBanner"));
    auto *bannerText = page.findChild<QLabel *>(QStringLiteral("haltedBannerText"));
    auto *pauseButton = page.findChild<QAbstractButton *>(QStringLiteral("pauseButton"));
    auto *startButton = page.findChild<QAbstractButton *>(QStringLiteral("startButton"));
    QVERIFY(view && banner && bannerText && pauseButton && startButton);

    // Every workflow of the catalog, in catalog order, with its English label.
    const QList<workflows::WorkflowDescriptor> &catalog = workflows::WorkflowCatalog::all();
    QTRY_COMPARE(model->rowCount(), catalog.size());
    for (int row = 0; row < catalog.size(); ++row) {
        const workflows::WorkflowDescriptor &info = catalog.at(row);
        QCOMPARE(model->index(row, WorkflowTableModel::Name).data().toString(), info.name);
        QCOMPARE(model->index(row, WorkflowTableModel::Label).data().toString(),
                 info.label(QStringLiteral("en")));
        QCOMPARE(model->index(row, WorkflowTableModel::Label).data(Qt::ToolTipRole).toString(),
                 info.description(QStringLiteral("en")));
        QCOMPARE(model->index(row, WorkflowTableModel::State)
                     .data(WorkflowTableModel::RawValueRole)
                     .toString(),
                 QStringLiteral("started"));
        QCOMPARE(model->index(row, WorkflowTableModel::State).data().toString(),
                 QStringLiteral("Started"));
        QCOMPARE(model->index(row, WorkflowTableModel::Failed).data().toString(),
                 QStringLiteral("No"));
    }
    QCOMPARE(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::Label),
             QStringLiteral("Cost calculation"));
    QCOMPARE(cell(model, QStringLiteral("stockMgt"), WorkflowTableModel::Label),
             QStringLiteral("Stock: Orders and alerts"));
    QCOMPARE(model->headerData(WorkflowTableModel::State, Qt::Horizontal).toString(),
             QStringLiteral("State"));
    QCOMPARE(withoutMnemonic(pauseButton->text()), QStringLiteral("Pause"));
    QVERIFY(banner->isHidden());
    QVERIFY(!page.isHaltedBannerShown());

    // Pause budgetMgt: the database says paused, the banner appears.
    clickRow(view, QStringLiteral("budgetMgt"));
    QTRY_COMPARE(page.selectedWorkflow(), QStringLiteral("budgetMgt"));
    QTRY_VERIFY(pauseButton->isEnabled());
    QVERIFY(!startButton->isEnabled());
    QTest::mouseClick(pauseButton, Qt::LeftButton);
    QTRY_COMPARE(stateOf(*database, QStringLiteral("budgetMgt")), QStringLiteral("paused"));
    QTRY_VERIFY(page.isHaltedBannerShown());
    QVERIFY(!banner->isHidden());
    QVERIFY2(bannerText->text().contains(QStringLiteral("Cost calculation")),
             qPrintable(bannerText->text()));
    QVERIFY(bannerText->text().startsWith(QStringLiteral("Campaign processing is halted")));
    QTRY_COMPARE(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::State,
                      WorkflowTableModel::RawValueRole),
                 QStringLiteral("paused"));
    QCOMPARE(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::State),
             QStringLiteral("Paused"));
    QTRY_VERIFY(startButton->isEnabled());
    QVERIFY(!pauseButton->isEnabled());
    // The other four are untouched.
    QCOMPARE(stateOf(*database, QStringLiteral("stockMgt")), QStringLiteral("started"));
    saveGrab(&page, QStringLiteral("workflowspage-%1-en.png").arg(backend));

    // Italian: labels, descriptions and the banner follow at run time.
    QVERIFY(installTranslations(QStringLiteral("it")));
    QTRY_COMPARE(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::Label),
                 QStringLiteral("Calcolo costi"));
    QCOMPARE(cell(model, QStringLiteral("supplierMgt"), WorkflowTableModel::Label),
             QStringLiteral("Processi relativi ai fornitori di servizi"));
    QCOMPARE(cell(model, QStringLiteral("stockMgt"), WorkflowTableModel::Label),
             QStringLiteral("Stock: Ordini e avvisi"));
    QCOMPARE(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::Label, Qt::ToolTipRole),
             workflows::WorkflowCatalog::find(QStringLiteral("budgetMgt"))
                 ->description(QStringLiteral("it")));
    QTRY_VERIFY2(bannerText->text().contains(QStringLiteral("Calcolo costi")),
                 qPrintable(bannerText->text()));
    // The raw value never changes with the language.
    QCOMPARE(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::State,
                  WorkflowTableModel::RawValueRole),
             QStringLiteral("paused"));
    saveGrab(&page, QStringLiteral("workflowspage-%1-it.png").arg(backend));

    // Start: started again, and with every workflow started the banner goes.
    QTRY_VERIFY(startButton->isEnabled());
    QTest::mouseClick(startButton, Qt::LeftButton);
    QTRY_COMPARE(stateOf(*database, QStringLiteral("budgetMgt")), QStringLiteral("started"));
    QTRY_VERIFY(!page.isHaltedBannerShown());
    QVERIFY(banner->isHidden());

    // Strings of the Italian .ts file (checked last, so that everything above
    // runs while translations are being written).
    QTRY_COMPARE(model->headerData(WorkflowTableModel::State, Qt::Horizontal).toString(),
                 QStringLiteral("Stato"));
    QTRY_COMPARE(withoutMnemonic(pauseButton->text()), QStringLiteral("Sospendi"));
    QTRY_COMPARE(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::State),
                 QStringLiteral("Avviato"));
}

void TestWorkflowsPage::runNowShowsFailure_data()
{
    test::TestDatabase::addBackendRows();
}

void TestWorkflowsPage::runNowShowsFailure()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    auto engine = makeEngine(database);
    WorkflowsPage page(engine.get());
    page.resize(1100, 620);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *model = page.model();
    auto *view = page.findChild<QTableView *>(QStringLiteral("workflowTable"));
    auto *messageArea = page.findChild<QFrame *>(QStringLiteral("messageArea"));
    auto *messageText = page.findChild<QLabel *>(QStringLiteral("messageText"));
    auto *runButton = page.findChild<QAbstractButton *>(QStringLiteral("runNowButton"));
    auto *startButton = page.findChild<QAbstractButton *>(QStringLiteral("startButton"));
    QVERIFY(view && messageArea && messageText && runButton && startButton);
    QTRY_COMPARE(model->rowCount(), workflows::WorkflowCatalog::all().size());
    QCOMPARE(cell(model, QStringLiteral("stockMgt"), WorkflowTableModel::LastRun),
             QStringLiteral("Never run"));

    // Run now: the processing of this version is not built, and the console
    // says so; the run is recorded as failed and the workflow paused
    // (on_error = pause).
    clickRow(view, QStringLiteral("stockMgt"));
    QTRY_COMPARE(page.selectedWorkflow(), QStringLiteral("stockMgt"));
    QTRY_VERIFY(runButton->isEnabled());
    QTest::mouseClick(runButton, Qt::LeftButton);
    QTRY_VERIFY2(messageText->text().contains(QStringLiteral("not available yet")),
                 qPrintable(messageText->text()));
    QVERIFY(!messageArea->isHidden());
    QCOMPARE(messageArea->property("kind").toString(), QStringLiteral("error"));
    QVERIFY(messageText->text().startsWith(QStringLiteral("Stock: Orders and alerts: run ")));

    QTRY_COMPARE(workflowColumn(*database, QStringLiteral("failed"), QStringLiteral("stockMgt")),
                 QStringLiteral("1"));
    QTRY_VERIFY(model->index(model->rowOf(QStringLiteral("stockMgt")), WorkflowTableModel::Failed)
                    .data(WorkflowTableModel::RawValueRole)
                    .toBool());
    QCOMPARE(cell(model, QStringLiteral("stockMgt"), WorkflowTableModel::Failed),
             QStringLiteral("Yes"));
    QVERIFY(cell(model, QStringLiteral("stockMgt"), WorkflowTableModel::LastRun)
                .startsWith(QStringLiteral("Failed")));
    QVERIFY(cell(model, QStringLiteral("stockMgt"), WorkflowTableModel::LastRun, Qt::ToolTipRole)
                .contains(QStringLiteral("not available yet")));
    QCOMPARE(stateOf(*database, QStringLiteral("stockMgt")), QStringLiteral("paused"));
    QTRY_VERIFY(page.isHaltedBannerShown());
    QVERIFY(!engine->isRunning(QStringLiteral("stockMgt")));
    saveGrab(&page, QStringLiteral("workflowspage-%1-runfailed-en.png").arg(backend));

    // Start clears the failed flag and lifts the halt.
    QTRY_VERIFY(startButton->isEnabled());
    QTest::mouseClick(startButton, Qt::LeftButton);
    QTRY_COMPARE(stateOf(*database, QStringLiteral("stockMgt")), QStringLiteral("started"));
    QTRY_COMPARE(workflowColumn(*database, QStringLiteral("failed"), QStringLiteral("stockMgt")),
                 QStringLiteral("0"));
    QTRY_COMPARE(cell(model, QStringLiteral("stockMgt"), WorkflowTableModel::Failed),
                 QStringLiteral("No"));
    QTRY_VERIFY(!page.isHaltedBannerShown());
}

void TestWorkflowsPage::progressAndCancel_data()
{
    test::TestDatabase::addBackendRows();
}

void TestWorkflowsPage::progressAndCancel()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    QSemaphore started;
    QSemaphore gate;
    auto engine = makeEngine(database);
    engine->registerWorkflow(QStringLiteral("budgetMgt"), [&started, &gate] {
        return std::make_unique<HeldWorkflow>(&started, &gate);
    });
    WorkflowsPage page(engine.get());
    page.resize(1100, 620);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *model = page.model();
    auto *view = page.findChild<QTableView *>(QStringLiteral("workflowTable"));
    auto *messageText = page.findChild<QLabel *>(QStringLiteral("messageText"));
    auto *leaseLabel = page.findChild<QLabel *>(QStringLiteral("leaseLabel"));
    auto *progress = page.findChild<QProgressBar *>(QStringLiteral("runProgress"));
    auto *runButton = page.findChild<QAbstractButton *>(QStringLiteral("runNowButton"));
    auto *cancelButton = page.findChild<QAbstractButton *>(QStringLiteral("cancelButton"));
    QVERIFY(view && messageText && leaseLabel && progress && runButton && cancelButton);
    QTRY_COMPARE(model->rowCount(), workflows::WorkflowCatalog::all().size());
    clickRow(view, QStringLiteral("budgetMgt"));
    QTRY_COMPARE(page.selectedWorkflow(), QStringLiteral("budgetMgt"));
    QVERIFY(!cancelButton->isEnabled());
    QVERIFY(progress->isHidden());

    // Running: Cancel enabled, Run now not, progress 3 of 10, lease shown.
    QTRY_VERIFY(runButton->isEnabled());
    QTest::mouseClick(runButton, Qt::LeftButton);
    QTRY_VERIFY(cancelButton->isEnabled());
    QVERIFY(!runButton->isEnabled());
    QTRY_COMPARE(progress->text(), QStringLiteral("3 of 10"));
    QVERIFY(!progress->isHidden());
    QCOMPARE(progress->maximum(), 1000);
    QCOMPARE(progress->value(), 300);
    QTRY_VERIFY2(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::LastRun)
                     .startsWith(QStringLiteral("Running since")),
                 qPrintable(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::LastRun)));
    QVERIFY(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::LastRun)
                .endsWith(QStringLiteral(": 3 of 10")));
    QTRY_VERIFY(!leaseLabel->isHidden());
    QVERIFY2(leaseLabel->text().startsWith(QStringLiteral("Being run by ")),
             qPrintable(leaseLabel->text()));
    QVERIFY(leaseLabel->text().contains(QStringLiteral("tst_workflowspage")));
    saveGrab(&page, QStringLiteral("workflowspage-%1-running-en.png").arg(backend));

    // Cancel: the run stops at its checkpoint and says so.
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    gate.release();
    QTRY_VERIFY2(messageText->text().contains(QStringLiteral("was cancelled")),
                 qPrintable(messageText->text()));
    QTRY_VERIFY(!cancelButton->isEnabled());
    QVERIFY(!engine->isRunning(QStringLiteral("budgetMgt")));
    QTRY_VERIFY(progress->isHidden());
    QTRY_VERIFY(leaseLabel->isHidden());
    QTRY_VERIFY(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::LastRun)
                    .startsWith(QStringLiteral("Cancelled")));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT status FROM workflow_run WHERE workflow = "
                                      "'budgetMgt'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("cancelled"));
    QVERIFY(!query.next());
    QCOMPARE(cell(model, QStringLiteral("budgetMgt"), WorkflowTableModel::Failed),
             QStringLiteral("No"));
}

void TestWorkflowsPage::historyAndJournal_data()
{
    test::TestDatabase::addBackendRows();
}

void TestWorkflowsPage::historyAndJournal()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    auto engine = makeEngine(database);
    int runs = 0;
    // The second of three runs fails (and so pauses the workflow; the others
    // are run now, whatever the state).
    engine->registerWorkflow(QStringLiteral("operationMgt"),
                             [&runs] { return std::make_unique<ScriptedWorkflow>(++runs, 2); });
    WorkflowsPage page(engine.get());
    page.resize(1100, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *model = page.model();
    auto *view = page.findChild<QTableView *>(QStringLiteral("workflowTable"));
    auto *historyView = page.findChild<QTableView *>(QStringLiteral("runHistoryTable"));
    auto *logView = page.findChild<QTableView *>(QStringLiteral("runLogTable"));
    auto *levelFilter = page.findChild<QComboBox *>(QStringLiteral("levelFilter"));
    QVERIFY(view && historyView && logView && levelFilter);
    QTRY_COMPARE(model->rowCount(), workflows::WorkflowCatalog::all().size());
    clickRow(view, QStringLiteral("operationMgt"));
    QTRY_COMPARE(page.selectedWorkflow(), QStringLiteral("operationMgt"));
    QCOMPARE(page.historyModel()->rowCount(), 0);

    for (int i = 1; i <= 3; ++i) {
        const engine::RunOutcome outcome =
            engine->runNow(QStringLiteral("operationMgt"), engine::Trigger::Manual).result();
        QCOMPARE(outcome.status, i == 2 ? QStringLiteral("failed") : QStringLiteral("succeeded"));
    }
    // runFinished refreshes the history: newest first.
    RunHistoryModel *history = page.historyModel();
    QTRY_COMPARE(history->rowCount(), 3);
    // The read requested at the third run's start may come first: wait for its end.
    QTRY_COMPARE(
        history->index(0, RunHistoryModel::Status).data(RunHistoryModel::RawValueRole).toString(),
        QStringLiteral("succeeded"));
    QTRY_COMPARE(
        history->index(2, RunHistoryModel::Items).data(RunHistoryModel::RawValueRole).toLongLong(),
        10);
    const QStringList statuses = {QStringLiteral("succeeded"), QStringLiteral("failed"),
                                  QStringLiteral("succeeded")};
    const QList<qint64> items = {
        30,
        scalarOf(*database, QStringLiteral("SELECT items FROM workflow_run WHERE workflow = "
                                           "'operationMgt' AND status = 'failed'")),
        10};
    QVERIFY(items.at(1) >= 0);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(history->index(row, RunHistoryModel::Status)
                     .data(RunHistoryModel::RawValueRole)
                     .toString(),
                 statuses.at(row));
        QCOMPARE(history->index(row, RunHistoryModel::Items)
                     .data(RunHistoryModel::RawValueRole)
                     .toLongLong(),
                 items.at(row));
        QCOMPARE(history->index(row, RunHistoryModel::Trigger).data().toString(),
                 QStringLiteral("Run now"));
        QCOMPARE(history->index(row, RunHistoryModel::RequestedBy).data().toString(),
                 QStringLiteral("tester"));
        QCOMPARE(history->index(row, RunHistoryModel::Start).data().toString(),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(FixedNow), QLocale::ShortFormat));
    }
    QCOMPARE(history->index(0, RunHistoryModel::Status).data().toString(),
             QStringLiteral("Succeeded"));
    QCOMPARE(history->index(1, RunHistoryModel::Status).data().toString(),
             QStringLiteral("Failed"));
    QVERIFY(history->index(0, RunHistoryModel::Status).data(Qt::ForegroundRole).isValid());
    QCOMPARE(history->runs().size(),
             scalarOf(*database, QStringLiteral("SELECT COUNT(*) FROM workflow_run WHERE "
                                                "workflow = 'operationMgt'")));

    // Selecting the newest run shows its four lines, oldest first. (A run is
    // always selected: the newest at first, then the same one across reloads.)
    QVERIFY(page.selectedRun() != 0);
    const qint64 newest = history->runs().at(0).id;
    page.selectRun(newest);
    QTRY_COMPARE(page.selectedRun(), newest);
    LogModel *log = page.logModel();
    QTRY_COMPARE(log->rowCount(), 4);
    QCOMPARE(log->index(0, LogModel::Message).data().toString(), QStringLiteral("run 3 begins"));
    QCOMPARE(log->index(1, LogModel::Level).data().toString(), QStringLiteral("Warning"));
    QCOMPARE(log->index(1, LogModel::Step).data().toString(), QStringLiteral("step-b"));
    QVERIFY(!log->index(1, LogModel::Level).data(Qt::DecorationRole).value<QIcon>().isNull());

    // The level filter reduces them.
    levelFilter->setCurrentIndex(1);
    QCOMPARE(log->rowCount(), 2);
    QCOMPARE(log->index(0, LogModel::Message).data().toString(), QStringLiteral("run 3 warns"));
    levelFilter->setCurrentIndex(2);
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->index(0, LogModel::Message).data().toString(), QStringLiteral("run 3 complains"));
    levelFilter->setCurrentIndex(0);
    QCOMPARE(log->rowCount(), 4);

    // Selecting the first run shows its lines; a new run keeps the selection.
    const qint64 oldest = history->runs().at(2).id;
    page.selectRun(oldest);
    QTRY_COMPARE(log->index(0, LogModel::Message).data().toString(),
                 QStringLiteral("run 1 begins"));
    QCOMPARE(page.selectedRun(), oldest);
    QCOMPARE(
        engine->runNow(QStringLiteral("operationMgt"), engine::Trigger::Manual).result().status,
        QStringLiteral("succeeded"));
    QTRY_COMPARE(history->rowCount(), 4);
    QTRY_COMPARE(
        history->index(0, RunHistoryModel::Status).data(RunHistoryModel::RawValueRole).toString(),
        QStringLiteral("succeeded"));
    QCOMPARE(page.selectedRun(), oldest);
    QTRY_COMPARE(log->rowCount(), 4);
    QCOMPARE(log->index(0, LogModel::Message).data().toString(), QStringLiteral("run 1 begins"));
    saveGrab(&page, QStringLiteral("workflowspage-%1-history-en.png").arg(backend));
}

void TestWorkflowsPage::editSchedule_data()
{
    test::TestDatabase::addBackendRows();
}

void TestWorkflowsPage::editSchedule()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    auto engine = makeEngine(database);
    WorkflowsPage page(engine.get());
    page.resize(1100, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<QTableView *>(QStringLiteral("workflowTable"));
    QTRY_COMPARE(page.model()->rowCount(), workflows::WorkflowCatalog::all().size());
    clickRow(view, QStringLiteral("deliveryMgt"));
    QTRY_COMPARE(page.selectedWorkflow(), QStringLiteral("deliveryMgt"));
    const QString scheduleBefore =
        workflowColumn(*database, QStringLiteral("schedule"), QStringLiteral("deliveryMgt"));
    const QString nextBefore =
        workflowColumn(*database, QStringLiteral("next_run_at"), QStringLiteral("deliveryMgt"));
    QCOMPARE(scheduleBefore, QStringLiteral("every 15m"));

    QPointer<ui::ScheduleDialog> dialog = page.editSchedule();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("scheduleEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("scheduleError"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(edit && error && buttons);
    QCOMPARE(edit->text(), QStringLiteral("every 15m"));

    // A bad schedule: the engine's message, the dialog stays, nothing changes.
    edit->setText(QStringLiteral("sometimes 9"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("sometimes 9")), qPrintable(error->text()));
    QCOMPARE(dialog->errorText(), error->text());
    QVERIFY(dialog->isVisible());
    QCOMPARE(workflowColumn(*database, QStringLiteral("schedule"), QStringLiteral("deliveryMgt")),
             scheduleBefore);
    QCOMPARE(
        workflowColumn(*database, QStringLiteral("next_run_at"), QStringLiteral("deliveryMgt")),
        nextBefore);

    // A good one is stored and the dialog closes.
    edit->setText(QStringLiteral("daily 09:00"));
    QTRY_VERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(
        workflowColumn(*database, QStringLiteral("schedule"), QStringLiteral("deliveryMgt")),
        QStringLiteral("daily 09:00"));
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(page.model()->status(QStringLiteral("deliveryMgt"))->schedule,
                 QStringLiteral("daily 09:00"));
    QCOMPARE(workflowColumn(*database, QStringLiteral("schedule"), QStringLiteral("stockMgt")),
             QStringLiteral("daily 09:00"));
    QCOMPARE(workflowColumn(*database, QStringLiteral("schedule"), QStringLiteral("budgetMgt")),
             QStringLiteral("every 1h"));
}

void TestWorkflowsPage::purgeJournal_data()
{
    test::TestDatabase::addBackendRows();
}

void TestWorkflowsPage::purgeJournal()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    auto engine = makeEngine(database);
    int runs = 0;
    engine->registerWorkflow(QStringLiteral("supplierMgt"),
                             [&runs] { return std::make_unique<ScriptedWorkflow>(++runs, 0); });
    WorkflowsPage page(engine.get());
    page.resize(1100, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), workflows::WorkflowCatalog::all().size());
    for (int i = 0; i < 2; ++i)
        QCOMPARE(
            engine->runNow(QStringLiteral("supplierMgt"), engine::Trigger::Manual).result().status,
            QStringLiteral("succeeded"));
    // Age the first run's lines by 100 days; the cutoff is 30 days ago.
    const qint64 total = scalarOf(*database, QStringLiteral("SELECT COUNT(*) FROM workflow_log"));
    QSqlQuery age(database->connection());
    QVERIFY2(age.exec(QStringLiteral("UPDATE workflow_log SET at = at - %1 WHERE run_id = (SELECT "
                                     "MIN(id) FROM workflow_run WHERE workflow = 'supplierMgt')")
                          .arg(100 * 86400)),
             qPrintable(age.lastError().text()));
    const qint64 old = age.numRowsAffected();
    QCOMPARE(old, 4);
    const QDate cutoff = QDateTime::fromSecsSinceEpoch(FixedNow).date().addDays(-30);

    QStringList questions;
    bool answer = false;
    page.setConfirmer([&](QWidget *, const QString &, const QString &text) {
        questions << text;
        return answer;
    });
    QSignalSpy finished(&page, &WorkflowsPage::journalPurgeFinished);

    // Declined: nothing goes; the question names the date and the count.
    page.purgeJournalBefore(cutoff);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toLongLong(), -1);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.at(0).contains(QStringLiteral("the 4 journal line")),
             qPrintable(questions.at(0)));
    QVERIFY(questions.at(0).contains(QLocale().toString(cutoff, QLocale::LongFormat)));
    QCOMPARE(scalarOf(*database, QStringLiteral("SELECT COUNT(*) FROM workflow_log")), total);

    // Confirmed: exactly the older lines go.
    answer = true;
    page.purgeJournalBefore(cutoff);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).toLongLong(), old);
    QCOMPARE(scalarOf(*database, QStringLiteral("SELECT COUNT(*) FROM workflow_log")), total - old);
    QCOMPARE(scalarOf(*database, QStringLiteral("SELECT COUNT(*) FROM workflow_log WHERE at < %1")
                                     .arg(cutoff.startOfDay().toSecsSinceEpoch())),
             0);
    auto *messageText = page.findChild<QLabel *>(QStringLiteral("messageText"));
    QVERIFY2(messageText->text().startsWith(QStringLiteral("4 journal line")),
             qPrintable(messageText->text()));

    // A non-administrator is refused with the message, and nothing goes.
    QVERIFY(age.exec(QStringLiteral("UPDATE workflow_log SET at = at - %1").arg(100 * 86400)));
    engine->setActor(people::Actor{std::nullopt, QStringLiteral("visitor"), false});
    page.purgeJournalBefore(cutoff);
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(finished.at(2).at(0).toLongLong(), -1);
    QCOMPARE(questions.size(), 2);
    QVERIFY2(messageText->text().startsWith(QStringLiteral("The journal could not be purged: ")),
             qPrintable(messageText->text()));
    QCOMPARE(scalarOf(*database, QStringLiteral("SELECT COUNT(*) FROM workflow_log")), total - old);
}

QTEST_MAIN(TestWorkflowsPage)
#include "tst_workflowspage.moc"
