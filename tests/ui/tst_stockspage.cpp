#include "common/chartsupport.h"
#include "common/csvwriter.h"
#include "common/lazytablemodel.h"
#include "common/translations.h"
#include "db/database.h"
#include "db/sql.h"
#include "engine/clock.h"
#include "engine/records.h"
#include "engine/workflowengine.h"
#include "people/actor.h"
#include "databuilder.h"
#include "stock/stockorders.h"
#include "stocks/stockspage.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QColor>
#include <QContextMenuEvent>
#include <QMenu>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <memory>

using namespace campagna;
using campagna::stock::StockOrders;
using campagna::ui::ChartSupport;
using campagna::ui::CsvWriter;
using campagna::ui::LazyTableModel;
using campagna::ui::StocksPage;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 Day = 86400;
constexpr qint64 Today = FixedNow / Day;

// Three lines: "A4 sheets" (stock Paper, alert group "stockkeepers") with
// consumption, a received order, one on its way and a proposal;
// "Labels" (Paper) at its alert level; "Envelopes" (stock Post, no alert
// group) insufficient, with a proposal.
class Seed : public test::DataBuilder
{
public:
    explicit Seed(db::Database &database)
        : DataBuilder(database)
    {
        ada = addOperator({.name = "ada", .isAdmin = 1});
        gino = addOperator({.name = "gino"});
        eve = addOperator({.name = "eve"});
        group = addGroup("stockkeepers", {gino});
        const qint64 paper = addStock({.label = "Paper", .alertGroup = group});
        const qint64 post = addStock({.label = "Post"});
        a4 = line(paper, "A4 sheets", 1000, 200, 500, 7, 700, 500, 300, 100, 800, 1000, "ok");
        labels = line(paper, "Labels", 50, 60, 0, 7, 0, 0, 0, 0, 50, 50, "alert");
        envelopes =
            line(post, "Envelopes", 100, 20, 1000, 5, 150, 0, 0, 0, -50, -50, "insufficient");
        const qint64 spring = addCampaign({.label = "Spring"});
        const qint64 summer = addCampaign({.label = "Summer"});
        const qint64 d1 = delivery(spring, "Mailing A");
        const qint64 d2 = delivery(summer, "Mailing B");
        const qint64 d3 = delivery(spring, "Envelopes run");
        addStockConsumption(a4, d1, spring, 300, FixedNow - 10 * Day);
        addStockConsumption(a4, d2, summer, 400, FixedNow - 4 * Day);
        addStockConsumption(envelopes, d3, spring, 150, FixedNow - 10 * Day);
        received = order(a4, 500, FixedNow - 7 * Day, "received", FixedNow - 7 * Day);
        onOrder = order(a4, 300, FixedNow + 3 * Day, "on_order");
        a4Proposal = order(a4, 500, FixedNow + 7 * Day, "proposed");
        order(a4, 999, FixedNow + 2 * Day, "cancelled");
        envelopeProposal = order(envelopes, 1000, FixedNow + 5 * Day, "proposed");
        alert(envelopes, "insufficient", FixedNow - 2 * Day, QVariant(), -50, -50);
        alert(envelopes, "alert_level", FixedNow - 2 * Day, QVariant(), -50, -50);
        alert(a4, "alert_level", FixedNow - 20 * Day, FixedNow - 7 * Day, 150, 150);
        alert(labels, "alert_level", FixedNow - Day, QVariant(), 50, 50);
    }

    qint64 line(qint64 stock, const QString &label, qint64 initial, qint64 alertLevel,
                qint64 reorder, int lead, qint64 consumed, qint64 receivedQty, qint64 onOrderQty,
                qint64 planned, qint64 inStock, qint64 forecast, const QString &status)
    {
        return addStockLine({stock, label, initial, alertLevel, reorder, lead, consumed,
                             receivedQty, onOrderQty, planned, inStock, forecast, status});
    }
    qint64 delivery(qint64 campaign, const QString &label)
    {
        return addDelivery(
            {.campaign = campaign, .label = label, .channel = "direct_mail", .status = "finished"});
    }
    qint64 order(qint64 line, qint64 quantity, qint64 deliveryAt, const QString &status,
                 const QVariant &receivedAt = QVariant(QMetaType(QMetaType::LongLong)))
    {
        return addStockOrder({.stockLine = line,
                              .quantity = quantity,
                              .deliveryAt = deliveryAt,
                              .status = status,
                              .receivedAt = receivedAt});
    }
    void alert(qint64 line, const QString &kind, qint64 raised, const QVariant &cleared,
               qint64 inStock, qint64 forecast)
    {
        addStockAlert({line, kind, raised, cleared, inStock, forecast});
    }

