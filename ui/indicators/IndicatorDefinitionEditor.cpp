#include "indicators/IndicatorDefinitionEditor.h"

#include "common/BackgroundRead.h"
#include "common/DialogService.h"
#include "indicators/FilterEditor.h"
#include "indicators/IndicatorDefinitionStore.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorPreview.h"
#include "indicators/MeasureEditor.h"
#include "reports/TraceDialog.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QApplication>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QPointer>
#include <QVBoxLayout>

#include <memory>

namespace passerelle {

namespace {
using Type = IndicatorDefinition::Type;

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// "definition.numerator.filters.channel[0]" → "Numérateur › filtre « Canal »": the field a
// person recognises on the form, the exact path staying in the tooltip.
QString describeField(const QString &field)
{
    QStringList parts;
    const QStringList steps = QString(field).remove(QRegularExpression(QStringLiteral("\\[\\d+\\]"))).split(QLatin1Char('.'));
    for (qsizetype i = 1; i < steps.size(); ++i) {
        const QString &s = steps[i];
        if (s == u"numerator")
            parts.append(IndicatorDefinitionEditor::tr("Numérateur"));
        else if (s == u"denominator")
            parts.append(IndicatorDefinitionEditor::tr("Dénominateur"));
        else if (s == u"by")
            parts.append(IndicatorDefinitionEditor::tr("Ventiler par"));
        else if (s == u"dimension" && i == steps.size() - 1)
            parts.append(IndicatorDefinitionEditor::tr("Dimension"));
        else if (s == u"min_score")
            parts.append(IndicatorDefinitionEditor::tr("score minimal"));
        else if (s == u"max_score")
            parts.append(IndicatorDefinitionEditor::tr("score maximal"));
        else if (s == u"filters" && i + 1 < steps.size()) {
            const auto filter = IndicatorCatalogue::filterFromCode(steps[i + 1]);
            parts.append(IndicatorDefinitionEditor::tr("filtre « %1 »")
                             .arg(filter ? FilterOptions::filterLabel(*filter) : steps[i + 1]));
            ++i;
        }
    }
    return parts.isEmpty() ? IndicatorDefinitionEditor::tr("Définition") : parts.join(QStringLiteral(" › "));
}

// A code filter with nothing ticked would be refused by the parser with a message about
// JSON; on the form it means "tick something or remove the filter".
void checkTicked(const MeasureSpec &spec, const QString &field)
{
    for (const auto &[filter, value] : spec.filters) {
        const FilterShape shape = IndicatorCatalogue::shape(filter);
        if ((shape == FilterShape::Codes || shape == FilterShape::Ids) && value.codes.isEmpty())
            throw ValidationError(field + QStringLiteral(".filters.") + IndicatorCatalogue::code(filter),
                                  IndicatorDefinitionEditor::tr("Cochez au moins une valeur, ou retirez le filtre."),
                                  IndicatorDefinitionEditor::tr("définition d'indicateur"));
    }
}
} // namespace

IndicatorDefinitionEditor::IndicatorDefinitionEditor(Database &db, DialogService &dialogs, const Clock &clock,
                                                     const Uuid &programmeId, const ReportingPeriod &period,
                                                     QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock), m_programme(programmeId), m_period(period),
      m_options(db), m_read(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("indicatorDefinitionEditor"));

