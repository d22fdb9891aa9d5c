#pragma once

#include "common/sqlenum.h"

namespace campagna::budget {

// `cost_line.commitment` (`campaign.commitment_level` and
// `delivery.commitment_level` take the first three).
enum class Commitment { Planned, Reserved, Committed, Spent };
// `campaign.budget_status`.
enum class BudgetStatus { BeingEdited, Defined, CarriedOut };
// `cost_line.basis`.
enum class CostBasis { Real, Calculated, Estimated };

} // namespace campagna::budget

namespace campagna {

template<> struct SqlEnum<budget::Commitment>
{
    static constexpr std::array<const char *, 4> names{"planned", "reserved", "committed",
                                                       "spent"};
};

template<> struct SqlEnum<budget::BudgetStatus>
{
    static constexpr std::array<const char *, 3> names{"being_edited", "defined", "carried_out"};
};

template<> struct SqlEnum<budget::CostBasis>
{
    static constexpr std::array<const char *, 3> names{"real", "calculated", "estimated"};
};

} // namespace campagna
