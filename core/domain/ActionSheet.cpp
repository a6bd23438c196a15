#include "domain/ActionSheet.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QSet>

namespace passerelle {

namespace {
// A checkbox group: every code non-blank and ticked once.
void validateCodes(Validator &v, const QString &field, const QStringList &codes)
{
    QSet<QString> seen;
    for (const QString &code : codes) {
        if (code.trimmed().isEmpty())
            v.fail(field, ValidationText::tr("« %1 » : un code est vide.")
                              .arg(actionSheetSectionLabel(field)));
        else if (seen.contains(code))
            v.fail(field, ValidationText::tr("« %1 » : « %2 » figure deux fois.")
                              .arg(actionSheetSectionLabel(field), code));
        seen.insert(code);
    }
}

void validateAxes(Validator &v, const QString &field, const QList<ActionSheetAxis> &axes)
{
    QStringList codes;
    for (const ActionSheetAxis &axis : axes) {
        codes.append(axis.code);
        if (axis.objective.size() > 1000)
            v.fail(field,
                   ValidationText::tr("« %1 » : l'objectif de « %2 » dépasse 1000 caractères.")
                       .arg(actionSheetSectionLabel(field), axis.code));
    }
    validateCodes(v, field, codes);
}

void validateCommunes(Validator &v, const QStringList &communes)
{
    const QString field = QStringLiteral("commune");
    QStringList trimmed;
    for (const QString &c : communes) {
        trimmed.append(c.trimmed());
        if (c.size() > 100)
            v.fail(field, ValidationText::tr("« %1 » : « %2 » dépasse 100 caractères.")
                              .arg(actionSheetSectionLabel(field), c.left(100)));
    }
    validateCodes(v, field, trimmed);
}

void validatePartners(Validator &v, const QList<ActionSheetPartner> &partners)
{
    const QString field = QStringLiteral("partner");
    QSet<Uuid> seen;
    for (const ActionSheetPartner &p : partners) {
        if (p.partnerId.isNull())
            v.fail(field, ValidationText::tr("« %1 » : un partenaire n'est pas choisi.")
                              .arg(actionSheetSectionLabel(field)));
        else if (seen.contains(p.partnerId))
            v.fail(field, ValidationText::tr("« %1 » : un partenaire figure deux fois.")
                              .arg(actionSheetSectionLabel(field)));
        seen.insert(p.partnerId);
    }
}

// Objectives and steps: a text each, and an id used once (ids keep a row across edits).
template <typename Entry>
void validateOrdered(Validator &v, const QString &field, const QList<Entry> &entries)
{
    QSet<Uuid> ids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        if (e.text.trimmed().isEmpty())
            v.fail(field, ValidationText::tr("« %1 » n° %2 : le texte est obligatoire.")
                              .arg(actionSheetSectionLabel(field))
                              .arg(i + 1));
        if (!e.id.isNull()) {
            if (ids.contains(e.id))
                v.fail(field, ValidationText::tr("« %1 » n° %2 : cette ligne figure deux fois.")
                                  .arg(actionSheetSectionLabel(field))
                                  .arg(i + 1));
            ids.insert(e.id);
        }
    }
}

void validateYear(Validator &v, const QString &field, std::optional<int> year, const QString &label)
{
    if (year)
        v.range(field, *year, 1990, 2100, label);
}
} // namespace

QString toCode(ActionFrequency frequency)
{
    switch (frequency) {
    case ActionFrequency::OneOff:
        return QStringLiteral("one_off");
    case ActionFrequency::Repeated:
        return QStringLiteral("repeated");
    }
    Q_UNREACHABLE();
}

std::optional<ActionFrequency> actionFrequencyFromCode(QStringView code)
{
    for (ActionFrequency f : {ActionFrequency::OneOff, ActionFrequency::Repeated})
        if (code == toCode(f))
            return f;
    return std::nullopt;
}

QString label(ActionFrequency frequency)
{
    switch (frequency) {
    case ActionFrequency::OneOff:
        return DomainText::tr("Ponctuelle");
    case ActionFrequency::Repeated:
        return DomainText::tr("Répétée");
    }
    Q_UNREACHABLE();
}

QString toCode(GeographicLevel level)
{
    switch (level) {
    case GeographicLevel::Communal:
        return QStringLiteral("communal");
    case GeographicLevel::Intercommunal:
        return QStringLiteral("intercommunal");
    case GeographicLevel::Departmental:
        return QStringLiteral("departmental");
    case GeographicLevel::Regional:
        return QStringLiteral("regional");
    case GeographicLevel::National:
        return QStringLiteral("national");
    }
    Q_UNREACHABLE();
}

std::optional<GeographicLevel> geographicLevelFromCode(QStringView code)
{
    for (GeographicLevel l :
         {GeographicLevel::Communal, GeographicLevel::Intercommunal, GeographicLevel::Departmental,
          GeographicLevel::Regional, GeographicLevel::National})
        if (code == toCode(l))
            return l;
    return std::nullopt;
}

