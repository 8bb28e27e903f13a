// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/sentiment.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace SentimentTables {
    extern const char *const lexicons[];
    extern const int lexiconCount;
} // namespace SentimentTables

QString toString(SentimentLabel label)
{
    switch (label) {
    case SentimentLabel::Negative:
        return u"negative"_s;
    case SentimentLabel::Positive:
        return u"positive"_s;
    case SentimentLabel::Neutral:
        break;
    }
    return u"neutral"_s;
}

namespace {

    // The tuning constants, set on the development half of tests/data/sentiment only.
    constexpr double negatedFactor = -0.5; ///< a negated word without its own negated weight
    constexpr int negationReach = 3; ///< words a negator reaches, within its clause
    constexpr int boosterReach = 2; ///< words a booster reaches
    constexpr double beforeContrast = 0.5; ///< "good, but ...": what came before the last "but"
    constexpr double afterContrast = 1.4;
    constexpr double questionFactor = 0.35; ///< a clause that ends in a single "?"
    constexpr double quotedPositive = -0.6; ///< a praise word in scare quotes: «очень важен»
    constexpr double exclamationStep = 0.25; ///< per "!" (at most four), in the sum's direction
    constexpr double repeatedQuestion = -0.8; ///< "???" or "?!": impatience
    constexpr double shouting = -1.0; ///< most words in capitals
    constexpr double capsFactor = 1.4; ///< a lexicon word in capitals
    constexpr double negativeBias = 1.25; ///< complaints outweigh politeness in the same post
    constexpr double unresolvedNegation = -0.9; ///< a negator that met no lexicon word
    constexpr double ironicFactor = -0.6; ///< praise after an ironic opener, before bad news
    constexpr double normalisation = 6.0; ///< value = 100 s / sqrt(s^2 + normalisation)

    /// What a term of the lexicon does; a term can be several things ("супер" boosts and praises).
    struct Entry {
        float weight = 0;
        float negated = 0;
        float boost = 0; ///< a booster's factor, 0 for none
        bool hasWeight = false;
        bool hasNegated = false;
        bool negator = false;
        bool contrast = false;
        bool phraseStart = false; ///< the first word of a longer term
        bool ironic = false; ///< praise that opens sarcasm: "Brilliant, the outage is back."
    };

    /// Look-ups by QStringView: no string is built to find a word.
    struct ViewHash {
        using is_transparent = void;
        size_t operator()(QStringView v) const noexcept
        {
            // FNV-1a: the keys are short words; Qt's seeded hash costs more than the rest of a
            // look-up.
            size_t h = 1469598103934665603ull;
            for (QChar c : v)
                h = (h ^ c.unicode()) * 1099511628211ull;
            return h;
        }
        size_t operator()(const QString &s) const noexcept { return (*this)(QStringView(s)); }
    };
    struct ViewEqual {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
    };
    using EntryMap = std::unordered_map<QString, Entry, ViewHash, ViewEqual>;

    bool isUseful(const Entry *e)
    {
        return e && (e->hasWeight || e->negator || e->boost != 0 || e->contrast || e->ironic);
    }

    const Entry *find(const EntryMap &map, QStringView key)
    {
        const auto it = map.find(key);
        return it == map.end() ? nullptr : &it->second;
    }

    enum class TokenKind { Word, Emoji, Emoticon, Exclamation, Question, Break, Smile, Frown };

    /// A token is a range of the normalised text; a Russian word's stem is a prefix of it.
    struct Token {
        TokenKind kind = TokenKind::Word;
        qsizetype start = 0;
        qsizetype length = 0;
        qsizetype stemLength = 0;
        int count = 1; ///< length of a run of "!", "?", ")" or "("
        bool caps = false;
        bool quoted = false;
        bool cyrillic = false;
    };

    using Tokens = QVarLengthArray<Token, 64>;

    bool isCyrillic(QChar ch)
    {
        return ch.unicode() >= 0x0400 && ch.unicode() <= 0x04FF;
    }

    bool isEmoji(char32_t cp)
    {
        return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50
            || cp == 0x2B55 || (cp >= 0x1F000 && cp <= 0x1F2FF);
    }

    bool isEmojiModifier(char32_t cp)
    {
        return cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3;
    }

