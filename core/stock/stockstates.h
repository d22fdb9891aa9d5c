#pragma once

#include "common/sqlenum.h"

namespace campagna::stock {

// `stock_line.status`, computed by stockMgt.
enum class StockStatus { Ok, Alert, Insufficient };
// `stock_alert.kind`.
enum class AlertKind { AlertLevel, Insufficient };
// `stock_order.status`.
enum class OrderStatus { Proposed, OnOrder, Received, Cancelled };

} // namespace campagna::stock

namespace campagna {

template<> struct SqlEnum<stock::StockStatus>
{
    static constexpr std::array<const char *, 3> names{"ok", "alert", "insufficient"};
};

template<> struct SqlEnum<stock::AlertKind>
{
    static constexpr std::array<const char *, 2> names{"alert_level", "insufficient"};
};

template<> struct SqlEnum<stock::OrderStatus>
{
    static constexpr std::array<const char *, 4> names{"proposed", "on_order", "received",
                                                       "cancelled"};
};

} // namespace campagna
