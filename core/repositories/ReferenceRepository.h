#pragma once

#include "domain/ReferenceItem.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;

// The reference lists (ref_<list> tables): items for combo boxes, and the coordinator's
// extensions (add an item, relabel one, archive one). A list is named as in
// resources/reference/reference_lists.json ("partner_type", "prs_axis", …); an unknown
// name is refused with a ValidationError on field "list".
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database &db, const Clock &clock = systemClock());

    static bool isKnownList(const QString &list);

    // Items in combo-box order (position, then code); archived ones only when asked.
    QList<ReferenceItem> items(const QString &list, bool includeArchived = false);
    std::optional<ReferenceItem> find(const QString &list, const QString &code);
    // True for any item of the list, archived included: records keep the codes they carry.
    bool contains(const QString &list, const QString &code);
    // The label of `code` in `language`; the code itself when the list does not have it.
    QString label(const QString &list, const QString &code,
                  LabelLanguage language = currentLabelLanguage());

    // Adds an item at the end of the list. The code must be new to the list (archived
    // items included, so that an old record never changes meaning).
    void add(const QString &list, ReferenceItem item);
    // Changes the labels of an existing item; the French label is required.
    void relabel(const QString &list, const QString &code, const QString &labelFr,
                 const QString &labelEn);
    // Withdraws an item from new choices (archive) or offers it again (restore).
    void archive(const QString &list, const QString &code);
    void restore(const QString &list, const QString &code);

private:
    QString table(const QString &list) const; // "ref_" + list, after checking the name
    void setArchived(const QString &list, const QString &code, bool archived);

    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
};

} // namespace passerelle
