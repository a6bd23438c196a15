#pragma once

#include "domain/ActionSheet.h"
#include "domain/ReferenceItem.h"

#include <QGroupBox>

class QCheckBox;
class QGridLayout;
class QLineEdit;

namespace passerelle {

// The PRS (or PRSE 3) axes of the ARS template: one box per axis, and beside it the
// objective chosen under that axis ("Objectif 04.0 - Faciliter l'accès…"), editable once the
// axis is ticked.
class AxisCheckGroup : public QGroupBox
{
    Q_OBJECT

public:
    // `items` with the archived ones (shown only when a sheet carries them).
    AxisCheckGroup(const QString &title, const QString &field, const QList<ReferenceItem> &items,
                   QWidget *parent = nullptr);

    QList<ActionSheetAxis> axes() const; // in the list's order
    void setAxes(const QList<ActionSheetAxis> &axes);
    QCheckBox *box(const QString &code) const;
    QLineEdit *objective(const QString &code) const;

Q_SIGNALS:
    void edited();

private:
    struct Row
    {
        QString code;
        QCheckBox *box;
        QLineEdit *objective;
    };
    void addRow(const QString &code, const QString &label);

    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
    QList<ReferenceItem> m_archived;
};

} // namespace passerelle
