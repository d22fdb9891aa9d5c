#include "demo/recipes/recipes.h"

#include "demo/demoset.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

Result<void> stocks(DemoSet &set)
{
    return set.insert({
        {u"stock"_s,
         {u"id"_s, u"label"_s, u"supplier_id"_s, u"alert_group_id"_s},
         {
             {1, u"Magazzino carta Milano"_s, 1, StockKeepers},
             {2, u"UK warehouse Leeds"_s, 2, StockKeepers},
         }},
        {u"stock_line"_s,
         {u"id"_s, u"stock_id"_s, u"label"_s, u"initial_qty"_s, u"alert_level"_s, u"reorder_qty"_s,
          u"lead_days"_s},
         {
             // With the consumption below, once stockMgt has run: 6,000 + 5,000
             // received - 8,500 consumed = 2,500 in stock <= 3,000 (alert), 798
             // planned: forecast 1,702 <= 3,000, so a reorder of 10,000 is proposed.
             {PaperLine, 1, u"Carta A4 80 g (fogli)"_s, 6000, 3000, 10000, 5},
             // 8,000 - 6,000 consumed = 2,000 in stock, 4,000 planned: forecast
             // -2,000, insufficient.
             {EnvelopeLine, 1, u"Buste C5"_s, 8000, 500, 0, 7},
             // 2,000 - 1,800 consumed + 1,500 on order due yesterday (received).
             {BrochureLine, 2, u"Brochure UK A5"_s, 2000, 300, 1000, 10},
             {DisplayLine, 1, u"Espositori da banco"_s, 60, 10, 30, 14},
             {CatalogueLine, 2, u"Spring catalogues UK"_s, 500, 100, 400, 10},
         }},
    });
}

Result<void> stockMovements(DemoSet &set)
{
    const Calendar &t = set.t;
    return set.insert({
        {u"stock_order"_s,
         {u"id"_s, u"stock_line_id"_s, u"quantity"_s, u"ordered_at"_s, u"delivery_at"_s,
          u"status"_s, u"received_at"_s},
         {
             {1, PaperLine, 5000, t(-75, 10), t(-60, 8), u"received"_s, t(-60, 8)},
             // Due yesterday: stockMgt receives it on its next run.
             {2, BrochureLine, 1500, t(-11, 10), t(-1, 8), u"on_order"_s, QVariant()},
             {3, DisplayLine, 30, t(-9, 10), t(5, 8), u"on_order"_s, QVariant()},
             {4, DisplayLine, 40, t(-40, 10), t(-26, 8), u"cancelled"_s, QVariant()},
             {5, CatalogueLine, 400, QVariant(), t(10, 8), u"proposed"_s, QVariant()},
         }},
        // A past alert, cleared when order 1 arrived.
        {u"stock_alert"_s,
         {u"id"_s, u"stock_line_id"_s, u"kind"_s, u"raised_at"_s, u"cleared_at"_s,
          u"in_stock_qty"_s, u"forecast_qty"_s},
         {
             {1, PaperLine, u"alert_level"_s, t(-62, 9), t(-60, 9), 2400, 7400},
         }},
    });
}

} // namespace campagna::demo::recipes
