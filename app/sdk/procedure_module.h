// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/clock.h"
#include "domain/error.h"
#include "domain/types.h"
#include "reference/referencerelease.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>
#include <QtPlugin>

namespace guichet {

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
};

/// The form a module shows for one procedure. The shell hosts it, asks it to
/// validate, stores its values and prints the receipt from its checklist.
class CaseForm : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The person the request is for (or made by); forms may prefill from it.
    virtual void setApplicant(const Citizen &) {}
    /// Every problem, each naming its field; empty when the form can be saved.
    /// The widget of a field has the field's name as objectName, so the shell
    /// puts the focus on the first wrong field.
    virtual QList<Error> validate() const = 0;
    /// What the case stores (module-defined keys).
    virtual QJsonObject values() const = 0;
    /// One line for the case list and the receipt.
    virtual QString summary() const = 0;
    /// Documents for this situation, as currently filled.
    virtual QList<ChecklistItem> checklist() const = 0;
    /// The sentence the agent can read out now (eligibility, where to ask,
    /// deadline), or empty.
    virtual QString answer() const { return {}; }
    /// Date by which the town hall must act or the person must come back, or null.
    virtual QDate dueDate() const { return {}; }
    /// Workflow state a new case starts in when it is not the workflow's
    /// initial one (e.g. "refused" when the rules refuse the request), or empty.
    virtual QString initialStatus() const { return {}; }

Q_SIGNALS:
    /// Emitted whenever a value changes, so the shell refreshes the checklist and answer.
    void changed();
};

/// A procedure module, loaded as a Qt plugin. Life cycle: initialize (in load
/// order) → allModulesReady (reverse order) → aboutToShutdown (reverse order).
class ProcedureModule
{
public:
    virtual ~ProcedureModule() = default;
    virtual Result<void> initialize(ModuleContext &context) = 0;
    virtual void allModulesReady() {}
    virtual void aboutToShutdown() {}
    virtual QList<ProcedureInfo> procedures() const = 0;
    virtual CaseForm *createCaseForm(const QString &procedureId, QWidget *parent) = 0;
};

} // namespace guichet

#define GuichetProcedureModule_iid "fr.guichet.ProcedureModule/1"
Q_DECLARE_INTERFACE(guichet::ProcedureModule, GuichetProcedureModule_iid)
