#include "operators/operatortablemodel.h"

#include <utility>

namespace campagna::ui {

OperatorTableModel::OperatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OperatorTableModel::~OperatorTableModel() = default;

int OperatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const people::OperatorRecord &record = m_operators.at(index.row());
    if (role == NameRole)
        return record.name;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return record.name;
        case Administrator:
            return record.isAdmin;
        case Groups:
            return record.groups.join(QStringLiteral(", "));
        case Language:
            return record.locale;
        case Email:
            return record.email;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return record.name;
        case Administrator:
            return record.isAdmin ? tr("Yes") : tr("No");
        case Groups:
            // As the edit dialog takes them: names separated by commas.
            return record.groups.join(QStringLiteral(", "));
        case Language:
            return languageText(record.locale);
        case Email:
            return record.email;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Groups && !record.groups.isEmpty())
        return record.groups.join(u'\n');
    return {};
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Administrator:
        return tr("Administrator");
    case Groups:
        return tr("Groups");
    case Language:
        return tr("Language");
    case Email:
        return tr("E-mail");
    default:
        return {};
    }
}

void OperatorTableModel::setOperators(QList<people::OperatorRecord> operators)
{
    beginResetModel();
    m_operators = std::move(operators);
    endResetModel();
}

int OperatorTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_operators.size(); ++row) {
        if (m_operators.at(row).name == name)
            return row;
    }
    return -1;
}

void OperatorTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_operators.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_operators.size()) - 1, ColumnCount - 1));
}

QString OperatorTableModel::languageText(const QString &locale)
{
    if (locale == u"it")
        return tr("Italian");
    if (locale == u"en")
        return tr("English");
    return tr("None", "no language chosen for the operator");
}

} // namespace campagna::ui
