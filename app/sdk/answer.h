// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The answer a procedure gives to a set of facts, whoever asks: the desk's
// answer panel, `guichetctl answer`, HQ's consistency report. A module's
// AnswerEngine is the one function that computes it (no widget involved);
// forms turn what is typed into facts and show the answer they get back.
// The JSON form is documented in docs/answers.md.

#include "domain/error.h"
#include "modulecontext.h"
#include "referencesection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace guichet {

class CommuneTable;

/// One fact a procedure's answer may use, named like the form's field
/// ("birth_date", "situation").
struct FactSpec
{
    enum class Kind { Date, DateTime, Choice, Boolean, Integer, Commune, Text };  ///< Text: as typed (a street)
    QString key;
    Kind kind = Kind::Choice;
    QString label;          ///< translated noun phrase: "the birth date" → "la date de naissance"
    QString meaning;        ///< translated sentence for `--help`
    QList<Choice> choices;  ///< Kind::Choice: the allowed ids, in the reference order
    QString defaultValue;   ///< used when the fact is not given; empty: none
};

/// The facts of one question, key → value as typed ("2009-04-10", "oui").
/// A form and the command line give the same keys and the same text values.
using Facts = QMap<QString, QString>;

/// Who asks, where and when: what the office adds to the facts.
struct AnswerContext
{
    QDateTime now;              ///< the moment of the question, local time
    QString officeCode;         ///< "BEL"
    QString communeCode;        ///< INSEE code of the office's commune
    QString communeName;
    const CommuneTable *communes = nullptr;  ///< the release's table; may be empty

    QDate today() const { return now.date(); }
};

/// A date the answer names: a deadline, the end of a validity, an appointment.
struct AnswerDate
{
    QString id;             ///< stable: "deadline", "collection", "valid-until"
    QString label;          ///< French
    QDate date;
    QDateTime instant;      ///< set when the deadline is counted in hours
};

/// The facts validated against a procedure's specifications, read typed. A
/// fact not given reads as null (or its default value); AnswerSet checks
/// every key and value before an engine sees them, so the readers below never
/// meet a malformed value.
class FactValues
{
public:
    FactValues() = default;
    FactValues(Facts facts, QList<FactSpec> specs) : m_facts(std::move(facts)), m_specs(std::move(specs)) {}

    bool has(const QString &key) const;
    QString text(const QString &key) const;
    QDate date(const QString &key) const;
    QDateTime dateTime(const QString &key) const;
    bool boolean(const QString &key) const;
    int integer(const QString &key, int otherwise = 0) const;
    const FactSpec *spec(const QString &key) const;
    const Facts &all() const { return m_facts; }

private:
    Facts m_facts;
    QList<FactSpec> m_specs;
};

/// The answer to one question. Every channel shows this, and nothing else.
struct Answer
{
    Q_DECLARE_TR_FUNCTIONS(guichet::Answer)

public:
    enum class Verdict {
        Possible,     ///< the request can be made here
        Refused,      ///< the rules refuse it: `reason` says why
        Redirected,   ///< it belongs elsewhere: `where` says where
        Incomplete,   ///< a fact the answer needs is missing: `missing` lists them
    };

    QString procedure;
    QDateTime at;                    ///< the context's moment
    QString office;
    QString releaseId, releaseHash;  ///< the reference release it was computed under
    Facts facts;                     ///< the facts it used, defaults included
    Verdict verdict = Verdict::Possible;
    QString rule;                    ///< stable id of the rule that decided a refusal or a redirection
    QString reason;                  ///< French sentence for a refusal or a redirection
    QString text;                    ///< the sentences the agent reads out
    QStringList missing;             ///< keys of the facts it needs and lacks
    QList<ChecklistItem> checklist;
    bool feeKnown = false;           ///< false: no fee said (unknown yet, or none applies)
    qint64 feeCents = 0;
    int validityYears = 0;           ///< of the new title or decision, 0 when none
    QList<AnswerDate> dates;
    QString where;                   ///< where to ask, empty when here

    /// Marks the fact as missing (once); the verdict becomes Incomplete
    /// unless a refusal or a redirection already stands.
    void need(const QString &key);
    void refuse(const QString &ruleId, const QString &sentence);
    void redirect(const QString &ruleId, const QString &where);
    /// The date of this id, or null.
    QDate date(const QString &id) const;

    /// "Il manque la date de naissance." for every missing fact, with `specs`' labels.
    QString missingSentence(const QList<FactSpec> &specs) const;

    static QString verdictId(Verdict v);   ///< "possible", "refused", "redirected", "incomplete"
    /// The stable JSON of docs/answers.md (keys sorted, so equal answers are equal bytes).
    QJsonObject toJson(const QList<FactSpec> &specs) const;
};

/// A module's answers under one reference release: built by its AnswerModule,
/// then asked any number of times, from any thread.
class AnswerEngine
{
public:
    virtual ~AnswerEngine() = default;
    /// The procedures it answers ("cni.demande").
    virtual QStringList procedures() const = 0;
    /// The facts a procedure may use, in the order of its form.
    virtual QList<FactSpec> facts(const QString &procedure) const = 0;
    /// The answer to facts already checked against facts(procedure).
    virtual Answer answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const = 0;
};

namespace answers {

/// Checks every fact against the specifications: an unknown key or a value
/// not of its kind is refused with a French message naming the key and what
/// it allows. Defaults are added for the facts not given.
Result<FactValues> check(const QString &procedure, const Facts &facts, const QList<FactSpec> &specs,
                         const CommuneTable *communes);

/// The sentences that are not empty, joined by a space: the text of an answer.
QString sentences(const QStringList &parts);
/// Ids of choices, for a spec: "premiere-demande, renouvellement, …".
QString allowedValues(const FactSpec &spec);
/// A fact's text value as a form gives it: ISO dates, "oui"/"non".
QString dateFact(const QDate &date);
QString dateTimeFact(const QDateTime &at);
QString booleanFact(bool value);

/// Every office of a release (its "offices" section), as the context of a
/// question asked there; `now` is left for the caller.
QList<AnswerContext> officeContexts(const ReferenceRelease &release, const CommuneTable *communes);
/// The context of a question asked now at the office the shell lends.
AnswerContext contextOf(const ModuleContext &context);
/// Checks the facts, asks the engine and stamps the answer with the facts it
/// used, the moment, the office and the release: what every channel does.
Result<Answer> ask(const AnswerEngine &engine, const ReferenceRelease &release, const QString &procedure,
                   const Facts &facts, const AnswerContext &context);
/// What a form shows for what is typed: the answer under the release the
/// shell lends, asked now at its office. A fact the engine refuses is a defect
/// of the form: the answer then says it, as a refusal, rather than hide it.
Answer forForm(const AnswerEngine &engine, const ModuleContext &context, const QString &procedure, const Facts &facts);
/// The same, with the procedure's facts already read from the engine (AnswerSet
/// reads them once, and answers thousands of scenarios with them).
Result<Answer> ask(const AnswerEngine &engine, const QList<FactSpec> &specs, const ReferenceRelease &release,
                   const QString &procedure, const Facts &facts, const AnswerContext &context);

} // namespace answers

} // namespace guichet
