#pragma once

#include "people/operatordirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace campagna::ui {

// The operators as the Operators page shows them: name, administrator or
// not, groups, language and e-mail address, in the order given (by name,
// from people::OperatorDirectory::list()). RawValueRole gives a sortable
// value, NameRole the operator's name on every column.
//
// Threading: GUI thread only; it holds rows, the page loads them.
class OperatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Administrator, Groups, Language, Email, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        NameRole,
    };

    explicit OperatorTableModel(QObject *parent = nullptr);
    ~OperatorTableModel() override;
    Q_DISABLE_COPY_MOVE(OperatorTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setOperators(QList<people::OperatorRecord> operators);
    const QList<people::OperatorRecord> &operators() const { return m_operators; }
    // The row of the operator `name`; -1 when there is none.
    int rowOf(const QString &name) const;
    // Headers and texts again, after a language change.
    void retranslate();

    // "Italian", "English" or "None" for a stored locale ("it", "en", "").
    static QString languageText(const QString &locale);

private:
    QList<people::OperatorRecord> m_operators;
};

} // namespace campagna::ui
