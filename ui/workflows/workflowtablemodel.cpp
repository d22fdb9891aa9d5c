#include "workflows/workflowtablemodel.h"

#include "common/palette.h"
#include "common/runtexts.h"

#include "engine/workflowengine.h"
#include "workflows/workflowcatalog.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <limits>
#include <utility>

namespace campagna::ui {

using engine::RunStatus;
using engine::Trigger;
using engine::WorkflowState;

namespace {

constexpr int PollIntervalMs = 5000;
// Engine signals arriving within this window make one status() query.
constexpr int CoalesceMs = 150;

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

WorkflowTableModel::WorkflowTableModel(engine::WorkflowEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    m_soonTimer.setSingleShot(true);
    m_soonTimer.setInterval(CoalesceMs);
    connect(&m_soonTimer, &QTimer::timeout, this, &WorkflowTableModel::refresh);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &WorkflowTableModel::refresh);

    if (m_engine) {
        connect(m_engine, &engine::WorkflowEngine::runStarted, this,
                [this](const QString &workflow, qint64 runId) {
                    m_progress.insert(workflow, Progress{runId, 0, 0});
                    emitRowChanged(rowOf(workflow));
                    emit progressChanged(workflow);
                    refreshSoon();
                });
        connect(m_engine, &engine::WorkflowEngine::runProgress, this,
                [this](const QString &workflow, qint64 runId, qint64 done, qint64 total) {
                    m_progress.insert(workflow, Progress{runId, done, total});
                    emitRowChanged(rowOf(workflow));
                    emit progressChanged(workflow);
                    refreshSoon();
                });
        connect(m_engine, &engine::WorkflowEngine::runFinished, this,
                [this](const engine::RunOutcome &outcome) {
                    m_progress.remove(outcome.workflow);
                    emitRowChanged(rowOf(outcome.workflow));
                    emit progressChanged(outcome.workflow);
                    refreshSoon();
                });
        connect(m_engine, &engine::WorkflowEngine::workflowChanged, this,
                [this](const QString &) { refreshSoon(); });
    }
    refresh();
    m_pollTimer.start();
}

WorkflowTableModel::~WorkflowTableModel() = default;

int WorkflowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const engine::WorkflowStatus &row = m_rows.at(index.row());
    if (role == NameRole)
        return row.name;

