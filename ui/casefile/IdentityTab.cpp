#include "casefile/IdentityTab.h"

#include "casefile/CaseFileDraft.h"
#include "casefile/CaseFileForms.h"
#include "casefile/DateLineEdit.h"
#include "casefile/MemberDialog.h"
#include "casefile/PersonFields.h"
#include "common/DialogService.h"
#include "common/FormErrors.h"
#include "queries/CaseFileSnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

using CaseFileForms::addField;

namespace {
QString yearText(const Person &p)
{
    return p.birthYear ? QString::number(*p.birthYear) : QString();
}
} // namespace

IdentityTab::IdentityTab(DialogService &dialogs, FormErrors &errors, QWidget *parent)
    : CaseFileTab(parent), m_dialogs(dialogs), m_errors(errors),
      m_memberModel({{tr("Code"), [](const Person &p) { return QVariant(p.code); }},
                     {tr("Prénom"), [](const Person &p) { return QVariant(p.firstName); }},
                     {tr("Nom"), [](const Person &p) { return QVariant(p.lastName); }},
                     {tr("Naissance"), [](const Person &p) { return QVariant(yearText(p)); }},
                     {tr("Sexe"),
                      [](const Person &p) { return QVariant(p.sex ? label(*p.sex) : QString()); }},
                     {tr("Lien dans le ménage"),
                      [this](const Person &p) {
                          return QVariant(p.relation.isEmpty()
                                              ? tr("— (suivi hors du ménage)")
                                              : m_relationLabels.value(p.relation, p.relation));
                      }}},
                    this)
{
    setObjectName(QStringLiteral("identityTab"));
    auto *top = new QHBoxLayout;
    top->addWidget(buildPersonGroup(), 1);
    top->addWidget(buildHousingGroup(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildMembersGroup(), 1);
}

QWidget *IdentityTab::buildPersonGroup()
{
    auto *group = new QGroupBox(tr("Personne accompagnée"), this);
    auto *form = new QFormLayout(group);
    m_code = new QLabel(group);
    m_code->setObjectName(QStringLiteral("personCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setToolTip(tr("Code pseudonyme : le seul nom de la personne dans les listes, "
                          "rapports et exports."));
    form->addRow(tr("Code :"), m_code);

    m_firstName = new QLineEdit(group);
    addField(form, m_errors, tr("&Prénom"), m_firstName, QStringLiteral("person.first_name"),
             QStringLiteral("firstName"));
    m_lastName = new QLineEdit(group);
    addField(form, m_errors, tr("&Nom"), m_lastName, QStringLiteral("person.last_name"),
             QStringLiteral("lastName"));
    m_birthYear = PersonFields::birthYearEdit(group);
    addField(form, m_errors, tr("Année de nai&ssance"), m_birthYear,
             QStringLiteral("person.birth_year"), QStringLiteral("birthYear"));
    m_sex = PersonFields::sexCombo(group);
    addField(form, m_errors, tr("Se&xe"), m_sex, QStringLiteral("person.sex"),
             QStringLiteral("sex"));
    m_relation = new QComboBox(group);
    addField(form, m_errors, tr("&Lien dans le ménage"), m_relation,
             QStringLiteral("person.relation"), QStringLiteral("relation"));
    // The person's code is not typed; what the repository says about it goes to the names.
    m_errors.bind(QStringLiteral("person.code"), m_firstName, nullptr);

    for (QLineEdit *edit : {m_firstName, m_lastName, m_birthYear})
        connect(edit, &QLineEdit::textEdited, this, &IdentityTab::markEdited);
    for (QComboBox *combo : {m_sex, m_relation})
        connect(combo, &QComboBox::activated, this, &IdentityTab::markEdited);
    return group;
}

QWidget *IdentityTab::buildHousingGroup()
{
    auto *group = new QGroupBox(tr("Logement"), this);
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
    addField(form, m_errors, tr("&Commune"), m_commune, QStringLiteral("household.commune"),
             QStringLiteral("commune"));
    m_qpv = new QComboBox(group);
    m_qpv->addItem(tr("Inconnu"), QVariant());
    m_qpv->addItem(tr("Oui"), true);
    m_qpv->addItem(tr("Non"), false);
    m_qpv->setToolTip(tr("Quartier prioritaire de la politique de la ville"));
    addField(form, m_errors, tr("&Quartier prioritaire (QPV)"), m_qpv,
             QStringLiteral("household.qpv"), QStringLiteral("qpv"));
    m_tenancyStart = new DateLineEdit(group);
    addField(form, m_errors, tr("Début du b&ail"), m_tenancyStart,
             QStringLiteral("household.tenancy_start"), QStringLiteral("tenancyStart"));
    m_arrears = new QDoubleSpinBox(group);
    m_arrears->setRange(0.0, 9'999'999.99);
    m_arrears->setDecimals(2);
    m_arrears->setSuffix(tr(" €"));
    m_arrears->setGroupSeparatorShown(true);
    addField(form, m_errors, tr("&Impayés de loyer"), m_arrears,
             QStringLiteral("household.rent_arrears_cents"), QStringLiteral("rentArrears"));
    m_repaymentPlan = new QCheckBox(tr("Plan d'ap&urement en cours"), group);
    m_repaymentPlan->setObjectName(QStringLiteral("repaymentPlan"));
    m_repaymentPlan->setAccessibleName(tr("Plan d'apurement en cours"));
    form->addRow(QString(), m_repaymentPlan);
    m_evictionStage = new QComboBox(group);
    addField(form, m_errors, tr("Procédure d'&expulsion"), m_evictionStage,
             QStringLiteral("household.eviction_stage"), QStringLiteral("evictionStage"));

    for (QComboBox *combo : {m_housingKind, m_landlord, m_qpv, m_evictionStage})
        connect(combo, &QComboBox::activated, this, &IdentityTab::markEdited);
    for (QLineEdit *edit :
         {static_cast<QLineEdit *>(m_commune), static_cast<QLineEdit *>(m_tenancyStart)})
        connect(edit, &QLineEdit::textEdited, this, &IdentityTab::markEdited);
    connect(m_arrears, &QDoubleSpinBox::valueChanged, this, &IdentityTab::markEdited);
    connect(m_repaymentPlan, &QCheckBox::toggled, this, &IdentityTab::markEdited);
    return group;
}

QWidget *IdentityTab::buildMembersGroup()
{
    auto *group = new QGroupBox(tr("Composition du ménage"), this);
    auto *layout = new QVBoxLayout(group);
    m_householdCode = new QLabel(group);
    m_householdCode->setObjectName(QStringLiteral("householdCode"));
    layout->addWidget(m_householdCode);

    m_members = CaseFileForms::listView(group, QStringLiteral("membersTable"),
                                        tr("Autres membres du ménage"));
    m_members->setModel(&m_memberModel);
    CaseFileForms::fitColumns(m_members, Relation);
    m_members->setMinimumHeight(90);
    connect(m_members, &QTableView::activated, this, &IdentityTab::editMember);
    layout->addWidget(m_members, 1);

    m_membersMessage = new QLabel(group);
    layout->addWidget(m_membersMessage);
    m_errors.bind(QStringLiteral("household.person.relation"), m_members, m_membersMessage);
    m_errors.bind(QStringLiteral("household.person.household_id"), m_members, m_membersMessage);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("A&jouter un membre…"), group);
    add->setObjectName(QStringLiteral("addMember"));
    m_editMember = new QPushButton(tr("&Modifier…"), group);
    m_editMember->setObjectName(QStringLiteral("editMember"));
    m_removeMember = new QPushButton(tr("&Retirer du ménage"), group);
    m_removeMember->setObjectName(QStringLiteral("removeMember"));
    buttons->addWidget(add);
    buttons->addWidget(m_editMember);
    buttons->addWidget(m_removeMember);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &IdentityTab::addMember);
    connect(m_editMember, &QPushButton::clicked, this, &IdentityTab::editMember);
    connect(m_removeMember, &QPushButton::clicked, this, &IdentityTab::removeMember);
    const auto updateButtons = [this] {
        const bool selected = m_members->selectionModel()->hasSelection();
        m_editMember->setEnabled(selected);
        m_removeMember->setEnabled(selected);
    };
    connect(m_members->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateButtons);
    connect(&m_memberModel, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();

    auto *noteLabel = new QLabel(tr("N&ote sur la composition"), group);
    m_compositionNote = new QPlainTextEdit(group);
    m_compositionNote->setObjectName(QStringLiteral("compositionNote"));
    m_compositionNote->setAccessibleName(tr("Note sur la composition"));
    m_compositionNote->setTabChangesFocus(true);
    m_compositionNote->setMaximumHeight(60);
    noteLabel->setBuddy(m_compositionNote);
    layout->addWidget(noteLabel);
    layout->addWidget(m_compositionNote);
    connect(m_compositionNote, &QPlainTextEdit::textChanged, this, &IdentityTab::markEdited);
    return group;
}

