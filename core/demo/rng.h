#pragma once

#include <QString>
#include <QStringList>

namespace campagna::demo {

// Deterministic randomness: splitmix64, integer arithmetic only, so that the
// same seed gives the same data with every compiler and standard library.
class Rng final
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}

    // A seed for an independent stream of the same generator.
    static quint64 streamSeed(quint64 seed, quint64 stream)
    {
        Rng mixer(seed ^ (stream * 0xd1b54a32d192ed03ULL));
        return mixer.next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < n
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    // lo <= result <= hi
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool perMille(int p) { return below(1000) < p; }
    const QString &pick(const QStringList &list) { return list.at(int(below(list.size()))); }

private:
    quint64 m_state;
};

} // namespace campagna::demo
