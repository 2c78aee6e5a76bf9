// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer.h"
#include "document.h"
#include "modulecontext.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>
#include <QtPlugin>

#include <optional>

namespace guichet {

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
    /// The engine's whole answer for what is filled now (verdict, rule,
    /// checklist…): the shell asks before saving a refused request.
    /// A form without an engine answers an empty Answer.
    virtual Answer currentAnswer() const { return {}; }
    /// Date by which the town hall must act or the person must come back, or null.
    virtual QDate dueDate() const { return {}; }
    /// Workflow state a new case starts in when it is not the workflow's
    /// initial one (e.g. "refused" when the rules refuse the request), or empty.
    virtual QString initialStatus() const { return {}; }
    /// The service that acts when the form decides it (a written request
    /// routed by its subject), or empty: the procedure's (ProcedureInfo::service).
    virtual QString service() const { return {}; }

Q_SIGNALS:
    /// Emitted whenever a value changes, so the shell refreshes the checklist and answer.
    void changed();
};

/// A page of a module's own (the agent's work lists), shown by the shell as a
/// page of the main window, which owns it.
class WorkPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// The page's name in the shell's menu and tool bar ("Titres d'identité").
    virtual QString title() const = 0;
    /// Reads the lists again. The shell calls it when it shows the page and
    /// the cases may have changed since the last call (a write at this
    /// workstation, a sync, a new day), after a case window opened from the
    /// page (ModuleContext::openCase) changed a case, and after a sync while
    /// the page is shown. A page that changes what it lists by itself (a file
    /// printed) calls it itself.
    virtual void refresh() = 0;
};

/// A procedure module, loaded as a Qt plugin. Life cycle: initialize (in load
/// order) → allModulesReady (reverse order) → aboutToShutdown (reverse order).
/// initialize() is called again, in between, when a new reference release
/// takes effect while the desk runs: read the rules from context.reference()
/// each time, into the same members (pages already shown keep references to them).
class ProcedureModule
{
public:
    virtual ~ProcedureModule() = default;
    virtual Result<void> initialize(ModuleContext &context) = 0;
    virtual void allModulesReady() {}
    virtual void aboutToShutdown() {}
    virtual QList<ProcedureInfo> procedures() const = 0;
    virtual CaseForm *createCaseForm(const QString &procedureId, QWidget *parent) = 0;
    /// The module's work pages, created after allModulesReady() and again after
    /// a new release took effect (the shell then drops the former ones); none by default.
    virtual QList<WorkPage *> workPages(QWidget *parent) { Q_UNUSED(parent); return {}; }
    /// The letter or certificate a case has now (a certificate once an
    /// enrolment is confirmed, a decision letter once decided), rebuilt from
    /// the case as it was recorded, so the case window prints it again on any
    /// workstation. `timeline` is the case's, oldest first: a decision
    /// already notified is found there, with its date and reason.
    /// std::nullopt when the case has none; an error saying why and where to
    /// print it when it has one that cannot be made without the agent (a
    /// refusal whose reason was not recorded).
    virtual std::optional<Result<CaseDocument>> caseDocument(const CaseSummary &c,
                                                             const QList<CaseEvent> &timeline) const
    {
        Q_UNUSED(c);
        Q_UNUSED(timeline);
        return std::nullopt;
    }
};

} // namespace guichet

#define GuichetProcedureModule_iid "fr.guichet.ProcedureModule/6"
Q_DECLARE_INTERFACE(guichet::ProcedureModule, GuichetProcedureModule_iid)
