// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/screenmask.h"

#include "app/core/anonymizer.h"
#include "app/core/replyanalysis.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QString letters(int n)
    {
        // A, B, ... Z, AA, AB ...
        QString out;
        for (int i = n; i > 0; i = (i - 1) / 26)
            out.prepend(QChar(u'A' + (i - 1) % 26));
        return out;
    }

} // namespace

void ScreenMask::addName(const QString &name)
{
    const QString n = name.simplified();
    if (n.size() < 2 || m_names.contains(n, Qt::CaseInsensitive))
        return;
    QStringList parts;
    for (const QString &part : n.split(u' ', Qt::SkipEmptyParts)) {
        QString p = part;
        while (!p.isEmpty() && !p.back().isLetter())
            p.chop(1);
        if (p.size() >= 3)
            parts.append(p);
    }
    // "Olga K" next to "Olga Kuznetsova" is the same person: one placeholder for both.
    QString owner = n;
    for (const QString &p : std::as_const(parts)) {
        const auto known = m_nameOwner.constFind(p.toLower());
        if (known != m_nameOwner.constEnd()) {
            owner = *known;
            break;
        }
    }
    m_names.append(n);
    m_nameOwner.insert(n.toLower(), owner);
    for (const QString &p : std::as_const(parts)) {
        if (!m_names.contains(p, Qt::CaseInsensitive)) {
            m_names.append(p);
            m_nameOwner.insert(p.toLower(), owner);
        }
    }
    PersonalText::sortLongestFirst(m_names);
}

void ScreenMask::addHandle(const QString &handle)
{
    const QString h = PersonalText::bareHandle(handle).section(u'@', 0, 0);
    if (h.size() < 2 || m_handles.contains(h, Qt::CaseInsensitive))
        return;
    m_handles.append(h);
    PersonalText::sortLongestFirst(m_handles);
}

void ScreenMask::addId(const QString &id)
{
    const QString i = id.trimmed();
    if (i.size() < 3 || m_ids.contains(i))
        return;
    m_ids.append(i);
    PersonalText::sortLongestFirst(m_ids);
}

QString ScreenMask::placeholder(const QString &kind, const QString &original)
{
    const QString key = kind + u'\n' + original.toLower();
    const auto it = m_map.constFind(key);
    if (it != m_map.constEnd())
        return *it;
    const int n = ++m_counters[kind];
    QString value;
    if (kind == "name"_L1)
        value = tr("Customer %1").arg(letters(n));
    else if (kind == "handle"_L1)
        value = u"handle%1"_s.arg(n);
    else if (kind == "order"_L1)
        value = u"ORDER-%1"_s.arg(n);
    else if (kind == "email"_L1)
        value = u"email%1@example.com"_s.arg(n);
    else if (kind == "phone"_L1)
        value = tr("phone %1").arg(n);
    else if (kind == "url"_L1)
        value = u"https://example.com/link%1"_s.arg(n);
    else
        value = u"ID-%1"_s.arg(n);
    m_map.insert(key, value);
    return value;
}

QString ScreenMask::nameFor(const QString &name)
{
    const QString n = name.simplified();
    return placeholder(u"name"_s, m_nameOwner.value(n.toLower(), n));
}

QString ScreenMask::mask(const QString &input)
{
    QString text = input;
    for (const QString &id : std::as_const(m_ids))
        text.replace(id, placeholder(u"id"_s, id));
    // Any @mention is someone's handle (the same pattern as the anonymizer's).
    static const QRegularExpression mention(
        uR"((?<![\w.+%-])@([\w][\w.]*[\w]|[\w])(@[\w-]+(\.[\w-]+)+)?)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    text = PersonalText::replaceAll(
        text, mention, [this](const QRegularExpressionMatch &m) -> QString {
            return u'@' + placeholder(u"handle"_s, m.captured(1));
        });
    for (const QString &h : std::as_const(m_handles)) {
        const QRegularExpression re(u"(?<![\\w@])"_s + QRegularExpression::escape(h) + u"(?!\\w)"_s,
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        text = PersonalText::replaceAll(
            text, re, [this](const QRegularExpressionMatch &m) -> QString {
                return placeholder(u"handle"_s, m.captured());
            });
    }
    const QList<PersonalDataSpan> spans = ReplyAnalysis::personalData(text);
    QStringList replacements;
    for (const PersonalDataSpan &span : spans) {
        const QString original = text.mid(span.start, span.length);
        switch (span.kind) {
        case PersonalDataSpan::Kind::Email:
            replacements.append(placeholder(u"email"_s, original));
            break;
        case PersonalDataSpan::Kind::Phone: {
            QString digits;
            for (const QChar c : original) {
                if (c.isDigit())
                    digits += c;
            }
            replacements.append(placeholder(u"phone"_s, digits));
            break;
        }
        case PersonalDataSpan::Kind::OrderNumber: {
            // Keyed by its digits: "#7788123" and "7788123" are the same order.
            QString digits;
            for (const QChar c : original) {
                if (c.isDigit())
                    digits += c;
            }
            replacements.append(placeholder(u"order"_s, digits.isEmpty() ? original : digits));
            break;
        }
        case PersonalDataSpan::Kind::PersonalUrl:
            replacements.append(placeholder(u"url"_s, original));
            break;
        }
    }
    for (qsizetype i = spans.size() - 1; i >= 0; --i)
        text.replace(spans.at(i).start, spans.at(i).length, replacements.at(i));
    for (const QString &name : std::as_const(m_names)) {
        const QRegularExpression re(u"(?<!\\w)"_s + PersonalText::namePattern(name) + u"(?!\\w)"_s,
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        text = PersonalText::replaceAll(text, re,
            [this, &name](const QRegularExpressionMatch &) -> QString { return nameFor(name); });
    }
    return text;
}

} // namespace CareDesk
