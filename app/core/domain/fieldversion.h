// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <compare>
#include <optional>

namespace guichet {

/// Who last wrote a field: the hybrid-clock stamp of the change and the
/// workstation that made it. Travels in an update's "_base" and in
/// settlements as "<hlc>:<workstation hex>". Last writer wins: the greater
/// version, by stamp and then by workstation bytes — the one order HQ and
/// every workstation use.
struct FieldVersion
{
    qint64 hlc = 0;
    QByteArray workstation;  ///< the workstation id's 16 bytes

    QString toString() const { return QString::number(hlc) + u':' + QString::fromLatin1(workstation.toHex()); }
    /// Empty or malformed text: none.
    static std::optional<FieldVersion> parse(const QString &text)
    {
        const qsizetype colon = text.indexOf(u':');
        bool ok = false;
        const qint64 hlc = text.left(colon).toLongLong(&ok);
        const QString hex = text.mid(colon + 1);
        if (colon < 1 || !ok || hlc < 0 || hex.size() != 32)
            return std::nullopt;
        return FieldVersion{hlc, QByteArray::fromHex(hex.toLatin1())};
    }
    std::strong_ordering operator<=>(const FieldVersion &other) const
    {
        if (const auto c = hlc <=> other.hlc; c != 0)
            return c;
        return workstation.compare(other.workstation) <=> 0;
    }
    bool operator==(const FieldVersion &) const = default;
};

} // namespace guichet
