// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/replyanalysis.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QRegularExpression ci(const QString &pattern)
    {
        return QRegularExpression(pattern,
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
    }

    bool matches(const QList<QRegularExpression> &patterns, const QString &text)
    {
        return std::any_of(patterns.begin(), patterns.end(),
            [&text](const QRegularExpression &re) { return re.match(text).hasMatch(); });
    }

    const QList<QRegularExpression> &apologyPatterns()
    {
        static const QList<QRegularExpression> p {
            ci(uR"(\b(sorry|apolog\w*|regret\w*|our bad)\b)"_s),
            ci(uR"((извин\w*|простите|прости\s+(нас|пожалуйста)|просим прощения|сожалеем|приносим извинения))"_s),
        };
        return p;
    }

    const QList<QRegularExpression> &timePatterns()
    {
        static const QList<QRegularExpression> p {
            ci(uR"(\b\d{1,2}:\d{2}\b)"_s),
            ci(uR"(\b\d{1,2}\s*(am|pm)\b)"_s),
            ci(uR"(\b(within|in|by|under|next)\s+(an?|one|two|three|four|five|\d+)\s*(minutes?|mins?|hours?|hrs?|h|days?|business days?|working days?|weeks?)\b)"_s),
            ci(uR"(\b(today|tonight|tomorrow|this (morning|afternoon|evening|week))\b)"_s),
            ci(uR"(\b(by|on|until|before)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d{1,2}(st|nd|rd|th)?)\b)"_s),
            ci(uR"(\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"_s),
            // A day and month ("25.12", "3/11"), not a price ("9.99").
            ci(uR"(\b(0?[1-9]|[12]\d|3[01])[./](0?[1-9]|1[0-2])([./]\d{2,4})?\b)"_s),
            ci(uR"((в течение|через|за|не позднее чем через)\s+(\d+|одн\w+|два|две|двух|тр[её]х|тр[ие]|пол)?\s*(минут\w*|час\w*|дн\w*|день|сут\w*|недел\w*|рабоч\w+ дн\w*))"_s),
            ci(uR"((сегодня|завтра|послезавтра|на этой неделе))"_s),
            ci(uR"(до\s+(понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|конца (дня|недели)|\d{1,2}))"_s),
            ci(uR"(\b\d{1,2}\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))"_s),
        };
        return p;
    }

    const QRegularExpression &urlPattern()
    {
        static const QRegularExpression re = ci(
            uR"((https?://[^\s<>"]+|\bwww\.[^\s<>"]+|\b[\w-]+(\.[\w-]+)*\.(ru|com|org|net|io|рф|example|app|help|info|dev)(/[^\s<>"]*)?))"_s);
        return re;
    }

    /// A URL is concrete when it has a path past the host: "caredesk.example/help/delivery" answers
    /// the question, "caredesk.example" sends the customer searching.
    bool isConcreteUrl(QString url)
    {
        while (!url.isEmpty() && QStringLiteral(".,;:!?)»").contains(url.back()))
            url.chop(1);
        const qsizetype scheme = url.indexOf(u"://"_s);
        const QString rest = scheme >= 0 ? url.mid(scheme + 3) : url;
        const qsizetype slash = rest.indexOf(u'/');
        if (slash < 0)
            return false;
        const QString path = rest.mid(slash + 1);
        return !path.isEmpty();
    }

    const QList<QRegularExpression> &elsewherePatterns()
    {
        static const QList<QRegularExpression> p {
            ci(uR"(\b(see|visit|check|go to|look at|read)\s+(our|the)\s+(web\s?site|site|faq|help (center|centre|page)|support page)\b)"_s),
            ci(uR"(\b(call|ring|phone)\s+(our|the)\s+(hotline|helpline|support|customer service|call cent(er|re))\b)"_s),
            ci(uR"(\b(contact|reach out to|email|e-mail)\s+(our\s+)?(support|customer service|support team)\b)"_s),
            ci(uR"(\b(email us|e-mail us|send (us )?an? e-?mail|write to (our|the) (mail|e-?mail))\b)"_s),
            ci(uR"((на (нашем |наш )?сайт\w*|(зайдите|загляните|посмотрите|перейдите) на сайт|в разделе (faq|помощь|вопросы)))"_s),
            ci(uR"((позвоните|звоните|горяч\w+ лини\w*|по телефону поддержки))"_s),
            ci(uR"((напишите|пишите|обратитесь)\s+(нам\s+)?(на (почту|e-?mail|имейл|электронную почту)|в (службу )?поддержк\w*))"_s),
        };
        return p;
    }

    const QList<QRegularExpression> &orderNumberAskPatterns()
    {
        static const QList<QRegularExpression> p {
            ci(uR"(\b(order|booking|reference|tracking)\s*(number|no\.?|#|id|reference)\b)"_s),
            ci(uR"((номер\w*\s+(вашего\s+)?(заказа|бронирования|отправления|договора)|№\s*заказа))"_s),
        };
        return p;
    }

    const QList<QRegularExpression> &privatePatterns()
    {
        static const QList<QRegularExpression> p {
            ci(uR"(\b(dm|pm|direct message|private message|message us privately|in private|send us a dm|our dms?)\b)"_s),
            ci(uR"((личн\w+ сообщени\w*|в личк\w*|в директ|в лс\b|в личных сообщениях|в личной переписке))"_s),
        };
        return p;
    }

    struct PatternKind {
        QRegularExpression re;
        PersonalDataSpan::Kind kind;
    };

    const QList<PatternKind> &personalPatterns()
    {
        using K = PersonalDataSpan::Kind;
        static const QList<PatternKind> p {
            { ci(uR"((https?://|www\.)[^\s<>"]*?(/\d{4,}|[?&](id|uid|user|order|token|email|phone|customer|ref|account)=[^\s&<>"]+)[^\s<>"]*)"_s),
                K::PersonalUrl },
            // Not after '@': "@anna@mastodon.social" is a handle, not an e-mail.
            { ci(uR"((?<![@\w.+%-])[\w.+%-]+@[\w-]+(\.[\w-]+)*\.[a-zа-я]{2,})"_s), K::Email },
            { ci(uR"((?<![\w+])(\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d))"_s),
                K::Phone },
            { ci(uR"((?<![\w+])\+\d{1,3}[\s(-]*\d{1,4}[\s)-]*\d{2,4}([\s-]*\d{2,4}){1,3}(?!\d))"_s),
                K::Phone },
            { ci(uR"(((order|заказ\w*|booking|бронь|бронировани\w*)\s*(number|no\.?|номер|№|#|id)?\s*[:#№]?\s*)([A-ZА-Я]{0,4}-?\d{4,}))"_s),
                K::OrderNumber },
            { ci(uR"((#|№)\s?\d{4,}\b)"_s), K::OrderNumber },
            { QRegularExpression(uR"(\b[A-Z]{2,4}-\d{4,}\b)"_s), K::OrderNumber },
        };
        return p;
    }

} // namespace

