// SPDX-License-Identifier: GPL-3.0-or-later
#include "initcommand.h"

#include "officesetup.h"
#include "store/referencestore.h"

namespace guichet::cli {

QString InitCommand::summary() const
{
    return tr("Create the office database and install the bundled reference release.");
}

QString InitCommand::syntax() const
{
    return tr("--office CODE [--slot N] [--db PATH]");
}

QString InitCommand::description() const
{
    return tr("Creates the office database (or brings an existing one to the latest schema), installs the "
              "reference release shipped with this version, and records the office code and the tracking slot "
              "of this workstation. Running it again for the same office changes nothing; a database cannot "
              "change office.");
}

void InitCommand::configure(QCommandLineParser &parser)
{
    m_office.setDescription(tr("Office code from the reference release (e.g. BEL)."));
    m_office.setValueName(tr("CODE"));
    m_slot.setDescription(tr("Tracking slot of this workstation, %1 to %2: the last digit of the tracking numbers "
                             "it makes, so that two workstations of one office never give the same number "
                             "(default 1).").arg(OfficeSetup::minSlot).arg(OfficeSetup::maxSlot));
    m_slot.setValueName(tr("N"));
    parser.addOption(m_office);
    parser.addOption(m_slot);
}

int InitCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    auto release = ReferenceStore::bundled();
    if (!release)
        return fail(release.error());
    if (!parser.isSet(m_office)) {
        QStringList codes;
        for (const auto &office : OfficeSetup::offices(*release))
            codes << office.first;
        return usageError(tr("--office CODE is required. Valid codes: %1.").arg(codes.join(QStringLiteral(", "))));
    }
    // Checked before the file is created, so a typo leaves nothing behind.
    auto office = OfficeSetup::checkOffice(*release, parser.value(m_office));
    if (!office)
        return fail(office.error());
    int code = Success;
    const auto slot = integerOption(parser, m_slot, 0, &code);
    if (!slot)
        return code;
    if (parser.isSet(m_slot) && (*slot < OfficeSetup::minSlot || *slot > OfficeSetup::maxSlot))
        return fail(Error::invalid(QStringLiteral("slot"),
            tr("Tracking slot: expected a number from %1 to %2, not %3.")
                .arg(OfficeSetup::minSlot).arg(OfficeSetup::maxSlot).arg(*slot)));

    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.error());
    auto outcome = OfficeSetup::initialise(**db, *release, *office, int(*slot));
    if (!outcome)
        return fail(outcome.error());

    out() << (outcome->changed ? tr("Office database ready: %1").arg((*db)->path())
                               : tr("Office database already set up, nothing changed: %1").arg((*db)->path()))
          << '\n'
          << tr("  office: %1").arg(outcome->office) << '\n'
          << tr("  tracking slot: %1").arg(outcome->slot) << '\n'
          << tr("  reference release: %1 (%2)").arg(release->id(), release->title()) << '\n'
          << tr("  schema version: %1").arg((*db)->schemaVersion()) << '\n';
    return Success;
}

} // namespace guichet::cli
