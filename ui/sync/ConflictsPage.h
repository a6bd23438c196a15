#pragma once

#include <QByteArray>
#include <QWidget>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace passerelle {

class Clock;
class ConflictModel;
class Database;
class DialogService;
class SyncOverview;

// The "Conflits" page, for coordinators: every value that lost against a concurrent edit
// made on another device, with the record it concerns (its case number or code, never a
// name), the field, the value kept now and the other one, who wrote the other and when.
// "À traiter" hides conflicts where both devices wrote the same value; "Tous" shows them.
// "Garder" and "Utiliser l'autre valeur" are decisions that replicate (ConflictResolution):
// the conflict leaves the list here, and on every other device once it has received the
// next bundle from this one.
class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Filter
    {
        ToDecide,
        All
    };

    // `db`, `dialogs` and `clock` must outlive the page.
    ConflictsPage(Database &db, DialogService &dialogs, const Clock &clock,
                  QWidget *parent = nullptr);
    ~ConflictsPage() override;

    ConflictModel &model() const { return *m_model; }
    QTableView *view() const { return m_view; }
    void setFilter(Filter filter);

public Q_SLOTS:
    // Reads the conflict log again (after an import, say), keeping the chosen conflict.
    void reload();
    // "Garder": the chosen conflict is settled with the value kept now.
    void keepCurrent();
    // "Utiliser l'autre valeur", after a confirmation: the other value is written back.
    void useOther();

Q_SIGNALS:
    // A decision was recorded: the conflict counts changed.
    void conflictsChanged();
    // "Utiliser l'autre valeur" changed a record: pages showing it should read it again.
    void dataChanged();

private:
    void buildUi();
    void showDetail();
    QByteArray currentId() const;
    bool decide(bool useOther);

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<SyncOverview> m_overview;
    ConflictModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QGroupBox *m_detail = nullptr;
    QLabel *m_record = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_currentWho = nullptr;
    QPlainTextEdit *m_current = nullptr;
    QPlainTextEdit *m_other = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_useOther = nullptr;
};

} // namespace passerelle
