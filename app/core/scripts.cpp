// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/scripts.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr int maxPlaceholderLength = 64;
    constexpr int maxTitleLength = 200;
    constexpr int maxShortcutLength = 40;
    constexpr int maxBodyLength = 20000;

    bool isLinkNameChar(QChar c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-' || c == u'.';
    }

    QString firstWord(const QString &name)
    {
        const QString trimmed = name.trimmed();
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            if (trimmed.at(i).isSpace())
                return trimmed.left(i);
        }
        return trimmed;
    }

    QStringList normalizedLanguages(const QStringList &languages)
    {
        QStringList result;
        for (const QString &code : languages) {
            const QString language = Scripts::languageOf(code);
            if (!language.isEmpty() && !result.contains(language))
                result.append(language);
        }
        return result;
    }

    bool startsAWord(const QString &text, const QString &word)
    {
        for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !text.at(at - 1).isLetterOrNumber())
                return true;
        }
        return false;
    }

} // namespace

QStringList Scripts::placeholderNames()
{
    return { u"customer.name"_s, u"customer.first_name"_s, u"agent.name"_s, u"case.id"_s,
        u"account.handle"_s, u"eta"_s, u"link:NAME"_s };
}

bool Scripts::isPlaceholder(const QString &name)
{
    static const QStringList fixed { u"customer.name"_s, u"customer.first_name"_s, u"agent.name"_s,
        u"case.id"_s, u"account.handle"_s, u"eta"_s };
    if (fixed.contains(name))
        return true;
    if (!name.startsWith("link:"_L1) || name.size() <= 5)
        return false;
    for (qsizetype i = 5; i < name.size(); ++i) {
        if (!isLinkNameChar(name.at(i)))
            return false;
    }
    return true;
}

QList<PlaceholderSpan> Scripts::findPlaceholders(const QString &text)
{
    QList<PlaceholderSpan> spans;
    for (qsizetype open = text.indexOf(u'{'); open >= 0; open = text.indexOf(u'{', open + 1)) {
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0)
            break;
        if (close - open - 1 > maxPlaceholderLength)
            continue;
        const QString name = text.mid(open + 1, close - open - 1);
        if (!isPlaceholder(name))
            continue; // "{{eta}" still finds the inner "{eta}" on the next turn
        spans.append({ static_cast<int>(open), static_cast<int>(close - open + 1), name });
        open = close;
    }
    return spans;
}

ScriptExpansion Scripts::expand(const QString &body, const PlaceholderContext &context)
{
    const auto valueOf = [&context](const QString &name) -> QString {
        if (name == "customer.name"_L1)
            return context.customerName.trimmed();
        if (name == "customer.first_name"_L1)
            return context.customerFirstName.trimmed().isEmpty()
                ? firstWord(context.customerName)
                : context.customerFirstName.trimmed();
        if (name == "agent.name"_L1)
            return context.agentName.trimmed();
        if (name == "case.id"_L1)
            return context.caseId.trimmed();
        if (name == "account.handle"_L1)
            return context.accountHandle.trimmed();
        if (name == "eta"_L1)
            return context.eta.trimmed();
        if (name.startsWith("link:"_L1))
            return context.links.value(name.mid(5)).trimmed();
        return {};
    };
    ScriptExpansion result;
    result.text.reserve(body.size());
    qsizetype copied = 0;
    for (const PlaceholderSpan &span : findPlaceholders(body)) {
        result.text += QStringView(body).mid(copied, span.start - copied);
        const QString value = valueOf(span.name);
        if (value.isEmpty()) {
            result.unfilled.append(
                { static_cast<int>(result.text.size()), span.length, span.name });
            result.text += QStringView(body).mid(span.start, span.length);
        } else {
            result.text += value;
        }
        copied = span.start + span.length;
    }
    result.text += QStringView(body).mid(copied);
    return result;
}

QString Scripts::languageOf(const QString &code)
{
    QString language = code.trimmed().toLower();
    for (qsizetype i = 0; i < language.size(); ++i) {
        const QChar c = language.at(i);
        if (c == u'-' || c == u'_' || c == u'.' || c == u'@') {
            language.truncate(i);
            break;
        }
    }
    return language;
}

int Scripts::pickVariant(const Script &script, Platform platform, const QStringList &languages)
{
    const QList<ScriptVariant> &variants = script.variants;
    if (variants.isEmpty())
        return -1;
    const QString platformName = toString(platform);
    const auto find = [&variants](const auto &predicate) -> int {
        for (int i = 0; i < variants.size(); ++i) {
            if (predicate(variants.at(i)))
                return i;
        }
        return -1;
    };
    for (const QString &language : normalizedLanguages(languages)) {
        const auto inLanguage
            = [&](const ScriptVariant &v) { return languageOf(v.language) == language; };
        if (const int i = find([&](const ScriptVariant &v) {
                return v.platform == platformName && inLanguage(v);
            });
            i >= 0)
            return i;
        if (const int i
            = find([&](const ScriptVariant &v) { return v.platform.isEmpty() && inLanguage(v); });
            i >= 0)
            return i;
    }
    if (const int i = find([&](const ScriptVariant &v) {
            return v.platform == platformName && v.language.isEmpty();
        });
        i >= 0)
        return i;
    if (const int i
        = find([](const ScriptVariant &v) { return v.platform.isEmpty() && v.language.isEmpty(); });
        i >= 0)
        return i;
    if (const int i = find([&](const ScriptVariant &v) { return v.platform == platformName; });
        i >= 0)
        return i;
    if (const int i = find([](const ScriptVariant &v) { return v.platform.isEmpty(); }); i >= 0)
        return i;
    return 0;
}

