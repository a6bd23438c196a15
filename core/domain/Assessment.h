#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace passerelle {

// Who gives the score: the action sheet asks to compare what the person declares with what
// the team observes.
enum class AssessmentSource
{
    Person,
    Team
};
QString toCode(AssessmentSource source);
std::optional<AssessmentSource> assessmentSourceFromCode(QStringView code);
QString label(AssessmentSource source);

// The documented scale, 1 to 5 (README, "Assessment scale").
constexpr int minScore = 1;
constexpr int maxScore = 5;
// "1 — très défavorable" … "5 — très favorable".
QString scoreLabel(int score);

// One score of a case on one outcome dimension (housing, social ties, care use…) on one day.
struct Assessment
{
    Uuid id;
    Uuid caseId;
    QDate assessedOn;
    QString dimension; // ref_outcome_dimension code
    int score = 0;
    AssessmentSource source = AssessmentSource::Team;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

QString recordLabel(const Assessment &a);

// Checks the values of one assessment (case, date, dimension, score on the scale).
// Throws ValidationError naming every refused field.
void validate(const Assessment &assessment);

} // namespace passerelle
