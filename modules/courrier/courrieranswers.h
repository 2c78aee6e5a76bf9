// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answermodule.h"
#include "courrierrules.h"

namespace guichet::courrier {

/// The answer to a written request or a call, whoever asks: which service
/// acts on it, or which administration it is transmitted to (the person is
/// then told, CRPA L114-2); what the administration's silence will be worth
/// and on which day; the city's own answer target. Each sentence names its
/// source key. The form (CourrierForm) and the answer plugin ask this engine.
///
/// Facts of a written request, in the form's order: received, first_received,
/// subject, request_kind. Of a call: subject, callback.
///
/// Dates (AnswerDate ids): "received", "decision" (silence becomes a
/// decision), "appeal-until" (an implicit rejection's last day in court),
/// "answer-target" (the city's), "due" (the earlier of decision and target:
/// the case's due date).
class CourrierAnswers : public AnswerEngine
{
    Q_DECLARE_TR_FUNCTIONS(guichet::courrier::CourrierAnswers)

public:
    explicit CourrierAnswers(CourrierRules rules) : m_rules(std::move(rules)) {}

    QStringList procedures() const override;
    QList<FactSpec> facts(const QString &procedure) const override;
    Answer answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const override;

    /// The rule that decides a transmission to a partner.
    static QString transmittedRule() { return QStringLiteral("transmitted-to-partner"); }

    const CourrierRules &rules() const { return m_rules; }

private:
    /// The routing sentence; the route, or nullopt when the subject is missing.
    std::optional<Route> route(Answer &a, QStringList &sentences, const FactValues &facts) const;
    Answer written(const FactValues &facts, const AnswerContext &context) const;
    Answer call(const FactValues &facts, const AnswerContext &context) const;
    /// Where the city's answer target comes from, as the agent reads it: its
    /// own commitment, not a text (the release marks it ⚠).
    static QString targetSource();

    CourrierRules m_rules;
};

/// The answer plugin's work: CourrierAnswers under a release.
class CourrierAnswerModule : public AnswerModule
{
public:
    Result<std::shared_ptr<const AnswerEngine>> engine(const ReferenceRelease &release) const override;
};

} // namespace guichet::courrier
