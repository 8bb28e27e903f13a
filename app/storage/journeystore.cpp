// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/journeystore.h"

#include "app/core/evidence.h"
#include "app/core/searchtokenizer.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::JourneyStore {

namespace {

constexpr Millis day = Millis(24) * 3600 * 1000;
constexpr int summaryLength = 300;

/// Where an entry comes from; part of the sort key, so entries of one moment keep one order
/// (a case's opening sorts below its first message, newest first).
enum Source { FromCase = 0, FromMessage = 1, FromEvent = 2, FromContact = 3, FromNote = 4 };

/// The journey as one ordered union. Entries of a case sort under the case's last activity, so
/// a case's entries stay together; a contact is a group of its own at its own time.
QString journeyStatement(bool byChannel, bool withCursor)
{
    const QString caseChannel = byChannel ? u" AND c.platform = ?"_s : QString();
    const QString contactChannel = byChannel ? u" AND ct.channel = ?"_s : QString();
    // One arm per source: messages and replies, events, case openings, notes, contacts.
    QString statement
        = u"SELECT gt, gid, at, src, id, channel, case_id, case_status, direction, visibility, "
          "summary, value, type, extra FROM ("
          "SELECT c.last_message_at AS gt, c.id AS gid, m.created_at AS at, 1 AS src, m.id AS id, "
          "c.platform AS channel, c.id AS case_id, c.status AS case_status, m.direction AS direction, "
          "m.visibility AS visibility, substr(m.text, 1, %1) AS summary, m.sentiment AS value, "
          "'' AS type, '' AS extra "
          "FROM cases c JOIN message m ON m.case_id = c.id WHERE c.customer_id = ?%2 "
          "UNION ALL "
          "SELECT c.last_message_at, c.id, e.at, 2, e.id, c.platform, c.id, c.status, 'in', "
          "'public', COALESCE(ag.name, ''), 0, e.type, e.data "
          "FROM cases c JOIN event e ON e.case_id = c.id LEFT JOIN agent ag ON ag.id = e.agent_id "
          "WHERE c.customer_id = ?%2 AND e.type IN ('status_changed', 'reopened', 'assigned', "
          "'claimed', 'csat', 'sentiment_scored') "
          "UNION ALL "
          "SELECT c.last_message_at, c.id, c.opened_at, 0, c.id, c.platform, c.id, c.status, 'in', "
          "'public', c.subject, c.sentiment_entry, '', '' "
          "FROM cases c WHERE c.customer_id = ?%2 "
          "UNION ALL "
          "SELECT c.last_message_at, c.id, n.created_at, 4, n.id, c.platform, c.id, c.status, "
          "'out', 'private', substr(n.text, 1, %1), 0, '', COALESCE(ag.name, '') "
          "FROM cases c JOIN note n ON n.case_id = c.id "
          "LEFT JOIN agent ag ON ag.id = n.author_agent_id WHERE c.customer_id = ?%2 "
          "UNION ALL "
          "SELECT ct.created_at, -ct.id, ct.created_at, 3, ct.id, ct.channel, 0, 'new', "
          "ct.direction, 'private', substr(ct.summary, 1, %1), 0, '', ct.source "
          "FROM contact ct WHERE ct.customer_id = ?%3"
          ") j "_s.arg(summaryLength)
              .arg(caseChannel, contactChannel);
    if (withCursor)
        statement += u"WHERE (gt, gid, at, src, id) < (?, ?, ?, ?, ?) "_s;
    statement += u"ORDER BY gt DESC, gid DESC, at DESC, src DESC, id DESC LIMIT ?"_s;
    return statement;
}

JourneyKind eventKind(const QString &type)
{
    if (type == "assigned"_L1 || type == "claimed"_L1)
        return JourneyKind::Assignment;
    if (type == "csat"_L1)
        return JourneyKind::Csat;
    if (type == "sentiment_scored"_L1)
        return JourneyKind::Sentiment;
    return JourneyKind::StatusChange;
}

int scoreOf(const QJsonObject &data)
{
    for (const auto *key : { "score", "rating", "value", "sentiment" }) {
        if (data.contains(QLatin1StringView(key)))
            return data.value(QLatin1StringView(key)).toInt();
    }
    return 0;
}

QString summaryOf(const QString &text)
{
    QString line = text.simplified();
    if (line.size() >= summaryLength)
        line = line.left(summaryLength - 1) + u'…';
    return line;
}

Result<QList<CaseBrief>> briefs(Database &db, const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok())
        return q.error();
    QList<CaseBrief> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        CaseBrief b;
        b.caseId = r.value(0).toLongLong();
        b.platform = platformFromString(r.value(1).toString()).value_or(Platform::X);
        b.status = caseStatusFromString(r.value(2).toString()).value_or(CaseStatus::Open);
        b.openedAt = r.value(3).toLongLong();
        b.lastMessageAt = r.value(4).toLongLong();
        b.subject = r.value(5).toString();
        rows.append(b);
    }
    return rows;
}