bool ReplyAnalysis::hasApology(const QString &text)
{
    return matches(apologyPatterns(), text);
}

bool ReplyAnalysis::hasConcreteTime(const QString &text)
{
    // Links and phone numbers carry digits that look like times; look at the text without them.
    QString stripped = text;
    stripped.remove(urlPattern());
    return matches(timePatterns(), stripped);
}

bool ReplyAnalysis::hasConcreteLink(const QString &text)
{
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        // An e-mail address's domain is not a link.
        if (m.capturedStart() > 0 && text.at(m.capturedStart() - 1) == u'@')
            continue;
        if (isConcreteUrl(m.captured()))
            return true;
    }
    return false;
}

bool ReplyAnalysis::sendsElsewhere(const QString &text)
{
    return matches(elsewherePatterns(), text) && !hasConcreteLink(text);
}

bool ReplyAnalysis::asksOrderNumber(const QString &text)
{
    return matches(orderNumberAskPatterns(), text);
}

bool ReplyAnalysis::invitesPrivate(const QString &text)
{
    return matches(privatePatterns(), text);
}

QList<PersonalDataSpan> ReplyAnalysis::personalData(const QString &text)
{
    QList<PersonalDataSpan> found;
    auto overlaps = [&found](int start, int length) {
        return std::any_of(found.begin(), found.end(), [&](const PersonalDataSpan &s) {
            return start < s.start + s.length && s.start < start + length;
        });
    };
    for (const PatternKind &p : personalPatterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            // For "order 12345" only the number itself is personal.
            const int group = p.kind == PersonalDataSpan::Kind::OrderNumber
                    && m.lastCapturedIndex() >= 4 && !m.captured(4).isEmpty()
                ? 4
                : 0;
            const int start = static_cast<int>(m.capturedStart(group));
            const int length = static_cast<int>(m.capturedLength(group));
            if (length > 0 && !overlaps(start, length))
                found.append(PersonalDataSpan { p.kind, start, length });
        }
    }
    std::sort(found.begin(), found.end(),
        [](const PersonalDataSpan &a, const PersonalDataSpan &b) { return a.start < b.start; });
    return found;
}

ReplyFacts ReplyAnalysis::analyse(const QString &text)
{
    ReplyFacts f;
    f.apology = hasApology(text);
    f.concreteTime = hasConcreteTime(text);
    f.concreteLink = hasConcreteLink(text);
    f.sendsElsewhere = matches(elsewherePatterns(), text) && !f.concreteLink;
    f.asksOrderNumber = asksOrderNumber(text);
    f.invitesPrivate = invitesPrivate(text);
    f.hasPersonalData = !personalData(text).isEmpty();
    return f;
}

} // namespace CareDesk
