#include "domain/Person.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace passerelle {

namespace {
// A code must not give the name away: a name part of three letters or more inside the
// code is refused.
bool revealsName(const QString &code, const QString &name)
{
    const QStringList parts =
        name.split(QRegularExpression(QStringLiteral("[\\s\\-']+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.size() >= 3 && code.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QString toCode(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("f");
    case Sex::Male:
        return QStringLiteral("m");
    case Sex::Other:
        return QStringLiteral("x");
    }
    Q_UNREACHABLE();
}

std::optional<Sex> sexFromCode(QStringView code)
{
    for (const Sex s : {Sex::Female, Sex::Male, Sex::Other}) {
        if (code == toCode(s))
            return s;
    }
    return std::nullopt;
}

QString label(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QCoreApplication::translate("Domain", "Femme");
    case Sex::Male:
        return QCoreApplication::translate("Domain", "Homme");
    case Sex::Other:
        return QCoreApplication::translate("Domain", "Autre");
    }
    Q_UNREACHABLE();
}

bool codeRevealsName(const Person &p)
{
    return revealsName(p.code, p.firstName) || revealsName(p.code, p.lastName);
}

void validate(const Person &p)
{
    Validator v(p.code.isEmpty() ? QStringLiteral("person") : p.code);
    v.requireText(QStringLiteral("code"), p.code, ValidationText::tr("Code"));
    v.maxLength(QStringLiteral("code"), p.code, 40, ValidationText::tr("Code"));
    if (codeRevealsName(p))
        v.fail(QStringLiteral("code"),
               ValidationText::tr(
                   "Le code d'une personne est pseudonyme : il ne doit pas reprendre son nom."));
    v.maxLength(QStringLiteral("first_name"), p.firstName, 100, ValidationText::tr("Prénom"));
    v.maxLength(QStringLiteral("last_name"), p.lastName, 100, ValidationText::tr("Nom"));
    if (p.birthYear)
        v.range(QStringLiteral("birth_year"), *p.birthYear, 1900, 2100,
                ValidationText::tr("Année de naissance"));
    if (!p.relation.isEmpty() && p.householdId.isNull())
        v.fail(QStringLiteral("relation"),
               ValidationText::tr(
                   "« Lien dans le ménage » suppose que la personne appartienne à un ménage."));
    v.throwIfFailed();
}

QString pseudonymousCode(const QString &prefix, const Uuid &id, int attempt)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(id.bytes());
    hash.addData(QByteArray::number(attempt));
    const QByteArray digest = hash.result();
    quint64 bits = 0;
    for (int i = 0; i < 4; ++i)
        bits = (bits << 8) | uchar(digest[i]);
    QString code = prefix;
    for (int i = 0; i < 6; ++i)
        code += QLatin1Char(alphabet[(bits >> (5 * i)) & 0x1F]);
    return code;
}

QString personCodeFor(const Uuid &id, int attempt)
{
    return pseudonymousCode(QStringLiteral("P-"), id, attempt);
}

} // namespace passerelle
