#include "common/runtexts.h"
#include "common/translations.h"
#include "db/database.h"
#include "db/sql.h"
#include "engine/bootstrap.h"
#include "engine/clock.h"
#include "engine/runcontext.h"
#include "engine/workflow.h"
#include "engine/workflowengine.h"
#include "main/mainwindow.h"
#include "privatepostgres.h"
#include "testdatabase.h"
#include "workflows/workflowspage.h"
#include "workflows/workflowtablemodel.h"
#include "workflows/workflowcatalog.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace campagna;
using campagna::ui::MainWindow;
using campagna::ui::WorkflowTableModel;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z

std::unique_ptr<engine::WorkflowEngine> makeEngine(std::shared_ptr<db::Database> database)
{
    return MainWindow::createEngine(std::move(database),
                                    people::Actor{std::nullopt, QStringLiteral("tester"), true},
                                    std::make_shared<engine::Clock>(FixedNow));
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << withoutMnemonic(action->text());
    return titles;
}

QStringList navigationTexts(MainWindow &window)
{
    QStringList texts;
    for (int row = 0; row < window.navigation()->count(); ++row)
        texts << window.navigation()->item(row)->text();
    return texts;
}

qint64 count(db::Database &database, const QString &table)
{
    auto value = db::Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM ") + table);
    return value && value.value() ? value.value()->toLongLong() : -1;
}

// A test-only processing that holds until the test opens the gate (or the
// run is cancelled).
class HeldWorkflow final : public engine::Workflow
{
public:
    HeldWorkflow(QSemaphore *started, QSemaphore *gate)
        : m_started(started)
        , m_gate(gate)
    {}
    Result<void> run(engine::RunContext &context) override
    {
        m_started->release();
        for (int i = 0; i < 300 && !m_gate->tryAcquire(1, 100); ++i) {
            if (auto ok = context.checkpoint(); !ok)
                return ok;
        }
        return context.checkpoint();
    }

private:
    QSemaphore *m_started;
    QSemaphore *m_gate;
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void lostConnectionShowsAndClearsBanner();
    void languageSwitch_data();
    void languageSwitch();
    void loadDemoData_data();
    void loadDemoData();
    void grabEveryPage();
    void switchAsksWhileRunning();
    void settingsAreRemembered();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    installTranslations(QStringLiteral("en"));
}

void TestMainWindow::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestMainWindow::lostConnectionShowsAndClearsBanner()
{
    if (test::TestDatabase::mayNotRun(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL: run the test through CTest");
    // A server of this test's own: stopping it disturbs no other test.
    test::PrivatePostgres server(QStringLiteral("mw"));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    {
        auto admin = db::Database::open(server.url());
        QVERIFY2(admin, qPrintable(admin.errorMessage()));
        QVERIFY(db::Sql::exec(admin.value()->connection(), QStringLiteral("CREATE DATABASE lost")));
    }
    auto opened = engine::Bootstrap::open(server.url(QStringLiteral("lost")), true, FixedNow);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    std::shared_ptr<db::Database> database = opened.value();
    database->closeConnection();

    MainWindow window(makeEngine(database));
    window.setReconnectDelays(1, 4);
    window.show();
    WorkflowTableModel *model = window.workflowsPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), workflows::WorkflowCatalog::all().size(), 30000);
    auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QCOMPARE(status->text(), QStringLiteral("Connected"));
    QVERIFY(!window.connectionBanner()->isVisible());

    QSignalSpy changes(&window, &MainWindow::connectionStateChanged);
    QVERIFY2(server.pause(), qPrintable(server.lastError()));
    model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window.isConnectionLost(), 60000);
    QVERIFY(window.connectionBanner()->isVisible());
    QVERIFY2(window.connectionBannerText().startsWith(
                 QStringLiteral("Connection to %1 lost: reconnecting")
                     .arg(database->url().toDisplayString())),
             qPrintable(window.connectionBannerText()));
    QCOMPARE(status->text(), QStringLiteral("Connection lost, reconnecting"));
    // The window stays usable: pages can be changed while it is lost.
    window.navigation()->setCurrentRow(1);
    QCOMPARE(window.pages()->currentIndex(), 1);
    // The countdown is shown between attempts.
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBannerText().contains(QStringLiteral(" s…")), 30000);

    QVERIFY2(server.resume(), qPrintable(server.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isConnectionLost(), 90000);
    QCOMPARE(status->text(), QStringLiteral("Connected"));
    QCOMPARE(window.connectionBannerText(),
             QStringLiteral("Connection to %1 restored.").arg(database->url().toDisplayString()));
    // The note goes away by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!window.connectionBanner()->isVisible(), 30000);
    QCOMPARE(changes.count(), 2);
    QCOMPARE(changes.at(0).at(0).toBool(), true);
    QCOMPARE(changes.at(1).at(0).toBool(), false);
    // The pages read again from the server.
    model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == workflows::WorkflowCatalog::all().size() && !window.isConnectionLost(), 30000);
}