const QString briefColumns
    = u"c.id, c.platform, c.status, c.opened_at, c.last_message_at, c.subject"_s;

/// Words and order numbers a case is about: from its first customer messages.
Result<QStringList> topicTerms(Database &db, Id caseId, const EvidenceExtractor &extractor)
{
    Result<QSqlQuery> q
        = db.exec(u"SELECT text FROM message WHERE case_id = ? AND direction = 'in' ORDER BY "
                  "created_at, id LIMIT 3"_s,
            { caseId });
    if (!q.ok())
        return q.error();
    static const QSet<QString> stopWords {
        u"this"_s,
        u"that"_s,
        u"with"_s,
        u"have"_s,
        u"from"_s,
        u"your"_s,
        u"what"_s,
        u"when"_s,
        u"where"_s,
        u"there"_s,
        u"they"_s,
        u"will"_s,
        u"just"_s,
        u"about"_s,
        u"been"_s,
        u"were"_s,
        u"hello"_s,
        u"thanks"_s,
        u"thank"_s,
        u"please"_s,
        u"still"_s,
        u"would"_s,
        u"could"_s,
        u"today"_s,
        u"again"_s,
        u"it's"_s,
        u"это"_s,
        u"что"_s,
        u"как"_s,
        u"меня"_s,
        u"есть"_s,
        u"когда"_s,
        u"здравствуйте"_s,
        u"спасибо"_s,
        u"пожалуйста"_s,
        u"можно"_s,
        u"только"_s,
        u"очень"_s,
        u"ваш"_s,
        u"ваша"_s,
        u"ваши"_s,
        u"уже"_s,
        u"всё"_s,
        u"все"_s,
        u"если"_s,
        u"чтобы"_s,
        u"снова"_s,
        u"опять"_s,
        u"сегодня"_s,
    };
    QStringList terms;
    while (q.value().next()) {
        const QString text = q.value().value(0).toString();
        for (const EvidenceKey &key : extractor.extract(text)) {
            if (key.kind == EvidenceKind::OrderNumber && !terms.contains(key.value))
                terms.append(key.value);
        }
        for (const QString &word : SearchTokenizer::terms(text, 200)) {
            const bool hasLetter
                = std::any_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isLetter(); });
            if (word.size() >= 4 && hasLetter && !stopWords.contains(word) && !terms.contains(word))
                terms.append(word);
        }
    }
    return terms;
}

} // namespace

