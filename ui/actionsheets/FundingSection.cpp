#include "actionsheets/FundingSection.h"

#include "casefile/CaseFileForms.h"
#include "common/FormErrors.h"
#include "repositories/FundingRepository.h"
#include "repositories/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace passerelle {

namespace {
using Model = SnapshotListModel<Funding>;
QList<Model::Column> columns()
{
    return {Model::Column(FundingSection::tr("Financeur"), [](const Funding &f) { return f.funder; }),
            Model::Column(FundingSection::tr("Année"),
                          [](const Funding &f) { return f.year > 0 ? QString::number(f.year) : QString(); }),
            Model::Column(
                FundingSection::tr("Montant"),
                [](const Funding &f) { return CaseFileForms::eurosText(f.amountCents); }, {},
                Qt::AlignRight | Qt::AlignVCenter),
            Model::Column(FundingSection::tr("Note"), [](const Funding &f) { return f.note; })};
}

bool sameLine(const Funding &a, const Funding &b)
{
    return a.funder == b.funder && a.funderPartnerId == b.funderPartnerId && a.year == b.year &&
           a.amountCents == b.amountCents && a.note == b.note && a.programmeId == b.programmeId;
}
} // namespace

FundingSection::FundingSection(Database &db, FormErrors &errors, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(columns())
{
    m_view = CaseFileForms::listView(this, QStringLiteral("funding"), tr("Financeurs et montants"));
    m_view->setModel(&m_model);
    CaseFileForms::fitColumns(m_view, 0);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 8);
    auto *title = new QLabel(tr("&Financeurs et montants affectés à cette fiche"), this);
    title->setBuddy(m_view);

    auto *add = new QPushButton(tr("&Ajouter un financement"), this);
    add->setObjectName(QStringLiteral("funding_add"));
    connect(add, &QPushButton::clicked, this, &FundingSection::addLine);
    m_remove = new QPushButton(tr("Supprimer le financement"), this);
    m_remove->setObjectName(QStringLiteral("funding_remove"));
    m_remove->setToolTip(tr("Le financement est archivé à l'enregistrement"));
    connect(m_remove, &QPushButton::clicked, this, &FundingSection::removeCurrent);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addLayout(buttons);

    m_detail = new QWidget(this);
    auto *form = new QFormLayout(m_detail);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_funder = new QLineEdit(m_detail);
    m_funder->setPlaceholderText(tr("ARS Grand Est"));
    CaseFileForms::addField(form, errors, tr("Fi&nanceur :"), m_funder, QStringLiteral("funder"));
    m_partner = new QComboBox(m_detail);
    m_partner->addItem(tr("(pas un partenaire enregistré)"), QByteArray());
    PartnerFilter everyPartner;
    const QList<Partner> partners = PartnerRepository(db).list(everyPartner);
    for (const Partner &p : partners)
        m_partner->addItem(p.name, p.id.bytes());
    CaseFileForms::addField(form, errors, tr("Partenai&re financeur :"), m_partner,
                            QStringLiteral("funder_partner_id"));
    m_year = new QSpinBox(m_detail);
    m_year->setRange(1990, 2100);
    m_year->setGroupSeparatorShown(false);
    CaseFileForms::addField(form, errors, tr("Ann&ée :"), m_year, QStringLiteral("year"));
    m_amount = new QDoubleSpinBox(m_detail);
    m_amount->setRange(0, 100'000'000);
    m_amount->setDecimals(2);
    m_amount->setSuffix(QStringLiteral(" €"));
    m_amount->setGroupSeparatorShown(true);
    CaseFileForms::addField(form, errors, tr("&Montant :"), m_amount, QStringLiteral("amount_cents"));
    m_note = new QLineEdit(m_detail);
    m_note->setPlaceholderText(tr("Convention 2026, notifiée"));
    CaseFileForms::addField(form, errors, tr("N&ote :"), m_note, QStringLiteral("note"));
    connect(m_funder, &QLineEdit::textEdited, this, &FundingSection::commitCurrent);
    connect(m_partner, &QComboBox::activated, this, [this] {
        // Choosing a partner names the funder after it when nothing was typed.
        if (m_funder->text().trimmed().isEmpty() && m_partner->currentIndex() > 0)
            m_funder->setText(m_partner->currentText());
        commitCurrent();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &FundingSection::commitCurrent);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &FundingSection::commitCurrent);
    connect(m_note, &QLineEdit::textEdited, this, &FundingSection::commitCurrent);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("funding_total"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_total);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FundingSection::showCurrent);
    showCurrent();
}

