#include "domain/Funding.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>

namespace passerelle {

QString recordLabel(const Funding &funding)
{
    if (!funding.funder.trimmed().isEmpty())
        return QCoreApplication::translate("Domain", "financement « %1 » %2")
            .arg(funding.funder)
            .arg(funding.year);
    return QStringLiteral("funding ") + funding.id.toString();
}

void validate(const Funding &f, Validator &v)
{
    if (f.programmeId.isNull())
        v.fail(QStringLiteral("programme_id"),
               ValidationText::tr("« Programme » est obligatoire."));
    v.requireText(QStringLiteral("funder"), f.funder, ValidationText::tr("Financeur"));
    v.maxLength(QStringLiteral("funder"), f.funder, 200, ValidationText::tr("Financeur"));
    v.range(QStringLiteral("year"), f.year, 1990, 2100, ValidationText::tr("Année"));
    if (f.amountCents < 0)
        v.fail(QStringLiteral("amount_cents"),
               ValidationText::tr("« Montant » ne peut pas être négatif."));
}

void validate(const Funding &funding)
{
    Validator v(recordLabel(funding));
    validate(funding, v);
    v.throwIfFailed();
}

} // namespace passerelle
