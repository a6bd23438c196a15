#include "domain/Validation.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
} // namespace

void Validator::requireText(const QString &field, const QString &value, const QString &label)
{
    if (value.trimmed().isEmpty())
        fail(field,
             QCoreApplication::translate("Validation", "« %1 » est obligatoire.").arg(label));
}

void Validator::maxLength(const QString &field, const QString &value, int max, const QString &label)
{
    if (value.size() > max)
        fail(field, QCoreApplication::translate("Validation", "« %1 » dépasse %2 caractères.")
                        .arg(label)
                        .arg(max));
}

void Validator::requireDate(const QString &field, const QDate &value, const QString &label)
{
    if (!value.isValid())
        fail(field, QCoreApplication::translate("Validation", "« %1 » doit être une date valide.")
                        .arg(label));
}

void Validator::dateOrder(const QDate &earlier, const QString &laterField, const QDate &later,
                          const QString &earlierLabel, const QString &laterLabel)
{
    if (earlier.isValid() && later.isValid() && later < earlier)
        fail(laterField,
             QCoreApplication::translate("Validation", "« %1 » ne peut pas précéder « %2 ».")
                 .arg(laterLabel, earlierLabel));
}

void Validator::range(const QString &field, double value, double min, double max,
                      const QString &label)
{
    if (value < min || value > max)
        fail(field,
             QCoreApplication::translate("Validation", "« %1 » doit être compris entre %2 et %3.")
                 .arg(label, QString::number(min), QString::number(max)));
}

void Validator::throwIfFailed() const
{
    if (!m_errors.isEmpty())
        throw ValidationError(m_errors, m_record);
}

} // namespace passerelle
