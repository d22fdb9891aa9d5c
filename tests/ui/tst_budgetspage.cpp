#include "budgets/budgetspage.h"
#include "common/chartsupport.h"
#include "common/csvwriter.h"
#include "common/formats.h"
#include "common/lazytablemodel.h"
#include "common/translations.h"
#include "db/database.h"
#include "engine/clock.h"
#include "engine/records.h"
#include "engine/workflowengine.h"
#include "main/mainwindow.h"
#include "stocks/stockspage.h"
#include "people/actor.h"
#include "databuilder.h"
#include "testdatabase.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QAction>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <algorithm>
#include <memory>

using namespace campagna;
using campagna::ui::BudgetsPage;
using campagna::ui::ChartSupport;
using campagna::ui::CsvWriter;
using campagna::ui::LazyTableModel;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 Day = 86400;

qint64 utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

// Two budgets: Alpha (EUR, within its allocation) whose cost lines add up
// to its amounts, and Beta (GBP, over-run).
class Seed : public test::DataBuilder
{
public:
    explicit Seed(db::Database &database)
        : DataBuilder(database)
    {
        alpha = addBudget({.label = "Alpha",
                           .currency = "EUR",
                           .allocatedCents = 10000000,
                           .plannedCents = 500000,
                           .reservedCents = 2000000,
                           .committedCents = 3000000,
                           .spentCents = 4000000,
                           .invoicedCents = 1000000});
        beta = addBudget({.label = "Beta",
                          .currency = "GBP",
                          .allocatedCents = 100000,
                          .committedCents = 50000,
                          .spentCents = 80000});
        creative = addExpenseCategory(alpha, "Creative", 3000000);
        print = addExpenseCategory(alpha, "Print", 7000000);
        spring = addCampaign({.label = "Spring", .budget = alpha, .budgetStatus = "defined"});
        autumn = addCampaign({.label = "Autumn", .budget = beta, .budgetStatus = "defined"});
        mailing = addDelivery({.campaign = spring, .label = "Mailing", .channel = "direct_mail"});
        sms = addDelivery({.campaign = spring, .label = "SMS push", .channel = "sms"});
        design = addTask(spring, "Design", "finished");
        const qint64 supplier = addSupplier({.label = "Printer"});
        const qint64 category =
            addCostCategory(addService(supplier, "Print"), "Print", "direct_mail");
        graphics = addCostType(category, {.label = "Graphics", .basis = "fixed"});
        sheets = addCostType(category, {.label = "Sheets A4", .basis = "fixed"});
        daily = addCostType(category, {.label = "Daily design", .basis = "fixed"});

        const QVariant none(QMetaType(QMetaType::LongLong));
        costLine(alpha, spring, mailing, none, print, "spent", "calculated", 2500000, d0);
        costLine(alpha, spring, none, design, creative, "spent", "real", 1500000, d0 + 2 * Day);
        costLine(alpha, spring, mailing, none, print, "committed", "calculated", 3000000,
                 d0 + 2 * Day);
        costLine(alpha, spring, none, none, none, "reserved", "estimated", 2000000, d0 + 5 * Day);
        costLine(alpha, spring, sms, none, print, "planned", "estimated", 500000, d0 + 7 * Day);
        costLine(beta, autumn, none, none, none, "spent", "real", 80000, d0);
        costLine(beta, autumn, none, none, none, "committed", "estimated", 50000, d0 + Day);

        expenseLine(spring, mailing, none, graphics, print, 798, 1835400);
        expenseLine(spring, mailing, none, sheets, print, 798, 399000);
        expenseLine(spring, none, design, daily, creative, 5, 150000);
        const qint64 other =
            addDelivery({.campaign = autumn, .label = "Leaflet", .channel = "direct_mail"});
        expenseLine(autumn, other, none, graphics, none, 100, 70000);
    }

    void costLine(qint64 budget, qint64 campaign, const QVariant &delivery, const QVariant &task,
                  const QVariant &category, const QString &commitment, const QString &basis,
                  qint64 cents, qint64 at)
    {
        addCostLine({budget, campaign, delivery, task, category, cents, commitment, basis, at});
    }
    void expenseLine(qint64 campaign, const QVariant &delivery, const QVariant &task,
                     qint64 costTypeId, const QVariant &category, qint64 quantity, qint64 cents)
    {
        addExpenseLine({campaign, delivery, task, costTypeId, category, quantity, cents});
    }

