// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet::listeselectorales {

class ElectoralRules;

/// The export of decided requests for the national electoral register (REU,
/// répertoire électoral unique, kept by INSEE), which the service des
/// élections enters or imports there.
///
/// Format: UTF-8 without a byte-order mark, `;` between fields, CRLF at the
/// end of each line, a header row, and RFC 4180 quoting — a field holding a
/// `;`, a `"`, a CR or an LF is put between double quotes, its quotes doubled.
/// One row per case and list: an EU citizen on both complementary lists has
/// two rows. Dates are ISO (YYYY-MM-DD). The columns, in order:
///
/// | column | content |
/// |---|---|
/// | numero_suivi | tracking number of the case (BEL-2026-000121) |
/// | demarche | inscription, changement-adresse or radiation |
/// | decision | acceptee or refusee |
/// | date_depot | day the request was received |
/// | date_decision | day of the last change of the case while decided (the decision, unless a document was recorded since) |
/// | liste | generale, complementaire-municipale or complementaire-europeenne |
/// | nom_naissance, nom_usage, prenoms | as on the person's record, first names space-separated |
/// | sexe | F or M |
/// | date_naissance | birth date |
/// | code_commune_naissance | INSEE code of the birth commune, empty when born abroad |
/// | lieu_naissance, pays_naissance | birth place name; country, empty for France |
/// | nationalite | FR or the ISO 3166 code of the EU state |
/// | motif_attache | domicile, residence, contribuable, gerant, conjoint-contribuable, domicile-parent (empty for a removal) |
/// | adresse | house number and street, as the street table writes it |
/// | code_postal, commune, code_commune | the commune's postal code, name and INSEE code |
/// | bureau_vote | polling-station id of the street table |
/// | scrutin | the first poll the registration counts for (calendar id) |
class RegisterExport
{
    Q_DECLARE_TR_FUNCTIONS(guichet::listeselectorales::RegisterExport)

public:
    /// The statuses of a decided request not yet transmitted: what the export takes.
    static QStringList exportedStatuses();
    static QStringList columns();

    /// Whether a case has what the register needs (the person's identity as
    /// the form records it); a case recorded otherwise (imported, demo data)
    /// is left out of the file and named to the agent.
    static bool isComplete(const CaseSummary &decided);
    /// The rows of one case (one per list), each with columns().size() fields.
    static QList<QStringList> rows(const CaseSummary &decided, const QString &communeCode,
                                   const QString &communeName);
    /// One field as written in the file.
    static QString field(const QString &value);
    /// One line, CRLF included.
    static QByteArray line(const QStringList &fields);
    /// The whole file: header and rows of every case given.
    static QByteArray csv(const QList<CaseSummary> &decided, const QString &communeCode,
                          const QString &communeName);

    /// Writes `data` to `path` through `path + ".part"`, renamed over `path`
    /// once complete, so that a reader never sees half a file.
    static Result<void> writeAtomically(const QByteArray &data, const QString &path);
    /// "reu-BEL-2026-12-01.csv".
    static QString fileName(const QString &officeCode, const QDate &day);
};

} // namespace guichet::listeselectorales
