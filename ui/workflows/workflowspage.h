#pragma once

#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>

class QAction;
class QEvent;
class QFrame;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace campagna::engine {
class WorkflowEngine;
struct RunOutcome;
} // namespace campagna::engine

namespace campagna::ui {

class WorkflowTableModel;

// The Workflows page of the console: the five workflows, the banner that
// says campaign processing is halted while any of them is not started, the
// commands Start, Pause, Stop, Run now and Cancel, the selected workflow's
// description, lease holder and progress, and a message area for what the
// commands came to.
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
    bool isHaltedBannerShown() const;

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
};

} // namespace campagna::ui
