#include "engine/clock.h"

#include "db/database.h"

#include <QDateTime>

namespace campagna::engine {

qint64 Clock::now(db::Database *database) const
{
    if (m_fixed.load())
        return m_now.load();
    if (database)
        return database->serverNow();
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace campagna::engine