    const qint64 d0 = utc(2027, 1, 4, 12);
    qint64 alpha = 0, beta = 0, creative = 0, print = 0, spring = 0, autumn = 0;
    qint64 mailing = 0, sms = 0, design = 0, graphics = 0, sheets = 0, daily = 0;
};

QVector<double> keysOf(QCPGraph *graph)
{
    QVector<double> keys;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        keys << it->key;
    return keys;
}

template<typename Plottable> QVector<double> valuesOf(Plottable *plottable)
{
    QVector<double> values;
    for (auto it = plottable->data()->constBegin(); it != plottable->data()->constEnd(); ++it)
        values << it->value;
    return values;
}

template<typename T> T *plottable(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (plot->plottable(i)->objectName() == name)
            return qobject_cast<T *>(plot->plottable(i));
    }
    return nullptr;
}

void saveGrab(QWidget *widget, const QString &name)
{
    // Replots are queued: draw now what the page shows.
    for (QCustomPlot *plot : widget->findChildren<QCustomPlot *>())
        plot->replot();
    const QString folder = QDir::currentPath() + QStringLiteral("/screenshots/");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY2(widget->grab().save(folder + name), qPrintable(folder + name));
}

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace

class TestBudgetsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void formats();
    void lazyWindows_data();
    void lazyWindows();
    void mainWindowPages_data();
    void mainWindowPages();
    void budgetsTablesAndCharts_data();
    void budgetsTablesAndCharts();

private:
    std::unique_ptr<engine::WorkflowEngine> makeEngine(std::shared_ptr<db::Database> database);
};

void TestBudgetsPage::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void TestBudgetsPage::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

std::unique_ptr<engine::WorkflowEngine>
TestBudgetsPage::makeEngine(std::shared_ptr<db::Database> database)
{
    auto engine = std::make_unique<engine::WorkflowEngine>(
        std::move(database), std::make_shared<engine::Clock>(FixedNow));
    engine->setOwnerLabel(QStringLiteral("tst_budgetspage"));
    engine->setActor(people::Actor{std::nullopt, QStringLiteral("tester"), true});
    return engine;
}

void TestBudgetsPage::formats()
{
    QCOMPARE(ui::Formats::money(123456, "EUR"), QStringLiteral("€1,234.56"));
    QCOMPARE(ui::Formats::money(-30000, "GBP"), QStringLiteral("-£300.00"));
    QCOMPARE(ui::Formats::money(100, "CHF"), QStringLiteral("CHF1.00"));
    QCOMPARE(ui::Formats::percent(90), QStringLiteral("90.0 %"));
    QVERIFY(installTranslations(QStringLiteral("it")));
    QCOMPARE(ui::Formats::money(123456, "EUR").remove(QChar(0xa0)).remove(u' '),
             QStringLiteral("1.234,56€"));
    QCOMPARE(ui::Formats::percent(90), QStringLiteral("90,0 %"));
    QCOMPARE(ui::Formats::commitment("spent"), QStringLiteral("Speso"));
}

void TestBudgetsPage::lazyWindows_data()
{
    test::TestDatabase::addBackendRows();
}

// Rows come in windows: the count first, then fetchMore() one window at a
// time, in the SQL order, without duplicates.
void TestBudgetsPage::lazyWindows()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    Seed seed(*database);
    QVERIFY2(seed.ok(), qPrintable(seed.error()));
    auto engine = makeEngine(database);
    LazyTableModel model(engine.get());
    model.setWindowSize(2);
    model.setSource(std::make_shared<SqlRowSource>(
        "TestBudgetsPage",
        QList<QueryColumn>{QueryColumn::sorted("commitment", "c.commitment", nullptr),
                           QueryColumn::sorted("amount", "c.amount_cents", nullptr)},
        "c.id", "FROM cost_line c WHERE c.budget_id = ?", QVariantList{seed.alpha}));
    model.sort(1, Qt::DescendingOrder);
    QTRY_COMPARE(model.totalCount(), 5);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 4);
    QTRY_VERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 5);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QStringList amounts;
    for (int row = 0; row < 5; ++row)
        amounts << model.index(row, 1).data(LazyTableModel::RawValueRole).toString();
    QCOMPARE(amounts, (QStringList{"3000000", "2500000", "2000000", "1500000", "500000"}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("committed"));
}

void TestBudgetsPage::mainWindowPages_data()
{
    test::TestDatabase::addBackendRows();
}

