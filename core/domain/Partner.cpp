#include "domain/Partner.h"

#include "domain/Validation.h"
#include "domain/Worker.h"
#include "util/TrContext.h"

#include <QCoreApplication>

namespace passerelle {

QString recordLabel(const Partner &partner)
{
    if (!partner.name.trimmed().isEmpty())
        return QCoreApplication::translate("Domain", "partenaire « %1 »").arg(partner.name);
    return QStringLiteral("partner ") + partner.id.toString();
}

void validate(const Partner &p, Validator &v)
{
    v.requireText(QStringLiteral("name"), p.name, ValidationText::tr("Nom"));
    v.maxLength(QStringLiteral("name"), p.name, 200, ValidationText::tr("Nom"));
    v.requireText(QStringLiteral("partner_type"), p.partnerType,
                  ValidationText::tr("Type de partenaire"));
    v.maxLength(QStringLiteral("commune"), p.commune, 100, ValidationText::tr("Commune"));
    if (!p.email.isEmpty() && !looksLikeEmail(p.email))
        v.fail(QStringLiteral("email"),
               ValidationText::tr("« Courriel » n'est pas une adresse valide."));
}

void validate(const Partner &partner)
{
    Validator v(recordLabel(partner));
    validate(partner, v);
    v.throwIfFailed();
}

} // namespace passerelle
