#include "models/CaseStatusText.h"

#include <QCoreApplication>

#include <array>

namespace passerelle::CaseStatusText {

namespace {
struct Status
{
    const char *code;
    const char *label;
};

// "Situation" is feminine: the labels agree with it.
constexpr std::array<Status, 4> statuses{{
    {"identified", QT_TRANSLATE_NOOP("CaseStatus", "Identifiée")},
    {"oriented", QT_TRANSLATE_NOOP("CaseStatus", "Orientée")},
    {"accompanied", QT_TRANSLATE_NOOP("CaseStatus", "Accompagnée")},
    {"closed", QT_TRANSLATE_NOOP("CaseStatus", "Clôturée")},
}};
} // namespace

QStringList codes()
{
    QStringList out;
    for (const Status &s : statuses)
        out.append(QString::fromLatin1(s.code));
    return out;
}

QString label(const QString &code)
{
    for (const Status &s : statuses)
        if (code == QLatin1String(s.code))
            return QCoreApplication::translate("CaseStatus", s.label);
    return code;
}

} // namespace passerelle::CaseStatusText
