#include "demo/recipes/recipes.h"

#include "demo/demoset.h"

// The recipes below are designated initialisers that leave most members to
// their defaults, on which GCC 12 warns member by member.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

namespace {

using Channel::DirectMail;
using Channel::Email;
using Channel::Sms;

const QString beingEdited = u"being_edited"_s, targetingPending = u"targeting_pending"_s;
const QString toValidate = u"to_validate"_s, pendingConfirmation = u"pending_confirmation"_s;
const QString startPending = u"start_pending"_s, inProgress = u"in_progress"_s;
const QString extractionPending = u"extraction_pending"_s;
const QString fileToApprove = u"file_to_approve"_s, providerPending = u"provider_pending"_s;
const QString sentToProvider = u"sent_to_provider"_s, finished = u"finished"_s;
const QString cancelled = u"cancelled"_s, failed = u"failed"_s;

QList<DeliverySpec> winterSaleLaunch(const Calendar &t)
{
    return {
        // Campaign 1, "Saldi invernali 2026": targeting and content approvals,
        // extraction approval for direct mail.
        {.campaign = 1,
         .label = u"Saldi invernali – email di lancio"_s,
         .channel = Email,
         .status = finished,
         .filter = u"country = 'IT' and not opted_out"_s,
         .targeted = 9420,
         .toSend = 8210,
         .analyzedAt = t(-23, 15),
         .sent = 8140,
         .contactAt = t(-21, 9),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 1,
         .label = u"Saldi invernali – SMS promemoria"_s,
         .channel = Sms,
         .status = inProgress,
         .filter = u"country = 'IT' and phone is not null and birth_date >= '1970-01-01'"_s,
         .targeted = 5810,
         .toSend = 5302,
         .analyzedAt = t(-3, 11),
         .contactAt = t.now - Hour,
         .choices = {{SmsThreshold, 0}}},
        {.campaign = 1,
         .label = u"Saldi invernali – email ultimi giorni"_s,
         .channel = Email,
         .status = startPending,
         .filter = u"country = 'IT' and city in ('Roma', 'Milano', 'Torino') and not opted_out"_s,
         .target =
             [](const Person &p) {
                 return p.country == u"IT" &&
                        (p.city == u"Roma" || p.city == u"Milano" || p.city == u"Torino") &&
                        !p.optedOut;
             },
         .analyzedAt = t(-1, 16),
         .contactAt = t(2, 9),
         .choices = {{EmailPremium, eur(50)}}},
        {.campaign = 1,
         .label = u"Saldi invernali – email clienti VIP"_s,
         .channel = Email,
         .status = pendingConfirmation,
         .filter =
             u"country = 'IT' and birth_date < '1965-01-01' and email like '%@libero.example'"_s,
         .targeted = 212,
         .toSend = 198,
         .analyzedAt = t(-1, 10),
         .confirmRequired = 1,
         .contactAt = t(1, 18),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 1,
         .label = u"Saldi invernali – cartolina Napoli"_s,
         .channel = DirectMail,
         .status = extractionPending,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and city = 'Napoli' and birth_date < '1980-01-01'"_s,
         .target =
             [](const Person &p) {
                 return p.country == u"IT" && p.city == u"Napoli" && !p.birthDate.isNull() &&
                        p.birthDate < u"1980-01-01";
             },
         .analyzedAt = t(-2, 14),
         .contactAt = t(6, 9),
         .choices = {{Postage, 0}, {PrintSetup, eur(120)}}},
        {.campaign = 1,
         .label = u"Saldi invernali – catalogo Milano"_s,
         .channel = DirectMail,
         .status = fileToApprove,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and city = 'Milano' and postal_code like '201%'"_s,
         .targeted = 3390,
         .toSend = 3100,
         .analyzedAt = t(-4, 10),
         .extractedRows = 3100,
         .extractedAt = t(-1, 3),
         .contactAt = t(5, 9),
         .choices = {{Postage, 0}, {PrintSetup, eur(300)}}},
        {.campaign = 1,
         .label = u"Saldi invernali – test A/B oggetto"_s,
         .channel = Email,
         .status = toValidate,
         .filter = u"country = 'IT' and (city = 'Bologna' or city = 'Firenze') and not opted_out"_s,
         .targeted = 1180,
         .toSend = 1104,
         .analyzedAt = t.now - 2 * Hour,
         .contactAt = t(3, 9),
         .choices = {{EmailStandard, 0}}},
    };
}

QList<DeliverySpec> winterSaleToValidate(const Calendar &t)
{
    return {
        {.campaign = 1,
         .label = u"Saldi invernali – SMS flash 24 ore"_s,
         .channel = Sms,
         .status = toValidate,
         .filter = u"country = 'IT' and phone like '+39 3%'"_s,
         .targeted = 5502,
         .toSend = 5120,
         .analyzedAt = t(-4, 9),
         .contactAt = t(1, 12),
         .choices = {{SmsThreshold, 0}}},
        {.campaign = 1,
         .label = u"Saldi invernali – email riattivazione"_s,
         .channel = Email,
         .status = toValidate,
         .filter = u"country = 'IT' and not opted_out and not blocklisted"_s,
         .targeted = 6020,
         .toSend = 5731,
         .analyzedAt = t(-3, 15),
         .contactAt = t(4, 9),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 1,
         .label = u"Saldi invernali – bozza newsletter"_s,
         .channel = Email,
         .status = beingEdited,
         .filter = u"country = 'IT' and city = 'Torino'"_s,
         .estimatedCents = eur(40),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 1,
         .label = u"Saldi invernali – SMS Roma (filtro errato)"_s,
         .channel = Sms,
         .status = beingEdited,
         .filter = u"citta = 'Roma' and not opted_out"_s,
         .lastError = u"Targeting failed: unknown field \"citta\" at position 1 (fields are the "
                      "columns of recipient, e.g. \"city\")"_s,
         .choices = {{SmsStandard, 0}}},
        {.campaign = 1,
         .label = u"Saldi invernali – email Milano e Torino"_s,
         .channel = Email,
         .status = targetingPending,
         .filter = u"country = 'IT' and city in ('Milano', 'Torino')"_s,
         .contactAt = t(5, 10),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 1,
         .label = u"Saldi invernali – lettera (annullata)"_s,
         .channel = DirectMail,
         .status = cancelled,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and city = 'Genova'"_s,
         .estimatedCents = eur(900),
         .choices = {{Postage, 0}}},
    };
}

QList<DeliverySpec> springLaunch(const Calendar &t)
{
    return {
        // Campaign 2, "Lancio collezione primavera": budget and proof approvals,
        // extraction approval.
        {.campaign = 2,
         .label = u"Primavera – lettera personalizzata"_s,
         .channel = DirectMail,
         .status = providerPending,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and city in ('Roma', 'Milano') and birth_date < '1985-01-01'"_s,
         .targeted = 2210,
         .toSend = 1950,
         .analyzedAt = t(-6, 10),
         .extractedRows = 1950,
         .extractedAt = t(-2, 3),
         .contactAt = t(4, 9),
         .commitmentLevel = u"committed"_s,
         .choices = {{Postage, 0}, {Graphics, 0}},
         .providerJob = ProviderJob{u"pending"_s, 0, 0, {}, {}, 0}},
        {.campaign = 2,
         .label = u"Primavera – lookbook"_s,
         .channel = DirectMail,
         .status = providerPending,
         .service = PrintAndPost,
         .filter =
             u"country = 'IT' and not opted_out and birth_date >= '1980-01-01' and city = 'Torino'"_s,
         .targeted = 905,
         .toSend = 842,
         .analyzedAt = t(-5, 10),
         .extractedRows = 842,
         .extractedAt = t(-1, 3),
         .contactAt = t(6, 9),
         .choices = {{Postage, 0}, {PrintSetup, eur(250)}}},
        {.campaign = 2,
         .label = u"Primavera – invito in boutique"_s,
         .channel = DirectMail,
         .status = sentToProvider,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and city = 'Roma' and postal_code like '0019%'"_s,
         .targeted = 2688,
         .toSend = 2500,
         .analyzedAt = t(-7, 10),
         .extractedRows = 2500,
         .extractedAt = t(-3, 3),
         .contactAt = t(1, 9),
         .choices = {{Postage, 0}, {PaperA4, 0}},
         .providerJob = ProviderJob{u"file_sent"_s, t(-2, 10), 0, {}, {}, 1}},
        {.campaign = 2,
         .label = u"Primavera – email anteprima"_s,
         .channel = Email,
         .status = finished,
         .filter = u"country = 'IT' and not opted_out and birth_date >= '1975-01-01'"_s,
         .targeted = 4810,
         .toSend = 4431,
         .analyzedAt = t(-9, 11),
         .sent = 4402,
         .contactAt = t(-8, 9),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 2,
         .label = u"Primavera – SMS evento in negozio"_s,
         .channel = Sms,
         .status = targetingPending,
         .filter = u"country = 'IT' and phone is not null and city = 'Milano'"_s,
         .contactAt = t(7, 11),
         .choices = {{SmsThreshold, 0}}},
        {.campaign = 2,
         .label = u"Primavera – cartolina Torino"_s,
         .channel = DirectMail,
         .status = failed,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and city = 'Torino'"_s,
         .targeted = 1460,
         .toSend = 1391,
         .analyzedAt = t(-8, 10),
         .extractedRows = 1391,
         .extractedAt = t(-5, 3),
         .contactAt = t(-2, 9),
         .lastError = u"Provider job failed: the extraction file was changed after extraction "
                      "(SHA-256 mismatch)"_s,
         .choices = {{Postage, 0}},
         .providerJob = ProviderJob{u"failed"_s,
                                    0,
                                    t(-4, 10),
                                    {},
                                    u"SHA-256 of the extraction file does not match"_s,
                                    1}},
    };
}

QList<DeliverySpec> loyaltyNewsletters(const Calendar &t)
{
    return {
        // Campaign 3, "Newsletter clienti fedeli": no approval required.
        {.campaign = 3,
         .label = u"Newsletter fedeltà – gennaio"_s,
         .channel = Email,
         .status = finished,
         .filter = u"country = 'IT' and not opted_out"_s,
         .targeted = 12630,
         .toSend = 12050,
         .analyzedAt = t(-71, 15),
         .sent = 12011,
         .contactAt = t(-70, 9),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 3,
         .label = u"Newsletter fedeltà – febbraio"_s,
         .channel = Email,
         .status = finished,
         .filter = u"country = 'IT' and not opted_out"_s,
         .targeted = 12590,
         .toSend = 11980,
         .analyzedAt = t(-41, 15),
         .sent = 11937,
         .contactAt = t(-40, 9),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 3,
         .label = u"Newsletter fedeltà – marzo"_s,
         .channel = Email,
         .status = startPending,
         .filter = u"country in ('IT', 'CH') and birth_date >= '1970-01-01' and not opted_out"_s,
         .target =
             [](const Person &p) {
                 return (p.country == u"IT" || p.country == u"CH") && !p.birthDate.isNull() &&
                        p.birthDate >= u"1970-01-01" && !p.optedOut;
             },
         .analyzedAt = t(-1, 17),
         .contactAt = t.now + 6 * Hour,
         .choices = {{EmailStandard, 0}}},
        {.campaign = 3,
         .label = u"SMS auguri di compleanno"_s,
         .channel = Sms,
         .status = inProgress,
         .filter = u"country = 'IT' and birth_date like '%-03-%'"_s,
         .targeted = 702,
         .toSend = 655,
         .analyzedAt = t(-1, 8),
         .contactAt = t.now - 30 * Minute,
         .choices = {{SmsStandard, 0}}},
        {.campaign = 3,
         .label = u"Catalogo fedeltà"_s,
         .channel = DirectMail,
         .status = sentToProvider,
         .service = LoyaltyLettershop,
         .filter = u"country = 'IT' and city in ('Bari', 'Palermo')"_s,
         .targeted = 1620,
         .toSend = 1533,
         .analyzedAt = t(-4, 10),
         .extractedRows = 1533,
         .extractedAt = t(-2, 3),
         .contactAt = t(2, 9),
         .choices = {{Postage, 0}, {DisplayKit, 0}},
         .providerJob = ProviderJob{u"file_sent"_s, t(-1, 11), 0, {}, {}, 1}},
    };
}

QList<DeliverySpec> loyaltyLetters(const Calendar &t)
{
    return {
        {.campaign = 3,
         .label = u"Buono sconto fedeltà"_s,
         .channel = DirectMail,
         .status = finished,
         .service = LoyaltyLettershop,
         .filter = u"country = 'IT' and not opted_out and address is not null"_s,
         .targeted = 6400,
         .toSend = 6000,
         .analyzedAt = t(-34, 10),
         .sent = 6000,
         .extractedRows = 6000,
         .extractedAt = t(-33, 3),
         .contactAt = t(-30, 9),
         .choices = {{Postage, 0}, {PaperA4, 0}, {Envelopes, 0}},
         .providerJob = ProviderJob{u"done"_s, t(-33, 10), t(-32, 10), {}, {}, 1}},
        {.campaign = 3,
         .label = u"Lettera premi fedeltà – Emilia, Toscana e Verona"_s,
         .channel = DirectMail,
         .status = extractionPending,
         .service = LoyaltyLettershop,
         .filter =
             u"country = 'IT' and (city in ('Bologna', 'Firenze') or postal_code like '371%')"_s,
         .target =
             [](const Person &p) {
                 return p.country == u"IT" &&
                        (p.city == u"Bologna" || p.city == u"Firenze" ||
                         (!p.postalCode.isNull() && p.postalCode.startsWith(u"371")));
             },
         .analyzedAt = t(-1, 12),
         .extractionAt = t(3, 6),
         .contactAt = t(8, 9),
         .choices = {{Postage, 0}}},
        {.campaign = 3,
         .label = u"Lettera premi fedeltà – Bari"_s,
         .channel = DirectMail,
         .status = extractionPending,
         .service = LoyaltyLettershop,
         .filter = u"country = 'IT' and city = 'Bari' and not opted_out"_s,
         .target =
             [](const Person &p) { return p.country == u"IT" && p.city == u"Bari" && !p.optedOut; },
         .analyzedAt = t(-2, 12),
         .extractionAt = t.now - Hour,
         .contactAt = t(5, 9),
         .choices = {{Postage, 0}}},
    };
}

QList<DeliverySpec> blackFriday(const Calendar &t)
{
    return {
        // Campaign 4, "Black Friday UK": finished, carried out, with a real cost.
        {.campaign = 4,
         .label = u"Black Friday – email"_s,
         .channel = Email,
         .status = finished,
         .filter = u"country = 'GB' and not opted_out"_s,
         .targeted = 16120,
         .toSend = 15300,
         .analyzedAt = t(-57, 15),
         .sent = 15288,
         .contactAt = t(-55, 9),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 4,
         .label = u"Black Friday – brochure"_s,
         .channel = DirectMail,
         .status = finished,
         .service = UkLettershop,
         .filter =
             u"country = 'GB' and city in ('London', 'Manchester') and birth_date < '1980-01-01'"_s,
         .targeted = 1930,
         .toSend = 1800,
         .analyzedAt = t(-58, 10),
         .sent = 1800,
         .extractedRows = 1800,
         .extractedAt = t(-57, 3),
         .contactAt = t(-54, 9),
         .choices = {{UkPostage, 0}, {UkBrochure, 0}},
         .providerJob = ProviderJob{u"done"_s, t(-57, 10), t(-50, 10), u"returns_%1.csv"_s, {}, 1}},
        {.campaign = 4,
         .label = u"Black Friday – SMS"_s,
         .channel = Sms,
         .status = finished,
         .service = SmsRouting,
         .filter = u"country = 'GB' and phone is not null"_s,
         .targeted = 4210,
         .toSend = 3900,
         .analyzedAt = t(-56, 15),
         .sent = 3874,
         .contactAt = t(-54, 12),
         .choices = {{SmsThreshold, 0}}},
        {.campaign = 4,
         .label = u"Black Friday – last call reminder"_s,
         .channel = Email,
         .status = cancelled,
         .filter = u"country = 'GB' and not opted_out and city = 'London'"_s,
         .targeted = 3320,
         .toSend = 3150,
         .analyzedAt = t(-56, 16),
         .contactAt = t(-53, 9),
         .choices = {{EmailStandard, 0}}},
    };
}

QList<DeliverySpec> welcomeSummerAndVip(const Calendar &t)
{
    return {
        // Campaign 6, "Welcome journey UK": still being edited.
        {.campaign = 6,
         .label = u"Welcome – day 1 email"_s,
         .channel = Email,
         .status = beingEdited,
         .filter = u"country = 'GB' and not opted_out"_s,
         .estimatedCents = eur(1000),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 6,
         .label = u"Welcome – day 3 SMS"_s,
         .channel = Sms,
         .status = beingEdited,
         .filter = u"country = 'GB' and phone is not null"_s,
         .estimatedCents = eur(500),
         .choices = {{SmsStandard, 0}}},
        // Campaign 8, "Promozione estiva 2025": cancelled.
        {.campaign = 8,
         .label = u"Promozione estiva – email"_s,
         .channel = Email,
         .status = cancelled,
         .filter = u"country = 'IT'"_s,
         .estimatedCents = eur(300)},
        {.campaign = 8,
         .label = u"Promozione estiva – volantino"_s,
         .channel = DirectMail,
         .status = cancelled,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and city = 'Roma'"_s,
         .estimatedCents = eur(4500)},
        // Campaign 9, "Evento VIP Milano": finished, carried out.
        {.campaign = 9,
         .label = u"Invito evento VIP – email"_s,
         .channel = Email,
         .status = finished,
         .filter = u"country = 'IT' and city = 'Milano' and birth_date < '1975-01-01'"_s,
         .targeted = 702,
         .toSend = 655,
         .analyzedAt = t(-93, 10),
         .sent = 640,
         .contactAt = t(-92, 9),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 9,
         .label = u"Invito cartaceo evento VIP"_s,
         .channel = DirectMail,
         .status = finished,
         .service = PrintAndPost,
         .filter =
             u"country = 'IT' and city = 'Milano' and birth_date < '1975-01-01' and address is not null"_s,
         .targeted = 648,
         .toSend = 620,
         .analyzedAt = t(-94, 10),
         .sent = 611,
         .extractedRows = 620,
         .extractedAt = t(-93, 3),
         .contactAt = t(-90, 9),
         .choices = {{Postage, 0}, {DisplayKit, 0}},
         .providerJob = ProviderJob{u"done"_s, t(-93, 10), t(-86, 10), u"%1_esiti.csv"_s, {}, 1}},
    };
}

QList<DeliverySpec> reactivation(const Calendar &t)
{
    return {
        // Campaign 10, "Riattivazione clienti inattivi": proof and extraction.
        // The worked example of spec 03: 798 letters (its targets capped to
        // 798, at every scale), Graphics 23.00 and Sheets A4 5.00 per
        // message, a fixed 0.00 type with a 500.00 surcharge: 18,354.00 +
        // 3,990.00 + 500.00 = 22,844.00, planned.
        {.campaign = 10,
         .label = u"Riattivazione – lettera personalizzata"_s,
         .channel = DirectMail,
         .status = toValidate,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and birth_date < '1970-01-01' and city in ('Roma', 'Napoli')"_s,
         .target =
             [](const Person &p) {
                 return p.country == u"IT" && !p.birthDate.isNull() &&
                        p.birthDate < u"1970-01-01" && (p.city == u"Roma" || p.city == u"Napoli");
             },
         .targetCap = 798,
         .analyzedAt = t(-2, 10),
         .contactAt = t(12, 9),
         .choices = {{Graphics, 0}, {SheetsA4, 0}, {PrintSetup, eur(500)}}},
        {.campaign = 10,
         .label = u"Riattivazione – cartolina"_s,
         .channel = DirectMail,
         .status = toValidate,
         .service = PrintAndPost,
         .filter = u"country = 'IT' and not opted_out and postal_code is not null"_s,
         .target =
             [](const Person &p) {
                 return p.country == u"IT" && !p.optedOut && !p.postalCode.isNull();
             },
         .targetCap = 4000,
         .analyzedAt = t(-1, 10),
         .contactAt = t(14, 9),
         .choices = {{Postage, 0}, {Envelopes, 0}}},
        {.campaign = 10,
         .label = u"Riattivazione – email di follow-up"_s,
         .channel = Email,
         .status = startPending,
         .filter = u"email like '%@libero.example' and not opted_out"_s,
         .target =
             [](const Person &p) {
                 return !p.email.isNull() && p.email.endsWith(u"@libero.example") && !p.optedOut;
             },
         .analyzedAt = t(-1, 11),
         .choices = {{EmailStandard, eur(25)}}},
    };
}

QList<DeliverySpec> templates(const Calendar &t)
{
    return {
        // Campaign 11, periodic template: its deliveries and task are copied for
        // each schedule line.
        {.campaign = 11,
         .label = u"Newsletter mensile – email"_s,
         .channel = Email,
         .status = beingEdited,
         .filter = u"country = 'IT' and not opted_out"_s,
         .contactAt = t(-37, 9),
         .estimatedCents = eur(120),
         .choices = {{EmailStandard, 0}}},
        {.campaign = 11,
         .label = u"Newsletter mensile – SMS"_s,
         .channel = Sms,
         .status = beingEdited,
         .filter = u"country = 'IT' and phone is not null and not opted_out"_s,
         .contactAt = t(-36, 12),
         .choices = {{SmsStandard, 0}}},
        // Campaign 12, recurring template: is_template deliveries.
        {.campaign = 12,
         .label = u"Promemoria settimanale – SMS"_s,
         .channel = Sms,
         .status = beingEdited,
         .isTemplate = 1,
         .filter = u"country = 'IT' and phone is not null and not opted_out"_s,
         .choices = {{SmsThreshold, 0}}},
        {.campaign = 12,
         .label = u"Promemoria settimanale – email"_s,
         .channel = Email,
         .status = beingEdited,
         .isTemplate = 1,
         .filter = u"country = 'IT' and not opted_out and city in ('Roma', 'Milano')"_s,
         .choices = {{EmailStandard, 0}}},
        // Campaign 13, "Cyber Monday UK": defined budget, deliveries in edition.
        {.campaign = 13,
         .label = u"Cyber Monday – email"_s,
         .channel = Email,
         .status = beingEdited,
         .filter = u"country = 'GB'"_s,
         .contactAt = t(27, 8),
         .estimatedCents = eur(1800)},
        {.campaign = 13,
         .label = u"Cyber Monday – SMS"_s,
         .channel = Sms,
         .status = beingEdited,
         .filter = u"country = 'GB' and phone is not null and not opted_out"_s,
         .contactAt = t(27, 12),
         .estimatedCents = eur(700)},
    };
}

} // namespace

QList<DeliverySpec> campaignDeliveries(const DemoSet &set)
{
    QList<DeliverySpec> deliveries;
    for (const auto recipe :
         {winterSaleLaunch, winterSaleToValidate, springLaunch, loyaltyNewsletters, loyaltyLetters,
          blackFriday, welcomeSummerAndVip, reactivation, templates})
        deliveries.append(recipe(set.t));
    return deliveries;
}

} // namespace campagna::demo::recipes
