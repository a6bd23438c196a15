#include "storage/SqlQuery.h"

#include "util/Errors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace passerelle::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw StorageError(QCoreApplication::translate("Storage", "Requête invalide : %1 (%2)")
                               .arg(q.lastError().text(), sql.left(80)));
    return q;
}

bool isConstraintFailure(const QString &m)
{
    return m.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive);
}

QString constraintField(const QString &m)
{
    static const QRegularExpression named(
        QStringLiteral("(CHECK|NOT NULL|UNIQUE) constraint failed: ([A-Za-z0-9_.]+)"));
    const auto match = named.match(m);
    if (!match.hasMatch())
        return {};
    QString field = match.captured(2);
    const qsizetype dot = field.lastIndexOf(u'.');
    return dot >= 0 ? field.mid(dot + 1) : field;
}

QString constraintMessage(const QString &m, const QString &field)
{
    if (m.contains(QLatin1String("NOT NULL")))
        return QCoreApplication::translate("Validation", "valeur obligatoire manquante (%1)")
            .arg(field);
    if (m.contains(QLatin1String("UNIQUE")) || m.contains(QLatin1String("PRIMARY KEY")))
        return QCoreApplication::translate("Validation", "cet enregistrement existe déjà (%1)")
            .arg(field);
    if (m.contains(QLatin1String("FOREIGN KEY")))
        return QCoreApplication::translate("Validation",
                                           "référence vers un enregistrement inexistant");
    return QCoreApplication::translate("Validation", "valeur refusée pour %1").arg(field);
}

void exec(QSqlQuery &query, const QString &record)
{
    if (query.exec())
        return;
    const QString message = query.lastError().databaseText().isEmpty()
                                ? query.lastError().text()
                                : query.lastError().databaseText();
    if (isConstraintFailure(message)) {
        const QString field = constraintField(message);
        throw ValidationError(field, constraintMessage(message, field), record);
    }
    throw StorageError(
        QCoreApplication::translate("Storage", "Erreur d'écriture : %1").arg(message));
}

QVariant uuid(const Uuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(id.bytes());
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant integer(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant boolean(std::optional<bool> v)
{
    return v ? QVariant(qint64(*v ? 1 : 0)) : QVariant(QMetaType::fromType<qint64>());
}

Uuid uuidAt(const QSqlQuery &q, int column)
{
    return Uuid::fromBytes(q.value(column).toByteArray());
}

QDate dateAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<qint64> integerAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<bool> booleanAt(const QSqlQuery &q, int column)
{
    const auto v = integerAt(q, column);
    if (!v)
        return std::nullopt;
    return *v != 0;
}

} // namespace passerelle::sql
