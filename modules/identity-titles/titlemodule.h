// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identityrules.h"
#include "procedure_module.h"

#include <optional>

namespace guichet::identity {

/// What the CNI and passport modules share: a module for one title, reading
/// the "titres" section of the release, offering that title's procedure, its
/// form (TitleForm) and its work page (TitleWorkPage). Each module is this
/// class with its title and the name of its page.
class TitleModule : public ProcedureModule
{
public:
    explicit TitleModule(QString title) : m_title(std::move(title)) {}

    /// Reads the "titres" section of the release the context lends; an
    /// error (no section, or a gap in it) keeps the module out of the desk.
    Result<void> initialize(ModuleContext &context) override;
    /// The procedure of this module's title, once initialized.
    QList<ProcedureInfo> procedures() const override;
    /// A new form for the procedure of procedures(), or nullptr for another id
    /// or before initialize() succeeded.
    CaseForm *createCaseForm(const QString &procedureId, QWidget *parent) override;
    /// The lists of this title at this office.
    QList<WorkPage *> workPages(QWidget *parent) override;

    QString titleId() const { return m_title; }

protected:
    /// The name of the work page in the shell's menu and tool bar.
    virtual QString pageTitle() const = 0;

private:
    QString m_title;
    ModuleContext *m_context = nullptr;
    std::optional<IdentityRules> m_rules;
};

} // namespace guichet::identity