    // Fast paths for the two scripts of nearly every post; QChar's own tests are calls into Qt.
    bool isBasicCyrillic(QChar ch)
    {
        return (ch.unicode() >= 0x0410 && ch.unicode() <= 0x044F) || ch == u'ё' || ch == u'Ё';
    }

    bool isWordChar(QChar ch)
    {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (isBasicCyrillic(ch))
            return true;
        return ch.isLetterOrNumber() || ch.isMark();
    }

    bool isLetter(QChar ch)
    {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        return isBasicCyrillic(ch) || ch.isLetter();
    }

    bool isUpper(QChar ch)
    {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            return c >= u'A' && c <= u'Z';
        if (isBasicCyrillic(ch))
            return c < 0x0430 || ch == u'Ё';
        return ch.isUpper();
    }

    bool isQuote(QChar ch)
    {
        return ch == u'"' || ch == u'«' || ch == u'»' || ch == u'“' || ch == u'”' || ch == u'„';
    }

    /// Russian endings, longest first: one is stripped, leaving at least three letters. Light on
    /// purpose (no Snowball regions): the lexicon is stripped the same way, so a word and its forms
    /// meet on the same stem, and listing a second form fixes the few that do not.
    constexpr QStringView russianEndings[] = {
        u"ами",
        u"ями",
        u"ого",
        u"его",
        u"ому",
        u"ему",
        u"ыми",
        u"ими",
        u"ать",
        u"ять",
        u"ить",
        u"еть",
        u"уть",
        u"ешь",
        u"ете",
        u"ишь",
        u"ите",
        u"ает",
        u"яет",
        u"ают",
        u"яют",
        u"ует",
        u"уют",
        u"ала",
        u"ила",
        u"ало",
        u"ило",
        u"али",
        u"или",
        u"ах",
        u"ях",
        u"ов",
        u"ев",
        u"ей",
        u"ий",
        u"ый",
        u"ой",
        u"ая",
        u"яя",
        u"ое",
        u"ее",
        u"ые",
        u"ие",
        u"ую",
        u"юю",
        u"ым",
        u"им",
        u"ом",
        u"ем",
        u"ых",
        u"их",
        u"ам",
        u"ям",
        u"ет",
        u"ит",
        u"ут",
        u"ют",
        u"ат",
        u"ят",
        u"ть",
        u"ил",
        u"ал",
        u"ел",
        u"ла",
        u"ло",
        u"ли",
        u"а",
        u"я",
        u"о",
        u"е",
        u"у",
        u"ю",
        u"ы",
        u"и",
        u"ь",
        u"й",
        u"л",
    };

    /// The stem is a prefix of the word: only endings are stripped.
    QStringView russianStem(QStringView word)
    {
        // Plain comparisons of UTF-16 units: QStringView::endsWith is a function call in Qt 6.4.
        const auto endsWith = [](QStringView w, QStringView e) {
            return w.size() >= e.size() && std::equal(e.begin(), e.end(), w.end() - e.size());
        };
        QStringView stem = word;
        if (stem.size() > 5 && (endsWith(stem, u"ся") || endsWith(stem, u"сь")))
            stem.chop(2);
        const QChar last = stem.isEmpty() ? QChar() : stem.back();
        for (const QStringView e : russianEndings) {
            if (e.back() == last && stem.size() - e.size() >= 3 && endsWith(stem, e)) {
                stem.chop(e.size());
                break;
            }
        }
        return stem;
    }

    /// Lowercase with "ё" as "е" and the typographic apostrophe as "'", one UTF-16 unit for one, so
    /// positions in the result are positions in the text.
    QChar normalisedChar(QChar ch)
    {
        if (ch.unicode() < 0x80)
            return ch.unicode() >= u'A' && ch.unicode() <= u'Z' ? QChar(ch.unicode() + 32) : ch;
        if (ch == u'ё' || ch == u'Ё')
            return u'е';
        if (ch.unicode() >= 0x0410 && ch.unicode() <= 0x042F)
            return QChar(ch.unicode() + 0x20);
        if (ch.unicode() >= 0x0430 && ch.unicode() <= 0x044F)
            return ch;
        if (ch == u'’')
            return u'\'';
        if (ch.isSurrogate())
            return ch;
        return ch.toLower();
    }

    QString normalised(QStringView text)
    {
        QString result(text.size(), Qt::Uninitialized);
        QChar *out = result.data();
        for (QChar ch : text)
            *out++ = normalisedChar(ch);
        return result;
    }

