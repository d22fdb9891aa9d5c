#include "databuilder.h"

#include <QStringList>

namespace campagna::test {

qint64 DataBuilder::add(const char *table, std::initializer_list<Column> columns, Id id)
{
    QStringList names;
    QStringList marks;
    QVariantList values;
    for (const auto &[name, value] : columns) {
        if (!value.isValid())
            continue;
        names << QString::fromLatin1(name);
        marks << QStringLiteral("?");
        values << value;
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(QString::fromLatin1(table), names.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", ")));
    if (id == Id::None) {
        exec(sql, values);
        return 0;
    }
    return insert(sql, values);
}

qint64 DataBuilder::addOperator(const Operator &row)
{
    return add("operator", {{"name", row.name},
                            {"email", row.email},
                            {"is_admin", row.isAdmin},
                            {"locale", row.locale}});
}

qint64 DataBuilder::addGroup(const QString &name, const QList<qint64> &members)
{
    const qint64 group = add("operator_group", {{"name", name}});
    addMembers(group, members);
    return group;
}

void DataBuilder::addMembers(qint64 group, const QList<qint64> &members)
{
    for (qint64 member : members)
        add("operator_group_member", {{"group_id", group}, {"operator_id", member}}, Id::None);
}

qint64 DataBuilder::addRecipient(const Recipient &row)
{
    return add("recipient", {{"email", row.email},
                             {"phone", row.phone},
                             {"first_name", row.firstName},
                             {"last_name", row.lastName},
                             {"address", row.address},
                             {"postal_code", row.postalCode},
                             {"city", row.city},
                             {"country", row.country},
                             {"opted_out", row.optedOut},
                             {"blocklisted", row.blocklisted}});
}

void DataBuilder::setSetting(const QString &key, const QVariant &value)
{
    add("setting", {{"key", key}, {"value", value}}, Id::None);
}

qint64 DataBuilder::addSupplier(const Supplier &row)
{
    return add("supplier", {{"label", row.label}, {"email", row.email}, {"drop_dir", row.dropDir}});
}

qint64 DataBuilder::addService(qint64 supplier, const QString &label, const Service &row)
{
    return add("service", {{"supplier_id", supplier},
                           {"label", label},
                           {"extraction_file_pattern", row.extractionFilePattern},
                           {"return_file_pattern", row.returnFilePattern},
                           {"return_timeout_s", row.returnTimeoutS}});
}

qint64 DataBuilder::addCostCategory(qint64 service, const QString &label, const QString &channel)
{
    return add("cost_category", {{"service_id", service}, {"label", label}, {"channel", channel}});
}

qint64 DataBuilder::addCostType(qint64 costCategory, const CostType &row)
{
    return add("cost_type", {{"cost_category_id", costCategory},
                             {"label", row.label},
                             {"basis", row.basis},
                             {"structure", row.structure},
                             {"amount_micros", row.amountMicros},
                             {"per_units", row.perUnits},
                             {"stock_line_id", row.stockLine},
                             {"stock_units", row.stockUnits}});
}

qint64 DataBuilder::addCampaign(const Campaign &row)
{
    return add("campaign", {{"label", row.label},
                            {"kind", row.kind},
                            {"status", row.status},
                            {"manager_id", row.manager},
                            {"budget_id", row.budget},
                            {"budget_status", row.budgetStatus},
                            {"start_at", row.startAt},
                            {"create_in_advance_s", row.createInAdvanceS}});
}

void DataBuilder::addCampaignApproval(qint64 campaign, const QString &kind,
                                      const QVariant &reviewer, const QVariant &reviewerGroup)
{
    add("campaign_approval",
        {{"campaign_id", campaign},
         {"kind", kind},
         {"reviewer_operator_id", reviewer},
         {"reviewer_group_id", reviewerGroup}},
        Id::None);
}

qint64 DataBuilder::addTask(qint64 campaign, const QString &label, const QString &status)
{
    return add("task", {{"campaign_id", campaign}, {"label", label}, {"status", status}});
}

qint64 DataBuilder::addScheduleLine(const ScheduleLine &row)
{
    return add("schedule_line", {{"campaign_id", row.campaign},
                                 {"start_at", row.startAt},
                                 {"end_at", row.endAt},
                                 {"auto_start", row.autoStart},
                                 {"created_at", row.createdAt}});
}

qint64 DataBuilder::addDelivery(const Delivery &row)
{
    return add("delivery", {{"campaign_id", row.campaign},
                            {"label", row.label},
                            {"channel", row.channel},
                            {"status", row.status},
                            {"service_id", row.service},
                            {"target_filter", row.targetFilter},
                            {"confirm_required", row.confirmRequired},
                            {"is_template", row.isTemplate},
                            {"contact_at", row.contactAt},
                            {"extraction_at", row.extractionAt},
                            {"analyzed_at", row.analyzedAt},
                            {"targeted_count", row.targetedCount},
                            {"to_send_count", row.toSendCount},
                            {"sent_count", row.sentCount},
                            {"extraction_file", row.extractionFile},
                            {"extraction_rows", row.extractionRows},
                            {"extraction_sha256", row.extractionSha256}});
}

void DataBuilder::addTargets(qint64 delivery, const QList<qint64> &recipients)
{
    for (qint64 recipient : recipients)
        add("delivery_target", {{"delivery_id", delivery}, {"recipient_id", recipient}}, Id::None);
}

