#pragma once

#include <QLoggingCategory>

// One category per subsystem. Never log names, notes or any personal field: ids and counts only.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
Q_DECLARE_LOGGING_CATEGORY(lcExchange)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
// Debug level prints every indicator statement with its time (ids and codes, never names).
Q_DECLARE_LOGGING_CATEGORY(lcIndicators)
