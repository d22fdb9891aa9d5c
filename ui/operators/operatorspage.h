#pragma once

#include "common/rowsource.h"
#include "people/operatordirectory.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QEvent;
class QFrame;
class QLabel;
class QSqlDatabase;
class QTableView;
class QToolButton;

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

class OperatorDialog;
class LazyTableModel;

// The Operators page: every operator (name, administrator or not, groups,
// language, e-mail address), from people::OperatorQuery (a LazyTableModel). Administrators
// add, edit and remove operators here (Add…, Edit…, Remove…, asked first);
// for anyone else the page is read-only and the commands are disabled,
// their tool tips saying why. What a command came to, or the core's error,
// is shown in the page's message area; a refused command changes nothing.
// The rights and the audit rows are the core's (OperatorDirectory).
//
// Threading: GUI thread. Every read and change runs on the engine's pool
// (runAsync); answers older than the latest read are dropped. The engine
// must outlive the page.
class OperatorsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OperatorsPage(engine::WorkflowEngine *engine, QWidget *parent = nullptr);
    ~OperatorsPage() override;
    Q_DISABLE_COPY_MOVE(OperatorsPage)

    LazyTableModel *model() const { return m_model; }
    // The row of the operator `name` in model(); -1 when there is none.
    int rowOf(const QString &name) const;
    QTableView *view() const { return m_view; }
    QAction *addOperatorAction() const { return m_addAction; }
    QAction *editOperatorAction() const { return m_editAction; }
    QAction *removeOperatorAction() const { return m_removeAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    // The engine's actor is an administrator (the commands are enabled).
    bool mayManage() const;
    // The selected operator's name; empty when none.
    QString selectedName() const { return m_selectedName; }
    bool selectOperator(const QString &name);
    // A read or a command is under way.
    bool isBusy() const;
    // The text of the message area; empty when hidden.
    QString messageText() const;
    bool isErrorShown() const;

    // Opens the Add / Edit dialog (window-modal, without a nested event
    // loop; deleted when closed); OK then runs the command. nullptr when
    // the actor may not manage operators (Edit: or none is selected).
    OperatorDialog *openAddDialog();
    OperatorDialog *openEditDialog();
    // The commands as the dialogs run them; commandFinished() tells the
    // outcome. changeOperator sets only the fields given.
    void addOperator(const QString &name, const people::OperatorValues &values);
    void changeOperator(const QString &name, const people::OperatorValues &values);
    // Asks the confirmer first; declined: commandFinished(name, false, "").
    void removeOperator(const QString &name);

    // Asks a yes/no question; the default shows QMessageBox::question. Tests
    // replace it to answer without a modal loop.
    using Confirmer =
        std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    void setConfirmer(Confirmer confirmer);

public slots:
    // Reads the operators again, keeping the selection.
    void refresh();

signals:
    // The operators shown were replaced by a fresh read (or it failed).
    void operatorsLoaded();
    // A command came to an end: done, or refused / failed (`error`), or
    // declined (not done, no error).
    void commandFinished(const QString &name, bool done, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class MessageKind { Info, Error };
    using Work =
        std::function<Result<void>(const QSqlDatabase &db, const people::Actor &actor, qint64 now)>;

    void buildUi();
    void retranslateUi();
    void updateActions();
    void updateCount();
    void onCurrentRowChanged();
    void runCommand(const QString &name, const QString &selectAfter,
                    std::function<QString()> doneText, Work work);
    void showMessage(MessageKind kind, std::function<QString()> text);
    void hideMessage();
    std::optional<people::OperatorRecord> selectedRecord() const;
    void onLoaded();
    static QVariant present(const RowSource &source, const QVariantList &row, int column, int role);

    QPointer<engine::WorkflowEngine> m_engine;
    Confirmer m_confirmer;
    LazyTableModel *m_model = nullptr;
    QString m_selectedName;
    bool m_commandRunning = false;
    QString m_loadError;
    std::function<QString()> m_messageText;

    QLabel *m_countLabel = nullptr;
    QLabel *m_hint = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QFrame *m_messageArea = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageLabel = nullptr;
    QToolButton *m_messageClose = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace campagna::ui
