#include "domain/Organisation.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>

namespace passerelle {

QString recordLabel(const Organisation &organisation)
{
    if (!organisation.name.trimmed().isEmpty())
        return QCoreApplication::translate("Domain", "organisation « %1 »").arg(organisation.name);
    return QStringLiteral("organisation ") + organisation.id.toString();
}

void validate(const Organisation &o, Validator &v)
{
    v.requireText(QStringLiteral("name"), o.name, ValidationText::tr("Nom"));
    v.maxLength(QStringLiteral("name"), o.name, 200, ValidationText::tr("Nom"));
    v.maxLength(QStringLiteral("short_name"), o.shortName, 40, ValidationText::tr("Sigle"));
    v.maxLength(QStringLiteral("commune"), o.commune, 100, ValidationText::tr("Commune"));
    v.maxLength(QStringLiteral("department"), o.department, 100, ValidationText::tr("Département"));
}

void validate(const Organisation &organisation)
{
    Validator v(recordLabel(organisation));
    validate(organisation, v);
    v.throwIfFailed();
}

} // namespace passerelle
