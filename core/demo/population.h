#pragma once

#include "demo/demoplan.h"
#include "demo/rng.h"

#include <QList>
#include <QStringList>

namespace campagna::demo {

// The demo's recipients, one after the other from one random stream:
// names, addresses, phones and mailboxes that look like those of their
// town's country (Italy mostly, the UK, and a few from elsewhere in Europe).
class Population final
{
public:
    Population(quint64 seed, qint64 now);

    // The next recipient, of that id.
    Person next(qint64 id);

private:
    QString email(const Person &p, qint64 id);

    Rng m_rng;
    qint64 m_now;
    QList<int> m_weights; // cumulative weights of the towns
    int m_totalWeight = 0;
    QStringList m_recentEmails; // a ring of recent addresses, for shared ones
};

} // namespace campagna::demo
