// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/result.h"
#include "app/core/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk {

/// What a reaction rule looks at (docs/scenarios.md lists them with examples).
enum class ScenarioCondition {
    ApologyWithTime, ///< an apology plus a concrete time
    SentElsewhere, ///< "see our website", "call the hotline" without a concrete link
    AsksOrderNumber,
    ConcreteLink,
    ConcreteTime,
    Apology,
    WentPrivate, ///< the reply was a private message, or invites the customer to one
    StayedPublic, ///< a public reply that does not invite the customer to a private message
    IgnoredFor, ///< no reply for `minutes` after the customer's unanswered message
    AnyReply,
};

/// Where the customer stands after a response.
enum class ScenarioOutcome { Open, Escalate, FollowUp, Calm, Close };

/// The customer of a scenario, or another author of an opening post.
struct ScenarioCustomer {
    QString name;
    QString handle;
    qint64 audience = 0; ///< followers or subscribers
    bool vip = false;
    QStringList journey; ///< notes a CRM would show: earlier orders, earlier contacts
};

struct ScenarioPost {
    QString text;
    int delaySeconds = 0; ///< after the scenario starts
    Visibility visibility = Visibility::Public;
    bool hasAuthor = false; ///< posted by someone else than the customer (an outage's crowd)
    ScenarioCustomer author;
};

struct ScenarioResponse {
    QString text;
    int sentiment = 0;
    bool sentimentGiven = false;
    /// Public or private; unset: the same surface as the agent's reply.
    std::optional<Visibility> visibility;
    ScenarioOutcome outcome = ScenarioOutcome::FollowUp;
    int delaySeconds = 60; ///< after the agent's reply (or after the silence for ignored_for)
};

struct ScenarioRule {
    ScenarioCondition condition = ScenarioCondition::AnyReply;
    int minutes = 0; ///< for IgnoredFor
    ScenarioResponse response;
};

/// A scripted customer conversation for training (docs/scenarios.md).
struct Scenario {
    QString id;
    QString titleRu;
    QString titleEn;
    QString language; ///< "ru" or "en"
    Platform platform = Platform::X;
    Visibility surface = Visibility::Public;
    ScenarioCustomer customer;
    QList<ScenarioPost> opening;
    QList<ScenarioRule> rules;
    QString exemplaryReply;
    Visibility exemplaryVisibility = Visibility::Public;
    bool expectPrivate = false; ///< the rubric asks to take this complaint private
    bool scriptFits = false; ///< a script of the library fits this case
    int firstResponseTargetSeconds = 0; ///< 0: the rubric's target
    QString notes; ///< for the trainer

    /// The title in the UI language (falls back to the other one).
    QString title(const QString &uiLanguage) const;
};

/// Reads, checks and writes scenario files.
class ScenarioFormat final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ScenarioFormat)

public:
    static constexpr int version = 1;
    /// Parses and validates; the error names the JSON path and field ("rules[2].response.outcome").
    static Result<Scenario> parse(const QByteArray &json);
    static Result<Scenario> fromJson(const QJsonObject &object);
    static QJsonObject toJson(const Scenario &scenario);
    static QByteArray toBytes(const Scenario &scenario);

    static QString conditionName(ScenarioCondition condition);
    static std::optional<ScenarioCondition> conditionFromName(const QString &name);
    static QString outcomeName(ScenarioOutcome outcome);
    static std::optional<ScenarioOutcome> outcomeFromName(const QString &name);
};

/// The scenarios shipped with CareDesk (resources/scenarios, Russian and English).
class ScenarioLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ScenarioLibrary)

public:
    /// The resource names of the shipped scenario files, sorted.
    static QStringList shippedFiles();
    /// Every shipped scenario, sorted by id; an error names the file that failed.
    static Result<QList<Scenario>> shipped();
    /// A scenario file from disk or from a resource path.
    static Result<Scenario> load(const QString &path);
};

} // namespace CareDesk
