#pragma once

#include "domain/ReferenceItem.h"

#include <QGroupBox>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QGridLayout;

namespace passerelle {

// A checkbox group of the ARS template (typology, determinants, public categories, A1–D…):
// one box per item of a reference list, ticked for the sheet's codes. Codes the list has
// archived stay shown while the sheet carries them, so that saving never drops one unseen.
class CodeCheckGroup : public QGroupBox
{
    Q_OBJECT

public:
    // `items` with the archived ones (shown only when ticked). `field` names the group for
    // FormErrors and tests ("typology"); the boxes are laid out in `columns` columns.
    CodeCheckGroup(const QString &title, const QString &field, const QList<ReferenceItem> &items,
                   int columns, QWidget *parent = nullptr);

    QStringList codes() const; // in the list's order
    void setCodes(const QStringList &codes);
    QCheckBox *box(const QString &code) const;

Q_SIGNALS:
    void edited();

private:
    QCheckBox *addBox(const QString &code, const QString &label);

    QGridLayout *m_grid = nullptr;
    int m_columns;
    QList<QCheckBox *> m_boxes;
    QHash<QString, QString> m_archivedLabels;
};

} // namespace passerelle
