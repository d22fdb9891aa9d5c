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
         .labelEn = QStringLiteral("Cost calculation"),
         .labelIt = QStringLiteral("Calcolo costi"),
         .descriptionEn =
             QStringLiteral("Computes expense lines and cost lines, and the amounts of budgets, "
                            "plans, programs, campaigns, deliveries and tasks."),
         .descriptionIt =
             QStringLiteral("Calcola le righe di spesa e le righe di costo e gli importi di "
                            "budget, piani, programmi, campagne, consegne e attività."),
         .defaultSchedule = QStringLiteral("every 1h"),
         .factory = [] { return std::make_unique<budget::BudgetWorkflow>(); }},
        {.name = QStringLiteral("stockMgt"),
         .labelEn = QStringLiteral("Stock: Orders and alerts"),
         .labelIt = QStringLiteral("Stock: Ordini e avvisi"),
         .descriptionEn =
             QStringLiteral("Receives stock orders, computes stock consumption and levels, "
                            "raises and clears alerts and proposes reorders."),
         .descriptionIt =
             QStringLiteral("Riceve gli ordini di stock, calcola consumi e livelli delle scorte, "
                            "apre e chiude gli avvisi e propone i riordini."),
         .defaultSchedule = QStringLiteral("daily 09:00"),
         .factory = [] { return std::make_unique<stock::StockWorkflow>(); }},
        {.name = QStringLiteral("deliveryMgt"),
         .labelEn = QStringLiteral("Jobs on deliveries in campaigns"),
         .labelIt = QStringLiteral("Processi sulle consegne nelle campagne"),
         .descriptionEn =
             QStringLiteral("Sends approval requests and reminders, moves approved deliveries "
                            "on, starts them when due and hands external deliveries to their "
                            "service provider."),
         .descriptionIt =
             QStringLiteral("Invia le richieste di approvazione e i promemoria, fa avanzare le "
                            "consegne approvate, le avvia alla data prevista e passa le consegne "
                            "esterne al fornitore di servizi."),
         .defaultSchedule = QStringLiteral("every 15m"),
         .factory = [] { return std::make_unique<delivery::DeliveryWorkflow>(); }},
        {.name = QStringLiteral("operationMgt"),
         .labelEn = QStringLiteral("Campaign jobs"),
         .labelIt = QStringLiteral("Processi campagna"),
         .descriptionEn =
             QStringLiteral("Runs campaign jobs (targeting, file extraction) and creates the "
                            "deliveries and campaigns of recurring and periodic campaigns."),
         .descriptionIt =
             QStringLiteral("Esegue i processi delle campagne (targeting, estrazione dei file) e "
                            "crea le consegne e le campagne delle campagne ricorrenti e "
                            "periodiche."),
         .defaultSchedule = QStringLiteral("every 15m"),
         .factory = [] { return std::make_unique<operation::OperationWorkflow>(); }},
        {.name = QStringLiteral("supplierMgt"),
         .labelEn = QStringLiteral("Jobs on service providers"),
         .labelIt = QStringLiteral("Processi relativi ai fornitori di servizi"),
         .descriptionEn = QStringLiteral("Sends extraction files to service providers and "
                                         "processes the files they return."),
         .descriptionIt = QStringLiteral("Invia i file di estrazione ai fornitori di servizi ed "
                                         "elabora i file che restituiscono."),
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
