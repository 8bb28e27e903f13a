// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/casenotifier.h"

#include "app/core/changefeed.h"
#include "app/core/futures.h"
#include "app/core/repositories.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

#include <algorithm>
#include <functional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Q_LOGGING_CATEGORY(lcNotify, "caredesk.notifications")

namespace {

    const QString service = u"org.freedesktop.Notifications"_s;
    const QString path = u"/org/freedesktop/Notifications"_s;
    const QString interface = u"org.freedesktop.Notifications"_s;
    constexpr int maxListed = 3; ///< cases named in a summary notification
    constexpr int snippetChars = 120;
    constexpr qsizetype maxJudged = 200; ///< cases of one burst read back to be named

    /// One line of untrusted text for a notification: bidi controls and line breaks must not
    /// reorder or spill into the rest of the bubble, and a server with body markup must see it as
    /// text.
    QString notificationText(const QString &text, bool markup, int limit)
    {
        QString line = text.simplified();
        if (line.size() > limit)
            line = line.left(limit - 1) + u'…';
        // First strong isolate ... pop directional isolate: an RTL override inside stays inside.
        line = QChar(0x2068) + line + QChar(0x2069);
        return markup ? line.toHtmlEscaped() : line;
    }

    bool waitsInViews(const CaseSummary &summary, Id agentId)
    {
        const Case &c = summary.value;
        return c.status != CaseStatus::Resolved && c.unanswered > 0
            && (c.assigneeId == 0 || c.assigneeId == agentId);
    }

} // namespace

CaseNotifier::CaseNotifier(CaseRepository &cases, ChangeFeed &feed, Id agentId,
    const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_cases(cases)
    , m_bus(bus)
    , m_agentId(agentId)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(3000);
    connect(&m_coalesce, &QTimer::timeout, this, &CaseNotifier::flush);
    connect(&feed, &ChangeFeed::changed, this,
        [this](qint64, const QList<Id> &caseIds) { onChanged(caseIds); });
    if (!m_bus.isConnected()) {
        qCInfo(lcNotify) << "no session bus: notifications are off";
        return;
    }
    // QtDBus signal connections take the old string-based slot signature.
    m_bus.connect(
        service, path, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, u"NotificationClosed"_s, this,
        SLOT(onNotificationClosed(uint, uint)));
    auto *watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(
            QDBusMessage::createMethodCall(service, path, interface, u"GetCapabilities"_s)),
        this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (reply.isError())
            return; // no server yet: keep the safe defaults
        m_bodyMarkup = reply.value().contains(u"body-markup"_s);
        m_actions = reply.value().contains(u"actions"_s);
    });
}

CaseNotifier::~CaseNotifier() = default;

void CaseNotifier::start(Id newestKnownCaseId)
{
    m_baseline = newestKnownCaseId;
    m_pending.removeIf([this](Id id) { return id <= m_baseline; });
    if (!m_pending.isEmpty() && !m_coalesce.isActive())
        m_coalesce.start();
}

void CaseNotifier::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_pending.clear();
        m_coalesce.stop();
    }
}

void CaseNotifier::onChanged(const QList<Id> &caseIds)
{
    if (m_paused)
        return;
    for (Id id : caseIds) {
        // Ids grow: a case at or below the baseline existed when the desktop started.
        if ((m_baseline >= 0 && id <= m_baseline) || m_announced.contains(id)
            || m_pending.contains(id))
            continue;
        m_pending.insert(id);
    }
    if (m_baseline >= 0 && !m_pending.isEmpty() && !m_coalesce.isActive())
        m_coalesce.start();
}

