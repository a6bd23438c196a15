#include "casefile/StatusChangeDialog.h"

#include "casefile/CaseFileForms.h"
#include "common/DialogService.h"
#include "repositories/CaseStatusService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

using CaseFileForms::addField;

StatusChangeDialog::StatusChangeDialog(Database &db, DialogService &dialogs, const Case &current,
                                       const QList<ReferenceItem> &closeReasons, const Clock &clock,
                                       QWidget *parent)
    : QDialog(parent), m_db(db), m_dialogs(dialogs), m_clock(clock), m_case(current)
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    setWindowTitle(tr("Changer le statut — %1").arg(current.number));
    auto *layout = new QVBoxLayout(this);
    auto *now = new QLabel(tr("Statut actuel : <b>%1</b>").arg(label(current.status)), this);
    layout->addWidget(now);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_status = new QComboBox(this);
    for (const CaseStatus s : allowedNextStatuses(current.status))
        m_status->addItem(isReopening(current.status, s) ? tr("Rouvrir — %1").arg(label(s))
                                                         : label(s),
                          toCode(s));
    addField(form, m_errors, tr("&Nouveau statut"), m_status, QStringLiteral("status"));
    m_date = new QDateEdit(clock.today(), this);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(clock.today());
    addField(form, m_errors, tr("&Date"), m_date, QStringLiteral("changed_on"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("p. ex. décision de la cellule d'orientation du 12/03"));
    addField(form, m_errors, tr("&Motif du changement"), m_reason, QStringLiteral("reason"));
    m_closeReason = new QComboBox(this);
    CaseFileForms::fillReferenceCombo(m_closeReason, closeReasons, tr("— choisir —"));
    addField(form, m_errors, tr("Motif de &clôture"), m_closeReason,
             QStringLiteral("close_reason"));
    m_errors.bind(QStringLiteral("id"), m_status, nullptr);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Valider"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_status, &QComboBox::currentIndexChanged, this,
            &StatusChangeDialog::updateCloseReason);
    updateCloseReason();
}

CaseStatus StatusChangeDialog::chosenStatus() const
{
    return caseStatusFromCode(m_status->currentData().toString()).value_or(m_case.status);
}

void StatusChangeDialog::updateCloseReason()
{
    const bool closing = chosenStatus() == CaseStatus::Closed;
    m_closeReason->setEnabled(closing);
    if (!closing)
        m_closeReason->setCurrentIndex(0);
}

void StatusChangeDialog::accept()
{
    m_errors.clear();
    m_banner->hide();
    const CaseStatus status = chosenStatus();
    const QString closeReason = m_closeReason->currentData().toString();
    if (status == CaseStatus::Closed && closeReason.isEmpty()) {
        m_errors.show({{QStringLiteral("close_reason"), tr("Choisissez le motif de clôture.")}});
        return;
    }
    try {
        CaseStatusService service(m_db, m_clock);
        service.changeStatus(m_case.id, status, m_date->date(), m_reason->text().trimmed(),
                             status == CaseStatus::Closed ? closeReason : QString());
    } catch (const ValidationError &e) {
        const QString unbound = m_errors.show(e.all());
        if (!unbound.isEmpty()) {
            m_banner->setText(unbound);
            m_banner->show();
        }
        return;
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Statut non modifié"), e.message());
        return;
    }
    Q_EMIT statusChanged(m_case.id, status);
    QDialog::accept();
}

} // namespace passerelle
