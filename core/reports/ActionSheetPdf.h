#pragma once

#include "util/Uuid.h"

class QIODevice;

namespace passerelle {

class Database;

// Prints an action sheet (fiche action CLS) as the ARS template lays it out: the sections
// of the template in its order, each as a labelled row, every checkbox list with all the
// items of its reference list, ☒ for the ticked ones and ☐ for the others; then the
// partners, the funders and amounts, and the indicators by kind. Needs a QGuiApplication
// (see PdfDocument).
class ActionSheetPdf
{
public:
    explicit ActionSheetPdf(Database &db);

    // Throws ValidationError on field "action" for an unknown sheet, StorageError when the
    // device refuses the bytes.
    void write(const Uuid &actionSheetId, QIODevice &out);

private:
    Database &m_db;
};

} // namespace passerelle
