#include "deliveries/deliverytablemodel.h"

#include "deliveries/deliverytexts.h"

#include "db/database.h"
#include "delivery/diagnosis.h"
#include "engine/workflowengine.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace campagna::ui {

namespace {

using delivery::DeliveryQuery;

bool diagnosable(const DeliveryQuery::Row &row)
{
    return !row.isTemplate && row.status != u"finished" && row.status != u"cancelled";
}

} // namespace

DeliveryTableModel::DeliveryTableModel(engine::WorkflowEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_progress(std::make_shared<DeliveryQuery::Progress>())
{}

DeliveryTableModel::~DeliveryTableModel()
{
    m_progress->cancelled.store(true);
}

int DeliveryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_rows.at(index.row());
    const DeliveryQuery::Row &row = item.row;
    if (role == DeliveryIdRole)
        return row.id;
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;

    switch (Column(index.column())) {
    case Id:
        if (display)
            return QLocale().toString(row.id);
        if (raw)
            return row.id;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Label:
        if (display || raw || role == Qt::ToolTipRole)
            return row.label;
        break;
    case Campaign:
        if (display || raw || role == Qt::ToolTipRole)
            return row.campaignLabel;
        break;
    case Channel:
        if (display)
            return DeliveryTexts::channel(row.channel);
        if (raw)
            return row.channel;
        break;
    case Status:
        if (display)
            return row.isTemplate ? tr("%1 (template)").arg(DeliveryTexts::status(row.status))
                                  : DeliveryTexts::status(row.status);
        if (raw)
            return row.status;
        if (role == Qt::ForegroundRole && row.status == u"failed")
            return QColor(0xa4, 0x1e, 0x22);
        break;
    case ContactDate:
        if (display)
            return DeliveryTexts::dateTime(row.contactAt);
        if (raw)
            return row.contactAt.value_or(-1);
        break;
    case Approvals:
        if (display)
            return DeliveryTexts::approvalsSummary(row.pendingApprovals, row.approvedApprovals,
                                                   row.rejectedApprovals);
        if (raw)
            return row.pendingApprovals;
        break;
    case Stalled:
        if (display)
            return item.stalled.value_or(false) ? tr("Stalled") : QString();
        if (raw)
            return item.stalled ? (*item.stalled ? 1 : 0) : -1;
        if (role == Qt::DecorationRole && item.stalled.value_or(false))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ForegroundRole && item.stalled.value_or(false))
            return QColor(0xa4, 0x1e, 0x22);
        if (role == Qt::ToolTipRole && item.stalled.value_or(false))
            return item.stalledText;
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case Label:
        return tr("Delivery");
    case Campaign:
        return tr("Campaign");
    case Channel:
        return tr("Channel");
    case Status:
        return tr("Status");
    case ContactDate:
        return tr("Contact date");
    case Approvals:
        return tr("Approvals");
    case Stalled:
        return tr("Stalled");
    case ColumnCount:
        break;
    }
    return {};
}

bool DeliveryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_total >= 0 && m_rows.size() < m_total;
}

void DeliveryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    load(m_windowSize, int(m_rows.size()), false, false);
}

void DeliveryTableModel::sort(int column, Qt::SortOrder order)
{
    DeliveryQuery::Sort sort;
    switch (Column(column)) {
    case Id:
        sort.key = DeliveryQuery::SortKey::Id;
        break;
    case Label:
        sort.key = DeliveryQuery::SortKey::Label;
        break;
    case Campaign:
        sort.key = DeliveryQuery::SortKey::Campaign;
        break;
    case Channel:
        sort.key = DeliveryQuery::SortKey::Channel;
        break;
    case Status:
        sort.key = DeliveryQuery::SortKey::Status;
        break;
    case ContactDate:
        sort.key = DeliveryQuery::SortKey::ContactAt;
        break;
    case Approvals:
        sort.key = DeliveryQuery::SortKey::PendingApprovals;
        break;
    case Stalled:
    case ColumnCount:
        return;
    }
    sort.descending = order == Qt::DescendingOrder;
    if (sort == m_sort && m_total >= 0)
        return;
    m_sort = sort;
    load(qMax(m_windowSize, int(m_rows.size())), 0, true, false);
}

