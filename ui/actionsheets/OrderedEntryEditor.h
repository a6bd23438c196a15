#pragma once

#include "casefile/SnapshotListModel.h"
#include "util/Uuid.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace passerelle {

class DateLineEdit;

// One row of an ordered, dated list of the sheet: an operational objective (with the
// sheet's own wording of its due date) or an implementation step.
struct OrderedEntry
{
    Uuid id; // kept across edits so that the repository updates the row instead of replacing it
    QString text;
    QDate dueDate;
    QString dueText;
};

// Edits an ordered list (operational objectives, implementation steps): the list above, the
// chosen entry's fields below, and buttons to add, remove and move entries. Every change
// reaches the list at once; the order of the list is the order saved.
class OrderedEntryEditor : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString what;   // "objectif" — object names and accessible names
        QString add;    // "&Ajouter un objectif"
        QString remove; // "Supprimer l'objectif"
    };
    OrderedEntryEditor(const QString &field, Texts texts, bool withDueText,
                       QWidget *parent = nullptr);

    QList<OrderedEntry> entries() const { return m_model.rows(); }
    void setEntries(const QList<OrderedEntry> &entries);
    // False while the due date field holds something that is not a date.
    bool hasValidInput() const;

    QTableView *view() const { return m_view; }
    SnapshotListModel<OrderedEntry> &model() { return m_model; }

public Q_SLOTS:
    void addEntry();
    void removeCurrent();
    void moveCurrent(int by);

Q_SIGNALS:
    void edited();

private:
    int currentRow() const;
    void showCurrent();
    void commitCurrent();
    void updateButtons();

    bool m_withDueText;
    bool m_loading = false;
    SnapshotListModel<OrderedEntry> m_model;
    QTableView *m_view = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPlainTextEdit *m_text = nullptr;
    DateLineEdit *m_dueDate = nullptr;
    QLineEdit *m_dueText = nullptr;
    QWidget *m_detail = nullptr;
};

} // namespace passerelle
