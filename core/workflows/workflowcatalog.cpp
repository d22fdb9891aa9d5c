#include "workflows/workflowcatalog.h"

#include "budget/budgetworkflow.h"
#include "delivery/deliveryworkflow.h"
#include "operation/operationworkflow.h"
#include "stock/stockworkflow.h"
#include "supplier/supplierworkflow.h"

namespace campagna::workflows {

const QList<WorkflowDescriptor> &WorkflowCatalog::all()
{
    static const QList<WorkflowDescriptor> workflows = {
        {.name = QStringLiteral("budgetMgt"),
         .labelSource = QT_TR_NOOP("Cost calculation"),
         .descriptionSource =
             QT_TR_NOOP("Computes expense lines and cost lines, and the amounts of budgets, "
                        "plans, programs, campaigns, deliveries and tasks."),
         .defaultSchedule = QStringLiteral("every 1h"),
         .factory = [] { return std::make_unique<budget::BudgetWorkflow>(); }},
        {.name = QStringLiteral("stockMgt"),
         .labelSource = QT_TR_NOOP("Stock: Orders and alerts"),
         .descriptionSource =
             QT_TR_NOOP("Receives stock orders, computes stock consumption and levels, raises "
                        "and clears alerts and proposes reorders."),
         .defaultSchedule = QStringLiteral("daily 09:00"),
         .factory = [] { return std::make_unique<stock::StockWorkflow>(); }},
        {.name = QStringLiteral("deliveryMgt"),
         .labelSource = QT_TR_NOOP("Jobs on deliveries in campaigns"),
         .descriptionSource =
             QT_TR_NOOP("Sends approval requests and reminders, moves approved deliveries on, "
                        "starts them when due and hands external deliveries to their service "
                        "provider."),
         .defaultSchedule = QStringLiteral("every 15m"),
         .factory = [] { return std::make_unique<delivery::DeliveryWorkflow>(); }},
        {.name = QStringLiteral("operationMgt"),
         .labelSource = QT_TR_NOOP("Campaign jobs"),
         .descriptionSource =
             QT_TR_NOOP("Runs campaign jobs (targeting, file extraction) and creates the "
                        "deliveries and campaigns of recurring and periodic campaigns."),
         .defaultSchedule = QStringLiteral("every 15m"),
         .factory = [] { return std::make_unique<operation::OperationWorkflow>(); }},
        {.name = QStringLiteral("supplierMgt"),
         .labelSource = QT_TR_NOOP("Jobs on service providers"),
         .descriptionSource = QT_TR_NOOP("Sends extraction files to service providers and "
                                         "processes the files they return."),
         .defaultSchedule = QStringLiteral("every 15m"),
         .factory = [] { return std::make_unique<supplier::SupplierWorkflow>(); }},
    };
    return workflows;
}

const WorkflowDescriptor *WorkflowCatalog::find(const QString &name)
{
    for (const WorkflowDescriptor &workflow : all()) {
        if (workflow.name == name)
            return &workflow;
    }
    return nullptr;
}

QString WorkflowCatalog::canonicalName(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.compare(QLatin1String("fornitoreMgt"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("supplierMgt");
    for (const WorkflowDescriptor &workflow : all()) {
        if (workflow.name.compare(text, Qt::CaseInsensitive) == 0)
            return workflow.name;
    }
    return {};
}

QStringList WorkflowCatalog::names()
{
    QStringList result;
    for (const WorkflowDescriptor &workflow : all())
        result << workflow.name;
    return result;
}

QString WorkflowCatalog::label(const QString &name)
{
    const WorkflowDescriptor *workflow = find(name);
    return workflow ? workflow->label() : name;
}

QString WorkflowCatalog::description(const QString &name)
{
    const WorkflowDescriptor *workflow = find(name);
    return workflow ? workflow->description() : QString();
}

} // namespace campagna::workflows
