#include "common/lazytablemodel.h"
#include "common/translations.h"
#include "db/database.h"
#include "deliveries/approvalmodel.h"
#include "deliveries/decisiondialog.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverytexts.h"
#include "deliveries/diagnosismodel.h"
#include "deliveries/eventmodel.h"
#include "delivery/deliveryactions.h"
#include "delivery/deliveryquery.h"
#include "delivery/diagnosis.h"
#include "demo/demogenerator.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "people/actor.h"
#include "sqlqueries.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace campagna;
using campagna::delivery::DeliveryQuery;
using campagna::ui::ApprovalModel;
using campagna::ui::DecisionDialog;
using campagna::ui::DeliveriesPage;
using campagna::ui::DeliveryTexts;
using campagna::ui::DiagnosisModel;
using campagna::ui::EventModel;
using campagna::ui::LazyTableModel;
using test::column;
using test::scalarInt;
using test::scalarText;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z, the demo's "now"

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

void selectCombo(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

// The ids of the loaded rows, in the model's order.
QStringList modelIds(const LazyTableModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << QString::number(model->idAt(row));
    return ids;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    return list;
}

// The row of `deliveryId` in the model, -1 when not loaded.
QString cell(const LazyTableModel *model, qint64 deliveryId, int column, int role = Qt::DisplayRole)
{
    const int row = model->rowOfId(deliveryId);
    if (row < 0)
        return QStringLiteral("<not loaded>");
    return model->index(row, column).data(role).toString();
}

// The check `name` of the diagnosis pane: "result reason".
QString checkCell(const DiagnosisModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DiagnosisModel::Check).data().toString() == name)
            return model->index(row, DiagnosisModel::Result)
                       .data(DiagnosisModel::RawValueRole)
                       .toString() +
                   u' ' + model->index(row, DiagnosisModel::Reason).data().toString();
    }
    return QStringLiteral("<no check %1>").arg(name);
}

QString approvalStatus(const ApprovalModel *model, qint64 approvalId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ApprovalModel::Status);
        if (index.data(ApprovalModel::ApprovalIdRole).toLongLong() == approvalId)
            return index.data(ApprovalModel::RawValueRole).toString();
    }
    return QStringLiteral("<no approval>");
}

} // namespace

class TestDeliveriesPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();

    void tableAndFilters_data();
    void tableAndFilters();
    void detailPanes_data();
    void detailPanes();
    void actions_data();
    void actions();
    void languageSwitch_data();
    void languageSwitch();

private:
    std::shared_ptr<db::Database> demoDatabase(const QString &backend);
    std::unique_ptr<engine::WorkflowEngine> makeEngine(std::shared_ptr<db::Database> database);
    // Waits for the page's first rows and selects `deliveryId`, then waits
    // for its details.
    void selectAndWait(DeliveriesPage &page, qint64 deliveryId);
};

void TestDeliveriesPage::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void TestDeliveriesPage::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

std::shared_ptr<db::Database> TestDeliveriesPage::demoDatabase(const QString &backend)
{
    auto database = test::TestDatabase::create(backend);
    if (!database) {
        qWarning() << test::TestDatabase::lastError();
        return nullptr;
    }
    auto generated = demo::DemoGenerator::generate(database->connection(), database->backend(),
                                                   {1, 1, FixedNow});
    if (!generated) {
        qWarning() << generated.errorMessage();
        return nullptr;
    }
    return database;
}

std::unique_ptr<engine::WorkflowEngine>
TestDeliveriesPage::makeEngine(std::shared_ptr<db::Database> database)
{
    auto engine = std::make_unique<engine::WorkflowEngine>(
        std::move(database), std::make_shared<engine::Clock>(FixedNow));
    engine->setOwnerLabel(QStringLiteral("tst_deliveriespage"));
    // The demo's administrator.
    engine->setActor(people::Actor{1, QStringLiteral("admin"), true});
    return engine;
}

void TestDeliveriesPage::selectAndWait(DeliveriesPage &page, qint64 deliveryId)
{
    QTRY_VERIFY(page.model()->totalCount() >= 0 && !page.model()->isLoading());
    QVERIFY2(page.selectDelivery(deliveryId), qPrintable(QString::number(deliveryId)));
    QTRY_COMPARE(page.detailsDeliveryId(), deliveryId);
}

