// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/anonymizer.h"

#include "app/core/replyanalysis.h"
#include "app/core/sentiment.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    bool hasCyrillic(const QString &text)
    {
        int cyr = 0;
        int lat = 0;
        for (const QChar c : text) {
            if (c.script() == QChar::Script_Cyrillic)
                ++cyr;
            else if (c.script() == QChar::Script_Latin)
                ++lat;
        }
        return cyr > lat;
    }

} // namespace

QString PersonalText::bareHandle(QString handle)
{
    handle = handle.trimmed();
    while (handle.startsWith(u'@'))
        handle.remove(0, 1);
    return handle;
}

void PersonalText::sortLongestFirst(QStringList &list)
{
    std::stable_sort(list.begin(), list.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString PersonalText::replaceAll(const QString &text, const QRegularExpression &re,
    const std::function<QString(const QRegularExpressionMatch &)> &replace)
{
    QList<QRegularExpressionMatch> matches;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength() > 0)
            matches.append(m);
    }
    // Pseudonyms are numbered in reading order; the text is changed from the end.
    QStringList replacements;
    for (const auto &m : std::as_const(matches))
        replacements.append(replace(m));
    QString out = text;
    for (qsizetype i = matches.size() - 1; i >= 0; --i)
        out.replace(
            matches.at(i).capturedStart(), matches.at(i).capturedLength(), replacements.at(i));
    return out;
}

