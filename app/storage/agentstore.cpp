// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/agentstore.h"

#include "app/storage/teamstoredetail.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

const QString agentColumns
    = u"a.id, a.name, a.display_name, a.role, a.skills, a.languages, a.capacity, a.active, "
      "a.created_at"_s;

QVariant nullableId(Id id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

using TeamStoreDetail::jsonList;
using TeamStoreDetail::openCasesOf;
using TeamStoreDetail::refusedAs;

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

Agent agentFrom(const QSqlQuery &q)
{
    Agent a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = agentRoleFromString(q.value(3).toString()).value_or(AgentRole::Agent);
    a.skills = jsonList(q.value(4).toString());
    a.languages = jsonList(q.value(5).toString());
    a.capacity = q.value(6).toInt();
    a.active = q.value(7).toBool();
    a.createdAt = q.value(8).toLongLong();
    return a;
}

Result<bool> isAdmin(Database &db)
{
    if (!db.isPostgres())
        return true;
    Result<QSqlQuery> q
        = db.exec(u"SELECT pg_has_role(current_user, 'caredesk_admin', 'MEMBER')"_s);
    if (!q.ok())
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

QString pbkdfAndKeys(
    const QByteArray &password, const QByteArray &salt, int iterations, QByteArray *serverKey)
{
    // PBKDF2-HMAC-SHA-256 with one block: SCRAM's Hi().
    QByteArray u = QMessageAuthenticationCode::hash(
        salt + QByteArray("\x00\x00\x00\x01", 4), password, QCryptographicHash::Sha256);
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        u = QMessageAuthenticationCode::hash(u, password, QCryptographicHash::Sha256);
        for (qsizetype j = 0; j < salted.size(); ++j)
            salted[j] = static_cast<char>(salted.at(j) ^ u.at(j));
    }
    const QByteArray clientKey
        = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    *serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256).toBase64());
}

} // namespace

namespace AgentStore {

bool isValidAgentName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,62}$"_s);
    return pattern.match(name).hasMatch() && !name.startsWith("caredesk_"_L1)
        && !name.startsWith("pg_"_L1);
}

QString agentNameFromSystemUser(const QString &user)
{
    QString name;
    for (const QChar ch : user.toLower()) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_')
            name.append(ch);
        else if (!name.endsWith(u'_'))
            name.append(u'_');
    }
    if (name.isEmpty() || !(name.at(0) >= u'a' && name.at(0) <= u'z'))
        name.prepend(u"agent_"_s);
    name = name.left(63);
    return isValidAgentName(name) ? name : u"agent"_s;
}

QString scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    // PostgreSQL runs SASLprep on the password; NFKC is its main step, and ASCII stays as is.
    const QByteArray normalized = password.normalized(QString::NormalizationForm_KC).toUtf8();
    QByteArray serverKey;
    const QString storedKey = pbkdfAndKeys(normalized, salt, iterations, &serverKey);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), storedKey,
            QString::fromLatin1(serverKey.toBase64()));
}

Result<QList<AgentEntry>> agents(Database &db)
{
    Result<QSqlQuery> q = db.exec(u"SELECT "_s + agentColumns + u", "_s + openCasesOf(db)
        + u" FROM agent a ORDER BY a.name"_s);
    if (!q.ok())
        return q.error();
    QList<AgentEntry> entries;
    QHash<Id, qsizetype> index;
    while (q.value().next()) {
        AgentEntry entry;
        entry.agent = agentFrom(q.value());
        entry.openCases = q.value().value(9).toInt();
        index.insert(entry.agent.id, entries.size());
        entries.append(entry);
    }
    q.value().finish();
    Result<QSqlQuery> teams = db.exec(
        u"SELECT tm.agent_id, t.name FROM team_member tm JOIN team t ON t.id = tm.team_id ORDER "
        "BY t.name"_s);
    if (!teams.ok())
        return teams.error();
    while (teams.value().next()) {
        const auto it = index.constFind(teams.value().value(0).toLongLong());
        if (it != index.constEnd())
            entries[*it].teams.append(teams.value().value(1).toString());
    }
    return entries;
}

