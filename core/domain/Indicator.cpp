#include "domain/Indicator.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>

#include <cmath>

namespace passerelle {

QString toCode(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Process:
        return QStringLiteral("process");
    case IndicatorKind::Result:
        return QStringLiteral("result");
    case IndicatorKind::Impact:
        return QStringLiteral("impact");
    }
    Q_UNREACHABLE();
}

std::optional<IndicatorKind> indicatorKindFromCode(QStringView code)
{
    for (IndicatorKind k : {IndicatorKind::Process, IndicatorKind::Result, IndicatorKind::Impact})
        if (code == toCode(k))
            return k;
    return std::nullopt;
}

QString label(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Process:
        return QCoreApplication::translate("Domain", "Indicateur de processus");
    case IndicatorKind::Result:
        return QCoreApplication::translate("Domain", "Indicateur de résultat");
    case IndicatorKind::Impact:
        return QCoreApplication::translate("Domain", "Indicateur d'impact");
    }
    Q_UNREACHABLE();
}

QString recordLabel(const Indicator &indicator)
{
    if (!indicator.label.trimmed().isEmpty())
        return QCoreApplication::translate("Domain", "indicateur « %1 »").arg(indicator.label);
    return QStringLiteral("indicator ") + indicator.id.toString();
}

void validate(const Indicator &i, Validator &v)
{
    if (i.actionSheetId.isNull())
        v.fail(QStringLiteral("action_sheet_id"),
               ValidationText::tr("« Fiche action » est obligatoire."));
    v.requireText(QStringLiteral("label"), i.label, ValidationText::tr("Libellé"));
    v.maxLength(QStringLiteral("label"), i.label, 500, ValidationText::tr("Libellé"));
    v.maxLength(QStringLiteral("target"), i.target, 200, ValidationText::tr("Cible"));
}

void validate(const Indicator &indicator)
{
    Validator v(recordLabel(indicator));
    validate(indicator, v);
    v.throwIfFailed();
}

void validate(const IndicatorValue &iv, Validator &v)
{
    if (iv.indicatorId.isNull())
        v.fail(QStringLiteral("indicator_id"),
               ValidationText::tr("« Indicateur » est obligatoire."));
    v.requireDate(QStringLiteral("period_start"), iv.periodStart,
                  ValidationText::tr("Début de période"));
    v.requireDate(QStringLiteral("period_end"), iv.periodEnd, ValidationText::tr("Fin de période"));
    v.dateOrder(iv.periodStart, QStringLiteral("period_end"), iv.periodEnd,
                ValidationText::tr("Début de période"), ValidationText::tr("Fin de période"));
    if (iv.value && !std::isfinite(*iv.value))
        v.fail(QStringLiteral("value"), ValidationText::tr("« Valeur » doit être un nombre."));
    if (!iv.value && iv.textValue.trimmed().isEmpty())
        v.fail(
            QStringLiteral("value"),
            ValidationText::tr(
                "Saisissez une valeur (nombre ou texte) ; pour l'effacer, utilisez « Effacer »."));
}

void validate(const IndicatorValue &value)
{
    Validator v(QStringLiteral("indicator_value ") + value.indicatorId.toString());
    validate(value, v);
    v.throwIfFailed();
}

} // namespace passerelle
