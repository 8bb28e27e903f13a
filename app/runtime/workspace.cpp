// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/workspace.h"

#include "app/runtime/demoworkspace.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/draftstore.h"
#include "app/storage/outboxstore.h"
#include "app/storage/sqlchangefeed.h"
#include "app/storage/sqlcustomerrepository.h"
#include "app/storage/sqlpresencefeed.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/teamstore.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Workspace::Workspace(const DatabaseConfig &config, std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(std::move(clock))
    , m_worker(new DatabaseWorker(config, this))
    , m_workspaceRepository(std::make_unique<SqlWorkspaceRepository>(*m_worker))
    , m_accounts(std::make_unique<SqlAccountRepository>(*m_worker, *m_clock))
    , m_cases(std::make_unique<SqlCaseRepository>(*m_worker, *m_clock))
    , m_outbox(std::make_unique<SqlOutboxRepository>(*m_worker, *m_clock))
    , m_drafts(std::make_unique<SqlDraftRepository>(*m_worker, *m_clock))
    , m_customers(std::make_unique<SqlCustomerRepository>(*m_worker, *m_clock))
    , m_team(std::make_unique<SqlTeamRepository>(*m_worker, *m_clock))
{
}

Workspace::~Workspace()
{
    if (m_feed)
        m_feed->stop();
    if (m_presenceFeed)
        m_presenceFeed->stop();
}

QString Workspace::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"workspace.caredesk"_s);
}

Result<DatabaseConfig> Workspace::configFor(const QString &workspacePath, const QString &databaseUrl)
{
    if (!databaseUrl.isEmpty())
        return DatabaseConfig::fromUrl(databaseUrl);
    return DatabaseConfig::sqlite(workspacePath.isEmpty() ? defaultPath() : workspacePath);
}

Result<WorkspaceInfo> Workspace::initialize(const DatabaseConfig &config, WorkspaceKind kind,
                                            const Clock &clock, bool requireEmptyForKind)
{
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::CreateIfMissing);
    if (!opened.ok())
        return opened.error();
    Database &db = *opened.value();
    Result<int> before = db.storedSchemaVersion();
    if (!before.ok())
        return before.error();
    if (before.value() > 0 && requireEmptyForKind) {
        Result<WorkspaceInfo> existing = AccountStore::workspaceInfo(db);
        if (!existing.ok())
            return existing.error();
        if (existing.value().kind != kind) {
            return Error { ErrorCode::Conflict,
                           tr("%1 already holds a %2 workspace; a %3 workspace needs an empty one.")
                               .arg(config.displayName(), toString(existing.value().kind), toString(kind)) };
        }
    }
    const QString name = kind == WorkspaceKind::Demo ? tr("Demo workspace")
        : kind == WorkspaceKind::Training             ? tr("Training workspace")
                                                      : tr("Workspace");
    if (Result<Done> migrated = db.migrate(kind, name, clock.now()); !migrated.ok())
        return migrated.error();
    if (before.value() == 0 && kind == WorkspaceKind::Demo) {
        Result<Demo::DemoTraffic> traffic = Demo::DemoTraffic::load();
        if (!traffic.ok())
            return traffic.error();
        const Millis now = clock.now();
        if (Result<Done> filled = populateDemoWorkspace(db, traffic.value().plan(now), now); !filled.ok())
            return filled.error();
    }
    return AccountStore::workspaceInfo(db);
}

ChangeFeed &Workspace::changeFeed()
{
    if (!m_feed) {
        m_feed = new SqlChangeFeed(m_config, this);
        m_feed->start();
    }
    return *m_feed;
}

PresenceFeed &Workspace::presenceFeed()
{
    if (!m_presenceFeed) {
        m_presenceFeed = new SqlPresenceFeed(m_config, this);
        m_presenceFeed->start();
    }
    return *m_presenceFeed;
}

} // namespace CareDesk
