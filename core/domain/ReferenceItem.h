#pragma once

#include <QDateTime>
#include <QString>

namespace passerelle {

class Validator;

// Reference lists carry a French and an English label; screens show one of them.
enum class LabelLanguage
{
    French,
    English
};

// English when the application's default locale is English, French otherwise (French is
// the first language of every screen).
LabelLanguage currentLabelLanguage();

// One item of a reference list (ref_<list>): a stable code shipped to every replica, its
// labels, and its place in combo boxes. Archived items stay readable by the records that
// carry them but are no longer offered for new choices.
struct ReferenceItem
{
    QString code;
    QString labelFr;
    QString labelEn;
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;

    // The label in `language`; English falls back to French when it was never translated
    // (items a coordinator adds often have a French label only).
    QString label(LabelLanguage language = currentLabelLanguage()) const;
};

// Codes travel in exports and sync: letters, digits and '_', starting with a letter or a
// digit, 40 characters at most (the shipped lists use e.g. "social_landlord", "A1").
bool isValidReferenceCode(const QString &code);

QString recordLabel(const ReferenceItem &item);
void validate(const ReferenceItem &item, Validator &v);
void validate(const ReferenceItem &item);

} // namespace passerelle