    QString stemOf(const QString &word)
    {
        return !word.isEmpty() && isCyrillic(word.front()) ? russianStem(word).toString() : word;
    }

} // namespace

struct SentimentScorer::Lexicon {
    EntryMap exact; ///< terms as written (lowercased, "ё" as "е")
    EntryMap stems; ///< Russian terms by the stems of their words
    QStringList emoticons; ///< ASCII ones, longest first
    int longestPhrase = 1;

    /// A term written "=term" is matched as written only, never by its stem ("=верните" must not
    /// catch "вернуть").
    void add(QString term, const std::function<void(Entry &)> &set)
    {
        const bool exactOnly = term.startsWith(u'=') && term.size() > 1;
        if (exactOnly)
            term.remove(0, 1);
        const QStringList words = term.split(u' ');
        longestPhrase = std::max(longestPhrase, int(words.size()));
        set(exact[term]);
        if (exactOnly)
            return;
        QStringList stemmed;
        for (const QString &w : words)
            stemmed.append(stemOf(w));
        const QString stemKey = stemmed.join(u' ');
        if (stemKey != term || isCyrillic(term.front()))
            set(stems[stemKey]);
        if (words.size() > 1) {
            exact[words.first()].phraseStart = true;
            stems[stemmed.first()].phraseStart = true;
        }
    }
};

SentimentScorer::SentimentScorer()
{
    auto lexicon = std::make_unique<Lexicon>();
    Lexicon &lex = *lexicon;
    for (int i = 0; i < SentimentTables::lexiconCount; ++i) {
        const QStringList lines = QString::fromUtf8(SentimentTables::lexicons[i]).split(u'\n');
        QString section;
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (line.startsWith(u'@')) {
                section = line.mid(1);
                continue;
            }
            QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
            if (section == "negators"_L1) {
                // Function words are matched as written: the stem of the booster "ужасно" is
                // the stem of the word "ужасная".
                lex.add(u'=' + normalised(line), [](Entry &e) { e.negator = true; });
            } else if (section == "contrast"_L1) {
                lex.add(u'=' + normalised(line), [](Entry &e) { e.contrast = true; });
            } else if (section == "ironic"_L1) {
                lex.add(u'=' + normalised(line), [](Entry &e) { e.ironic = true; });
            } else if (section == "boosters"_L1 && parts.size() >= 2) {
                const float factor = parts.takeLast().toFloat();
                lex.add(
                    u'=' + normalised(parts.join(u' ')), [factor](Entry &e) { e.boost = factor; });
            } else if (section == "words"_L1 && parts.size() >= 2) {
                // term weight[|negated]: the term may hold spaces, the numbers never do.
                const QStringList numbers = parts.takeLast().split(u'|');
                const QString term = normalised(parts.join(u' '));
                lex.add(term, [&numbers](Entry &e) {
                    e.hasWeight = true;
                    e.weight = numbers.at(0).toFloat();
                    e.hasNegated = numbers.size() > 1;
                    e.negated = e.hasNegated ? numbers.at(1).toFloat() : 0;
                });
                if (!isWordChar(term.front()) && term.front().unicode() < 0x80)
                    lex.emoticons.append(term);
            }
        }
    }
    // English forms (crashes, crashed, crashing) point at their word unless listed themselves:
    // one look-up a word when scoring.
    EntryMap forms;
    for (const auto &[w, entry] : lex.exact) {
        if (!entry.hasWeight || !w.front().isLetter() || isCyrillic(w.front()) || w.contains(u' '))
            continue;
        QStringList variants { w + u"s"_s, w + u"es"_s, w + u"ed"_s, w + u"ing"_s, w + u"ly"_s,
            w + u"'s"_s };
        if (w.endsWith(u'e'))
            variants << w + u"d"_s << w.chopped(1) + u"ing"_s;
        if (w.endsWith(u'y'))
            variants << w.chopped(1) + u"ies"_s << w.chopped(1) + u"ied"_s;
        for (const QString &v : std::as_const(variants)) {
            if (!lex.exact.contains(v)) {
                Entry form = entry;
                form.phraseStart = false;
                forms.emplace(v, form);
            }
        }
    }
    lex.exact.merge(forms);
    std::sort(lex.emoticons.begin(), lex.emoticons.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_lexicon = std::move(lexicon);
}

