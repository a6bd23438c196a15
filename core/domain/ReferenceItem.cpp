#include "domain/ReferenceItem.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace passerelle {

LabelLanguage currentLabelLanguage()
{
    return QLocale().language() == QLocale::English ? LabelLanguage::English
                                                    : LabelLanguage::French;
}

QString ReferenceItem::label(LabelLanguage language) const
{
    if (language == LabelLanguage::English && !labelEn.trimmed().isEmpty())
        return labelEn;
    return labelFr;
}

bool isValidReferenceCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_]{0,39}$"));
    return pattern.match(code).hasMatch();
}

QString recordLabel(const ReferenceItem &item)
{
    return QCoreApplication::translate("Domain", "élément de liste « %1 »").arg(item.code);
}

void validate(const ReferenceItem &item, Validator &v)
{
    if (item.code.isEmpty())
        v.fail(QStringLiteral("code"), ValidationText::tr("« Code » est obligatoire."));
    else if (!isValidReferenceCode(item.code))
        v.fail(QStringLiteral("code"),
               ValidationText::tr(
                   "« Code » ne peut contenir que des lettres sans accent, des chiffres et « _ », "
                   "commencer par une lettre ou un chiffre et compter 40 caractères au plus."));
    v.requireText(QStringLiteral("label_fr"), item.labelFr,
                  ValidationText::tr("Libellé (français)"));
    v.maxLength(QStringLiteral("label_fr"), item.labelFr, 200,
                ValidationText::tr("Libellé (français)"));
    v.maxLength(QStringLiteral("label_en"), item.labelEn, 200,
                ValidationText::tr("Libellé (anglais)"));
}

void validate(const ReferenceItem &item)
{
    Validator v(recordLabel(item));
    validate(item, v);
    v.throwIfFailed();
}

} // namespace passerelle
