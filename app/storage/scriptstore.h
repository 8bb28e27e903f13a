// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/repositories.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

/// The script library on one connection (schema 4: script, script_variant, script_usage; the
/// named links in the setting `script_links`). Search folds the query like Scripts::fold and
/// matches every word with LIKE on script.search_text: a few thousand scripts answer in well
/// under a millisecond, and the same SQL runs on both databases.
namespace ScriptStore {
    Result<QList<Script>> list(Database &db, const ScriptQuery &query);
    Result<QStringList> categories(Database &db, Id agentId);
    Result<Script> save(Database &db, const Script &script, Millis now);
    Result<Done> remove(Database &db, Id scriptId);
    Result<ScriptImportResult> import(Database &db, const QList<Script> &scripts,
        const QHash<QString, QString> &links, Millis now);
    Result<Done> recordUse(Database &db, Id scriptId, Id agentId, Millis now);
    Result<QHash<QString, QString>> links(Database &db);
    /// Whether the workspace holds any script (the default library goes only into an empty one).
    Result<bool> isEmpty(Database &db);
} // namespace ScriptStore

class SqlScriptRepository final : public ScriptRepository
{
public:
    SqlScriptRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<QList<Script>>> list(const ScriptQuery &query) override;
    QFuture<Result<QStringList>> categories(Id agentId) override;
    QFuture<Result<Script>> save(const Script &script) override;
    QFuture<Result<Done>> remove(Id scriptId) override;
    QFuture<Result<ScriptImportResult>> import(
        const QList<Script> &scripts, const QHash<QString, QString> &links) override;
    QFuture<Result<Done>> recordUse(Id scriptId, Id agentId) override;
    QFuture<Result<QHash<QString, QString>>> links() override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