    qint64 ada = 0, gino = 0, eve = 0, group = 0;
    qint64 a4 = 0, labels = 0, envelopes = 0;
    qint64 received = 0, onOrder = 0, a4Proposal = 0, envelopeProposal = 0;
};

QString orderStatus(db::Database &database, qint64 orderId)
{
    auto value = db::Sql::scalar(database.connection(),
                                 "SELECT status FROM stock_order WHERE id = ?", {orderId});
    return value && value.value() ? value.value()->toString() : QStringLiteral("<none>");
}


QCPGraph *graph(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    }
    return nullptr;
}

QVector<double> keysOf(QCPGraph *graph)
{
    QVector<double> keys;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        keys << it->key;
    return keys;
}

QVector<double> valuesOf(QCPGraph *graph)
{
    QVector<double> values;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        values << it->value;
    return values;
}

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

void saveGrab(QWidget *widget, const QString &name)
{
    for (QCustomPlot *plot : widget->findChildren<QCustomPlot *>())
        plot->replot();
    const QString folder = QDir::currentPath() + QStringLiteral("/screenshots/");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY2(widget->grab().save(folder + name), qPrintable(folder + name));
}

// Answers the page's Yes/No question about a proposal.
// Answers the question shown: a box answered before may still exist until
// its deferred deletion, hidden.
void answer(StocksPage &page, QMessageBox::StandardButton button)
{
    const auto shown = [&page]() -> QMessageBox * {
        for (QMessageBox *box : page.findChildren<QMessageBox *>(QStringLiteral("proposalQuestion")))
            if (box->isVisible())
                return box;
        return nullptr;
    };
    QTRY_VERIFY(shown());
    shown()->button(button)->click();
}

} // namespace

class TestStocksPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void orderRights_data();
    void orderRights();
    void stockLinesChartsAndProposals_data();
    void stockLinesChartsAndProposals();

private:
    std::unique_ptr<engine::WorkflowEngine> makeEngine(std::shared_ptr<db::Database> database,
                                                       const people::Actor &actor);
};

void TestStocksPage::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void TestStocksPage::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

std::unique_ptr<engine::WorkflowEngine>
TestStocksPage::makeEngine(std::shared_ptr<db::Database> database, const people::Actor &actor)
{
    auto engine = std::make_unique<engine::WorkflowEngine>(
        std::move(database), std::make_shared<engine::Clock>(FixedNow));
    engine->setOwnerLabel(QStringLiteral("tst_stockspage"));
    engine->setActor(actor);
    return engine;
}

void TestStocksPage::orderRights_data()
{
    test::TestDatabase::addBackendRows();
}

