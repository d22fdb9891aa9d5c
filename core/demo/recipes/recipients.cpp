#include "demo/recipes/recipes.h"

#include "demo/demoset.h"
#include "demo/population.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

namespace {

// Targeting as operationMgt does it: the filter's matches, minus the
// opted-out, the blocklisted and those without the channel's address, one
// per address (the lowest id wins).
void target(DeliveryRow &d, const Person &p, qint64 id)
{
    if (!d.target(p))
        return;
    ++d.matched;
    if (p.optedOut || p.blocklisted)
        return;
    QString key;
    if (d.channel == Channel::Email)
        key = p.email;
    else if (d.channel == Channel::Sms)
        key = p.phone;
    else if (!p.address.isNull() && !p.postalCode.isNull() && !p.city.isNull())
        key = p.address + u'\n' + p.postalCode + u'\n' + p.city;
    if (key.isNull() || d.seenAddresses.contains(key))
        return;
    if (d.targetCap > 0 && d.targets.size() >= d.targetCap)
        return;
    d.seenAddresses.insert(key);
    d.targets.append(id);
}

} // namespace

Result<void> recipients(DemoSet &set)
{
    QList<DeliveryRow *> targeted;
    for (DeliveryRow &d : set.deliveries) {
        if (d.target)
            targeted.append(&d);
    }
    Population population(set.seed, set.t.now);
    BatchWriter rows = set.writer(
        u"recipient"_s, {u"id"_s, u"email"_s, u"phone"_s, u"first_name"_s, u"last_name"_s,
                         u"address"_s, u"postal_code"_s, u"city"_s, u"country"_s, u"birth_date"_s,
                         u"created_at"_s, u"opted_out"_s, u"blocklisted"_s});
    const qint64 count = RecipientsPerScale * set.scale;
    for (qint64 id = 1; id <= count; ++id) {
        const Person p = population.next(id);
        rows.add({id, orNull(p.email), orNull(p.phone), p.firstName, p.lastName, orNull(p.address),
                  orNull(p.postalCode), p.city, p.country, orNull(p.birthDate), p.createdAt,
                  p.optedOut ? 1 : 0, p.blocklisted ? 1 : 0});
        for (DeliveryRow *d : std::as_const(targeted))
            target(*d, p, id);
    }
    for (DeliveryRow *d : std::as_const(targeted)) {
        d->targetedCount = d->matched;
        d->toSendCount = qint64(d->targets.size());
        d->seenAddresses.clear();
    }
    return rows.finish();
}

} // namespace campagna::demo::recipes
