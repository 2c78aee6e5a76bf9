// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/types.h"
#include "receipt.h"

namespace guichet {

class DeskSession;

/// The receipt of a case, from what the case holds: the office of its
/// tracking number, the procedure's title, the agent who opened it, the
/// documents still missing and the due date as they stand. The person's name
/// and the answer given are passed in, as the reception already holds them;
/// nothing is read from the store but the agent's name when another agent
/// opened the case.
ReceiptData receiptData(DeskSession &session, const Case &c, const QString &personName, const QString &answer);

/// The receipt of a stored case, printed again (the case window's Ctrl+P, on
/// any workstation: nothing comes from the first PDF, which may be elsewhere).
/// Printing a person's name is a read of their record: it is logged as the
/// session's agent's read "reprint:<tracking number>". The answer is the last
/// one the timeline records; `reprintedAt` is now.
Result<ReceiptData> reprintedReceipt(DeskSession &session, const Case &c);

} // namespace guichet