QString PersonalText::namePattern(const QString &name)
{
    static const QString endings = u"аяйьеоиыуё"_s;
    QStringList words;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        const bool cyrillic = std::all_of(
            word.begin(), word.end(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
        if (cyrillic && word.size() >= 4) {
            QString stem = word;
            if (endings.contains(stem.back().toLower()))
                stem.chop(1);
            words.append(QRegularExpression::escape(stem) + u"[а-яё]{0,3}"_s);
        } else {
            words.append(QRegularExpression::escape(word));
        }
    }
    return words.join(u"\\s+"_s);
}

void Anonymizer::addName(const QString &name)
{
    const QString n = name.simplified();
    if (n.size() < 2 || m_names.contains(n, Qt::CaseInsensitive))
        return;
    m_names.append(n);
    m_nameOwner.insert(n.toLower(), n);
    // Parts of a name ("Anna" of "Anna Smirnova") are personal too; short ones would hit words.
    for (const QString &part : n.split(u' ', Qt::SkipEmptyParts)) {
        if (part.size() >= 3 && !m_names.contains(part, Qt::CaseInsensitive)) {
            m_names.append(part);
            // "Anna" alone is the same person as "Anna Smirnova": the same pseudonym.
            m_nameOwner.insert(part.toLower(), n);
        }
    }
    PersonalText::sortLongestFirst(m_names);
}

void Anonymizer::addHandle(const QString &handle)
{
    const QString h = PersonalText::bareHandle(handle);
    if (h.size() < 2 || m_handles.contains(h, Qt::CaseInsensitive))
        return;
    m_handles.append(h);
    PersonalText::sortLongestFirst(m_handles);
}

void Anonymizer::addPlatformId(const QString &id)
{
    const QString i = id.trimmed();
    if (i.size() < 3 || m_ids.contains(i))
        return;
    m_ids.append(i);
    PersonalText::sortLongestFirst(m_ids);
}

QString Anonymizer::pseudonym(
    const QString &kind, const QString &original, const std::function<QString(int)> &make)
{
    const QString key = kind + u'\n' + original.toLower();
    const auto it = m_map.constFind(key);
    if (it != m_map.constEnd())
        return *it;
    const int n = ++m_counters[kind];
    const QString value = make(n);
    m_map.insert(key, value);
    return value;
}

QString Anonymizer::nameFor(const QString &name)
{
    const bool ru = m_language == "ru"_L1;
    const QString owner = m_nameOwner.value(name.simplified().toLower(), name.simplified());
    return pseudonym(u"name"_s, owner,
        [ru](int n) { return ru ? u"Клиент %1"_s.arg(n) : u"Customer %1"_s.arg(n); });
}

QString Anonymizer::handleFor(const QString &handle)
{
    const QString bare = PersonalText::bareHandle(handle);
    const qsizetype at = bare.indexOf(u'@');
    const QString user = at >= 0 ? bare.left(at) : bare;
    const QString local
        = pseudonym(u"handle"_s, user, [](int n) { return u"customer%1"_s.arg(n); });
    return at >= 0 ? local + u"@example.social"_s : local;
}

QString Anonymizer::anonymize(const QString &input)
{
    QString text = input;
    // Known ids anywhere (they may sit inside URLs and permalinks).
    for (const QString &id : std::as_const(m_ids)) {
        const QString replacement
            = pseudonym(u"id"_s, id, [](int n) { return u"id%1"_s.arg(n, 4, 10, QChar(u'0')); });
        text.replace(id, replacement);
    }
    // Mentions: @x and @x@domain, known or not: any handle in a customer's text is someone's.
    static const QRegularExpression mention(
        uR"((?<![\w.+%-])@([\w][\w.]*[\w]|[\w])(@[\w-]+(\.[\w-]+)+)?)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    text = PersonalText::replaceAll(
        text, mention, [this](const QRegularExpressionMatch &m) -> QString {
            return QString(u'@' + handleFor(m.captured().mid(1)));
        });
    // Known handles written without the @.
    for (const QString &h : std::as_const(m_handles)) {
        const QRegularExpression bare(
            u"(?<![\\w@])"_s + QRegularExpression::escape(h) + u"(?!\\w)"_s,
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        text = PersonalText::replaceAll(
            text, bare, [this](const QRegularExpressionMatch &m) -> QString {
                return handleFor(m.captured());
            });
    }
    // E-mails, phones, order numbers, personal URLs.
    const QList<PersonalDataSpan> spans = ReplyAnalysis::personalData(text);
    QStringList replacements;
    for (const PersonalDataSpan &span : spans) {
        const QString original = text.mid(span.start, span.length);
        QString replacement;
        switch (span.kind) {
        case PersonalDataSpan::Kind::Email:
            replacement = pseudonym(
                u"email"_s, original, [](int n) { return u"customer%1@example.com"_s.arg(n); });
            break;
        case PersonalDataSpan::Kind::Phone: {
            QString digits = original;
            digits.remove(QRegularExpression(u"\\D"_s));
            replacement = pseudonym(u"phone"_s, digits,
                [](int n) { return u"+0 000 000-%1"_s.arg(n, 4, 10, QChar(u'0')); });
            break;
        }
        case PersonalDataSpan::Kind::OrderNumber: {
            // Keyed by its digits: "#7788123" and "7788123" are the same order.
            QString digits = original;
            digits.remove(QRegularExpression(u"\\D"_s));
            replacement = pseudonym(u"order"_s, digits.isEmpty() ? original : digits,
                [](int n) { return u"ORDER%1"_s.arg(n, 3, 10, QChar(u'0')); });
            break;
        }
        case PersonalDataSpan::Kind::PersonalUrl:
            replacement = pseudonym(u"url"_s, original,
                [](int n) { return u"https://example.com/redacted/%1"_s.arg(n); });
            break;
        }
        replacements.append(replacement);
    }
    for (qsizetype i = spans.size() - 1; i >= 0; --i)
        text.replace(spans.at(i).start, spans.at(i).length, replacements.at(i));
    // Names last: whole words, any case, Russian names in any case form ("Ивана Петрова").
    for (const QString &name : std::as_const(m_names)) {
        const QRegularExpression re(u"(?<!\\w)"_s + PersonalText::namePattern(name) + u"(?!\\w)"_s,
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        text = PersonalText::replaceAll(text, re,
            [this, &name](const QRegularExpressionMatch &) -> QString { return nameFor(name); });
    }
    return text;
}

Scenario Anonymizer::toScenario(const RealCase &source, const QString &id)
{
    Anonymizer a;
    QString allText;
    for (const RealCase::Entry &e : source.messages)
        allText += e.text + u' ';
    const QString language
        = !source.language.isEmpty() ? source.language : (hasCyrillic(allText) ? u"ru"_s : u"en"_s);
    a.setLanguage(language);
    QString customerName;
    for (const QString &n : source.customerNames) {
        a.addName(n);
        if (customerName.isEmpty())
            customerName = n;
    }
    QString customerHandle;
    for (const QString &h : source.handles) {
        a.addHandle(h);
        if (customerHandle.isEmpty())
            customerHandle = h;
    }
    for (const QString &i : source.platformIds)
        a.addPlatformId(i);
    for (const RealCase::Entry &e : source.messages) {
        a.addPlatformId(e.platformId);
        if (e.direction == Direction::In) {
            a.addName(e.authorName);
            a.addHandle(e.authorHandle);
            a.addPlatformId(e.authorPlatformId);
            if (customerName.isEmpty())
                customerName = e.authorName;
            if (customerHandle.isEmpty())
                customerHandle = e.authorHandle;
        }
    }

    Scenario s;
    s.id = id;
    s.language = language;
    s.platform = source.platform;
    const bool ru = language == "ru"_L1;
    s.titleRu = source.title.isEmpty()
        ? u"Обращение с %1"_s.arg(platformDisplayName(source.platform))
        : a.anonymize(source.title);
    s.titleEn = source.title.isEmpty()
        ? u"A case from %1"_s.arg(platformDisplayName(source.platform))
        : a.anonymize(source.title);
    s.customer.name = a.nameFor(customerName.isEmpty() ? u"customer"_s : customerName);
    s.customer.handle = a.handleFor(customerHandle.isEmpty() ? u"customer"_s : customerHandle);
    s.customer.audience = source.audience;
    s.customer.vip = source.vip;
    s.notes = ru ? u"Создан из реального обращения; персональные данные заменены."_s
                 : u"Made from a real case; personal data replaced."_s;

    qsizetype firstOut = -1;
    for (qsizetype i = 0; i < source.messages.size(); ++i) {
        if (source.messages.at(i).direction == Direction::Out) {
            firstOut = i;
            break;
        }
    }
    const qsizetype openingEnd = firstOut < 0 ? source.messages.size() : firstOut;
    const Millis start = source.messages.isEmpty() ? 0 : source.messages.first().createdAt;
    for (qsizetype i = 0; i < openingEnd; ++i) {
        const RealCase::Entry &e = source.messages.at(i);
        ScenarioPost post;
        post.text = a.anonymize(e.text);
        post.delaySeconds
            = static_cast<int>(std::clamp<Millis>((e.createdAt - start) / 1000, 0, 3600));
        post.visibility = e.visibility;
        if (!post.text.trimmed().isEmpty())
            s.opening.append(post);
    }
    if (s.opening.isEmpty())
        s.opening.append(
            ScenarioPost { ru ? u"Здравствуйте, нужна помощь."_s : u"Hello, I need help."_s, 0,
                Visibility::Public, false, {} });
    s.surface = s.opening.first().visibility;

    QStringList replies;
    QString answer;
    Visibility replyVisibility = s.surface;
    for (qsizetype i = openingEnd; i < source.messages.size(); ++i) {
        const RealCase::Entry &e = source.messages.at(i);
        if (e.direction == Direction::Out) {
            if (replies.isEmpty())
                replyVisibility = e.visibility;
            replies.append(a.anonymize(e.text));
        } else if (answer.isEmpty()) {
            answer = a.anonymize(e.text);
        }
    }
    s.exemplaryReply = replies.isEmpty()
        ? (ru ? u"(впишите образцовый ответ)"_s : u"(write the exemplary reply)"_s)
        : replies.join(u"\n\n"_s);
    s.exemplaryVisibility = replyVisibility;

    ScenarioRule ignored;
    ignored.condition = ScenarioCondition::IgnoredFor;
    ignored.minutes = 30;
    ignored.response.text = ru ? u"Мне кто-нибудь ответит?"_s : u"Is anyone going to answer me?"_s;
    ignored.response.outcome = ScenarioOutcome::Escalate;
    ignored.response.delaySeconds = 0;
    ignored.response.visibility = Visibility::Public;
    s.rules.append(ignored);
    ScenarioRule any;
    any.condition = ScenarioCondition::AnyReply;
    if (answer.trimmed().isEmpty()) {
        any.response.text = ru ? u"Спасибо!"_s : u"Thank you!"_s;
        any.response.outcome = ScenarioOutcome::Close;
    } else {
        any.response.text = answer;
        any.response.outcome = SentimentScorer::instance().score(answer).value >= 0
            ? ScenarioOutcome::Calm
            : ScenarioOutcome::FollowUp;
    }
    s.rules.append(any);
    return s;
}

} // namespace CareDesk
