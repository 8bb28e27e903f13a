// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore::search: full-text search, newest first, on both databases.
#include "app/storage/casesearch.h"

#include "app/core/searchtokenizer.h"
#include "app/storage/casestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CaseStore {

namespace {

/// While a search runs on SQLite, a progress handler asks every few thousand virtual-machine
/// steps whether a newer keystroke has superseded it, and stops the statement if so.
class Interruption
{
public:
    Interruption(Database &db, const std::function<bool()> &superseded)
        : m_superseded(superseded)
    {
        if (!superseded || db.isPostgres())
            return;
        const QVariant handle = db.sql().driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        if (m_sqlite)
            sqlite3_progress_handler(m_sqlite, 4000, &Interruption::check, this);
    }
    ~Interruption()
    {
        if (m_sqlite)
            sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
    }
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;
    bool superseded() const { return m_superseded && m_superseded(); }

private:
    static int check(void *self) { return static_cast<Interruption *>(self)->superseded() ? 1 : 0; }
    const std::function<bool()> &m_superseded;
    sqlite3 *m_sqlite = nullptr;
};

Result<QList<SearchHit>> searchNewestFirst(Database &db, const SearchQuery &query);

Error supersededError()
{
    return Error { ErrorCode::Conflict, QCoreApplication::translate("CaseStore", "A newer search replaced this one.") };
}

/// FTS5's unicode61 tokenizer takes letters, digits and private-use characters as word
/// characters; anything else (a combining mark too) separates words.
bool isTokenChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
}

/// Walks the words of an indexed text as FTS5 sees them.
template<typename OnWord>
bool forEachWord(QStringView text, OnWord onWord)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size()) {
            char32_t c = text.at(i).unicode();
            qsizetype width = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                width = 2;
            }
            if (!isTokenChar(c))
                break;
            i += width;
        }
        if (i > start) {
            if (onWord(text.mid(start, i - start)))
                return true;
        } else {
            ++i;
        }
    }
    return false;
}

/// Whether the indexed words hold every term (the last as a prefix when asked): the MATCH of
/// the full-text query, for texts already at hand.
bool matchesTerms(QStringView indexed, const QStringList &terms, bool prefixLast)
{
    QVarLengthArray<bool, 16> found(terms.size(), false);
    qsizetype missing = terms.size();
    return forEachWord(indexed, [&](QStringView word) {
        for (qsizetype t = 0; t < terms.size(); ++t) {
            if (found[t])
                continue;
            const bool prefix = prefixLast && t == terms.size() - 1;
            if (prefix ? word.startsWith(terms.at(t)) : word == terms.at(t)) {
                found[t] = true;
                --missing;
            }
        }
        return missing == 0;
    });
}

/// Every term is one word to FTS5 (no character in it that would split it).
bool singleWords(const QStringList &terms)
{
    for (const QString &term : terms) {
        bool single = true;
        forEachWord(term, [&](QStringView word) {
            single = word.size() == term.size();
            return true;
        });
        if (!single)
            return false;
    }
    return true;
}

/// Hits read in full and sorted here at most: a rare word's hits, or a phrase's, are found
/// in a millisecond or two by the index, and sorting two thousand takes no longer.
constexpr qsizetype rareHits = 2000;
constexpr qsizetype recentScanBudget = 2000; ///< messages read before the next way takes over
constexpr qint64 newerCaseBudget = 40000; ///< cases active since the hits listed, at most
/// Whole-word hits whose prefix check costs about as much as FTS5 merging the lists of the words
/// a prefix begins (a few milliseconds either way).
constexpr qsizetype switchRows = 3200;

