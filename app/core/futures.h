// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <type_traits>
#include <utility>

namespace CareDesk {

/// A continuation for QFuture::then(QtFuture::Launch::Sync, ...) that runs `fn(result)` on the
/// thread of `context`, and not at all when `context` is gone by then:
///
///     repository.detail(id).then(QtFuture::Launch::Sync, onContext(this, [this](const Result<X>
///     &r) { ... }));
///
/// Qt 6.4's then(context, fn) does the same but asserts in debug builds when the context is
/// destroyed before the future finishes (a window closed while a query runs), which aborts the
/// debug and sanitizer builds; later Qt versions cancel instead, as this does.
namespace Detail {
    /// The parameter a lambda takes (Qt's then() needs a concrete type, not auto).
    template <typename F> struct LambdaArg : LambdaArg<decltype(&F::operator())> {
    };
    template <typename C, typename R, typename A> struct LambdaArg<R (C::*)(A) const> {
        using type = A;
    };
    template <typename C, typename R, typename A> struct LambdaArg<R (C::*)(A)> {
        using type = A;
    };
} // namespace Detail

template <typename Fn>
requires(!std::is_invocable_v<Fn>) auto onContext(QObject *context, Fn fn)
{
    using Arg = typename Detail::LambdaArg<Fn>::type;
    return [context = QPointer<QObject>(context), fn = std::move(fn)](Arg value) mutable {
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context.data(),
            [context, fn = std::move(fn), value = std::decay_t<Arg>(value)]() mutable {
                if (context)
                    fn(value);
            },
            Qt::QueuedConnection);
    };
}

/// For a QFuture<void>: fn takes nothing.
template <typename Fn>
requires std::is_invocable_v<Fn>
auto onContext(QObject *context, Fn fn)
{
    return [context = QPointer<QObject>(context), fn = std::move(fn)]() mutable {
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context.data(),
            [context, fn = std::move(fn)]() mutable {
                if (context)
                    fn();
            },
            Qt::QueuedConnection);
    };
}

} // namespace CareDesk
