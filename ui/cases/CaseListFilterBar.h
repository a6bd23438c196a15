#pragma once

#include "queries/CaseListChoices.h"
#include "queries/CaseListFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace passerelle {

// The search field and the filters above the case list. Says what the person asks for as
// a CaseListFilter (filterChanged) and knows nothing of how it is read.
//
// The search follows each keystroke after a short pause (searchDelay()), which only
// gathers keys typed faster than a list can be read; the filters apply at once.
class CaseListFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListFilterBar(QWidget *parent = nullptr);
    ~CaseListFilterBar() override;

    CaseListFilter filter() const;
    // Fills the programme, worker and landlord choices, keeping those chosen when they
    // still exist. Does not emit filterChanged: the caller reloads the list itself.
    void setChoices(const QList<CaseListChoices::Choice> &programmes,
                    const QList<CaseListChoices::Choice> &workers,
                    const QList<CaseListChoices::Choice> &landlords);

    QLineEdit *searchField() const { return m_search; }
    // The count of cases kept ("12 situations sur 1 500"), at the end of the bar.
    QLabel *countLabel() const { return m_count; }

    static constexpr int SearchDelayMs = 0;

public Q_SLOTS:
    // Puts the focus in the search field and selects what it holds (Ctrl+F).
    void focusSearch();
    // Back to every case: empties the search and every filter.
    void clearAll();

Q_SIGNALS:
    void filterChanged(const passerelle::CaseListFilter &filter);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *newCombo(const char *objectName, const QString &accessibleName);
    static void fill(QComboBox *combo, const QString &everything,
                     const QList<CaseListChoices::Choice> &choices, bool withCode);
    void emitFilter();

    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_programme = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_worker = nullptr;
    QComboBox *m_landlord = nullptr;
    QCheckBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    CaseListFilter m_emitted;
};

} // namespace passerelle