/// Newest first without sorting every hit: a common word matches thousands of messages, but
/// the newest few are among the newest messages. A message is never newer than its case's last
/// activity, so the cases' activity index bounds the messages newer than a time X: the cases
/// active after X hold them all. Windows (X, previous X] are read newest first, the matches
/// counted, and once `limit` matches are newer than X the answer is exact. The words are
/// matched here, on the indexed words (PostgreSQL matches them itself): the fastest way for
/// the words most messages have, such as the first letter or two of a word typed. Rarer words
/// would need many windows: after recentScanBudget messages this gives up (nullopt).
Result<std::optional<QList<Id>>> searchRecent(Database &db, const SearchQuery &query, const QStringList &terms, int limit)
{
    const QString expression = db.searchExpression(terms, query.prefixLast);
    const QString windowStatement = db.isPostgres()
        ? u"SELECT m.id, m.created_at FROM cases c JOIN message m ON m.case_id = c.id "
          "JOIN message_search s ON s.message_id = m.id WHERE c.last_message_at > ? AND m.created_at > ? "
          "AND m.created_at <= ? AND s.terms @@ to_tsquery('simple', ?) LIMIT ?"_s
        // CROSS JOIN keeps SQLite's order: the cases' activity index, then each case's messages.
        : u"SELECT m.id, m.created_at, f.terms FROM cases c CROSS JOIN message m ON m.case_id = c.id "
          "CROSS JOIN message_fts f ON f.rowid = m.id WHERE c.last_message_at > ? AND m.created_at > ? "
          "AND m.created_at <= ? LIMIT ?"_s;
    QList<std::pair<Millis, Id>> found; // (created_at, id) of the matches read so far
    Millis upper = query.after ? query.after->time : std::numeric_limits<Millis>::max();
    qsizetype read = 0;
    for (qint64 cases = 128, windowRead = 0;;) {
        // The activity of the case `cases` places down the list: below it lies the next window.
        Result<CachedQuery *> boundary = db.cached(
            u"SELECT last_message_at FROM cases ORDER BY last_message_at DESC, id DESC LIMIT 1 OFFSET ?"_s, { cases });
        if (!boundary.ok())
            return boundary.error();
        const bool exhausted = !boundary.value()->next();
        const Millis lower = exhausted ? std::numeric_limits<Millis>::min() : boundary.value()->value(0).toLongLong();
        boundary.value()->finish();
        if (lower < upper) {
            QVariantList values { lower, lower, upper };
            if (db.isPostgres())
                values.append(expression);
            values.append(recentScanBudget - read + 1);
            Result<CachedQuery *> window = db.cached(windowStatement, values);
            if (!window.ok())
                return window.error();
            while (window.value()->next()) {
                const CachedQuery &row = *window.value();
                const Id id = row.value(0).toLongLong();
                const Millis at = row.value(1).toLongLong();
                ++read;
                ++windowRead;
                if (query.after && at == query.after->time && id >= query.after->id)
                    continue;
                if (!db.isPostgres() && !matchesTerms(row.value(2).toString(), terms, query.prefixLast))
                    continue;
                found.append({ at, id });
            }
            window.value()->finish();
            if (read > recentScanBudget)
                return std::optional<QList<Id>>();
            upper = lower;
        }
        if (exhausted || found.size() >= limit) {
            // Everything newer than `lower` has been read, so the newest `limit` are known.
            std::sort(found.begin(), found.end(), std::greater<>());
            QList<Id> ids;
            for (qsizetype i = 0; i < std::min<qsizetype>(limit, found.size()); ++i)
                ids.append(found.at(i).second);
            return std::optional<QList<Id>>(ids);
        }
        // The next window: twice as many cases, or as many as the matches so far say hold the
        // missing ones (with a margin), whichever is fewer, so that a word one message in twenty
        // has stays within the budget.
        qint64 next = cases * 2;
        if (!found.isEmpty() && windowRead > 0) {
            const double perCase = double(windowRead) / double(cases);
            const double needed = double(limit - found.size()) * double(read) / double(found.size()) * 1.1 + 16;
            next = std::clamp(cases + qint64(needed / perCase), cases + 1, next);
        }
        cases = next;
    }
}

/// The (created_at, id) of messages, looked up a hundred at a time.
Result<QList<std::pair<Millis, Id>>> timesOf(Database &db, const QList<Id> &ids)
{
    QStringList keys;
    keys.reserve(ids.size());
    for (Id id : ids)
        keys.append(QString::number(id));
    QList<std::pair<Millis, Id>> times;
    QSet<Id> seen;
    if (Result<Done> found = db.forEachIn(u"SELECT created_at, id FROM message WHERE id IN ("_s, {}, keys,
                                      [&](const CachedQuery &row) {
                                          const Id id = row.value(1).toLongLong();
                                          if (!seen.contains(id)) {
                                              seen.insert(id);
                                              times.append({ row.value(0).toLongLong(), id });
                                          }
                                      });
        !found.ok())
        return found.error();
    return times;
}

