// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "inscriptionrules.h"

namespace guichet::inscription {

/// Which document a case prints, from its procedure and status: the
/// certificate of an enrolment once confirmed, the decision letter of a
/// derogation once decided. None otherwise.
enum class PrintableKind { None, Certificate, GrantedLetter, RefusedLetter };
PrintableKind printableKind(const Case &c);

/// The certificate of enrolment naming the school, built from the case as
/// it was recorded (so a later release of the catchment map does not change
/// a certificate already issued). An error when the case is not a confirmed
/// enrolment or lacks the child's details (cases made by another tool).
Result<PrintedDocument> certificateFor(const InscriptionRules &rules, const ModuleContext &context,
                                       const CaseSummary &c);

/// The mayor's decision on a derogation request, addressed to the guardian.
/// A refusal states its reason (`refusalReason`, one of the workflow's) and
/// the ways of appeal.
Result<PrintedDocument> decisionLetterFor(const InscriptionRules &rules, const ModuleContext &context,
                                          const CaseSummary &c, const QString &refusalReason = {});

/// The PDF file name of a case's document in the documents folder.
QString documentFileName(const Case &c);

} // namespace guichet::inscription