Result<JourneyPage> journey(Database &db, const JourneyQuery &query)
{
    const bool byChannel = !query.channel.isEmpty();
    QVariantList values;
    for (int arm = 0; arm < 5; ++arm) {
        values.append(query.customerId);
        if (byChannel)
            values.append(query.channel);
    }
    if (query.after) {
        values << query.after->groupTime << query.after->groupId << query.after->at
               << query.after->source << query.after->id;
    }
    const int limit = query.limit > 0 ? query.limit : 1000000;
    values.append(limit + 1);
    Result<QSqlQuery> q = db.exec(journeyStatement(byChannel, query.after.has_value()), values);
    if (!q.ok())
        return q.error();
    JourneyPage page;
    std::optional<JourneyCursor> last;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        if (page.entries.size() == limit) {
            page.next = last;
            break;
        }
        JourneyEntry e;
        const int source = r.value(3).toInt();
        e.at = r.value(2).toLongLong();
        e.id = r.value(4).toLongLong();
        e.channel = r.value(5).toString();
        e.caseId = r.value(6).toLongLong();
        e.caseStatus = caseStatusFromString(r.value(7).toString()).value_or(CaseStatus::Open);
        e.direction = directionFromString(r.value(8).toString()).value_or(Direction::In);
        e.visibility = visibilityFromString(r.value(9).toString()).value_or(Visibility::Public);
        e.summary = summaryOf(r.value(10).toString());
        e.value = r.value(11).toInt();
        switch (source) {
        case FromMessage:
            e.kind = e.direction == Direction::In ? JourneyKind::Message : JourneyKind::Reply;
            break;
        case FromEvent: {
            const QString type = r.value(12).toString();
            e.kind = eventKind(type);
            e.data = QJsonDocument::fromJson(r.value(13).toString().toUtf8()).object();
            e.data.insert(u"type"_s, type);
            if (e.kind == JourneyKind::Csat || e.kind == JourneyKind::Sentiment)
                e.value = scoreOf(e.data);
            break;
        }
        case FromCase:
            e.kind = JourneyKind::CaseOpened;
            break;
        case FromNote:
            e.kind = JourneyKind::Note;
            e.data = QJsonObject { { u"author"_s, r.value(13).toString() } };
            break;
        default:
            e.kind = JourneyKind::Contact;
            e.data = QJsonObject { { u"source"_s, r.value(13).toString() } };
            break;
        }
        last = JourneyCursor { r.value(0).toLongLong(), r.value(1).toLongLong(), e.at, source,
            e.id };
        page.entries.append(e);
    }
    return page;
}

Result<JourneySummary> summary(Database &db, Id customerId, Id currentCaseId, Millis now)
{
    JourneySummary s;
    s.customerId = customerId;
    Result<QSqlQuery> customer
        = db.exec(u"SELECT name, vip, erased_at FROM customer WHERE id = ?"_s, { customerId });
    if (!customer.ok())
        return customer.error();
    if (!customer.value().next())
        return Error { ErrorCode::NotFound,
            Database::tr("There is no customer %1.").arg(customerId) };
    s.customerName = customer.value().value(0).toString();
    s.vip = customer.value().value(1).toInt() != 0;
    s.erasedAt = customer.value().value(2).toLongLong();
    customer.value().finish();

    Result<QList<CaseBrief>> cases = briefs(db,
        u"SELECT "_s + briefColumns
            + u" FROM cases c WHERE c.customer_id = ? ORDER BY c.last_message_at DESC, c.id DESC"_s,
        { customerId });
    if (!cases.ok())
        return cases.error();
    s.caseCount = static_cast<int>(cases.value().size());
    for (const CaseBrief &b : std::as_const(cases.value())) {
        if (b.caseId != currentCaseId && b.status != CaseStatus::Resolved)
            s.openCasesElsewhere.append(b);
        if (b.openedAt >= now - 30 * day)
            ++s.contactsLast30Days;
        if (!s.channels.contains(toString(b.platform)))
            s.channels.append(toString(b.platform));
    }

    // The newest contact outside the current case: a customer message in another case, or an
    // imported contact.
    Result<QSqlQuery> lastCase = db.exec(
        u"SELECT platform, last_customer_message_at FROM cases WHERE customer_id = ? AND id <> ? "
        "AND last_customer_message_at > 0 ORDER BY last_customer_message_at DESC LIMIT 1"_s,
        { customerId, currentCaseId });
    if (!lastCase.ok())
        return lastCase.error();
    if (lastCase.value().next()) {
        s.lastContactChannel = lastCase.value().value(0).toString();
        s.lastContactAt = lastCase.value().value(1).toLongLong();
    }
    lastCase.value().finish();
    Result<QSqlQuery> contacts = db.exec(
        u"SELECT channel, created_at FROM contact WHERE customer_id = ? ORDER BY created_at DESC, id DESC"_s,
        { customerId });
    if (!contacts.ok())
        return contacts.error();
    bool newest = true;
    while (contacts.value().next()) {
        const QString channel = contacts.value().value(0).toString();
        const Millis at = contacts.value().value(1).toLongLong();
        if (newest && at > s.lastContactAt) {
            s.lastContactAt = at;
            s.lastContactChannel = channel;
        }
        newest = false;
        if (at >= now - 30 * day)
            ++s.contactsLast30Days;
        if (!s.channels.contains(channel))
            s.channels.append(channel);
    }

    if (currentCaseId != 0) {
        Result<QList<CaseBrief>> linked = briefs(db,
            u"SELECT "_s + briefColumns
                + u" FROM case_link l JOIN cases c ON c.id = l.linked_case_id WHERE l.case_id = ? "
                  "ORDER BY l.id"_s,
            { currentCaseId });
        if (!linked.ok())
            return linked.error();
        s.linkedCases = linked.value();
    }

    // Sentiment: the last five customer messages against the five before them.
    Result<QSqlQuery> moods
        = db.exec(u"SELECT m.sentiment FROM message m JOIN cases c ON c.id = m.case_id WHERE "
                  "c.customer_id = ? AND m.direction = 'in' ORDER BY m.created_at DESC, m.id DESC "
                  "LIMIT 10"_s,
            { customerId });
    if (!moods.ok())
        return moods.error();
    QList<int> values;
    while (moods.value().next())
        values.append(moods.value().value(0).toInt());
    if (!values.isEmpty()) {
        const auto mean = [](const QList<int> &list) {
            double sum = 0;
            for (int v : list)
                sum += v;
            return list.isEmpty() ? 0.0 : sum / list.size();
        };
        const QList<int> recent = values.mid(0, 5);
        const QList<int> earlier = values.mid(5);
        s.sentimentRecent = qRound(mean(recent));
        if (earlier.isEmpty()) {
            s.sentimentTrend = SentimentTrend::Unknown;
        } else {
            const double change = mean(recent) - mean(earlier);
            s.sentimentTrend = change >= 15 ? SentimentTrend::Improving
                : change <= -15             ? SentimentTrend::Worsening
                                            : SentimentTrend::Steady;
        }
    }
    return s;
}