Result<std::optional<Agent>> agentByName(Database &db, const QString &name)
{
    Result<QSqlQuery> q
        = db.exec(u"SELECT "_s + agentColumns + u" FROM agent a WHERE a.name = ?"_s, { name });
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<Agent>();
    return std::optional<Agent>(agentFrom(q.value()));
}

Result<Id> ensureTeam(Database &db, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error { ErrorCode::Invalid, Database::tr("A team needs a name.") };
    Id id = 0;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<QSqlQuery> found = db.exec(u"SELECT id FROM team WHERE name = ?"_s, { name });
        if (!found.ok())
            return found.error();
        if (found.value().next()) {
            id = found.value().value(0).toLongLong();
            return Done {};
        }
        found.value().finish();
        Result<Id> created
            = db.insertReturningId(u"INSERT INTO team (name) VALUES (?) RETURNING id"_s, { name });
        if (!created.ok())
            return refusedAs(created.error(), Database::tr("Only administrators add teams."));
        id = created.value();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return id;
}

Result<Id> addQueue(
    Database &db, const QString &name, Id teamId, AssignmentMode mode, const QStringList &skills)
{
    if (name.trimmed().isEmpty())
        return Error { ErrorCode::Invalid, Database::tr("A queue needs a name.") };
    Result<Id> id = db.insertReturningId(
        u"INSERT INTO queue (name, team_id, assignment_mode, skills) VALUES (?, ?, ?, ?) "
        "RETURNING id"_s,
        { name, nullableId(teamId), toString(mode), jsonText(skills) });
    if (!id.ok()) {
        if (id.error().code == ErrorCode::Conflict)
            return Error { ErrorCode::Conflict,
                Database::tr("There is a queue %1 already.").arg(name) };
        return refusedAs(id.error(), Database::tr("Only administrators add queues."));
    }
    return id.value();
}

Result<Done> setQueueMode(Database &db, Id queueId, AssignmentMode mode)
{
    Result<QSqlQuery> q
        = db.exec(u"UPDATE queue SET assignment_mode = ? WHERE id = ? RETURNING id"_s,
            { toString(mode), queueId });
    if (!q.ok())
        return refusedAs(
            q.error(), Database::tr("Only supervisors of the queue's team change how it assigns."));
    if (!q.value().next())
        return Error { ErrorCode::NotFound, Database::tr("There is no queue %1.").arg(queueId) };
    return Done {};
}

Result<Done> setCapacity(Database &db, Id agentId, int capacity)
{
    if (capacity < 0)
        return Error { ErrorCode::Invalid, Database::tr("The capacity cannot be negative.") };
    Result<QSqlQuery> q = db.exec(
        u"UPDATE agent SET capacity = ? WHERE id = ? RETURNING id"_s, { capacity, agentId });
    if (!q.ok())
        return refusedAs(
            q.error(), Database::tr("Only supervisors of the agent's team change their capacity."));
    if (!q.value().next())
        return Error { ErrorCode::NotFound,
            Database::tr("There is no agent %1 you may change.").arg(agentId) };
    return Done {};
}