/// Newest first for words too many messages have to sort them all, and too few to turn up among
/// the newest messages at once: the index gives its newest hits by id cheaply, and ids mostly
/// follow time. The `limit` newest of those hits are newer than some T; every message newer
/// than T and older by id than the hits read is then listed (the cases' activity index again)
/// and any that is not among the hits (imported history, a late delivery) is matched on its
/// own. What remains is exact. Gives up (nullopt) when the prefix matches too few of the whole
/// words' hits, or when more than newerCaseBudget cases were active since T. wordHits: about how
/// many messages have the whole words before a prefix (0 when not known).
Result<std::optional<QList<Id>>> searchByRowid(Database &db, const QStringList &terms, bool prefixLast, int limit,
                                               double wordHits)
{
    const QString expression = db.searchExpression(terms, prefixLast);
    const qsizetype wanted = std::max(2 * limit, 100);
    QList<Id> hits;
    bool complete = false; // every hit is known
    Id lowestRead = 0; // every hit with an id from here up is known
    if (db.isPostgres()) {
        Result<CachedQuery *> newest = db.cached(u"SELECT message_id FROM message_search WHERE terms @@ "
                                                 "to_tsquery('simple', ?) ORDER BY message_id DESC LIMIT ?"_s,
                                                 { expression, wanted });
        if (!newest.ok())
            return newest.error();
        while (newest.value()->next())
            hits.append(newest.value()->value(0).toLongLong());
        newest.value()->finish();
        complete = hits.size() < wanted;
        lowestRead = hits.isEmpty() ? 0 : hits.last();
    } else {
        // A prefix after whole words ("headphones n") would make FTS5 merge the lists of every
        // word starting so, for every page: the whole words find the candidates, page by page,
        // and the prefix is checked here on their indexed words.
        const bool checkLast = prefixLast && terms.size() > 1;
        const QString anchor = checkLast ? db.searchExpression(terms.mid(0, terms.size() - 1), false) : expression;
        constexpr int page = 200;
        Id below = std::numeric_limits<Id>::max();
        for (qsizetype read = 0; hits.size() < wanted;) {
            if (read >= 40 * page)
                return std::optional<QList<Id>>();
            Result<CachedQuery *> newest = db.cached(
                u"SELECT rowid, terms FROM message_fts WHERE message_fts MATCH ? AND rowid < ? "
                "ORDER BY rowid DESC LIMIT ?"_s,
                { anchor, below, page });
            if (!newest.ok())
                return newest.error();
            int rows = 0;
            while (newest.value()->next()) {
                ++rows;
                below = newest.value()->value(0).toLongLong();
                if (!checkLast || matchesTerms(newest.value()->value(1).toString(), terms, prefixLast))
                    hits.append(below);
            }
            newest.value()->finish();
            read += rows;
            lowestRead = below;
            if (rows < page) {
                complete = true;
                break;
            }
            // The prefix begins a word in too few of the whole words' hits to find the rest
            // soon this way ("order sta"): FTS5 merges the lists of the words it begins once,
            // and gives the rest of the hits, newest by id first: all of them when, at the share
            // of the whole words' hits the prefix matched so far, they are rareHits or fewer
            // (then every hit is sorted, however far back), else the newest `missing`.
            const qsizetype missing = wanted - hits.size();
            if (checkLast && missing > 0 && read * missing > switchRows * std::max<qsizetype>(1, hits.size())) {
                const bool fewHits = wordHits > 0 && wordHits * double(hits.size()) / double(read) <= rareHits;
                const qsizetype asked = fewHits ? std::max(missing, rareHits - hits.size())
                                                : std::max<qsizetype>(missing, 2 * page);
                Result<CachedQuery *> rest = db.cached(
                    u"SELECT rowid FROM message_fts WHERE message_fts MATCH ? AND rowid < ? "
                    "ORDER BY rowid DESC LIMIT ?"_s,
                    { expression, below, asked });
                if (!rest.ok())
                    return rest.error();
                QList<Id> more;
                while (rest.value()->next())
                    more.append(rest.value()->value(0).toLongLong());
                rest.value()->finish();
                complete = more.size() < asked;
                if (!complete)
                    more.resize(missing);
                hits.append(more);
                // Every hit from here up is known (every hit at all when complete).
                if (!more.isEmpty())
                    lowestRead = more.constLast();
                break;
            }
        }
    }
    Result<QList<std::pair<Millis, Id>>> found = timesOf(db, hits);
    if (!found.ok())
        return found.error();
    QList<std::pair<Millis, Id>> &candidates = found.value();
    std::sort(candidates.begin(), candidates.end(), std::greater<>());
    if (!complete && candidates.size() >= limit) {
        const Millis since = candidates.at(limit - 1).first;
        const Id lowestHit = lowestRead;
        const QSet<Id> known(hits.cbegin(), hits.cend());
        // The messages newer than T lie in the cases active since T: a count of those (on the
        // activity index) bounds the listing's cost before it starts.
        Result<CachedQuery *> active = db.cached(
            u"SELECT COUNT(*) FROM (SELECT 1 FROM cases WHERE last_message_at >= ? LIMIT ?) AS recent"_s,
            { since, newerCaseBudget + 1 });
        if (!active.ok())
            return active.error();
        const qint64 activeCases = active.value()->next() ? active.value()->value(0).toLongLong() : 0;
        active.value()->finish();
        if (activeCases > newerCaseBudget)
            return std::optional<QList<Id>>();
        // Only those older by id than the hits read can be unknown: the database leaves out the
        // rest (most of them) while it lists them from the cases' index of message times.
        Result<CachedQuery *> newer = db.cached(
            db.isPostgres() ? u"SELECT m.id, m.created_at FROM cases c JOIN message m ON m.case_id = c.id "
                              "WHERE c.last_message_at >= ? AND m.created_at >= ? AND m.id < ?"_s
                            : u"SELECT m.id, m.created_at FROM cases c CROSS JOIN message m ON m.case_id = c.id "
                              "WHERE c.last_message_at >= ? AND m.created_at >= ? AND m.id < ?"_s,
            { since, since, lowestHit });
        if (!newer.ok())
            return newer.error();
        QHash<Id, Millis> unknown;
        while (newer.value()->next()) {
            const Id id = newer.value()->value(0).toLongLong();
            if (!known.contains(id))
                unknown.insert(id, newer.value()->value(1).toLongLong());
        }
        newer.value()->finish();
        if (!unknown.isEmpty()) {
            QStringList keys;
            for (auto it = unknown.cbegin(); it != unknown.cend(); ++it)
                keys.append(QString::number(it.key()));
            const auto onRow = [&](const CachedQuery &row) {
                const Id id = row.value(0).toLongLong();
                if (db.isPostgres() || matchesTerms(row.value(1).toString(), terms, prefixLast)) {
                    candidates.append({ unknown.value(id), id });
                    unknown.remove(id);
                }
            };
            Result<Done> checked = db.isPostgres()
                ? db.forEachIn(u"SELECT message_id FROM message_search WHERE terms @@ to_tsquery('simple', ?) "
                               "AND message_id IN ("_s,
                           { expression }, keys, onRow)
                : db.forEachIn(u"SELECT rowid, terms FROM message_fts WHERE rowid IN ("_s, {}, keys, onRow);
            if (!checked.ok())
                return checked.error();
            std::sort(candidates.begin(), candidates.end(), std::greater<>());
        }
    }
    QList<Id> ids;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, candidates.size()); ++i)
        ids.append(candidates.at(i).second);
    return std::optional<QList<Id>>(ids);
}