void CaseNotifier::flush()
{
    if (m_pending.isEmpty() || m_paused)
        return;
    QList<Id> ids = std::exchange(m_pending, {}).values();
    // A burst (an import) can bring thousands: the newest are read back and named, the rest
    // only counted.
    std::sort(ids.begin(), ids.end(), std::greater<>());
    int unjudged = 0;
    if (ids.size() > maxJudged) {
        for (qsizetype i = maxJudged; i < ids.size(); ++i)
            m_announced.insert(ids.at(i));
        unjudged = static_cast<int>(ids.size() - maxJudged);
        ids.resize(maxJudged);
    }
    // Judged as they are now: a case answered or taken by a colleague meanwhile is not news.
    m_cases.summaries(ids).then(QtFuture::Launch::Sync,
        onContext(this, [this, unjudged](const Result<QList<CaseSummary>> &result) {
            if (!result.ok()) {
                qCWarning(lcNotify) << result.error().message;
                return;
            }
            QList<CaseSummary> fresh;
            for (const CaseSummary &summary : result.value()) {
                if (m_announced.contains(summary.value.id))
                    continue;
                m_announced.insert(summary.value.id);
                if (waitsInViews(summary, m_agentId))
                    fresh.append(summary);
            }
            if (!fresh.isEmpty() && !m_paused)
                announce(fresh, unjudged);
        }));
}

void CaseNotifier::announce(const QList<CaseSummary> &cases, int unjudged)
{
    QList<CaseSummary> sorted = cases;
    std::sort(sorted.begin(), sorted.end(), [](const CaseSummary &a, const CaseSummary &b) {
        return a.value.lastMessageAt != b.value.lastMessageAt
            ? a.value.lastMessageAt > b.value.lastMessageAt
            : a.value.id > b.value.id;
    });
    const CaseSummary &newest = sorted.constFirst();
    const auto nameOf = [](const CaseSummary &summary) {
        return summary.customerName.isEmpty() ? tr("Unknown customer") : summary.customerName;
    };
    QString summaryText;
    QString body;
    const int total = static_cast<int>(sorted.size()) + unjudged;
    if (total == 1) {
        // The summary is plain text by the specification; it still gets one line.
        summaryText = tr("New case from %1 on %2")
                          .arg(notificationText(nameOf(newest), false, 60),
                              platformDisplayName(newest.value.platform));
        body = notificationText(newest.snippet, m_bodyMarkup, snippetChars);
    } else {
        summaryText = tr("%n new case(s)", nullptr, total);
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(maxListed, sorted.size()); ++i) {
            const CaseSummary &c = sorted.at(i);
            lines.append(tr("%1 on %2: %3")
                             .arg(notificationText(nameOf(c), m_bodyMarkup, 40),
                                 platformDisplayName(c.value.platform),
                                 notificationText(c.snippet, m_bodyMarkup, 60)));
        }
        const int listed = static_cast<int>(std::min<qsizetype>(maxListed, sorted.size()));
        if (total > listed)
            lines.append(tr("and %n more", nullptr, total - listed));
        body = lines.join(u'\n');
    }
    QStringList actions;
    if (m_actions)
        actions = { u"default"_s, tr("Open"), u"open"_s, tr("Open") };
    const QVariantMap hints { { u"category"_s, u"im.received"_s },
        { u"desktop-entry"_s, u"org.caredesk.CareDesk"_s } };
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    call << u"CareDesk"_s << m_lastNotification << u"mail-message-new"_s << summaryText << body
         << actions << hints << -1;
    const Id caseId = newest.value.id;
    const int count = total;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, caseId, count] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcNotify) << "notification not shown:" << reply.error().message();
            return;
        }
        m_lastNotification = reply.value();
        m_shown.insert(reply.value(), caseId);
        Q_EMIT notified(count);
    });
}

void CaseNotifier::onActionInvoked(uint notificationId, const QString &actionKey)
{
    const auto it = m_shown.constFind(notificationId);
    if (it == m_shown.constEnd() || (actionKey != u"default"_s && actionKey != u"open"_s))
        return;
    Q_EMIT caseRequested(it.value());
}

void CaseNotifier::onNotificationClosed(uint notificationId, uint /*reason*/)
{
    m_shown.remove(notificationId);
    if (notificationId == m_lastNotification)
        m_lastNotification = 0;
}

} // namespace CareDesk