QString Scripts::displayTitle(const Script &script, const QString &language)
{
    const QString wanted = languageOf(language);
    if (!wanted.isEmpty()) {
        for (const ScriptVariant &variant : script.variants) {
            if (!variant.title.isEmpty() && languageOf(variant.language) == wanted)
                return variant.title;
        }
    }
    return script.title;
}

QString Scripts::fold(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    folded.replace(u'ё', u'е');
    return folded;
}

QString Scripts::searchText(const Script &script)
{
    QStringList parts { script.shortcut, script.title, script.category };
    for (const ScriptVariant &variant : script.variants)
        parts << variant.title << variant.body;
    parts.removeAll(QString());
    return fold(parts.join(u'\n'));
}

int Scripts::matchScore(const Script &script, const QString &query)
{
    const QString q = fold(query.trimmed());
    if (q.isEmpty())
        return 0;
    const QString shortcut = fold(script.shortcut);
    if (!shortcut.isEmpty() && shortcut == q)
        return 100;
    if (!shortcut.isEmpty() && shortcut.startsWith(q))
        return 80;
    QStringList titles { fold(script.title) };
    for (const ScriptVariant &variant : script.variants) {
        if (!variant.title.isEmpty())
            titles.append(fold(variant.title));
    }
    int best = -1;
    for (const QString &title : std::as_const(titles)) {
        if (title.startsWith(q))
            best = std::max(best, 60);
        else if (startsAWord(title, q))
            best = std::max(best, 50);
        else if (title.contains(q))
            best = std::max(best, 40);
    }
    if (best >= 0)
        return best;
    // Several words: each must be somewhere (title, shortcut, category or a text).
    const QString all = searchText(script);
    const QStringList words = q.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!all.contains(word))
            return -1;
    }
    return fold(script.category).contains(q) ? 20 : 10;
}

QList<Script> Scripts::rank(const QList<Script> &scripts, const QString &query)
{
    QList<std::pair<int, Script>> scored;
    for (const Script &script : scripts) {
        const int score = matchScore(script, query);
        if (score >= 0)
            scored.append({ score, script });
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        if (a.second.usageCount != b.second.usageCount)
            return a.second.usageCount > b.second.usageCount;
        return a.second.title.localeAwareCompare(b.second.title) < 0;
    });
    QList<Script> result;
    result.reserve(scored.size());
    for (auto &entry : scored)
        result.append(std::move(entry.second));
    return result;
}

Script Scripts::normalized(Script script)
{
    script.key = script.key.trimmed();
    script.title = script.title.trimmed();
    script.shortcut = script.shortcut.trimmed();
    if (script.shortcut.startsWith(u'/'))
        script.shortcut.remove(0, 1);
    script.category = script.category.trimmed();
    if (script.variants.isEmpty() && !script.body.isEmpty())
        script.variants.append({ QString(), script.language, QString(), script.body });
    for (ScriptVariant &variant : script.variants) {
        variant.platform = variant.platform.trimmed().toLower();
        variant.language = variant.language.trimmed().toLower();
        variant.title = variant.title.trimmed();
    }
    if (!script.variants.isEmpty()) {
        script.body = script.variants.first().body;
        script.language = script.variants.first().language;
    }
    return script;
}

QString Scripts::validate(const Script &script)
{
    if (script.title.isEmpty())
        return tr("The script has no title.");
    if (script.title.size() > maxTitleLength)
        return tr("The title is longer than %n characters.", nullptr, maxTitleLength);
    if (script.shortcut.size() > maxShortcutLength)
        return tr("The shortcut is longer than %n characters.", nullptr, maxShortcutLength);
    for (const QChar c : script.shortcut) {
        if (c.isSpace() || c == u'/')
            return tr("The shortcut “%1” may not contain spaces or slashes.").arg(script.shortcut);
    }
    if (script.variants.isEmpty())
        return tr("The script “%1” has no text.").arg(script.title);
    for (const ScriptVariant &variant : script.variants) {
        if (variant.body.trimmed().isEmpty())
            return tr("A text of the script “%1” is empty.").arg(script.title);
        if (variant.body.size() > maxBodyLength)
            return tr(
                "A text of the script “%1” is longer than %n characters.", nullptr, maxBodyLength)
                .arg(script.title);
        if (!variant.platform.isEmpty() && !platformFromString(variant.platform))
            return tr("“%1” is not a platform (one of %2).")
                .arg(variant.platform,
                    u"x, mastodon, telegram, vk, facebook, instagram, youtube, reddit"_s);
        static const QRegularExpression language(u"^[a-z]{2,3}([-_][a-z0-9]{2,8})?$"_s);
        if (!variant.language.isEmpty() && !language.match(variant.language).hasMatch())
            return tr("“%1” is not a language code such as ru or en.").arg(variant.language);
    }
    return {};
}

} // namespace CareDesk