// The pages in the navigation order, and File > Export chart… only where
// there is a chart.
void TestBudgetsPage::mainWindowPages()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    ui::MainWindow window(makeEngine(database));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    auto *exportChart = window.findChild<QAction *>(QStringLiteral("exportChartAction"));
    QVERIFY(navigation && pages && exportChart);
    QStringList names;
    for (int i = 0; i < navigation->count(); ++i)
        names << navigation->item(i)->text();
    QCOMPARE(names, (QStringList{"Workflows", "Budgets", "Stocks", "Deliveries", "Journal",
                                 "Operators", "Audit"}));
    QCOMPARE(pages->widget(1), window.budgetsPage());
    QCOMPARE(pages->widget(2), window.stocksPage());
    QCOMPARE(window.budgetsPage()->objectName(), QStringLiteral("budgetsPage"));
    QCOMPARE(window.stocksPage()->objectName(), QStringLiteral("stocksPage"));
    navigation->setCurrentRow(0);
    QVERIFY(!exportChart->isEnabled());
    navigation->setCurrentRow(1);
    QVERIFY(exportChart->isEnabled());
    navigation->setCurrentRow(2);
    QVERIFY(exportChart->isEnabled());
    for (int row : {3, 4, 5, 6}) {
        navigation->setCurrentRow(row);
        QVERIFY(!exportChart->isEnabled());
    }
    QCOMPARE(exportChart->text().remove(u'&'), QStringLiteral("Export chart…"));
}

void TestBudgetsPage::budgetsTablesAndCharts_data()
{
    test::TestDatabase::addBackendRows();
}

