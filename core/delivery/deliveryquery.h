#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace campagna::delivery {

// Read-only queries of the console's Deliveries page: the deliveries with
// their campaign and a summary of their current approvals, filtered and
// sorted in SQL and read in windows (LIMIT/OFFSET), how many the filter
// matches, and for one delivery its approvals, events and provider job.
// "Stalled" is what Diagnosis says (a failed check): it cannot be said in
// SQL, so stalledIds() runs Diagnosis over every delivery it does not skip,
// and the filter then keeps that id set.
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

    enum class SortKey { Id, Label, Campaign, Channel, Status, ContactAt, PendingApprovals };
    struct Sort
    {
        SortKey key = SortKey::Id;
        bool descending = false;

        bool operator==(const Sort &) const = default;
    };

    struct Row
    {
        qint64 id = 0;
        QString label;
        qint64 campaignId = 0;
        QString campaignLabel;
        QString channel;
        QString status;
        std::optional<qint64> contactAt;
        bool isTemplate = false; // is_template, or a delivery of a periodic campaign
        // The approvals of the current round (the latest of each kind).
        int pendingApprovals = 0;
        int approvedApprovals = 0;
        int rejectedApprovals = 0;
    };

    // Deliveries matching `filter`, ordered by `sort` then id, rows offset ..
    // offset + limit - 1. With filter.stalledOnly, `stalled` is the set of
    // stalled deliveries (from stalledIds()).
    static Result<QList<Row>> rows(const QSqlDatabase &db, const Filter &filter, const Sort &sort,
                                   int limit, int offset, const QSet<qint64> &stalled = {});
    static Result<qint64> count(const QSqlDatabase &db, const Filter &filter,
                                const QSet<qint64> &stalled = {});

    // How far stalledIds() got, readable from any thread while it runs; set
    // `cancelled` to stop it.
    struct Progress
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{-1}; // -1 until the candidates are counted
    };

    // The deliveries Diagnosis finds stalled at `now`: every delivery that is
    // not finished, cancelled or a template goes through Diagnosis::diagnose.
    // Stops with Error::Code::Cancelled when progress->cancelled becomes true.
    static Result<QSet<qint64>> stalledIds(const QSqlDatabase &db, qint64 now,
                                           Progress *progress = nullptr);

    struct Campaign
    {
        qint64 id = 0;
        QString label;
    };
    // Every campaign that has deliveries, by label.
    static Result<QList<Campaign>> campaigns(const QSqlDatabase &db);

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
