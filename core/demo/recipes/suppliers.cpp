#include "demo/recipes/recipes.h"

#include "demo/demoset.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

Result<void> suppliers(DemoSet &set)
{
    set.supplierDropDir = {{1, set.demoDir + u"/stampa-rapida"_s},
                           {2, set.demoDir + u"/northern-print"_s}};
    set.supplierEmail = {{1, u"ordini@stamparapida.example"_s},
                         {2, u"dataservices@northernprint.example"_s},
                         {3, u"router@smsgateway.example"_s}};
    const QString defaultPattern = u"{date}_directMail_{delivery_id}.csv"_s;
    struct Service
    {
        qint64 id, supplier;
        QString label, pattern;
        QVariant returnPattern, timeout;
    };
    const QList<Service> services = {
        {PrintAndPost, 1, u"Stampa e postalizzazione"_s, defaultPattern,
         u"{delivery_id}_esiti.csv"_s, 7 * Day},
        {LoyaltyLettershop, 1, u"Lettershop fedeltà"_s, u"{date}_fedelta_{delivery_id}.csv"_s,
         QVariant(), 7 * Day},
        {UkLettershop, 2, u"UK lettershop"_s, u"{date}_{delivery_label}_{delivery_id}.csv"_s,
         u"returns_{delivery_id}.csv"_s, 14 * Day},
        {EmailRouting, 3, u"Email routing"_s, defaultPattern, QVariant(), 7 * Day},
        {SmsRouting, 3, u"SMS routing"_s, defaultPattern, QVariant(), 7 * Day},
        {AgencyServices, 1, u"Creatività ed eventi"_s, defaultPattern, QVariant(), 7 * Day},
    };
    QList<QVariantList> serviceRows;
    for (const Service &s : services) {
        serviceRows.append({s.id, s.supplier, s.label, s.pattern, s.returnPattern, s.timeout});
        set.serviceSupplier.insert(s.id, s.supplier);
        set.servicePattern.insert(s.id, s.pattern);
    }
    return set.insert({
        {u"supplier"_s,
         {u"id"_s, u"label"_s, u"email"_s, u"drop_dir"_s},
         {
             // Stored relative to the files root, as an administrator would.
             {1, u"Stampa Rapida S.r.l."_s, set.supplierEmail.value(1),
              QString(kDemoFolder + u"/stampa-rapida"_s)},
             {2, u"Northern Print & Post Ltd"_s, set.supplierEmail.value(2),
              QString(kDemoFolder + u"/northern-print"_s)},
             // An email/SMS router: no drop directory.
             {3, u"SMS Gateway Italia S.p.A."_s, set.supplierEmail.value(3), QVariant()},
         }},
        {u"setting"_s,
         {u"key"_s, u"value"_s},
         {
             {u"extraction.dir"_s, QString(kDemoFolder + u"/extractions"_s)},
         }},
        {u"service"_s,
         {u"id"_s, u"supplier_id"_s, u"label"_s, u"extraction_file_pattern"_s,
          u"return_file_pattern"_s, u"return_timeout_s"_s},
         serviceRows},
    });
}

} // namespace campagna::demo::recipes
