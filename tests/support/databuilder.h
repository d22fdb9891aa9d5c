#pragma once

#include "sqlseed.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace campagna::test {

// The suites' one way of writing fixture rows: one method per table, with
// the required columns as arguments and the others in a small struct, so
// that a call names what the test depends on. A field left out (an invalid
// QVariant) is not written: the schema's default applies; a null QVariant
// writes NULL. Methods return the new row's id (-1 on failure); like every
// SqlSeed, the builder remembers the first error for ok().
class DataBuilder : public SqlSeed
{
public:
    using SqlSeed::SqlSeed;

    // People.
    struct Operator
    {
        QString name{};
        QVariant email{};
        QVariant isAdmin{};
        QVariant locale{};
    };
    qint64 addOperator(const Operator &row);
    qint64 addGroup(const QString &name, const QList<qint64> &members = {});
    void addMembers(qint64 group, const QList<qint64> &members);

    struct Recipient
    {
        QVariant email{};
        QVariant phone{};
        QVariant firstName{};
        QVariant lastName{};
        QVariant address{};
        QVariant postalCode{};
        QVariant city{};
        QVariant country{};
        QVariant optedOut{};
        QVariant blocklisted{};
    };
    qint64 addRecipient(const Recipient &row);

    void setSetting(const QString &key, const QVariant &value);

    // Suppliers.
    struct Supplier
    {
        QString label{};
        QVariant email{};
        QVariant dropDir{};
    };
    qint64 addSupplier(const Supplier &row);

    struct Service
    {
        QVariant extractionFilePattern{};
        QVariant returnFilePattern{};
        QVariant returnTimeoutS{};
    };
    qint64 addService(qint64 supplier, const QString &label, const Service &row);
    qint64 addService(qint64 supplier, const QString &label)
    {
        return addService(supplier, label, Service());
    }
    qint64 addCostCategory(qint64 service, const QString &label, const QString &channel);

    struct CostType
    {
        QString label{};
        QString basis{};
        QVariant structure{};
        QVariant amountMicros{};
        QVariant perUnits{};
        QVariant stockLine{};
        QVariant stockUnits{};
    };
    qint64 addCostType(qint64 costCategory, const CostType &row);

    // Campaigns and deliveries.
    struct Campaign
    {
        QString label{};
        QVariant kind{};
        QVariant status{};
        QVariant manager{};
        QVariant budget{};
        QVariant budgetStatus{};
        QVariant startAt{};
        QVariant createInAdvanceS{};
    };
    qint64 addCampaign(const Campaign &row);
    void addCampaignApproval(qint64 campaign, const QString &kind, const QVariant &reviewer,
                             const QVariant &reviewerGroup);
    qint64 addTask(qint64 campaign, const QString &label, const QString &status);

    struct ScheduleLine
    {
        qint64 campaign = 0;
        qint64 startAt = 0;
        QVariant endAt{};
        QVariant autoStart{};
        QVariant createdAt{};
    };
    qint64 addScheduleLine(const ScheduleLine &row);

    struct Delivery
    {
        qint64 campaign = 0;
        QString label{};
        QString channel{};
        QVariant status{};
        QVariant service{};
        QVariant targetFilter{};
        QVariant confirmRequired{};
        QVariant isTemplate{};
        QVariant contactAt{};
        QVariant extractionAt{};
        QVariant analyzedAt{};
        QVariant targetedCount{};
        QVariant toSendCount{};
        QVariant sentCount{};
        QVariant extractionFile{};
        QVariant extractionRows{};
        QVariant extractionSha256{};
    };
    qint64 addDelivery(const Delivery &row);
    void addTargets(qint64 delivery, const QList<qint64> &recipients);
    qint64 addCostChoice(qint64 delivery, qint64 costType, const QVariant &surchargeCents = {},
                         const QVariant &expenseCategory = {});