    switch (Column(index.column())) {
    case Label:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return label(row.name);
        if (role == Qt::ToolTipRole)
            return description(row.name);
        break;
    case Name:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return description(row.name);
        break;
    case State:
        return stateData(row, role);
    case Failed:
        return failedData(row, role);
    case LastRun:
        return lastRunData(row, role);
    case NextRun:
        return nextRunData(row, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkflowTableModel::stateData(const engine::WorkflowStatus &row, int role) const
{
    const std::optional<WorkflowState> state = fromSql<WorkflowState>(row.state);
    switch (role) {
    case Qt::DisplayRole:
        return stateText(row.state);
    case RawValueRole:
        return row.state;
    case Qt::DecorationRole:
        if (state == WorkflowState::Started)
            return standardIcon(QStyle::SP_MediaPlay);
        if (state == WorkflowState::Paused)
            return standardIcon(QStyle::SP_MediaPause);
        return standardIcon(QStyle::SP_MediaStop);
    case Qt::ForegroundRole:
        if (state != WorkflowState::Started)
            return Palette::warning();
        break;
    case Qt::ToolTipRole:
        if (state == WorkflowState::Started)
            return tr("The scheduler runs it when it is due.");
        if (state == WorkflowState::Paused)
            return tr("No new run starts; a running one finishes its current unit of work "
                      "and stops.");
        return tr("No run starts, and a running one is cancelled.");
    default:
        break;
    }
    return {};
}

QVariant WorkflowTableModel::failedData(const engine::WorkflowStatus &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return row.failed ? tr("Yes") : tr("No");
    case RawValueRole:
        return row.failed;
    case Qt::DecorationRole:
        if (row.failed)
            return standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (row.failed)
            return Palette::failure();
        break;
    case Qt::ToolTipRole:
        if (row.failed)
            return tr("A run failed and nobody has started the workflow since: %n "
                      "consecutive failed run(s). Start clears the flag.",
                      nullptr, row.consecutiveErrors);
        break;
    default:
        break;
    }
    return {};
}

QVariant WorkflowTableModel::lastRunData(const engine::WorkflowStatus &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return lastRunText(row);
    case RawValueRole:
        return row.lastRun ? row.lastRun->startedAt : qint64(-1);
    case Qt::ToolTipRole:
        return lastRunToolTip(row);
    case Qt::ForegroundRole:
        if (row.lastRun && !m_progress.contains(row.name)) {
            const std::optional<RunStatus> status = fromSql<RunStatus>(row.lastRun->status);
            if (status == RunStatus::Failed || status == RunStatus::Lost)
                return Palette::failure();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant WorkflowTableModel::nextRunData(const engine::WorkflowStatus &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return nextRunText(row);
    case RawValueRole:
        if (fromSql<WorkflowState>(row.state) != WorkflowState::Started)
            return std::numeric_limits<qint64>::max();
        return row.nextRunAt.value_or(0);
    case Qt::ToolTipRole:
        return RunTexts::schedule(row.schedule);
    default:
        break;
    }
    return {};
}

QVariant WorkflowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Label:
        return tr("Workflow");
    case Name:
        return tr("Internal name");
    case State:
        return tr("State");
    case Failed:
        return tr("Failed", "column: the workflow's failed flag");
    case LastRun:
        return tr("Last run");
    case NextRun:
        return tr("Next run");
    case ColumnCount:
        break;
    }
    return {};
}

int WorkflowTableModel::rowOf(const QString &workflow) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == workflow)
            return i;
    }
    return -1;
}

const engine::WorkflowStatus *WorkflowTableModel::status(const QString &workflow) const
{
    const int row = rowOf(workflow);
    return row < 0 ? nullptr : &m_rows.at(row);
}

std::optional<WorkflowTableModel::Progress>
WorkflowTableModel::progress(const QString &workflow) const
{
    if (const auto it = m_progress.constFind(workflow); it != m_progress.cend())
        return it.value();
    return std::nullopt;
}

void WorkflowTableModel::refresh()
{
    if (!m_engine)
        return;
    m_soonTimer.stop();
    const quint64 generation = ++m_generation;
    QPointer<WorkflowTableModel> self(this);
    // The engine, not this model, is the continuation's context: it outlives
    // the model and waits for its pool, and Qt 6.4 asserts when a context is
    // destroyed before the future it waits for.
    m_engine->status().then(m_engine.data(),
                            [self, generation](Result<QList<engine::WorkflowStatus>> result) {
                                if (!self || generation != self->m_generation)
                                    return;
                                if (!result) {
                                    emit self->refreshFailed(result.errorMessage());
                                    return;
                                }
                                self->apply(std::move(result).value());
                            });
}

void WorkflowTableModel::refreshSoon()
{
    if (!m_soonTimer.isActive())
        m_soonTimer.start();
}

void WorkflowTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged();
}

void WorkflowTableModel::setPollInterval(int milliseconds)
{
    m_pollTimer.setInterval(milliseconds);
}

bool WorkflowTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::event(event);
}

void WorkflowTableModel::apply(QList<engine::WorkflowStatus> rows)
{
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).name == m_rows.at(i).name;
    // Progress of runs that ended without our seeing runFinished (none
    // should, but a stale entry would show "Running" forever).
    for (auto it = m_progress.begin(); it != m_progress.end();) {
        if (m_engine && !m_engine->isRunning(it.key()))
            it = m_progress.erase(it);
        else
            ++it;
    }
    if (sameRows) {
        m_rows = std::move(rows);
        emitAllChanged();
    } else {
        // Only the first load (or a database whose rows changed): a reset
        // loses the views' selection, an update keeps it.
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    m_loaded = true;
    emit refreshed();
}