void TestMainWindow::languageSwitch_data()
{
    test::TestDatabase::addBackendRows();
}

void TestMainWindow::languageSwitch()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    MainWindow window(makeEngine(database));
    window.show();
    // One run, at the fixed time, for a date to show.
    QFuture<engine::RunOutcome> run =
        window.engine()->runNow(QStringLiteral("budgetMgt"), engine::Trigger::Manual);
    QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 60000);
    QVERIFY2(run.result().succeeded(), qPrintable(run.result().error));
    WorkflowTableModel *model = window.workflowsPage()->model();
    const auto lastRun = [model] {
        const int row = model->rowOf(QStringLiteral("budgetMgt"));
        return row < 0 ? QString() : model->index(row, WorkflowTableModel::LastRun).data().toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(lastRun().contains(ui::RunTexts::dateTime(FixedNow)), 30000);

    const QString english = QLocale(QLocale::English, QLocale::UnitedKingdom)
                                .toString(QDateTime::fromSecsSinceEpoch(FixedNow),
                                          QLocale::ShortFormat);
    const QString italian = QLocale(QLocale::Italian, QLocale::Italy)
                                .toString(QDateTime::fromSecsSinceEpoch(FixedNow),
                                          QLocale::ShortFormat);
    QVERIFY(english != italian);
    QVERIFY2(lastRun().contains(english), qPrintable(lastRun()));
    QCOMPARE(menuTitles(window),
             (QStringList{"File", "Workflows", "View", "Help"}));
    QCOMPARE(navigationTexts(window),
             (QStringList{"Workflows", "Budgets", "Stocks", "Deliveries", "Journal", "Operators", "Audit"}));
    QCOMPARE(window.windowTitle(),
             QStringLiteral("Campagna – %1").arg(database->url().toDisplayString()));

    // View > Language > Italiano, as a user would.
    QAction *italiano = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == u"Italiano")
            italiano = action;
    QVERIFY(italiano);
    italiano->trigger();
    QTRY_COMPARE(menuTitles(window), (QStringList{"File", "Flussi di lavoro", "Visualizza", "Aiuto"}));
    QCOMPARE(navigationTexts(window),
             (QStringList{"Flussi di lavoro", "Budget", "Stock", "Consegne", "Registro", "Operatori", "Audit"}));
    QTRY_VERIFY2(lastRun().contains(italian), qPrintable(lastRun()));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStatus"))->text(),
             QStringLiteral("Connesso"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("it"));

    // And back.
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == u"English")
            action->trigger();
    QTRY_COMPARE(menuTitles(window), (QStringList{"File", "Workflows", "View", "Help"}));
    QTRY_VERIFY2(lastRun().contains(english), qPrintable(lastRun()));
}

void TestMainWindow::loadDemoData_data()
{
    test::TestDatabase::addBackendRows();
}

void TestMainWindow::loadDemoData()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    MainWindow window(makeEngine(database));
    QStringList informed;
    window.setInformer([&informed](QWidget *, const QString &, const QString &text) {
        informed << text;
    });
    window.show();
    QCOMPARE(count(*database, QStringLiteral("campaign")), 0);

    QSignalSpy finished(&window, &MainWindow::demoDataFinished);
    window.findChild<QAction *>(QStringLiteral("loadDemoAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 240000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(informed.isEmpty());
    const qint64 campaigns = count(*database, QStringLiteral("campaign"));
    const qint64 recipients = count(*database, QStringLiteral("recipient"));
    QVERIFY(campaigns > 0);
    QVERIFY(recipients > 0);
    // The pages were rebuilt on the same engine.
    QVERIFY(window.workflowsPage());

    // A database with data: refused, with a clear message, nothing added.
    window.loadDemoData();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QCOMPARE(informed.size(), 1);
    QCOMPARE(informed.at(0),
             QStringLiteral("%1 already holds data. The demo data loads only into an empty "
                            "database: open a new SQLite file (File > Open database…) and load "
                            "it there.")
                 .arg(database->url().toDisplayString()));
    QCOMPARE(count(*database, QStringLiteral("campaign")), campaigns);
    QCOMPARE(count(*database, QStringLiteral("recipient")), recipients);
}

void TestMainWindow::grabEveryPage()
{
    CAMPAGNA_OPEN_DATABASE(database, QStringLiteral("sqlite"));
    MainWindow window(makeEngine(database));
    window.setInformer([](QWidget *, const QString &, const QString &text) {
        QFAIL(qPrintable(text));
    });
    window.show();
    QSignalSpy finished(&window, &MainWindow::demoDataFinished);
    window.loadDemoData();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 240000);
    QVERIFY(finished.at(0).at(0).toBool());

    const QString folder = QStringLiteral(CAMPAGNA_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(folder));
    const QSize size(1280, 800);
    window.resize(size);
    QTRY_COMPARE(window.size(), size);
    QVERIFY(window.navigation()->count() >= 2);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("it")}) {
        QVERIFY(installTranslations(language));
        for (int row = 0; row < window.navigation()->count(); ++row) {
            window.navigation()->setCurrentRow(row);
            QCOMPARE(window.pages()->currentIndex(), row);
            // Let the page load what it shows (continuations, lazy models).
            QTest::qWait(1500);
            const QString name = window.pages()->currentWidget()->objectName().isEmpty()
                                     ? QStringLiteral("page%1").arg(row)
                                     : window.pages()->currentWidget()->objectName();
            const QString file = QStringLiteral("%1/mainwindow-%2-%3-%4.png")
                                     .arg(folder)
                                     .arg(row)
                                     .arg(name, language);
            QFile::remove(file);
            QVERIFY2(window.grab().save(file), qPrintable(file));
            QVERIFY(QFileInfo(file).size() > 0);
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QCOMPARE(image.size(), size);
        }
    }
    installTranslations(QStringLiteral("en"));
}

