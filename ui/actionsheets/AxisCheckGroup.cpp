#include "actionsheets/AxisCheckGroup.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLineEdit>

#include <algorithm>

namespace passerelle {

AxisCheckGroup::AxisCheckGroup(const QString &title, const QString &field,
                               const QList<ReferenceItem> &items, QWidget *parent)
    : QGroupBox(title, parent)
{
    setObjectName(field);
    setAccessibleName(QString(title).remove(u'&'));
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(1, 1);
    for (const ReferenceItem &item : items) {
        if (item.archivedAt.isValid())
            m_archived.append(item);
        else
            addRow(item.code, item.label());
    }
}

void AxisCheckGroup::addRow(const QString &code, const QString &label)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(objectName() + u'_' + code);
    auto *objective = new QLineEdit(this);
    objective->setMinimumWidth(objective->fontMetrics().horizontalAdvance(QString(20, u'x')));
    objective->setObjectName(objectName() + u'_' + code + QStringLiteral("_objective"));
    objective->setAccessibleName(tr("Objectif de « %1 »").arg(label));
    objective->setPlaceholderText(tr("Objectif retenu sous cet axe"));
    objective->setEnabled(false);
    connect(box, &QCheckBox::toggled, objective, &QLineEdit::setEnabled);
    connect(box, &QCheckBox::toggled, this, &AxisCheckGroup::edited);
    connect(objective, &QLineEdit::textEdited, this, &AxisCheckGroup::edited);
    const int row = int(m_rows.size());
    m_grid->addWidget(box, row, 0);
    m_grid->addWidget(objective, row, 1);
    m_rows.append({code, box, objective});
}

QList<ActionSheetAxis> AxisCheckGroup::axes() const
{
    QList<ActionSheetAxis> out;
    for (const Row &r : m_rows)
        if (r.box->isChecked())
            out.append({r.code, r.objective->text().trimmed()});
    return out;
}

void AxisCheckGroup::setAxes(const QList<ActionSheetAxis> &axes)
{
    for (const ActionSheetAxis &axis : axes) {
        if (box(axis.code))
            continue;
        QString label = axis.code;
        for (const ReferenceItem &item : std::as_const(m_archived))
            if (item.code == axis.code)
                label = item.label();
        addRow(axis.code, label); // withdrawn from its list: kept while the sheet has it
    }
    for (const Row &r : std::as_const(m_rows)) {
        const QSignalBlocker boxBlocker(r.box);
        const auto it = std::find_if(axes.cbegin(), axes.cend(),
                                     [&r](const ActionSheetAxis &a) { return a.code == r.code; });
        r.box->setChecked(it != axes.cend());
        r.objective->setEnabled(it != axes.cend());
        r.objective->setText(it != axes.cend() ? it->objective : QString());
        r.objective->setCursorPosition(0); // a long objective reads from its start
    }
}

QCheckBox *AxisCheckGroup::box(const QString &code) const
{
    for (const Row &r : m_rows)
        if (r.code == code)
            return r.box;
    return nullptr;
}

QLineEdit *AxisCheckGroup::objective(const QString &code) const
{
    for (const Row &r : m_rows)
        if (r.code == code)
            return r.objective;
    return nullptr;
}

} // namespace passerelle
