// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answermodule.h"
#include "etatcivilrules.h"

namespace guichet::etatcivil {

/// The answers of the état-civil procedures: facts → who may have a copy of an
/// act and where to ask for it (CopyProcedureId), or where and by when a birth,
/// a death or a recognition is declared (DeclarationProcedureId). The form
/// (EtatCivilForm) and the answer plugin ask this engine; no widget involved.
class EtatCivilAnswers : public AnswerEngine
{
    Q_DECLARE_TR_FUNCTIONS(guichet::etatcivil::EtatCivilAnswers)

public:
    explicit EtatCivilAnswers(EtatCivilRules rules) : m_rules(std::move(rules)) {}

    QStringList procedures() const override;
    QList<FactSpec> facts(const QString &procedure) const override;
    Answer answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const override;

    /// The copy request the facts describe, as the rules read it (a birth act's
    /// date is the birth date when not given).
    CopyRequest copyRequest(const FactValues &facts) const;
    /// Where the act of the facts' event is held, the commune named from the
    /// context's commune table ("la mairie de Rennes (35)"). A former commune's
    /// acts are held by the commune it became part of.
    PlaceAnswer copyPlace(const FactValues &facts, const AnswerContext &context) const;
    /// Where the declaration of the facts is made, named the same way.
    PlaceAnswer declarationPlace(const FactValues &facts, const AnswerContext &context) const;

    const EtatCivilRules &rules() const { return m_rules; }

private:
    Answer copyAnswer(const FactValues &facts, const AnswerContext &context) const;
    Answer declarationAnswer(const FactValues &facts, const AnswerContext &context) const;

    EtatCivilRules m_rules;
};

/// The answer plugin's work: EtatCivilAnswers under a release.
class EtatCivilAnswerModule : public AnswerModule
{
public:
    Result<std::shared_ptr<const AnswerEngine>> engine(const ReferenceRelease &release) const override;
};

} // namespace guichet::etatcivil
