// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;
class QWidget;

namespace guichet {

class ModuleContext;

/// A letter or certificate the town hall signs (certificate of enrolment,
/// decision letter, notification): one layout for every module, A4.
struct PrintedDocument
{
    QString officeName;
    QString officeAddress;
    QString place;                 ///< "Brest", for "Brest, le 1er décembre 2026"
    QDate date;
    QStringList recipient;         ///< address block, one line each; may be empty
    QString title;                 ///< "Certificat d'inscription scolaire"
    QString reference;             ///< tracking number, printed as "Réf." under the title
    QList<QPair<QString, QString>> rows;  ///< label → value, as a two-column block
    QStringList paragraphs;
    QString signature;             ///< "Pour le maire et par délégation, …"

    /// A document headed with the context's office and commune, dated today.
    static PrintedDocument forOffice(const ModuleContext &context);
};

/// Draws the document on any paged device (PDF writer or printer), on as many
/// pages as it needs: every page after the first repeats the office and the
/// reference, every page ends with "page n/N"; returns the page count.
int renderDocument(QPainter &painter, QPagedPaintDevice &device, const PrintedDocument &document);

/// Writes the document as an A4 PDF (beside, then renamed: never half a file).
Result<void> writeDocumentPdf(const PrintedDocument &document, const QString &path);

/// Asks for a printer and prints; false when the agent cancelled.
bool printDocument(const PrintedDocument &document, QWidget *parent);

} // namespace guichet