/// Newest first when the terms have rareHits hits or fewer, all of them read and sorted;
/// nullopt when there are more (common words: the other ways are quicker for them). With
/// wordsOnly, the index is asked for the whole words only (read lazily, so counting past
/// rareHits stops early however common they are) and the last word, a prefix, is checked here
/// on the indexed words of those hits: a short prefix would make FTS5 merge the lists of every
/// word it begins.
Result<std::optional<QList<Id>>> searchRare(Database &db, const SearchQuery &query, const QStringList &terms,
                                            int limit, bool wordsOnly, Id *lowestRead = nullptr)
{
    const QStringList asked = wordsOnly ? terms.mid(0, terms.size() - 1) : terms;
    Result<CachedQuery *> probe = db.cached(
        u"SELECT rowid FROM message_fts WHERE message_fts MATCH ? ORDER BY rowid DESC LIMIT ?"_s,
        { db.searchExpression(asked, query.prefixLast && !wordsOnly), rareHits + 1 });
    if (!probe.ok())
        return probe.error();
    QList<Id> ids;
    while (probe.value()->next())
        ids.append(probe.value()->value(0).toLongLong());
    probe.value()->finish();
    if (ids.size() > rareHits) {
        if (lowestRead)
            *lowestRead = ids.constLast();
        return std::optional<QList<Id>>();
    }
    if (wordsOnly && !ids.isEmpty()) {
        QStringList keys;
        keys.reserve(ids.size());
        for (Id id : std::as_const(ids))
            keys.append(QString::number(id));
        QSet<Id> matching;
        if (Result<Done> checked = db.forEachIn(u"SELECT rowid, terms FROM message_fts WHERE rowid IN ("_s, {}, keys,
                                                [&](const CachedQuery &row) {
                                                    if (matchesTerms(row.value(1).toString(), terms, true))
                                                        matching.insert(row.value(0).toLongLong());
                                                });
            !checked.ok())
            return checked.error();
        ids = QList<Id>(matching.cbegin(), matching.cend());
    }
    Result<QList<std::pair<Millis, Id>>> found = timesOf(db, ids);
    if (!found.ok())
        return found.error();
    QList<std::pair<Millis, Id>> &hits = found.value();
    std::sort(hits.begin(), hits.end(), std::greater<>());
    QList<Id> newest;
    for (const auto &[at, id] : std::as_const(hits)) {
        if (newest.size() >= limit)
            break;
        if (query.after && (at > query.after->time || (at == query.after->time && id >= query.after->id)))
            continue;
        newest.append(id);
    }
    return std::optional<QList<Id>>(newest);
}

} // namespace

