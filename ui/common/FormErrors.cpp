#include "common/FormErrors.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace passerelle {

namespace {
void mark(QWidget *editor, bool invalid)
{
    if (!editor)
        return;
    editor->setProperty("invalid", invalid);
    // Re-polish so the "[invalid=true]" style rule applies at once.
    editor->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #c0392b;") : QString());
    editor->style()->unpolish(editor);
    editor->style()->polish(editor);
}
} // namespace

void FormErrors::bind(const QString &field, QWidget *editor, QLabel *message)
{
    if (message) {
        message->setStyleSheet(QStringLiteral("color: #c0392b;"));
        message->setWordWrap(true);
        message->hide();
    }
    m_bindings.insert(field, {editor, message});
}

QString FormErrors::show(const FieldErrors &errors)
{
    clear();
    QStringList unbound;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        const auto it = m_bindings.constFind(e.field);
        if (it == m_bindings.constEnd() || !it->editor) {
            unbound.append(e.message);
            continue;
        }
        mark(it->editor, true);
        if (it->message) {
            it->message->setText(it->message->text().isEmpty()
                                     ? e.message
                                     : it->message->text() + QLatin1Char('\n') + e.message);
            it->message->show();
        }
        if (!first)
            first = it->editor;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    m_shown = !errors.isEmpty();
    return unbound.join(QLatin1Char('\n'));
}

void FormErrors::clear()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        mark(b.editor, false);
        if (b.message) {
            b.message->clear();
            b.message->hide();
        }
    }
    m_shown = false;
}

QString FormErrors::messageFor(const QString &field) const
{
    const auto it = m_bindings.constFind(field);
    return it != m_bindings.constEnd() && it->message ? it->message->text() : QString();
}

} // namespace passerelle
