#include "journal/runtablemodel.h"

#include "common/runtexts.h"

#include "db/database.h"
#include "engine/workflowengine.h"
#include "workflows/workflowcatalog.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace campagna::ui {

namespace {

QColor statusColour(const QString &status)
{
    if (status == u"succeeded")
        return QColor(0x1e, 0x6b, 0x2e);
    if (status == u"failed" || status == u"lost")
        return QColor(0xa4, 0x1e, 0x22);
    if (status == u"cancelled")
        return QColor(0x8a, 0x52, 0x00);
    if (status == u"running")
        return QColor(0x1f, 0x4e, 0x9c);
    return {};
}

} // namespace

RunTableModel::RunTableModel(engine::WorkflowEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{}

RunTableModel::~RunTableModel() = default;

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const engine::RunRecord &run = m_rows.at(index.row());
    if (role == RunIdRole)
        return run.id;
    if (role == NameRole)
        return run.workflow;
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;

    switch (Column(index.column())) {
    case Label:
        if (display || raw)
            return label(run.workflow);
        break;
    case Name:
        if (display || raw)
            return run.workflow;
        break;
    case Status:
        if (display)
            return RunTexts::status(run.status);
        if (raw)
            return run.status;
        if (role == Qt::ForegroundRole) {
            const QColor colour = statusColour(run.status);
            if (colour.isValid())
                return colour;
        }
        break;
    case Trigger:
        if (display)
            return RunTexts::trigger(run.trigger);
        if (raw)
            return run.trigger;
        break;
    case RequestedBy:
        if (display || raw)
            return run.requestedBy;
        break;
    case Owner:
        if (display || raw)
            return run.owner;
        break;
    case Started:
        if (display)
            return RunTexts::dateTime(run.startedAt);
        if (raw)
            return run.startedAt;
        break;
    case Duration:
        if (display) {
            const std::optional<qint64> seconds = run.durationSeconds();
            return seconds ? RunTexts::duration(*seconds) : QString();
        }
        if (raw)
            return run.durationSeconds().value_or(-1);
        break;
    case Items:
        if (display)
            return QLocale().toString(run.items);
        if (raw)
            return run.items;
        break;
    case Warnings:
        if (display)
            return QLocale().toString(run.warnings);
        if (raw)
            return run.warnings;
        break;
    case Error:
        if (display || raw || role == Qt::ToolTipRole)
            return run.error;
        break;
    case ColumnCount:
        break;
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Items || index.column() == Warnings || index.column() == Duration))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Label:
        return tr("Workflow");
    case Name:
        return tr("Internal name");
    case Status:
        return tr("Status");
    case Trigger:
        return tr("Trigger");
    case RequestedBy:
        return tr("Requested by");
    case Owner:
        return tr("Run by");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Items:
        return tr("Items");
    case Warnings:
        return tr("Warnings");
    case Error:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

bool RunTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_total >= 0 && m_rows.size() < m_total;
}

void RunTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    load(m_windowSize, int(m_rows.size()), false);
}

void RunTableModel::setFilter(const engine::JournalQuery::Filter &filter)
{
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    endResetModel();
    load(m_windowSize, 0, true);
}

void RunTableModel::refresh()
{
    load(qMax(m_windowSize, int(m_rows.size())), 0, true);
}

void RunTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void RunTableModel::setWindowSize(int rows)
{
    m_windowSize = qMax(1, rows);
}

int RunTableModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == runId)
            return i;
    }
    return -1;
}

void RunTableModel::load(int limit, int offset, bool replace)
{
    if (!m_engine)
        return;
    // A replacing load makes every answer still on its way stale; a window
    // is only ever asked for while nothing else is loading.
    const quint64 generation = replace ? ++m_generation : m_generation;
    m_loading = true;
    auto future = QtConcurrent::run(
        m_engine->pool(),
        [database = m_engine->database(), filter = m_filter, limit, offset]() -> Result<Window> {
            return database->withConnection([&](QSqlDatabase &db) -> Result<Window> {
                auto total = engine::JournalQuery::count(db, filter);
                if (!total)
                    return total.error();
                auto rows = engine::JournalQuery::runs(db, filter, limit, offset);
                if (!rows)
                    return rows.error();
                return Window{std::move(rows).value(), total.value()};
            });
        });
    QPointer<RunTableModel> self(this);
    // The engine is the context (it outlives the model and waits for its
    // pool), as in WorkflowTableModel.
    future.then(m_engine.data(), [self, generation, offset, replace](Result<Window> result) {
        if (!self || generation != self->m_generation)
            return;
        self->m_loading = false;
        if (!result) {
            emit self->loadFailed(result.errorMessage());
            return;
        }
        Window window = std::move(result).value();
        if (replace) {
            self->beginResetModel();
            self->m_rows = std::move(window.rows);
            self->m_total = window.total;
            self->endResetModel();
        } else if (offset == self->m_rows.size()) {
            self->m_total = window.total;
            if (!window.rows.isEmpty()) {
                const int first = int(self->m_rows.size());
                self->beginInsertRows({}, first, first + int(window.rows.size()) - 1);
                self->m_rows.append(std::move(window.rows));
                self->endInsertRows();
            }
        }
        emit self->loaded();
    });
}

QString RunTableModel::label(const QString &workflow)
{
    return workflows::WorkflowCatalog::label(workflow);
}

} // namespace campagna::ui
