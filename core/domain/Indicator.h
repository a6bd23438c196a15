#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace passerelle {

class Validator;

enum class IndicatorKind
{
    Process,
    Result,
    Impact
};

QString toCode(IndicatorKind kind);
std::optional<IndicatorKind> indicatorKindFromCode(QStringView code);
QString label(IndicatorKind kind);

// An evaluation indicator of an action sheet ("Nombre de personnes accompagnées /
// personnes identifiées"). How it is computed (indicator.definition, JSON) belongs to the
// indicator engine: this struct and its repository never write it, so editing a label
// keeps the definition the engine stored.
struct Indicator
{
    Uuid id;
    Uuid actionSheetId;
    IndicatorKind kind = IndicatorKind::Process;
    int position = 0; // order within its kind
    QString label;
    QString target; // free text: "30 personnes", "80 %"
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

// A value entered by hand for one period: a number, a text ("X / Y" as written), or both.
struct IndicatorValue
{
    Uuid indicatorId;
    QDate periodStart;
    QDate periodEnd;
    std::optional<double> value;
    QString textValue;
    QString comment;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString recordLabel(const Indicator &indicator);
void validate(const Indicator &indicator, Validator &v);
void validate(const Indicator &indicator);
void validate(const IndicatorValue &value, Validator &v);
void validate(const IndicatorValue &value);

} // namespace passerelle
