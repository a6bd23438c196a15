#include "test_indicators_fixture.h"

#include "indicators/FilterOptions.h"
#include "repositories/PartnerRepository.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("The landlord filter of the indicator editor offers landlords, not every partner")
{
    IndicatorScreenFixture f;
    PartnerRepository partners(f.db(), f.clock);
    const auto add = [&](const QString &name, const QString &type) {
        Partner p;
        p.name = name;
        p.partnerType = type;
        return partners.create(p);
    };
    const Uuid social = add(QStringLiteral("Chaumont Habitat"), QStringLiteral("social_landlord"));
    const Uuid doctor = add(QStringLiteral("Cabinet médical"), QStringLiteral("gp"));
    const Uuid association =
        add(QStringLiteral("Banque alimentaire"), QStringLiteral("association"));
    const Uuid old = add(QStringLiteral("Ancien bailleur"), QStringLiteral("social_landlord"));
    partners.archive(old);

    QStringList ids;
    QStringList texts;
    for (const FilterOptions::Option &o :
         FilterOptions(f.db()).codes(Filter::Landlord, Measure::Cases)) {
        ids.append(o.code);
        texts.append(o.label);
    }
    CHECK(ids.contains(social.toString()));
    CHECK(ids.contains(old.toString())); // old cases still point to it
    CHECK_FALSE(ids.contains(doctor.toString()));
    CHECK_FALSE(ids.contains(association.toString()));
    CHECK(texts.contains(QStringLiteral("Chaumont Habitat")));
    CHECK(texts.contains(QStringLiteral("Ancien bailleur (archivé)")));
}
