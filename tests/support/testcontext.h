// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The context a module sees, without a shell or a database: the reference
// release of the source tree (or a given one), a clock the test moves, cases
// the test puts in, and a record of the cases the module asked to open.
// Header-only: tests of modules link the SDK, the support library does not.

#include "modulecontext.h"
#include "moduletesting.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace guichet::test {

class TestContext : public ModuleContext
{
public:
    explicit TestContext(const QDateTime &now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC))
        : clockNow(now)
    {
        auto r = ReferenceRelease::loadDirectory(sourcePath(QStringLiteral("resources/reference/2026.1")));
        REQUIRE(r.has_value());
        release = *r;
    }
    TestContext(ReferenceRelease r, const QDateTime &now) : clockNow(now), release(std::move(r)) {}

    const ReferenceRelease &reference() const override { return release; }
    const Clock &clock() const override { return clockNow; }
    QString officeCode() const override { return QStringLiteral("BEL"); }
    QString communeCode() const override { return QStringLiteral("29019"); }
    QString communeName() const override { return QStringLiteral("Brest"); }
    QString officeName() const override { return QStringLiteral("Mairie de quartier de Bellevue"); }
    QString officeAddress() const override { return QStringLiteral("1 rue Sisley, 29200 Brest"); }
    /// The communes of the source tree's release, read once for every test.
    const CommuneTable &communes() const override { return shippedCommunes(); }

    /// Filters `storedCases` as the store would, oldest first.
    Result<QList<CaseSummary>> cases(const CaseQuery &query) const override
    {
        QList<CaseSummary> out;
        for (const CaseSummary &c : storedCases) {
            if (!query.procedureIds.isEmpty() && !query.procedureIds.contains(c.procedureId))
                continue;
            if (!query.statuses.isEmpty() && !query.statuses.contains(c.status))
                continue;
            if (!query.officeCode.isEmpty() && query.officeCode != c.officeCode)
                continue;
            out << c;
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const CaseSummary &a, const CaseSummary &b) { return a.createdAt < b.createdAt; });
        return out.mid(0, query.limit);
    }
    void openCase(const QUuid &caseId) override { openedCases << caseId; }
    QString documentsDirectory() const override { return documents.path(); }

    ManualClock clockNow;
    ReferenceRelease release;
    QList<CaseSummary> storedCases;
    QList<QUuid> openedCases;
    TempDir documents;
};

} // namespace guichet::test
