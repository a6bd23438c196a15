#pragma once

#include <QLoggingCategory>

// The sync subsystem's category. Ids, counts and refusal codes only: never a record's
// content, never a key.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
