#pragma once

#include "demo/DemoRandom.h"

#include <QByteArray>

namespace passerelle {

// Fictitious identities: pseudonymous codes and names that belong to nobody.
class DemoIdentity
{
public:
    // "P-7K3QX9A": the prefix and seven Crockford base-32 characters of a bijective scramble
    // of n, so that every n gets its own code and codes do not reveal creation order.
    static QByteArray code(char prefix, quint32 n, quint32 salt);
    // A surname assembled from two syllable lists ("Belandier", "Corebrune"…).
    static QByteArray surname(DemoRandom &random);
    // A first name for sex 'f', 'm' or 'x' (either list).
    static const char *firstName(DemoRandom &random, char sex);
};

} // namespace passerelle
