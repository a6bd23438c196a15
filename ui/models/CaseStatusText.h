#pragma once

#include <QString>
#include <QStringList>

namespace passerelle::CaseStatusText {

// The statuses of a case (case_file.status codes) in the order a case goes through them.
QStringList codes();
// The translated label of a status code, e.g. "Accompagnée"; the code itself if unknown,
// so that a status added by a newer replica still shows something.
QString label(const QString &code);

} // namespace passerelle::CaseStatusText