void TestMainWindow::switchAsksWhileRunning()
{
    CAMPAGNA_OPEN_DATABASE(first, QStringLiteral("sqlite"));
    CAMPAGNA_OPEN_DATABASE(second, QStringLiteral("sqlite"));
    MainWindow window(makeEngine(first));
    QSemaphore started;
    QSemaphore gate;
    window.engine()->registerWorkflow(QStringLiteral("stockMgt"), [&started, &gate] {
        return std::make_unique<HeldWorkflow>(&started, &gate);
    });
    QStringList asked;
    bool answer = false;
    window.setConfirmer([&asked, &answer](QWidget *, const QString &, const QString &text) {
        asked << text;
        return answer;
    });
    window.show();
    QFuture<engine::RunOutcome> run =
        window.engine()->runNow(QStringLiteral("stockMgt"), engine::Trigger::Manual);
    QVERIFY(started.tryAcquire(1, 30000));
    const people::Actor actor{std::nullopt, QStringLiteral("tester"), true};

    // Declined: nothing changes, the run goes on.
    QVERIFY(!window.switchDatabase(second, actor));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.at(0).startsWith(QStringLiteral("1 workflow run in progress")),
             qPrintable(asked.at(0)));
    QCOMPARE(window.engine()->database(), first);
    QVERIFY(window.engine()->isRunning(QStringLiteral("stockMgt")));

    // Accepted: the run is cancelled, the window works on the other one.
    answer = true;
    QVERIFY(window.switchDatabase(second, actor));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(window.engine()->database(), second);
    QVERIFY(run.isFinished());
    QCOMPARE(run.result().status, QStringLiteral("cancelled"));
    QTRY_COMPARE_WITH_TIMEOUT(window.workflowsPage()->model()->rowCount(),
                              workflows::WorkflowCatalog::all().size(), 30000);
    gate.release();
}

void TestMainWindow::settingsAreRemembered()
{
    CAMPAGNA_OPEN_DATABASE(database, QStringLiteral("sqlite"));
    {
        MainWindow window(makeEngine(database));
        window.show();
        // Within the test's offscreen screen (1920x1200, see CMakeLists.txt):
        // restoreGeometry() keeps a window on its screen.
        window.resize(1500, 900);
        QTRY_COMPARE(window.size(), QSize(1500, 900));
        window.navigation()->setCurrentRow(1);
        window.close();
    }
    // The page is remembered by name, so that pages added later don't shift it.
    QCOMPARE(QSettings().value(QStringLiteral("mainwindow/page")).toString(),
             QStringLiteral("budgetsPage"));
    MainWindow window(makeEngine(database));
    window.show();
    QCOMPARE(window.size(), QSize(1500, 900));
    QCOMPARE(window.navigation()->currentRow(), 1);
    QCOMPARE(window.pages()->currentIndex(), 1);

    // Recent databases: the latest first, at most eight, no duplicates.
    QSettings settings;
    QStringList many;
    for (int i = 0; i < 12; ++i)
        many << QStringLiteral("sqlite:///tmp/recent-%1.sqlite").arg(i);
    settings.setValue(QStringLiteral("database/recent"), many);
    CAMPAGNA_OPEN_DATABASE(other, QStringLiteral("sqlite"));
    QVERIFY(window.switchDatabase(other, people::Actor{std::nullopt, QStringLiteral("tester"), true}));
    const QStringList recent = window.recentDatabases();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.at(0), other->url().toString());
    QCOMPARE(recent.at(1), many.at(0));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 8 + 2); // entries, separator, Clear
    window.findChild<QAction *>(QStringLiteral("clearRecentAction"))->trigger();
    QVERIFY(window.recentDatabases().isEmpty());
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("clearRecentAction"))->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
