#pragma once

#include "connection/connectionattempt.h"
#include "connection/passworddialog.h"
#include "db/databaseurl.h"
#include "people/actor.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QEvent;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace campagna::db {
class Database;
}
namespace campagna::engine {
class Clock;
}

namespace campagna::ui {

class PageSwitcher;


// File > Open database…: a SQLite file (an empty file receives the schema,
// as `campagnactl init` would; a file that does not exist is refused, and
// created only when the user then chooses Create), a PostgreSQL server (host, port,
// database, user, SSL mode) or a database URL; then the operator the user
// acts as, pre-selected by the rules of 01-product.md ("Operators and
// rights"). A password is asked (PasswordDialog) only when the server
// wants one that PGPASSWORD and ~/.pgpass did not give.
//
// Connecting happens on a worker thread (ConnectionAttempt) while a busy
// bar shows; Cancel drops the attempt (its answer is ignored: generation
// counter). Every failure is shown inside the dialog and changes nothing.
// When the dialog is accepted, database() and actor() are what to switch
// to; the caller decides whether to switch.
//
// Threading: GUI thread.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { SqliteFile, PostgresServer, Url };
    enum class State { Editing, Connecting, ChoosingOperator, Resolving, Done };

    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

    // Fills the form from a URL (a recent database, the one that failed at
    // start-up) and selects its kind.
    void setUrl(const db::DatabaseUrl &url);
    void setKind(Kind kind);
    Kind kind() const;
    // The "now" recorded when a new database receives its schema.
    void setClock(std::shared_ptr<engine::Clock> clock);

    // What the Connect / Open button does.
    void connectToDatabase();
    // What the Create button does: shown after Connect found that the
    // SQLite file does not exist, it creates that file with the schema.
    void createDatabase();
    void openAsSelectedOperator();

    State state() const { return m_state; }
    // The message shown (an error or a note), empty when none.
    QString message() const;
    bool isMessageError() const { return m_messageIsError; }
    void showMessage(const QString &text, bool error);

    // The password prompt while it is open; nullptr otherwise.
    PasswordDialog *passwordDialog() const { return m_passwordDialog; }
    QListWidget *operatorList() const { return m_operators; }
    QLineEdit *sqlitePathEdit() const { return m_sqlitePath; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseNameEdit() const { return m_databaseName; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslModeCombo() const { return m_sslMode; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *connectButton() const { return m_connectButton; }
    QPushButton *createButton() const { return m_createButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    // After accept(): the database opened and the operator chosen.
    std::shared_ptr<db::Database> database() const { return m_opened.database; }
    people::Actor actor() const { return m_actor; }

    // Cancel: drops an attempt under way (the dialog stays), else closes.
    void reject() override;

signals:
    void stateChanged(campagna::ui::ConnectionDialog::State state);
    void messageChanged(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void setState(State state);
    void fitHeightSoon();
    void browse();
    // The URL described by the form; a Usage error with a message for
    // missing or malformed input.
    Result<db::DatabaseUrl> urlFromForm() const;
    void startAttempt(const db::DatabaseUrl &url, bool typedPassword, bool createMissing = false);
    void onOpened(const db::DatabaseUrl &url, Result<OpenedDatabase> result);
    void askPassword(const db::DatabaseUrl &url, bool refused);
    void showOperators();
    void onResolved(Result<people::Actor> result);
    void backToForm();

    State m_state = State::Editing;
    std::shared_ptr<engine::Clock> m_clock;
    quint64 m_generation = 0;
    // The password typed for m_passwordFor (a URL without password).
    QString m_password;
    QString m_passwordFor;
    bool m_passwordTyped = false;
    // The attempt under way sends the password typed in the prompt.
    bool m_attemptTyped = false;
    QPointer<PasswordDialog> m_passwordDialog;
    OpenedDatabase m_opened;
    people::Actor m_actor;
    QString m_connectingTo;
    // The SQLite file (toString()) that Connect found missing: Create makes it.
    QString m_missingFile;
    bool m_messageIsError = false;

    PageSwitcher *m_pagesStack = nullptr;
    QLabel *m_kindLabel = nullptr;
    QButtonGroup *m_kindGroup = nullptr;
    QRadioButton *m_sqliteRadio = nullptr;
    QRadioButton *m_postgresRadio = nullptr;
    QRadioButton *m_urlRadio = nullptr;
    PageSwitcher *m_forms = nullptr;
    QLabel *m_sqlitePathLabel = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_sqliteNote = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseNameLabel = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_sslModeLabel = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_postgresNote = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlNote = nullptr;

    QLabel *m_operatorTitle = nullptr;
    QListWidget *m_operators = nullptr;
    QLabel *m_operatorNote = nullptr;

    QFrame *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QFrame *m_messageFrame = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageLabel = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace campagna::ui
