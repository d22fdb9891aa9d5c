#include "demo/recipes/recipes.h"

#include "demo/demoset.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

namespace {

// The campaign rows; notes for the later recipes what each one charges, who
// manages it and its approval delay.
QList<QVariantList> campaignRows(DemoSet &set)
{
    const Calendar &t = set.t;
    struct Campaign
    {
        qint64 id, program;
        QString label;
        qint64 manager;
        QString kind, status;
        qint64 budget;
        QString budgetStatus, commitment;
        QVariant estimated, real;
        qint64 start;
        QVariant end;
        qint64 delay = 259200;
        qint64 advance = 0;
        qint64 chargedBudget = 0;
    };
    const QString campaign = u"campaign"_s;
    const QString inProgress = u"in_progress"_s, beingEdited = u"being_edited"_s;
    const QString defined = u"defined"_s, carriedOut = u"carried_out"_s;
    QList<Campaign> list = {
        {1, 1, u"Saldi invernali 2026"_s, MarcoBianchi, campaign, inProgress, 0, defined,
         u"planned"_s, eur(25000), QVariant(), t(-25, 0), t(20, 0), 259200, 0, 1},
        {2, 1, u"Lancio collezione primavera"_s, FrancescaRomano, campaign, inProgress, 1, defined,
         u"reserved"_s, eur(60000), QVariant(), t(-10, 0), t(40, 0), 259200, 0, 1},
        {3, 2, u"Newsletter clienti fedeli"_s, FrancescaRomano, campaign, inProgress, 0, defined,
         u"committed"_s, QVariant(), QVariant(), t(-120, 0), t(240, 0), 259200, 0, 3},
        {4, 3, u"Black Friday UK"_s, SarahThompson, campaign, u"finished"_s, 2, carriedOut,
         u"committed"_s, eur(30000), eur(28000), t(-60, 0), t(-30, 0), 259200, 0, 2},
        {5, 3, u"Spring catalogue UK"_s, SarahThompson, campaign, inProgress, 2, defined,
         u"committed"_s, eur(15000), QVariant(), t(-5, 0), t(60, 0), 259200, 0, 2},
        {6, 3, u"Welcome journey UK"_s, SarahThompson, campaign, beingEdited, 0, beingEdited,
         u"planned"_s, eur(3000), QVariant(), t(10, 0), t(100, 0), 259200, 0, 2},
        {7, 4, u"Campagna istituzionale H2"_s, GiuliaRossi, campaign, beingEdited, 4, defined,
         u"reserved"_s, eur(45000), QVariant(), t(30, 0), t(180, 0), 259200, 0, 4},
        {8, 1, u"Promozione estiva 2025"_s, MarcoBianchi, campaign, u"cancelled"_s, 0, beingEdited,
         u"planned"_s, eur(12000), QVariant(), t(-200, 0), t(-150, 0), 259200, 0, 1},
        {9, 2, u"Evento VIP Milano"_s, FrancescaRomano, campaign, u"finished"_s, 0, carriedOut,
         u"committed"_s, eur(5000), QVariant(), t(-95, 0), t(-80, 0), 259200, 0, 3},
        {10, 2, u"Riattivazione clienti inattivi"_s, MarcoBianchi, campaign, inProgress, 0, defined,
         u"planned"_s, QVariant(), QVariant(), t(-7, 0), t(30, 0), 259200, 0, 3},
        {11, 2, u"Newsletter mensile"_s, FrancescaRomano, u"periodic"_s, inProgress, 0, beingEdited,
         u"planned"_s, QVariant(), QVariant(), t(-38, 9), QVariant(), 259200, 3 * Day, 3},
        {12, 1, u"Promemoria settimanale"_s, MarcoBianchi, u"recurring"_s, inProgress, 0, defined,
         u"planned"_s, QVariant(), QVariant(), t(-13, 10), t(60, 0), 86400, 2 * Day, 1},
        {13, 3, u"Cyber Monday UK"_s, SarahThompson, campaign, beingEdited, 0, defined,
         u"reserved"_s, QVariant(), QVariant(), t(20, 0), t(35, 0), 259200, 0, 2},
    };
    set.extraCampaigns = set.scale - 1;
    for (qint64 k = 1; k <= set.extraCampaigns; ++k) {
        list.append({13 + k, 1, u"Campagna regionale #%1"_s.arg(k),
                     k % 2 ? MarcoBianchi : FrancescaRomano, campaign, inProgress, 0, defined,
                     u"planned"_s, QVariant(), QVariant(), t(-30, 0), t(30, 0), 259200, 0, 1});
    }
    QList<QVariantList> rows;
    for (const Campaign &c : list) {
        rows.append({c.id, c.program, c.label, c.manager, c.kind, c.status, idOrNull(c.budget),
                     c.budgetStatus, c.commitment, c.estimated, c.real, c.start, c.end, c.delay,
                     c.advance});
        set.campaignBudget.insert(c.id, c.chargedBudget);
        set.campaignManager.insert(c.id, c.manager);
        set.campaignDelay.insert(c.id, c.delay);
    }
    return rows;
}

// Schedules: past lines (operationMgt instantiates them on its next run)
// and future ones; none instantiated yet.
QList<QVariantList> scheduleLines(const Calendar &t)
{
    QList<QVariantList> lines;
    for (qint64 days : {-38, -8, 22, 52, 82})
        lines.append({qint64(lines.size()) + 1, 11, t(days, 9), t(days + 27, 18), 0});
    const QList<std::pair<qint64, int>> weekly = {{-13, 0}, {-6, 1}, {1, 0},
                                                  {8, 1},   {15, 0}, {22, 0}};
    for (const auto &[days, autoStart] : weekly)
        lines.append({qint64(lines.size()) + 1, 12, t(days, 10), t(days + 1, 10), autoStart});
    return lines;
}

} // namespace

