#include "workflows/logmodel.h"

#include "common/runtexts.h"

#include "workflows/workflowtablemodel.h"

#include <QColor>

namespace campagna::ui {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LogModel::setLines(const QList<engine::LogRecord> &lines)
{
    beginResetModel();
    m_all = lines;
    applyFilter();
    endResetModel();
}

void LogModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void LogModel::setLevelIcons(const QIcon &info, const QIcon &warning, const QIcon &error)
{
    m_infoIcon = info;
    m_warningIcon = warning;
    m_errorIcon = error;
}

void LogModel::retranslate()
{
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_shown.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool LogModel::accepts(const engine::LogRecord &line) const
{
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::WarningsAndErrors:
        return line.level == u"warning" || line.level == u"error";
    case Filter::Errors:
        return line.level == u"error";
    }
    return true;
}

void LogModel::applyFilter()
{
    m_shown.clear();
    for (const engine::LogRecord &line : std::as_const(m_all)) {
        if (accepts(line))
            m_shown.append(line);
    }
}

QString LogModel::levelText(const QString &level)
{
    if (level == u"info")
        return tr("Information");
    if (level == u"warning")
        return tr("Warning");
    if (level == u"error")
        return tr("Error");
    return level;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const engine::LogRecord &line = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return RunTexts::dateTime(line.at);
        case Level:
            return levelText(line.level);
        case Step:
            return line.step;
        case Message:
            return line.message;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Time:
            return line.at;
        case Level:
            return line.level;
        case Step:
            return line.step;
        case Message:
            return line.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Level) {
            if (line.level == u"error")
                return m_errorIcon;
            if (line.level == u"warning")
                return m_warningIcon;
            return m_infoIcon;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Level || index.column() == Message) {
            if (line.level == u"error")
                return QColor(0xa4, 0x1e, 0x22);
            if (line.level == u"warning")
                return QColor(0x8a, 0x5a, 0x00);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return line.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Step:
        return tr("Step");
    case Message:
        return tr("Message");
    }
    return {};
}

} // namespace campagna::ui
