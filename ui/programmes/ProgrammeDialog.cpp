#include "programmes/ProgrammeDialog.h"

#include "casefile/CaseFileForms.h"
#include "casefile/DateLineEdit.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/ProgrammeRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <utility>

namespace passerelle {

ProgrammeDialog::ProgrammeDialog(Database &db, DialogService &dialogs, const Clock &clock,
                                 const Uuid &programmeId, QWidget *parent)
    : DirectoryDialog(dialogs, tr("Le dispositif"), parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("programmeDialog"));
    if (!programmeId.isNull())
        m_programme = ProgrammeRepository(db, clock).find(programmeId).value_or(Programme());
    setWindowTitle(m_programme.id.isNull() ? tr("Nouveau dispositif")
                                           : tr("Dispositif — %1").arg(m_programme.name));

    QFormLayout *form = addForm();
    m_organisation = new QComboBox(this);
    const QList<Organisation> organisations = OrganisationRepository(db, clock).list();
    for (const Organisation &o : organisations)
        m_organisation->addItem(o.name, o.id.bytes());
    CaseFileForms::selectData(m_organisation, m_programme.organisationId.bytes());
    addField(form, tr("&Organisation"), m_organisation, QStringLiteral("organisation_id"));
    m_code = new QLineEdit(m_programme.code, this);
    m_code->setMaxLength(8);
    m_code->setPlaceholderText(tr("PA : début des numéros de situation (PA-2026-0017)"));
    // Upper case as one types: the code is read aloud and printed in every case number.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper()) {
            const int cursor = m_code->cursorPosition();
            m_code->setText(text.toUpper());
            m_code->setCursorPosition(cursor);
        }
    });
    addField(form, tr("Co&de"), m_code, QStringLiteral("code"));
    m_name = new QLineEdit(m_programme.name, this);
    addField(form, tr("&Nom"), m_name, QStringLiteral("name"));
    m_territory = new QLineEdit(m_programme.territory, this);
    addField(form, tr("&Territoire"), m_territory, QStringLiteral("territory"));
    m_start = new DateLineEdit(this);
    m_start->setDate(m_programme.startDate);
    addField(form, tr("Dé&but"), m_start, QStringLiteral("start_date"));
    m_end = new DateLineEdit(this);
    m_end->setDate(m_programme.endDate);
    m_end->setPlaceholderText(tr("vide : sans date de fin"));
    addField(form, tr("&Fin"), m_end, QStringLiteral("end_date"));
    m_description = new QPlainTextEdit(m_programme.description, this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    addField(form, tr("De&scription"), m_description, QStringLiteral("description"));
    setMinimumWidth(520);
    markClean();
}

void ProgrammeDialog::save()
{
    FieldErrors problems;
    for (const auto &[edit, field] : {std::pair{m_start, QStringLiteral("start_date")},
                                      std::pair{m_end, QStringLiteral("end_date")}})
        if (!edit->hasValidInput())
            problems.append({field, tr("Date invalide : tapez par exemple 01/01/2026.")});
    if (!problems.isEmpty())
        throw ValidationError(problems, recordLabel(m_programme));
    Programme p = m_programme;
    p.organisationId = Uuid::fromBytes(m_organisation->currentData().toByteArray());
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.territory = m_territory->text().trimmed();
    p.startDate = m_start->date();
    p.endDate = m_end->date();
    p.description = m_description->toPlainText().trimmed();
    ProgrammeRepository repository(m_db, m_clock);
    if (p.id.isNull())
        p.id = repository.create(p);
    else
        repository.update(p);
    m_programme = p;
}

} // namespace passerelle
