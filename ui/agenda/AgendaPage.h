#pragma once

#include "domain/Intervention.h"
#include "util/Uuid.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QTableView;

namespace passerelle {

class AgendaMarker;
class AgendaModel;
class AgendaQuery;
class Clock;
class Database;
class DialogService;

// A worker's week, day by day: each day's line, then its interventions. Overdue planned
// interventions (dated before today) are in bold red, and a banner counts those of every
// week with a key to the oldest. The selected interventions are marked done, cancelled or
// missed in one action (Ctrl+D, Ctrl+K, Ctrl+M; the duration is asked when marking done
// interventions that have none), and Ctrl+Z takes the last marking back. Alt+Left /
// Alt+Right change week, Ctrl+T comes back to this week. Enter or a double-click opens an
// intervention to change it; on a day's line, or with Insert, it opens the quick entry on
// that day for this worker.
class AgendaPage : public QWidget
{
    Q_OBJECT

public:
    // Asks for the duration to give the `count` interventions marked done without one;
    // nothing when the person cancels. Tests install their own answer.
    using DurationPrompt = std::function<std::optional<int>(QWidget *parent, int count)>;

    // `db`, `dialogs`, `settings` and `clock` must outlive the page. Shows the worker seen
    // last (QSettings), in the week of today.
    AgendaPage(Database &db, DialogService &dialogs, QSettings &settings, const Clock &clock,
               QWidget *parent = nullptr);
    ~AgendaPage() override;

    void setWorker(const Uuid &workerId);
    Uuid currentWorker() const;
    void showWeekOf(const QDate &day);
    QDate weekStart() const { return m_weekStart; }
    // The day a new intervention would get: the selected line's, else today in this week,
    // else the week's Monday.
    QDate selectedDay() const;
    QList<Uuid> selectedIds() const;
    void setDurationPrompt(DurationPrompt prompt) { m_durationPrompt = std::move(prompt); }

    AgendaModel &model() const { return *m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    // Reads the workers and the week again (after a change made elsewhere).
    void reload();
    void markSelected(passerelle::InterventionStatus status);
    void undoLastMarking();
    // Opens the quick entry on the selected day for this worker (not modal: the page stays
    // usable; it reloads when the intervention is saved).
    void newIntervention();
    // Opens the intervention to change it.
    void openIntervention(const passerelle::Uuid &id);
    void showOldestOverdue();

Q_SIGNALS:
    // Interventions were created, changed or marked from this page.
    void interventionsChanged();

private:
    void buildUi();
    void fillWorkers();
    void readWeek();
    void openLine(const QModelIndex &index);
    void applySpans();
    void restoreSelection(const QList<Uuid> &ids, const Uuid &current, const QDate &currentDay);
    void updateActions();
    void afterSave(const Uuid &id);

    Database &m_db;
    DialogService &m_dialogs;
    QSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<AgendaQuery> m_query;
    std::unique_ptr<AgendaMarker> m_marker;
    DurationPrompt m_durationPrompt;
    QDate m_weekStart;
    QDate m_oldestOverdue;

    QComboBox *m_worker = nullptr;
    QLabel *m_weekLabel = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QPushButton *m_overdueButton = nullptr;
    QWidget *m_overdueBanner = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_undo = nullptr;
    QList<QPushButton *> m_markButtons;
    QTableView *m_view = nullptr;
    AgendaModel *m_model = nullptr;
};

} // namespace passerelle
