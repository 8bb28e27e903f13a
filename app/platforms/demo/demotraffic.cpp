// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/demo/demotraffic.h"

#include "app/core/sentiment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Demo {

namespace {

    constexpr Millis minute = 60 * 1000;
    constexpr Millis hour = 60 * minute;
    constexpr Millis day = 24 * hour;

    QString accountHandle(Platform platform)
    {
        switch (platform) {
        case Platform::X:
            return u"northwindhome"_s;
        case Platform::Mastodon:
            return u"northwind@mastodon.social"_s;
        case Platform::Telegram:
            return u"NorthwindHomeBot"_s;
        case Platform::Vk:
            return u"northwind_home"_s;
        case Platform::Facebook:
            return u"Northwind Home"_s;
        default:
            return u"northwind"_s;
        }
    }

    /// The desk's agents: three per language, as replies are signed.
    const QList<DemoPlan::DemoAgent> &demoAgents()
    {
        static const QList<DemoPlan::DemoAgent> agents {
            { u"olivia"_s, u"Olivia, Northwind Care"_s, u"en"_s },
            { u"sam"_s, u"Sam, Northwind Care"_s, u"en"_s },
            { u"priya"_s, u"Priya, Northwind Care"_s, u"en"_s },
            { u"maria"_s, u"Мария, Нордвинд Дом"_s, u"ru"_s },
            { u"artyom"_s, u"Артём, Нордвинд Дом"_s, u"ru"_s },
            { u"olga"_s, u"Ольга, Нордвинд Дом"_s, u"ru"_s },
        };
        return agents;
    }

    /// An agent who speaks the language, by pick.
    int agentFor(const QString &language, quint32 pick)
    {
        const int base = language == "ru"_L1 ? 3 : 0;
        return base + static_cast<int>(pick % 3);
    }

    std::optional<LiveMessage> liveFrom(const QJsonObject &o, const QString &language)
    {
        LiveMessage m;
        m.language = language;
        m.topic = o.value("topic"_L1).toString();
        m.sentiment = o.value("sentiment"_L1).toInt();
        m.visibility = visibilityFromString(o.value("visibility"_L1).toString(u"public"_s))
                           .value_or(Visibility::Public);
        m.text = o.value("text"_L1).toString();
        if (m.text.trimmed().isEmpty())
            return std::nullopt;
        return m;
    }

} // namespace

const QList<Platform> &DemoTraffic::platforms()
{
    static const QList<Platform> list { Platform::X, Platform::Mastodon, Platform::Telegram,
        Platform::Vk, Platform::Facebook };
    return list;
}

Result<DemoTraffic> DemoTraffic::load()
{
    QList<QByteArray> documents;
    for (const QString &language : { u"en"_s, u"ru"_s }) {
        QFile file(u":/caredesk/demo/traffic_%1.json"_s.arg(language));
        if (!file.open(QIODevice::ReadOnly))
            return Error { ErrorCode::Internal,
                tr("The demo traffic (%1) is missing from this build.").arg(language) };
        documents.append(file.readAll());
    }
    return fromJson(documents);
}

Result<DemoTraffic> DemoTraffic::fromJson(const QList<QByteArray> &documents)
{
    DemoTraffic traffic;
    for (const QByteArray &bytes : documents) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return Error { ErrorCode::Invalid,
                tr("The demo traffic is not valid JSON: %1.").arg(parseError.errorString()) };
        const QJsonObject root = document.object();
        const QString language = root.value("language"_L1).toString();
        if (language.isEmpty())
            return Error { ErrorCode::Invalid, tr("The demo traffic names no language.") };

        QSet<QString> keys;
        const QJsonArray customers = root.value("customers"_L1).toArray();
        for (const QJsonValue &value : customers) {
            const QJsonObject o = value.toObject();
            DemoCustomer c;
            c.key = o.value("key"_L1).toString();
            c.name = o.value("name"_L1).toString();
            c.vip = o.value("vip"_L1).toBool();
            c.audience = o.value("audience"_L1).toInteger();
            c.region = o.value("region"_L1).toString();
            c.email = o.value("email"_L1).toString();
            c.phone = o.value("phone"_L1).toString();
            c.language = language;
            const QJsonObject handles = o.value("handles"_L1).toObject();
            for (auto it = handles.begin(); it != handles.end(); ++it) {
                if (const auto platform = platformFromString(it.key()))
                    c.handles.insert(*platform, it.value().toString());
            }
            if (c.key.isEmpty() || c.name.isEmpty() || c.handles.isEmpty())
                return Error { ErrorCode::Invalid,
                    tr("A demo customer lacks a key, a name or a handle.") };
            keys.insert(c.key);
            traffic.m_customers.append(c);
        }

        const QJsonArray threads = root.value("threads"_L1).toArray();
        for (const QJsonValue &value : threads) {
            const QJsonObject o = value.toObject();
            Thread t;
            t.customerKey = o.value("customer"_L1).toString();
            t.platform
                = platformFromString(o.value("platform"_L1).toString()).value_or(Platform::X);
            t.topic = o.value("topic"_L1).toString();
            t.sentiment = o.value("sentiment"_L1).toInt();
            t.priority
                = priorityFromString(o.value("priority"_L1).toString()).value_or(Priority::Normal);
            t.language = language;
            const QJsonArray messages = o.value("messages"_L1).toArray();
            for (const QJsonValue &m : messages) {
                const QJsonObject mo = m.toObject();
                t.messages.append(ThreadMessage { mo.value("from"_L1).toString() != "agent"_L1,
                    visibilityFromString(mo.value("visibility"_L1).toString())
                        .value_or(Visibility::Public),
                    mo.value("text"_L1).toString() });
            }
            if (!keys.contains(t.customerKey) || t.messages.isEmpty()
                || !t.messages.first().fromCustomer)
                return Error { ErrorCode::Invalid,
                    tr("A demo thread has no known customer or does not start with one.") };
            traffic.m_threads.append(t);
        }
        for (const QJsonValue &value : root.value("live"_L1).toArray()) {
            if (auto m = liveFrom(value.toObject(), language))
                traffic.m_live.append(*m);
        }
        for (const QJsonValue &value : root.value("followups"_L1).toArray()) {
            if (auto m = liveFrom(value.toObject(), language))
                traffic.m_followUps.append(*m);
        }
    }
    return traffic;
}

