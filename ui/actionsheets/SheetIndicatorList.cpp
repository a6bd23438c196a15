#include "actionsheets/SheetIndicatorList.h"

#include "casefile/CaseFileForms.h"
#include "indicators/IndicatorEngine.h"
#include "repositories/IndicatorRepository.h"
#include "util/Errors.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

namespace {
using Model = SnapshotListModel<SheetIndicatorList::Row>;
QList<Model::Column> columns()
{
    using Row = SheetIndicatorList::Row;
    return {Model::Column(SheetIndicatorList::tr("Type"), [](const Row &r) { return r.kind; }),
            Model::Column(SheetIndicatorList::tr("Indicateur"), [](const Row &r) { return r.label; }),
            Model::Column(SheetIndicatorList::tr("Cible"), [](const Row &r) { return r.target; }),
            Model::Column(SheetIndicatorList::tr("Valeur"), [](const Row &r) { return r.how; })};
}
} // namespace

SheetIndicatorList::SheetIndicatorList(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(columns())
{
    m_view = CaseFileForms::listView(this, QStringLiteral("indicators"), tr("Indicateurs de la fiche"));
    m_view->setModel(&m_model);
    m_view->setWordWrap(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("indicators_summary"));
    m_summary->setWordWrap(true);
    auto *title = new QLabel(tr("&Indicateurs d'évaluation (processus, résultat, impact)"), this);
    title->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
}

void SheetIndicatorList::load(const Uuid &sheetId)
{
    QList<Row> rows;
    int computed = 0;
    if (!sheetId.isNull()) {
        IndicatorEngine engine(m_db);
        const QList<Indicator> indicators = IndicatorRepository(m_db).list(sheetId);
        for (const Indicator &i : indicators) {
            QString how;
            try {
                const bool isComputed = engine.definitionOf(i.id).has_value();
                computed += isComputed ? 1 : 0;
                how = isComputed ? tr("calculée") : tr("saisie à la main");
            } catch (const ValidationError &) {
                how = tr("définition illisible");
            }
            rows.append({label(i.kind), i.label, i.target, how});
        }
    }
    m_model.setRows(rows);
    m_summary->setText(sheetId.isNull()
                           ? tr("Les indicateurs s'ajoutent une fois la fiche enregistrée.")
                           : tr("%1 indicateur(s), dont %2 calculé(s) par Passerelle à partir "
                                "de ce qui est enregistré.")
                                 .arg(rows.size())
                                 .arg(computed));
}

} // namespace passerelle
