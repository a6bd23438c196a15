#pragma once

#include <QtGlobal>

#include <initializer_list>
#include <iterator>

namespace passerelle {

// The demo generator's only source of randomness: xoshiro256** seeded through splitmix64,
// with integer-only helpers. Written out instead of using <random> distributions because
// std::uniform_int_distribution and friends return different numbers with different
// standard libraries, and a seed must reproduce the same database on every machine.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 s = seed;
        for (quint64 &word : m_state)
            word = splitMix(s);
    }

    // An independent stream per object (e.g. case number i): what one case gets does not
    // depend on how many numbers were drawn before it, so stages can be reordered freely.
    static DemoRandom stream(quint64 seed, quint64 purpose, quint64 index)
    {
        return DemoRandom(mix(mix(seed, purpose), index));
    }
    static quint64 mix(quint64 a, quint64 b)
    {
        quint64 s = a ^ (b * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull);
        return splitMix(s);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n) by multiply-shift (Lemire); the bias, below n / 2^32, is irrelevant here.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [lo, hi], both included.
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    bool chance(int permille) { return int(below(1000)) < permille; }

    template <typename Container> const auto &pick(const Container &items)
    {
        return items[below(quint32(std::size(items)))];
    }

    // Index drawn in proportion to integer weights.
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(weights.begin(), weights.end());
    }
    template <typename It> int weighted(It first, It last)
    {
        int total = 0;
        for (It it = first; it != last; ++it)
            total += *it;
        int r = int(below(quint32(total)));
        int index = 0;
        for (It it = first; it != last; ++it, ++index) {
            if (r < *it)
                return index;
            r -= *it;
        }
        return 0;
    }

private:
    static quint64 splitMix(quint64 &s)
    {
        quint64 z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4];
};

} // namespace passerelle
