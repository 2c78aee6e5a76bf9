// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace guichet::identity {

/// The machine-readable zones Guichet reads (ICAO 9303 and the French card
/// issued until 2021). The format is told by the number and length of lines.
enum class MrzFormat {
    Td3,               ///< passport: 2 lines of 44
    Td1,               ///< identity card, French CNIe since 2021: 3 lines of 30
    Td2,               ///< other ID documents: 2 lines of 36 not starting with "IDFRA"
    FrenchIdCard1988,  ///< French card of 1988–2021: 2 lines of 36 starting with "IDFRA"
};

/// "td3", "td1", "td2", "cni-1988": stable keys for scripts and stored data.
QString mrzFormatKey(MrzFormat format);

/// What a machine-readable zone says, fillers removed. Dates are resolved to
/// four-digit years (see parseMrz()).
struct MrzData
{
    MrzFormat format = MrzFormat::Td3;
    QString documentCode;      ///< "P", "ID", "I" (filler removed)
    QString issuingState;      ///< "FRA", "UTO"
    QString documentNumber;    ///< "L898902C3"
    QString surname;           ///< parts joined by spaces: "LE GALL"
    QStringList givenNames;    ///< one entry per name: {"ANNA", "MARIA"}
    /// The name zone is full to its last character, so the names may have
    /// been cut to fit: the agent checks them against the printed page.
    bool namesTruncated = false;
    QString nationality;       ///< "FRA"; empty for the 1988 French card (always French)
    QDate birthDate;
    QChar sex;                 ///< 'F', 'M', or 'X' when unspecified
    QDate expiryDate;          ///< null for the 1988 French card, whose zone has none
    /// Passport personal number, TD1 line 1 and TD2 optional data; empty when
    /// only fillers.
    QString optionalData;
    /// TD1 line 2 optional data; empty for the other formats.
    QString optionalData2;
    /// 1988 French card: the month of issue, from the first four digits of the
    /// number (day 1); null for the other formats.
    QDate issueMonth;
    /// 1988 French card: the issuing office code at the end of line 1.
    QString issuingOffice;

    /// True for a passport, false for an identity card.
    bool isPassport() const { return format == MrzFormat::Td3; }
    /// Given names joined by spaces: "ANNA MARIA".
    QString givenNamesText() const { return givenNames.join(u' '); }
};

/// ICAO 9303 check digit: 0–9 → 0–9, A–Z → 10–35, '<' → 0, weights 7-3-1
/// repeating, sum mod 10. -1 if `text` holds another character.
int mrzCheckDigit(QStringView text);

/// The zone as a reader or a person gave it, cleaned for parsing: upper case,
/// spaces and empty lines dropped; a zone given on one line (some readers send
/// no line break) is cut at the length of its format. The result may still be
/// malformed: parseMrz() says what is wrong.
QStringList normalizeMrzLines(const QString &text);

/// Reads a machine-readable zone. `reference` is the day of reading: a birth
/// date cannot be after it, which fixes the century of two-digit years; an
/// expiry date is taken in the century that puts it nearest to `reference`.
/// Every check digit is verified, in the order of the zone, and the error
/// names the first field whose check fails (Error::field = "documentNumber",
/// "birthDate", "expiryDate", "optionalData" or "composite"), with the digit
/// expected and the digit read. A zone of the wrong shape is refused with
/// Error::field = "mrz" and the lengths found.
Result<MrzData> parseMrz(const QString &text, const QDate &reference);

/// Builds a valid zone from fields (check digits computed), for tests and
/// demonstration data. Names are transliterated (accents dropped, hyphens,
/// apostrophes and spaces become fillers) and cut to fit; for the 1988
/// French card, `issueMonth` and `issuingOffice` are ignored: the number
/// carries the month of issue.
QStringList generateMrz(const MrzData &data);

/// A name as an MRZ writes it: upper case, no accents, '<' between words,
/// apostrophes dropped ("Le Gall-Ségur" → "LE<GALL<SEGUR", "O'Connor" → "OCONNOR").
QString mrzName(const QString &name);

} // namespace guichet::identity