SentimentScorer::~SentimentScorer() = default;

const SentimentScorer &SentimentScorer::instance()
{
    static const SentimentScorer scorer;
    return scorer;
}

SentimentLabel SentimentScorer::labelFor(int value)
{
    if (value <= negativeThreshold)
        return SentimentLabel::Negative;
    if (value >= positiveThreshold)
        return SentimentLabel::Positive;
    return SentimentLabel::Neutral;
}

namespace {

    /// Splits text (the original, for capitals) into tokens over lower (its normalised copy). Not
    /// SearchTokenizer: sentiment needs the capitals, emoji, emoticons and punctuation it drops.
    void tokenize(QStringView text, QStringView lower, const QStringList &emoticons, Tokens &tokens)
    {
        bool quoted = false;
        int openParens = 0;
        qsizetype i = 0;
        const qsizetype n = text.size();
        const auto push
            = [&tokens](TokenKind kind, qsizetype start, qsizetype length, int count = 1) {
                  Token t;
                  t.kind = kind;
                  t.start = start;
                  t.length = length;
                  t.stemLength = length;
                  t.count = count;
                  tokens.append(t);
              };
        while (i < n) {
            const QChar ch = text.at(i);
            if (isWordChar(ch)) {
                qsizetype j = i + 1;
                bool upper = isUpper(ch);
                int letters = isLetter(ch) ? 1 : 0;
                while (j < n) {
                    const QChar c = text.at(j);
                    if (isWordChar(c)) {
                        if (isLetter(c)) {
                            ++letters;
                            upper = upper && isUpper(c);
                        }
                        ++j;
                        continue;
                    }
                    // can't, наконец-то, 10/10: a joiner between two word characters stays inside.
                    if ((c == u'\'' || c == u'’' || c == u'-'
                            || (c == u'/' && text.at(j - 1).isDigit()))
                        && j + 1 < n && isWordChar(text.at(j + 1))) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                push(TokenKind::Word, i, j - i);
                Token &t = tokens.last();
                t.caps = upper && letters >= 2;
                t.quoted = quoted;
                t.cyrillic = isCyrillic(ch);
                if (t.cyrillic)
                    t.stemLength = russianStem(lower.sliced(i, j - i)).size();
                i = j;
                continue;
            }
            if (ch.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                const char32_t cp = QChar::surrogateToUcs4(ch, text.at(i + 1));
                if (isEmoji(cp))
                    push(TokenKind::Emoji, i, 2);
                i += 2;
                // Skin tones, presentation selectors and the rest of a ZWJ sequence add nothing.
                while (i < n) {
                    char32_t next = text.at(i).unicode();
                    qsizetype width = 1;
                    if (text.at(i).isHighSurrogate() && i + 1 < n) {
                        next = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                        width = 2;
                    }
                    if (isEmojiModifier(next)) {
                        i += width;
                    } else if (next == 0x200D) {
                        i += 1;
                        if (i < n)
                            i += text.at(i).isHighSurrogate() ? 2 : 1;
                    } else {
                        break;
                    }
                }
                continue;
            }
            if (isEmoji(ch.unicode())) {
                push(TokenKind::Emoji, i, 1);
                ++i;
                while (i < n && isEmojiModifier(text.at(i).unicode()))
                    ++i;
                continue;
            }
            if (ch == u':' || ch == u';' || ch == u'=' || ch == u'<') {
                bool matched = false;
                for (const QString &e : emoticons) {
                    if (lower.sliced(i).startsWith(e)) {
                        push(TokenKind::Emoticon, i, e.size());
                        i += e.size();
                        matched = true;
                        break;
                    }
                }
                if (matched)
                    continue;
            }
            if (ch == u'!' || ch == u'?') {
                qsizetype j = i + 1;
                while (j < n && text.at(j) == ch)
                    ++j;
                TokenKind kind = ch == u'!' ? TokenKind::Exclamation : TokenKind::Question;
                int count = int(j - i);
                // "?!" and "!?" read as impatience, like "???".
                if (j < n && (text.at(j) == u'!' || text.at(j) == u'?')) {
                    kind = TokenKind::Question;
                    count = std::max(count, 2);
                    while (j < n && (text.at(j) == u'!' || text.at(j) == u'?'))
                        ++j;
                }
                push(kind, i, j - i, count);
                i = j;
                continue;
            }
            if (ch == u'(' || ch == u')') {
                qsizetype j = i + 1;
                while (j < n && text.at(j) == ch)
                    ++j;
                const int run = int(j - i);
                if (ch == u'(') {
                    // "(((" is a frown; a single "(" opens a parenthesis a ")" will close.
                    if (run >= 2)
                        push(TokenKind::Frown, i, run, run);
                    else
                        ++openParens;
                } else {
                    int smiles = run;
                    if (openParens > 0) {
                        const int closing = std::min(openParens, run);
                        openParens -= closing;
                        smiles -= closing;
                    }
                    if (smiles > 0)
                        push(TokenKind::Smile, i, run, smiles);
                }
                i = j;
                continue;
            }
            if (isQuote(ch)) {
                if (ch == u'«' || ch == u'“' || ch == u'„')
                    quoted = true;
                else if (ch == u'»' || ch == u'”')
                    quoted = false;
                else
                    quoted = !quoted;
            } else if (ch == u'.' || ch == u',' || ch == u';' || ch == u':' || ch == u'—'
                || ch == u'–' || ch == u'…' || ch == u'\n') {
                push(TokenKind::Break, i, 1);
            }
            ++i;
        }
    }

} // namespace

SentimentScore SentimentScorer::score(QStringView text) const
{
    const Lexicon &lex = *m_lexicon;
    const QString lower = normalised(text);
    Tokens tokens;
    tokenize(text, lower, lex.emoticons, tokens);
    const auto textOf
        = [&lower](const Token &t) { return QStringView(lower).sliced(t.start, t.length); };
    const auto stemOfToken
        = [&lower](const Token &t) { return QStringView(lower).sliced(t.start, t.stemLength); };

    struct Hit {
        double weight;
        int clause;
    };
    QVarLengthArray<Hit, 32> hits;
    QVarLengthArray<bool, 32> questionClause { false };
    int clause = 0;
    int negation = 0; // words the current negator still reaches
    int boostReach = 0;
    double boost = 1.0;
    qsizetype contrastAt = -1;
    int exclamations = 0;
    bool impatient = false;
    int words = 0;
    int capsWords = 0;
    QString key;
    QString stemKey;

    bool negationPending = false; // a negator that has not met a lexicon word yet
    bool ironicOpener = false;
    int openerWords = 0; // words of the first clause, while in it
    const auto resolveNegation = [&] {
        // "the button does nothing", "никто не понимает": a negated verb the lexicon does not
        // know is, in customer care, something that did not happen.
        if (negationPending)
            hits.append({ unresolvedNegation, clause });
        negationPending = false;
    };
    const auto endClause = [&](bool question) {
        resolveNegation();
        questionClause[clause] = question;
        ++clause;
        questionClause.append(false);
        negation = 0;
        boostReach = 0;
        boost = 1.0;
    };
    const auto addWord = [&](const Entry &entry, const Token &first) {
        double w = entry.weight;
        if (negation > 0) {
            w = entry.hasNegated ? entry.negated : w * negatedFactor;
            negation = 0;
        }
        negationPending = false;
        if (boostReach > 0) {
            w *= boost;
            boostReach = 0;
            boost = 1.0;
        }
        if (first.caps && first.length >= 3)
            w *= capsFactor;
        if (first.quoted && w > 0)
            w *= quotedPositive;
        if (w != 0)
            hits.append({ w, clause });
    };

    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        switch (t.kind) {
        case TokenKind::Exclamation:
            exclamations += t.count;
            endClause(false);
            continue;
        case TokenKind::Question:
            if (t.count >= 2)
                impatient = true;
            endClause(t.count == 1);
            continue;
        case TokenKind::Break:
            endClause(false);
            continue;
        case TokenKind::Smile:
            hits.append({ t.count >= 2 ? 2.2 : 1.2, clause });
            continue;
        case TokenKind::Frown:
            hits.append({ -2.2, clause });
            continue;
        case TokenKind::Emoji:
        case TokenKind::Emoticon:
            if (const Entry *e = find(lex.exact, textOf(t)))
                hits.append({ e->weight, clause });
            continue;
        case TokenKind::Word:
            break;
        }
        ++words;
        if (t.caps)
            ++capsWords;
        if (clause == 0)
            ++openerWords;

        // Phrases first, longest first: "never again", "не рекомендую", "thank you". A phrase
        // with its own negation is not negated again by its first word.
        const Entry *entry = nullptr;
        const Entry *single = find(lex.exact, textOf(t));
        if (t.cyrillic && !isUseful(single)) {
            if (const Entry *stemmed = find(lex.stems, stemOfToken(t)))
                single = stemmed;
        }
        if (single && single->phraseStart) {
            for (int len = std::min<qsizetype>(lex.longestPhrase, tokens.size() - i);
                 len >= 2 && !entry; --len) {
                key.clear();
                stemKey.clear();
                bool allWords = true;
                qsizetype at = i;
                for (int k = 0; k < len && allWords; ++k, ++at) {
                    // A comma inside a phrase is no break: "нет уж, спасибо", "no, thanks".
                    if (k > 0 && at < tokens.size() && tokens.at(at).kind == TokenKind::Break
                        && tokens.at(at).length == 1 && lower.at(tokens.at(at).start) == u',')
                        ++at;
                    allWords = at < tokens.size() && tokens.at(at).kind == TokenKind::Word;
                    if (!allWords)
                        break;
                    const Token &p = tokens.at(at);
                    if (k > 0) {
                        key += u' ';
                        stemKey += u' ';
                    }
                    key += textOf(p);
                    stemKey += stemOfToken(p);
                }
                if (!allWords)
                    continue;
                entry = find(lex.exact, key);
                if (!isUseful(entry))
                    entry = find(lex.stems, stemKey);
                if (!isUseful(entry)) {
                    entry = nullptr;
                    continue;
                }
                words += len - 1;
                i = at - 1;
            }
        }
        if (!entry)
            entry = single;
        // The opener is ironic when every word of the first clause is: "Oh great,", "Ну супер,".
        if (clause == 0)
            ironicOpener = (openerWords == 1 || ironicOpener) && entry && entry->ironic;
        if (!isUseful(entry) || (entry->ironic && !entry->hasWeight)) {
            if (negation > 0 && --negation == 0)
                resolveNegation();
            if (boostReach > 0 && --boostReach == 0)
                boost = 1.0;
            continue;
        }
        if (entry->negator && !entry->hasWeight) {
            negation = negationReach;
            negationPending = true;
        } else if (entry->boost != 0) {
            // A booster can be a word of its own too ("супер", "ужасно"): when nothing follows.
            boost = entry->boost;
            boostReach = boosterReach;
            const auto next = i + 1 < tokens.size() ? tokens.at(i + 1).kind : TokenKind::Break;
            if (entry->hasWeight && next != TokenKind::Word)
                addWord(*entry, t);
        } else if (entry->contrast) {
            contrastAt = hits.size();
            negation = 0;
        } else {
            addWord(*entry, t);
        }
    }

