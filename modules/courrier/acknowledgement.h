// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courrierrules.h"
#include "document.h"

namespace guichet::courrier {

/// The letter a request has from its receipt on: the acknowledgement of a
/// written request a city service acts on (CRPA L112-3, R112-5), or the
/// letter telling the person that it was transmitted to the administration
/// that acts on it (L114-2). A call has none.
enum class LetterKind { None, Acknowledgement, Transmission };
LetterKind letterKind(const Case &c);

/// The letter of a written request, rebuilt from the case as it was recorded
/// (its dates of receipt, kind, service and clock), so it reads the same when
/// printed again. The acknowledgement says the date of receipt, the service
/// that acts with the office's postal address and phone (and marks the
/// e-mail the release lacks), the day silence becomes acceptance or
/// rejection (or that no decision arises), for a rejection the appeal and its
/// last day (CJA R421-2), for an acceptance the attestation that may be asked
/// (L232-3), and the city's answer target. An error when the case is not a
/// written request or lacks what the letter states.
Result<PrintedDocument> letterFor(const CourrierRules &rules, const ModuleContext &context, const CaseSummary &c);

/// The PDF file name of a case's letter in the documents folder.
QString letterFileName(const Case &c);

} // namespace guichet::courrier