Result<QList<CaseLinkProposal>> caseLinkProposals(
    Database &db, Id caseId, Millis window, const QString &orderPattern)
{
    Result<QSqlQuery> found
        = db.exec(u"SELECT customer_id, platform, opened_at FROM cases WHERE id = ?"_s, { caseId });
    if (!found.ok())
        return found.error();
    if (!found.value().next())
        return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(caseId) };
    const Id customerId = found.value().value(0).toLongLong();
    const QString platform = found.value().value(1).toString();
    const Millis openedAt = found.value().value(2).toLongLong();
    found.value().finish();
    QList<CaseLinkProposal> proposals;
    if (customerId == 0)
        return proposals;
    Result<QList<CaseBrief>> candidates = briefs(db,
        u"SELECT "_s + briefColumns
            + u" FROM cases c WHERE c.customer_id = ? AND c.id <> ? AND c.platform <> ? AND "
              "c.status <> 'resolved' AND c.opened_at BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM "
              "case_link l WHERE l.case_id = ? AND l.linked_case_id = c.id) ORDER BY c.opened_at "
              "DESC, c.id DESC"_s,
        { customerId, caseId, platform, openedAt - window, openedAt + window, caseId });
    if (!candidates.ok())
        return candidates.error();
    if (candidates.value().isEmpty())
        return proposals;
    EvidenceRules rules;
    rules.orderPattern = orderPattern;
    const EvidenceExtractor extractor(rules);
    Result<QStringList> ours = topicTerms(db, caseId, extractor);
    if (!ours.ok())
        return ours.error();
    for (const CaseBrief &other : std::as_const(candidates.value())) {
        CaseLinkProposal p;
        p.caseId = caseId;
        p.other = other;
        p.apart = qAbs(other.openedAt - openedAt);
        Result<QStringList> theirs = topicTerms(db, other.caseId, extractor);
        if (!theirs.ok())
            return theirs.error();
        for (const QString &term : std::as_const(ours.value())) {
            if (theirs.value().contains(term))
                p.sharedTerms.append(term);
        }
        proposals.append(p);
    }
    // The same order or words first: most likely the same problem.
    std::stable_sort(proposals.begin(), proposals.end(),
        [](const CaseLinkProposal &a, const CaseLinkProposal &b) {
            return a.sharedTerms.size() > b.sharedTerms.size();
        });
    return proposals;
}

} // namespace CareDesk::JourneyStore
