#pragma once

#include "people/operatordirectory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QEvent;
class QLabel;
class QLineEdit;

namespace campagna::ui {

// Adds an operator or edits one (the name is then read only): administrator
// or not, groups as comma-separated text, language (Italian, English or
// none) and e-mail address. OK checks the values with
// people::OperatorDirectory::validate(); invalid values show the message in
// the dialog, which stays open. The change itself is the page's business
// (accepted(), then values() or changes()).
//
// Threading: GUI thread; it never touches the database.
class OperatorDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    // `record`: the operator edited (Edit); ignored for Add.
    OperatorDialog(Mode mode, const people::OperatorRecord &record = {}, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OperatorDialog)

    Mode mode() const { return m_mode; }
    QString operatorName() const;
    // Every field as entered (what Add sets).
    people::OperatorValues values() const;
    // Only the fields that differ from the edited record (what Edit sets);
    // all unset when nothing changed.
    people::OperatorValues changes() const;
    // The message for the last refused values; empty otherwise.
    QString errorText() const;

    // "a, b,, c " → {"a", "b", "c"}: trimmed, empty ones and repeats dropped.
    static QStringList parseGroups(const QString &text);
    // "Italian", "English" or "None" for a stored locale ("it", "en", "").
    static QString languageText(const QString &locale);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showError(const QString &message);

    Mode m_mode;
    people::OperatorRecord m_record;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QCheckBox *m_adminCheck = nullptr;
    QLabel *m_groupsLabel = nullptr;
    QLineEdit *m_groupsEdit = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace campagna::ui
