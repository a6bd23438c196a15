#pragma once

#include "reports/AnnualReview.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace passerelle {

class BackgroundRead;
class Database;
class DialogService;

// "Which 17 situations?": the records behind one figure of the review, read by the same
// engine that computed it (IndicatorEngine::trace) on a worker thread. Each group (the
// count, a ratio's numerator and denominator, a breakdown's group, a source of an
// evolution) lists its records by case number or pseudonymous code, date and detail —
// never a name — with what each adds to the figure.
class TraceDialog : public QDialog
{
    Q_OBJECT

public:
    TraceDialog(Database &db, DialogService &dialogs, const Uuid &programmeId, const ReviewTraceRef &ref,
                const QString &figure, QWidget *parent = nullptr);
    ~TraceDialog() override;

    QTreeWidget *records() const { return m_records; }

Q_SIGNALS:
    void loaded(bool ok);

private:
    QLabel *m_title = nullptr;
    QProgressBar *m_busy = nullptr;
    QTreeWidget *m_records = nullptr;
    BackgroundRead *m_read = nullptr;
};

} // namespace passerelle
