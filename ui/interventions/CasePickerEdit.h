#pragma once

#include "queries/CasePickerQuery.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace passerelle {

// A line where the person types the cases an intervention serves, separated by commas:
// from the second character a popup offers the cases whose number or pseudonymous code
// starts with the word being typed (a dozen rows read through CasePickerQuery, never the
// whole table); Down then Enter, or a click, puts the case number in place of the word.
// What is left typed by hand is read by resolve(): a full number, or the code of a
// person with one open case.
class CasePickerEdit : public QLineEdit
{
    Q_OBJECT

public:
    // `query` must outlive the editor.
    explicit CasePickerEdit(CasePickerQuery &query, QWidget *parent = nullptr);

    // The programme whose cases resolve() accepts (completions offer every programme's,
    // showing the programme in the case number).
    void setProgramme(const Uuid &programmeId) { m_programmeId = programmeId; }
    void setNumbers(const QStringList &numbers);
    // The words typed, in order, without separators.
    QStringList tokens() const;

    struct Resolved
    {
        QList<Uuid> ids;     // the cases found, each once, in the order typed
        QStringList errors;  // one translated message per word that names no single case
    };
    Resolved resolve();

    QWidget *popup() const;

Q_SIGNALS:
    // A case was taken from the popup (the dialog follows its programme).
    void casePicked(const passerelle::CasePickerQuery::Row &row);

protected:
    bool event(QEvent *e) override;

private:
    void updateCompletions(const QString &typed);
    void take(const QModelIndex &index);
    QString currentWord() const;

    CasePickerQuery &m_query;
    Uuid m_programmeId;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completions = nullptr;
    QList<CasePickerQuery::Row> m_rows; // behind the completion model, row for row
};

} // namespace passerelle