qint64 DataBuilder::addCostChoice(qint64 delivery, qint64 costType, const QVariant &surchargeCents,
                                  const QVariant &expenseCategory)
{
    return add("cost_choice", {{"delivery_id", delivery},
                               {"cost_type_id", costType},
                               {"surcharge_cents", surchargeCents},
                               {"expense_category_id", expenseCategory}});
}

qint64 DataBuilder::addApproval(const Approval &row)
{
    return add("approval", {{"delivery_id", row.delivery},
                            {"kind", row.kind},
                            {"status", row.status},
                            {"reviewer_operator_id", row.reviewer},
                            {"reviewer_group_id", row.reviewerGroup},
                            {"submitted_at", row.submittedAt},
                            {"deadline_at", row.deadlineAt},
                            {"reminders_sent", row.remindersSent},
                            {"decided_by", row.decidedBy},
                            {"comment", row.comment}});
}

qint64 DataBuilder::addOperationJob(const OperationJob &row)
{
    return add("operation_job", {{"kind", row.kind},
                                 {"delivery_id", row.delivery},
                                 {"status", row.status},
                                 {"requested_at", row.requestedAt},
                                 {"started_at", row.startedAt},
                                 {"finished_at", row.finishedAt},
                                 {"attempts", row.attempts},
                                 {"error", row.error}});
}

qint64 DataBuilder::addProviderJob(const ProviderJob &row)
{
    return add("provider_job", {{"delivery_id", row.delivery},
                                {"service_id", row.service},
                                {"status", row.status},
                                {"sent_at", row.sentAt},
                                {"attempts", row.attempts}});
}

qint64 DataBuilder::addWorkflowRun(const WorkflowRun &row)
{
    return add("workflow_run", {{"workflow", row.workflow},
                                {"trigger", row.trigger},
                                {"started_at", row.startedAt},
                                {"finished_at", row.finishedAt},
                                {"status", row.status},
                                {"error", row.error}});
}

qint64 DataBuilder::addBudget(const Budget &row)
{
    return add("budget", {{"label", row.label},
                          {"currency", row.currency},
                          {"allocated_cents", row.allocatedCents},
                          {"planned_cents", row.plannedCents},
                          {"reserved_cents", row.reservedCents},
                          {"committed_cents", row.committedCents},
                          {"spent_cents", row.spentCents},
                          {"invoiced_cents", row.invoicedCents}});
}

qint64 DataBuilder::addExpenseCategory(qint64 budget, const QString &label, qint64 amountCents)
{
    return add("expense_category",
               {{"budget_id", budget}, {"label", label}, {"amount_cents", amountCents}});
}

qint64 DataBuilder::addProgram(const QString &label, qint64 budget)
{
    return add("program", {{"label", label}, {"budget_id", budget}});
}

qint64 DataBuilder::addCostLine(const CostLine &row)
{
    return add("cost_line", {{"budget_id", row.budget},
                             {"campaign_id", row.campaign},
                             {"delivery_id", row.delivery},
                             {"task_id", row.task},
                             {"expense_category_id", row.expenseCategory},
                             {"amount_cents", row.amountCents},
                             {"commitment", row.commitment},
                             {"basis", row.basis},
                             {"charge_at", row.chargeAt}});
}

qint64 DataBuilder::addExpenseLine(const ExpenseLine &row)
{
    return add("expense_line", {{"campaign_id", row.campaign},
                                {"delivery_id", row.delivery},
                                {"task_id", row.task},
                                {"cost_type_id", row.costType},
                                {"expense_category_id", row.expenseCategory},
                                {"quantity", row.quantity},
                                {"amount_cents", row.amountCents}});
}

qint64 DataBuilder::addStock(const Stock &row)
{
    return add(
        "stock",
        {{"label", row.label}, {"supplier_id", row.supplier}, {"alert_group_id", row.alertGroup}});
}

qint64 DataBuilder::addStockLine(const StockLine &row)
{
    return add("stock_line", {{"stock_id", row.stock},
                              {"label", row.label},
                              {"initial_qty", row.initialQty},
                              {"alert_level", row.alertLevel},
                              {"reorder_qty", row.reorderQty},
                              {"lead_days", row.leadDays},
                              {"consumed_qty", row.consumedQty},
                              {"received_qty", row.receivedQty},
                              {"on_order_qty", row.onOrderQty},
                              {"planned_qty", row.plannedQty},
                              {"in_stock_qty", row.inStockQty},
                              {"forecast_qty", row.forecastQty},
                              {"status", row.status}});
}

qint64 DataBuilder::addStockOrder(const StockOrder &row)
{
    return add("stock_order", {{"stock_line_id", row.stockLine},
                               {"quantity", row.quantity},
                               {"ordered_at", row.orderedAt},
                               {"delivery_at", row.deliveryAt},
                               {"status", row.status},
                               {"received_at", row.receivedAt}});
}

qint64 DataBuilder::addStockConsumption(qint64 stockLine, qint64 delivery, qint64 campaign,
                                        qint64 quantity, qint64 assignedAt)
{
    return add("stock_consumption", {{"stock_line_id", stockLine},
                                     {"delivery_id", delivery},
                                     {"campaign_id", campaign},
                                     {"quantity", quantity},
                                     {"assigned_at", assignedAt}});
}

qint64 DataBuilder::addStockAlert(const StockAlert &row)
{
    return add("stock_alert", {{"stock_line_id", row.stockLine},
                               {"kind", row.kind},
                               {"raised_at", row.raisedAt},
                               {"cleared_at", row.clearedAt},
                               {"in_stock_qty", row.inStockQty},
                               {"forecast_qty", row.forecastQty}});
}

} // namespace campagna::test
