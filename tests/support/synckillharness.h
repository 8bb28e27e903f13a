// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared loop of the SIGKILL-during-send tests (issues 7 and 10): a temporary workspace, a
// replay program (a fake platform that logs every reply it stores as one JSON line), replies
// queued the way the desktop queues them, `caredesk-cli sync` SIGKILLed at random points, a
// final clean `sync --once --json`, and readers for the outbox and the platform's log. Each
// test (tests/cli/tst_sync_kill*.cpp) keeps only its own platform's setup and assertions.
//
//   SyncKillHarness h(u"kill-x.sqlite"_s);
//   SYNCKILL_REQUIRE_SECRET_SERVICE();
//   const QString failed = h.setUp(qEnvironmentVariable("CAREDESK_X_REPLAY"),
//       { u"--mentions"_s, ... }, { { u"x"_s, u"@brand"_s, {}, "x-test-token\n" } });
//   QVERIFY2(failed.isEmpty(), qPrintable(failed));
//   QCOMPARE(h.enqueueReplies([&](const CaseSummary &c) { return QStringList { ... }; }), n);
//   const SyncKillHarness::Stats stats
//       = h.killWhileSending(30, SyncKillHarness::settledWhen(n, { u"sent"_s, u"unknown"_s }));
//   QByteArray summary;
//   const QString drainFailed = h.drainChecked(&summary, { 0, 1, 5 });
//   for (const QJsonObject &post : h.loggedPosts()) ...
//   h.tearDown(); // in cleanupTestCase
#pragma once

#include "app/core/repositories.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace CareDesk::Test {

/// Skips the calling test function (fails it under CI=true) when there is no Secret Service:
/// accounts keep their tokens in the keychain.
#define SYNCKILL_REQUIRE_SECRET_SERVICE()                                                          \
    do {                                                                                           \
        const QByteArray missing_ = ::CareDesk::Test::SyncKillHarness::missingSecretService();     \
        if (!missing_.isEmpty()) {                                                                 \
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))                              \
                QFAIL(missing_.constData());                                                       \
            QSKIP(missing_.constData());                                                           \
        }                                                                                          \
    } while (false)

class SyncKillHarness
{
public:
    /// One outbox row with its account's platform ("mastodon", "telegram", "vk", "x", ...).
    struct Row {
        QString platform;
        QString text;
        QString state; ///< "queued", "sending", "sent", "unknown", "failed", ...
        QString key; ///< the idempotency key
        QString visibility; ///< "public" or "private"
    };
    struct Stats {
        int runs = 0;
        int kills = 0;
    };
    /// What checkAtMostOnce counted.
    struct Delivery {
        int unknown = 0; ///< rows left unknown by the kills
        int unknownDelivered = 0; ///< how many of those had reached the platform
        int publicRows = 0;
        int total = 0; ///< every reply the platform stored
    };
    /// The replies to queue for one case of the inbox (in order; empty: none).
    using RepliesFor = std::function<QStringList(const CaseSummary &)>;
    /// True when every reply has settled and the loop can stop early.
    using Settled = std::function<bool(const QList<Row> &)>;
    /// An account `setUp` adds: its token goes to `accounts add --token-stdin`, its base URL is
    /// baseUrl() + `path`.
    struct Account {
        QString platform;
        QString handle;
        QString path; ///< appended to baseUrl(), e.g. "/v25.0"; empty: none
        QByteArray token; ///< with its trailing newline
    };

    explicit SyncKillHarness(const QString &workspaceName = QStringLiteral("kill.sqlite"));
    ~SyncKillHarness();
    SyncKillHarness(const SyncKillHarness &) = delete;
    SyncKillHarness &operator=(const SyncKillHarness &) = delete;

    /// Empty when a Secret Service is reachable, else why not.
    static QByteArray missingSecretService();

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString workspacePath() const;
    /// Where the replay program appends what it stores (passed to it as --log).
    QString logPath() const;

