#include "reports/ReviewSectionText.h"

#include "domain/Validation.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
const std::pair<ReviewTextKind, const char *> kindCodes[] = {
    {ReviewTextKind::Highlights, "highlights"},
    {ReviewTextKind::Limits, "limits"},
    {ReviewTextKind::Outlook, "outlook"},
};
} // namespace

QString toCode(ReviewTextKind kind)
{
    for (const auto &[k, code] : kindCodes)
        if (k == kind)
            return QString::fromLatin1(code);
    return {};
}

std::optional<ReviewTextKind> reviewTextKindFromCode(QStringView code)
{
    for (const auto &[k, c] : kindCodes)
        if (code == QLatin1StringView(c))
            return k;
    return std::nullopt;
}

QString label(ReviewTextKind kind)
{
    switch (kind) {
    case ReviewTextKind::Highlights:
        return QCoreApplication::translate("Reports", "Faits marquants");
    case ReviewTextKind::Limits:
        return QCoreApplication::translate("Reports", "Limites et difficultés");
    case ReviewTextKind::Outlook:
        return QCoreApplication::translate("Reports", "Perspectives");
    }
    return {};
}

const QList<ReviewTextKind> &reviewTextKinds()
{
    static const QList<ReviewTextKind> list = {ReviewTextKind::Highlights, ReviewTextKind::Limits,
                                               ReviewTextKind::Outlook};
    return list;
}

void validate(const ReviewSectionText &s)
{
    Validator v(QCoreApplication::translate("Reports", "section « %1 » du bilan").arg(label(s.kind)));
    if (s.actionSheetId.isNull())
        v.fail(QStringLiteral("action_sheet_id"),
               QCoreApplication::translate("Validation", "La fiche action est obligatoire."));
    v.requireDate(QStringLiteral("period_start"), s.period.start,
                  QCoreApplication::translate("Reports", "Début de période"));
    v.requireDate(QStringLiteral("period_end"), s.period.end,
                  QCoreApplication::translate("Reports", "Fin de période"));
    v.dateOrder(s.period.start, QStringLiteral("period_end"), s.period.end,
                QCoreApplication::translate("Reports", "Début de période"),
                QCoreApplication::translate("Reports", "Fin de période"));
    v.maxLength(QStringLiteral("text"), s.text, 20000, label(s.kind));
    v.throwIfFailed();
}

} // namespace passerelle
