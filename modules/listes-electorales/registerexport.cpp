// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerexport.h"
#include "referencesection.h"

#include "electoralrules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <filesystem>
#include <system_error>

namespace guichet::listeselectorales {

QStringList RegisterExport::exportedStatuses()
{
    return {QStringLiteral("accepted"), QStringLiteral("refused"), QStringLiteral("accepted-notified"),
            QStringLiteral("refused-notified")};
}

QStringList RegisterExport::columns()
{
    return {QStringLiteral("numero_suivi"), QStringLiteral("demarche"), QStringLiteral("decision"),
            QStringLiteral("date_depot"), QStringLiteral("date_decision"), QStringLiteral("liste"),
            QStringLiteral("nom_naissance"), QStringLiteral("nom_usage"), QStringLiteral("prenoms"),
            QStringLiteral("sexe"), QStringLiteral("date_naissance"), QStringLiteral("code_commune_naissance"),
            QStringLiteral("lieu_naissance"), QStringLiteral("pays_naissance"), QStringLiteral("nationalite"),
            QStringLiteral("motif_attache"), QStringLiteral("adresse"), QStringLiteral("code_postal"),
            QStringLiteral("commune"), QStringLiteral("code_commune"), QStringLiteral("bureau_vote"),
            QStringLiteral("scrutin")};
}

bool RegisterExport::isComplete(const CaseSummary &c)
{
    const QJsonObject person = c.data.value(QLatin1String("applicant")).toObject();
    return !section::text(person, "familyName").isEmpty() && !section::text(person, "birthDate").isEmpty()
           && !section::text(c.data, "nationality").isEmpty();
}

QList<QStringList> RegisterExport::rows(const CaseSummary &c, const QString &communeCode, const QString &communeName)
{
    const QJsonObject d = c.data;
    const QJsonObject person = d.value(QLatin1String("applicant")).toObject();
    const bool removal = c.procedureId == RemovalProcedureId;
    // The file's own vocabulary, whatever the ids of the request kinds in the reference data.
    const QString request = removal ? QStringLiteral("radiation")
                            : section::text(d, "requestKind") == QLatin1String("changement-adresse")
                                ? QStringLiteral("changement-adresse")
                                : QStringLiteral("inscription");
    const bool accepted = c.status == QLatin1String("accepted") || c.status == QLatin1String("accepted-notified");
    const QJsonArray polls = d.value(QLatin1String("pollIds")).toArray();
    const QString address = (section::text(d, "houseNumber") + u' ' + section::text(d, "street")).trimmed();
    QStringList lists;
    for (const auto &l : d.value(QLatin1String("lists")).toArray())
        lists << l.toString();
    if (lists.isEmpty())
        lists << QString();  // a refusal of a request that named no list still has its row
    QList<QStringList> out;
    for (const QString &list : std::as_const(lists)) {
        out << QStringList{c.trackingNumber,
                           request,
                           accepted ? QStringLiteral("acceptee") : QStringLiteral("refusee"),
                           c.createdAt.toLocalTime().date().toString(Qt::ISODate),
                           c.statusSince.toLocalTime().date().toString(Qt::ISODate),
                           list,
                           section::text(person, "familyName"),
                           section::text(person, "usedName"),
                           section::text(person, "firstNames"),
                           section::text(person, "sex"),
                           section::text(person, "birthDate"),
                           section::text(person, "birthPlaceCode"),
                           section::text(person, "birthPlaceName"),
                           section::text(person, "birthCountry"),
                           section::text(d, "nationality"),
                           removal ? QString() : section::text(d, "attachment"),
                           address,
                           section::text(d, "postalCode"),
                           communeName,
                           communeCode,
                           section::text(d, "stationId"),
                           polls.isEmpty() ? QString() : polls.first().toString()};
    }
    return out;
}

QString RegisterExport::field(const QString &value)
{
    if (!value.contains(u';') && !value.contains(u'"') && !value.contains(u'\r') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray RegisterExport::line(const QStringList &fields)
{
    QStringList written;
    for (const QString &f : fields)
        written << field(f);
    return written.join(u';').toUtf8() + "\r\n";
}

QByteArray RegisterExport::csv(const QList<CaseSummary> &decided, const QString &communeCode,
                               const QString &communeName)
{
    QByteArray out = line(columns());
    for (const CaseSummary &c : decided)
        for (const QStringList &row : rows(c, communeCode, communeName))
            out += line(row);
    return out;
}

Result<void> RegisterExport::writeAtomically(const QByteArray &data, const QString &path)
{
    const QString part = path + QStringLiteral(".part");
    const auto failed = [&](const QString &why) {
        QFile::remove(part);
        return std::unexpected(Error::make(Error::Code::Unavailable,
            tr("The export could not be written to %1 (%2). Check that the folder exists and that you may "
               "write there, or choose another folder.").arg(QDir::toNativeSeparators(path), why)));
    };
    {
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed(file.errorString());
        if (file.write(data) != data.size() || !file.flush())
            return failed(file.errorString());
        file.close();
        if (file.error() != QFileDevice::NoError)
            return failed(file.errorString());
    }
    // std::filesystem::rename replaces an existing file in one step on POSIX
    // and on Windows (MoveFileEx with MOVEFILE_REPLACE_EXISTING), which
    // QFile::rename does not.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(part.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error)
        return failed(QString::fromLocal8Bit(error.message()));
    return {};
}

QString RegisterExport::fileName(const QString &officeCode, const QDate &day)
{
    return QStringLiteral("reu-%1-%2.csv").arg(officeCode, day.toString(Qt::ISODate));
}

} // namespace guichet::listeselectorales
