#pragma once

#include "common/asyncquery.h"
#include "delivery/deliveryquery.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QEvent;
class QFrame;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

class ApprovalModel;
class DecisionDialog;
class LazyTableModel;
class DiagnosisModel;
class EventModel;

// The Deliveries page of the console (01-product.md, "The console" 4): the
// deliveries with campaign, channel, status, contact date, approvals summary
// and a stalled marker (Diagnosis), filtered by status, channel, campaign,
// label and "stalled only", sorted and loaded lazily (a LazyTableModel over
// DeliveryQuery::source()).
// For the selected delivery: its diagnosis, approvals, events and provider
// job. Actions Approve… / Reject… (with comment), Confirm and Submit, taken
// as the engine's operator through the same core code as campagnactl
// (DeliveryActions, DeliverySubmission): the same rights, rules and
// messages. A refusal is shown in the message area and changes nothing.
//
// Threading: GUI thread. Every read and every action runs on the engine's
// pool (runAsync, AsyncCall); stale answers are dropped. The engine must
// outlive the page.
class DeliveriesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DeliveriesPage(engine::WorkflowEngine *engine, QWidget *parent = nullptr);
    ~DeliveriesPage() override;
    Q_DISABLE_COPY_MOVE(DeliveriesPage)

    LazyTableModel *model() const { return m_model; }
    // The filter of the deliveries shown.
    const delivery::DeliveryQuery::Filter &filter() const { return m_filter; }
    DiagnosisModel *diagnosisModel() const { return m_diagnosisModel; }
    ApprovalModel *approvalModel() const { return m_approvalModel; }
    EventModel *eventModel() const { return m_eventModel; }

    // The selected delivery's id; 0 when none.
    qint64 selectedDeliveryId() const { return m_selectedId; }
    // Selects a loaded delivery; false when it is not loaded.
    bool selectDelivery(qint64 deliveryId);
    // The id of the delivery whose details are shown (0: none), and its status.
    qint64 detailsDeliveryId() const { return m_detailsId; }
    QString detailsStatus() const { return m_detailsStatus; }
    bool isDetailsStalled() const { return m_detailsStalled; }

    // Approve…, Reject…, Confirm, Submit, Refresh (for menus and tests).
    QAction *approveAction() const { return m_approveAction; }
    QAction *rejectAction() const { return m_rejectAction; }
    QAction *confirmAction() const { return m_confirmAction; }
    QAction *submitAction() const { return m_submitAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    // Opens (window-modal, without a nested event loop) the decision dialog
    // for the selected delivery; nullptr when it has no pending approval.
    DecisionDialog *openDecisionDialog(bool approve);
    // Decides an approval as the engine's operator (what the dialog ends in).
    void decide(qint64 approvalId, bool approve, const QString &comment);
    void confirmSelected();
    void submitSelected();

    // The deliveries shown (the rows loaded in the table), as CSV text with
    // the table's headers and texts.
    QString csvText() const;
    // Writes csvText() to `path` as UTF-8; false with a message on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    // The message area: the text shown (empty when hidden) and whether it
    // reports a failure.
    QString messageText() const;
    bool isMessageError() const { return m_messageIsError; }

public slots:
    // Re-reads the deliveries (keeping the selection), the campaigns and the
    // selected delivery's details.
    void refresh();

signals:
    // The selected delivery's details were replaced by a fresh read.
    void detailsLoaded();
    // An action came to an end: done, or refused/failed (nothing changed).
    void actionFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Details;

    void buildUi();
    QLayout *buildFilters();
    QWidget *buildMessageArea();
    QWidget *buildDetails();
    QWidget *buildProviderPane();
    void buildActions();
    void connectSignals();
    static QVariant present(const RowSource &source, const QVariantList &row, int column, int role);
    // The engine's "now", asked on the pool thread.
    delivery::DeliveryQuery::Now engineNow() const;
    void retranslateUi();
    void fillCombos();
    void loadCampaigns();
    void applyFilter();
    void onRowsLoaded();
    void onSelectionChanged();
    void loadDetails();
    void showDetails(const Details &details);
    void clearDetails();
    void updateProviderJob();
    void updateActions();
    void updateCount();
    void chooseExportFile();
    void updateDetailsTitle();
    void showMessage(bool error, std::function<QString()> text);
    void hideMessage();
    // What a successful action says, built in the language shown when called.
    using Outcome = std::function<QString()>;
    // Runs `action` on the engine's pool as the engine's operator at the
    // engine's "now"; shows its outcome or its refusal, then reads again.
    void runAction(std::function<Result<Outcome>(const QSqlDatabase &, qint64 now)> action);

    QPointer<engine::WorkflowEngine> m_engine;
    LazyTableModel *m_model = nullptr;
    delivery::DeliveryQuery::Filter m_filter;
    bool m_filtered = false;
    // The stalled set of "stalled only", searched again when that filter is
    // chosen and on refresh; m_findingStalled while a read searches it.
    std::shared_ptr<delivery::DeliveryQuery::StalledSearch> m_stalled;
    bool m_findingStalled = false;
    DiagnosisModel *m_diagnosisModel = nullptr;
    ApprovalModel *m_approvalModel = nullptr;
    EventModel *m_eventModel = nullptr;

    qint64 m_selectedId = 0;
    QString m_selectedLabel;
    qint64 m_detailsId = 0;
    QString m_detailsStatus;
    bool m_detailsStalled = false;
    std::optional<delivery::DeliveryQuery::ProviderJob> m_providerJob;
    AsyncCall m_detailsCall;
    AsyncCall m_campaignCall;
    QList<delivery::DeliveryQuery::CampaignOption> m_campaigns;
    bool m_busy = false;
    bool m_columnsSized = false;
    QString m_loadError;
    std::function<QString()> m_messageText;
    bool m_messageIsError = false;

    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QLabel *m_campaignLabel = nullptr;
    QComboBox *m_campaignCombo = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_stalledCheck = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelStalledButton = nullptr;
    QTimer *m_progressTimer = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QFrame *m_messageArea = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageLabel = nullptr;
    QToolButton *m_messageClose = nullptr;

    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_diagnosisView = nullptr;
    QTableView *m_approvalView = nullptr;
    QTableView *m_eventView = nullptr;
    QWidget *m_providerPane = nullptr;
    QLabel *m_providerNone = nullptr;
    QWidget *m_providerForm = nullptr;
    QList<QLabel *> m_providerCaptions;
    QList<QLabel *> m_providerValues;

    QAction *m_approveAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_confirmAction = nullptr;
    QAction *m_submitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_submitButton = nullptr;
};

} // namespace campagna::ui
