// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/scenariofromcase.h"

#include "app/core/anonymizer.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QString digitsOf(const QString &text)
    {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits += c;
        }
        return digits;
    }

    /// The same source, as Anonymizer::toScenario wants it.
    RealCase realCaseOf(const CaseDetail &detail)
    {
        RealCase c;
        c.platform = detail.summary.value.platform;
        c.language
            = detail.summary.value.language == "ru"_L1 || detail.summary.value.language == "en"_L1
            ? detail.summary.value.language
            : QString();
        // The subject is the customer's words or a name: never copied, the scenario gets a generic
        // title.
        const Customer &customer = detail.customer;
        if (!customer.name.trimmed().isEmpty())
            c.customerNames.append(customer.name);
        if (!detail.summary.customerName.trimmed().isEmpty())
            c.customerNames.append(detail.summary.customerName);
        for (const Identity &identity : detail.identities) {
            if (!identity.displayName.trimmed().isEmpty())
                c.customerNames.append(identity.displayName);
            if (!identity.handle.trimmed().isEmpty())
                c.handles.append(identity.handle);
            if (!identity.platformUserId.trimmed().isEmpty())
                c.platformIds.append(identity.platformUserId);
            c.audience = std::max(c.audience, identity.audience);
        }
        c.vip = customer.vip;
        // E-mails and phones are found by their patterns (and get readable pseudonyms); the CRM
        // reference and the thread key only by their exact text.
        for (const QString &id : { customer.crmRef, detail.summary.value.threadKey }) {
            if (!id.trimmed().isEmpty())
                c.platformIds.append(id.trimmed());
        }
        for (const Message &m : detail.messages) {
            RealCase::Entry e;
            e.direction = m.direction;
            e.visibility = m.visibility;
            e.text = m.text;
            e.createdAt = m.createdAt;
            e.platformId = m.platformId;
            if (!m.replyToPlatformId.isEmpty())
                c.platformIds.append(m.replyToPlatformId);
            if (m.direction == Direction::In)
                e.authorName = m.authorName;
            c.messages.append(e);
        }
        return c;
    }

    /// Every place a scenario carries text, for a last check.
    QString everything(const Scenario &s)
    {
        return QString::fromUtf8(ScenarioFormat::toBytes(s));
    }

} // namespace

QStringList ScenarioFromCase::personalStrings(const CaseDetail &detail)
{
    QStringList out;
    auto add = [&out](const QString &value, int minimum) {
        const QString v = value.trimmed();
        if (v.size() >= minimum && !out.contains(v, Qt::CaseInsensitive))
            out.append(v);
    };
    auto addName = [&add](const QString &name) {
        add(name, 2);
        for (const QString &part : name.split(u' ', Qt::SkipEmptyParts))
            add(part, 3);
    };
    addName(detail.customer.name);
    addName(detail.summary.customerName);
    for (const Identity &identity : detail.identities) {
        addName(identity.displayName);
        QString handle = identity.handle;
        while (handle.startsWith(u'@'))
            handle.remove(0, 1);
        add(handle.section(u'@', 0, 0), 3);
        add(identity.platformUserId, 3);
    }
    for (const Message &m : detail.messages) {
        if (m.direction == Direction::In)
            addName(m.authorName);
        add(m.platformId, 3);
        add(m.replyToPlatformId, 3);
    }
    add(detail.customer.crmRef, 3);
    add(detail.customer.email, 3);
    add(detail.customer.email.section(u'@', 0, 0), 3);
    add(detail.summary.value.threadKey, 3);
    // A phone is written many ways ("+7 912 345-67-89", "89123456789"): its last seven digits.
    const QString phone = digitsOf(detail.customer.phone);
    if (phone.size() >= 7)
        add(phone.right(7), 7);
    return out;
}

QStringList ScenarioFromCase::leftovers(const Scenario &scenario, const CaseDetail &detail)
{
    const QString text = everything(scenario);
    const QString digits = digitsOf(text);
    QStringList found;
    for (const QString &secret : personalStrings(detail)) {
        const bool allDigits = !secret.isEmpty() && digitsOf(secret) == secret;
        if (text.contains(secret, Qt::CaseInsensitive)
            || (allDigits && secret.size() >= 7 && digits.contains(secret)))
            found.append(secret);
    }
    return found;
}

QString ScenarioFromCase::newId(Millis now)
{
    return u"from-case-"_s
        + QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(u"yyyyMMdd-HHmmss"_s);
}

Scenario ScenarioFromCase::build(
    const CaseDetail &detail, const QString &id, const QStringList &journey)
{
    const RealCase source = realCaseOf(detail);
    Scenario s = Anonymizer::toScenario(source, id);

    // The profile and the journey, with the same pseudonyms as the thread: a second anonymizer
    // set up alike, asked for the customer first so "Customer 1" stays the same person.
    Anonymizer a;
    a.setLanguage(s.language);
    for (const QString &n : source.customerNames)
        a.addName(n);
    for (const QString &h : source.handles)
        a.addHandle(h);
    for (const QString &i : source.platformIds)
        a.addPlatformId(i);
    for (const RealCase::Entry &e : source.messages) {
        a.addPlatformId(e.platformId);
        a.addName(e.authorName);
    }
    if (!source.customerNames.isEmpty())
        a.nameFor(source.customerNames.first());
    const bool ru = s.language == "ru"_L1;
    if (!detail.customer.region.trimmed().isEmpty())
        s.customer.journey.append(
            (ru ? u"Регион: %1"_s : u"Region: %1"_s).arg(detail.customer.region.trimmed()));
    if (!detail.customer.notes.trimmed().isEmpty())
        s.customer.journey.append(a.anonymize(detail.customer.notes.simplified()));
    for (const QString &line : journey) {
        if (!line.trimmed().isEmpty())
            s.customer.journey.append(a.anonymize(line.simplified()));
    }
    s.notes = ru ? u"Создан из решённого обращения; имена, ники, идентификаторы, почта и телефоны "
                   u"заменены. Образцовый ответ — настоящий ответ оператора."_s
                 : u"Made from a resolved case; names, handles, ids, e-mails and phones replaced. "
                   u"The exemplary reply is the agent's actual reply."_s;

    // A last net: anything the patterns missed (a phone written oddly, a name in a form the
    // declension rules do not know) is blanked rather than shipped.
    const QStringList left = leftovers(s, detail);
    if (!left.isEmpty()) {
        auto scrub = [&left](QString text) {
            for (const QString &secret : left)
                text.replace(secret, u"[…]"_s, Qt::CaseInsensitive);
            return text;
        };
        s.titleRu = scrub(s.titleRu);
        s.titleEn = scrub(s.titleEn);
        s.customer.name = scrub(s.customer.name);
        s.customer.handle = scrub(s.customer.handle);
        for (QString &line : s.customer.journey)
            line = scrub(line);
        for (ScenarioPost &post : s.opening)
            post.text = scrub(post.text);
        for (ScenarioRule &rule : s.rules)
            rule.response.text = scrub(rule.response.text);
        s.exemplaryReply = scrub(s.exemplaryReply);
    }
    return s;
}

} // namespace CareDesk
