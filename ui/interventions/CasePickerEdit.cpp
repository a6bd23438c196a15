#include "interventions/CasePickerEdit.h"

#include "models/CaseStatusText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace passerelle {

namespace {
// Commas, semicolons and blanks separate the cases typed; none appears in a number or code.
bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c.isSpace();
}

constexpr int minimumPrefix = 2;
} // namespace

CasePickerEdit::CasePickerEdit(CasePickerQuery &query, QWidget *parent)
    : QLineEdit(parent), m_query(query)
{
    m_completions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completions, this);
    // Set on the widget, not with setCompleter(): the line holds several cases, and only the
    // word being typed is completed, by take().
    m_completer->setWidget(this);
    // The query has filtered already, on numbers and codes alike.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(CasePickerQuery::DefaultLimit);
    m_completer->popup()->setObjectName(QStringLiteral("casePickerPopup"));
    m_completer->popup()->setAccessibleName(tr("Situations proposées"));
    connect(this, &QLineEdit::textEdited, this, &CasePickerEdit::updateCompletions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CasePickerEdit::take);
}

QWidget *CasePickerEdit::popup() const
{
    return m_completer->popup();
}

void CasePickerEdit::setNumbers(const QStringList &numbers)
{
    setText(numbers.join(QStringLiteral(", ")));
}

QStringList CasePickerEdit::tokens() const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text().split(separators, Qt::SkipEmptyParts);
}

QString CasePickerEdit::currentWord() const
{
    const QString t = text();
    int start = cursorPosition();
    while (start > 0 && !isSeparator(t.at(start - 1)))
        --start;
    return t.mid(start, cursorPosition() - start);
}

void CasePickerEdit::updateCompletions(const QString &)
{
    const QString word = currentWord();
    m_rows.clear();
    m_completions->clear();
    if (word.size() < minimumPrefix) {
        m_completer->popup()->hide();
        return;
    }
    m_rows = m_query.search({}, word);
    // A word that is already the one case it could be needs no popup: Enter saves.
    if (m_rows.isEmpty() ||
        (m_rows.size() == 1 && m_rows.first().number.compare(word, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    for (const CasePickerQuery::Row &row : std::as_const(m_rows)) {
        QStringList parts{row.number};
        if (!row.personCode.isEmpty())
            parts.append(row.personCode);
        parts.append(CaseStatusText::label(row.status));
        auto *item = new QStandardItem(parts.join(QStringLiteral("  ·  ")));
        item->setEditable(false);
        m_completions->appendRow(item);
    }
    m_completer->complete();
    // The first proposal is ready to take with Enter or Tab.
    m_completer->popup()->setCurrentIndex(m_completions->index(0, 0));
}

void CasePickerEdit::take(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return;
    const CasePickerQuery::Row row = m_rows.at(index.row());
    const QString t = text();
    int start = cursorPosition();
    while (start > 0 && !isSeparator(t.at(start - 1)))
        --start;
    int end = cursorPosition();
    while (end < t.size() && !isSeparator(t.at(end)))
        ++end;
    setText(t.left(start) + row.number + t.mid(end));
    setCursorPosition(start + int(row.number.size()));
    m_completer->popup()->hide();
    Q_EMIT casePicked(row);
}

bool CasePickerEdit::event(QEvent *e)
{
    // Tab takes the proposal under the cursor, then moves on as usual.
    if (e->type() == QEvent::KeyPress && m_completer->popup()->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(e);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier)
            take(m_completer->popup()->currentIndex());
    }
    return QLineEdit::event(e);
}

CasePickerEdit::Resolved CasePickerEdit::resolve()
{
    Resolved out;
    for (const QString &token : tokens()) {
        const CasePickerQuery::Resolution found = m_query.resolve(m_programmeId, token);
        if (found.cases.size() == 1) {
            if (!out.ids.contains(found.cases.first().id))
                out.ids.append(found.cases.first().id);
            continue;
        }
        if (found.cases.isEmpty()) {
            out.errors.append(tr("Aucune situation « %1 » dans ce dispositif.").arg(token));
            continue;
        }
        QStringList numbers;
        for (const CasePickerQuery::Row &r : found.cases)
            numbers.append(r.number);
        out.errors.append(found.byPersonCode
                              ? tr("%1 a plusieurs situations ouvertes (%2) : tapez le numéro.")
                                    .arg(token, numbers.join(QStringLiteral(", ")))
                              : tr("Plusieurs situations portent le numéro %1 : choisissez-la "
                                   "depuis son dossier.")
                                    .arg(token));
    }
    return out;
}

} // namespace passerelle
