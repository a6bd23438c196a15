#include "directory/DirectoryFilterModel.h"

#include <QCollator>
#include <QDate>

namespace passerelle {

DirectoryFilterModel::DirectoryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DirectoryRole::Sort);
    setDynamicSortFilter(true);
}

QString DirectoryFilterModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

void DirectoryFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool DirectoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text =
        sourceModel()->index(sourceRow, 0, sourceParent).data(DirectoryRole::Search).toString();
    for (const QString &word : m_words)
        if (!text.contains(word))
            return false;
    return true;
}

bool DirectoryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(DirectoryRole::Sort);
    const QVariant b = right.data(DirectoryRole::Sort);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        // "Élus" between "Eaux" and "Fédération", as a French reader expects.
        static thread_local QCollator collator = [] {
            QCollator c;
            c.setCaseSensitivity(Qt::CaseInsensitive);
            c.setNumericMode(true);
            return c;
        }();
        return collator.compare(a.toString(), b.toString()) < 0;
    }
    // Empty values (no date, no duration) go first in ascending order.
    if (!a.isValid() || a.isNull())
        return b.isValid() && !b.isNull();
    if (!b.isValid() || b.isNull())
        return false;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace passerelle
