#include "actionsheets/SheetPartnerEditor.h"

#include "casefile/CaseFileForms.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace passerelle {

namespace {
using Model = SnapshotListModel<SheetPartnerEditor::Row>;
QList<Model::Column> columns()
{
    return {Model::Column(SheetPartnerEditor::tr("Partenaire"),
                          [](const SheetPartnerEditor::Row &r) { return r.name; }),
            Model::Column(SheetPartnerEditor::tr("Rôle dans l'action"),
                          [](const SheetPartnerEditor::Row &r) { return r.role; })};
}
} // namespace

SheetPartnerEditor::SheetPartnerEditor(const QList<Partner> &partners, QWidget *parent)
    : QWidget(parent), m_all(partners), m_model(columns())
{
    setObjectName(QStringLiteral("partner_editor"));
    m_view = CaseFileForms::listView(this, QStringLiteral("partner"), tr("Partenaires de l'action"));
    m_view->setModel(&m_model);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(0, m_view->fontMetrics().horizontalAdvance(QString(40, u'm')) / 2);

    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("partner_choice"));
    m_choice->setAccessibleName(tr("Partenaire à ajouter"));
    for (const Partner &p : std::as_const(m_all))
        if (!p.archivedAt.isValid())
            m_choice->addItem(p.name, p.id.bytes());
    m_role = new QLineEdit(this);
    m_role->setObjectName(QStringLiteral("partner_role"));
    m_role->setAccessibleName(tr("Rôle du partenaire à ajouter"));
    m_role->setPlaceholderText(tr("Rôle : « Orientation des situations »"));
    connect(m_role, &QLineEdit::returnPressed, this, &SheetPartnerEditor::addChosen);
    auto *add = new QPushButton(tr("Ajouter le &partenaire"), this);
    add->setObjectName(QStringLiteral("partner_add"));
    connect(add, &QPushButton::clicked, this, &SheetPartnerEditor::addChosen);
    m_remove = new QPushButton(tr("Retirer le partenaire"), this);
    m_remove->setObjectName(QStringLiteral("partner_remove"));
    connect(m_remove, &QPushButton::clicked, this, &SheetPartnerEditor::removeCurrent);
    auto *choiceLabel = new QLabel(tr("Partenai&re :"), this);
    choiceLabel->setBuddy(m_choice);
    auto *roleLabel = new QLabel(tr("R&ôle :"), this);
    roleLabel->setBuddy(m_role);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_view, 0, 0, 1, 4);
    grid->addWidget(m_remove, 0, 4, Qt::AlignTop);
    grid->addWidget(choiceLabel, 1, 0);
    grid->addWidget(m_choice, 1, 1);
    grid->addWidget(roleLabel, 1, 2);
    grid->addWidget(m_role, 1, 3);
    grid->addWidget(add, 1, 4);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 3);
}

QString SheetPartnerEditor::nameOf(const Uuid &id) const
{
    for (const Partner &p : m_all)
        if (p.id == id)
            return p.archivedAt.isValid() ? tr("%1 (archivé)").arg(p.name) : p.name;
    return id.toString();
}

QList<ActionSheetPartner> SheetPartnerEditor::partners() const
{
    QList<ActionSheetPartner> out;
    for (const Row &r : m_model.rows())
        out.append({r.partnerId, r.role});
    return out;
}

void SheetPartnerEditor::setPartners(const QList<ActionSheetPartner> &partners)
{
    QList<Row> rows;
    for (const ActionSheetPartner &p : partners)
        rows.append({p.partnerId, nameOf(p.partnerId), p.role});
    m_model.setRows(rows);
}

void SheetPartnerEditor::addChosen()
{
    const Uuid id = Uuid::fromBytes(m_choice->currentData().toByteArray());
    if (id.isNull())
        return;
    const QList<Row> &rows = m_model.rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).partnerId == id) { // already there: its role changes
            m_model.replace(i, {id, rows.at(i).name, m_role->text().trimmed()});
            m_view->setCurrentIndex(m_model.index(i, 0));
            m_role->clear();
            Q_EMIT edited();
            return;
        }
    }
    m_model.append({id, nameOf(id), m_role->text().trimmed()});
    m_view->setCurrentIndex(m_model.index(m_model.rowCount() - 1, 0));
    m_role->clear();
    Q_EMIT edited();
}

void SheetPartnerEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_model.remove(current.row());
    Q_EMIT edited();
}

} // namespace passerelle
