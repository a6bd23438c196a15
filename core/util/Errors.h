#pragma once

#include "util/TrContext.h"

#include <QList>
#include <QString>

#include <exception>

namespace passerelle {

// Base of every error core reports to a person. The message is already translated
// (built with QCoreApplication::translate) and names what and where.
class Error : public std::exception
{
public:
    explicit Error(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// One refused field: `field` is the column / form field name, `message` is translated.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// A record refused by validation. `record` says which (e.g. "case PA-2025-0017" or a table
// and id), `field` is the column / form field name, so the UI can put the message beside it.
class ValidationError : public Error
{
public:
    ValidationError(QString field, QString message, QString record = {})
        : Error(compose(record, field, message)), m_record(std::move(record)),
          m_field(std::move(field)), m_reason(std::move(message))
    {
    }
    // Every refused field of the record, first one first (so a form can mark them all).
    ValidationError(const FieldErrors &errors, QString record)
        : ValidationError(errors.value(0).field, errors.value(0).message, std::move(record))
    {
        m_all = errors;
    }
    const QString &record() const { return m_record; }
    const QString &field() const { return m_field; }
    const QString &reason() const { return m_reason; }
    FieldErrors all() const { return m_all.isEmpty() ? FieldErrors{{m_field, m_reason}} : m_all; }

private:
    static QString compose(const QString &record, const QString &field, const QString &message)
    {
        QString out;
        if (!record.isEmpty())
            out += record + QStringLiteral(" — ");
        if (field.isEmpty())
            return out + message;
        // French sets a space before the colon, English none: the catalogue says which.
        return out + ValidationText::tr("%1 : %2", "field name : message").arg(field, message);
    }
    QString m_record;
    QString m_field;
    QString m_reason;
    FieldErrors m_all;
};

// The database could not be opened, read or written.
class StorageError : public Error
{
public:
    using Error::Error;
};

// The file was written by a newer Passerelle: refused rather than damaged.
class SchemaTooNewError : public StorageError
{
public:
    SchemaTooNewError(QString message, int fileVersion, int programVersion)
        : StorageError(std::move(message)), m_fileVersion(fileVersion),
          m_programVersion(programVersion)
    {
    }
    int fileVersion() const { return m_fileVersion; }
    int programVersion() const { return m_programVersion; }

private:
    int m_fileVersion;
    int m_programVersion;
};

} // namespace passerelle
