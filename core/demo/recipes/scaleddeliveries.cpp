#include "demo/recipes/recipes.h"

#include "demo/demoset.h"
#include "demo/rng.h"

// The recipes below are designated initialisers that leave most members to
// their defaults, on which GCC 12 warns member by member.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

namespace {

// Past scale 10, the deliveries still to target aim at one birth-date
// window of their town whose width shrinks as the scale grows, so that each
// one's audience stays the size it has at scale 10: the number of them grows
// with the scale, and so the rows targeting writes grow linearly, not as the
// square of the scale (a whole town per delivery). Empty up to scale 10.
QString audienceWindow(int scale, qint64 campaign, int delivery)
{
    constexpr qint64 FirstYear = 1940; // the recipients' birth years: 1940 to 2006
    constexpr qint64 Months = (2006 - FirstYear + 1) * 12;
    if (scale <= 10)
        return {};
    const qint64 width = qMax<qint64>(1, Months * 10 / scale);
    const qint64 from = ((campaign * 37 + delivery) * 13) % (Months - width + 1);
    const auto month = [](qint64 index) {
        return u"%1-%2-01"_s.arg(FirstYear + index / 12).arg(index % 12 + 1, 2, 10, QChar(u'0'));
    };
    return u" and birth_date >= '%1' and birth_date < '%2'"_s.arg(month(from), month(from + width));
}

// The i-th delivery of extra campaign k: eight kinds in turn. The random
// figures are drawn in this order (targeted, to send, day, then the kind's
// own), one per statement or initialiser.
DeliverySpec scaledDelivery(const DemoSet &set, Rng &rng, qint64 k, int i)
{
    static const QStringList towns = {u"Roma"_s,    u"Milano"_s,  u"Torino"_s, u"Napoli"_s,
                                      u"Bologna"_s, u"Firenze"_s, u"Genova"_s, u"Palermo"_s,
                                      u"Bari"_s,    u"Verona"_s};
    const Calendar &t = set.t;
    const qint64 campaign = 13 + k;
    const QString town = towns.at((i / 8) % towns.size());
    const QString filter = u"country = 'IT' and city = '%1'"_s.arg(town);
    const QString email = u"%1 – email #%2"_s.arg(town).arg(i + 1);
    const QString sms = u"%1 – SMS #%2"_s.arg(town).arg(i + 1);
    const qint64 targeted = rng.between(300, 2500);
    const qint64 toSend = targeted - rng.between(10, targeted / 10);
    const qint64 day = -rng.between(2, 25);
    switch (i % 8) {
    case 0:
        return {.campaign = campaign,
                .label = email,
                .channel = Channel::Email,
                .status = u"finished"_s,
                .filter = filter + u" and not opted_out"_s,
                .targeted = targeted,
                .toSend = toSend,
                .analyzedAt = t(day, 10),
                .sent = toSend - rng.between(0, 20),
                .contactAt = t(day + 1, 9),
                .choices = {{EmailStandard, 0}}};
    case 1:
        return {.campaign = campaign,
                .label = sms,
                .channel = Channel::Sms,
                .status = u"in_progress"_s,
                .filter = filter + u" and phone is not null"_s,
                .targeted = targeted,
                .toSend = toSend,
                .analyzedAt = t(-1, 10),
                .contactAt = t.now - rng.between(1, 20) * Hour,
                .choices = {{SmsStandard, 0}}};
    case 2:
        return {.campaign = campaign,
                .label = email,
                .channel = Channel::Email,
                .status = u"start_pending"_s,
                .filter = filter,
                .targeted = targeted,
                .toSend = toSend,
                .analyzedAt = t(-1, 15),
                .contactAt = t(rng.between(1, 10), 9),
                .choices = {{EmailStandard, 0}}};
    case 3:
        return {.campaign = campaign,
                .label = email,
                .channel = Channel::Email,
                .status = u"being_edited"_s,
                .filter = filter + u" and birth_date < '1990-01-01'"_s,
                .estimatedCents = eur(rng.between(20, 80)),
                .choices = {{EmailStandard, 0}}};
    case 4:
        return {.campaign = campaign,
                .label = sms,
                .channel = Channel::Sms,
                .status = u"targeting_pending"_s,
                .filter = filter + u" and not opted_out"_s + audienceWindow(set.scale, k, i),
                .contactAt = t(rng.between(3, 12), 11),
                .choices = {{SmsThreshold, 0}}};
    case 5:
        return {.campaign = campaign,
                .label = u"%1 – lettera #%2"_s.arg(town).arg(i + 1),
                .channel = Channel::DirectMail,
                .status = u"finished"_s,
                .service = LoyaltyLettershop,
                .filter = filter + u" and address is not null"_s,
                .targeted = targeted,
                .toSend = toSend,
                .analyzedAt = t(day - 3, 10),
                .sent = toSend,
                .extractedRows = toSend,
                .extractedAt = t(day - 2, 3),
                .contactAt = t(day, 9),
                .choices = {{Postage, 0}}};
    case 6:
        return {.campaign = campaign,
                .label = email,
                .channel = Channel::Email,
                .status = u"cancelled"_s,
                .filter = filter,
                .estimatedCents = eur(rng.between(20, 80))};
    default:
        return {.campaign = campaign,
                .label = sms,
                .channel = Channel::Sms,
                .status = u"finished"_s,
                .filter = filter + u" and phone is not null"_s,
                .targeted = targeted,
                .toSend = toSend,
                .analyzedAt = t(day, 11),
                .sent = toSend - rng.between(0, 30),
                .contactAt = t(day + 1, 12),
                .choices = {{SmsThreshold, 0}}};
    }
}

} // namespace

// One extra campaign of 40 deliveries per scale unit beyond the first, with
// no approval required and no stock consumed (the stock scenarios stay the
// same at every scale).
QList<DeliverySpec> scaledDeliveries(const DemoSet &set)
{
    Rng rng(Rng::streamSeed(set.seed, 2));
    QList<DeliverySpec> deliveries;
    for (qint64 k = 1; k <= set.extraCampaigns; ++k) {
        for (int i = 0; i < ExtraDeliveriesPerScale; ++i)
            deliveries.append(scaledDelivery(set, rng, k, i));
    }
    return deliveries;
}

} // namespace campagna::demo::recipes
