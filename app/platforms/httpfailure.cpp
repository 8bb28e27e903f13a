// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/httpfailure.h"

#include "app/platforms/htmltext.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

SendResult HttpFailure::toSendResult() const
{
    SendResult result;
    result.outcome
        = kind == Kind::Permanent ? SendOutcome::FailedPermanent : SendOutcome::FailedRetryable;
    result.retryAt = retryAt;
    result.reason = reason;
    return result;
}

FetchResult HttpFailure::toFetchResult() const
{
    FetchResult result;
    result.error = toError();
    result.retryAt = retryAt;
    return result;
}

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<Millis> parseHttpDate(QByteArrayView value)
{
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(4) + u" +0000"_s;
    const QDateTime time = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

std::optional<Millis> parseRetryAfter(QByteArrayView value, Millis now)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        // Anything beyond a day is nonsense or hostile; boundedRetryAt() caps it anyway, and
        // capping here keeps the multiplication from overflowing.
        return now + qMin<qint64>(seconds, 86400) * 1000;
    }
    return parseHttpDate(trimmed);
}

QString cleanPlatformMessage(const QString &text, qsizetype maxLength)
{
    const QString clean = sanitizePlainText(text).simplified();
    if (clean.size() <= maxLength)
        return clean;
    qsizetype cut = qMax<qsizetype>(0, maxLength - 1);
    if (cut > 0 && clean.at(cut - 1).isHighSurrogate())
        --cut;
    return clean.left(cut) + QChar(0x2026);
}

Millis boundedRetryAt(Millis at, Millis now)
{
    constexpr Millis day = 24 * 3600 * 1000;
    return qBound(now, at, now + day);
}

} // namespace CareDesk
