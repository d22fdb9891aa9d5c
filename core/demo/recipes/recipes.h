#pragma once

#include "common/result.h"
#include "demo/demoplan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace campagna::demo {
class DemoSet;
}

// The recipes of the demo data set, by domain, in the order
// DemoGenerator::generate runs them: each one states its rows and writes
// them with DemoSet::insert, or plans rows that later recipes complete.
namespace campagna::demo::recipes {

using Recipe = Result<void> (*)(DemoSet &set);

// people.cpp: operators, groups and their members.
Result<void> people(DemoSet &set);
// The operators' names, in the order of OperatorId, and their addresses.
const QStringList &operatorNames();
QString operatorEmail(qint64 op);
// budgets.cpp: budgets, expense categories, plans and programs.
Result<void> budgets(DemoSet &set);
// campaigns.cpp: campaigns, schedules, approval requirements and reminder rules.
Result<void> campaigns(DemoSet &set);
// suppliers.cpp: suppliers, the extraction folder and services.
Result<void> suppliers(DemoSet &set);
// stocks.cpp: stocks and their lines.
Result<void> stocks(DemoSet &set);
// costs.cpp: cost categories, types and thresholds.
Result<void> costs(DemoSet &set);

// deliveries.cpp: the deliveries of the campaigns above, every status.
QList<DeliverySpec> campaignDeliveries(const DemoSet &set);
// scaleddeliveries.cpp: one extra campaign's deliveries per scale unit.
QList<DeliverySpec> scaledDeliveries(const DemoSet &set);
// tasks.cpp: the campaigns' tasks.
QList<TaskRow> campaignTasks(const Calendar &t);

// recipients.cpp: the recipients, and the targets computed from them.
Result<void> recipients(DemoSet &set);
// operation.cpp: deliveries, tasks and their cost choices.
Result<void> deliveriesAndTasks(DemoSet &set);
// budgets.cpp: invoices and their lines.
Result<void> invoices(DemoSet &set);
// stocks.cpp: stock orders and a past alert.
Result<void> stockMovements(DemoSet &set);
// operation.cpp: the deliveries' targets.
Result<void> targets(DemoSet &set);
// approvals.cpp: the deliveries' approvals.
Result<void> approvals(DemoSet &set);
// operation.cpp: targeting, extraction and provider jobs.
Result<void> jobs(DemoSet &set);
// journal.cpp: notifications and delivery events.
Result<void> notifications(DemoSet &set);
Result<void> events(DemoSet &set);

} // namespace campagna::demo::recipes