void TestDeliveriesPage::tableAndFilters_data()
{
    test::TestDatabase::addBackendRows();
}

void TestDeliveriesPage::tableAndFilters()
{
    QFETCH(QString, backend);
    if (test::TestDatabase::mayNotRun(backend))
        QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");
    auto database = demoDatabase(backend);
    QVERIFY(database);
    auto engine = makeEngine(database);
    DeliveriesPage page(engine.get());
    page.resize(1200, 800);
    LazyTableModel *model = page.model();

    // Every delivery, in one window, ordered by id.
    const qint64 total = scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM delivery"));
    QVERIFY(total > 40);
    QTRY_COMPARE(model->totalCount(), total);
    QCOMPARE(model->rowCount(), int(total));
    QCOMPARE(modelIds(model),
             column(*database, QStringLiteral("SELECT id FROM delivery ORDER BY id")));

    // Some exact cells against the database.
    for (qint64 id : {1, 11, 16}) {
        QCOMPARE(
            cell(model, id, DeliveryQuery::Label),
            scalarText(*database, QStringLiteral("SELECT label FROM delivery WHERE id = ?"), {id}));
        QCOMPARE(cell(model, id, DeliveryQuery::Campaign),
                 scalarText(*database,
                            QStringLiteral("SELECT c.label FROM delivery d JOIN campaign c "
                                           "ON c.id = d.campaign_id WHERE d.id = ?"),
                            {id}));
        QCOMPARE(cell(model, id, DeliveryQuery::Channel, LazyTableModel::RawValueRole),
                 scalarText(*database, QStringLiteral("SELECT channel FROM delivery WHERE id = ?"),
                            {id}));
        QCOMPARE(cell(model, id, DeliveryQuery::Status, LazyTableModel::RawValueRole),
                 scalarText(*database, QStringLiteral("SELECT status FROM delivery WHERE id = ?"),
                            {id}));
    }
    const qint64 contact1 =
        scalarInt(*database, QStringLiteral("SELECT contact_at FROM delivery WHERE id = 1"));
    QCOMPARE(cell(model, 1, DeliveryQuery::ContactDate),
             QLocale(QLocale::English, QLocale::UnitedKingdom)
                 .toString(QDateTime::fromSecsSinceEpoch(contact1), QLocale::ShortFormat));
    QCOMPARE(cell(model, 1, DeliveryQuery::Channel), QStringLiteral("Email"));
    QCOMPARE(cell(model, 1, DeliveryQuery::Status), QStringLiteral("Finished"));
    // Approvals of the current round: delivery 8 has a pending targeting approval.
    const auto count = [&](qint64 id, const QString &status) {
        return int(
            scalarInt(*database,
                      QStringLiteral("SELECT COUNT(*) FROM approval a WHERE a.delivery_id = ? "
                                     "AND a.status = ? AND NOT EXISTS (SELECT 1 FROM "
                                     "approval b WHERE b.delivery_id = a.delivery_id AND "
                                     "b.kind = a.kind AND (b.submitted_at > a.submitted_at "
                                     "OR (b.submitted_at = a.submitted_at AND b.id > a.id)))"),
                      {id, status}));
    };
    for (qint64 id : {7, 8, 9}) {
        QCOMPARE(cell(model, id, DeliveryQuery::Approvals),
                 DeliveryTexts::approvalsSummary(count(id, QStringLiteral("pending")),
                                                 count(id, QStringLiteral("approved")),
                                                 count(id, QStringLiteral("rejected"))));
    }
    QVERIFY(cell(model, 8, DeliveryQuery::Approvals).contains(QStringLiteral("1 pending")));

    // The stalled marker is Diagnosis's verdict, delivery by delivery.
    QSet<qint64> stalled;
    for (const QString &idText : column(*database, QStringLiteral("SELECT id FROM delivery"))) {
        auto report =
            delivery::Diagnosis::diagnose(database->connection(), idText.toLongLong(), FixedNow);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        if (report->stalled)
            stalled.insert(idText.toLongLong());
    }
    QVERIFY(stalled.contains(11)); // LastError after targeting
    QVERIFY(stalled.contains(3));  // WorkflowNeverRun
    QVERIFY(!stalled.contains(10) && !stalled.contains(1));
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->idAt(row);
        QCOMPARE(model->index(row, DeliveryQuery::Stalled).data().toString(),
                 stalled.contains(id) ? QStringLiteral("Stalled") : QString());
    }
    QVERIFY(cell(model, 11, DeliveryQuery::Stalled, Qt::ToolTipRole)
                .contains(QStringLiteral("unknown field")));

    auto *statusCombo = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *channelCombo = page.findChild<QComboBox *>(QStringLiteral("channelFilter"));
    auto *campaignCombo = page.findChild<QComboBox *>(QStringLiteral("campaignFilter"));
    auto *searchEdit = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *stalledCheck = page.findChild<QCheckBox *>(QStringLiteral("stalledOnly"));
    QVERIFY(statusCombo && channelCombo && campaignCombo && searchEdit && stalledCheck);
    auto waitRows = [&](const QStringList &expected) {
        QTRY_VERIFY(!model->isLoading() && model->totalCount() >= 0);
        QCOMPARE(model->totalCount(), qint64(expected.size()));
        QCOMPARE(modelIds(model), expected);
    };

    selectCombo(statusCombo, QStringLiteral("to_validate"));
    waitRows(
        column(*database,
               QStringLiteral("SELECT id FROM delivery WHERE status = 'to_validate' ORDER BY id")));
    QVERIFY(model->rowCount() >= 3);
    selectCombo(statusCombo, QString());
    selectCombo(channelCombo, QStringLiteral("sms"));
    waitRows(column(*database,
                    QStringLiteral("SELECT id FROM delivery WHERE channel = 'sms' ORDER BY id")));
    QVERIFY(model->rowCount() >= 1);
    selectCombo(channelCombo, QString());
    QTRY_COMPARE(
        campaignCombo->count(),
        1 + int(scalarInt(*database,
                          QStringLiteral("SELECT COUNT(DISTINCT campaign_id) FROM delivery"))));
    selectCombo(campaignCombo, qint64(1));
    waitRows(column(*database,
                    QStringLiteral("SELECT id FROM delivery WHERE campaign_id = 1 ORDER BY id")));
    selectCombo(campaignCombo, qint64(0));
    searchEdit->setText(QStringLiteral("ROMA"));
    QTRY_COMPARE(page.filter().search, QStringLiteral("ROMA"));
    waitRows(column(*database, QStringLiteral("SELECT id FROM delivery WHERE LOWER(label) LIKE "
                                              "'%roma%' ORDER BY id")));
    QVERIFY(model->rowCount() >= 1);
    searchEdit->clear();
    QTRY_COMPARE(page.filter().search, QString());
    stalledCheck->setChecked(true);
    QStringList stalledIds;
    for (qint64 id : std::as_const(stalled))
        stalledIds << QString::number(id);
    waitRows(sorted(stalledIds));
    // Filters combine: stalled SMS deliveries.
    selectCombo(channelCombo, QStringLiteral("sms"));
    QStringList stalledSms;
    for (const QString &id :
         column(*database,
                QStringLiteral("SELECT id FROM delivery WHERE channel = 'sms' ORDER BY id"))) {
        if (stalled.contains(id.toLongLong()))
            stalledSms << id;
    }
    waitRows(stalledSms);
    selectCombo(channelCombo, QString());
    // Cancelling the search for stalled deliveries leaves the filter.
    auto *cancelStalled = page.findChild<QPushButton *>(QStringLiteral("cancelStalledButton"));
    QVERIFY(cancelStalled);
    cancelStalled->click();
    QVERIFY(!stalledCheck->isChecked());
    waitRows(column(*database, QStringLiteral("SELECT id FROM delivery ORDER BY id")));
    // The search itself stops when cancelled, having counted its candidates.
    delivery::DeliveryQuery::Progress progress;
    progress.cancelled = true;
    auto cancelled =
        delivery::DeliveryQuery::stalledIds(database->connection(), FixedNow, &progress);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QCOMPARE(progress.total.load(),
             scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM delivery d JOIN campaign c "
                                                 "ON c.id = d.campaign_id WHERE d.status NOT IN "
                                                 "('finished', 'cancelled') AND d.is_template = 0 "
                                                 "AND c.kind <> 'periodic'")));

    // The CSV export: the table's headers and one line per delivery shown.
    const QStringList lines = page.csvText().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), int(total) + 2); // the last line ends too
    QCOMPARE(lines.first(), QStringLiteral("ID,Delivery,Campaign,Channel,Status,Contact date,"
                                           "Approvals,Stalled"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("1,")));

    // Sorting is SQL's: by label, descending.
    model->sort(DeliveryQuery::Label, Qt::DescendingOrder);
    waitRows(
        column(*database, QStringLiteral("SELECT id FROM delivery ORDER BY label DESC, id DESC")));
}