    m_manual = new QCheckBox(tr("Valeur &saisie à la main pour chaque période (pas de calcul)"), this);
    m_manual->setObjectName(QStringLiteral("manual"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Type de calcul"));
    m_type->addItem(tr("Nombre"), QVariant::fromValue(int(Type::Count)));
    m_type->addItem(tr("Ratio (X / Y)"), QVariant::fromValue(int(Type::Ratio)));
    m_type->addItem(tr("Ventilation (tableau par catégorie)"), QVariant::fromValue(int(Type::Breakdown)));
    m_type->addItem(tr("Évolution entre la première et la dernière évaluation"), QVariant::fromValue(int(Type::Evolution)));
    auto *typeLabel = new QLabel(tr("&Type :"), this);
    typeLabel->setBuddy(m_type);

    // What is counted (count, breakdown) or the numerator (ratio).
    m_measureGroup = new QGroupBox(this);
    m_measure = new MeasureEditor(m_options, tr("Mesure"), std::nullopt, {}, m_measureGroup);
    m_measure->setObjectName(QStringLiteral("measureEditor"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setAccessibleName(tr("Ventiler par"));
    m_categoryError = errorLabel(this);
    m_categoryRow = new QWidget(this);
    auto *categoryForm = new QFormLayout(m_categoryRow);
    categoryForm->setContentsMargins(0, 0, 0, 0);
    auto *categoryLabel = new QLabel(tr("&Ventiler par :"), m_categoryRow);
    categoryLabel->setBuddy(m_category);
    categoryForm->addRow(categoryLabel, m_category);
    categoryForm->addRow(QString(), m_categoryError);
    auto *measureLayout = new QVBoxLayout(m_measureGroup);
    measureLayout->addWidget(m_measure);
    measureLayout->addWidget(m_categoryRow);

    m_denominatorGroup = new QGroupBox(tr("Dénominateur (Y)"), this);
    m_denominator = new MeasureEditor(m_options, tr("Dénominateur"), std::nullopt, {}, m_denominatorGroup);
    m_denominator->setObjectName(QStringLiteral("denominatorEditor"));
    m_display = new QComboBox(this);
    m_display->setObjectName(QStringLiteral("display"));
    m_display->setAccessibleName(tr("Affichage du ratio"));
    m_display->addItem(tr("en pourcentage (12 / 17 = 70,6 %)"), int(IndicatorDefinition::Display::Percent));
    m_display->addItem(tr("en moyenne (51 / 17 = 3,0)"), int(IndicatorDefinition::Display::Decimal));
    auto *displayLabel = new QLabel(tr("&Afficher :"), this);
    displayLabel->setBuddy(m_display);
    auto *denominatorLayout = new QVBoxLayout(m_denominatorGroup);
    denominatorLayout->addWidget(m_denominator);
    auto *displayForm = new QFormLayout;
    displayForm->addRow(displayLabel, m_display);
    denominatorLayout->addLayout(displayForm);

    m_evolutionGroup = new QGroupBox(tr("Évolution des évaluations"), this);
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("dimension"));
    m_dimension->setAccessibleName(tr("Dimension évaluée"));
    m_dimension->addItem(tr("— choisir une dimension —"), QString());
    for (const FilterOptions::Option &o : m_options.dimensions())
        m_dimension->addItem(o.label, o.code);
    m_dimensionError = errorLabel(this);
    auto *dimensionLabel = new QLabel(tr("&Dimension :"), this);
    dimensionLabel->setBuddy(m_dimension);
    m_evolution = new MeasureEditor(m_options, tr("Situations évaluées"), Measure::Assessments,
                                    {Filter::Dimension, Filter::Source}, m_evolutionGroup);
    m_evolution->setObjectName(QStringLiteral("evolutionEditor"));
    auto *evolutionForm = new QFormLayout(m_evolutionGroup);
    evolutionForm->addRow(dimensionLabel, m_dimension);
    evolutionForm->addRow(QString(), m_dimensionError);
    evolutionForm->addRow(m_evolution);
    auto *explain = new QLabel(tr("Part des situations dont le score s'améliore entre la première et la dernière "
                                  "évaluation de la période, selon la personne et selon l'équipe."),
                               m_evolutionGroup);
    explain->setWordWrap(true);
    evolutionForm->addRow(explain);

    m_banner = errorLabel(this);
    m_banner->setObjectName(QStringLiteral("definitionError"));
    m_errors.bind(QStringLiteral("definition.by"), m_category, m_categoryError);
    m_errors.bind(QStringLiteral("definition.dimension"), m_dimension, m_dimensionError);

    auto *definitionPane = new QWidget(this);
    auto *definitionLayout = new QVBoxLayout(definitionPane);
    auto *typeForm = new QFormLayout;
    typeForm->addRow(typeLabel, m_type);
    definitionLayout->addWidget(m_manual);
    definitionLayout->addLayout(typeForm);
    definitionLayout->addWidget(m_measureGroup);
    definitionLayout->addWidget(m_denominatorGroup);
    definitionLayout->addWidget(m_evolutionGroup);
    definitionLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(definitionPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_preview = new IndicatorPreview(period.start.year(), this);
    m_trace = m_preview->traceButton();

    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(scroll, 3);
    columns->addWidget(m_preview, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addWidget(m_banner);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &IndicatorDefinitionEditor::recompute);
    connect(m_manual, &QCheckBox::toggled, this, &IndicatorDefinitionEditor::edited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IndicatorDefinitionEditor::edited);
    connect(m_category, &QComboBox::currentIndexChanged, this, &IndicatorDefinitionEditor::edited);
    connect(m_display, &QComboBox::currentIndexChanged, this, &IndicatorDefinitionEditor::edited);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &IndicatorDefinitionEditor::edited);
    connect(m_measure, &MeasureEditor::changed, this, [this] {
        updateCategories();
        edited();
    });
    connect(m_denominator, &MeasureEditor::changed, this, &IndicatorDefinitionEditor::edited);
    connect(m_evolution, &MeasureEditor::changed, this, &IndicatorDefinitionEditor::edited);
    connect(m_preview, &IndicatorPreview::yearChanged, this, [this](int year) {
        // The period of the preview is not part of the definition: no change to save.
        m_period = ReportingPeriod::calendarYear(year);
        schedule();
    });
    connect(m_preview, &IndicatorPreview::traceRequested, this, &IndicatorDefinitionEditor::openTrace);

    const QList<QWidget *> order{m_manual, m_type, m_measure, m_category, m_denominator, m_display,
                                 m_dimension, m_evolution, m_preview};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setFocusProxy(m_type);
    updateCategories();
    updateVisibility();
    edited();
}

IndicatorDefinitionEditor::~IndicatorDefinitionEditor() = default; // m_read waits for a computation

Type IndicatorDefinitionEditor::type() const
{
    return Type(m_type->currentData().toInt());
}

bool IndicatorDefinitionEditor::isManual() const
{
    return m_manual->isChecked();
}

bool IndicatorDefinitionEditor::isComputing() const
{
    return m_debounce.isActive() || m_read->isRunning() || m_pending;
}

QString IndicatorDefinitionEditor::errorText() const
{
    return m_banner->text();
}

void IndicatorDefinitionEditor::setPeriod(const ReportingPeriod &period)
{
    m_period = period;
    m_preview->setYear(period.start.year());
    schedule();
}

void IndicatorDefinitionEditor::updateCategories()
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    m_category->clear();
    for (const Category c : IndicatorCatalogue::categories())
        if (IndicatorCatalogue::appliesTo(c, m_measure->measure()))
            m_category->addItem(IndicatorCatalogue::label(c), IndicatorCatalogue::code(c));
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void IndicatorDefinitionEditor::updateVisibility()
{
    const bool computed = !isManual();
    const Type t = type();
    m_type->setEnabled(computed);
    m_measureGroup->setVisible(computed && t != Type::Evolution);
    m_measureGroup->setTitle(t == Type::Ratio ? tr("Numérateur (X)") : tr("Ce qui est compté"));
    m_categoryRow->setVisible(t == Type::Breakdown);
    m_denominatorGroup->setVisible(computed && t == Type::Ratio);
    m_evolutionGroup->setVisible(computed && t == Type::Evolution);
}

void IndicatorDefinitionEditor::setDefinition(const std::optional<IndicatorDefinition> &definition)
{
    {
        const QSignalBlocker b1(m_manual), b2(m_type), b3(m_category), b4(m_display), b5(m_dimension);
        m_manual->setChecked(!definition);
        if (definition) {
            const IndicatorDefinition &d = *definition;
            m_type->setCurrentIndex(m_type->findData(int(d.type)));
            if (d.type == Type::Evolution) {
                m_evolution->setSpec(d.measure);
                m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(d.dimension)));
            } else {
                m_measure->setSpec(d.measure);
            }
            if (d.type == Type::Ratio) {
                m_denominator->setSpec(d.denominator);
                m_display->setCurrentIndex(m_display->findData(int(d.display)));
            }
            updateCategories();
            if (d.type == Type::Breakdown)
                m_category->setCurrentIndex(std::max(0, m_category->findData(IndicatorCatalogue::code(d.by))));
        }
    }
    edited();
}

IndicatorDefinition IndicatorDefinitionEditor::build() const
{
    IndicatorDefinition d;
    d.type = type();
    switch (d.type) {
    case Type::Count:
        d.measure = m_measure->spec();
        break;
    case Type::Ratio:
        d.measure = m_measure->spec();
        d.denominator = m_denominator->spec();
        d.display = IndicatorDefinition::Display(m_display->currentData().toInt());
        break;
    case Type::Breakdown:
        d.measure = m_measure->spec();
        d.by = IndicatorCatalogue::categoryFromCode(m_category->currentData().toString()).value_or(Category::Status);
        break;
    case Type::Evolution:
        d.measure = m_evolution->spec();
        d.dimension = m_dimension->currentData().toString();
        break;
    }
    return d;
}

std::optional<IndicatorDefinition> IndicatorDefinitionEditor::definition() const
{
    if (isManual())
        return std::nullopt;
    const IndicatorDefinition d = build();
    const QString root = QStringLiteral("definition");
    if (d.type == Type::Evolution && d.dimension.isEmpty())
        throw ValidationError(root + QStringLiteral(".dimension"), tr("Choisissez la dimension évaluée."),
                              tr("définition d'indicateur"));
    checkTicked(d.measure, d.type == Type::Ratio ? root + QStringLiteral(".numerator") : root);
    if (d.type == Type::Ratio)
        checkTicked(d.denominator, root + QStringLiteral(".denominator"));
    d.validate();
    return d;
}

void IndicatorDefinitionEditor::save(const Uuid &indicatorId)
{
    std::optional<IndicatorDefinition> d;
    try {
        d = definition();
    } catch (const ValidationError &e) {
        showRefusal(e, true);
        throw;
    }
    try {
        IndicatorDefinitionStore(m_db, m_clock).setDefinition(indicatorId, d);
    } catch (const ValidationError &e) {
        showRefusal(e, true);
        throw;
    }
}

void IndicatorDefinitionEditor::edited()
{
    updateVisibility();
    schedule();
    Q_EMIT changed();
}

void IndicatorDefinitionEditor::schedule()
{
    ++m_generation;
    m_result.reset();
    m_preview->setComputing();
    m_debounce.start();
}

void IndicatorDefinitionEditor::clearPreview(const QString &message)
{
    m_result.reset();
    m_shown.reset();
    m_preview->clear(message);
}

void IndicatorDefinitionEditor::showRefusal(const ValidationError &error, bool moveFocus)
{
    const FieldErrors errors = error.all();
    // While the person edits, the message appears without taking the focus from them.
    QPointer<QWidget> focused = QApplication::focusWidget();
    m_errorField = errors.isEmpty() ? QStringLiteral("definition") : errors.first().field;
    m_errors.clear();
    const QString unbound = m_errors.show(errors);
    if (!moveFocus && focused)
        focused->setFocus(Qt::OtherFocusReason);
    if (!unbound.isEmpty()) {
        QStringList lines;
        for (const FieldError &e : errors)
            if (m_errors.messageFor(e.field).isEmpty())
                lines.append(describeField(e.field) + QStringLiteral(" : ") + e.message);
        if (lines.isEmpty())
            lines.append(error.message());
        m_banner->setText(lines.join(QLatin1Char('\n')));
        m_banner->setToolTip(m_errorField);
        m_banner->show();
    }
    clearPreview(tr("Définition incomplète : voir le message."));
    Q_EMIT previewRefused(m_errorField);
}

void IndicatorDefinitionEditor::recompute()
{
    m_errors.clear();
    m_banner->clear();
    m_banner->hide();
    m_errorField.clear();
    if (isManual()) {
        clearPreview(tr("Valeur saisie à la main : elle s'entre pour chaque période dans la liste des indicateurs."));
        return;
    }
    std::optional<IndicatorDefinition> d;
    try {
        d = definition();
    } catch (const ValidationError &e) {
        showRefusal(e, false);
        return;
    }
    if (m_read->isRunning()) {
        m_pending = true; // computed again when the running one ends
        return;
    }
    const quint64 generation = m_generation;
    const ReportingPeriod period = m_period;
    const Uuid programme = m_programme;
    const IndicatorDefinition definition = *d;
    auto result = std::make_shared<IndicatorResult>();
    m_read->start(
        m_db.path(),
        [definition, programme, period, result](Database &own) {
            *result = IndicatorEngine(own).compute(definition, {programme}, period);
        },
        [this, generation, definition, result](const QString &error) {
            const bool stale = generation != m_generation;
            if (m_pending) {
                m_pending = false;
                recompute();
            }
            if (stale)
                return; // an edit came since: its own computation shows its value
            if (!error.isEmpty()) {
                clearPreview(tr("Le calcul a échoué : %1").arg(error));
                return;
            }
            m_shown = definition;
            showResult(*result);
        });
}

void IndicatorDefinitionEditor::showResult(const IndicatorResult &result)
{
    m_result = result;
    m_preview->showResult(result, m_period.label());
    Q_EMIT previewUpdated();
}

QString IndicatorDefinitionEditor::previewText() const
{
    return m_result ? m_preview->figureText() : QString();
}

void IndicatorDefinitionEditor::openTrace()
{
    if (!m_result || !m_shown)
        return;
    ReviewTraceRef ref;
    ref.definition = QString::fromUtf8(m_shown->toJson());
    ref.period = m_period;
    auto *dialog = new TraceDialog(m_db, m_dialogs, m_programme, ref, m_preview->figureText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace passerelle
