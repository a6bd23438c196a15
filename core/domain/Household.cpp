#include "domain/Household.h"

#include "domain/Person.h"
#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QSet>

namespace passerelle {

namespace {
constexpr HousingKind allKinds[] = {
    HousingKind::SocialRental, HousingKind::PrivateRental, HousingKind::Owner, HousingKind::Hosted,
    HousingKind::Shelter,      HousingKind::Residence,     HousingKind::None,  HousingKind::Other};
} // namespace

QString toCode(HousingKind kind)
{
    switch (kind) {
    case HousingKind::SocialRental:
        return QStringLiteral("social_rental");
    case HousingKind::PrivateRental:
        return QStringLiteral("private_rental");
    case HousingKind::Owner:
        return QStringLiteral("owner");
    case HousingKind::Hosted:
        return QStringLiteral("hosted");
    case HousingKind::Shelter:
        return QStringLiteral("shelter");
    case HousingKind::Residence:
        return QStringLiteral("residence");
    case HousingKind::None:
        return QStringLiteral("none");
    case HousingKind::Other:
        return QStringLiteral("other");
    }
    Q_UNREACHABLE();
}

std::optional<HousingKind> housingKindFromCode(QStringView code)
{
    for (const HousingKind k : allKinds) {
        if (code == toCode(k))
            return k;
    }
    return std::nullopt;
}

QString label(HousingKind kind)
{
    switch (kind) {
    case HousingKind::SocialRental:
        return QCoreApplication::translate("Domain", "Logement social");
    case HousingKind::PrivateRental:
        return QCoreApplication::translate("Domain", "Location privée");
    case HousingKind::Owner:
        return QCoreApplication::translate("Domain", "Propriétaire");
    case HousingKind::Hosted:
        return QCoreApplication::translate("Domain", "Hébergé par un tiers");
    case HousingKind::Shelter:
        return QCoreApplication::translate("Domain", "Hébergement d'urgence ou d'insertion");
    case HousingKind::Residence:
        return QCoreApplication::translate("Domain", "Résidence sociale, maison relais");
    case HousingKind::None:
        return QCoreApplication::translate("Domain", "Sans logement");
    case HousingKind::Other:
        return QCoreApplication::translate("Domain", "Autre");
    }
    Q_UNREACHABLE();
}

void validate(const Household &h)
{
    Validator v(h.code.isEmpty() ? QStringLiteral("household") : h.code);
    v.requireText(QStringLiteral("code"), h.code, ValidationText::tr("Code du ménage"));
    v.maxLength(QStringLiteral("code"), h.code, 40, ValidationText::tr("Code du ménage"));
    v.maxLength(QStringLiteral("commune"), h.commune, 100, ValidationText::tr("Commune"));
    if (h.rentArrearsCents < 0)
        v.fail(QStringLiteral("rent_arrears_cents"),
               ValidationText::tr("« Dette locative » ne peut pas être négative."));

    QSet<Uuid> seen;
    int selfCount = 0;
    for (const HouseholdMember &m : h.members) {
        if (m.personId.isNull()) {
            v.fail(
                QStringLiteral("person.household_id"),
                ValidationText::tr("Chaque membre du ménage doit être une personne enregistrée."));
            continue;
        }
        if (seen.contains(m.personId))
            v.fail(QStringLiteral("person.household_id"),
                   ValidationText::tr("Une personne figure deux fois dans le ménage."));
        seen.insert(m.personId);
        if (m.relation.trimmed().isEmpty())
            v.fail(
                QStringLiteral("person.relation"),
                ValidationText::tr("« Lien dans le ménage » est obligatoire pour chaque membre."));
        if (m.relation == QLatin1String("self"))
            ++selfCount;
    }
    if (selfCount > 1)
        v.fail(QStringLiteral("person.relation"),
               ValidationText::tr("Un ménage n'a qu'une « personne de référence »."));
    v.throwIfFailed();
}

QString householdCodeFor(const Uuid &id, int attempt)
{
    return pseudonymousCode(QStringLiteral("M-"), id, attempt);
}

} // namespace passerelle
