#include "journal/logtablemodel.h"

#include "db/database.h"
#include "engine/workflowengine.h"
#include "engine/workflowstore.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace campagna::ui {

LogTableModel::LogTableModel(engine::WorkflowEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{}

LogTableModel::~LogTableModel() = default;

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const engine::LogRecord &line = m_lines.at(index.row());
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Time:
        if (display)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(line.at), QLocale::ShortFormat);
        if (raw)
            return line.at;
        break;
    case Level:
        if (display)
            return levelText(line.level);
        if (raw)
            return line.level;
        if (role == Qt::DecorationRole) {
            QStyle *style = QApplication::style();
            if (line.level == u"error")
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            if (line.level == u"warning")
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        if (role == Qt::ForegroundRole) {
            if (line.level == u"error")
                return QColor(0xa4, 0x1e, 0x22);
            if (line.level == u"warning")
                return QColor(0x8a, 0x52, 0x00);
        }
        break;
    case Step:
        if (display || raw)
            return line.step;
        break;
    case Message:
        if (display || raw || role == Qt::ToolTipRole)
            return line.message;
        break;
    case Object:
        if (display || raw) {
            if (line.objectType.isEmpty() && !line.objectId)
                return QString();
            if (!line.objectId)
                return line.objectType;
            return QStringLiteral("%1 %2").arg(line.objectType).arg(*line.objectId);
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Step:
        return tr("Step");
    case Message:
        return tr("Message");
    case Object:
        return tr("Object");
    case ColumnCount:
        break;
    }
    return {};
}

void LogTableModel::setRun(const QString &workflow, qint64 runId)
{
    if (workflow == m_workflow && runId == m_runId)
        return;
    m_workflow = workflow;
    m_runId = runId;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    refresh();
}

void LogTableModel::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_engine || m_runId <= 0)
        return;
    auto future =
        QtConcurrent::run(m_engine->pool(),
                          [database = m_engine->database(), workflow = m_workflow,
                           runId = m_runId]() -> Result<QList<engine::LogRecord>> {
                              return database->withConnection([&](QSqlDatabase &db) {
                                  return engine::WorkflowStore::log(db, workflow, runId, MaxLines);
                              });
                          });
    QPointer<LogTableModel> self(this);
    future.then(m_engine.data(), [self, generation](Result<QList<engine::LogRecord>> result) {
        if (!self || generation != self->m_generation)
            return;
        if (!result) {
            emit self->loadFailed(result.errorMessage());
            return;
        }
        self->beginResetModel();
        self->m_lines = std::move(result).value();
        self->endResetModel();
        emit self->loaded();
    });
}

void LogTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

QString LogTableModel::levelText(const QString &level)
{
    if (level == u"info")
        return tr("Information");
    if (level == u"warning")
        return tr("Warning");
    if (level == u"error")
        return tr("Error");
    return level;
}

} // namespace campagna::ui
