#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace passerelle {

// The roles every directory model (sessions, partners, workers, programmes) answers, so one
// list widget and one filter serve the four pages.
namespace DirectoryRole {
enum : int {
    Id = Qt::UserRole + 64, // passerelle::Uuid of the row's record
    Sort,                   // the raw value a column sorts on (QDate, int, double, text)
    Search,                 // the row's searchable text, already folded (column 0 only)
    Archived                // bool
};
}

// Sorts on DirectoryRole::Sort and keeps the rows whose searchable text holds every word
// typed, whatever their case and accents ("equipe chaumont" finds "Équipe … Chaumont").
class DirectoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DirectoryFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    // Lower case, accents and other combining marks taken off: what both sides of a search
    // are compared in.
    static QString fold(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace passerelle
