#pragma once

#include <QDate>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QEvent;
class QFrame;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;

namespace campagna::engine {
class WorkflowEngine;
struct RunOutcome;
} // namespace campagna::engine

namespace campagna::ui {

class LogModel;
class RunHistoryModel;
class ScheduleDialog;
class WorkflowTableModel;

// The Workflows page of the console: the five workflows, the banner that
// says campaign processing is halted while any of them is not started, the
// commands Start, Pause, Stop, Run now and Cancel, the selected workflow's
// description, lease holder and progress, and a message area for what the
// commands came to. Below the table: the selected workflow's latest runs and
// the selected run's journal lines (filtered by level), and the actions
// "Edit schedule…" and "Purge journal…".
//
// Threading: GUI thread. Every command goes through the engine
// asynchronously; answers come back as QFuture continuations (the engine is
// their context; this page is guarded by QPointer).
class WorkflowsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowsPage(engine::WorkflowEngine *engine, QWidget *parent = nullptr);
    ~WorkflowsPage() override;
    Q_DISABLE_COPY_MOVE(WorkflowsPage)

    WorkflowTableModel *model() const { return m_model; }
    // The internal name of the selected workflow; empty when none is.
    QString selectedWorkflow() const { return m_selected; }
    void selectWorkflow(const QString &workflow);
    // Start, Pause, Stop, Run now, Cancel, Refresh (for menus).
    QList<QAction *> workflowActions() const;
    // Edit schedule…, Purge journal… (for menus).
    QList<QAction *> journalActions() const;
    bool isHaltedBannerShown() const;

    RunHistoryModel *historyModel() const { return m_historyModel; }
    LogModel *logModel() const { return m_logModel; }
    // The id of the run whose journal is shown; 0 when none.
    qint64 selectedRun() const { return m_selectedRun; }
    void selectRun(qint64 runId);
    // Reads the selected workflow's runs (and the selected run's lines) again.
    void refreshHistory();

    // Opens (window-modal, without a nested event loop) the schedule dialog
    // of the selected workflow; nullptr when none is selected.
    ScheduleDialog *editSchedule();
    // Counts the journal lines older than `before` (start of that day, local
    // time), asks the confirmer, then deletes them. The purge dialog ends here.
    void purgeJournalBefore(const QDate &before);
    // Asks a yes/no question; the default shows QMessageBox::question. Tests
    // replace it to answer without a modal loop.
    using Confirmer =
        std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    void setConfirmer(Confirmer confirmer);

signals:
    // The run history / journal lines shown were replaced by a fresh read.
    void historyLoaded();
    void logLoaded();
    // A purge came to an end: lines deleted, or -1 when it failed or was declined.
    void journalPurgeFinished(qint64 deleted);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Command { Start, Pause, Stop };
    enum class MessageKind { Info, Error };

    void buildUi();
    void retranslateUi();
    void onCurrentRowChanged();
    void onRefreshed();
    void updateBanner();
    void updateDetails();
    void updateProgress();
    void updateActions();
    void showMessage(MessageKind kind, std::function<QString()> text);
    void hideMessage();

    void startSelected();
    void pauseSelected();
    void stopSelected();
    void runSelected();
    void cancelSelected();
    void refreshNow();
    void openPurgeDialog();
    void loadHistory();
    void loadLog();
    void onHistoryRowChanged();
    void retranslateLevelFilter();
    void sendCommand(Command command, const QString &workflow);
    void showRunOutcome(const engine::RunOutcome &outcome);

    QPointer<engine::WorkflowEngine> m_engine;
    WorkflowTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QString m_selected;
    // Workflows with a state command on its way: their commands wait.
    QSet<QString> m_pending;
    // Rebuilds the message in the current language (after a switch).
    std::function<QString()> m_messageText;
    // The message shown is a failure to read the rows: the next read hides it.
    bool m_messageIsReadError = false;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QFrame *m_messageArea = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageLabel = nullptr;
    QToolButton *m_messageClose = nullptr;
    QTableView *m_view = nullptr;
    QGroupBox *m_details = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_scheduleLabel = nullptr;
    QLabel *m_lastErrorLabel = nullptr;
    QLabel *m_leaseLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QAction *m_startAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_refreshButton = nullptr;

    RunHistoryModel *m_historyModel = nullptr;
    LogModel *m_logModel = nullptr;
    QSplitter *m_splitter = nullptr;
    QGroupBox *m_historyBox = nullptr;
    QGroupBox *m_logBox = nullptr;
    QTableView *m_historyView = nullptr;
    QTableView *m_logView = nullptr;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_purgeAction = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QPushButton *m_purgeButton = nullptr;
    // The workflow whose runs are shown, and the run whose lines are shown.
    QString m_historyWorkflow;
    qint64 m_selectedRun = 0;
    // Stale reads are dropped: only the answer of the latest request counts.
    quint64 m_historyGeneration = 0;
    quint64 m_logGeneration = 0;
    // Set while the history model is reset, so that its selection changes are ignored.
    bool m_settingRuns = false;
    bool m_purging = false;
    Confirmer m_confirmer;
};

} // namespace campagna::ui
