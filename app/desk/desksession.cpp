// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksession.h"

#include "store/referencestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace guichet {

DeskSession::DeskSession(std::unique_ptr<Database> db, const Clock &clock, const QString &moduleDirectory)
    : m_db(std::move(db)), m_clock(clock), m_citizens(*m_db), m_cases(*m_db), m_agents(*m_db),
      m_modules(moduleDirectory)
{
}

DeskSession::~DeskSession()
{
    m_modules.shutdown();
}

Result<std::unique_ptr<DeskSession>> DeskSession::open(const QString &databasePath, const Clock &clock,
                                                      const QString &moduleDirectory)
{
    auto db = Database::open(databasePath, clock, Database::OpenMode::MustExist);
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<DeskSession> s(new DeskSession(std::move(*db), clock, moduleDirectory));
    auto release = ReferenceStore(*s->m_db).current(clock.today());
    if (!release)
        return std::unexpected(release.error());
    if (auto r = s->takeRelease(*release); !r)
        return std::unexpected(r.error());

    QStringList expected;
    for (const auto &v : s->m_release.section(QStringLiteral("offices")).value(QStringLiteral("modules")).toArray())
        expected << v.toString();
    s->m_modules.load(expected);
    s->m_modules.initialize(*s);
    return s;
}

Result<void> DeskSession::takeRelease(const ReferenceRelease &release)
{
    auto communes = CommuneTable::fromRelease(release);
    if (!communes)
        return std::unexpected(communes.error());
    m_release = release;
    m_communes = std::move(*communes);
    // Read once: the case list asks for titles and names on every repaint.
    m_offices = readOffices();
    m_services = readServices();
    m_procedures = readProcedures();
    m_workflows.clear();

    const QString code = m_db->meta(QStringLiteral("office_code"));
    m_office = {};
    for (const OfficeInfo &o : std::as_const(m_offices))
        if (o.code == code)
            m_office = o;
    if (m_office.code.isEmpty())
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("DeskSession", "This database belongs to no office of the reference release (office code \"%1\"). "
               "Create it again with \"guichetctl init --office CODE\".").arg(code)));
    return {};
}

Result<bool> DeskSession::reloadReference()
{
    auto release = ReferenceStore(*m_db).current(m_clock.today());
    if (!release)
        return std::unexpected(release.error());
    if (release->id() == m_release.id() && release->hash() == m_release.hash())
        return false;
    const ReferenceRelease previous = m_release;
    if (auto r = takeRelease(*release); !r) {
        // A release that drops this office: keep answering under the previous one, and say why.
        if (auto back = takeRelease(previous); !back)
            return std::unexpected(back.error());
        return std::unexpected(r.error());
    }
    m_modules.releaseChanged(*this);
    return true;
}

QString DeskSession::communeCode() const
{
    return m_release.section(QStringLiteral("offices")).value(QStringLiteral("commune")).toObject()
        .value(QStringLiteral("code")).toString();
}

QString DeskSession::communeName() const
{
    return m_release.section(QStringLiteral("offices")).value(QStringLiteral("commune")).toObject()
        .value(QStringLiteral("name")).toString();
}

QList<OfficeInfo> DeskSession::readOffices() const
{
    QList<OfficeInfo> out;
    for (const auto &v : m_release.section(QStringLiteral("offices")).value(QStringLiteral("offices")).toArray()) {
        const auto o = v.toObject();
        out.append({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("address")).toString(), o.value(QStringLiteral("phone")).toString()});
    }
    return out;
}

QList<QPair<QString, QString>> DeskSession::readServices() const
{
    QList<QPair<QString, QString>> out;
    for (const auto &v : m_release.section(QStringLiteral("offices")).value(QStringLiteral("services")).toArray()) {
        const auto o = v.toObject();
        out.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString()});
    }
    return out;
}

QString DeskSession::serviceName(const QString &id) const
{
    for (const auto &[sid, name] : m_services)
        if (sid == id)
            return name;
    return id;
}

QList<ProcedureInfo> DeskSession::readProcedures() const
{
    QList<ProcedureInfo> out;
    for (const QString &section : m_release.sectionNames()) {
        for (const auto &v : m_release.section(section).value(QStringLiteral("procedures")).toArray()) {
            const auto o = v.toObject();
            out.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("title")).toString(),
                        o.value(QStringLiteral("workflowId")).toString(), o.value(QStringLiteral("service")).toString()});
        }
    }
    return out;
}

ProcedureInfo DeskSession::procedure(const QString &procedureId) const
{
    for (const ProcedureInfo &p : m_procedures)
        if (p.id == procedureId)
            return p;
    return {procedureId, procedureId, {}, {}};
}

Workflow DeskSession::workflow(const QString &procedureId) const
{
    const QString id = procedure(procedureId).workflowId;
    auto it = m_workflows.constFind(id);
    if (it != m_workflows.constEnd())
        return *it;
    const Workflow w = Workflow::fromJson(m_release.workflow(id));
    m_workflows.insert(id, w);
    return w;
}

QString DeskSession::statusLabel(const QString &procedureId, const QString &status) const
{
    return workflow(procedureId).label(status);
}

QList<QPair<QString, QString>> DeskSession::allStatuses() const
{
    QList<QPair<QString, QString>> out;
    QSet<QString> seen;
    for (const ProcedureInfo &p : procedures()) {
        const Workflow w = workflow(p.id);
        for (const QString &s : w.states()) {
            if (seen.contains(s))
                continue;
            seen.insert(s);
            out.append({s, w.label(s)});
        }
    }
    return out;
}

QString DeskSession::documentsDirectory() const
{
    return QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/documents");
}

void DeskSession::openCase(const QUuid &caseId)
{
    if (m_openCase)
        m_openCase(caseId);
}

} // namespace guichet
