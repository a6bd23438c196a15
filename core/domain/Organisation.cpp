#include "domain/Organisation.h"

#include "domain/Validation.h"

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
    const auto tr = [](const char *s) { return QCoreApplication::translate("Validation", s); };
    v.requireText(QStringLiteral("name"), o.name, tr("Nom"));
    v.maxLength(QStringLiteral("name"), o.name, 200, tr("Nom"));
    v.maxLength(QStringLiteral("short_name"), o.shortName, 40, tr("Sigle"));
    v.maxLength(QStringLiteral("commune"), o.commune, 100, tr("Commune"));
    v.maxLength(QStringLiteral("department"), o.department, 100, tr("Département"));
}

void validate(const Organisation &organisation)
{
    Validator v(recordLabel(organisation));
    validate(organisation, v);
    v.throwIfFailed();
}

} // namespace passerelle