void IdentityTab::load(const CaseFileSnapshot &s)
{
    const LoadGuard guard(*this);
    m_relations = s.choices(QStringLiteral("household_relation"));
    m_relationLabels.clear();
    for (const ReferenceItem &item : s.lists.value(QStringLiteral("household_relation")))
        m_relationLabels.insert(item.code, item.label());

    const Person *main = s.mainPerson();
    m_main = main ? std::optional<Person>(*main) : std::nullopt;
    m_code->setText(main ? main->code : tr("(attribué à l'enregistrement)"));
    m_firstName->setText(main ? main->firstName : QString());
    m_lastName->setText(main ? main->lastName : QString());
    PersonFields::showBirthYear(m_birthYear, main ? main->birthYear : std::nullopt);
    PersonFields::showSex(m_sex, main ? main->sex : std::nullopt);
    CaseFileForms::fillReferenceCombo(
        m_relation,
        s.choices(QStringLiteral("household_relation"), main ? main->relation : QString()),
        tr("— (suivi hors du ménage)"));
    CaseFileForms::selectData(m_relation, main ? main->relation : QString());

    m_household = s.household;
    const Household h = s.household.value_or(Household{});
    CaseFileForms::selectData(m_housingKind, h.housingKind ? toCode(*h.housingKind) : QString());
    m_landlord->clear();
    m_landlord->addItem(tr("(aucun)"), QByteArray());
    for (const Partner &p : s.partners)
        if (!p.archivedAt.isValid() || p.id == h.landlordPartnerId)
            m_landlord->addItem(p.name, p.id.bytes());
    CaseFileForms::selectData(m_landlord, h.landlordPartnerId.bytes());
    m_commune->setText(h.commune);
    m_qpv->setCurrentIndex(!h.qpv ? 0 : (*h.qpv ? 1 : 2));
    m_tenancyStart->setDate(h.tenancyStart);
    m_arrears->setValue(double(h.rentArrearsCents) / 100.0);
    m_repaymentPlan->setChecked(h.repaymentPlan);
    CaseFileForms::fillReferenceCombo(
        m_evictionStage, s.choices(QStringLiteral("eviction_stage"), h.evictionStage), tr("—"));
    CaseFileForms::selectData(m_evictionStage, h.evictionStage);
    m_compositionNote->setPlainText(h.compositionNote);
    m_householdCode->setText(s.household ? tr("Ménage %1").arg(h.code)
                                         : tr("Pas encore de ménage : il sera créé à "
                                              "l'enregistrement si vous décrivez le logement "
                                              "ou ajoutez un membre."));

    QList<Person> others;
    for (const Person &p : s.people)
        if (!main || p.id != main->id)
            others.append(p);
    m_memberModel.setRows(others);
}

