#include "casefile/DateLineEdit.h"

#include <QRegularExpression>

namespace passerelle {

DateLineEdit::DateLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("jj/mm/aaaa"));
    setClearButtonEnabled(true);
    setMaxLength(10);
}

QDate DateLineEdit::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression french(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    if (const auto m = french.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    if (const auto m = packed.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return QDate::fromString(t, Qt::ISODate);
}

QDate DateLineEdit::date() const
{
    return parse(text());
}

bool DateLineEdit::hasValidInput() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString());
}

} // namespace passerelle
