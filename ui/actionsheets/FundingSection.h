#pragma once

#include "casefile/SnapshotListModel.h"
#include "domain/Funding.h"
#include "util/Errors.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace passerelle {

class Clock;
class Database;
class FormErrors;

// "Financeurs et montants" of the sheet: the funding earmarked for it (FundingRepository),
// one line per funder and year, with the total. Kept apart from the sheet's sections because
// funding is its own record: save() writes the lines in the form's transaction.
class FundingSection : public QWidget
{
    Q_OBJECT

public:
    FundingSection(Database &db, FormErrors &errors, QWidget *parent = nullptr);

    // The lines earmarked for `sheetId` (none for a new sheet); `defaultYear` for added lines.
    void load(const Uuid &sheetId, int defaultYear);
    // Creates the new lines, updates the changed ones and archives the removed ones, all for
    // `sheetId` of `programmeId`. Throws ValidationError with the line made current.
    void save(const Clock &clock, const Uuid &sheetId, const Uuid &programmeId);

    QTableView *view() const { return m_view; }
    SnapshotListModel<Funding> &model() { return m_model; }
    QString totalText() const;

public Q_SLOTS:
    void addLine();
    void removeCurrent();

Q_SIGNALS:
    void edited();

private:
    int currentRow() const;
    void showCurrent();
    void commitCurrent();
    void updateTotal();

    Database &m_db;
    bool m_loading = false;
    int m_defaultYear = 0;
    QList<Funding> m_stored;
    SnapshotListModel<Funding> m_model;
    QTableView *m_view = nullptr;
    QWidget *m_detail = nullptr;
    QLineEdit *m_funder = nullptr;
    QComboBox *m_partner = nullptr;
    QSpinBox *m_year = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace passerelle
