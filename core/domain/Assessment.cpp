#include "domain/Assessment.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>

namespace passerelle {

QString toCode(AssessmentSource source)
{
    return source == AssessmentSource::Person ? QStringLiteral("person") : QStringLiteral("team");
}

std::optional<AssessmentSource> assessmentSourceFromCode(QStringView code)
{
    if (code == u"person")
        return AssessmentSource::Person;
    if (code == u"team")
        return AssessmentSource::Team;
    return std::nullopt;
}

QString label(AssessmentSource source)
{
    return source == AssessmentSource::Person
               ? QCoreApplication::translate("Domain", "Déclarée par la personne")
               : QCoreApplication::translate("Domain", "Observée par l'équipe");
}

QString scoreLabel(int score)
{
    switch (score) {
    case 1:
        return QCoreApplication::translate("Domain", "1 — très défavorable");
    case 2:
        return QCoreApplication::translate("Domain", "2 — défavorable");
    case 3:
        return QCoreApplication::translate("Domain", "3 — mitigé");
    case 4:
        return QCoreApplication::translate("Domain", "4 — favorable");
    case 5:
        return QCoreApplication::translate("Domain", "5 — très favorable");
    default:
        return QString::number(score);
    }
}

QString recordLabel(const Assessment &a)
{
    return a.id.isNull() ? QStringLiteral("assessment")
                         : QStringLiteral("assessment ") + a.id.toString();
}

void validate(const Assessment &a)
{
    Validator v(recordLabel(a));
    if (a.caseId.isNull())
        v.fail(QStringLiteral("case_id"), ValidationText::tr("« Situation » est obligatoire."));
    v.requireDate(QStringLiteral("assessed_on"), a.assessedOn,
                  ValidationText::tr("Date de l'évaluation"));
    v.requireText(QStringLiteral("dimension"), a.dimension,
                  ValidationText::tr("Dimension évaluée"));
    v.range(QStringLiteral("score"), a.score, minScore, maxScore, ValidationText::tr("Score"));
    v.throwIfFailed();
}

} // namespace passerelle
