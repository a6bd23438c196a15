#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

class Validator;

enum class ActionFrequency
{
    OneOff,
    Repeated
};
QString toCode(ActionFrequency frequency);
std::optional<ActionFrequency> actionFrequencyFromCode(QStringView code);
QString label(ActionFrequency frequency);

enum class GeographicLevel
{
    Communal,
    Intercommunal,
    Departmental,
    Regional,
    National
};
QString toCode(GeographicLevel level);
std::optional<GeographicLevel> geographicLevelFromCode(QStringView code);
QString label(GeographicLevel level);

// A ticked axis of the Regional Health Project (PRS) or of the Regional Health-Environment
// Plan (PRSE 3), with the objective chosen under it ("Objectif 04.0 - Faciliter l'accès…").
struct ActionSheetAxis
{
    QString code; // ref_prs_axis / ref_prse3_axis
    QString objective;
    friend bool operator==(const ActionSheetAxis &, const ActionSheetAxis &) = default;
};

// A partner taking part in the action, and how.
struct ActionSheetPartner
{
    Uuid partnerId;
    QString role;
    friend bool operator==(const ActionSheetPartner &, const ActionSheetPartner &) = default;
};

// "Au premier semestre 2021, communiquer sur le dispositif…": the due date when the sheet
// gives one, the sheet's own wording otherwise (or both).
struct OperationalObjective
{
    Uuid id; // null for a new objective; kept across edits
    QString text;
    QDate dueDate;
    QString dueText;
    friend bool operator==(const OperationalObjective &, const OperationalObjective &) = default;
};

struct ImplementationStep
{
    Uuid id;
    QString text;
    QDate dueDate;
    friend bool operator==(const ImplementationStep &, const ImplementationStep &) = default;
};

// The CLS action sheet (fiche action) of the ARS template, with the extra fields of the
// regional action databases (OSCARS). Every checkbox group is stored as a set of codes of
// its reference list; objectives and steps are ordered lists (their order is the list's).
struct ActionSheet
{
    Uuid id;
    Uuid programmeId;
    Uuid chainedFromId; // the previous period's sheet ("action chaînée avec … 2020")

    // Identification
    QString number; // "3.3.1"
    QString title;
    QString clsName;
    QString strategicAxis;
    QStringList typologies; // ref_action_typology: new, experimental, innovative, existing
    QString carrierStructure;
    QString carrierReferent;
    QString localContext;

    // Links to regional plans
    QList<ActionSheetAxis> prsAxes;
    QList<ActionSheetAxis> prse3Axes;
    QString prsProgramme;

    // Objectives and implementation
    QString specificObjective;
    QList<OperationalObjective> objectives;
    QString implementationDescription; // long text; the dated list is `steps`
    QList<ImplementationStep> steps;

    // Determinants, inequalities, policies, participation
    QStringList determinants; // ref_determinant
    std::optional<bool> targetsInequalities;
    QString inequalitiesDetail;
    QString publicPolicies;
    std::optional<bool> citizenParticipation;
    QString citizenParticipationHow;

    // Partners, public, places
    QList<ActionSheetPartner> partners;
    QString publicDescription;
    QStringList publicCategories; // ref_public_category
    QString peopleConcerned;      // free text: "environ 30 personnes"
    QString placesDescription;
    QStringList placeTypes; // ref_place_type
    QStringList communes;
    QString department;
    std::optional<GeographicLevel> geographicLevel;

    // Calendar
    std::optional<int> startYear;
    std::optional<int> endYear;
    QString durationText;
    std::optional<ActionFrequency> frequency;
    QString frequencyDetail;
    QDate periodStart;
    QDate periodEnd;

    // Classification (OSCARS)
    QStringList themes;           // ref_theme
    QStringList actionTypes;      // ref_action_type
    QStringList resultCategories; // ref_result_category: A1–A4, B1–B4, C1–C3, D

    // Evaluation and contact
    QString evaluationMethod;
    QString contact;

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

// The French name of a section of the sheet, by its field name: the suffix of its table
// (typology, prs_axis, prse3_axis, determinant, action_type, result_category,
// public_category, theme, place_type, commune, partner, objective, step).
QString actionSheetSectionLabel(QStringView field);

QString recordLabel(const ActionSheet &sheet);
// Checks the values and the shape of every section (no blank or repeated code, objectives
// and steps with a text, years and periods in order, not chained to itself). Whether codes,
// partners and the chained sheet exist is checked by the repository.
void validate(const ActionSheet &sheet, Validator &v);
void validate(const ActionSheet &sheet);

} // namespace passerelle
