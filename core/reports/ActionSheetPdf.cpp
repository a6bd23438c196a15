#include "reports/ActionSheetPdf.h"

#include "domain/ActionSheet.h"
#include "domain/Funding.h"
#include "domain/Indicator.h"
#include "reports/PdfDocument.h"
#include "reports/PdfFormBlock.h"
#include "reports/PdfStyle.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/FundingRepository.h"
#include "repositories/IndicatorRepository.h"
#include "repositories/PartnerRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/ReferenceRepository.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QLocale>
#include <QPainter>

#include <map>

namespace passerelle {

namespace {
QString euros(qint64 cents)
{
    return PdfStyle::groupDigits(QString::number(double(cents) / 100.0, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(','))) +
           QChar(0x202F) + QChar(0x20AC);
}

class SheetPrinter
{
public:
    SheetPrinter(Database &db, const ActionSheet &sheet, PdfDocument &document)
        : m_db(db), m_references(db), m_sheet(sheet), m_flow(document.flow()),
          m_form(document.flow(), document.style().mm(52))
    {
    }

    void print()
    {
        title();
        identification();
        plans();
        objectives();
        determinants();
        partnersAndPublic();
        calendar();
        classification();
        funding();
        indicators();
        evaluation();
    }

private:
    // Every item of the list, ticked when the sheet carries its code; codes no longer in
    // the list (archived items) still show, ticked.
    void checklist(const QString &list, const QStringList &ticked, const QMap<QString, QString> &details = {})
    {
        QStringList shown;
        for (const ReferenceItem &item : m_references.items(list, true)) {
            if (!item.archivedAt.isNull() && !ticked.contains(item.code))
                continue;
            m_form.check(item.label(), ticked.contains(item.code), details.value(item.code));
            shown.append(item.code);
        }
        for (const QString &code : ticked)
            if (!shown.contains(code))
                m_form.check(code, true, details.value(code));
    }

    void yesNo(const std::optional<bool> &answer)
    {
        m_form.check(ReportsText::tr("Oui"), answer.value_or(false));
        m_form.check(ReportsText::tr("Non"), answer.has_value() && !*answer);
    }

    void textOrBlank(const QString &text)
    {
        if (text.trimmed().isEmpty())
            m_form.notFilled();
        else
            m_form.text(text);
    }

    void row(const QString &label, const QString &text)
    {
        m_form.beginRow(label);
        textOrBlank(text);
        m_form.endRow();
    }

    void title()
    {
        const PdfStyle &s = m_flow.style();
        // The name is often the whole "Contrat local de santé du Pays de Langres".
        const QString cls = ReportsText::tr("Contrat local de santé");
        const QString heading = m_sheet.clsName.isEmpty() ? cls
                                : m_sheet.clsName.startsWith(cls, Qt::CaseInsensitive)
                                    ? m_sheet.clsName
                                    : QString(cls + QStringLiteral(" — ") + m_sheet.clsName);
        m_flow.paragraph(heading, s.heading2, s.accent);
        m_flow.skip(s.mm(2));
        m_flow.paragraph(ReportsText::tr("Action %1").arg(m_sheet.number) + QStringLiteral("   ") +
                             m_sheet.title,
                         s.heading1, s.ink);
        if (const auto programme = ProgrammeRepository(m_db).find(m_sheet.programmeId))
            m_flow.paragraph(ReportsText::tr("Dispositif : %1").arg(programme->name), s.body,
                             s.muted);
        m_flow.skip(s.mm(5));
    }

