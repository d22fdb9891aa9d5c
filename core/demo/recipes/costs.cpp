#include "demo/recipes/recipes.h"

#include "demo/demoset.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

Result<void> costs(DemoSet &set)
{
    const QString perMessage = u"per_message"_s, linear = u"linear"_s;
    struct CostType
    {
        qint64 id, category;
        QString label, basis;
        QVariant structure;
        qint64 amountMicros, perUnits;
        QVariant beyondMicros, stockLine;
        qint64 stockUnits;
    };
    // The worked examples of spec 03 (budgetMgt).
    const QList<CostType> types = {
        {EmailStandard, 4, u"Email standard (0,10 € ogni 100)"_s, perMessage, linear, 100000, 100,
         QVariant(), QVariant(), 1},
        {SmsThreshold, 5, u"SMS a scaglioni"_s, perMessage, u"linear_threshold"_s, 0, 1, 110000,
         QVariant(), 1},
        {EmailPremium, 4, u"Email premium a forfait per scaglione"_s, perMessage,
         u"constant_threshold"_s, 0, 1, 500000000, QVariant(), 1},
        {Graphics, 2, u"Graphics"_s, perMessage, linear, 23000000, 1, QVariant(), QVariant(), 1},
        {SheetsA4, 2, u"Sheets A4"_s, perMessage, linear, 5000000, 1, QVariant(), PaperLine, 1},
        {PrintSetup, 2, u"Impostazione stampa"_s, u"fixed"_s, QVariant(), 0, 1, QVariant(),
         QVariant(), 1},
        {Postage, 1, u"Affrancatura posta prioritaria"_s, perMessage, linear, 1100000, 1,
         QVariant(), QVariant(), 1},
        {Envelopes, 1, u"Buste C5"_s, perMessage, linear, 50000, 1, QVariant(), EnvelopeLine, 1},
        {AgencyDay, 6, u"Giornata di agenzia"_s, u"daily"_s, QVariant(), 300000000, 1, QVariant(),
         QVariant(), 1},
        {EventSetup, 6, u"Allestimento evento"_s, u"fixed"_s, QVariant(), 2500000000, 1, QVariant(),
         QVariant(), 1},
        {UkPostage, 3, u"UK second-class postage"_s, perMessage, linear, 850000, 1, QVariant(),
         QVariant(), 1},
        {UkBrochure, 3, u"UK brochure print"_s, perMessage, linear, 1200000, 1, QVariant(),
         BrochureLine, 1},
        {DisplayKit, 2, u"Kit espositore da banco"_s, u"fixed"_s, QVariant(), 150000000, 1,
         QVariant(), DisplayLine, 5},
        {SmsStandard, 5, u"SMS standard"_s, perMessage, linear, 60000, 1, QVariant(), QVariant(),
         1},
        {PaperA4, 2, u"Stampa b/n su carta A4"_s, perMessage, linear, 20000, 1, QVariant(),
         PaperLine, 1},
    };
    QList<QVariantList> typeRows;
    for (const CostType &c : types) {
        typeRows.append({c.id, c.category, c.label, c.basis, c.structure, c.amountMicros,
                         c.perUnits, c.beyondMicros, c.stockLine, c.stockUnits});
    }
    return set.insert({
        {u"cost_category"_s,
         {u"id"_s, u"service_id"_s, u"label"_s, u"channel"_s},
         {
             {1, PrintAndPost, u"Postalizzazione"_s, Channel::DirectMail},
             {2, PrintAndPost, u"Stampa e grafica"_s, Channel::DirectMail},
             {3, UkLettershop, u"UK print and post"_s, Channel::DirectMail},
             {4, EmailRouting, u"Invio email"_s, Channel::Email},
             {5, SmsRouting, u"Invio SMS"_s, Channel::Sms},
             {6, AgencyServices, u"Servizi di agenzia"_s, u"task"_s},
         }},
        {u"cost_type"_s,
         {u"id"_s, u"cost_category_id"_s, u"label"_s, u"basis"_s, u"structure"_s,
          u"amount_micros"_s, u"per_units"_s, u"beyond_micros"_s, u"stock_line_id"_s,
          u"stock_units"_s},
         typeRows},
        {u"cost_threshold"_s,
         {u"id"_s, u"cost_type_id"_s, u"upper_bound"_s, u"amount_micros"_s},
         {
             {1, SmsThreshold, 100, 130000},
             {2, SmsThreshold, 1000, 120000},
             {3, EmailPremium, 100, 12000000},
             {4, EmailPremium, 1000, 100000000},
         }},
    });
}

} // namespace campagna::demo::recipes
