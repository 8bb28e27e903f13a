// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testworkspace.h"

#include "app/storage/sqlrepositories.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Test {

TestWorkspace::Status TestWorkspace::open(
    const QString &backend, const QString &name, Millis now, WorkspaceKind kind)
{
    close();
    if (backend == "postgresql"_L1) {
        if (!PgFixture::available())
            return Status::NoServer;
        m_pg = std::make_unique<PgFixture>();
        if (!m_pg->isValid()) {
            m_error = m_pg->error();
            return Status::Failed;
        }
        m_config = m_pg->config();
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        m_config = DatabaseConfig::sqlite(m_dir->filePath(name + u".caredesk"_s));
    }
    Result<std::unique_ptr<Database>> opened
        = Database::open(m_config, Database::OpenMode::CreateIfMissing);
    if (!opened.ok()) {
        m_error = u"cannot create the workspace: "_s + opened.error().message;
        return Status::Failed;
    }
    if (Result<Done> migrated = opened.value()->migrate(kind, name, now); !migrated.ok()) {
        m_error = u"cannot migrate the workspace: "_s + migrated.error().message;
        return Status::Failed;
    }
    m_db = std::move(opened.value());
    return Status::Open;
}

std::unique_ptr<Database> TestWorkspace::connect() const
{
    Result<std::unique_ptr<Database>> opened
        = Database::open(m_config, Database::OpenMode::Existing);
    return opened.ok() ? std::move(opened.value()) : nullptr;
}

void TestWorkspace::close()
{
    m_db.reset();
    m_pg.reset();
    m_dir.reset();
    m_config = {};
    m_error.clear();
}

Id addAccount(Database &db, Platform platform, const QString &handle, Millis now, QString *error)
{
    Account account;
    account.platform = platform;
    account.handle = handle;
    Result<Account> added = AccountStore::add(db, account, now);
    if (!added.ok()) {
        if (error)
            *error = added.error().message;
        return 0;
    }
    return added.value().id;
}

IncomingMessage incoming(const QString &platformId, const QString &threadKey,
    const QString &authorPlatformId, const QString &authorName, const QString &text,
    Millis createdAt)
{
    IncomingMessage m;
    m.platformId = platformId;
    m.threadKey = threadKey;
    m.authorPlatformId = authorPlatformId;
    m.authorName = authorName;
    m.text = text;
    m.createdAt = createdAt;
    return m;
}

IngestBatch batchOf(Id accountId, const QList<IncomingMessage> &messages)
{
    IngestBatch batch;
    batch.accountId = accountId;
    batch.messages = messages;
    return batch;
}

} // namespace CareDesk::Test
