#include "casefile/PersonFields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QIntValidator>
#include <QLineEdit>

namespace passerelle::PersonFields {

QComboBox *sexCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("PersonFields", "—"), QString());
    for (const Sex s : {Sex::Female, Sex::Male, Sex::Other})
        combo->addItem(label(s), toCode(s));
    return combo;
}

void showSex(QComboBox *combo, const std::optional<Sex> &sex)
{
    const int index = sex ? combo->findData(toCode(*sex)) : 0;
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<Sex> sexOf(const QComboBox *combo)
{
    return sexFromCode(combo->currentData().toString());
}

QLineEdit *birthYearEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setMaxLength(4);
    edit->setValidator(new QIntValidator(0, 9999, edit));
    edit->setPlaceholderText(QCoreApplication::translate("PersonFields", "aaaa (facultatif)"));
    edit->setMaximumWidth(
        edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000")));
    return edit;
}

void showBirthYear(QLineEdit *edit, const std::optional<int> &year)
{
    edit->setText(year ? QString::number(*year) : QString());
}

std::optional<int> birthYearOf(const QLineEdit *edit, const QString &field, FieldErrors &problems)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || text.size() != 4) {
        problems.append(
            {field, QCoreApplication::translate(
                        "PersonFields", "Année invalide : tapez quatre chiffres, p. ex. 1968.")});
        return std::nullopt;
    }
    return year;
}

} // namespace passerelle::PersonFields
