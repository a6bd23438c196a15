#include "actionsheets/DeterminantsSection.h"

#include "actionsheets/CodeCheckGroup.h"
#include "repositories/ReferenceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace passerelle {

DeterminantsSection::DeterminantsSection(Database &db, FormErrors &errors, QWidget *parent)
    : SheetSection(errors, parent)
{
    m_determinants = new CodeCheckGroup(tr("&Déterminants de santé visés"),
                                        QStringLiteral("determinant"),
                                        ReferenceRepository(db).items(QStringLiteral("determinant"), true),
                                        3, this);
    addBlock(m_determinants, QStringLiteral("determinant"));

    QFormLayout *form = addForm();
    m_inequalities = yesNo(QStringLiteral("targets_inequalities"));
    addField(form, tr("Vise les &inégalités sociales de santé :"), m_inequalities,
             QStringLiteral("targets_inequalities"));
    m_inequalitiesDetail = textArea(this, 2);
    m_inequalitiesDetail->setPlaceholderText(tr("Lesquelles, auprès de quels publics"));
    addField(form, tr("Préci&sez :"), m_inequalitiesDetail, QStringLiteral("inequalities_detail"));
    m_policies = new QLineEdit(this);
    m_policies->setPlaceholderText(tr("Locale, à l'échelle du département"));
    addField(form, tr("Politiques &publiques concernées :"), m_policies,
             QStringLiteral("public_policies"));
    m_participation = yesNo(QStringLiteral("citizen_participation"));
    addField(form, tr("Participation &citoyenne :"), m_participation,
             QStringLiteral("citizen_participation"));
    m_participationHow = textArea(this, 3);
    m_participationHow->setPlaceholderText(tr("Comment les personnes concernées participent"));
    addField(form, tr("Co&mment :"), m_participationHow, QStringLiteral("citizen_participation_how"));
    // The details matter only once the answer is yes.
    connect(m_inequalities, &QComboBox::currentIndexChanged, this,
            [this] { m_inequalitiesDetail->setEnabled(yesNoOf(m_inequalities) != false); });
    connect(m_participation, &QComboBox::currentIndexChanged, this,
            [this] { m_participationHow->setEnabled(yesNoOf(m_participation) != false); });
    sectionLayout()->addStretch(1);
}

QComboBox *DeterminantsSection::yesNo(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(tr("Non renseigné"));
    combo->addItem(tr("Oui"), true);
    combo->addItem(tr("Non"), false);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void DeterminantsSection::setYesNo(QComboBox *combo, std::optional<bool> value)
{
    combo->setCurrentIndex(!value ? 0 : (*value ? 1 : 2));
}

std::optional<bool> DeterminantsSection::yesNoOf(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void DeterminantsSection::load(const ActionSheet &s)
{
    m_determinants->setCodes(s.determinants);
    setYesNo(m_inequalities, s.targetsInequalities);
    m_inequalitiesDetail->setPlainText(s.inequalitiesDetail);
    m_policies->setText(s.publicPolicies);
    setYesNo(m_participation, s.citizenParticipation);
    m_participationHow->setPlainText(s.citizenParticipationHow);
}

void DeterminantsSection::store(ActionSheet &s) const
{
    s.determinants = m_determinants->codes();
    s.targetsInequalities = yesNoOf(m_inequalities);
    s.inequalitiesDetail = m_inequalitiesDetail->toPlainText().trimmed();
    s.publicPolicies = m_policies->text().trimmed();
    s.citizenParticipation = yesNoOf(m_participation);
    s.citizenParticipationHow = m_participationHow->toPlainText().trimmed();
}

} // namespace passerelle