void FundingSection::load(const Uuid &sheetId, int defaultYear)
{
    m_defaultYear = defaultYear;
    m_stored.clear();
    if (!sheetId.isNull()) {
        FundingFilter filter;
        filter.actionSheetId = sheetId;
        m_stored = FundingRepository(m_db).list(filter);
    }
    m_model.setRows(m_stored);
    if (!m_stored.isEmpty())
        m_view->setCurrentIndex(m_model.index(0, 0));
    showCurrent();
    updateTotal();
}

int FundingSection::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FundingSection::showCurrent()
{
    const int row = currentRow();
    const Funding f = row >= 0 ? m_model.rowAt(row) : Funding();
    m_loading = true;
    m_funder->setText(f.funder);
    CaseFileForms::selectData(m_partner, f.funderPartnerId.bytes());
    m_year->setValue(f.year > 0 ? f.year : std::max(m_defaultYear, 1990));
    m_amount->setValue(double(f.amountCents) / 100.0);
    m_note->setText(f.note);
    m_loading = false;
    m_detail->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
}

void FundingSection::commitCurrent()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    Funding f = m_model.rowAt(row);
    f.funder = m_funder->text();
    f.funderPartnerId = Uuid::fromBytes(m_partner->currentData().toByteArray());
    f.year = m_year->value();
    f.amountCents = qRound64(m_amount->value() * 100.0);
    f.note = m_note->text();
    m_model.replace(row, f);
    updateTotal();
    Q_EMIT edited();
}

void FundingSection::addLine()
{
    Funding f;
    f.year = std::max(m_defaultYear, 1990);
    m_model.append(f);
    m_view->setCurrentIndex(m_model.index(m_model.rowCount() - 1, 0));
    showCurrent();
    m_funder->setFocus(Qt::OtherFocusReason);
    updateTotal();
    Q_EMIT edited();
}

void FundingSection::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model.remove(row);
    if (m_model.rowCount() > 0)
        m_view->setCurrentIndex(m_model.index(std::min(row, m_model.rowCount() - 1), 0));
    showCurrent();
    updateTotal();
    Q_EMIT edited();
}

QString FundingSection::totalText() const
{
    return m_total->text();
}

void FundingSection::updateTotal()
{
    qint64 total = 0;
    for (const Funding &f : m_model.rows())
        total += f.amountCents;
    m_total->setText(m_model.rowCount() == 0
                         ? tr("Aucun financement affecté à cette fiche.")
                         : tr("Total : %1").arg(CaseFileForms::eurosText(total)));
}

void FundingSection::save(const Clock &clock, const Uuid &sheetId, const Uuid &programmeId)
{
    Transaction tx(m_db.handle());
    FundingRepository repository(m_db, clock);
    QList<Funding> rows = m_model.rows();
    QSet<Uuid> kept;
    for (int i = 0; i < rows.size(); ++i) {
        Funding &f = rows[i];
        f.actionSheetId = sheetId;
        f.programmeId = programmeId;
        f.funder = f.funder.trimmed();
        f.note = f.note.trimmed();
        try {
            if (f.id.isNull()) {
                f.id = repository.create(f);
            } else {
                kept.insert(f.id);
                const auto stored = std::find_if(m_stored.cbegin(), m_stored.cend(),
                                                 [&f](const Funding &s) { return s.id == f.id; });
                if (stored == m_stored.cend() || !sameLine(*stored, f))
                    repository.update(f);
            }
        } catch (const ValidationError &) {
            // The refused line is the one the fields beside the message show.
            m_view->setCurrentIndex(m_model.index(i, 0));
            throw;
        }
    }
    for (const Funding &s : std::as_const(m_stored))
        if (!kept.contains(s.id))
            repository.archive(s.id);
    tx.commit();
}

} // namespace passerelle
