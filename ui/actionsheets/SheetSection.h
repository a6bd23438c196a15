#pragma once

#include "domain/ActionSheet.h"
#include "util/Errors.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace passerelle {

class FormErrors;

// One tab of the action sheet form: a group of sections of the ARS template. It shows a
// sheet, writes its fields back into one, and binds its editors in the form's FormErrors
// under the repository's field names so that a refused save names the field beside it.
class SheetSection : public QWidget
{
    Q_OBJECT

public:
    virtual void load(const ActionSheet &sheet) = 0;
    virtual void store(ActionSheet &sheet) const = 0;
    // What only the form can see (a date field holding something that is not a date).
    virtual void checkInput(FieldErrors &problems) const { Q_UNUSED(problems); }

Q_SIGNALS:
    // Any edit by the person (not by load()).
    void edited();

protected:
    SheetSection(FormErrors &errors, QWidget *parent);

    QVBoxLayout *sectionLayout() const { return m_layout; }
    // A form layout appended to the section.
    QFormLayout *addForm();
    // "label: editor" with the message line under it, bound to `field`; edits are watched.
    QLabel *addField(QFormLayout *form, const QString &label, QWidget *editor,
                     const QString &field);
    // A whole widget (a checkbox group, a list editor) with its message line, bound to `field`.
    void addBlock(QWidget *block, const QString &field, QWidget *errorTarget = nullptr);
    void watch(QWidget *editor);
    // A multi-line text field `lines` high, Tab leaving it.
    static QPlainTextEdit *textArea(QWidget *parent, int lines);
    FormErrors &errors() const { return m_errors; }

private:
    FormErrors &m_errors;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace passerelle