bool IdentityTab::householdWanted() const
{
    if (m_household)
        return true;
    if (!m_relation->currentData().toString().isEmpty())
        return true;
    for (const Person &p : m_memberModel.rows())
        if (!p.relation.isEmpty())
            return true;
    // Something typed about the housing of a case that had no household.
    return m_housingKind->currentIndex() > 0 || m_landlord->currentIndex() > 0 ||
           !m_commune->text().trimmed().isEmpty() || m_qpv->currentIndex() > 0 ||
           !m_tenancyStart->text().trimmed().isEmpty() || m_arrears->value() > 0.0 ||
           m_repaymentPlan->isChecked() || m_evictionStage->currentIndex() > 0 ||
           !m_compositionNote->toPlainText().trimmed().isEmpty();
}

void IdentityTab::apply(CaseFileDraft &draft, FieldErrors &problems) const
{
    Person main = m_main.value_or(Person{});
    main.firstName = m_firstName->text().trimmed();
    main.lastName = m_lastName->text().trimmed();
    main.birthYear =
        PersonFields::birthYearOf(m_birthYear, QStringLiteral("person.birth_year"), problems);
    main.sex = PersonFields::sexOf(m_sex);
    main.relation = m_relation->currentData().toString();
    const bool hasMain = m_main || !main.firstName.isEmpty() || !main.lastName.isEmpty() ||
                         main.birthYear || main.sex || !main.relation.isEmpty();

    draft.people.clear();
    draft.mainIndex = -1;
    if (hasMain) {
        draft.people.append(main);
        draft.mainIndex = 0;
    }
    draft.people.append(m_memberModel.rows());

    if (!householdWanted()) {
        draft.household.reset();
        return;
    }
    Household h = m_household.value_or(Household{});
    const QString kind = m_housingKind->currentData().toString();
    h.housingKind = kind.isEmpty() ? std::nullopt : housingKindFromCode(kind);
    h.landlordPartnerId = Uuid::fromBytes(m_landlord->currentData().toByteArray());
    h.commune = m_commune->text().trimmed();
    const QVariant qpv = m_qpv->currentData();
    h.qpv = qpv.isValid() ? std::optional<bool>(qpv.toBool()) : std::nullopt;
    if (!m_tenancyStart->hasValidInput())
        problems.append({QStringLiteral("household.tenancy_start"),
                         tr("Date invalide : tapez par exemple 01/09/2019.")});
    h.tenancyStart = m_tenancyStart->date();
    h.rentArrearsCents = qRound64(m_arrears->value() * 100.0);
    h.repaymentPlan = m_repaymentPlan->isChecked();
    h.evictionStage = m_evictionStage->currentData().toString();
    h.compositionNote = m_compositionNote->toPlainText().trimmed();
    draft.household = h;
    // A household created now needs its reference person: the main person, unless another
    // member already is.
    if (!m_household && hasMain && draft.people[0].relation.isEmpty()) {
        bool otherSelf = false;
        for (const Person &p : m_memberModel.rows())
            otherSelf = otherSelf || p.relation == QLatin1String("self");
        if (!otherSelf)
            draft.people[0].relation = QStringLiteral("self");
    }
}

void IdentityTab::addMember()
{
    MemberDialog dialog(Person{}, m_relations, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_memberModel.append(dialog.person());
    m_members->selectRow(m_memberModel.rowCount() - 1);
    markEdited();
}

void IdentityTab::editMember()
{
    const QModelIndexList rows = m_members->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    MemberDialog dialog(m_memberModel.rowAt(row), m_relations, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_memberModel.replace(row, dialog.person());
    markEdited();
}

void IdentityTab::removeMember()
{
    const QModelIndexList rows = m_members->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const Person &p = m_memberModel.rowAt(row);
    const QString who = CaseFileForms::personName(p);
    if (m_dialogs.question(this, tr("Retirer du ménage"),
                           tr("Retirer %1 du ménage et de la situation ? La personne reste "
                              "enregistrée ; le retrait prend effet à l'enregistrement.")
                               .arg(who.isEmpty() ? tr("ce membre") : who)) !=
        DialogService::Answer::Yes)
        return;
    m_memberModel.remove(row);
    markEdited();
}

} // namespace passerelle
