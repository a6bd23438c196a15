#pragma once

#include "queries/CaseTimelineQuery.h"

#include <QAbstractTableModel>
#include <QDate>

namespace passerelle {

// A case's timeline (interventions and commission reviews, newest first) for a table view,
// a page at a time: the first page on setCase(), the next ones through canFetchMore /
// fetchMore (the view asks when the person scrolls to the end; the tab's "more" button asks
// too). Rows are value snapshots.
class CaseTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Time,
        Nature,
        Type,
        Channel,
        Status,
        Duration,
        Workers,
        Note,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, // the intervention's or session's id (bytes)
        KindRole               // int(CaseTimelineEntry::Kind)
    };

    // `query` must outlive the model.
    explicit CaseTimelineModel(CaseTimelineQuery &query, QObject *parent = nullptr);

    // Reads the summary and the first page of the case's timeline.
    void setCase(const Uuid &caseId, const QDate &today);
    void reload();
    void setPageSize(int size) { m_pageSize = size; }

    const CaseTimelineEntry &entryAt(int row) const { return m_entries.at(row); }
    const CaseTimelineQuery::Summary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "1 h 30", "45 min".
    static QString durationText(qint64 minutes);

Q_SIGNALS:
    void loadFailed(const QString &message);
    // Rows were added or the timeline read again.
    void loaded();

private:
    QString statusText(const CaseTimelineEntry &e) const;
    bool isOverdue(const CaseTimelineEntry &e) const;

    CaseTimelineQuery &m_query;
    Uuid m_caseId;
    QDate m_today;
    int m_pageSize = CaseTimelineQuery::DefaultPageSize;
    QList<CaseTimelineEntry> m_entries;
    CaseTimelineQuery::Summary m_summary;
    CaseTimelineQuery::Cursor m_next;
    bool m_hasMore = false;
};

} // namespace passerelle
