#include "casefile/NewCaseDialog.h"

#include "casefile/CaseFileForms.h"
#include "casefile/CaseFileStore.h"
#include "casefile/DateLineEdit.h"
#include "casefile/PersonFields.h"
#include "common/DialogService.h"
#include "repositories/PartnerRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/ReferenceRepository.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace passerelle {

using CaseFileForms::addField;

NewCaseDialog::NewCaseDialog(Database &db, DialogService &dialogs, const Clock &clock,
                             QWidget *parent)
    : QDialog(parent), m_db(db), m_dialogs(dialogs), m_clock(clock)
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("Nouvelle situation"));
    auto *grid = new QGridLayout;
    // Reading order, and Tab order: the case, the person, then housing and referral.
    grid->addWidget(buildCaseGroup(), 0, 0);
    grid->addWidget(buildPersonGroup(), 1, 0);
    grid->addWidget(buildHousingGroup(), 0, 1, 2, 1);
    grid->addWidget(buildReferralGroup(), 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Créer la situation"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createCase"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    // Enter in the reason adds a line; Ctrl+Enter creates from any field.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &NewCaseDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Le nom de la personne ne figure que dans son dossier ; listes, "
                                "rapports et exports ne montrent que son code pseudonyme."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);

    fillChoices();
    m_modified = false;
}

QWidget *NewCaseDialog::buildCaseGroup()
{
    auto *group = new QGroupBox(tr("Situation"), this);
    auto *form = new QFormLayout(group);
    m_programme = new QComboBox(group);
    addField(form, m_errors, tr("&Dispositif"), m_programme, QStringLiteral("case.programme_id"),
             QStringLiteral("programme"));
    m_identifiedOn = new QDateEdit(m_clock.today(), group);
    m_identifiedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_identifiedOn->setCalendarPopup(true);
    addField(form, m_errors, tr("Date de &repérage"), m_identifiedOn,
             QStringLiteral("case.identified_on"), QStringLiteral("identifiedOn"));
    connect(m_programme, &QComboBox::activated, this, &NewCaseDialog::markModified);
    connect(m_identifiedOn, &QDateEdit::dateChanged, this, &NewCaseDialog::markModified);
    return group;
}

QWidget *NewCaseDialog::buildPersonGroup()
{
    auto *group = new QGroupBox(tr("Personne accompagnée"), this);
    auto *form = new QFormLayout(group);
    m_firstName = new QLineEdit(group);
    addField(form, m_errors, tr("&Prénom"), m_firstName, QStringLiteral("person.first_name"),
             QStringLiteral("firstName"));
    m_lastName = new QLineEdit(group);
    addField(form, m_errors, tr("&Nom"), m_lastName, QStringLiteral("person.last_name"),
             QStringLiteral("lastName"));
    m_birthYear = PersonFields::birthYearEdit(group);
    addField(form, m_errors, tr("&Année de naissance"), m_birthYear,
             QStringLiteral("person.birth_year"), QStringLiteral("birthYear"));
    m_sex = PersonFields::sexCombo(group);
    addField(form, m_errors, tr("S&exe"), m_sex, QStringLiteral("person.sex"),
             QStringLiteral("sex"));
    for (QLineEdit *edit : {m_firstName, m_lastName, m_birthYear})
        connect(edit, &QLineEdit::textEdited, this, &NewCaseDialog::markModified);
    connect(m_sex, &QComboBox::activated, this, &NewCaseDialog::markModified);
    return group;
}

QWidget *NewCaseDialog::buildHousingGroup()
{
    auto *group = new QGroupBox(tr("Ménage et logement"), this);
    auto *form = new QFormLayout(group);
    m_housingKind = new QComboBox(group);
    m_housingKind->addItem(tr("—"), QString());
    for (const HousingKind k : {HousingKind::SocialRental, HousingKind::PrivateRental,
                                HousingKind::Owner, HousingKind::Hosted, HousingKind::Shelter,
                                HousingKind::Residence, HousingKind::None, HousingKind::Other})
        m_housingKind->addItem(label(k), toCode(k));
    addField(form, m_errors, tr("&Type de logement"), m_housingKind,
             QStringLiteral("household.housing_kind"), QStringLiteral("housingKind"));
    m_landlord = new QComboBox(group);
    addField(form, m_errors, tr("&Bailleur"), m_landlord,
             QStringLiteral("household.landlord_partner_id"), QStringLiteral("landlord"));
    m_commune = new QLineEdit(group);
    addField(form, m_errors, tr("Co&mmune"), m_commune, QStringLiteral("household.commune"),
             QStringLiteral("commune"));
    m_qpv = new QComboBox(group);
    m_qpv->addItem(tr("Inconnu"), QVariant());
    m_qpv->addItem(tr("Oui"), true);
    m_qpv->addItem(tr("Non"), false);
    addField(form, m_errors, tr("&Quartier prioritaire (QPV)"), m_qpv,
             QStringLiteral("household.qpv"), QStringLiteral("qpv"));
    m_arrears = new QDoubleSpinBox(group);
    m_arrears->setRange(0.0, 9'999'999.99);
    m_arrears->setDecimals(2);
    m_arrears->setSuffix(tr(" €"));
    m_arrears->setGroupSeparatorShown(true);
    addField(form, m_errors, tr("&Impayés de loyer"), m_arrears,
             QStringLiteral("household.rent_arrears_cents"), QStringLiteral("rentArrears"));
    m_evictionStage = new QComboBox(group);
    addField(form, m_errors, tr("Procédure d'e&xpulsion"), m_evictionStage,
             QStringLiteral("household.eviction_stage"), QStringLiteral("evictionStage"));
    for (QComboBox *combo : {m_housingKind, m_landlord, m_qpv, m_evictionStage})
        connect(combo, &QComboBox::activated, this, &NewCaseDialog::markModified);
    connect(m_commune, &QLineEdit::textEdited, this, &NewCaseDialog::markModified);
    connect(m_arrears, &QDoubleSpinBox::valueChanged, this, &NewCaseDialog::markModified);
    return group;
}

