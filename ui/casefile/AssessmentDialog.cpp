#include "casefile/AssessmentDialog.h"

#include "casefile/CaseFileForms.h"
#include "common/DialogService.h"
#include "domain/Assessment.h"
#include "repositories/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

namespace {
QComboBox *scoreCombo(QWidget *parent, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QStringLiteral("—"), 0);
    for (int s = minScore; s <= maxScore; ++s)
        combo->addItem(scoreLabel(s), s);
    combo->setAccessibleName(accessibleName);
    return combo;
}
} // namespace

AssessmentDialog::AssessmentDialog(Database &db, DialogService &dialogs, const Uuid &caseId,
                                   const QList<ReferenceItem> &dimensions, const Clock &clock,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_dialogs(dialogs), m_clock(clock), m_caseId(caseId)
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("Nouvelle évaluation"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(clock.today(), this);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(clock.today());
    CaseFileForms::addField(form, m_errors, tr("&Date de l'évaluation"), m_date,
                            QStringLiteral("assessed_on"));
    layout->addLayout(form);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Dimension</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Déclaré par la personne</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Observé par l'équipe</b>"), this), 0, 2);
    int row = 1;
    for (const ReferenceItem &item : dimensions) {
        Line line;
        line.dimension = item.code;
        auto *name = new QLabel(item.label(), this);
        line.person = scoreCombo(this, tr("%1 — déclaré par la personne").arg(item.label()));
        line.team = scoreCombo(this, tr("%1 — observé par l'équipe").arg(item.label()));
        line.person->setObjectName(QStringLiteral("person_") + item.code);
        line.team->setObjectName(QStringLiteral("team_") + item.code);
        name->setBuddy(line.person);
        grid->addWidget(name, row, 0);
        grid->addWidget(line.person, row, 1);
        grid->addWidget(line.team, row, 2);
        m_lines.append(line);
        ++row;
    }
    layout->addLayout(grid);
    auto *scale = new QLabel(tr("Échelle : 1 très défavorable, 2 défavorable, 3 mitigé, "
                                "4 favorable, 5 très favorable. « — » : non évalué ce jour."),
                             this);
    scale->setWordWrap(true);
    layout->addWidget(scale);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Valider"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssessmentDialog::reject);
    layout->addWidget(buttons);
}

void AssessmentDialog::accept()
{
    m_errors.clear();
    m_banner->hide();
    QList<Assessment> scores;
    for (const Line &line : std::as_const(m_lines)) {
        for (const auto &[combo, source] : {std::pair{line.person, AssessmentSource::Person},
                                            std::pair{line.team, AssessmentSource::Team}}) {
            const int score = combo->currentData().toInt();
            if (score == 0)
                continue;
            Assessment a;
            a.caseId = m_caseId;
            a.assessedOn = m_date->date();
            a.dimension = line.dimension;
            a.score = score;
            a.source = source;
            scores.append(a);
        }
    }
    if (scores.isEmpty()) {
        m_banner->setText(tr("Donnez au moins un score."));
        m_banner->show();
        return;
    }
    try {
        Transaction tx(m_db.handle());
        AssessmentRepository repository(m_db, m_clock);
        for (const Assessment &a : std::as_const(scores))
            repository.record(a);
        tx.commit();
    } catch (const ValidationError &e) {
        const QString unbound = m_errors.show(e.all());
        if (!unbound.isEmpty()) {
            m_banner->setText(unbound);
            m_banner->show();
        }
        return;
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Évaluation non enregistrée"), e.message());
        return;
    }
    m_recorded = int(scores.size());
    QDialog::accept();
}

} // namespace passerelle