    void identification()
    {
        m_form.beginRow(actionSheetSectionLabel(u"typology"));
        checklist(QStringLiteral("action_typology"), m_sheet.typologies);
        m_form.endRow();
        m_form.beginRow(ReportsText::tr("Porteur"));
        m_form.text(ReportsText::tr("Structure : %1")
                        .arg(m_sheet.carrierStructure.isEmpty() ? ReportsText::tr("non renseignée")
                                                                : m_sheet.carrierStructure));
        m_form.text(ReportsText::tr("Personne référente : %1")
                        .arg(m_sheet.carrierReferent.isEmpty() ? ReportsText::tr("non renseignée")
                                                               : m_sheet.carrierReferent));
        m_form.endRow();
        row(ReportsText::tr("Axe stratégique du CLS"), m_sheet.strategicAxis);
        row(ReportsText::tr("Contexte et enjeux locaux"), m_sheet.localContext);
    }

    static QMap<QString, QString> objectivesOf(const QList<ActionSheetAxis> &axes)
    {
        QMap<QString, QString> out;
        for (const ActionSheetAxis &a : axes)
            out.insert(a.code, a.objective);
        return out;
    }

    static QStringList codesOf(const QList<ActionSheetAxis> &axes)
    {
        QStringList codes;
        for (const ActionSheetAxis &a : axes)
            codes.append(a.code);
        return codes;
    }

    void plans()
    {
        m_form.beginRow(ReportsText::tr("Lien avec le Projet régional de santé (axe et objectif)"));
        checklist(QStringLiteral("prs_axis"), codesOf(m_sheet.prsAxes), objectivesOf(m_sheet.prsAxes));
        if (!m_sheet.prsProgramme.isEmpty()) {
            m_form.space();
            m_form.text(ReportsText::tr("Programme du PRS : %1").arg(m_sheet.prsProgramme));
        }
        m_form.endRow();
        m_form.beginRow(ReportsText::tr("Lien avec le Plan régional santé environnement 3"));
        checklist(QStringLiteral("prse3_axis"), codesOf(m_sheet.prse3Axes), objectivesOf(m_sheet.prse3Axes));
        m_form.endRow();
    }

    void objectives()
    {
        row(ReportsText::tr("Objectif spécifique"), m_sheet.specificObjective);
        m_form.beginRow(ReportsText::tr("Objectifs opérationnels"));
        for (const OperationalObjective &o : m_sheet.objectives) {
            QString due = o.dueText;
            if (o.dueDate.isValid())
                due = (due.isEmpty() ? QString() : QString(due + QStringLiteral(", "))) +
                      ReportsText::tr("échéance %1")
                          .arg(o.dueDate.toString(QStringLiteral("dd/MM/yyyy")));
            m_form.bullet(o.text + (due.isEmpty() ? QString() : QString(QStringLiteral(" (") + due + u')')),
                          QStringLiteral("➤"));
        }
        if (m_sheet.objectives.isEmpty())
            m_form.notFilled();
        m_form.endRow();
        m_form.beginRow(ReportsText::tr("Étapes de mise en œuvre – Description"));
        if (!m_sheet.implementationDescription.trimmed().isEmpty())
            m_form.text(m_sheet.implementationDescription);
        if (!m_sheet.steps.isEmpty() && !m_sheet.implementationDescription.trimmed().isEmpty())
            m_form.space();
        for (const ImplementationStep &step : m_sheet.steps)
            m_form.bullet(step.text + (step.dueDate.isValid()
                                           ? QString(QStringLiteral(" (") + step.dueDate.toString(QStringLiteral("dd/MM/yyyy")) + u')')
                                           : QString()),
                          QStringLiteral("➤"));
        m_form.endRow();
    }

    void determinants()
    {
        m_form.beginRow(actionSheetSectionLabel(u"determinant"));
        checklist(QStringLiteral("determinant"), m_sheet.determinants);
        m_form.endRow();
        m_form.beginRow(ReportsText::tr("Les objectifs de l'action visent-ils directement la lutte "
                                        "contre les inégalités sociales de santé ?"));
        yesNo(m_sheet.targetsInequalities);
        if (!m_sheet.inequalitiesDetail.isEmpty())
            m_form.text(m_sheet.inequalitiesDetail);
        m_form.endRow();
        row(ReportsText::tr("Politiques publiques concernées"), m_sheet.publicPolicies);
        m_form.beginRow(
            ReportsText::tr("Y a-t-il une démarche participative associant les citoyens ?"));
        yesNo(m_sheet.citizenParticipation);
        if (!m_sheet.citizenParticipationHow.isEmpty())
            m_form.text(m_sheet.citizenParticipationHow);
        m_form.endRow();
    }

