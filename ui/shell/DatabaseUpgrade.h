#pragma once

#include <QString>

class QWidget;

namespace passerelle {

// Opening a database written by an older Passerelle runs its migrations, which can take
// half a minute on a large file (building the search index of 100 000 cases). The desktop
// calls this before it opens the file: when migrations are due, they run on a worker
// thread (its own connection, closed afterwards) behind a busy progress dialog, so the
// window never freezes. Returns an empty string when the file is ready (nothing to do, or
// upgraded), else the error to show; the file is left as it was on failure (the migrations
// run in one transaction).
QString upgradeWithProgress(const QString &path, QWidget *parent = nullptr);

} // namespace passerelle
