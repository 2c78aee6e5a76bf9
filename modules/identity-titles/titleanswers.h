// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answermodule.h"
#include "identityrules.h"

namespace guichet::identity {

/// The answer to a request for one title (CNI or passport): facts → the fee,
/// the documents, the validity and the sentences the agent reads out. The
/// form (TitleForm) and the answer plugins of both modules ask this engine.
class TitleAnswers : public AnswerEngine
{
    Q_DECLARE_TR_FUNCTIONS(guichet::identity::TitleAnswers)

public:
    TitleAnswers(IdentityRules rules, QString title) : m_rules(std::move(rules)), m_title(std::move(title)) {}

    QStringList procedures() const override;
    QList<FactSpec> facts(const QString &procedure) const override;
    Answer answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const override;

    /// The request the facts describe, as the rules read it.
    TitleRequest request(const FactValues &facts, const QDate &today) const;

private:
    IdentityRules m_rules;
    QString m_title;
};

/// The answer plugin of a title module: TitleAnswers under a release.
class TitleAnswerModule : public AnswerModule
{
public:
    explicit TitleAnswerModule(QString title) : m_title(std::move(title)) {}
    Result<std::shared_ptr<const AnswerEngine>> engine(const ReferenceRelease &release) const override;

private:
    QString m_title;
};

} // namespace guichet::identity
