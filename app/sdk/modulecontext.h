// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a module's logic may see without any widget: the procedure and
// checklist types and the context the shell lends. Module logic libraries
// include this header only; forms and plugins include procedure_module.h.

#include "domain/clock.h"
#include "domain/error.h"
#include "domain/types.h"
#include "reference/referencerelease.h"

#include <QString>

namespace guichet {

class CommuneTable;

/// The SDK version a module is built against; the shell refuses a module whose
/// metadata names another one (see ModuleLoader).
inline constexpr int SdkVersion = GUICHET_SDK_VERSION;

/// A procedure a module offers: one entry of the "Démarche" list at the desk.
struct ProcedureInfo
{
    QString id;          ///< "etat-civil.copie-acte"
    QString title;       ///< "Demande de copie ou d'extrait d'acte"
    QString workflowId;  ///< key of the workflow in the module's reference section
    QString service;     ///< service that acts on it
};

/// One document the person must bring or send.
struct ChecklistItem
{
    QString id;
    QString label;
    bool required = true;
    /// Already given through the form itself (a number typed, such as the ANTS
    /// pre-application's): the shell ticks it. Never part of an answer.
    bool given = false;
};

/// What the shell lends a module. A module reaches the rest of the
/// application only through this: it never opens the database or the network.
class ModuleContext
{
public:
    virtual ~ModuleContext() = default;
    virtual const ReferenceRelease &reference() const = 0;
    virtual const Clock &clock() const = 0;
    virtual QString officeCode() const = 0;       ///< "BEL"
    virtual QString communeCode() const = 0;      ///< INSEE code of this commune, "29019"
    virtual QString communeName() const = 0;      ///< "Brest"
    virtual QString officeName() const = 0;       ///< "Mairie de quartier de Bellevue"
    virtual QString officeAddress() const = 0;    ///< one line, as printed on documents
    /// The communes of the release in force (birth places, addresses, the
    /// commune of an event); empty for a release without them.
    virtual const CommuneTable &communes() const = 0;

    /// The cases of a module's work list (read-only). Status changes, notes
    /// and documents go through the shell's case window: see openCase().
    virtual Result<QList<CaseSummary>> cases(const CaseQuery &query) const = 0;
    /// Asks the shell to open its window on a case; does nothing without a shell.
    virtual void openCase(const QUuid &caseId) = 0;
    /// The folder where printed documents (PDF) are written for this office.
    virtual QString documentsDirectory() const = 0;
};

} // namespace guichet
