// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptdata.h"

#include "desksession.h"

#include <QCoreApplication>

namespace guichet {

ReceiptData receiptData(DeskSession &session, const Case &c, const QString &personName, const QString &answer)
{
    // The office that holds the case, which a case opened elsewhere and
    // reprinted here must keep; the code alone if the release lacks it.
    OfficeInfo office{c.officeCode, c.officeCode, {}, {}};
    if (c.officeCode == session.office().code) {
        office = session.office();
    } else {
        for (const OfficeInfo &o : session.offices())
            if (o.code == c.officeCode)
                office = o;
    }

    ReceiptData d;
    d.officeName = office.name;
    d.officeAddress = office.address;
    d.officePhone = office.phone;
    d.trackingNumber = c.trackingNumber;
    d.createdAt = c.createdAt;
    d.procedureTitle = session.procedure(c.procedureId).title;
    d.summary = c.summary;
    d.personName = personName;
    d.channel = channelLabel(c.channel);
    if (c.agentId == session.agent().id)
        d.agentName = session.agent().displayName;
    else if (auto agent = session.agents().get(c.agentId))
        d.agentName = agent->displayName;  // an agent of another office may be unknown here: no line then
    d.answer = answer;
    d.missingDocuments = c.missingDocuments;
    d.dueDate = c.dueDate;
    d.releaseId = c.releaseId;
    return d;
}

Result<ReceiptData> reprintedReceipt(DeskSession &session, const Case &c)
{
    const auto failed = [&](const Error &why) {
        return std::unexpected(Error::make(why.code,
            QCoreApplication::translate("ReceiptData", "The receipt of %1 cannot be printed again: %2")
                .arg(c.trackingNumber, why.message)));
    };
    auto person = session.citizens().read(c.citizenId, session.agent().id,
                                          QStringLiteral("reprint:") + c.trackingNumber);
    if (!person)
        return failed(person.error());
    auto events = session.caseRepository().events(c.id);
    if (!events)
        return failed(events.error());
    QString answer;
    for (const CaseEvent &e : *events)
        if (e.kind == CaseEvent::Kind::AnswerGiven)
            answer = e.payload.value(QLatin1String("text")).toString();

    ReceiptData d = receiptData(session, c, person->displayName(), answer);
    d.reprintedAt = session.clock().now();
    return d;
}

} // namespace guichet
