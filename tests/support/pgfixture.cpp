// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pgfixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Test {

namespace {

bool runAdmin(const DatabaseConfig &admin, const QString &statement, QString *error)
{
    const QString name = u"pgfixture-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setDatabaseName(admin.databaseName);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool underCi()
{
    return qEnvironmentVariable("CI") == "true"_L1;
}

bool PgFixture::available()
{
    return !qEnvironmentVariableIsEmpty("CAREDESK_TEST_PG");
}

PgFixture::PgFixture()
{
    Result<DatabaseConfig> admin = DatabaseConfig::fromUrl(qEnvironmentVariable("CAREDESK_TEST_PG"));
    if (!admin.ok()) {
        m_error = admin.error().message;
        return;
    }
    m_admin = admin.value();
    m_config = m_admin;
    m_config.databaseName = u"caredesk_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_valid = runAdmin(m_admin, u"CREATE DATABASE %1"_s.arg(m_config.databaseName), &m_error);
}

PgFixture::~PgFixture()
{
    if (m_valid)
        runAdmin(m_admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_config.databaseName), nullptr);
}

QString PgFixture::url() const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(m_config.user, m_config.host).arg(m_config.port).arg(m_config.databaseName);
}

QString PgFixture::unavailableReason()
{
    return u"CAREDESK_TEST_PG is not set"_s;
}

} // namespace CareDesk::Test
