#include "deliveries/diagnosismodel.h"

#include "deliveries/deliverytexts.h"

#include "common/palette.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace campagna::ui {

using R = delivery::Diagnosis::Check::Result;

DiagnosisModel::DiagnosisModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

DiagnosisModel::~DiagnosisModel() = default;

int DiagnosisModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int DiagnosisModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosisModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const delivery::Diagnosis::Check &check = m_checks.at(index.row());
    switch (Column(index.column())) {
    case Result:
        if (role == Qt::DisplayRole)
            return DeliveryTexts::checkResult(check.result);
        if (role == RawValueRole)
            return delivery::Diagnosis::resultName(check.result);
        if (role == Qt::DecorationRole) {
            QStyle *style = QApplication::style();
            switch (check.result) {
            case R::Passed:
                return style->standardIcon(QStyle::SP_DialogApplyButton);
            case R::Failed:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case R::Warning:
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case R::Skipped:
                return style->standardIcon(QStyle::SP_MediaSkipForward);
            }
        }
        if (role == Qt::ForegroundRole) {
            if (check.result == R::Failed)
                return Palette::failure();
            if (check.result == R::Warning)
                return Palette::warning();
            if (check.result == R::Passed)
                return Palette::success();
        }
        break;
    case Check:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return check.name;
        break;
    case Reason:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return check.reason;
        break;
    case Message:
        if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole)
            return check.message;
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DiagnosisModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Result:
        return tr("Result");
    case Check:
        return tr("Check");
    case Reason:
        return tr("Reason");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

void DiagnosisModel::setChecks(const QList<delivery::Diagnosis::Check> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

void DiagnosisModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_checks.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_checks.size()) - 1, ColumnCount - 1));
}

} // namespace campagna::ui
