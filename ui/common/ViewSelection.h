#pragma once

#include <QAbstractItemView>
#include <QSortFilterProxyModel>

namespace passerelle {

// After a list is reloaded: the current row becomes the one showing source row `sourceRow`
// (the record that was current before), or the first row shown when that record is gone
// (`sourceRow` < 0); nothing is selected in an empty list.
inline void selectSourceRowOrFirst(QAbstractItemView *view, const QSortFilterProxyModel *sorted,
                                   int sourceRow)
{
    const QModelIndex wanted =
        sourceRow >= 0 ? sorted->mapFromSource(sorted->sourceModel()->index(sourceRow, 0))
                       : QModelIndex();
    if (wanted.isValid())
        view->setCurrentIndex(wanted);
    else if (sorted->rowCount() > 0)
        view->setCurrentIndex(sorted->index(0, 0));
}

} // namespace passerelle
