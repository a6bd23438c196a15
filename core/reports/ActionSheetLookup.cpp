#include "reports/ActionSheetLookup.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
struct Candidate
{
    Uuid id;
    QString programme;
    int startYear = 0;
    int endYear = 0;
    QDate start;
    QDate end;
};

bool covers(const Candidate &c, const ReportingPeriod &p)
{
    if (c.start.isValid() || c.end.isValid())
        return (!c.start.isValid() || c.start <= p.end) && (!c.end.isValid() || c.end >= p.start);
    return (c.startYear == 0 || c.startYear <= p.end.year()) &&
           (c.endYear == 0 || c.endYear >= p.start.year());
}
} // namespace

Uuid ActionSheetLookup::resolve(Database &db, const QString &idOrNumber, const ReportingPeriod &period)
{
    const QString field = QStringLiteral("action");
    const Uuid id = Uuid::fromString(idOrNumber.trimmed());
    if (!id.isNull()) {
        SqliteStatement q(db.handle(), "SELECT 1 FROM action_sheet WHERE id = ?");
        q.bindBlob(1, id.bytes());
        if (!q.step())
            throw ValidationError(
                field,
                ReportsText::tr("Aucune fiche action n'a l'identifiant %1.").arg(idOrNumber));
        return id;
    }
    SqliteStatement q(db.handle(),
                      "SELECT s.id, p.code, s.start_year, s.end_year, s.period_start, s.period_end"
                      " FROM action_sheet s JOIN programme p ON p.id = s.programme_id"
                      " WHERE s.number = ? AND s.archived_at IS NULL ORDER BY s.start_year, s.id");
    q.bindText(1, idOrNumber.trimmed());
    QList<Candidate> all;
    while (q.step())
        all.append({Uuid::fromBytes(q.blob(0)), q.text(1), int(q.int64(2)), int(q.int64(3)),
                    QDate::fromString(q.text(4), Qt::ISODate), QDate::fromString(q.text(5), Qt::ISODate)});
    if (all.isEmpty())
        throw ValidationError(
            field,
            ReportsText::tr("Aucune fiche action ne porte le numéro « %1 ».").arg(idOrNumber));
    QList<Candidate> covering;
    for (const Candidate &c : all)
        if (covers(c, period))
            covering.append(c);
    const QList<Candidate> &pick = covering.isEmpty() ? all : covering;
    if (pick.size() == 1)
        return pick.first().id;
    QStringList names;
    for (const Candidate &c : pick)
        names.append(QStringLiteral("%1 (%2, %3–%4)")
                         .arg(c.id.toString(), c.programme)
                         .arg(c.startYear)
                         .arg(c.endYear));
    throw ValidationError(
        field, ReportsText::tr("Plusieurs fiches portent le numéro « %1 » pour cette période ; "
                               "indiquez son identifiant : %2.")
                   .arg(idOrNumber, names.join(QStringLiteral(", "))));
}

} // namespace passerelle