// Administrators and the stock's alert group may confirm or cancel; others
// are refused with who may, and nothing changes.
void TestStocksPage::orderRights()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    Seed seed(*database);
    QVERIFY2(seed.ok(), qPrintable(seed.error()));
    const QSqlDatabase db = database->connection();
    const people::Actor ada{seed.ada, "ada", true};
    const people::Actor gino{seed.gino, "gino", false};
    const people::Actor eve{seed.eve, "eve", false};

    auto refused = StockOrders::confirm(db, seed.a4Proposal, eve, FixedNow);
    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), Error::Code::Forbidden);
    QCOMPARE(refused.errorMessage(),
             QStringLiteral("Only administrators (ada) and the members of the group "
                            "\"stockkeepers\" may confirm or cancel the reorder %1 of \"A4 "
                            "sheets\" (stock \"Paper\"); \"eve\" is neither.")
                 .arg(seed.a4Proposal));
    QCOMPARE(orderStatus(*database, seed.a4Proposal), QStringLiteral("proposed"));
    // A stock without an alert group: administrators only.
    auto noGroup = StockOrders::cancel(db, seed.envelopeProposal, gino, FixedNow);
    QCOMPARE(noGroup.errorCode(), Error::Code::Forbidden);
    QVERIFY(noGroup.errorMessage().contains(QStringLiteral("which has no alert group")));
    QCOMPARE(orderStatus(*database, seed.envelopeProposal), QStringLiteral("proposed"));
    QCOMPARE(StockOrders::mayDecide(db, seed.a4, gino).value(), true);
    QCOMPARE(StockOrders::mayDecide(db, seed.a4, eve).value(), false);
    QCOMPARE(StockOrders::mayDecide(db, seed.envelopes, gino).value(), false);
    QCOMPARE(StockOrders::mayDecide(db, seed.envelopes, ada).value(), true);

    auto confirmed = StockOrders::confirm(db, seed.a4Proposal, gino, FixedNow);
    QVERIFY2(confirmed, qPrintable(confirmed.errorMessage()));
    QCOMPARE(confirmed->to, QStringLiteral("on_order"));
    QCOMPARE(confirmed->stockLineId, seed.a4);
    QCOMPARE(orderStatus(*database, seed.a4Proposal), QStringLiteral("on_order"));
    auto orderedAt = db::Sql::scalar(db, "SELECT ordered_at FROM stock_order WHERE id = ?",
                                     {seed.a4Proposal});
    QCOMPARE(orderedAt.value()->toLongLong(), FixedNow);
    // No longer a proposal.
    auto again = StockOrders::cancel(db, seed.a4Proposal, ada, FixedNow);
    QCOMPARE(again.errorCode(), Error::Code::Failed);
    QCOMPARE(orderStatus(*database, seed.a4Proposal), QStringLiteral("on_order"));
    auto cancelled = StockOrders::cancel(db, seed.envelopeProposal, ada, FixedNow);
    QVERIFY2(cancelled, qPrintable(cancelled.errorMessage()));
    QCOMPARE(orderStatus(*database, seed.envelopeProposal), QStringLiteral("cancelled"));
    QCOMPARE(StockOrders::confirm(db, 999999, ada, FixedNow).errorCode(),
             Error::Code::NotFound);
}

void TestStocksPage::stockLinesChartsAndProposals_data()
{
    test::TestDatabase::addBackendRows();
}

