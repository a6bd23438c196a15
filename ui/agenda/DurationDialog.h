#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace passerelle {

// Asked when interventions without a duration are marked done: the time spent on each,
// in minutes or h:mm. Enter accepts a duration between 1 minute and 24 hours; anything
// else is refused beside the field and the dialog stays open.
class DurationDialog : public QDialog
{
    Q_OBJECT

public:
    // `count`: how many interventions lack a duration (the question says so).
    explicit DurationDialog(int count, QWidget *parent = nullptr);

    std::optional<int> minutes() const { return m_minutes; }

    // Modal; the duration, or nothing when the person cancels.
    static std::optional<int> ask(QWidget *parent, int count);

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_duration = nullptr;
    QLabel *m_message = nullptr;
    std::optional<int> m_minutes;
};

} // namespace passerelle