QWidget *NewCaseDialog::buildReferralGroup()
{
    auto *group = new QGroupBox(tr("Saisine"), this);
    auto *form = new QFormLayout(group);
    m_referralPartner = new QComboBox(group);
    addField(form, m_errors, tr("Partenaire &orienteur"), m_referralPartner,
             QStringLiteral("case.referral_partner_id"), QStringLiteral("referralPartner"));
    m_referralDate = new DateLineEdit(group);
    addField(form, m_errors, tr("Date de la &saisine"), m_referralDate,
             QStringLiteral("case.referral_date"), QStringLiteral("referralDate"));
    m_referralReason = new QPlainTextEdit(group);
    m_referralReason->setTabChangesFocus(true);
    m_referralReason->setFixedHeight(64);
    m_referralReason->setPlaceholderText(tr("Pourquoi le partenaire sollicite le dispositif"));
    addField(form, m_errors, tr("Moti&f de la saisine"), m_referralReason,
             QStringLiteral("case.referral_reason"), QStringLiteral("referralReason"));
    connect(m_referralPartner, &QComboBox::activated, this, &NewCaseDialog::markModified);
    connect(m_referralDate, &QLineEdit::textEdited, this, &NewCaseDialog::markModified);
    connect(m_referralReason, &QPlainTextEdit::textChanged, this, &NewCaseDialog::markModified);
    return group;
}

void NewCaseDialog::fillChoices()
{
    ProgrammeRepository programmes(m_db, m_clock);
    for (const Programme &p : programmes.list())
        m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id.bytes());

    ReferenceRepository reference(m_db, m_clock);
    QHash<QString, QString> typeLabels;
    for (const ReferenceItem &item : reference.items(QStringLiteral("partner_type")))
        typeLabels.insert(item.code, item.label());
    CaseFileForms::fillReferenceCombo(m_evictionStage,
                                      reference.items(QStringLiteral("eviction_stage")), tr("—"));

    m_landlord->addItem(tr("(aucun)"), QByteArray());
    m_referralPartner->addItem(tr("(aucun)"), QByteArray());
    PartnerRepository partners(m_db, m_clock);
    for (const Partner &p : partners.list()) {
        m_landlord->addItem(p.name, p.id.bytes());
        m_referralPartner->addItem(
            QStringLiteral("%1 — %2").arg(p.name, typeLabels.value(p.partnerType, p.partnerType)),
            p.id.bytes());
    }
}

void NewCaseDialog::setProgramme(const Uuid &programmeId)
{
    CaseFileForms::selectData(m_programme, programmeId.bytes());
}

Uuid NewCaseDialog::run(Database &db, DialogService &dialogs, const Clock &clock, QWidget *parent,
                        const Uuid &programmeId)
{
    NewCaseDialog dialog(db, dialogs, clock, parent);
    if (!programmeId.isNull())
        dialog.setProgramme(programmeId);
    return dialog.exec() == QDialog::Accepted ? dialog.createdCaseId() : Uuid();
}

void NewCaseDialog::accept()
{
    m_errors.clear();
    m_banner->hide();
    FieldErrors problems;
    NewCaseRequest r;
    r.caseFile.programmeId = Uuid::fromBytes(m_programme->currentData().toByteArray());
    r.caseFile.identifiedOn = m_identifiedOn->date();
    r.mainPerson.firstName = m_firstName->text().trimmed();
    r.mainPerson.lastName = m_lastName->text().trimmed();
    r.mainPerson.birthYear =
        PersonFields::birthYearOf(m_birthYear, QStringLiteral("person.birth_year"), problems);
    r.mainPerson.sex = PersonFields::sexOf(m_sex);

    const QString kind = m_housingKind->currentData().toString();
    r.household.housingKind = kind.isEmpty() ? std::nullopt : housingKindFromCode(kind);
    r.household.landlordPartnerId = Uuid::fromBytes(m_landlord->currentData().toByteArray());
    r.household.commune = m_commune->text().trimmed();
    const QVariant qpv = m_qpv->currentData();
    r.household.qpv = qpv.isValid() ? std::optional<bool>(qpv.toBool()) : std::nullopt;
    r.household.rentArrearsCents = qRound64(m_arrears->value() * 100.0);
    r.household.evictionStage = m_evictionStage->currentData().toString();

    // Read in the form's order, so that the first refused field is the first one on screen.
    r.caseFile.referralPartnerId = Uuid::fromBytes(m_referralPartner->currentData().toByteArray());
    if (!m_referralDate->hasValidInput())
        problems.append({QStringLiteral("case.referral_date"),
                         tr("Date invalide : tapez par exemple 12/03/2025.")});
    r.caseFile.referralDate = m_referralDate->date();
    r.caseFile.referralReason = m_referralReason->toPlainText().trimmed();

    if (!problems.isEmpty()) {
        m_errors.show(problems);
        return;
    }
    try {
        CaseFileStore store(m_db, m_clock);
        m_created = store.createCase(r);
    } catch (const ValidationError &e) {
        const QString unbound = m_errors.show(e.all());
        if (!unbound.isEmpty()) {
            m_banner->setText(unbound);
            m_banner->show();
        }
        return;
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Situation non créée"), e.message());
        return;
    }
    m_modified = false;
    Q_EMIT caseCreated(m_created);
    QDialog::accept();
}

void NewCaseDialog::reject()
{
    if (m_modified) {
        switch (m_dialogs.askUnsaved(this, tr("La nouvelle situation"))) {
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
