#pragma once

#include "queries/CaseListFilter.h"
#include "queries/CaseListOrder.h"
#include "queries/CaseListQuery.h"

namespace passerelle {

// One read asked of a CaseListLoader: a page of a listing and, for its first page, the
// counts. A listing is one filter in one order, named by a number the loader gives.
struct CaseListRequest
{
    quint64 listing = 0;
    CaseListFilter filter;
    CaseListOrder order;
    CaseListQuery::Cursor after; // default: the first page
    int limit = CaseListQuery::DefaultPageSize;
    bool withCounts = false;
};

} // namespace passerelle
