#include "demo/recipes/recipes.h"

// The recipes below are designated initialisers that leave most members to
// their defaults, on which GCC 12 warns member by member.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

// Agency tasks (DemoSet gives them their ids and the agency service).
QList<TaskRow> campaignTasks(const Calendar &t)
{
    return {
        // The worked example: 5 days at 300.00 a day, finished: 1,500.00 spent.
        {.campaignId = 9,
         .label = u"Allestimento sala evento"_s,
         .status = u"finished"_s,
         .durationDays = 5,
         .startAt = t(-86, 8),
         .endAt = t(-81, 18),
         .choices = {{AgencyDay, 0}}},
        {.campaignId = 9,
         .label = u"Noleggio location Milano"_s,
         .status = u"finished"_s,
         .durationDays = 1,
         .startAt = t(-81, 8),
         .endAt = t(-81, 23),
         .choices = {{EventSetup, eur(200)}}},
        {.campaignId = 2,
         .label = u"Servizio fotografico collezione"_s,
         .status = u"in_progress"_s,
         .durationDays = 3,
         .estimatedCents = eur(900),
         .commitmentLevel = u"reserved"_s,
         .startAt = t(-1, 8),
         .endAt = t(2, 18),
         .choices = {{AgencyDay, 0}}},
        {.campaignId = 1,
         .label = u"Creatività banner saldi"_s,
         .status = u"scheduled"_s,
         .durationDays = 2,
         .estimatedCents = eur(800),
         .startAt = t(3, 9),
         .endAt = t(5, 18),
         .choices = {{AgencyDay, 0}}},
        {.campaignId = 8,
         .label = u"Stampa volantini estate"_s,
         .status = u"cancelled"_s,
         .durationDays = 1,
         .estimatedCents = eur(1200),
         .startAt = t(-190, 9),
         .endAt = t(-189, 18)},
        {.campaignId = 11,
         .label = u"Revisione testi newsletter"_s,
         .status = u"scheduled"_s,
         .durationDays = 1,
         .startAt = t(-38, 9),
         .endAt = t(-37, 18),
         .choices = {{AgencyDay, 0}}},
        {.campaignId = 10,
         .label = u"Copywriting lettera di riattivazione"_s,
         .status = u"finished"_s,
         .durationDays = 2,
         .startAt = t(-6, 9),
         .endAt = t(-4, 18),
         .choices = {{AgencyDay, eur(50)}}},
        {.campaignId = 4,
         .label = u"Window display design"_s,
         .status = u"finished"_s,
         .durationDays = 4,
         .realCents = eur(1350),
         .startAt = t(-64, 9),
         .endAt = t(-60, 18),
         .choices = {{AgencyDay, 0}}},
    };
}

} // namespace campagna::demo::recipes
