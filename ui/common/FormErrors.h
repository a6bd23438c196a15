#pragma once

#include "util/Errors.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace passerelle {

// Shows a ValidationError's field messages next to the fields of a form: the editor is
// marked (dynamic property "invalid", styled red) and its message label filled; the first
// refused editor takes the focus. Messages for fields the form does not show are returned
// so the form can put them in its banner.
class FormErrors
{
public:
    // `message` is a label the form placed under or beside `editor` (hidden while empty).
    void bind(const QString &field, QWidget *editor, QLabel *message);
    // Returns the messages whose field is not bound (joined by new lines).
    QString show(const FieldErrors &errors);
    void clear();
    bool hasErrors() const { return m_shown; }
    QString messageFor(const QString &field) const;

private:
    struct Binding
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
    };
    QHash<QString, Binding> m_bindings;
    bool m_shown = false;
};

} // namespace passerelle
