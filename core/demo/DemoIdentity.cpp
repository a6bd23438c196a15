#include "demo/DemoIdentity.h"

#include "demo/DemoVocabulary.h"

namespace passerelle {

QByteArray DemoIdentity::code(char prefix, quint32 n, quint32 salt)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    // Adding a constant, multiplying by an odd constant and xoring a constant are each
    // bijective modulo 2^35, the 35 bits that seven characters hold. The constants derive
    // from the prefix too, so that a household and a person numbered alike look unrelated.
    constexpr quint64 mask = (quint64(1) << 35) - 1;
    const quint64 key = (quint64(uchar(prefix)) << 32) | salt;
    quint64 v = (((quint64(n) + DemoRandom::mix(key, 1)) * 0x9E3779B97F4A7C15ull) ^
                 DemoRandom::mix(key, 2)) &
                mask;
    QByteArray out(9, '-');
    out[0] = prefix;
    for (int i = 8; i >= 2; --i) {
        out[i] = alphabet[v & 31u];
        v >>= 5;
    }
    return out;
}

QByteArray DemoIdentity::surname(DemoRandom &random)
{
    QByteArray name(random.pick(DemoVocabulary::surnameStarts()));
    name.append(random.pick(DemoVocabulary::surnameEnds()));
    return name;
}

const char *DemoIdentity::firstName(DemoRandom &random, char sex)
{
    const bool female = sex == 'f' || (sex == 'x' && random.chance(500));
    return female ? random.pick(DemoVocabulary::femaleFirstNames())
                  : random.pick(DemoVocabulary::maleFirstNames());
}

} // namespace passerelle
