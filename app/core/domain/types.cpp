// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct ChannelName { Channel channel; const char *key; const char *label; };
constexpr ChannelName channelNames[] = {
    {Channel::Counter, "counter", QT_TRANSLATE_NOOP("Channel", "Counter")},
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Channel", "Phone")},
    {Channel::Letter, "letter", QT_TRANSLATE_NOOP("Channel", "Letter")},
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Channel", "E-mail")},
    {Channel::Web, "web", QT_TRANSLATE_NOOP("Channel", "Web form")},
};

struct RoleName { Role role; const char *key; };
constexpr RoleName roleNames[] = {
    {Role::Agent, "agent"}, {Role::Supervisor, "superviseur"}, {Role::Administrator, "administrateur"},
};

struct EventName { CaseEvent::Kind kind; const char *key; };
constexpr EventName eventNames[] = {
    {CaseEvent::Kind::Created, "created"},
    {CaseEvent::Kind::Note, "note"},
    {CaseEvent::Kind::StatusChanged, "status"},
    {CaseEvent::Kind::DocumentReceived, "document"},
    {CaseEvent::Kind::AnswerGiven, "answer"},
    {CaseEvent::Kind::Correction, "correction"},
    {CaseEvent::Kind::Refused, "refused"},
    {CaseEvent::Kind::Transferred, "transfer"},
};
} // namespace

QString channelKey(Channel c)
{
    for (const auto &n : channelNames)
        if (n.channel == c)
            return QString::fromLatin1(n.key);
    Q_UNREACHABLE();
}

std::optional<Channel> channelFromKey(const QString &key)
{
    for (const auto &n : channelNames)
        if (key == QLatin1String(n.key))
            return n.channel;
    return std::nullopt;
}

QString channelLabel(Channel c)
{
    for (const auto &n : channelNames)
        if (n.channel == c)
            return QCoreApplication::translate("Channel", n.label);
    Q_UNREACHABLE();
}

QList<Channel> allChannels()
{
    QList<Channel> all;
    for (const auto &n : channelNames)
        all << n.channel;
    return all;
}

QString roleKey(Role r)
{
    for (const auto &n : roleNames)
        if (n.role == r)
            return QString::fromLatin1(n.key);
    Q_UNREACHABLE();
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const auto &n : roleNames)
        if (key == QLatin1String(n.key))
            return n.role;
    return std::nullopt;
}

QString eventKindKey(CaseEvent::Kind k)
{
    for (const auto &n : eventNames)
        if (n.kind == k)
            return QString::fromLatin1(n.key);
    Q_UNREACHABLE();
}

std::optional<CaseEvent::Kind> eventKindFromKey(const QString &key)
{
    for (const auto &n : eventNames)
        if (key == QLatin1String(n.key))
            return n.kind;
    return std::nullopt;
}

QString Citizen::displayName() const
{
    QString name = familyName.toUpper();
    if (!usedName.isEmpty() && usedName.compare(familyName, Qt::CaseInsensitive) != 0)
        name = QCoreApplication::translate("Citizen", "%1 (used name %2)").arg(name, usedName.toUpper());
    return name + QLatin1Char(' ') + firstNames;
}

} // namespace guichet
