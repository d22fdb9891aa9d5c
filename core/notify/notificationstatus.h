#pragma once

#include "common/sqlenum.h"

namespace campagna::notify {

// `notification.status`.
enum class NotificationStatus { Queued, Sent, Failed };

} // namespace campagna::notify

namespace campagna {

template<> struct SqlEnum<notify::NotificationStatus>
{
    static constexpr std::array<const char *, 3> names{"queued", "sent", "failed"};
};

} // namespace campagna