Result<QList<SearchHit>> search(Database &db, const SearchQuery &query)
{
    return searchNewestFirst(db, query);
}

Result<QList<SearchHit>> searchUnlessSuperseded(Database &db, const SearchQuery &query,
                                                const std::function<bool()> &superseded)
{
    const Interruption interruption(db, superseded);
    if (interruption.superseded())
        return supersededError();
    Result<QList<SearchHit>> found = searchNewestFirst(db, query);
    if (!found.ok() && interruption.superseded())
        return supersededError();
    return found;
}

namespace {

Result<QList<SearchHit>> searchNewestFirst(Database &db, const SearchQuery &query)
{
    const QStringList terms = SearchTokenizer::queryTerms(query.text);
    QList<SearchHit> hits;
    if (terms.isEmpty())
        return hits;
    const int limit = query.limit > 0 ? query.limit : 1000000;
    // Four ways to the same answer, cheapest first for the words at hand: every hit sorted when
    // the index finds few (rare words and phrases), a look at the newest messages (common
    // words), the index's newest hits by id (middling ones), or the database sorting every hit
    // (the rest, and pages after the first).
    std::optional<QList<Id>> newestFirst;
    // First the index, when it can tell cheaply that the words are rare (a phrase, a name):
    // then every hit is read and sorted, exactly. Whole words are cheap to ask for however
    // common (FTS5 reads their lists lazily); a prefix is not (FTS5 merges the lists of every
    // word it begins), so a prefix typed alone goes to the newest messages first.
    const bool sqlite = !db.isPostgres();
    const bool wordsFirst = sqlite && terms.size() > 1 && (!query.prefixLast || singleWords(terms));
    bool sparse = false; // the words are too rare among the newest messages to look there
    Id lowestRead = 0; // the oldest of the newest rareHits hits by id, when there are more
    double wordHits = 0; // about how many messages have the whole words, when more than rareHits
    const auto isSparse = [&]() -> Result<bool> {
        if (newestFirst || lowestRead == 0 || query.after)
            return false;
        // The newest rareHits hits by id span this many messages: at that density, `limit`
        // hits lie further back than the look at the newest messages would read.
        Result<CachedQuery *> last = db.cached(u"SELECT MAX(id) FROM message"_s);
        if (!last.ok())
            return last.error();
        const Id maxId = last.value()->next() ? last.value()->value(0).toLongLong() : 0;
        last.value()->finish();
        wordHits = double(rareHits) * double(maxId) / double(std::max<Id>(1, maxId - lowestRead));
        return double(maxId - lowestRead) * limit / rareHits > recentScanBudget;
    };
    if (sqlite && (wordsFirst || !query.prefixLast)) {
        Result<std::optional<QList<Id>>> rare
            = searchRare(db, query, terms, limit, wordsFirst && query.prefixLast, &lowestRead);
        if (!rare.ok())
            return rare.error();
        newestFirst = rare.value();
        Result<bool> fewWords = isSparse();
        if (!fewWords.ok())
            return fewWords.error();
        // Sparse whole words, with or without the last word, go to the newest hits by id: they
        // check a prefix on the words' hits while it matches many of them, and let FTS5 merge
        // the lists of the words it begins once it matches few ("headphones not w" and
        // "headphones not workin" alike).
        sparse = fewWords.value();
    }
    if (!newestFirst && limit <= 1000 && singleWords(terms) && !sparse) {
        Result<std::optional<QList<Id>>> recent = searchRecent(db, query, terms, limit);
        if (!recent.ok())
            return recent.error();
        newestFirst = recent.value();
    }
    if (!newestFirst && limit <= 1000 && !query.after && singleWords(terms)) {
        Result<std::optional<QList<Id>>> byRowid = searchByRowid(
            db, terms, query.prefixLast, limit, wordsFirst && query.prefixLast ? wordHits : 0);
        if (!byRowid.ok())
            return byRowid.error();
        newestFirst = byRowid.value();
    }
    if (newestFirst) {
        const QList<Id> &ids = *newestFirst;
        QHash<Id, SearchHit> byId;
        for (qsizetype start = 0; start < ids.size(); start += 100) {
            QStringList marks;
            QVariantList values;
            for (qsizetype i = start; i < std::min<qsizetype>(ids.size(), start + 100); ++i) {
                marks.append(u"?"_s);
                values.append(ids.at(i));
            }
            Result<QSqlQuery> q = db.exec(u"SELECT m.id, m.case_id, c.platform, m.author_name, m.text, m.created_at "
                                          "FROM message m JOIN cases c ON c.id = m.case_id WHERE m.id IN ("_s
                                              + marks.join(u", "_s) + u')',
                                          values);
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                const QSqlQuery &r = q.value();
                byId.insert(r.value(0).toLongLong(),
                            SearchHit { r.value(0).toLongLong(), r.value(1).toLongLong(),
                                        platformFromString(r.value(2).toString()).value_or(Platform::X),
                                        r.value(3).toString(), r.value(4).toString(), r.value(5).toLongLong() });
            }
        }
        for (Id id : ids)
            hits.append(byId.value(id));
        return hits;
    }
    QVariantList values { db.searchExpression(terms, query.prefixLast) };
    if (query.after)
        values << query.after->time << query.after->time << query.after->id;
    values.append(limit);
    Result<QSqlQuery> q = db.exec(db.searchStatement(query.after.has_value()), values);
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        hits.append(SearchHit { r.value(0).toLongLong(), r.value(1).toLongLong(),
                                platformFromString(r.value(2).toString()).value_or(Platform::X),
                                r.value(3).toString(), r.value(4).toString(), r.value(5).toLongLong() });
    }
    q.value().finish();
    return hits;
}

} // namespace

} // namespace CareDesk::CaseStore
