#pragma once

#include "common/result.h"
#include "common/rowsource.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace campagna::delivery {

// Read-only queries of the console's Deliveries page: the deliveries with
// their campaign, a summary of their current approvals and whether
// Diagnosis finds them stalled, as a lazy row source (filtered and sorted
// in SQL, read in windows); the campaigns that have deliveries; and for one
// delivery its approvals, events and provider job. "Stalled" is what
// Diagnosis says (a failed check): it cannot be said in SQL, so the stalled
// marker of each row read is Diagnosis's verdict, and the "stalled only"
// filter keeps the set that stalledIds() finds by diagnosing every
// delivery it does not skip (StalledSearch).
//
// Same SQL on SQLite and PostgreSQL. Stateless; runs on the calling thread's
// connection, outside any transaction (Diagnosis opens its own).
class DeliveryQuery final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::delivery::DeliveryQuery)

public:
    struct Filter
    {
        QString status;        // empty: every status
        QString channel;       // empty: every channel
        qint64 campaignId = 0; // 0: every campaign
        QString search;        // part of the label, case-insensitive; empty: any
        bool stalledOnly = false;

        bool operator==(const Filter &) const = default;
    };

    // The shown columns of source(), in this order, by key: "id", "label",
    // "campaign" (its label), "channel", "status", "contactAt", "approvals"
    // (pending approvals of the current round), "stalled" (1, 0, or NULL
    // when Diagnosis skips the delivery; not sortable). Then, not shown:
    // "campaignId", "template" (1 for a template or a delivery of a
    // periodic campaign), "approved" and "rejected" (of the current round)
    // and "stalledText" (the failed checks, "Reason: message" per line).
    enum Column {
        Id,
        Label,
        Campaign,
        Channel,
        Status,
        ContactDate,
        Approvals,
        Stalled,
        ColumnCount
    };
    static const QList<QueryColumn> &columns();

    // How far stalledIds() got, readable from any thread while it runs; set
    // `cancelled` to stop it.
    struct Progress
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{-1}; // -1 until the candidates are counted
    };

    // The stalled deliveries behind "stalled only": searched (stalledIds) by
    // the first read that needs them and kept for the reads that follow
    // (windows, other filters) until renew(). Thread-safe: a read waits for
    // a search under way; renew() and progress() from any thread.
    class StalledSearch final
    {
    public:
        StalledSearch() = default;
        Q_DISABLE_COPY_MOVE(StalledSearch)

        Result<QSet<qint64>> ids(const QSqlDatabase &db, qint64 now);
        // The next ids() searches again; a search under way stops (Cancelled).
        void renew();
        const Progress &progress() const { return m_progress; }

    private:
        std::mutex m_mutex;
        Progress m_progress;
        std::optional<QSet<qint64>> m_ids;
        std::atomic<bool> m_stale{true};
    };

    // "Now" for Diagnosis, asked on the reading thread at each read.
    using Now = std::function<qint64()>;
    // The deliveries matching `filter`, by id unless sorted; with
    // filter.stalledOnly, those in `stalled`'s set.
    static std::shared_ptr<const RowSource> source(const Filter &filter, Now now,
                                                   std::shared_ptr<StalledSearch> stalled);

    // The deliveries Diagnosis finds stalled at `now`: every delivery that is
    // not finished, cancelled or a template goes through Diagnosis::diagnose.
    // Stops with Error::Code::Cancelled when progress->cancelled becomes true.
    static Result<QSet<qint64>> stalledIds(const QSqlDatabase &db, qint64 now,
                                           Progress *progress = nullptr);

    struct CampaignOption
    {
        qint64 id = 0;
        QString label;
    };
    // Every campaign that has deliveries, by label.
    static Result<QList<CampaignOption>> campaigns(const QSqlDatabase &db);

    struct Approval
    {
        qint64 id = 0;
        QString kind;
        QString status;
        QStringList reviewers; // operator names, as Reviewers resolves them
        qint64 submittedAt = 0;
        std::optional<qint64> deadlineAt;
        std::optional<qint64> notifiedAt;
        int remindersSent = 0;
        std::optional<qint64> decidedAt;
        QString decidedBy; // operator name, empty when undecided
        QString comment;
        bool current = false; // the latest of its kind (the current round)
    };
    // Every approval of the delivery, oldest first.
    static Result<QList<Approval>> approvals(const QSqlDatabase &db, qint64 deliveryId);

    struct Event
    {
        qint64 id = 0;
        QString reason;
        QString message;
        std::optional<qint64> firstAt;
        std::optional<qint64> lastAt;
        qint64 count = 0;
        QString workflow;
        std::optional<qint64> runId;
    };
    // The delivery's events, latest first.
    static Result<QList<Event>> events(const QSqlDatabase &db, qint64 deliveryId);

    struct ProviderJob
    {
        qint64 id = 0;
        QString status;
        QString service;  // service label
        QString supplier; // supplier label
        QString filePath;
        QString fileSha256;
        std::optional<qint64> sentAt;
        QString returnFile;
        std::optional<qint64> finishedAt;
        int attempts = 0;
        QString error;
    };
    // The delivery's provider job, if it has one.
    static Result<std::optional<ProviderJob>> providerJob(const QSqlDatabase &db,
                                                          qint64 deliveryId);
};

} // namespace campagna::delivery
