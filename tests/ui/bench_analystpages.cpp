// Measures the Budgets and Stocks pages on a real database (not a CTest
// test: it asserts nothing and times things). Usage:
//   bench_analystpages <database url>     (e.g. a `campagnactl demo --scale 10` file)
// Prints, per page, the time from creating and showing the page to its
// table's first rows and to the selected item's charts; then runs budgetMgt
// and stockMgt (ten rounds) with both pages shown and prints how late a 10 ms GUI-thread
// timer got at worst (and the 99th percentile) while they ran and the pages
// refreshed, and how long each page took to follow a run.
#include "budgets/budgetspage.h"
#include "common/lazytablemodel.h"
#include "db/databaseurl.h"
#include "engine/bootstrap.h"
#include "engine/clock.h"
#include "engine/records.h"
#include "engine/workflowengine.h"
#include "people/actor.h"
#include "stocks/stockspage.h"
#include "workflows/builtinworkflows.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace campagna;

namespace {

template<typename Signal, typename Sender> qint64 waitFor(Sender *sender, Signal signal, int ms)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return timer.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_analystpages <database url>\n");
        return 2;
    }
    auto url = db::DatabaseUrl::parse(QString::fromLocal8Bit(argv[1]));
    if (!url) {
        std::fprintf(stderr, "%s\n", qPrintable(url.errorMessage()));
        return 2;
    }
    auto database = engine::Bootstrap::open(url.value(), false, engine::Clock().now());
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorMessage()));
        return 1;
    }
    engine::WorkflowEngine engine(database.value(), std::make_shared<engine::Clock>());
    workflows::registerBuiltinWorkflows(engine);
    engine.setOwnerLabel(QStringLiteral("bench"));
    engine.setActor(people::Actor{std::nullopt, QStringLiteral("bench"), true});

    // Opening: show the page, then its rows, then the selected item's charts.
    QElapsedTimer open;
    open.start();
    ui::BudgetsPage budgets(&engine);
    budgets.resize(1100, 760);
    budgets.show();
    const qint64 budgetsShown = open.elapsed();
    // An answer may come before the wait starts (a fast pool thread).
    if (budgets.budgetModel()->totalCount() < 0)
        waitFor(budgets.budgetModel(), &ui::LazyTableModel::loaded, 10000);
    const qint64 budgetsRows = open.elapsed();
    if (!budgets.detailsLoaded())
        waitFor(&budgets, &ui::BudgetsPage::detailsChanged, 10000);
    const qint64 budgetsCharts = open.elapsed();
    std::printf("Budgets page: shown %lld ms, %d budget rows at %lld ms, charts of the selected "
                "budget at %lld ms (%lld cost lines)\n",
                budgetsShown, budgets.budgetModel()->rowCount(), budgetsRows, budgetsCharts,
                budgets.costLineModel()->totalCount());

    open.restart();
    ui::StocksPage stocks(&engine);
    stocks.resize(1100, 760);
    stocks.show();
    const qint64 stocksShown = open.elapsed();
    if (stocks.lineModel()->totalCount() < 0)
        waitFor(stocks.lineModel(), &ui::LazyTableModel::loaded, 10000);
    const qint64 stocksRows = open.elapsed();
    if (!stocks.detailsLoaded())
        waitFor(&stocks, &ui::StocksPage::detailsChanged, 10000);
    const qint64 stocksCharts = open.elapsed();
    std::printf("Stocks page: shown %lld ms, %d line rows at %lld ms, chart of the selected line "
                "at %lld ms\n",
                stocksShown, stocks.lineModel()->rowCount(), stocksRows, stocksCharts);

    // Responsiveness: a 10 ms timer on the GUI thread records how late each
    // tick is while both workflows run and the pages follow them.
    QList<qint64> lateness;
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        lateness << qMax<qint64>(0, tick.restart() - 10);
    });
    // Ten rounds of both runs; each round waits for both pages to follow.
    constexpr int Rounds = 10;
    QElapsedTimer runs;
    qint64 roundStart = 0, budgetRunMs = -1, stockRunMs = -1;
    qint64 budgetsFollowMs = -1, stocksFollowMs = -1;
    QList<qint64> budgetRuns, stockRuns, budgetsFollow, stocksFollow;
    QObject::connect(&engine, &engine::WorkflowEngine::runFinished, &app,
                     [&](const engine::RunOutcome &outcome) {
                         const qint64 at = runs.elapsed() - roundStart;
                         if (outcome.workflow == u"budgetMgt")
                             budgetRunMs = at;
                         else if (outcome.workflow == u"stockMgt")
                             stockRunMs = at;
                         if (outcome.status != u"succeeded")
                             std::printf("  %s: %s\n", qPrintable(outcome.workflow),
                                         qPrintable(outcome.status));
                     });
    QObject::connect(&budgets, &ui::BudgetsPage::detailsChanged, &app, [&] {
        if (budgetRunMs >= 0 && budgetsFollowMs < 0)
            budgetsFollowMs = runs.elapsed() - roundStart - budgetRunMs;
    });
    QObject::connect(&stocks, &ui::StocksPage::detailsChanged, &app, [&] {
        if (stockRunMs >= 0 && stocksFollowMs < 0)
            stocksFollowMs = runs.elapsed() - roundStart - stockRunMs;
    });
    probe.start();
    tick.restart();
    runs.start();
    for (int round = 0; round < Rounds; ++round) {
        roundStart = runs.elapsed();
        budgetRunMs = stockRunMs = budgetsFollowMs = stocksFollowMs = -1;
        auto budgetRun = engine.runNow(QStringLiteral("budgetMgt"), engine::Trigger::Manual);
        auto stockRun = engine.runNow(QStringLiteral("stockMgt"), engine::Trigger::Manual);
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if ((budgetRun.isFinished() && stockRun.isFinished() && budgetsFollowMs >= 0 &&
                 stocksFollowMs >= 0) ||
                runs.elapsed() - roundStart > 120000)
                loop.quit();
        });
        poll.start(20);
        loop.exec();
        budgetRuns << budgetRunMs;
        stockRuns << stockRunMs;
        budgetsFollow << budgetsFollowMs;
        stocksFollow << stocksFollowMs;
    }
    // Let the last repaints happen under the probe too.
    {
        QEventLoop loop;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
    }
    probe.stop();
    const auto worstOf = [](QList<qint64> values) {
        return values.isEmpty() ? -1 : *std::max_element(values.begin(), values.end());
    };
    std::printf("%d rounds in %lld ms: budgetMgt up to %lld ms, stockMgt up to %lld ms; the "
                "Budgets page followed within %lld ms, the Stocks page within %lld ms "
                "(including the 150 ms coalescing delay)\n",
                Rounds, runs.elapsed(), worstOf(budgetRuns), worstOf(stockRuns),
                worstOf(budgetsFollow), worstOf(stocksFollow));
    std::sort(lateness.begin(), lateness.end());
    const qint64 worst = lateness.isEmpty() ? -1 : lateness.last();
    const qint64 p99 = lateness.isEmpty() ? -1 : lateness.at(int(lateness.size() * 0.99));
    std::printf("GUI thread during the runs: %lld ticks of 10 ms, lateness worst %lld ms, "
                "99th percentile %lld ms, median %lld ms\n",
                qint64(lateness.size()), worst, p99,
                lateness.isEmpty() ? -1 : lateness.at(int(lateness.size() / 2)));
    return 0;
}
