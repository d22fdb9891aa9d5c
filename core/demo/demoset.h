#pragma once

#include "common/result.h"
#include "demo/batchwriter.h"
#include "demo/demogenerator.h"
#include "demo/demoplan.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <deque>

namespace campagna::demo {

// The demo data set while the recipes (recipes/recipes.h) load it: where
// the rows go, the figures of the options, what one recipe states for the
// next ones (ids, reviewers, folders) and the rows planned in memory.
// Used on the thread that owns the connection, for one load.
class DemoSet final
{
public:
    DemoSet(const QSqlDatabase &db, const DemoOptions &options);
    Q_DISABLE_COPY_MOVE(DemoSet)

    // One table's rows as a recipe states them.
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    // Writes the tables in order; stops at the first that fails.
    Result<void> insert(const QList<Table> &tables);
    // For the tables whose rows are computed one by one.
    BatchWriter writer(const QString &table, const QStringList &columns);

    DeliveryRow &addDelivery(const DeliverySpec &spec);
    void addDeliveries(const QList<DeliverySpec> &specs);
    void addTasks(const QList<TaskRow> &tasks);
    // The planned delivery of that label (the recipes name them so).
    const DeliveryRow &delivery(const QString &label) const;

    // As operationMgt names the file (ExtractionFileName), from the pattern of
    // the delivery's service.
    QString extractionFileName(const DeliveryRow &d, qint64 at) const;
    QString providerFileName(const DeliveryRow &d) const;
    QString deliveryFilePath(const DeliveryRow &d) const;
    // As deliveryMgt resolves them: the operator, else the group's members
    // who are not administrators, else the campaign's manager.
    QList<qint64> resolvedReviewers(const ApprovalRow &a) const;

    const int scale;
    const quint64 seed;
    const Calendar t;
    const QString demoDir;
    DemoSummary summary;

    QMap<qint64, qint64> campaignBudget; // campaign -> budget charged (0: none)
    QMap<qint64, qint64> campaignManager;
    QMap<qint64, qint64> campaignDelay; // approval_delay_s
    QMap<qint64, QMap<QString, Reviewer>> requirements;
    QMap<qint64, QList<qint64>> groupMembers;
    QSet<qint64> admins;
    QMap<qint64, QString> supplierDropDir;
    QMap<qint64, qint64> serviceSupplier;
    QMap<qint64, QString> supplierEmail;
    QMap<qint64, QString> servicePattern;
    qint64 extraCampaigns = 0;

    std::deque<DeliveryRow> deliveries;
    std::deque<TaskRow> tasks;
    std::deque<ApprovalRow> approvals;

private:
    void extracted(DeliveryRow &d, qint64 rows, qint64 at);

    QSqlDatabase m_db;
    qint64 m_nextDeliveryId = 1;
};

} // namespace campagna::demo
