// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>

namespace CareDesk {

/// A resolved real case, as the anonymizer needs it.
struct RealCase {
    struct Entry {
        Direction direction = Direction::In;
        Visibility visibility = Visibility::Public;
        QString text;
        Millis createdAt = 0;
        QString authorName;
        QString authorHandle;
        QString authorPlatformId;
        QString platformId;
    };
    Platform platform = Platform::X;
    QString language; ///< "ru" or "en"; guessed from the text when empty
    QString title;
    QList<Entry> messages; ///< oldest first
    QStringList customerNames; ///< every name the customer is known by (CRM, identities)
    QStringList handles; ///< "@anna", "anna", "@anna@mastodon.social"
    QStringList platformIds; ///< user ids, message ids, thread keys
    qint64 audience = 0;
    bool vip = false;
};

/// Text helpers the anonymizer and the presenter's screen mask share.
namespace PersonalText {
    /// A handle without its leading '@'s and spaces.
    QString bareHandle(QString handle);
    /// Longest first, so "Anna Smirnova" is replaced before "Anna".
    void sortLongestFirst(QStringList &list);
    /// Replaces every non-empty match of re in text by replace(match), computed in reading order
    /// and applied right to left so positions hold.
    QString replaceAll(const QString &text, const QRegularExpression &re,
        const std::function<QString(const QRegularExpressionMatch &)> &replace);
    /// A name as a pattern: Russian names decline ("Иван" -> "Ивана", "Иваном"; "Анна" -> "Анны"),
    /// so a Cyrillic word of four letters or more matches its stem plus a short ending.
    QString namePattern(const QString &name);
} // namespace PersonalText

/// Replaces personal data with consistent pseudonyms: the same original always becomes the same
/// pseudonym within one Anonymizer ("Anna Smirnova" -> "Customer 1" everywhere).
class Anonymizer final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Anonymizer)

public:
    /// Known names, handles and ids to replace wherever they occur (besides the patterns).
    void addName(const QString &name);
    void addHandle(const QString &handle);
    void addPlatformId(const QString &id);
    /// "ru" gives Russian pseudonyms ("Клиент 1"), anything else English ("Customer 1").
    void setLanguage(const QString &language) { m_language = language; }

    /// The text with names, handles (@x, @x@domain), known ids, e-mails, phone numbers, order
    /// numbers and URLs carrying personal ids replaced.
    QString anonymize(const QString &text);

    /// The pseudonym for a known name / handle (created on first use).
    QString nameFor(const QString &name);
    QString handleFor(const QString &handle);

    /// Turns a resolved case into a scenario: the customer's messages before the first reply
    /// open it, the agents' replies become the exemplary reply (editable later), the customer's
    /// answer to them becomes the reaction to any reply.
    static Scenario toScenario(const RealCase &source, const QString &id);

private:
    QString pseudonym(
        const QString &kind, const QString &original, const std::function<QString(int)> &make);

    QString m_language;
    QStringList m_names;
    QStringList m_handles;
    QStringList m_ids;
    QHash<QString, QString> m_nameOwner; ///< lowercased part of a name -> the full name
    QHash<QString, QString> m_map; ///< kind + '\n' + lowercased original -> pseudonym
    QHash<QString, int> m_counters;
};

} // namespace CareDesk