    void partnersAndPublic()
    {
        m_form.beginRow(actionSheetSectionLabel(u"partner"));
        PartnerRepository partners(m_db);
        for (const ActionSheetPartner &p : m_sheet.partners) {
            const auto partner = partners.find(p.partnerId);
            const QString name = partner ? partner->name : p.partnerId.toString();
            m_form.bullet(p.role.isEmpty() ? name : QString(name + QStringLiteral(" — ") + p.role));
        }
        if (m_sheet.partners.isEmpty())
            m_form.notFilled();
        m_form.endRow();

        m_form.beginRow(ReportsText::tr("Public visé"));
        if (!m_sheet.publicDescription.isEmpty())
            m_form.text(m_sheet.publicDescription);
        checklist(QStringLiteral("public_category"), m_sheet.publicCategories);
        if (!m_sheet.peopleConcerned.isEmpty())
            m_form.text(ReportsText::tr("Nombre de personnes concernées : %1")
                            .arg(m_sheet.peopleConcerned));
        m_form.endRow();

        m_form.beginRow(ReportsText::tr("Lieux d'intervention et communes"));
        if (!m_sheet.placesDescription.isEmpty())
            m_form.text(m_sheet.placesDescription);
        checklist(QStringLiteral("place_type"), m_sheet.placeTypes);
        m_form.space();
        m_form.text(ReportsText::tr("Communes : %1")
                        .arg(m_sheet.communes.isEmpty()
                                 ? ReportsText::tr("non renseignées")
                                 : m_sheet.communes.join(QStringLiteral(", "))));
        if (!m_sheet.department.isEmpty())
            m_form.text(ReportsText::tr("Département : %1").arg(m_sheet.department));
        m_form.space();
        m_form.text(ReportsText::tr("Niveau géographique :"));
        for (const GeographicLevel level : {GeographicLevel::Communal, GeographicLevel::Intercommunal,
                                            GeographicLevel::Departmental, GeographicLevel::Regional,
                                            GeographicLevel::National})
            m_form.check(label(level), m_sheet.geographicLevel == level);
        m_form.endRow();
    }

    void calendar()
    {
        m_form.beginRow(ReportsText::tr("Calendrier"));
        const QString start = m_sheet.startYear ? QString::number(*m_sheet.startYear)
                                                : ReportsText::tr("non renseignée");
        const QString end =
            m_sheet.endYear ? QString::number(*m_sheet.endYear) : ReportsText::tr("non renseignée");
        m_form.text(ReportsText::tr("Année de début : %1 — année de fin : %2").arg(start, end));
        if (!m_sheet.durationText.isEmpty())
            m_form.text(ReportsText::tr("Durée : %1").arg(m_sheet.durationText));
        if (m_sheet.periodStart.isValid() || m_sheet.periodEnd.isValid())
            m_form.text(ReportsText::tr("Période : du %1 au %2")
                            .arg(m_sheet.periodStart.toString(QStringLiteral("dd/MM/yyyy")),
                                 m_sheet.periodEnd.toString(QStringLiteral("dd/MM/yyyy"))));
        m_form.text(ReportsText::tr("Fréquence :"));
        for (const ActionFrequency f : {ActionFrequency::OneOff, ActionFrequency::Repeated})
            m_form.check(label(f), m_sheet.frequency == f,
                         m_sheet.frequency == f ? m_sheet.frequencyDetail : QString());
        m_form.endRow();
    }

