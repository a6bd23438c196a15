#include "actionsheets/CodeCheckGroup.h"

#include <QCheckBox>
#include <QGridLayout>

#include <algorithm>

namespace passerelle {

CodeCheckGroup::CodeCheckGroup(const QString &title, const QString &field,
                               const QList<ReferenceItem> &items, int columns, QWidget *parent)
    : QGroupBox(title, parent), m_columns(std::max(1, columns))
{
    setObjectName(field);
    setAccessibleName(QString(title).remove(u'&'));
    m_grid = new QGridLayout(this);
    m_grid->setHorizontalSpacing(18);
    for (const ReferenceItem &item : items) {
        if (item.archivedAt.isValid())
            m_archivedLabels.insert(item.code, item.label());
        else
            addBox(item.code, item.label());
    }
}

QCheckBox *CodeCheckGroup::addBox(const QString &code, const QString &label)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(objectName() + u'_' + code);
    box->setProperty("code", code);
    const int n = int(m_boxes.size());
    m_grid->addWidget(box, n / m_columns, n % m_columns);
    connect(box, &QCheckBox::toggled, this, &CodeCheckGroup::edited);
    m_boxes.append(box);
    return box;
}

QStringList CodeCheckGroup::codes() const
{
    QStringList out;
    for (const QCheckBox *box : m_boxes)
        if (box->isChecked())
            out.append(box->property("code").toString());
    return out;
}

void CodeCheckGroup::setCodes(const QStringList &codes)
{
    const QSignalBlocker blocker(this);
    for (const QString &code : codes)
        if (!box(code))
            addBox(code, m_archivedLabels.value(code, code)); // withdrawn from its list: kept
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const QSignalBlocker boxBlocker(box);
        box->setChecked(codes.contains(box->property("code").toString()));
    }
}

QCheckBox *CodeCheckGroup::box(const QString &code) const
{
    for (QCheckBox *box : m_boxes)
        if (box->property("code").toString() == code)
            return box;
    return nullptr;
}

} // namespace passerelle
