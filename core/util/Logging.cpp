#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "passerelle.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDomain, "passerelle.domain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "passerelle.exchange", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "passerelle.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "passerelle.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndicators, "passerelle.indicators", QtWarningMsg)
