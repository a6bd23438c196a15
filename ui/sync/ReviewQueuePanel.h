#pragma once

#include "util/Uuid.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace passerelle {

class Clock;
class Database;
class DialogService;
class ReviewQueueModel;
struct ReviewItem;

// The review queue of the Synchronisation page: what merges set aside (a link to a record
// deleted elsewhere, a combination a rule refuses), one row each, by case number or
// pseudonymous code. "Marquer comme traité" once the coordinator has dealt with it (fixed
// the record by hand, or decided nothing is needed); "Ouvrir la situation" when the row
// belongs to a case held here. Treated rows are hidden unless asked for.
class ReviewQueuePanel : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the panel.
    ReviewQueuePanel(Database &db, DialogService &dialogs, const Clock &clock,
                     QWidget *parent = nullptr);
    ~ReviewQueuePanel() override;

    ReviewQueueModel &model() const { return *m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *markButton() const { return m_mark; }
    QPushButton *openCaseButton() const { return m_openCase; }
    QCheckBox *showTreatedBox() const { return m_showTreated; }
    // Items still to review (treated ones excluded), as of the last reload.
    int pendingCount() const { return m_pending; }

public Q_SLOTS:
    void reload();
    void markCurrentTreated();
    void openCurrentCase();

Q_SIGNALS:
    // "Ouvrir la situation": the main window shows that case.
    void caseRequested(const passerelle::Uuid &caseId);
    // An item was marked treated: the counts changed.
    void changed();

private:
    void updateActions();
    const ReviewItem *current() const;

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    ReviewQueueModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QCheckBox *m_showTreated = nullptr;
    QPushButton *m_mark = nullptr;
    QPushButton *m_openCase = nullptr;
    int m_pending = 0;
};

} // namespace passerelle
