#include "domain/Programme.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace passerelle {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Validation", s);
}
} // namespace

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
        v.fail(QStringLiteral("organisation_id"), tr("« Organisation » est obligatoire."));
    if (p.code.isEmpty())
        v.fail(QStringLiteral("code"), tr("« Code » est obligatoire."));
    else if (!isValidProgrammeCode(p.code))
        v.fail(QStringLiteral("code"),
               tr("« Code » doit commencer par une lettre majuscule et ne contenir que des "
                  "majuscules et des chiffres (8 caractères au plus)."));
    v.requireText(QStringLiteral("name"), p.name, tr("Nom"));
    v.maxLength(QStringLiteral("name"), p.name, 200, tr("Nom"));
    v.maxLength(QStringLiteral("territory"), p.territory, 200, tr("Territoire"));
    v.dateOrder(p.startDate, QStringLiteral("end_date"), p.endDate, tr("Date de début"),
                tr("Date de fin"));
}

void validate(const Programme &programme)
{
    Validator v(recordLabel(programme));
    validate(programme, v);
    v.throwIfFailed();
}

} // namespace passerelle
