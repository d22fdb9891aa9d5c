#include "workflows/runhistorymodel.h"

#include "common/runtexts.h"

#include "workflows/workflowtablemodel.h"

#include <QColor>
#include <QLocale>

namespace campagna::ui {

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunHistoryModel::setRuns(const QList<engine::RunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RunHistoryModel::rowOfRun(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

void RunHistoryModel::retranslate()
{
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const engine::RunRecord &run = m_runs.at(index.row());
    if (role == RunIdRole)
        return run.id;
    const std::optional<qint64> seconds = run.durationSeconds();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Status:
            return RunTexts::status(run.status);
        case Trigger:
            return RunTexts::trigger(run.trigger);
        case RequestedBy:
            return run.requestedBy;
        case Start:
            return RunTexts::dateTime(run.startedAt);
        case Duration:
            return seconds ? RunTexts::duration(*seconds) : QStringLiteral("–");
        case Items:
            return QLocale().toString(run.items);
        case Warnings:
            return QLocale().toString(run.warnings);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Status:
            return run.status;
        case Trigger:
            return run.trigger;
        case RequestedBy:
            return run.requestedBy;
        case Start:
            return run.startedAt;
        case Duration:
            return seconds ? QVariant(*seconds) : QVariant(qint64(-1));
        case Items:
            return run.items;
        case Warnings:
            return run.warnings;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            if (run.status == u"succeeded")
                return QColor(0x1e, 0x7b, 0x34);
            if (run.status == u"failed" || run.status == u"lost")
                return QColor(0xa4, 0x1e, 0x22);
            if (run.status == u"cancelled")
                return QColor(0x8a, 0x5a, 0x00);
            if (run.status == u"running")
                return QColor(0x12, 0x4e, 0x9e);
        }
        if (index.column() == Warnings && run.warnings > 0)
            return QColor(0x8a, 0x5a, 0x00);
        break;
    case Qt::ToolTipRole:
        if (!run.error.isEmpty())
            return tr("Run %1: %2").arg(run.id).arg(run.error);
        return tr("Run %1").arg(run.id);
    case Qt::TextAlignmentRole:
        if (index.column() >= Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Trigger:
        return tr("Trigger");
    case RequestedBy:
        return tr("Requested by");
    case Start:
        return tr("Start");
    case Duration:
        return tr("Duration");
    case Items:
        return tr("Items");
    case Warnings:
        return tr("Warnings");
    }
    return {};
}

} // namespace campagna::ui
