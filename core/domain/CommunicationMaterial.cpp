#include "domain/CommunicationMaterial.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>

namespace passerelle {

QString recordLabel(const CommunicationMaterial &material)
{
    if (!material.title.trimmed().isEmpty())
        return QCoreApplication::translate("Domain", "support « %1 »").arg(material.title);
    return QStringLiteral("communication_material ") + material.id.toString();
}

void validate(const CommunicationMaterial &m, Validator &v)
{
    if (m.programmeId.isNull())
        v.fail(QStringLiteral("programme_id"),
               ValidationText::tr("« Programme » est obligatoire."));
    v.requireText(QStringLiteral("material_type"), m.materialType,
                  ValidationText::tr("Type de support"));
    v.requireText(QStringLiteral("title"), m.title, ValidationText::tr("Titre"));
    v.maxLength(QStringLiteral("title"), m.title, 200, ValidationText::tr("Titre"));
    if (m.quantityMade < 0)
        v.fail(QStringLiteral("quantity_made"),
               ValidationText::tr("« Quantité réalisée » ne peut pas être négative."));
    if (m.quantityDistributed < 0)
        v.fail(QStringLiteral("quantity_distributed"),
               ValidationText::tr("« Quantité diffusée » ne peut pas être négative."));
    else if (m.quantityDistributed > m.quantityMade && m.quantityMade >= 0)
        v.fail(
            QStringLiteral("quantity_distributed"),
            ValidationText::tr("« Quantité diffusée » ne peut pas dépasser la quantité réalisée."));
    v.requireDate(QStringLiteral("made_on"), m.madeOn, ValidationText::tr("Date de réalisation"));
}

void validate(const CommunicationMaterial &material)
{
    Validator v(recordLabel(material));
    validate(material, v);
    v.throwIfFailed();
}

} // namespace passerelle
