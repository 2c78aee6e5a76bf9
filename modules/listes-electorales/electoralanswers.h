// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answermodule.h"
#include "electoralrules.h"

namespace guichet::listeselectorales {

/// The answer of both electoral-list procedures, whoever asks: facts → the
/// verdict, the sentences the agent reads out (eligibility, the poll the
/// registration counts for, the polling station, the mayor's decision), the
/// checklist and the dates. The form (ElectoralForm) and the answer plugin ask
/// this engine; the rules (ElectoralRules) hold every figure and sentence.
///
/// Facts of a registration, in the form's order: request_kind, nationality,
/// lists, birth_date, attachment, hosted, residence_since, tax_years,
/// spouse_taxpayer, house_number, street, id_expiry, exception,
/// exception_date. Of a removal: nationality, lists. `lists` names the
/// complementary lists joined with '+', in the reference order
/// ("complementaire-municipale+complementaire-europeenne").
class ElectoralAnswers : public AnswerEngine
{
    Q_DECLARE_TR_FUNCTIONS(guichet::listeselectorales::ElectoralAnswers)

public:
    explicit ElectoralAnswers(ElectoralRules rules) : m_rules(std::move(rules)) {}

    QStringList procedures() const override;
    QList<FactSpec> facts(const QString &procedure) const override;
    Answer answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const override;

    /// The request the facts describe, as the rules read it: a fact the
    /// attachment or the exception does not use is left out, as the form
    /// leaves out a disabled field.
    RegistrationRequest request(const QString &procedure, const FactValues &facts) const;
    /// The value of the `lists` fact for these lists (empty for none).
    static QString listsFact(const QStringList &lists);

    const ElectoralRules &rules() const { return m_rules; }

private:
    Answer registration(const FactValues &facts, const AnswerContext &context) const;
    Answer removal(const FactValues &facts, const AnswerContext &context) const;

    ElectoralRules m_rules;
};

/// The answer plugin's work: ElectoralAnswers under a release.
class ElectoralAnswerModule : public AnswerModule
{
public:
    Result<std::shared_ptr<const AnswerEngine>> engine(const ReferenceRelease &release) const override;
};

} // namespace guichet::listeselectorales
