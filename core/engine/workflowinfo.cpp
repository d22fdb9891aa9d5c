#include "engine/workflowinfo.h"

namespace campagna::engine {

const QList<WorkflowInfo> &WorkflowCatalog::all()
{
    static const QList<WorkflowInfo> workflows = {
        {QStringLiteral("budgetMgt"), QStringLiteral("Cost calculation"),
         QStringLiteral("Calcolo costi"),
         QStringLiteral("Computes expense lines and cost lines, and the amounts of budgets, "
                        "plans, programs, campaigns, deliveries and tasks."),
         QStringLiteral("Calcola le righe di spesa e le righe di costo e gli importi di budget, "
                        "piani, programmi, campagne, consegne e attività."),
         QStringLiteral("every 1h")},
        {QStringLiteral("stockMgt"), QStringLiteral("Stock: Orders and alerts"),
         QStringLiteral("Stock: Ordini e avvisi"),
         QStringLiteral("Receives stock orders, computes stock consumption and levels, raises "
                        "and clears alerts and proposes reorders."),
         QStringLiteral("Riceve gli ordini di stock, calcola consumi e livelli delle scorte, "
                        "apre e chiude gli avvisi e propone i riordini."),
         QStringLiteral("daily 09:00")},
        {QStringLiteral("deliveryMgt"), QStringLiteral("Jobs on deliveries in campaigns"),
         QStringLiteral("Processi sulle consegne nelle campagne"),
         QStringLiteral("Sends approval requests and reminders, moves approved deliveries on, "
                        "starts them when due and hands external deliveries to their service "
                        "provider."),
         QStringLiteral("Invia le richieste di approvazione e i promemoria, fa avanzare le "
                        "consegne approvate, le avvia alla data prevista e passa le consegne "
                        "esterne al fornitore di servizi."),
         QStringLiteral("every 15m")},
        {QStringLiteral("operationMgt"), QStringLiteral("Campaign jobs"),
         QStringLiteral("Processi campagna"),
         QStringLiteral("Runs campaign jobs (targeting, file extraction) and creates the "
                        "deliveries and campaigns of recurring and periodic campaigns."),
         QStringLiteral("Esegue i processi delle campagne (targeting, estrazione dei file) e "
                        "crea le consegne e le campagne delle campagne ricorrenti e "
                        "periodiche."),
         QStringLiteral("every 15m")},
        {QStringLiteral("supplierMgt"), QStringLiteral("Jobs on service providers"),
         QStringLiteral("Processi relativi ai fornitori di servizi"),
         QStringLiteral("Sends extraction files to service providers and processes the files "
                        "they return."),
         QStringLiteral("Invia i file di estrazione ai fornitori di servizi ed elabora i file "
                        "che restituiscono."),
         QStringLiteral("every 15m")},
    };
    return workflows;
}

const WorkflowInfo *WorkflowCatalog::find(const QString &name)
{
    for (const WorkflowInfo &info : all()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

QString WorkflowCatalog::canonicalName(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.compare(QLatin1String("fornitoreMgt"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("supplierMgt");
    for (const WorkflowInfo &info : all()) {
        if (info.name.compare(text, Qt::CaseInsensitive) == 0)
            return info.name;
    }
    return {};
}

QStringList WorkflowCatalog::names()
{
    QStringList result;
    for (const WorkflowInfo &info : all())
        result << info.name;
    return result;
}

} // namespace campagna::engine
