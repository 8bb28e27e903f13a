// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/demo/demolivestream.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Demo {

DemoLiveStream::DemoLiveStream(DemoTraffic traffic, QList<OpenThread> openThreads, QHash<Platform, Id> accounts,
                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_traffic(std::move(traffic))
    , m_openThreads(std::move(openThreads))
    , m_accounts(std::move(accounts))
    , m_clock(clock)
    , m_rng(static_cast<quint32>(clock.now()))
    , m_session(QString::number(clock.now(), 36))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            Q_EMIT batchReady(next());
        schedule();
    });
}

void DemoLiveStream::setInterval(int milliseconds)
{
    m_intervalMs = qMax(50, milliseconds);
}

void DemoLiveStream::start()
{
    schedule();
}

void DemoLiveStream::setPaused(bool paused)
{
    m_paused = paused;
}

void DemoLiveStream::schedule()
{
    m_timer.start(m_intervalMs / 2 + static_cast<int>(m_rng.bounded(m_intervalMs)));
}

IngestBatch DemoLiveStream::next()
{
    const Millis now = m_clock.now();
    const QString id = u"live-%1-%2"_s.arg(m_session).arg(++m_counter);
    IncomingMessage m;
    m.platformId = id;
    m.createdAt = now;
    m.direction = Direction::In;
    // A third are follow-ups in cases that are still open, the rest new cases.
    const bool followUp = !m_openThreads.isEmpty() && !m_traffic.followUps().isEmpty() && m_rng.bounded(3) == 0;
    Platform platform = DemoTraffic::platforms().at(static_cast<qsizetype>(m_rng.bounded(DemoTraffic::platforms().size())));
    if (followUp) {
        const OpenThread &thread = m_openThreads.at(m_rng.bounded(m_openThreads.size()));
        QList<LiveMessage> sameLanguage;
        for (const LiveMessage &f : m_traffic.followUps()) {
            if (f.language == thread.language)
                sameLanguage.append(f);
        }
        const LiveMessage &text = sameLanguage.isEmpty() ? m_traffic.followUps().first()
                                                         : sameLanguage.at(m_rng.bounded(sameLanguage.size()));
        platform = thread.platform;
        m.threadKey = thread.threadKey;
        m.authorPlatformId = thread.authorPlatformId;
        m.authorHandle = thread.authorHandle;
        m.authorName = thread.authorName;
        m.customerRef = thread.customerRef;
        m.language = thread.language;
        m.text = text.text;
        m.sentiment = text.sentiment;
        m.visibility = text.visibility;
    } else {
        const QList<LiveMessage> &pool = m_traffic.liveMessages();
        const LiveMessage &text = pool.at(m_rng.bounded(pool.size()));
        const QStringList names = m_traffic.namesFor(text.language);
        const QString name = names.isEmpty() ? tr("New customer") : names.at(m_rng.bounded(names.size()));
        QString handle = name.toLower();
        handle.replace(u' ', u'_');
        handle += QString::number(m_rng.bounded(10, 99));
        m.threadKey = id;
        m.authorPlatformId = u"%1:%2"_s.arg(toString(platform), handle);
        m.authorHandle = handle;
        m.authorName = name;
        m.language = text.language;
        m.text = text.text;
        m.sentiment = text.sentiment;
        m.visibility = text.visibility;
        m.priority = text.topic == "outage"_L1 ? Priority::High : Priority::Normal;
        // Later follow-ups can land in this new case too.
        m_openThreads.append(OpenThread { platform, m.threadKey, m.authorPlatformId, handle, name, m.language, {} });
    }
    IngestBatch batch;
    batch.accountId = m_accounts.value(platform);
    batch.stream = u"live"_s;
    batch.messages.append(m);
    return batch;
}

} // namespace CareDesk::Demo