    void classification()
    {
        m_form.beginRow(actionSheetSectionLabel(u"theme"));
        checklist(QStringLiteral("theme"), m_sheet.themes);
        m_form.endRow();
        m_form.beginRow(actionSheetSectionLabel(u"action_type"));
        checklist(QStringLiteral("action_type"), m_sheet.actionTypes);
        m_form.endRow();
        m_form.beginRow(actionSheetSectionLabel(u"result_category"));
        checklist(QStringLiteral("result_category"), m_sheet.resultCategories);
        m_form.endRow();
    }

    void funding()
    {
        m_form.beginRow(ReportsText::tr("Financements"));
        FundingFilter filter;
        filter.programmeId = m_sheet.programmeId;
        filter.actionSheetId = m_sheet.id;
        // Year by year, then funder by funder: the sheet may span several years.
        std::map<int, QList<Funding>> byYear;
        for (const Funding &f : FundingRepository(m_db).list(filter))
            byYear[f.year].append(f);
        for (const auto &[year, fundings] : byYear) {
            qint64 total = 0;
            m_form.text(ReportsText::tr("Année %1").arg(year), true);
            for (const Funding &f : fundings) {
                m_form.bullet(f.funder + QStringLiteral(" : ") + euros(f.amountCents));
                total += f.amountCents;
            }
            m_form.text(ReportsText::tr("Total %1 : %2").arg(year).arg(euros(total)), true);
        }
        if (byYear.empty())
            m_form.notFilled();
        m_form.endRow();
    }

    void indicators()
    {
        const QList<Indicator> all = IndicatorRepository(m_db).list(m_sheet.id);
        m_form.beginRow(ReportsText::tr("Principaux indicateurs d'évaluation retenus"));
        bool any = false;
        for (const IndicatorKind kind : {IndicatorKind::Process, IndicatorKind::Result, IndicatorKind::Impact}) {
            bool heading = false;
            for (const Indicator &i : all) {
                if (i.kind != kind)
                    continue;
                if (!heading) {
                    if (any)
                        m_form.space();
                    m_form.text(kind == IndicatorKind::Process
                                    ? ReportsText::tr("Indicateurs de processus :")
                                : kind == IndicatorKind::Result
                                    ? ReportsText::tr("Indicateurs de résultat :")
                                    : ReportsText::tr("Indicateurs d'impact :"),
                                true);
                    heading = true;
                    any = true;
                }
                m_form.bullet(i.target.isEmpty()
                                  ? i.label
                                  : QString(i.label + QStringLiteral(" (") +
                                            ReportsText::tr("cible : %1").arg(i.target) + u')'));
            }
        }
        if (!any)
            m_form.notFilled();
        m_form.endRow();
    }

    void evaluation()
    {
        row(ReportsText::tr("Méthode d'évaluation envisagée"), m_sheet.evaluationMethod);
        row(ReportsText::tr("Contact"), m_sheet.contact);
    }

    Database &m_db;
    ReferenceRepository m_references;
    const ActionSheet &m_sheet;
    PdfPageFlow &m_flow;
    PdfFormBlock m_form;
};
} // namespace

ActionSheetPdf::ActionSheetPdf(Database &db) : m_db(db) {}

void ActionSheetPdf::write(const Uuid &actionSheetId, QIODevice &out)
{
    const std::optional<ActionSheet> sheet = ActionSheetRepository(m_db).find(actionSheetId);
    if (!sheet)
        throw ValidationError(
            QStringLiteral("action"),
            ReportsText::tr("Aucune fiche action %1.").arg(actionSheetId.toString()));
    PdfDocument document(out,
                         ReportsText::tr("Fiche action %1 — %2").arg(sheet->number, sheet->title),
                         PdfDocument::FirstPage::Content);
    document.setRunningTexts(
        ReportsText::tr("Fiche action %1 — %2").arg(sheet->number, sheet->title),
        sheet->clsName.isEmpty() ? ReportsText::tr("Contrat local de santé") : sheet->clsName,
        sheet->carrierStructure);
    SheetPrinter(m_db, *sheet, document).print();
    document.print();
}

} // namespace passerelle
