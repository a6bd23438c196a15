#include "indicators/IndicatorDialog.h"

#include "common/DialogService.h"
#include "indicators/IndicatorDefinitionEditor.h"
#include "indicators/IndicatorEngine.h"
#include "repositories/IndicatorRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

IndicatorDialog::IndicatorDialog(Database &db, DialogService &dialogs, const Clock &clock, const Uuid &sheetId,
                                 const std::optional<Indicator> &existing, const ReportingPeriod &period,
                                 QWidget *parent)
    : QDialog(parent), m_db(db), m_dialogs(dialogs), m_clock(clock), m_sheet(sheetId), m_existing(existing)
{
    setObjectName(QStringLiteral("indicatorDialog"));
    setWindowTitle(existing ? tr("Modifier l'indicateur") : tr("Nouvel indicateur"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Nature de l'indicateur"));
    for (const IndicatorKind k : {IndicatorKind::Process, IndicatorKind::Result, IndicatorKind::Impact})
        m_kind->addItem(label(k), toCode(k));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setAccessibleName(tr("Libellé"));
    m_label->setPlaceholderText(tr("Nombre de personnes accompagnées"));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setAccessibleName(tr("Cible"));
    m_target->setPlaceholderText(tr("30 personnes, 80 %…"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("indicatorError"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *kindLabel = new QLabel(tr("&Nature :"), this);
    kindLabel->setBuddy(m_kind);
    auto *labelLabel = new QLabel(tr("&Libellé :"), this);
    labelLabel->setBuddy(m_label);
    auto *targetLabel = new QLabel(tr("C&ible :"), this);
    targetLabel->setBuddy(m_target);
    auto *labelError = new QLabel(this);
    auto *targetError = new QLabel(this);
    m_errors.bind(QStringLiteral("label"), m_label, labelError);
    m_errors.bind(QStringLiteral("target"), m_target, targetError);
    auto *form = new QFormLayout;
    form->addRow(kindLabel, m_kind);
    form->addRow(labelLabel, m_label);
    form->addRow(QString(), labelError);
    form->addRow(targetLabel, m_target);
    form->addRow(QString(), targetError);

    IndicatorEngine engine(db);
    m_editor = new IndicatorDefinitionEditor(db, dialogs, clock, engine.programmeOfSheet(sheetId), period, this);
    if (existing) {
        m_kind->setCurrentIndex(m_kind->findData(toCode(existing->kind)));
        m_label->setText(existing->label);
        m_target->setText(existing->target);
        try {
            m_editor->setDefinition(engine.definitionOf(existing->id));
        } catch (const ValidationError &e) {
            // A stored definition this version cannot read: say so, and let the person
            // define it again rather than refuse to open the indicator.
            m_editor->setDefinition(std::nullopt);
            m_banner->setText(tr("La définition enregistrée n'a pas pu être lue (%1) ; définissez à nouveau le calcul.")
                                  .arg(e.message()));
            m_banner->show();
        }
    } else {
        m_editor->setDefinition(IndicatorDefinition::count(Measure::Cases));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveIndicator"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IndicatorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    resize(1080, 720);

    const auto touched = [this] { m_modified = true; };
    connect(m_kind, &QComboBox::currentIndexChanged, this, touched);
    connect(m_label, &QLineEdit::textEdited, this, touched);
    connect(m_target, &QLineEdit::textEdited, this, touched);
    connect(m_editor, &IndicatorDefinitionEditor::changed, this, touched);
    m_modified = false;
    m_label->setFocus();
}

bool IndicatorDialog::save()
{
    m_errors.clear();
    m_banner->hide();
    Indicator indicator = m_existing.value_or(Indicator{});
    indicator.actionSheetId = m_sheet;
    indicator.kind = indicatorKindFromCode(m_kind->currentData().toString()).value_or(IndicatorKind::Process);
    indicator.label = m_label->text().trimmed();
    indicator.target = m_target->text().trimmed();
    try {
        // The indicator and its definition together: a refused definition undoes the
        // indicator it would have belonged to.
        Transaction tx(m_db.handle());
        IndicatorRepository repository(m_db, m_clock);
        if (m_existing) {
            repository.update(indicator);
        } else {
            // New indicators go last of their kind.
            int position = 0;
            for (const Indicator &other : repository.list(m_sheet, true))
                if (other.kind == indicator.kind)
                    position = std::max(position, other.position + 1);
            indicator.position = position;
            indicator.id = repository.create(indicator);
        }
        m_editor->save(indicator.id);
        tx.commit();
        m_saved = indicator.id;
        return true;
    } catch (const ValidationError &e) {
        if (e.field().startsWith(u"definition"))
            return false; // the editor shows it beside the definition
        const QString unbound = m_errors.show(e.all());
        if (!unbound.isEmpty()) {
            m_banner->setText(unbound);
            m_banner->show();
        }
        return false;
    } catch (const Error &e) {
        m_dialogs.warning(this, windowTitle(), tr("L'indicateur n'a pas pu être enregistré.\n\n%1").arg(e.message()));
        return false;
    }
}

void IndicatorDialog::accept()
{
    if (save())
        QDialog::accept();
}

void IndicatorDialog::reject()
{
    if (m_modified) {
        switch (m_dialogs.askUnsaved(this, tr("l'indicateur"))) {
        case DialogService::Unsaved::Save:
            accept();
            return;
        case DialogService::Unsaved::Cancel:
            return;
        case DialogService::Unsaved::Discard:
            break;
        }
    }
    QDialog::reject();
}

} // namespace passerelle
