// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace guichet::demo {

/// SplitMix64 with explicit bounded draws. std::uniform_int_distribution and
/// friends differ between standard libraries, and the same seed must give the
/// same data on every workstation and compiler.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// 0 … n-1 (multiply-shift: no modulo bias worth speaking of for demo sizes).
    int below(qint64 n)
    {
        Q_ASSERT(n > 0);
        return int((quint64(quint32(next() >> 32)) * quint64(n)) >> 32);
    }
    qint64 between(qint64 lo, qint64 hi) // inclusive
    {
        const quint64 span = quint64(hi - lo) + 1;
        return lo + qint64(next() % span);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename List>
    const auto &pick(const List &list) { return list.at(below(list.size())); }
    /// An index drawn with the given weights.
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }
    int weighted(const std::vector<double> &cumulative)
    {
        const double x = unit() * cumulative.back();
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
        return int(std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ptrdiff_t(cumulative.size()) - 1));
    }

private:
    quint64 m_state;
};

} // namespace guichet::demo