Result<void> campaigns(DemoSet &set)
{
    const Calendar &t = set.t;
    set.requirements = {
        {1,
         {{u"targeting"_s, {0, MarketingManagers}},
          {u"content"_s, {EmmaClarke, 0}},
          {u"extraction"_s, {0, BrandReviewers}}}},
        {2,
         {{u"budget"_s, {GiuliaRossi, 0}},
          {u"proof"_s, {0, BrandReviewers}},
          {u"extraction"_s, {JamesWalker, 0}}}},
        {4, {{u"content"_s, {0, LegalReviewers}}}},
        {10, {{u"proof"_s, {EmmaClarke, 0}}, {u"extraction"_s, {0, LegalReviewers}}}},
        {11, {{u"content"_s, {EmmaClarke, 0}}}},
        {12, {{u"targeting"_s, {0, MarketingManagers}}}},
        {13, {{u"content"_s, {JamesWalker, 0}}}},
    };
    QList<QVariantList> requirements;
    for (auto c = set.requirements.cbegin(); c != set.requirements.cend(); ++c) {
        for (auto k = c.value().cbegin(); k != c.value().cend(); ++k)
            requirements.append(
                {c.key(), k.key(), idOrNull(k.value().operatorId), idOrNull(k.value().groupId)});
    }
    return set.insert({
        {u"campaign"_s,
         {u"id"_s, u"program_id"_s, u"label"_s, u"manager_id"_s, u"kind"_s, u"status"_s,
          u"budget_id"_s, u"budget_status"_s, u"commitment_level"_s, u"estimated_cost_cents"_s,
          u"real_cost_cents"_s, u"start_at"_s, u"end_at"_s, u"approval_delay_s"_s,
          u"create_in_advance_s"_s},
         campaignRows(set)},
        {u"schedule_line"_s,
         {u"id"_s, u"campaign_id"_s, u"start_at"_s, u"end_at"_s, u"auto_start"_s},
         scheduleLines(t)},
        {u"campaign_approval"_s,
         {u"campaign_id"_s, u"kind"_s, u"reviewer_operator_id"_s, u"reviewer_group_id"_s},
         requirements},
        {u"approval_reminder_rule"_s,
         {u"id"_s, u"campaign_id"_s, u"offset_s"_s, u"at"_s},
         {
             {1, 1, -Day, QVariant()},    // one day before the deadline
             {2, 1, QVariant(), t(2, 9)}, // an absolute reminder, still to come
             {3, 2, -12 * Hour, QVariant()},
             {4, 10, 0, QVariant()},            // at the deadline
             {5, 10, QVariant(), t.now - Hour}, // due: fires on the next deliveryMgt run
             {6, 11, -Day, QVariant()},         // copied to the periodic instances
             {7, 12, -2 * Hour, QVariant()},
         }},
    });
}

} // namespace campagna::demo::recipes