void WorkflowTableModel::emitRowChanged(int row)
{
    if (row >= 0 && row < m_rows.size())
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void WorkflowTableModel::emitAllChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString WorkflowTableModel::lastRunText(const engine::WorkflowStatus &row) const
{
    const std::optional<Progress> live = progress(row.name);
    const bool recordedRunning =
        row.lastRun && fromSql<RunStatus>(row.lastRun->status) == RunStatus::Running;
    if (live || recordedRunning) {
        QString text = recordedRunning
                           ? tr("Running since %1").arg(RunTexts::dateTime(row.lastRun->startedAt))
                           : RunTexts::status(sqlName(RunStatus::Running));
        if (live && live->total > 0)
            text = tr("%1: %L2 of %L3", "a running run: 'Running since ...', done, total")
                       .arg(text)
                       .arg(live->done)
                       .arg(live->total);
        return text;
    }
    if (!row.lastRun)
        return tr("Never run");
    const engine::RunRecord &run = *row.lastRun;
    const std::optional<qint64> seconds = run.durationSeconds();
    const int items = int(std::clamp<qint64>(run.items, 0, std::numeric_limits<int>::max()));
    return tr("%1 · %2 · %3 · %4", "last run: status, start time, duration, items")
        .arg(RunTexts::status(run.status), RunTexts::dateTime(run.startedAt),
             seconds ? RunTexts::duration(*seconds) : QStringLiteral("–"),
             tr("%Ln item(s)", nullptr, items));
}

QString WorkflowTableModel::lastRunToolTip(const engine::WorkflowStatus &row) const
{
    if (!row.lastRun)
        return tr("This workflow has never run.");
    const engine::RunRecord &run = *row.lastRun;
    QString trigger = run.trigger;
    if (const std::optional<Trigger> known = fromSql<Trigger>(run.trigger)) {
        switch (*known) {
        case Trigger::Manual:
            trigger = tr("run now");
            break;
        case Trigger::Schedule:
            trigger = tr("scheduler");
            break;
        case Trigger::Cli:
            trigger = tr("command line");
            break;
        }
    }
    QStringList lines;
    lines << tr("Run %1 (%2), requested by %3").arg(run.id).arg(trigger, run.requestedBy);
    if (!run.owner.isEmpty())
        lines << tr("Run by: %1").arg(run.owner);
    if (run.finishedAt)
        lines << tr("Finished: %1").arg(RunTexts::dateTime(*run.finishedAt));
    if (run.warnings > 0)
        lines << tr("%n warning(s) in the journal", nullptr, run.warnings);
    if (!run.error.isEmpty())
        lines << tr("Error: %1").arg(run.error);
    return lines.join(u'\n');
}

QString WorkflowTableModel::nextRunText(const engine::WorkflowStatus &row) const
{
    if (fromSql<WorkflowState>(row.state) != WorkflowState::Started)
        return tr("Not scheduled");
    if (!row.nextRunAt)
        return tr("Due now");
    if (m_engine && *row.nextRunAt <= m_engine->clock()->now())
        return tr("Due since %1").arg(RunTexts::dateTime(*row.nextRunAt));
    return RunTexts::dateTime(*row.nextRunAt);
}

QString WorkflowTableModel::label(const QString &workflow)
{
    return workflows::WorkflowCatalog::label(workflow);
}

QString WorkflowTableModel::description(const QString &workflow)
{
    return workflows::WorkflowCatalog::description(workflow);
}

QString WorkflowTableModel::stateText(const QString &state)
{
    const std::optional<WorkflowState> known = fromSql<WorkflowState>(state);
    if (!known)
        return state;
    switch (*known) {
    case WorkflowState::Started:
        return tr("Started");
    case WorkflowState::Paused:
        return tr("Paused");
    case WorkflowState::Stopped:
        return tr("Stopped");
    }
    return state;
}

} // namespace campagna::ui