    struct Approval
    {
        qint64 delivery = 0;
        QString kind{};
        QVariant status{};
        QVariant reviewer{};
        QVariant reviewerGroup{};
        QVariant submittedAt{};
        QVariant deadlineAt{};
        QVariant remindersSent{};
        QVariant decidedBy{};
        QVariant comment{};
    };
    qint64 addApproval(const Approval &row);

    // Jobs and runs.
    struct OperationJob
    {
        QString kind{};
        qint64 delivery = 0;
        QVariant status{};
        QVariant requestedAt{};
        QVariant startedAt{};
        QVariant finishedAt{};
        QVariant attempts{};
        QVariant error{};
    };
    qint64 addOperationJob(const OperationJob &row);

    struct ProviderJob
    {
        qint64 delivery = 0;
        qint64 service = 0;
        QVariant status{};
        QVariant sentAt{};
        QVariant attempts{};
    };
    qint64 addProviderJob(const ProviderJob &row);

    struct WorkflowRun
    {
        QString workflow{};
        QString trigger{};
        QVariant startedAt{};
        QVariant finishedAt{};
        QVariant status{};
        QVariant error{};
    };
    qint64 addWorkflowRun(const WorkflowRun &row);

    // Budgets.
    struct Budget
    {
        QString label{};
        QVariant currency{};
        QVariant allocatedCents{};
        QVariant plannedCents{};
        QVariant reservedCents{};
        QVariant committedCents{};
        QVariant spentCents{};
        QVariant invoicedCents{};
    };
    qint64 addBudget(const Budget &row);
    qint64 addExpenseCategory(qint64 budget, const QString &label, qint64 amountCents);
    qint64 addProgram(const QString &label, qint64 budget);

    struct CostLine
    {
        qint64 budget = 0;
        qint64 campaign = 0;
        QVariant delivery{};
        QVariant task{};
        QVariant expenseCategory{};
        qint64 amountCents = 0;
        QString commitment{};
        QString basis{};
        qint64 chargeAt = 0;
    };
    qint64 addCostLine(const CostLine &row);

    struct ExpenseLine
    {
        qint64 campaign = 0;
        QVariant delivery{};
        QVariant task{};
        qint64 costType = 0;
        QVariant expenseCategory{};
        qint64 quantity = 0;
        qint64 amountCents = 0;
    };
    qint64 addExpenseLine(const ExpenseLine &row);

    // Stocks.
    struct Stock
    {
        QString label{};
        QVariant supplier{};
        QVariant alertGroup{};
    };
    qint64 addStock(const Stock &row);

    struct StockLine
    {
        qint64 stock = 0;
        QString label{};
        qint64 initialQty = 0;
        qint64 alertLevel = 0;
        QVariant reorderQty{};
        QVariant leadDays{};
        QVariant consumedQty{};
        QVariant receivedQty{};
        QVariant onOrderQty{};
        QVariant plannedQty{};
        QVariant inStockQty{};
        QVariant forecastQty{};
        QVariant status{};
    };
    qint64 addStockLine(const StockLine &row);

    struct StockOrder
    {
        qint64 stockLine = 0;
        qint64 quantity = 0;
        QVariant orderedAt{};
        QVariant deliveryAt{};
        QVariant status{};
        QVariant receivedAt{};
    };
    qint64 addStockOrder(const StockOrder &row);
    qint64 addStockConsumption(qint64 stockLine, qint64 delivery, qint64 campaign, qint64 quantity,
                               qint64 assignedAt);

    struct StockAlert
    {
        qint64 stockLine = 0;
        QString kind{};
        qint64 raisedAt = 0;
        QVariant clearedAt{};
        QVariant inStockQty{};
        QVariant forecastQty{};
    };
    qint64 addStockAlert(const StockAlert &row);

private:
    using Column = std::pair<const char *, QVariant>;
    enum class Id { Returned, None };

    // INSERT INTO `table` of the columns whose value is valid.
    qint64 add(const char *table, std::initializer_list<Column> columns, Id id = Id::Returned);
};

} // namespace campagna::test