void TestDeliveriesPage::detailPanes_data()
{
    test::TestDatabase::addBackendRows();
}

void TestDeliveriesPage::detailPanes()
{
    QFETCH(QString, backend);
    if (test::TestDatabase::mayNotRun(backend))
        QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");
    auto database = demoDatabase(backend);
    QVERIFY(database);
    auto engine = makeEngine(database);
    DeliveriesPage page(engine.get());

    // 11: targeting failed on a bad filter; the delivery went back to being edited.
    selectAndWait(page, 11);
    QVERIFY(page.isDetailsStalled());
    QCOMPARE(page.detailsStatus(), QStringLiteral("being_edited"));
    QCOMPARE(checkCell(page.diagnosisModel(), QStringLiteral("LastError")),
             QStringLiteral("failed LastError"));
    QCOMPARE(page.diagnosisModel()->rowCount(), 10);
    QVERIFY(
        page.diagnosisModel()->index(9, DiagnosisModel::Result).data(Qt::DecorationRole).isValid());
    QCOMPARE(page.eventModel()->rowCount(),
             int(scalarInt(
                 *database,
                 QStringLiteral("SELECT COUNT(*) FROM delivery_event WHERE delivery_id = 11"))));

    // 3: start_pending, and deliveryMgt never ran.
    selectAndWait(page, 3);
    QCOMPARE(checkCell(page.diagnosisModel(), QStringLiteral("WorkflowRunning")),
             QStringLiteral("failed WorkflowNeverRun"));

    // 8: an overdue approval, with its reviewers, deadline and reminders.
    selectAndWait(page, 8);
    QCOMPARE(checkCell(page.diagnosisModel(), QStringLiteral("ApprovalsPending")),
             QStringLiteral("failed ApprovalOverdue"));
    const ApprovalModel *approvals = page.approvalModel();
    QCOMPARE(approvals->rowCount(),
             int(scalarInt(*database,
                           QStringLiteral("SELECT COUNT(*) FROM approval WHERE delivery_id = 8"))));
    const qint64 approvalId = scalarInt(
        *database,
        QStringLiteral("SELECT id FROM approval WHERE delivery_id = 8 AND status = 'pending'"));
    int row = -1;
    for (int r = 0; r < approvals->rowCount(); ++r) {
        if (approvals->index(r, 0).data(ApprovalModel::ApprovalIdRole).toLongLong() == approvalId)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(approvals->index(row, ApprovalModel::Reminders)
                 .data(ApprovalModel::RawValueRole)
                 .toLongLong(),
             scalarInt(*database,
                       QStringLiteral("SELECT reminders_sent FROM approval WHERE id = ?"),
                       {approvalId}));
    const qint64 deadline = scalarInt(
        *database, QStringLiteral("SELECT deadline_at FROM approval WHERE id = ?"), {approvalId});
    if (deadline > 0)
        QCOMPARE(approvals->index(row, ApprovalModel::Deadline).data().toString(),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(deadline), QLocale::ShortFormat));
    QVERIFY(!approvals->index(row, ApprovalModel::Reviewers).data().toString().isEmpty());
    QVERIFY(page.approveAction()->isEnabled());
    QVERIFY(page.rejectAction()->isEnabled());
    QVERIFY(!page.confirmAction()->isEnabled());
    QVERIFY(!page.submitAction()->isEnabled());
    // Every action has its own shortcut and its button a mnemonic.
    QSet<QString> shortcuts;
    for (QAction *action : {page.approveAction(), page.rejectAction(), page.confirmAction(),
                            page.submitAction(), page.refreshAction()}) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        shortcuts.insert(action->shortcut().toString());
    }
    QCOMPARE(shortcuts.size(), 5);
    for (const char *name : {"approveButton", "rejectButton", "confirmButton", "submitButton"}) {
        auto *button = page.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button && button->text().contains(u'&'), name);
    }
    auto *approveButton = page.findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approveButton->isEnabled());

    // A direct-mail delivery handed to its provider: its provider job.
    const qint64 withJob = scalarInt(
        *database,
        QStringLiteral("SELECT MIN(delivery_id) FROM provider_job WHERE status = 'file_sent'"));
    QVERIFY(withJob > 0);
    selectAndWait(page, withJob);
    auto *jobStatus = page.findChild<QLabel *>(QStringLiteral("providerJobStatus"));
    auto *jobFile = page.findChild<QLabel *>(QStringLiteral("providerJobFile"));
    QVERIFY(jobStatus && jobFile);
    QCOMPARE(jobStatus->text(), QStringLiteral("File sent"));
    QCOMPARE(jobFile->text(),
             scalarText(*database,
                        QStringLiteral("SELECT COALESCE(file_path, '') FROM provider_job "
                                       "WHERE delivery_id = ?"),
                        {withJob}));
    // A finished delivery: nothing applies, nothing to do.
    selectAndWait(page, 1);
    QVERIFY(!page.isDetailsStalled());
    QCOMPARE(checkCell(page.diagnosisModel(), QStringLiteral("LastError")),
             QStringLiteral("skipped DeliveryFinished"));
    QVERIFY(!page.approveAction()->isEnabled());
    QVERIFY(!page.confirmAction()->isEnabled());
    QVERIFY(!page.submitAction()->isEnabled());
}