void TestBudgetsPage::budgetsTablesAndCharts()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    Seed seed(*database);
    QVERIFY2(seed.ok(), qPrintable(seed.error()));

    auto engine = makeEngine(database);
    BudgetsPage page(engine.get());
    page.resize(1280, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    LazyTableModel *budgets = page.budgetModel();
    LazyTableModel *costs = page.costLineModel();
    LazyTableModel *expenses = page.expenseLineModel();

    // The budgets, by label, with their amounts in their currency; the first
    // is selected.
    QTRY_COMPARE(budgets->rowCount(), 2);
    QCOMPARE(budgets->totalCount(), 2);
    QCOMPARE(columnTexts(budgets, BudgetsPage::Label), (QStringList{"Alpha", "Beta"}));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return budgets->index(row, column).data(role);
    };
    QCOMPARE(cell(0, BudgetsPage::Currency).toString(), QStringLiteral("EUR"));
    QCOMPARE(cell(0, BudgetsPage::Allocated).toString(), QStringLiteral("€100,000.00"));
    QCOMPARE(cell(0, BudgetsPage::Planned).toString(), QStringLiteral("€5,000.00"));
    QCOMPARE(cell(0, BudgetsPage::Reserved).toString(), QStringLiteral("€20,000.00"));
    QCOMPARE(cell(0, BudgetsPage::Committed).toString(), QStringLiteral("€30,000.00"));
    QCOMPARE(cell(0, BudgetsPage::Spent).toString(), QStringLiteral("€40,000.00"));
    QCOMPARE(cell(0, BudgetsPage::Invoiced).toString(), QStringLiteral("€10,000.00"));
    QCOMPARE(cell(0, BudgetsPage::Available).toString(), QStringLiteral("€10,000.00"));
    QCOMPARE(cell(0, BudgetsPage::Available, LazyTableModel::RawValueRole).toLongLong(), 1000000);
    QCOMPARE(cell(0, BudgetsPage::Used).toString(), QStringLiteral("90.0 %"));
    QVERIFY(!cell(0, BudgetsPage::Label, Qt::BackgroundRole).isValid());
    QCOMPARE(cell(1, BudgetsPage::Currency).toString(), QStringLiteral("GBP"));
    QCOMPARE(cell(1, BudgetsPage::Allocated).toString(), QStringLiteral("£1,000.00"));
    QCOMPARE(cell(1, BudgetsPage::Available).toString(), QStringLiteral("-£300.00"));
    QCOMPARE(cell(1, BudgetsPage::Used).toString(), QStringLiteral("130.0 %"));
    // Over-run: highlighted.
    QCOMPARE(cell(1, BudgetsPage::Label, Qt::BackgroundRole).value<QColor>(),
             QColor(0xf8, 0xd7, 0xd7));
    QCOMPARE(cell(1, BudgetsPage::Available, Qt::ForegroundRole).value<QColor>(),
             QColor(0xa4, 0x1e, 0x22));

    // The budgets chart: stacked amounts per budget and the allocation.
    QCustomPlot *budgetChart = page.findChild<QCustomPlot *>(QStringLiteral("budgetChart"));
    QVERIFY(budgetChart);
    QCOMPARE(budgetChart, page.budgetChart());
    QCOMPARE(valuesOf(plottable<QCPBars>(budgetChart, "spent")), (QVector<double>{40000, 800}));
    QCOMPARE(valuesOf(plottable<QCPBars>(budgetChart, "committed")),
             (QVector<double>{30000, 500}));
    QCOMPARE(valuesOf(plottable<QCPBars>(budgetChart, "reserved")), (QVector<double>{20000, 0}));
    QCOMPARE(valuesOf(plottable<QCPBars>(budgetChart, "planned")), (QVector<double>{5000, 0}));
    QCOMPARE(valuesOf(plottable<QCPGraph>(budgetChart, "allocation")),
             (QVector<double>{100000, 1000}));
    QCOMPARE(plottable<QCPBars>(budgetChart, "committed")->barBelow(),
             plottable<QCPBars>(budgetChart, "spent"));
    QCOMPARE(budgetChart->xAxis->label(), QStringLiteral("Budget"));
    budgetChart->replot();
    // The tooltip gives the exact amount of the bar under the mouse.
    const QPointF onSpent(budgetChart->xAxis->coordToPixel(1),
                          budgetChart->yAxis->coordToPixel(20000));
    QCOMPARE(ChartSupport::tooltipAt(budgetChart, onSpent),
             QStringLiteral("Alpha – Spent: €40,000.00"));

    // The selected budget's cost lines, in windows, by charge date.
    QTRY_COMPARE(page.selectedBudgetId(), seed.alpha);
    QTRY_COMPARE(costs->totalCount(), 5);
    // The view asks for the further windows it has room for.
    QTRY_COMPARE(costs->rowCount(), 5);
    QTRY_VERIFY(!costs->isLoading());
    const auto costCell = [&](int row, int column) {
        return costs->index(row, column).data().toString();
    };
    QCOMPARE(costCell(0, 0), QLocale().toString(QDateTime::fromSecsSinceEpoch(seed.d0).date(),
                                                QLocale::ShortFormat));
    QCOMPARE(costCell(0, 1), QStringLiteral("Spring"));
    QCOMPARE(costCell(0, 2), QStringLiteral("Mailing"));
    QCOMPARE(costCell(0, 3), QStringLiteral("Print"));
    QCOMPARE(costCell(0, 4), QStringLiteral("Spent"));
    QCOMPARE(costCell(0, 5), QStringLiteral("Calculated"));
    QCOMPARE(costCell(0, 6), QStringLiteral("€25,000.00"));
    QCOMPARE(costCell(3, 2), QString()); // a campaign line
    QCOMPARE(costCell(3, 4), QStringLiteral("Reserved"));
    QCOMPARE(costCell(4, 2), QStringLiteral("SMS push"));
    // Sorted in SQL: by amount, largest first.
    costs->sort(6, Qt::DescendingOrder);
    QTRY_VERIFY(!costs->isLoading());
    QTRY_COMPARE(costCell(0, 6), QStringLiteral("€30,000.00"));
    QCOMPARE(costCell(0, 4), QStringLiteral("Committed"));
    QCOMPARE(costCell(4, 6), QStringLiteral("€5,000.00"));

    // Its expense lines (not those of the other budget's campaign).
    QTRY_COMPARE(expenses->rowCount(), 3);
    QCOMPARE(columnTexts(expenses, 0), (QStringList{"Spring", "Spring", "Spring"}));
    QCOMPARE(columnTexts(expenses, 1), (QStringList{"Mailing", "Mailing", "Design"}));
    QCOMPARE(columnTexts(expenses, 2), (QStringList{"Graphics", "Sheets A4", "Daily design"}));
    QCOMPARE(columnTexts(expenses, 3), (QStringList{"798", "798", "5"}));
    QCOMPARE(columnTexts(expenses, 4),
             (QStringList{"€18,354.00", "€3,990.00", "€1,500.00"}));
    QCOMPARE(columnTexts(expenses, 5), (QStringList{"Print", "Print", "Creative"}));
    expenses->sort(3, Qt::AscendingOrder);
    QTRY_COMPARE(columnTexts(expenses, 2),
                 (QStringList{"Daily design", "Graphics", "Sheets A4"}));

    // Cumulative cost by commitment, per day, against the allocation.
    QTRY_VERIFY(page.detailsLoaded());
    QCustomPlot *cumulative = page.findChild<QCustomPlot *>(QStringLiteral("cumulativeChart"));
    QVERIFY(cumulative);
    const double day0 = double((seed.d0 / Day) * Day);
    // Each curve goes on one day past the last charge.
    const QVector<double> days{day0, day0 + 2 * Day, day0 + 5 * Day, day0 + 7 * Day,
                               day0 + 8 * Day};
    QCOMPARE(keysOf(plottable<QCPGraph>(cumulative, "spent")), days);
    QCOMPARE(valuesOf(plottable<QCPGraph>(cumulative, "spent")),
             (QVector<double>{25000, 40000, 40000, 40000, 40000}));
    QCOMPARE(valuesOf(plottable<QCPGraph>(cumulative, "committed")),
             (QVector<double>{0, 30000, 30000, 30000, 30000}));
    QCOMPARE(valuesOf(plottable<QCPGraph>(cumulative, "reserved")),
             (QVector<double>{0, 0, 20000, 20000, 20000}));
    QCOMPARE(valuesOf(plottable<QCPGraph>(cumulative, "planned")),
             (QVector<double>{0, 0, 0, 5000, 5000}));
    QCOMPARE(valuesOf(plottable<QCPGraph>(cumulative, "total")),
             (QVector<double>{25000, 70000, 90000, 95000, 95000}));
    // The allocation line spans the whole period shown: 8 days and 10 % more.
    QCOMPARE(keysOf(plottable<QCPGraph>(cumulative, "allocation")),
             (QVector<double>{day0 - 0.4 * Day, day0 + 8.4 * Day}));
    QCOMPARE(cumulative->xAxis->range().lower, day0 - 0.4 * Day);
    QCOMPARE(cumulative->xAxis->range().upper, day0 + 8.4 * Day);
    QCOMPARE(valuesOf(plottable<QCPGraph>(cumulative, "allocation")),
             (QVector<double>{100000, 100000}));
    QCOMPARE(cumulative->yAxis->label(), QStringLiteral("Cumulative cost (EUR)"));

    // Allocated against consumed (reserved, committed, spent) per category.
    QCustomPlot *categories = page.findChild<QCustomPlot *>(QStringLiteral("categoryChart"));
    QVERIFY(categories);
    QCOMPARE(valuesOf(plottable<QCPBars>(categories, "allocated")),
             (QVector<double>{30000, 70000, 0}));
    QCOMPARE(valuesOf(plottable<QCPBars>(categories, "consumed")),
             (QVector<double>{15000, 55000, 20000}));

    // CSV equals the tables; charts export to PNG and PDF.
    QCOMPARE(page.csvText(BudgetsPage::Table::Budgets),
             CsvWriter::text(budgets->headerTexts(), budgets->displayTexts()));
    QVERIFY(page.csvText(BudgetsPage::Table::Budgets)
                .startsWith(QStringLiteral("Budget,Currency,Allocated,Planned,Reserved,")));
    QVERIFY(page.csvText(BudgetsPage::Table::Budgets)
                .contains(QStringLiteral("Beta,GBP,\"£1,000.00\",£0.00,£0.00,£500.00")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString csvPath = dir.filePath(QStringLiteral("costs.csv"));
    QVERIFY2(page.exportCsv(BudgetsPage::Table::CostLines, csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), CsvWriter::text(costs->headerTexts(), costs->displayTexts()).toUtf8());
    QCOMPARE(costs->displayTexts().size(), 5);
    for (QCustomPlot *chart : {budgetChart, cumulative, categories}) {
        const QString png = dir.filePath(chart->objectName() + u".png");
        const QString pdf = dir.filePath(chart->objectName() + u".pdf");
        QVERIFY2(ChartSupport::exportTo(chart, png, &error), qPrintable(error));
        QVERIFY2(ChartSupport::exportTo(chart, pdf, &error), qPrintable(error));
        QFile pngFile(png);
        QVERIFY(pngFile.open(QIODevice::ReadOnly));
        QVERIFY(pngFile.size() > 1000);
        QCOMPARE(pngFile.read(4), QByteArray("\x89PNG"));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.size() > 500);
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
    }

    // Selecting Beta shows its lines; a budgetMgt run refreshes the page
    // and keeps Beta selected.
    QVERIFY(page.selectBudget(seed.beta));
    QTRY_COMPARE(costs->totalCount(), 2);
    QTRY_VERIFY(page.detailsLoaded());
    QTRY_COMPARE(valuesOf(plottable<QCPGraph>(cumulative, "total")),
                 (QVector<double>{800, 1300, 1300}));
    QCOMPARE(cumulative->yAxis->label(), QStringLiteral("Cumulative cost (GBP)"));
    QCOMPARE(costs->index(0, 6).data().toString(), QStringLiteral("£800.00"));
    QSqlQuery update(database->connection());
    QVERIFY(update.exec(QStringLiteral(
        "UPDATE budget SET allocated_cents = 200000 WHERE label = 'Beta'")));
    QVERIFY(update.exec(QStringLiteral("INSERT INTO cost_line (budget_id, campaign_id, "
                                       "amount_cents, commitment, basis, charge_at) VALUES (") +
                        QString::number(seed.beta) + u", " + QString::number(seed.autumn) +
                        QStringLiteral(", 10000, 'spent', 'real', ") +
                        QString::number(seed.d0 + 3 * Day) + u")"));
    engine::RunOutcome outcome;
    outcome.workflow = QStringLiteral("budgetMgt");
    outcome.status = QStringLiteral("succeeded");
    emit engine->runFinished(outcome);
    QTRY_COMPARE(valuesOf(plottable<QCPGraph>(budgetChart, "allocation")),
                 (QVector<double>{100000, 2000}));
    QTRY_COMPARE(valuesOf(plottable<QCPGraph>(cumulative, "total")),
                 (QVector<double>{800, 1300, 1400, 1400}));
    QTRY_COMPARE(costs->totalCount(), 3);
    QCOMPARE(page.selectedBudgetId(), seed.beta);
    auto *view = page.findChild<QTableView *>(QStringLiteral("budgetTable"));
    QVERIFY(view);
    QTRY_VERIFY(view->selectionModel()->isRowSelected(budgets->rowOfId(seed.beta), {}));
    QCOMPARE(cell(1, BudgetsPage::Used).toString(), QStringLiteral("65.0 %"));
    QVERIFY(page.selectBudget(seed.alpha));
    QTRY_VERIFY(page.detailsLoaded());
    QTRY_COMPARE(valuesOf(plottable<QCPGraph>(cumulative, "total")),
                 (QVector<double>{25000, 70000, 90000, 95000, 95000}));

    budgetChart->replot();
    const QVector<QString> englishTicks = budgetChart->yAxis->tickVectorLabels();
    QVERIFY(std::any_of(englishTicks.begin(), englishTicks.end(),
                        [](const QString &t) { return t.contains(u','); }));
    saveGrab(&page, QStringLiteral("budgetspage-%1-en.png").arg(backend));

    // Italian: labels, money and number formats follow at run time.
    QVERIFY(installTranslations(QStringLiteral("it")));
    QTRY_COMPARE(budgetChart->yAxis->label(), QStringLiteral("Importo"));
    QTRY_COMPARE(cumulative->xAxis->label(), QStringLiteral("Data di addebito"));
    QCOMPARE(budgets->headerData(BudgetsPage::Available, Qt::Horizontal).toString(),
             QStringLiteral("Disponibile"));
    QCOMPARE(cell(0, BudgetsPage::Allocated).toString(),
             QLocale().toCurrencyString(100000.0, QStringLiteral("€"), 2));
    QVERIFY(cell(0, BudgetsPage::Allocated).toString().startsWith(QStringLiteral("100.000,00")));
    QCOMPARE(cell(0, BudgetsPage::Used).toString(), QStringLiteral("90,0 %"));
    QCOMPARE(plottable<QCPBars>(budgetChart, "spent")->name(), QStringLiteral("Speso"));
    budgetChart->replot();
    const QVector<QString> italianTicks = budgetChart->yAxis->tickVectorLabels();
    QVERIFY(std::any_of(italianTicks.begin(), italianTicks.end(),
                        [](const QString &t) { return t.contains(u'.'); }));
    QVERIFY(std::none_of(italianTicks.begin(), italianTicks.end(),
                         [](const QString &t) { return t.contains(u','); }));
    QCOMPARE(page.selectedBudgetId(), seed.alpha);
    saveGrab(&page, QStringLiteral("budgetspage-%1-it.png").arg(backend));
}

QTEST_MAIN(TestBudgetsPage)
#include "tst_budgetspage.moc"
