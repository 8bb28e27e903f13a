// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/domain.h"
#include "app/core/repositories.h"
#include "app/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace CareDesk::Demo {

/// A customer of the demo traffic, with the profile a CRM would know.
struct DemoCustomer {
    QString key; ///< also the CRM id, which links the person's identities across platforms
    QString name;
    QHash<Platform, QString> handles;
    bool vip = false;
    qint64 audience = 0;
    QString region;
    QString email;
    QString phone;
    QString language;
};

/// One new customer message the live stream can send.
struct LiveMessage {
    QString language;
    QString topic;
    int sentiment = 0;
    Visibility visibility = Visibility::Public;
    QString text;
};

/// A case of the demo history that is still open, for follow-ups from the live stream.
struct OpenThread {
    Platform platform = Platform::X;
    QString threadKey;
    QString authorPlatformId;
    QString authorHandle;
    QString authorName;
    QString language;
    QString customerRef;
};

/// The demo workspace as data: accounts, thirty days of history, the statuses agents left the
/// cases in, and the customers' profiles. Built from the traffic written for CareDesk in
/// resources/demo (Russian and English); the same seed gives the same workspace.
struct DemoPlan {
    struct StatusChange {
        Platform platform = Platform::X;
        QString threadKey;
        CaseStatus status = CaseStatus::Open;
        Millis snoozeUntil = 0;
        Millis at = 0; ///< when the agent left it so (after the thread's last message)
    };
    /// A demo agent: the desk's colleagues, who answered the history.
    struct DemoAgent {
        QString name; ///< the login name
        QString displayName; ///< as replies are signed
        QString language;
    };
    /// Who worked a thread and when: claimed before the first reply, the case opened in the UI
    /// around each reply (the handle time the reports measure).
    struct Work {
        Platform platform = Platform::X;
        QString threadKey;
        int agent = 0; ///< index into agents
        Millis claimedAt = 0;
        QList<std::pair<Millis, Millis>> sessions; ///< opened in the UI, closed again
    };
    QList<Account> accounts; ///< one demo account per platform
    QHash<Platform, QList<IncomingMessage>> messages; ///< history per platform, oldest first
    QList<StatusChange> statuses;
    QList<DemoAgent> agents;
    QList<Work> work;
    QList<DemoCustomer> customers;
    QList<SlaPolicy> slaPolicies;
    QList<OpenThread> openThreads;
};

/// The demo traffic written for CareDesk.
class DemoTraffic
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Demo::DemoTraffic)

public:
    /// The five platforms of the demo desk.
    static const QList<Platform> &platforms();
    /// Reads the traffic compiled into the program.
    static Result<DemoTraffic> load();
    /// Reads traffic from JSON documents (one per language); for tests and custom demos.
    static Result<DemoTraffic> fromJson(const QList<QByteArray> &documents);

    /// The workspace content as of `now`.
    DemoPlan plan(Millis now, quint32 seed = 20261122) const;
    /// New-case messages for the live stream (first posts of customers not yet seen).
    const QList<LiveMessage> &liveMessages() const { return m_live; }
    /// Follow-ups the live stream appends to open cases.
    const QList<LiveMessage> &followUps() const { return m_followUps; }
    /// Names for the live stream's new customers, per language.
    QStringList namesFor(const QString &language) const;

private:
    struct ThreadMessage {
        bool fromCustomer = true;
        Visibility visibility = Visibility::Public;
        QString text;
    };
    struct Thread {
        QString customerKey;
        Platform platform = Platform::X;
        QString topic;
        int sentiment = 0;
        Priority priority = Priority::Normal;
        QString language;
        QList<ThreadMessage> messages;
    };
    QList<DemoCustomer> m_customers;
    QList<Thread> m_threads;
    QList<LiveMessage> m_live;
    QList<LiveMessage> m_followUps;
};

} // namespace CareDesk::Demo
