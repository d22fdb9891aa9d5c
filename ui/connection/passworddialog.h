#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace campagna::ui {

// Asks for a PostgreSQL password when the server wants one that PGPASSWORD
// and ~/.pgpass did not give. The password stays in memory: it is never
// written to settings or logs.
//
// Threading: GUI thread.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    // `server`: the URL as shown to people; `refused`: the server refused
    // the last password tried (said above the field).
    PasswordDialog(const QString &userName, const QString &server, bool refused,
                   QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PasswordDialog)

    QString password() const;
    QLineEdit *passwordEdit() const { return m_edit; }

private:
    QLabel *m_text = nullptr;
    QLineEdit *m_edit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace campagna::ui