void TestDeliveriesPage::actions_data()
{
    test::TestDatabase::addBackendRows();
}

void TestDeliveriesPage::actions()
{
    QFETCH(QString, backend);
    if (test::TestDatabase::mayNotRun(backend))
        QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");
    auto database = demoDatabase(backend);
    QVERIFY(database);
    auto engine = makeEngine(database);
    DeliveriesPage page(engine.get());
    QSignalSpy finished(&page, &DeliveriesPage::actionFinished);

    // Delivery 7 waits for its content approval, whose reviewer is an operator.
    const qint64 approvalId = scalarInt(
        *database,
        QStringLiteral("SELECT id FROM approval WHERE delivery_id = 7 AND status = 'pending'"));
    QVERIFY(approvalId > 0);
    const qint64 reviewer = scalarInt(
        *database, QStringLiteral("SELECT reviewer_operator_id FROM approval WHERE id = ?"),
        {approvalId});

    // A refusal: an operator who is neither a reviewer nor an administrator.
    const QString outsider = scalarText(
        *database,
        QStringLiteral(
            "SELECT MIN(o.name) FROM operator o WHERE o.is_admin = 0 AND o.id <> ? "
            "AND o.id NOT IN (SELECT manager_id FROM campaign WHERE manager_id IS NOT NULL)"),
        {reviewer});
    auto found = people::ActorResolver::findOperator(database->connection(), outsider);
    QVERIFY(found && found.value());
    const people::Actor outsiderActor = *found.value();
    engine->setActor(outsiderActor);
    selectAndWait(page, 7);
    QVERIFY(page.approveAction()->isEnabled());
    page.decide(approvalId, true, QStringLiteral("looks fine"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(page.isMessageError());
    // The same refusal as campagnactl's (the same core call; it changes nothing).
    auto refused = delivery::DeliveryActions::decideApproval(database->connection(), approvalId,
                                                             true, QStringLiteral("looks fine"),
                                                             outsiderActor, FixedNow);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QCOMPARE(page.messageText(), refused.errorMessage());
    QCOMPARE(scalarText(*database, QStringLiteral("SELECT status FROM approval WHERE id = ?"),
                        {approvalId}),
             QStringLiteral("pending"));
    QCOMPARE(scalarText(*database, QStringLiteral("SELECT comment FROM approval WHERE id = ?"),
                        {approvalId}),
             QStringLiteral("NULL"));

    // Approved by the administrator, with a comment.
    engine->setActor(people::Actor{1, QStringLiteral("admin"), true});
    finished.clear();
    page.decide(approvalId, true, QStringLiteral("Testo approvato"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!page.isMessageError());
    QCOMPARE(page.messageText(),
             QStringLiteral("Approval %1 of the delivery 7 approved by admin.").arg(approvalId));
    QCOMPARE(
        scalarText(*database,
                   QStringLiteral("SELECT status || '|' || comment || '|' || decided_by || '|' "
                                  "|| decided_at FROM approval WHERE id = ?"),
                   {approvalId}),
        QStringLiteral("approved|Testo approvato|1|%1").arg(FixedNow));
    QTRY_COMPARE(approvalStatus(page.approvalModel(), approvalId), QStringLiteral("approved"));
    QTRY_VERIFY(
        !cell(page.model(), 7, DeliveryQuery::Approvals).contains(QStringLiteral("pending")));
    QTRY_VERIFY(!page.approveAction()->isEnabled());

    // Rejected through the dialog: delivery 38's proof approval.
    const qint64 proofId = scalarInt(
        *database,
        QStringLiteral("SELECT id FROM approval WHERE delivery_id = 38 AND status = 'pending'"));
    QVERIFY(proofId > 0);
    selectAndWait(page, 38);
    QTRY_VERIFY(page.rejectAction()->isEnabled());
    DecisionDialog *dialog = page.openDecisionDialog(false);
    QVERIFY(dialog);
    QCOMPARE(dialog->approvalId(), proofId);
    dialog->setComment(QStringLiteral("Wrong logo on the proof"));
    finished.clear();
    dialog->accept();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(
        scalarText(*database,
                   QStringLiteral("SELECT status || '|' || comment FROM approval WHERE id = ?"),
                   {proofId}),
        QStringLiteral("rejected|Wrong logo on the proof"));
    QTRY_COMPARE(approvalStatus(page.approvalModel(), proofId), QStringLiteral("rejected"));
    QTRY_VERIFY(
        cell(page.model(), 38, DeliveryQuery::Approvals).contains(QStringLiteral("1 rejected")));
    // A rejected approval can be submitted again.
    QTRY_VERIFY(page.submitAction()->isEnabled());

    // Confirm: pending_confirmation → start_pending, as campagnactl delivery confirm.
    selectAndWait(page, 4);
    QCOMPARE(page.detailsStatus(), QStringLiteral("pending_confirmation"));
    QVERIFY(page.confirmAction()->isEnabled());
    QVERIFY(!page.submitAction()->isEnabled());
    finished.clear();
    page.confirmAction()->trigger();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(scalarText(*database, QStringLiteral("SELECT status FROM delivery WHERE id = 4")),
             QStringLiteral("start_pending"));
    QTRY_COMPARE(page.detailsStatus(), QStringLiteral("start_pending"));
    QTRY_COMPARE(cell(page.model(), 4, DeliveryQuery::Status), QStringLiteral("Start pending"));
    QVERIFY(!page.confirmAction()->isEnabled());

    // Submit: being_edited → targeting_pending with a pending targeting job.
    selectAndWait(page, 10);
    QVERIFY(page.submitAction()->isEnabled());
    finished.clear();
    page.submitAction()->trigger();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(scalarText(*database, QStringLiteral("SELECT status FROM delivery WHERE id = 10")),
             QStringLiteral("targeting_pending"));
    QCOMPARE(scalarInt(*database,
                       QStringLiteral("SELECT COUNT(*) FROM operation_job WHERE delivery_id = 10 "
                                      "AND kind = 'targeting' AND status = 'pending'")),
             qint64(1));
    QTRY_COMPARE(cell(page.model(), 10, DeliveryQuery::Status, LazyTableModel::RawValueRole),
                 QStringLiteral("targeting_pending"));

    // A refused confirm changes nothing: delivery 22 is start_pending, not waiting.
    selectAndWait(page, 22);
    QVERIFY(!page.confirmAction()->isEnabled());
    finished.clear();
    page.confirmSelected();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(page.isMessageError());
    QVERIFY(!page.messageText().isEmpty());
    QCOMPARE(scalarText(*database, QStringLiteral("SELECT status FROM delivery WHERE id = 22")),
             QStringLiteral("start_pending"));
}

void TestDeliveriesPage::languageSwitch_data()
{
    test::TestDatabase::addBackendRows();
}

void TestDeliveriesPage::languageSwitch()
{
    QFETCH(QString, backend);
    if (test::TestDatabase::mayNotRun(backend))
        QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");
    auto database = demoDatabase(backend);
    QVERIFY(database);
    auto engine = makeEngine(database);
    DeliveriesPage page(engine.get());
    page.show();
    selectAndWait(page, 11);
    LazyTableModel *model = page.model();
    const qint64 contact1 =
        scalarInt(*database, QStringLiteral("SELECT contact_at FROM delivery WHERE id = 1"));
    const QDateTime when = QDateTime::fromSecsSinceEpoch(contact1);
    QCOMPARE(model->headerData(DeliveryQuery::ContactDate, Qt::Horizontal).toString(),
             QStringLiteral("Contact date"));
    QCOMPARE(
        cell(model, 1, DeliveryQuery::ContactDate),
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(when, QLocale::ShortFormat));
    auto *submitButton = page.findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(submitButton);
    QCOMPARE(withoutMnemonic(submitButton->text()), QStringLiteral("Submit"));
    const QString englishMessage =
        page.diagnosisModel()->index(9, DiagnosisModel::Message).data().toString();
    QVERIFY(englishMessage.startsWith(QStringLiteral("Last error")));

    QVERIFY(installTranslations(QStringLiteral("it")));
    QTRY_COMPARE(model->headerData(DeliveryQuery::ContactDate, Qt::Horizontal).toString(),
                 QStringLiteral("Data di contatto"));
    QCOMPARE(model->headerData(DeliveryQuery::Status, Qt::Horizontal).toString(),
             QStringLiteral("Stato"));
    const QString italianDate =
        QLocale(QLocale::Italian, QLocale::Italy).toString(when, QLocale::ShortFormat);
    QCOMPARE(cell(model, 1, DeliveryQuery::ContactDate), italianDate);
    QVERIFY(italianDate !=
            QLocale(QLocale::English, QLocale::UnitedKingdom).toString(when, QLocale::ShortFormat));
    QCOMPARE(cell(model, 1, DeliveryQuery::Status), QStringLiteral("Terminata"));
    QTRY_COMPARE(withoutMnemonic(submitButton->text()), QStringLiteral("Invia"));
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    QCOMPARE(withoutMnemonic(tabs->tabText(0)), QStringLiteral("Diagnosi"));
    QCOMPARE(withoutMnemonic(tabs->tabText(1)), QStringLiteral("Approvazioni"));
    QCOMPARE(withoutMnemonic(tabs->tabText(2)), QStringLiteral("Eventi"));
    QCOMPARE(withoutMnemonic(tabs->tabText(3)), QStringLiteral("Lavoro del fornitore"));
    // The stalled marker's explanation and the diagnosis are read again in Italian.
    QTRY_VERIFY(cell(model, 11, DeliveryQuery::Stalled, Qt::ToolTipRole)
                    .contains(QStringLiteral("Ultimo errore")));
    QTRY_VERIFY(page.diagnosisModel()
                    ->index(9, DiagnosisModel::Message)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Ultimo errore")));

    QVERIFY(installTranslations(QStringLiteral("en")));
    QTRY_COMPARE(model->headerData(DeliveryQuery::ContactDate, Qt::Horizontal).toString(),
                 QStringLiteral("Contact date"));
}

QTEST_MAIN(TestDeliveriesPage)
#include "tst_deliveriespage.moc"
