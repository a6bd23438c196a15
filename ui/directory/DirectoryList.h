#pragma once

#include "util/Uuid.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace passerelle {

class DirectoryFilterModel;

// The list half of a directory page: a search field filtering as one types, the count of
// what it keeps, "archived too", and a sortable table over a model answering the
// DirectoryRole roles. Down in the search field goes to the table; Enter on a row emits
// activated(). The current row is kept across a reload by the id of its record.
class DirectoryList : public QWidget
{
    Q_OBJECT

public:
    // `countText(shown, total)` says what the list holds ("3 partenaires sur 12").
    DirectoryList(QAbstractItemModel *model, const QString &accessibleName,
                  std::function<QString(int shown, int total)> countText,
                  QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    QCheckBox *showArchived() const { return m_showArchived; }
    DirectoryFilterModel *filter() const { return m_filter; }
    QString countText() const;

    Uuid currentId() const;
    bool currentIsArchived() const;
    // Makes the row of `id` current (the first row when it is not shown).
    void selectId(const Uuid &id);
    // Widths from sample texts, so that the page looks the same on every screen.
    void setColumnSamples(const QStringList &samples);

Q_SIGNALS:
    void activated(const passerelle::Uuid &id);
    void currentChanged(const passerelle::Uuid &id);
    void showArchivedChanged(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    QAbstractItemModel *m_model;
    std::function<QString(int, int)> m_countText;
    DirectoryFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace passerelle