    resolveNegation();
    double sum = 0;
    double positive = 0;
    double negative = 0;
    // Sarcasm: an ironic opener ("Brilliant,", "Ну супер,") of a short first clause, then bad
    // news: the praise is the complaint's tone, not its content.
    bool ironic = false;
    if (ironicOpener && openerWords <= 3) {
        double later = 0;
        for (const Hit &h : std::as_const(hits))
            later += h.clause > 0 && h.weight < 0 ? h.weight : 0;
        ironic = later <= -1.0;
    }
    for (qsizetype k = 0; k < hits.size(); ++k) {
        double w = hits.at(k).weight;
        if (ironic && w > 0)
            w *= ironicFactor;
        if (questionClause.at(hits.at(k).clause))
            w *= questionFactor;
        if (contrastAt >= 0)
            w *= k < contrastAt ? beforeContrast : afterContrast;
        (w > 0 ? positive : negative) += w;
    }
    sum = positive + negative * (positive > 0 ? negativeBias : 1.0);
    if (impatient && sum <= 0.5)
        sum += repeatedQuestion;
    if (words >= 3 && capsWords * 2 > words)
        sum += shouting;
    if (sum != 0)
        sum += (sum > 0 ? 1 : -1) * exclamationStep * std::min(exclamations, 4);

    SentimentScore result;
    result.value = int(std::lround(100.0 * sum / std::sqrt(sum * sum + normalisation)));
    result.value = std::clamp(result.value, -100, 100);
    result.label = labelFor(result.value);
    return result;
}

} // namespace CareDesk
