#pragma once

#include "util/Errors.h"

#include <QDate>
#include <QString>

namespace passerelle {

// Collects every refused field of one record, then throws them together, so that a form
// can show each message beside its field and a CLI names the first.
class Validator
{
public:
    explicit Validator(QString record = {}) : m_record(std::move(record)) {}

    void fail(const QString &field, const QString &message) { m_errors.append({field, message}); }
    // Non-blank text; `label` is the French name shown to the person.
    void requireText(const QString &field, const QString &value, const QString &label);
    void maxLength(const QString &field, const QString &value, int max, const QString &label);
    void requireDate(const QString &field, const QDate &value, const QString &label);
    // Both valid and `earlier` after `later` → error on laterField.
    void dateOrder(const QDate &earlier, const QString &laterField, const QDate &later,
                   const QString &earlierLabel, const QString &laterLabel);
    void range(const QString &field, double value, double min, double max, const QString &label);

    bool ok() const { return m_errors.isEmpty(); }
    const FieldErrors &errors() const { return m_errors; }
    // Throws ValidationError with every collected error; does nothing when all is well.
    void throwIfFailed() const;

private:
    QString m_record;
    FieldErrors m_errors;
};

} // namespace passerelle
