// The indicator forms reached without the mouse or the eyes: every editor — the filters
// added on the fly included — has an accessible name or a label whose buddy it is.

#include "test_indicators_fixture.h"

#include "indicators/IndicatorDefinitionEditor.h"
#include "indicators/IndicatorDialog.h"
#include "indicators/IndicatorValueDialog.h"
#include "indicators/MeasureEditor.h"
#include "indicators/SheetIndicatorsWidget.h"
#include "repositories/IndicatorRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QStringList unnamedEditors(QWidget &form)
{
    QSet<const QWidget *> buddies;
    for (const QLabel *label : form.findChildren<QLabel *>())
        if (label->buddy())
            buddies.insert(label->buddy());
    QStringList unnamed;
    for (QWidget *w : form.findChildren<QWidget *>()) {
        // Lists and tables count as editors here (filters are ticked in lists); a table's
        // header is named by its table.
        const bool editor = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                            qobject_cast<QAbstractSpinBox *>(w) ||
                            (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w));
        if (!editor || !w->isVisibleTo(&form) || !w->isEnabled())
            continue;
        if (qobject_cast<QLineEdit *>(w) &&
            (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue;
        if (w->accessibleName().isEmpty() && !buddies.contains(w))
            unnamed.append(w->objectName().isEmpty() ? QLatin1String(w->metaObject()->className()) : w->objectName());
    }
    return unnamed;
}
} // namespace

TEST_CASE("Indicator forms: every editor has an accessible name or a label")
{
    IndicatorScreenFixture f;
    const Uuid manual = f.addIndicator(QStringLiteral("Professionnels sensibilisés"), false);

    IndicatorDialog dialog(f.db(), f.dialogs, f.clock, f.sheet, std::nullopt, ReportingPeriod::calendarYear(2025));
    dialog.show();
    // Every filter a count of situations or of interventions takes, with every kind of widget.
    for (const Measure m : {Measure::Cases, Measure::Interventions, Measure::Workers}) {
        MeasureEditor *measure = dialog.definitionEditor()->measureEditor();
        measure->measureBox()->setCurrentIndex(measure->measureBox()->findData(IndicatorCatalogue::code(m)));
        for (const Filter filter : IndicatorCatalogue::filters())
            measure->addFilter(filter);
        INFO(IndicatorCatalogue::code(m).toStdString());
        CHECK(unnamedEditors(dialog).join(QLatin1Char(' ')).toStdString() == "");
    }
    dialog.definitionEditor()->typeBox()->setCurrentIndex(1); // the ratio's denominator too
    CHECK(unnamedEditors(dialog).join(QLatin1Char(' ')).toStdString() == "");
    dialog.definitionEditor()->typeBox()->setCurrentIndex(3); // the evolution
    CHECK(unnamedEditors(dialog).join(QLatin1Char(' ')).toStdString() == "");

    IndicatorValueDialog value(f.db(), f.dialogs, f.clock, *IndicatorRepository(f.db(), f.clock).find(manual),
                               ReportingPeriod::calendarYear(2025));
    value.show();
    CHECK(unnamedEditors(value).join(QLatin1Char(' ')).toStdString() == "");

    SheetIndicatorsWidget sheet(f.db(), f.dialogs, f.clock, f.sheet);
    sheet.show();
    CHECK(unnamedEditors(sheet).join(QLatin1Char(' ')).toStdString() == "");
}