QString label(GeographicLevel level)
{
    switch (level) {
    case GeographicLevel::Communal:
        return DomainText::tr("Communal");
    case GeographicLevel::Intercommunal:
        return DomainText::tr("Intercommunal");
    case GeographicLevel::Departmental:
        return DomainText::tr("Départemental");
    case GeographicLevel::Regional:
        return DomainText::tr("Régional");
    case GeographicLevel::National:
        return DomainText::tr("National");
    }
    Q_UNREACHABLE();
}

QString actionSheetSectionLabel(QStringView field)
{
    static const struct
    {
        const char *field;
        const char *label;
    } sections[] = {
        {"typology", QT_TRANSLATE_NOOP("Domain", "Typologie de l'action")},
        {"prs_axis", QT_TRANSLATE_NOOP("Domain", "Lien avec le Projet régional de santé")},
        {"prse3_axis",
         QT_TRANSLATE_NOOP("Domain", "Lien avec le Plan régional santé environnement 3")},
        {"determinant", QT_TRANSLATE_NOOP("Domain", "Déterminants de santé")},
        {"action_type", QT_TRANSLATE_NOOP("Domain", "Type d'action")},
        {"result_category", QT_TRANSLATE_NOOP("Domain", "Catégories de résultats")},
        {"public_category", QT_TRANSLATE_NOOP("Domain", "Catégories de public")},
        {"theme", QT_TRANSLATE_NOOP("Domain", "Thèmes")},
        {"place_type", QT_TRANSLATE_NOOP("Domain", "Lieux d'intervention")},
        {"commune", QT_TRANSLATE_NOOP("Domain", "Communes")},
        {"partner", QT_TRANSLATE_NOOP("Domain", "Partenaires")},
        {"objective", QT_TRANSLATE_NOOP("Domain", "Objectif opérationnel")},
        {"step", QT_TRANSLATE_NOOP("Domain", "Étape de mise en œuvre")},
    };
    for (const auto &s : sections)
        if (field == QLatin1StringView(s.field))
            return DomainText::tr(s.label);
    return field.toString();
}

QString recordLabel(const ActionSheet &sheet)
{
    if (!sheet.number.trimmed().isEmpty())
        return DomainText::tr("fiche action %1").arg(sheet.number);
    return QStringLiteral("action_sheet ") + sheet.id.toString();
}

void validate(const ActionSheet &s, Validator &v)
{
    if (s.programmeId.isNull())
        v.fail(QStringLiteral("programme_id"),
               ValidationText::tr("« Programme » est obligatoire."));
    if (!s.id.isNull() && s.chainedFromId == s.id)
        v.fail(QStringLiteral("chained_from_id"),
               ValidationText::tr("Une fiche action ne peut pas être chaînée avec elle-même."));
    v.requireText(QStringLiteral("number"), s.number, ValidationText::tr("Numéro"));
    v.maxLength(QStringLiteral("number"), s.number, 40, ValidationText::tr("Numéro"));
    v.requireText(QStringLiteral("title"), s.title, ValidationText::tr("Intitulé"));
    v.maxLength(QStringLiteral("title"), s.title, 300, ValidationText::tr("Intitulé"));

    validateYear(v, QStringLiteral("start_year"), s.startYear,
                 ValidationText::tr("Année de début"));
    validateYear(v, QStringLiteral("end_year"), s.endYear, ValidationText::tr("Année de fin"));
    if (s.startYear && s.endYear && *s.endYear < *s.startYear)
        v.fail(QStringLiteral("end_year"),
               ValidationText::tr("« Année de fin » ne peut pas précéder « Année de début »."));
    v.dateOrder(s.periodStart, QStringLiteral("period_end"), s.periodEnd,
                ValidationText::tr("Début de période"), ValidationText::tr("Fin de période"));

    validateCodes(v, QStringLiteral("typology"), s.typologies);
    validateAxes(v, QStringLiteral("prs_axis"), s.prsAxes);
    validateAxes(v, QStringLiteral("prse3_axis"), s.prse3Axes);
    validateCodes(v, QStringLiteral("determinant"), s.determinants);
    validateCodes(v, QStringLiteral("action_type"), s.actionTypes);
    validateCodes(v, QStringLiteral("result_category"), s.resultCategories);
    validateCodes(v, QStringLiteral("public_category"), s.publicCategories);
    validateCodes(v, QStringLiteral("theme"), s.themes);
    validateCodes(v, QStringLiteral("place_type"), s.placeTypes);
    validateCommunes(v, s.communes);
    validatePartners(v, s.partners);
    validateOrdered(v, QStringLiteral("objective"), s.objectives);
    validateOrdered(v, QStringLiteral("step"), s.steps);
}

void validate(const ActionSheet &sheet)
{
    Validator v(recordLabel(sheet));
    validate(sheet, v);
    v.throwIfFailed();
}

} // namespace passerelle
