// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/types.h"

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
    /// The print job's name, which "print to file" proposes as the file's:
    /// the reference then the title, without a character a file name refuses
    /// ("SMA-2026-000491 Demande de dérogation - décision").
    QString jobName() const;
};

/// A case's letter or certificate as its module makes it, with the name of
/// the office's copy (a PDF in ModuleContext::documentsDirectory()): a module's
/// work list counts a document as printed once its copy is there.
struct CaseDocument
{
    PrintedDocument document;
    QString fileName;              ///< "certificat-BEL-2026-000121.pdf"
};

/// The case as it stood when it last entered `status`: statusSince and
/// statusReason of that change in `timeline` (oldest first), so a decision
/// notified since is still quoted with its own date and reason. The case as
/// given when the timeline never entered `status`.
CaseSummary asOfStatus(const CaseSummary &c, const QList<CaseEvent> &timeline, const QString &status);

/// Draws the document on any paged device (PDF writer or printer), on as many
/// pages as it needs: every page after the first repeats the office and the
/// reference, every page ends with "page n/N"; returns the page count.
int renderDocument(QPainter &painter, QPagedPaintDevice &device, const PrintedDocument &document);

/// Writes the document as an A4 PDF (beside, then renamed: never half a file).
Result<void> writeDocumentPdf(const PrintedDocument &document, const QString &path);

/// Asks for a printer and prints; false when the agent cancelled.
bool printDocument(const PrintedDocument &document, QWidget *parent);

} // namespace guichet