Result<Agent> addAgent(Database &db, const NewAgent &spec, Millis now)
{
    if (!isValidAgentName(spec.name)) {
        return Error { ErrorCode::Invalid,
            Database::tr("\"%1\" cannot be an agent's name: use lowercase letters, digits and "
                         "underscores, starting with a letter.")
                .arg(spec.name) };
    }
    if (spec.capacity < 0)
        return Error { ErrorCode::Invalid, Database::tr("The capacity cannot be negative.") };
    if (spec.password && !db.isPostgres()) {
        return Error { ErrorCode::Invalid,
            Database::tr("Agents of a local workspace have no password; passwords belong to "
                         "team workspaces on PostgreSQL.") };
    }
    Result<bool> admin = isAdmin(db);
    if (!admin.ok())
        return admin.error();
    if (!admin.value())
        return Error { ErrorCode::Invalid, Database::tr("Only administrators add agents.") };
    Agent agent;
    agent.name = spec.name;
    agent.displayName = spec.displayName;
    agent.role = spec.role;
    agent.skills = spec.skills;
    agent.languages = spec.languages;
    agent.capacity = spec.capacity;
    agent.createdAt = now;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<Id> id = db.insertReturningId(
            u"INSERT INTO agent (name, display_name, role, "
            "skills, languages, capacity, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?) "
            "RETURNING id"_s,
            { spec.name, spec.displayName, toString(spec.role), jsonText(spec.skills),
                jsonText(spec.languages), spec.capacity, now });
        if (!id.ok()) {
            if (id.error().code == ErrorCode::Conflict)
                return Error { ErrorCode::Conflict,
                    Database::tr("There is an agent %1 already.").arg(spec.name) };
            return refusedAs(id.error(), Database::tr("Only administrators add agents."));
        }
        agent.id = id.value();
        if (!spec.team.isEmpty()) {
            Result<Id> team = ensureTeam(db, spec.team);
            if (!team.ok())
                return team.error();
            Result<QSqlQuery> member
                = db.exec(u"INSERT INTO team_member (team_id, agent_id) VALUES (?, ?)"_s,
                    { team.value(), agent.id });
            if (!member.ok())
                return member.error();
        }
        if (db.isPostgres()) {
            QVariant verifier(QMetaType(QMetaType::QString));
            if (spec.password) {
                QByteArray salt(16, Qt::Uninitialized);
                QRandomGenerator::system()->fillRange(
                    reinterpret_cast<quint32 *>(salt.data()), salt.size() / int(sizeof(quint32)));
                verifier = scramVerifier(*spec.password, salt);
            }
            Result<QSqlQuery> login = db.exec(u"SELECT caredesk_create_login(?, ?, ?)"_s,
                { spec.name, QString(u"caredesk_"_s + toString(spec.role)), verifier });
            if (!login.ok()) {
                return refusedAs(login.error(),
                    Database::tr("The database role %1 exists and has privileges of its own; an "
                                 "agent needs a role of their own.")
                        .arg(spec.name));
            }
        }
        if (Result<qint64> seq = db.recordChange({}, now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return agent;
}

Result<Agent> currentAgent(Database &db, const QString &nameOnSqlite, bool isSystemUser, Millis now)
{
    if (db.isPostgres()) {
        Result<QSqlQuery> q = db.exec(u"SELECT "_s + agentColumns
            + u", current_user FROM (SELECT 1) one LEFT JOIN agent a ON a.name = current_user"_s);
        if (!q.ok())
            return q.error();
        if (!q.value().next() || q.value().value(0).isNull()) {
            const QString login = q.value().isValid() ? q.value().value(9).toString() : QString();
            return Error { ErrorCode::NotFound,
                Database::tr(
                    "The database login %1 is not a CareDesk agent; an administrator adds it "
                    "with \"caredesk-cli agents add %1 --role agent\".")
                    .arg(login) };
        }
        return agentFrom(q.value());
    }
    Result<std::optional<Agent>> found = agentByName(db, nameOnSqlite);
    if (!found.ok())
        return found.error();
    if (found.value())
        return *found.value();
    if (!isSystemUser) {
        return Error { ErrorCode::NotFound,
            Database::tr("There is no agent %1; add one with \"caredesk-cli agents add %1 "
                         "--role agent\".")
                .arg(nameOnSqlite) };
    }
    // The person at this computer owns a local workspace: their agent appears on first use.
    NewAgent self;
    self.name = nameOnSqlite;
    self.role = AgentRole::Admin;
    return addAgent(db, self, now);
}

} // namespace AgentStore

} // namespace CareDesk
