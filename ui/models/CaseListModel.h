#pragma once

#include "queries/CaseListFilter.h"
#include "queries/CaseListQuery.h"
#include "queries/CaseListRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace passerelle {

// The case list as a table: value snapshots (CaseListRow) read a page at a time.
// reload() reads the first page and the count; the view asks for the next pages through
// canFetchMore()/fetchMore() as it scrolls, so a 100 000-case database never has more
// rows in memory than a person has scrolled past.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Number,
        Programme,
        Status,
        Person,
        Commune,
        ReferralPartner,
        IdentifiedOn,
        LastStatusChange,
        Count
    };
    // Qt::UserRole on any cell gives the case id (passerelle::Uuid).
    static constexpr int CaseIdRole = Qt::UserRole;

    // `query` must outlive the model. The model is empty until reload().
    explicit CaseListModel(CaseListQuery &query, QObject *parent = nullptr);

    const CaseListFilter &filter() const { return m_filter; }
    // Sets the filter and reloads.
    void setFilter(const CaseListFilter &filter);
    // Reads the first page and the count again (rows further down are dropped, to be
    // fetched again as the view scrolls).
    void reload();
    // How many cases the filter keeps: rows loaded so far plus those still to fetch.
    qint64 totalCount() const { return m_totalCount; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    const CaseListRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    // The database refused a read; the message is translated and names no person.
    void loadFailed(const QString &message);

private:
    QVariant display(const CaseListRow &row, Column column) const;

    CaseListQuery &m_query;
    CaseListFilter m_filter;
    QList<CaseListRow> m_rows;
    CaseListQuery::Cursor m_next;
    bool m_hasMore = false;
    qint64 m_totalCount = 0;
    int m_pageSize = CaseListQuery::DefaultPageSize;
};

} // namespace passerelle
