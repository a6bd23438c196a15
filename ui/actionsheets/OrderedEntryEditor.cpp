#include "actionsheets/OrderedEntryEditor.h"

#include "casefile/CaseFileForms.h"
#include "casefile/DateLineEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace passerelle {

namespace {
QList<SnapshotListModel<OrderedEntry>::Column> columnsFor(bool withDueText)
{
    using Column = SnapshotListModel<OrderedEntry>::Column;
    QList<Column> columns{
        Column(OrderedEntryEditor::tr("Intitulé"), [](const OrderedEntry &e) { return e.text; }),
        Column(OrderedEntryEditor::tr("Échéance"),
               [](const OrderedEntry &e) {
                   return e.dueDate.isValid() ? CaseFileForms::dateText(e.dueDate) : QString();
               })};
    if (withDueText)
        columns.append(Column(OrderedEntryEditor::tr("Échéance écrite"),
                              [](const OrderedEntry &e) { return e.dueText; }));
    return columns;
}
} // namespace

OrderedEntryEditor::OrderedEntryEditor(const QString &field, Texts texts, bool withDueText,
                                       QWidget *parent)
    : QWidget(parent), m_withDueText(withDueText), m_model(columnsFor(withDueText))
{
    setObjectName(field + QStringLiteral("_editor"));
    m_view = CaseFileForms::listView(this, field, texts.what);
    m_view->setModel(&m_model);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 7);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_model.columnCount(); ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *add = new QPushButton(texts.add, this);
    add->setObjectName(field + QStringLiteral("_add"));
    connect(add, &QPushButton::clicked, this, &OrderedEntryEditor::addEntry);
    m_remove = new QPushButton(texts.remove, this);
    m_remove->setObjectName(field + QStringLiteral("_remove"));
    connect(m_remove, &QPushButton::clicked, this, &OrderedEntryEditor::removeCurrent);
    m_up = new QPushButton(tr("Monter"), this);
    m_up->setObjectName(field + QStringLiteral("_up"));
    m_up->setAccessibleName(tr("Monter : %1").arg(texts.what));
    m_up->setToolTip(tr("Avancer dans la liste (Ctrl+Haut)"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    m_down = new QPushButton(tr("Descendre"), this);
    m_down->setObjectName(field + QStringLiteral("_down"));
    m_down->setAccessibleName(tr("Descendre : %1").arg(texts.what));
    m_down->setToolTip(tr("Reculer dans la liste (Ctrl+Bas)"));
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_detail = new QWidget(this);
    auto *form = new QFormLayout(m_detail);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_text = new QPlainTextEdit(m_detail);
    m_text->setObjectName(field + QStringLiteral("_text"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    m_text->setAccessibleName(tr("Intitulé : %1").arg(texts.what));
    auto *textLabel = new QLabel(tr("Intitulé :"), m_detail);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    m_dueDate = new DateLineEdit(m_detail);
    m_dueDate->setObjectName(field + QStringLiteral("_due_date"));
    m_dueDate->setAccessibleName(tr("Échéance : %1").arg(texts.what));
    m_dueDate->setPlaceholderText(tr("jj/mm/aaaa, ou vide"));
    m_dueDate->setMaximumWidth(m_dueDate->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) * 2);
    auto *dueLabel = new QLabel(tr("Échéance :"), m_detail);
    dueLabel->setBuddy(m_dueDate);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueDate);
    if (withDueText) {
        m_dueText = new QLineEdit(m_detail);
        m_dueText->setObjectName(field + QStringLiteral("_due_text"));
        m_dueText->setAccessibleName(tr("Échéance écrite : %1").arg(texts.what));
        m_dueText->setPlaceholderText(tr("ou en toutes lettres : « Au premier semestre 2026 »"));
        dueRow->addWidget(m_dueText, 1);
        connect(m_dueText, &QLineEdit::textEdited, this, &OrderedEntryEditor::commitCurrent);
    } else {
        dueRow->addStretch(1);
    }
    form->addRow(dueLabel, dueRow);
    connect(m_text, &QPlainTextEdit::textChanged, this, &OrderedEntryEditor::commitCurrent);
    connect(m_dueDate, &QLineEdit::textEdited, this, &OrderedEntryEditor::commitCurrent);

    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_detail);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderedEntryEditor::showCurrent);
    for (const auto &[keys, by] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Up), -1},
                                   std::pair{QKeySequence(Qt::CTRL | Qt::Key_Down), 1}}) {
        auto *shortcut = new QShortcut(keys, m_view);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, by = by] { moveCurrent(by); });
    }
    showCurrent();
}

void OrderedEntryEditor::setEntries(const QList<OrderedEntry> &entries)
{
    m_model.setRows(entries);
    if (!entries.isEmpty())
        m_view->setCurrentIndex(m_model.index(0, 0));
    showCurrent();
}

bool OrderedEntryEditor::hasValidInput() const
{
    return m_dueDate->hasValidInput();
}

int OrderedEntryEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void OrderedEntryEditor::showCurrent()
{
    const int row = currentRow();
    m_loading = true;
    const OrderedEntry entry = row >= 0 ? m_model.rowAt(row) : OrderedEntry();
    m_text->setPlainText(entry.text);
    m_dueDate->setDate(entry.dueDate);
    if (m_dueText)
        m_dueText->setText(entry.dueText);
    m_loading = false;
    m_detail->setEnabled(row >= 0);
    updateButtons();
}

void OrderedEntryEditor::commitCurrent()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    OrderedEntry entry = m_model.rowAt(row);
    entry.text = m_text->toPlainText();
    // A date being typed is kept only once it reads as one; save() reports the rest.
    if (m_dueDate->hasValidInput())
        entry.dueDate = m_dueDate->date();
    if (m_dueText)
        entry.dueText = m_dueText->text();
    m_model.replace(row, entry);
    Q_EMIT edited();
}

void OrderedEntryEditor::addEntry()
{
    m_model.append(OrderedEntry());
    m_view->setCurrentIndex(m_model.index(m_model.rowCount() - 1, 0));
    showCurrent();
    m_text->setFocus(Qt::OtherFocusReason);
    Q_EMIT edited();
}

void OrderedEntryEditor::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model.remove(row);
    if (m_model.rowCount() > 0)
        m_view->setCurrentIndex(m_model.index(std::min(row, m_model.rowCount() - 1), 0));
    showCurrent();
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT edited();
}

void OrderedEntryEditor::moveCurrent(int by)
{
    const int row = currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_model.rowCount())
        return;
    const OrderedEntry moved = m_model.rowAt(row);
    m_model.replace(row, m_model.rowAt(target));
    m_model.replace(target, moved);
    m_view->setCurrentIndex(m_model.index(target, 0));
    Q_EMIT edited();
}

void OrderedEntryEditor::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model.rowCount());
}

} // namespace passerelle
