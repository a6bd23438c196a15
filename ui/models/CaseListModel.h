#pragma once

#include "queries/CaseListFilter.h"
#include "queries/CaseListOrder.h"
#include "queries/CaseListQuery.h"
#include "queries/CaseListRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace passerelle {

class CaseListLoader;

// The case list as a table: value snapshots (CaseListRow) read a page at a time by a
// CaseListLoader, off the GUI thread.
//
// Changing the filter or the order, or reload(), starts a new listing: the rows shown stay
// until its first page arrives, then the model is reset with it (listingLoaded), and the
// counts follow (countsChanged). The view asks for the next pages through canFetchMore()/
// fetchMore() as it scrolls; they are appended when they arrive. So a 100 000-case
// database never has more rows in memory than a person has scrolled past, and the GUI
// thread never waits for SQLite. Sorting is done by the query (sort() starts a listing in
// the new order), never over the rows loaded so far.
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

    // `loader` must outlive the model. The model is empty until reload().
    explicit CaseListModel(CaseListLoader &loader, QObject *parent = nullptr);

    const CaseListFilter &filter() const { return m_filter; }
    // Sets the filter and, when it differs from the current one, starts a listing (once
    // reload() has started the first).
    void setFilter(const CaseListFilter &filter);
    const CaseListOrder &order() const { return m_order; }
    void setOrder(const CaseListOrder &order);
    // Starts a listing with the current filter and order (rows further down are dropped,
    // to be fetched again as the view scrolls).
    void reload();
    // A listing has been asked for and its first page has not arrived yet.
    bool isLoading() const { return m_loading; }
    // A next page has been asked for (fetchMore) and has not arrived yet.
    bool isFetching() const { return m_fetching; }
    // The counts are those of the listing asked for last.
    bool hasCurrentCounts() const { return m_countedListing == m_listing; }

    // How many cases the filter keeps (rows loaded so far plus those still to fetch), and
    // how many the list holds without a filter; -1 until the first counts arrive.
    qint64 totalCount() const { return m_totalCount; }
    qint64 liveCount() const { return m_liveCount; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    const CaseListRow &rowAt(int row) const { return m_rows.at(row); }

    static CaseListOrder::Key orderKey(Column column);
    static Column columnOf(CaseListOrder::Key key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The first page of the listing asked last is in the model.
    void listingLoaded();
    void countsChanged(qint64 matching, qint64 total);
    void loadingChanged(bool loading);
    // The database refused a read; the message is translated and names no person.
    void loadFailed(const QString &message);

private:
    void showPage(quint64 listing, const CaseListQuery::Page &page, bool first);
    void showCounts(quint64 listing, qint64 matching, qint64 total);
    void showFailure(quint64 listing, const QString &message);
    void setLoading(bool loading);
    QVariant display(const CaseListRow &row, Column column) const;

    CaseListLoader &m_loader;
    CaseListFilter m_filter;
    CaseListOrder m_order;
    quint64 m_listing = 0; // the listing asked last; answers for older ones are dropped
    quint64 m_countedListing = 0;
    QList<CaseListRow> m_rows;
    CaseListQuery::Cursor m_next;
    bool m_hasMore = false;
    bool m_fetching = false;
    bool m_loading = false;
    qint64 m_totalCount = -1;
    qint64 m_liveCount = -1;
    int m_pageSize = CaseListQuery::DefaultPageSize;
};

} // namespace passerelle
