// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/workspace.h"

#include "app/core/scriptfile.h"
#include "app/runtime/demoworkspace.h"
#include "app/storage/accounthealthstore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/draftstore.h"
#include "app/storage/outboxstore.h"
#include "app/storage/scriptstore.h"
#include "app/storage/sqlchangefeed.h"
#include "app/storage/sqlcustomerrepository.h"
#include "app/storage/sqlpresencefeed.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/sqlviewrepository.h"
#include "app/storage/teamstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
    , m_scripts(std::make_unique<SqlScriptRepository>(*m_worker, *m_clock))
    , m_accountHealth(std::make_unique<SqlAccountHealthRepository>(*m_worker, *m_clock))
    // Counts of a million cases take a while: on a connection of their own, so they never hold
    // up the inbox's pages and the case view behind them.
    , m_views(std::make_unique<SqlViewRepository>(*new DatabaseWorker(config, this), *m_clock))
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

Result<DatabaseConfig> Workspace::configFor(
    const QString &workspacePath, const QString &databaseUrl)
{
    if (!databaseUrl.isEmpty())
        return DatabaseConfig::fromUrl(databaseUrl);
    return DatabaseConfig::sqlite(workspacePath.isEmpty() ? defaultPath() : workspacePath);
}

Result<WorkspaceInfo> Workspace::initialize(
    const DatabaseConfig &config, WorkspaceKind kind, const Clock &clock, bool requireEmptyForKind)
{
    Result<std::unique_ptr<Database>> opened
        = Database::open(config, Database::OpenMode::CreateIfMissing);
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
        : kind == WorkspaceKind::Training            ? tr("Training workspace")
                                                     : tr("Workspace");
    if (Result<Done> migrated = db.migrate(kind, name, clock.now()); !migrated.ok())
        return migrated.error();
    if (before.value() == 0 && kind == WorkspaceKind::Demo) {
        Result<Demo::DemoTraffic> traffic = Demo::DemoTraffic::load();
        if (!traffic.ok())
            return traffic.error();
        const Millis now = clock.now();
        if (Result<Done> filled = populateDemoWorkspace(db, traffic.value().plan(now), now);
            !filled.ok())
            return filled.error();
    }
    if (before.value() == 0 && kind == WorkspaceKind::Training) {
        // The simulated customers write through one simulator account per platform; a training
        // workspace takes no other kind (the schema's triggers), and holds no tokens.
        for (Platform platform : allPlatforms()) {
            Account account;
            account.platform = platform;
            account.connector = ConnectorKind::Simulator;
            account.handle = u"simulator"_s;
            if (Result<Account> added = AccountStore::add(db, account, clock.now()); !added.ok())
                return added.error();
        }
    }
    if (before.value() < 4) {
        // The library comes with the workspace (and with the upgrade that brings scripts to an
        // older one), unless scripts are there already.
        if (Result<Done> loaded = loadDefaultScripts(db, kind == WorkspaceKind::Demo, clock.now());
            !loaded.ok())
            return loaded.error();
    }
    return AccountStore::workspaceInfo(db);
}

QByteArray Workspace::defaultScriptLibrary()
{
    QFile file(u":/caredesk/scripts/default_library.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<Done> Workspace::loadDefaultScripts(Database &db, bool demoLinks, Millis now)
{
    Result<bool> empty = ScriptStore::isEmpty(db);
    if (!empty.ok())
        return empty.error();
    if (!empty.value())
        return Done {};
    Result<ScriptFileContents> library = ScriptFile::readJson(defaultScriptLibrary());
    if (!library.ok())
        return Error { ErrorCode::Internal,
            tr("The default script library is damaged: %1").arg(library.error().message) };
    QList<Script> scripts;
    for (const ScriptFileEntry &entry : library.value().scripts)
        scripts.append(entry.script);
    QHash<QString, QString> links = library.value().links;
    if (demoLinks) {
        // The demo shop's help pages; a real workspace names its own (scripts import).
        QFile file(u":/caredesk/scripts/demo_links.json"_s);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            for (auto it = object.begin(); it != object.end(); ++it)
                links.insert(it.key(), it.value().toString());
        }
    }
    Result<ScriptImportResult> imported = ScriptStore::import(db, scripts, links, now);
    if (!imported.ok())
        return imported.error();
    return Done {};
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
