#include "domain/Programme.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace passerelle {

bool isValidProgrammeCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{0,7}$"));
    return pattern.match(code).hasMatch();
}

QString recordLabel(const Programme &programme)
{
    if (!programme.code.trimmed().isEmpty())
        return QCoreApplication::translate("Domain", "programme %1").arg(programme.code);
    return QStringLiteral("programme ") + programme.id.toString();
}

void validate(const Programme &p, Validator &v)
{
    if (p.organisationId.isNull())
        v.fail(QStringLiteral("organisation_id"),
               ValidationText::tr("« Organisation » est obligatoire."));
    if (p.code.isEmpty())
        v.fail(QStringLiteral("code"), ValidationText::tr("« Code » est obligatoire."));
    else if (!isValidProgrammeCode(p.code))
        v.fail(QStringLiteral("code"),
               ValidationText::tr(
                   "« Code » doit commencer par une lettre majuscule et ne contenir que des "
                   "majuscules et des chiffres (8 caractères au plus)."));
    v.requireText(QStringLiteral("name"), p.name, ValidationText::tr("Nom"));
    v.maxLength(QStringLiteral("name"), p.name, 200, ValidationText::tr("Nom"));
    v.maxLength(QStringLiteral("territory"), p.territory, 200, ValidationText::tr("Territoire"));
    v.dateOrder(p.startDate, QStringLiteral("end_date"), p.endDate,
                ValidationText::tr("Date de début"), ValidationText::tr("Date de fin"));
}

void validate(const Programme &programme)
{
    Validator v(recordLabel(programme));
    validate(programme, v);
    v.throwIfFailed();
}

} // namespace passerelle