QStringList DemoTraffic::namesFor(const QString &language) const
{
    // New people for the live stream: first names and surnames of the history, recombined.
    QStringList first;
    QStringList last;
    for (const DemoCustomer &c : m_customers) {
        if (c.language != language)
            continue;
        const QStringList parts = c.name.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() >= 2) {
            first.append(parts.first());
            last.append(parts.last());
        }
    }
    QStringList names;
    for (qsizetype i = 0; i < first.size(); ++i)
        names.append(first.at(i) + u' ' + last.at((i * 7 + 3) % last.size()));
    return names;
}

DemoPlan DemoTraffic::plan(Millis now, quint32 seed) const
{
    QRandomGenerator rng(seed);
    const auto between = [&rng](Millis low, Millis high) {
        return low + static_cast<Millis>(rng.bounded(static_cast<double>(high - low)));
    };
    DemoPlan plan;
    for (Platform platform : platforms()) {
        Account account;
        account.platform = platform;
        account.connector = ConnectorKind::Demo;
        account.handle = accountHandle(platform);
        plan.accounts.append(account);
    }
    plan.customers = m_customers;
    plan.agents = demoAgents();
    QHash<QString, DemoCustomer> customers;
    for (const DemoCustomer &c : m_customers)
        customers.insert(c.key, c);

    // The practice the demo shows: answer within an hour, three at most for low priority,
    // half an hour for urgent (VIPs and outages); social care is open around the clock.
    SlaPolicy standard;
    standard.resolutionMinutes = 3 * 24 * 60;
    SlaPolicy low;
    low.priority = Priority::Low;
    low.firstResponseMinutes = low.nextResponseMinutes = 180;
    low.resolutionMinutes = 5 * 24 * 60;
    SlaPolicy urgent;
    urgent.priority = Priority::Urgent;
    urgent.firstResponseMinutes = urgent.nextResponseMinutes = 30;
    urgent.resolutionMinutes = 8 * 60;
    plan.slaPolicies = { standard, low, urgent };

    QHash<QString, int> perLanguage;
    for (const Thread &t : m_threads) {
        const int index = ++perLanguage[t.language];
        const DemoCustomer &customer = customers[t.customerKey];
        const QString threadKey = u"demo-%1-%2"_s.arg(t.language).arg(index, 4, 10, QChar(u'0'));
        const QString handle
            = customer.handles.value(t.platform, customer.handles.cbegin().value());
        const QString authorId = u"%1:%2"_s.arg(toString(t.platform), handle);
        const bool endsWithCustomer = t.messages.last().fromCustomer;
        const bool answered = std::any_of(t.messages.cbegin(), t.messages.cend(),
            [](const ThreadMessage &m) { return !m.fromCustomer; });

        // What the agents left: most answered cases resolved, some waiting for the customer.
        std::optional<DemoPlan::StatusChange> change;
        if (!endsWithCustomer) {
            const double r = rng.generateDouble();
            change = DemoPlan::StatusChange { t.platform, threadKey, CaseStatus::Resolved, 0 };
            if (r >= 0.6 && r < 0.83) {
                change->status = CaseStatus::Pending;
            } else if (r >= 0.83 && r < 0.9) {
                change->status = CaseStatus::Snoozed;
                change->snoozeUntil = now + between(2 * hour, 2 * day);
            } else if (r >= 0.9) {
                change->status = CaseStatus::Open;
            }
        } else if (!answered && rng.bounded(4) == 0) {
            // An agent has picked it up but not answered yet.
            change = DemoPlan::StatusChange { t.platform, threadKey, CaseStatus::Open, 0 };
        }
        if (change && change->status != CaseStatus::Open)
            plan.statuses.append(*change);
        const bool stillOpen
            = endsWithCustomer || (change && change->status != CaseStatus::Resolved);

        // Unanswered cases sit in the last hours, as on a working desk; the rest spread over
        // thirty days.
        QList<Millis> times(t.messages.size());
        if (endsWithCustomer) {
            const double r = rng.generateDouble();
            Millis last = r < 0.6 ? now - between(2 * minute, 40 * minute)
                : r < 0.9         ? now - between(65 * minute, 2 * hour)
                                  : now - between(3 * hour, 2 * day);
            for (qsizetype i = times.size() - 1; i >= 0; --i) {
                times[i] = last;
                last -= t.messages.at(i).fromCustomer ? between(15 * minute, 3 * hour)
                                                      : between(5 * minute, 50 * minute);
            }
        } else {
            // Cases still in work are recent; resolved ones spread over thirty days.
            Millis at
                = now - (stillOpen ? between(3 * hour, 2 * day) : between(6 * hour, 30 * day));
            for (qsizetype i = 0; i < times.size(); ++i) {
                times[i] = at;
                const bool nextIsAgent = i + 1 < times.size() && !t.messages.at(i + 1).fromCustomer;
                at += nextIsAgent ? between(4 * minute, 55 * minute)
                                  : between(10 * minute, 5 * hour);
            }
            const Millis overflow = times.last() - (now - 20 * minute);
            if (overflow > 0) {
                for (Millis &time : times)
                    time -= overflow;
            }
        }

        // The agent who answered, the claim before the first reply, a session in the case
        // around each reply, and the status change after the last message.
        const int agent = agentFor(t.language, rng.generate());
        if (answered) {
            DemoPlan::Work work;
            work.platform = t.platform;
            work.threadKey = threadKey;
            work.agent = agent;
            for (qsizetype i = 0; i < t.messages.size(); ++i) {
                if (t.messages.at(i).fromCustomer)
                    continue;
                const Millis opened = times.at(i) - between(2 * minute, 9 * minute);
                if (work.claimedAt == 0)
                    work.claimedAt = opened - between(minute / 2, 3 * minute);
                work.sessions.append({ opened, times.at(i) + between(minute / 2, 3 * minute) });
            }
            plan.work.append(work);
        }
        if (change) {
            change->at = qMin(now - minute, times.last() + between(10 * minute, 3 * hour));
            if (!plan.statuses.isEmpty() && plan.statuses.last().threadKey == threadKey)
                plan.statuses.last().at = change->at;
        }

        Priority priority = t.priority;
        if (customer.vip && priority < Priority::High)
            priority = Priority::High;
        for (qsizetype i = 0; i < t.messages.size(); ++i) {
            const ThreadMessage &m = t.messages.at(i);
            IncomingMessage in;
            in.platformId = u"%1-%2"_s.arg(threadKey).arg(i + 1);
            in.threadKey = threadKey;
            in.direction = m.fromCustomer ? Direction::In : Direction::Out;
            in.visibility = m.visibility;
            in.text = m.text;
            in.createdAt = times.at(i);
            in.language = t.language;
            in.priority = priority;
            if (i > 0)
                in.replyToPlatformId = u"%1-%2"_s.arg(threadKey).arg(i);
            if (m.fromCustomer) {
                in.authorPlatformId = authorId;
                in.authorHandle = handle;
                in.authorName = customer.name;
                in.authorAudience = customer.audience;
                // The thread's written sentiment at entry; later messages say how the customer
                // feels now (thanks after a fix, anger after silence), so the scorer reads them.
                in.sentiment
                    = i == 0 ? t.sentiment : SentimentScorer::instance().score(m.text).value;
                in.sentimentScored = true;
                in.customerRef = customer.key;
            } else {
                in.authorPlatformId = accountHandle(t.platform);
                in.authorHandle = accountHandle(t.platform);
                in.authorName = plan.agents.at(agent).displayName;
            }
            plan.messages[t.platform].append(in);
        }

        if (stillOpen) {
            plan.openThreads.append(OpenThread {
                t.platform, threadKey, authorId, handle, customer.name, t.language, customer.key });
        }
    }
    for (auto it = plan.messages.begin(); it != plan.messages.end(); ++it) {
        std::stable_sort(
            it->begin(), it->end(), [](const IncomingMessage &a, const IncomingMessage &b) {
                return a.createdAt < b.createdAt;
            });
    }
    return plan;
}

} // namespace CareDesk::Demo