    /// Starts the replay program with --port-file and --log plus `arguments` and waits (up to
    /// 10 s) for its port. False when it did not come up.
    bool startReplay(const QString &program, const QStringList &arguments);
    void stopReplay();
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT (no trailing slash).
    QString baseUrl() const;

    /// The common initTestCase: starts the replay program with `replayArguments`, creates the
    /// workspace, adds `accounts` (ids 1, 2, ... in order) and runs a first `sync --once`.
    /// Empty on success, else what failed.
    QString setUp(const QString &replayProgram, const QStringList &replayArguments,
        const QList<Account> &accounts);
    /// The common cleanupTestCase: removes the accounts `setUp` added (their tokens live in the
    /// keychain) and stops the replay program.
    void tearDown();

    /// Runs caredesk-cli (env CAREDESK_CLI) on the workspace; the exit code, -1 on a crash.
    int cli(const QStringList &arguments, const QByteArray &input = {}, QByteArray *out = nullptr);

    /// Queues the replies `repliesFor` names for every case of the inbox, each on the case's
    /// last visibility, through the workspace's outbox the way the desktop does. Returns how
    /// many were queued; -1 on an error (with a warning logged). `expectedCases` >= 0 makes a
    /// different number of cases an error.
    int enqueueReplies(const RepliesFor &repliesFor, int expectedCases = -1);

    /// Starts `caredesk-cli sync` and SIGKILLs it after a random 80-500 ms, again and again,
    /// until `minimumKills` kills landed or `settled` holds (checked after every run), at most
    /// `maxRuns` runs.
    Stats killWhileSending(int minimumKills, const Settled &settled, int maxRuns = 400);
    /// Settled when exactly `count` outbox rows are in one of `states`.
    static Settled settledWhen(int count, const QStringList &states);

    /// The clean final `sync --once --json`: its exit code, the JSON summary in `summary`.
    int drain(QByteArray *summary);
    /// drain(), checked: empty when its exit code is one of `allowedCodes` and (unless
    /// `checkErrors` is false) every error of its summary is only the poll lease a killed run
    /// still holds ("Another CareDesk program ..."); else what is wrong.
    QString drainChecked(
        QByteArray *summary, const QList<int> &allowedCodes, bool checkErrors = true);

    /// For a platform without idempotency (X, Facebook): every row is of `platform` and sent or
    /// unknown, none was stored twice, a sent one exactly once (`delivered`: times stored, by
    /// text). Empty when so, else what is wrong; the counts in `delivery`.
    static QString checkAtMostOnce(const QList<Row> &rows, const QString &platform,
        const QHash<QString, int> &delivered, Delivery *delivery);

    /// The outbox, oldest first.
    QList<Row> outbox();
    /// Every JSON line of the replay program's log.
    QList<QJsonObject> loggedPosts() const;

private:
    QTemporaryDir m_dir;
    QString m_workspaceName;
    QProcess m_replay;
    quint16 m_port = 0;
    int m_accounts = 0;
};

/// The QObject of a kill test: initTestCase skips without a Secret Service and runs
/// m_harness.setUp(the program in env `replayVariable`, ...), cleanupTestCase m_harness.tearDown().
/// The derived class adds its test functions as private slots and passes its Setup:
///
///   class TestSyncKillX : public SyncKillTest {
///       Q_OBJECT
///   public:
///       TestSyncKillX() : SyncKillTest({ u"kill-x.sqlite"_s, "CAREDESK_X_REPLAY", {...}, {...} })
///       { }
///   private Q_SLOTS:
///       void killedWhileSending();
///   };
class SyncKillTest : public QObject
{
    Q_OBJECT

public:
    struct Setup {
        QString workspaceName;
        const char *replayVariable = nullptr; ///< the environment variable naming the program
        QStringList replayArguments;
        QList<SyncKillHarness::Account> accounts;
    };

protected:
    explicit SyncKillTest(const Setup &setup);

    SyncKillHarness m_harness;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

private:
    Setup m_setup;
};

} // namespace CareDesk::Test
