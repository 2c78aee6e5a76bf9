// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answermodule.h"
#include "inscriptionrules.h"

#include <optional>

namespace guichet::inscription {

/// The answer to an enrolment or a derogation request: facts → the level for
/// the school year, the catchment school of the home, the canteen and
/// after-school tariffs (enrolment), what the mayor decides (derogation), the
/// documents and the case's due date. The form (InscriptionForm) and the
/// answer plugin ask this engine, so the desk and `guichetctl answer` cannot differ.
class InscriptionAnswers : public AnswerEngine
{
    Q_DECLARE_TR_FUNCTIONS(guichet::inscription::InscriptionAnswers)

public:
    /// `communeCode`: INSEE code of the commune whose schools the rules
    /// describe (the offices' commune): the child's home when no other is given.
    InscriptionAnswers(InscriptionRules rules, QString communeCode);

    QStringList procedures() const override;
    QList<FactSpec> facts(const QString &procedure) const override;
    Answer answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const override;

    const InscriptionRules &rules() const { return m_rules; }
    /// The quotient familial the facts give (read from the CAF statement, or
    /// computed from the household's figures), or nullopt: none given, or
    /// figures missing or inconsistent.
    std::optional<qint64> quotient(const FactValues &facts) const;

private:
    struct Reading;
    Reading read(const QString &procedure, const FactValues &facts, const AnswerContext &context) const;
    QString levelSentence(const Reading &r) const;
    QString catchmentSentence(const Reading &r, const AnswerContext &context) const;
    QString tariffSentence(const FactValues &facts) const;
    /// The sentence that sends the family to who knows the catchment school, when the map cannot.
    static QString askCatchment(const Answer &a);
    void judgeYearAndChild(Answer &a, const Reading &r, const FactValues &facts) const;
    void judgeHome(Answer &a, const Reading &r, const FactValues &facts, const AnswerContext &context) const;
    QList<AnswerDate> dates(const Reading &r, const AnswerContext &context) const;
    Answer enrolment(const FactValues &facts, const AnswerContext &context) const;
    Answer derogation(const FactValues &facts, const AnswerContext &context) const;

    InscriptionRules m_rules;
    QString m_communeCode;
};

/// The answer plugin's work: InscriptionAnswers under a release, for the
/// commune of the release's offices.
class InscriptionAnswerModule : public AnswerModule
{
public:
    Result<std::shared_ptr<const AnswerEngine>> engine(const ReferenceRelease &release) const override;
};

} // namespace guichet::inscription