void DeliveryTableModel::setFilter(const DeliveryQuery::Filter &filter)
{
    const bool findStalled = filter.stalledOnly && (!m_filter.stalledOnly || !m_stalled);
    m_filter = filter;
    if (!filter.stalledOnly)
        m_stalled.reset();
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    endResetModel();
    load(m_windowSize, 0, true, findStalled);
}

void DeliveryTableModel::refresh()
{
    load(qMax(m_windowSize, int(m_rows.size())), 0, true, m_filter.stalledOnly);
}

void DeliveryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    // The stalled markers' tooltips are Diagnosis's messages, in the language
    // of their read: read the rows again (the stalled set stays).
    if (m_total >= 0 && !m_loading)
        load(qMax(m_windowSize, int(m_rows.size())), 0, true, false);
}

void DeliveryTableModel::setWindowSize(int rows)
{
    m_windowSize = qMax(1, rows);
}

int DeliveryTableModel::rowOfDelivery(qint64 deliveryId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).row.id == deliveryId)
            return i;
    }
    return -1;
}

void DeliveryTableModel::load(int limit, int offset, bool replace, bool findStalled)
{
    if (!m_engine)
        return;
    // A replacing load makes every answer still on its way stale (and stops
    // a stalled search that is no longer wanted); a window is only ever
    // asked for while nothing else is loading.
    if (replace) {
        ++m_generation;
        m_progress->cancelled.store(true);
        m_progress = std::make_shared<DeliveryQuery::Progress>();
    }
    const quint64 generation = m_generation;
    m_loading = true;
    m_findingStalled = findStalled;
    std::optional<QSet<qint64>> known = findStalled ? std::nullopt : m_stalled;
    auto future = QtConcurrent::run(
        m_engine->pool(),
        [database = m_engine->database(), clock = m_engine->clock(), filter = m_filter,
         sort = m_sort, known = std::move(known), progress = m_progress, limit,
         offset]() -> Result<Window> {
            const qint64 now = clock->now(database.get());
            return database->withConnection([&](QSqlDatabase &db) -> Result<Window> {
                Window window;
                QSet<qint64> stalled;
                if (filter.stalledOnly) {
                    if (known) {
                        stalled = *known;
                    } else {
                        auto found = DeliveryQuery::stalledIds(db, now, progress.get());
                        if (!found)
                            return found.error();
                        stalled = found.value();
                        window.stalled = stalled;
                    }
                }
                auto total = DeliveryQuery::count(db, filter, stalled);
                if (!total)
                    return total.error();
                window.total = total.value();
                auto rows = DeliveryQuery::rows(db, filter, sort, limit, offset, stalled);
                if (!rows)
                    return rows.error();
                for (const DeliveryQuery::Row &row : rows.value()) {
                    if (progress->cancelled.load())
                        return makeError(Error::Code::Cancelled, QString());
                    Item item{row, std::nullopt, QString()};
                    if (diagnosable(row)) {
                        auto report = delivery::Diagnosis::diagnose(db, row.id, now);
                        if (!report)
                            return report.error();
                        item.stalled = report->stalled;
                        QStringList failed;
                        for (const auto &check : report->checks) {
                            if (check.result == delivery::Diagnosis::Check::Result::Failed)
                                failed << check.reason + QStringLiteral(": ") + check.message;
                        }
                        item.stalledText = failed.join(u'\n');
                    }
                    window.rows.append(std::move(item));
                }
                return window;
            });
        });
    QPointer<DeliveryTableModel> self(this);
    // The engine is the context: it outlives the model and waits for its pool.
    future.then(m_engine.data(), [self, generation, offset, replace](Result<Window> result) {
        if (!self || generation != self->m_generation)
            return;
        self->m_loading = false;
        self->m_findingStalled = false;
        if (!result) {
            if (result.error().code != Error::Code::Cancelled)
                emit self->loadFailed(result.errorMessage());
            return;
        }
        Window window = std::move(result).value();
        if (window.stalled)
            self->m_stalled = std::move(window.stalled);
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

} // namespace campagna::ui
