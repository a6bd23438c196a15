#pragma once

#include "indicators/ReportingPeriod.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace passerelle {

// The free-text parts of an annual review, written by the coordinator.
enum class ReviewTextKind
{
    Highlights, // faits marquants
    Limits,     // limites et difficultés
    Outlook     // perspectives
};

QString toCode(ReviewTextKind kind);
std::optional<ReviewTextKind> reviewTextKindFromCode(QStringView code);
QString label(ReviewTextKind kind);
const QList<ReviewTextKind> &reviewTextKinds();

// One free-text section of the review of an action sheet for a period.
struct ReviewSectionText
{
    Uuid actionSheetId;
    ReportingPeriod period;
    ReviewTextKind kind = ReviewTextKind::Highlights;
    QString text; // may be empty: an emptied section
    QDateTime createdAt;
    QDateTime updatedAt;
};

void validate(const ReviewSectionText &section);

} // namespace passerelle
