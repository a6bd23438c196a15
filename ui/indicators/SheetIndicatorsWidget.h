#pragma once

#include "indicators/ReportingPeriod.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace passerelle {

class BackgroundRead;
class Database;
class DialogService;
class SheetIndicatorsModel;

// The indicators of one action sheet (its "Indicateurs" tab, or alone in a dialog):
// process, result and impact indicators with their target, whether they are computed or
// entered by hand, and their value for the chosen year, computed on a worker thread. From
// here: add and edit an indicator (IndicatorDialog, with its definition and live preview),
// enter or clear the value of one entered by hand, archive one (after confirmation) and
// restore it from the archived ones.
class SheetIndicatorsWidget : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the widget.
    SheetIndicatorsWidget(Database &db, DialogService &dialogs, const Clock &clock, const Uuid &sheetId,
                          QWidget *parent = nullptr);
    ~SheetIndicatorsWidget() override;

    SheetIndicatorsModel &model() const { return *m_model; }
    QTableView *view() const { return m_view; }
    ReportingPeriod period() const;
    void setYear(int year);
    bool isLoading() const;
    // Selects the row of `indicatorId` (false when it is not listed).
    bool select(const Uuid &indicatorId);
    Uuid currentId() const;

public Q_SLOTS:
    // Reads the indicators again and computes their values for the period.
    void reload();
    void addIndicator();
    void editCurrent();
    void enterValue();
    void clearValue();
    void archiveCurrent();
    void restoreCurrent();
    // One place up (-1) or down (+1) among the indicators of its kind.
    void moveCurrent(int delta);

Q_SIGNALS:
    // The values of the listed indicators are on screen (or failed).
    void loaded(bool ok);
    // An indicator was added, edited, archived or restored, or a value entered or cleared.
    void indicatorsChanged();

private:
    void updateActions();
    int currentRow() const;

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    Uuid m_sheet;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QTableView *m_view = nullptr;
    SheetIndicatorsModel *m_model = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_value = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_status = nullptr;
    BackgroundRead *m_read = nullptr;
    quint64 m_generation = 0;
    bool m_reloadPending = false;
};

} // namespace passerelle