void TestStocksPage::stockLinesChartsAndProposals()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    Seed seed(*database);
    QVERIFY2(seed.ok(), qPrintable(seed.error()));
    auto engine = makeEngine(database, people::Actor{seed.gino, "gino", false});
    StocksPage page(engine.get());
    page.resize(1280, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    LazyTableModel *lines = page.lineModel();

    // Lines by stock and label, with their figures and coloured status.
    QTRY_COMPARE(lines->rowCount(), 3);
    QCOMPARE(columnTexts(lines, StocksPage::Line),
             (QStringList{"A4 sheets", "Labels", "Envelopes"}));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return lines->index(row, column).data(role);
    };
    QCOMPARE(cell(0, StocksPage::Stock).toString(), QStringLiteral("Paper"));
    QCOMPARE(cell(0, StocksPage::Initial).toString(), QStringLiteral("1,000"));
    QCOMPARE(cell(0, StocksPage::Consumed).toString(), QStringLiteral("700"));
    QCOMPARE(cell(0, StocksPage::Received).toString(), QStringLiteral("500"));
    QCOMPARE(cell(0, StocksPage::OnOrder).toString(), QStringLiteral("300"));
    QCOMPARE(cell(0, StocksPage::Planned).toString(), QStringLiteral("100"));
    QCOMPARE(cell(0, StocksPage::InStock).toString(), QStringLiteral("800"));
    QCOMPARE(cell(0, StocksPage::Forecast).toString(), QStringLiteral("1,000"));
    QCOMPARE(cell(0, StocksPage::AlertLevel).toString(), QStringLiteral("200"));
    QCOMPARE(cell(0, StocksPage::Status).toString(), QStringLiteral("OK"));
    QCOMPARE(cell(0, StocksPage::Status, Qt::ForegroundRole).value<QColor>(),
             QColor(0x1e, 0x6b, 0x2e));
    QCOMPARE(cell(1, StocksPage::Status).toString(), QStringLiteral("Alert"));
    QCOMPARE(cell(2, StocksPage::Status).toString(), QStringLiteral("Insufficient"));
    QCOMPARE(cell(2, StocksPage::Status, LazyTableModel::RawValueRole).toString(),
             QStringLiteral("insufficient"));
    QCOMPARE(cell(2, StocksPage::Status, Qt::BackgroundRole).value<QColor>(),
             QColor(0xf8, 0xd7, 0xd7));
    QCOMPARE(cell(2, StocksPage::InStock).toString(), QStringLiteral("-50"));
    QCOMPARE(cell(2, StocksPage::InStock, Qt::ForegroundRole).value<QColor>(),
             QColor(0xa4, 0x1e, 0x22));

    // The first line is selected: its level over time, the order step, the
    // forecast segment, the alert level and the orders.
    QTRY_COMPARE(page.selectedLineId(), seed.a4);
    QTRY_VERIFY(page.detailsLoaded());
    QCustomPlot *chart = page.findChild<QCustomPlot *>(QStringLiteral("stockLevelChart"));
    QVERIFY(chart);
    const auto day = [](qint64 n) { return double(n * Day); };
    QCOMPARE(keysOf(graph(chart, "level")),
             (QVector<double>{day(Today - 11), day(Today - 10), day(Today - 7), day(Today - 4),
                              double(FixedNow)}));
    QCOMPARE(valuesOf(graph(chart, "level")), (QVector<double>{1000, 700, 1200, 800, 800}));
    QCOMPARE(keysOf(graph(chart, "forecast")),
             (QVector<double>{double(FixedNow), double(FixedNow + 3 * Day),
                              double(FixedNow + 7 * Day)}));
    QCOMPARE(valuesOf(graph(chart, "forecast")), (QVector<double>{800, 1100, 1000}));
    QCOMPARE(keysOf(graph(chart, "alertLevel")),
             (QVector<double>{day(Today - 11), double(FixedNow + 7 * Day)}));
    QCOMPARE(valuesOf(graph(chart, "alertLevel")), (QVector<double>{200, 200}));
    QCOMPARE(keysOf(graph(chart, "orders")),
             (QVector<double>{double(FixedNow - 7 * Day), double(FixedNow + 3 * Day),
                              double(FixedNow + 7 * Day)}));
    QCOMPARE(valuesOf(graph(chart, "orders")), (QVector<double>{1200, 1100, 1000}));
    QCOMPARE(chart->yAxis->label(), QStringLiteral("Quantity"));
    chart->replot();
    const QPointF onReceived(chart->xAxis->coordToPixel(double(FixedNow - 7 * Day)),
                             chart->yAxis->coordToPixel(1200));
    QCOMPARE(ChartSupport::tooltipAt(chart, onReceived),
             QStringLiteral("Order %1: 500 units, Received, %2")
                 .arg(seed.received)
                 .arg(QLocale().toString(
                     QDateTime::fromSecsSinceEpoch(FixedNow - 7 * Day).date(),
                     QLocale::ShortFormat)));

    // Its consumption by campaign and delivery.
    LazyTableModel *consumption = page.consumptionModel();
    QTRY_COMPARE(consumption->rowCount(), 2);
    QCOMPARE(columnTexts(consumption, 0), (QStringList{"Spring", "Summer"}));
    QCOMPARE(columnTexts(consumption, 1), (QStringList{"Mailing A", "Mailing B"}));
    QCOMPARE(columnTexts(consumption, 2), (QStringList{"300", "400"}));

    // Alerts: open ones first, newest first; then the past ones.
    LazyTableModel *alerts = page.alertModel();
    QTRY_COMPARE(alerts->rowCount(), 4);
    QCOMPARE(columnTexts(alerts, 1), (QStringList{"Labels", "Envelopes", "Envelopes", "A4 sheets"}));
    QCOMPARE(columnTexts(alerts, 2),
             (QStringList{"Alert level reached", "Insufficient stock", "Alert level reached",
                          "Alert level reached"}));
    QCOMPARE(columnTexts(alerts, 4).mid(0, 3), (QStringList{"Open", "Open", "Open"}));
    QCOMPARE(alerts->index(3, 4).data().toString(),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(FixedNow - 7 * Day).date(),
                                QLocale::ShortFormat));
    QCOMPARE(alerts->index(1, 5).data().toString(), QStringLiteral("-50"));

    // Proposals, by expected delivery.
    LazyTableModel *proposals = page.proposalModel();
    QTRY_COMPARE(proposals->rowCount(), 2);
    QCOMPARE(proposals->idAt(0), seed.envelopeProposal);
    QCOMPARE(proposals->idAt(1), seed.a4Proposal);
    QCOMPARE(columnTexts(proposals, 2), (QStringList{"1,000", "500"}));
    auto *confirmButton = page.findChild<QPushButton *>(QStringLiteral("confirmProposalButton"));
    auto *cancelButton = page.findChild<QPushButton *>(QStringLiteral("cancelProposalButton"));
    QVERIFY(confirmButton && cancelButton);
    QVERIFY(!confirmButton->isEnabled());

    // Confirm (gino, of the alert group): asked first; "No" changes nothing.
    QSignalSpy decided(&page, &StocksPage::proposalDecided);
    QVERIFY(page.selectProposal(seed.a4Proposal));
    QVERIFY(confirmButton->isEnabled());
    confirmButton->click();
    answer(page, QMessageBox::No);
    QTest::qWait(50);
    QCOMPARE(decided.count(), 0);
    QCOMPARE(orderStatus(*database, seed.a4Proposal), QStringLiteral("proposed"));
    confirmButton->click();
    answer(page, QMessageBox::Yes);
    QTRY_COMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(2).toString(), QString());
    QCOMPARE(orderStatus(*database, seed.a4Proposal), QStringLiteral("on_order"));
    // The views follow: no longer proposed, and the chart counts it coming.
    QTRY_COMPARE(proposals->rowCount(), 1);
    QTRY_COMPARE(valuesOf(graph(chart, "forecast")), (QVector<double>{800, 1100, 1600, 1500}));
    QCOMPARE(keysOf(graph(chart, "forecast")).last(), double(FixedNow + 8 * Day));
    QCOMPARE(valuesOf(graph(chart, "orders")), (QVector<double>{1200, 1100, 1600}));

    // Cancel the Envelopes proposal: gino may not (no alert group there).
    QVERIFY(page.selectProposal(seed.envelopeProposal));
    cancelButton->click();
    answer(page, QMessageBox::Yes);
    QTRY_COMPARE(decided.count(), 2);
    QVERIFY2(decided.at(1).at(2).toString().contains(QStringLiteral("which has no alert group")),
             qPrintable(decided.at(1).at(2).toString()));
    QTRY_VERIFY(page.findChild<QMessageBox *>(QStringLiteral("proposalErrorBox")));
    delete page.findChild<QMessageBox *>(QStringLiteral("proposalErrorBox"));
    QCOMPARE(orderStatus(*database, seed.envelopeProposal), QStringLiteral("proposed"));
    // An administrator may.
    engine->setActor(people::Actor{seed.ada, "ada", true});
    QTRY_COMPARE(proposals->rowCount(), 1);
    QVERIFY(page.selectProposal(seed.envelopeProposal));
    cancelButton->click();
    answer(page, QMessageBox::Yes);
    QTRY_COMPARE(decided.count(), 3);
    QCOMPARE(decided.at(2).at(2).toString(), QString());
    QCOMPARE(orderStatus(*database, seed.envelopeProposal), QStringLiteral("cancelled"));
    QTRY_COMPARE(proposals->rowCount(), 0);
    QTRY_VERIFY(!confirmButton->isEnabled());

    // CSV equals the table; the chart exports to PNG and PDF.
    QCOMPARE(page.csvText(StocksPage::Table::Lines),
             CsvWriter::text(lines->headerTexts(), lines->displayTexts()));
    QVERIFY(page.csvText(StocksPage::Table::Lines)
                .contains(QStringLiteral("Paper,A4 sheets,OK,\"1,000\",700,500,300,100,800,\"1,000\",200\r\n")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString csvPath = dir.filePath(QStringLiteral("alerts.csv"));
    QVERIFY2(page.exportCsv(StocksPage::Table::Alerts, csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(),
             CsvWriter::text(alerts->headerTexts(), alerts->displayTexts()).toUtf8());
    for (const QString &name : {QStringLiteral("level.png"), QStringLiteral("level.pdf")}) {
        QVERIFY2(ChartSupport::exportTo(chart, dir.filePath(name), &error), qPrintable(error));
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 500);
        QCOMPARE(file.read(4), name.endsWith(u"png") ? QByteArray("\x89PNG") : QByteArray("%PDF"));
    }

    // Zoom and pan change the view; "Reset view" (in the chart's context
    // menu, with the export) brings the data's extent back.
    const QCPRange home = chart->xAxis->range();
    chart->xAxis->scaleRange(0.5);
    chart->xAxis->moveRange(Day);
    QVERIFY(chart->xAxis->range() != home);
    const QPoint inside(chart->width() / 2, chart->height() / 2);
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, inside, chart->mapToGlobal(inside));
    QApplication::sendEvent(chart, &menuEvent);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = chart->findChild<QMenu *>(QStringLiteral("chartMenu"))));
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("Export chart…"));
    QCOMPARE(menu->actions().at(1)->text(), QStringLiteral("Reset view"));
    menu->actions().at(1)->trigger();
    QCOMPARE(chart->xAxis->range(), home);
    menu->close();

    // A stockMgt run: the page follows the database and keeps the selection.
    QVERIFY(page.selectLine(seed.labels));
    QTRY_VERIFY(page.detailsLoaded());
    QCOMPARE(valuesOf(graph(chart, "level")), (QVector<double>{50, 50}));
    QSqlQuery update(database->connection());
    QVERIFY(update.exec(QStringLiteral("UPDATE stock_line SET in_stock_qty = 750, status = "
                                       "'alert' WHERE label = 'A4 sheets'")));
    QVERIFY(update.exec(QStringLiteral("UPDATE stock_line SET in_stock_qty = 40, forecast_qty = "
                                       "40 WHERE label = 'Labels'")));
    engine::RunOutcome outcome;
    outcome.workflow = QStringLiteral("stockMgt");
    outcome.status = QStringLiteral("succeeded");
    emit engine->runFinished(outcome);
    QTRY_COMPARE(cell(0, StocksPage::InStock).toString(), QStringLiteral("750"));
    QCOMPARE(cell(0, StocksPage::Status).toString(), QStringLiteral("Alert"));
    QTRY_COMPARE(valuesOf(graph(chart, "forecast")).first(), 40.0);
    QCOMPARE(page.selectedLineId(), seed.labels);
    auto *view = page.findChild<QTableView *>(QStringLiteral("stockLineTable"));
    QTRY_VERIFY(view->selectionModel()->isRowSelected(lines->rowOfId(seed.labels), {}));
    QVERIFY(page.selectLine(seed.a4));
    QTRY_VERIFY(page.detailsLoaded());
    QTRY_COMPARE(page.selectedLineId(), seed.a4);
    saveGrab(&page, QStringLiteral("stockspage-%1-en.png").arg(backend));

    // Italian: axis labels, statuses and number formats.
    QVERIFY(installTranslations(QStringLiteral("it")));
    QTRY_COMPARE(chart->yAxis->label(), QStringLiteral("Quantità"));
    QCOMPARE(chart->xAxis->label(), QStringLiteral("Data"));
    QCOMPARE(graph(chart, "forecast")->name(), QStringLiteral("Previsione"));
    QCOMPARE(cell(2, StocksPage::Status).toString(), QStringLiteral("Insufficiente"));
    QCOMPARE(cell(0, StocksPage::Initial).toString(), QStringLiteral("1.000"));
    QCOMPARE(lines->headerData(StocksPage::InStock, Qt::Horizontal).toString(),
             QStringLiteral("Giacenza"));
    chart->replot();
    const QVector<QString> ticks = chart->yAxis->tickVectorLabels();
    QVERIFY(std::any_of(ticks.begin(), ticks.end(),
                        [](const QString &t) { return t == QStringLiteral("1.000"); }));
    saveGrab(&page, QStringLiteral("stockspage-%1-it.png").arg(backend));
}

QTEST_MAIN(TestStocksPage)
#include "tst_stockspage.moc"
