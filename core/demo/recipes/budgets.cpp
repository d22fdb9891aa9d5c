#include "demo/recipes/recipes.h"

#include "demo/demoset.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

Result<void> budgets(DemoSet &set)
{
    const Calendar &t = set.t;
    return set.insert({
        {u"budget"_s,
         {u"id"_s, u"label"_s, u"currency"_s, u"start_at"_s, u"end_at"_s, u"allocated_cents"_s},
         {
             {1, u"Marketing Italia 2026"_s, u"EUR"_s, t(-180, 0), t(185, 0), eur(250000)},
             // Over-run once budgetMgt has run: 28,000 spent + 15,000 committed.
             {2, u"UK Retail 2026"_s, u"EUR"_s, t(-120, 0), t(245, 0), eur(40000)},
             // Its categories add up to 75,000, not 80,000: budgetMgt warns.
             {3, u"CRM e fidelizzazione"_s, u"EUR"_s, t(-180, 0), t(185, 0), eur(80000)},
             // No categories at all (no warning).
             {4, u"Brand awareness H2"_s, u"EUR"_s, t(0, 0), t(180, 0), eur(100000)},
         }},
        {u"expense_category"_s,
         {u"id"_s, u"budget_id"_s, u"label"_s, u"amount_cents"_s},
         {
             {1, 1, u"Posta diretta"_s, eur(120000)},
             {2, 1, u"Email e SMS"_s, eur(60000)},
             {3, 1, u"Creatività"_s, eur(50000)},
             {4, 1, u"Agenzia"_s, eur(20000)},
             {5, 2, u"Print & post UK"_s, eur(25000)},
             {6, 2, u"Digital UK"_s, eur(15000)},
             {7, 3, u"Messaggistica"_s, eur(30000)},
             {8, 3, u"Stampa e posta"_s, eur(30000)},
             {9, 3, u"Eventi"_s, eur(15000)},
         }},
        {u"plan"_s,
         {u"id"_s, u"label"_s, u"budget_id"_s, u"start_at"_s, u"end_at"_s,
          u"estimated_cost_cents"_s},
         {
             {1, u"Piano marketing 2026"_s, 1, t(-180, 0), t(185, 0), eur(240000)},
             {2, u"UK plan 2026"_s, 2, t(-120, 0), t(245, 0), eur(40000)},
             {3, u"Piano CRM 2026"_s, 3, t(-180, 0), t(185, 0), QVariant()},
         }},
        {u"program"_s,
         {u"id"_s, u"plan_id"_s, u"label"_s, u"budget_id"_s, u"start_at"_s, u"end_at"_s,
          u"estimated_cost_cents"_s},
         {
             {1, 1, u"Acquisizione clienti Italia"_s, QVariant(), t(-180, 0), t(185, 0),
              eur(150000)},
             {2, 3, u"Fidelizzazione clienti"_s, QVariant(), t(-180, 0), t(185, 0), QVariant()},
             {3, 2, u"UK retail"_s, QVariant(), t(-120, 0), t(245, 0), QVariant()},
             {4, 1, u"Brand awareness"_s, 4, t(0, 0), t(180, 0), eur(45000)},
         }},
    });
}

Result<void> invoices(DemoSet &set)
{
    const Calendar &t = set.t;
    // Delivery ids by label, so that the lines follow the plan.
    const auto delivery = [&set](const QString &label) {
        return set.delivery(label).id;
    };
    const qint64 brochure = delivery(u"Black Friday – brochure"_s);
    return set.insert({
        {u"invoice"_s,
         {u"id"_s, u"supplier_id"_s, u"budget_id"_s, u"number"_s, u"status"_s, u"created_at"_s},
         {
             {1, 2, 2, u"NPP-2026-0117"_s, u"settled"_s, t(-28, 10)},
             {2, 1, 3, u"FT 2026/042"_s, u"issued"_s, t(-6, 10)},
             {3, 3, 1, u"SMSGW-8841"_s, u"saved"_s, t(-2, 10)},
             {4, 1, 3, u"FT 2026/017"_s, u"settled"_s, t(-75, 10)},
         }},
        {u"invoice_line"_s,
         {u"id"_s, u"invoice_id"_s, u"delivery_id"_s, u"task_id"_s, u"amount_cents"_s},
         {
             {1, 1, brochure, QVariant(), eur(2160)},
             {2, 1, brochure, QVariant(), 153000},
             {3, 2, delivery(u"Buono sconto fedeltà"_s), QVariant(), eur(6600)},
             {4, 2, delivery(u"Invito cartaceo evento VIP"_s), QVariant(), 68200},
             {5, 2, QVariant(), 2, eur(2700)},
             {6, 3, delivery(u"Saldi invernali – email di lancio"_s), QVariant(), 814},
             {7, 3, delivery(u"Primavera – email anteprima"_s), QVariant(), 440},
             {8, 4, QVariant(), 1, eur(1500)},
         }},
    });
}

} // namespace campagna::demo::recipes
