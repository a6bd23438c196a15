#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSettings;
class QTableView;

namespace passerelle {

class AgendaModel;
class CaseNumberLookup;
class Clock;
class Database;
class DialogService;
enum class InterventionStatus;

// A worker's week: their interventions day by day, overdue planned ones in bold red;
// the selected ones are marked done, cancelled or missed in one action (Ctrl+D, Ctrl+K,
// Ctrl+M); Alt+Left / Alt+Right change week, Ctrl+T comes back to this week; "Nouvelle
// intervention" opens the quick entry on the selected day.
class AgendaPage : public QWidget
{
    Q_OBJECT

public:
    AgendaPage(Database &db, DialogService &dialogs, QSettings &settings, const Clock &clock,
               QWidget *parent = nullptr);
    ~AgendaPage() override;

    void setWorker(const Uuid &workerId);
    void showWeekOf(const QDate &day);
    QDate weekStart() const { return m_weekStart; }
    AgendaModel &model() const { return *m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void reload();
    void markSelected(InterventionStatus status);
    void newIntervention();

Q_SIGNALS:
    void interventionsChanged();

private:
    void buildUi();
    void fillWorkers();
    Uuid currentWorker() const;
    QList<Uuid> selectedIds() const;

    Database &m_db;
    DialogService &m_dialogs;
    QSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<CaseNumberLookup> m_lookup;
    QDate m_weekStart;
    QComboBox *m_worker = nullptr;
    QLabel *m_weekLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    AgendaModel *m_model = nullptr;
};

} // namespace passerelle
