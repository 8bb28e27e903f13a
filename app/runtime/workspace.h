// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/accounthealth.h"
#include "app/core/clock.h"
#include "app/core/journey.h"
#include "app/core/repositories.h"
#include "app/core/teamrepository.h"
#include "app/core/viewrepository.h"
#include "app/storage/databaseconfig.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace CareDesk {

class ChangeFeed;
class Database;
class DatabaseWorker;

/// An open workspace: its database thread, repositories and change feed, built the same way
/// for the desktop and the CLI so both behave alike.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(
        const DatabaseConfig &config, std::shared_ptr<Clock> clock, QObject *parent = nullptr);
    ~Workspace() override;

    /// The default workspace file of this user (the desktop's and the CLI's, alike).
    static QString defaultPath();
    /// Resolves the global options: a PostgreSQL URL wins, then a path, then the default file.
    static Result<DatabaseConfig> configFor(
        const QString &workspacePath, const QString &databaseUrl);

    /// Creates the workspace or brings it up to the current schema; blocking, so callers run it
    /// off the GUI thread. kind applies to a new workspace only; asking an existing workspace of
    /// another kind to be demo or training is a Conflict.
    static Result<WorkspaceInfo> initialize(const DatabaseConfig &config, WorkspaceKind kind,
        const Clock &clock, bool requireEmptyForKind);
    /// The script library shipped with CareDesk (resources/scripts/default_library.json), as
    /// JSON; a new workspace gets it, `caredesk-cli scripts import --default` adds it to any.
    static QByteArray defaultScriptLibrary();

    const DatabaseConfig &config() const { return m_config; }
    const Clock &clock() const { return *m_clock; }
    WorkspaceRepository &workspace() { return *m_workspaceRepository; }
    AccountRepository &accounts() { return *m_accounts; }
    CaseRepository &cases() { return *m_cases; }
    OutboxRepository &outbox() { return *m_outbox; }
    DraftRepository &drafts() { return *m_drafts; }
    CustomerRepository &customers() { return *m_customers; }
    TeamRepository &team() { return *m_team; }
    ScriptRepository &scripts() { return *m_scripts; }
    /// Live accounts' health, shared by the desktop and caredesk-cli.
    AccountHealthRepository &accountHealth() { return *m_accountHealth; }
    /// Inbox views: counts, facets, saved views.
    ViewRepository &views() { return *m_views; }
    /// Started on first use.
    ChangeFeed &changeFeed();
    /// Who is viewing and replying where; started on first use.
    PresenceFeed &presenceFeed();

private:
    static Result<Done> loadDefaultScripts(Database &db, bool demoLinks, Millis now);

    DatabaseConfig m_config;
    std::shared_ptr<Clock> m_clock;
    DatabaseWorker *m_worker = nullptr;
    std::unique_ptr<WorkspaceRepository> m_workspaceRepository;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<TeamRepository> m_team;
    std::unique_ptr<ScriptRepository> m_scripts;
    std::unique_ptr<AccountHealthRepository> m_accountHealth;
    std::unique_ptr<ViewRepository> m_views;
    ChangeFeed *m_feed = nullptr;
    PresenceFeed *m_presenceFeed = nullptr;
};

} // namespace CareDesk
