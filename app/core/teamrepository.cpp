// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/teamrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QString toString(AssignmentMode value)
{
    switch (value) {
    case AssignmentMode::Manual:
        return u"manual"_s;
    case AssignmentMode::RoundRobin:
        return u"round_robin"_s;
    case AssignmentMode::Skills:
        return u"skills"_s;
    }
    return u"manual"_s;
}

std::optional<AssignmentMode> assignmentModeFromString(const QString &text)
{
    for (AssignmentMode mode :
        { AssignmentMode::Manual, AssignmentMode::RoundRobin, AssignmentMode::Skills }) {
        if (toString(mode) == text)
            return mode;
    }
    return std::nullopt;
}

QString toString(PresenceActivity value)
{
    switch (value) {
    case PresenceActivity::Online:
        return u"online"_s;
    case PresenceActivity::Viewing:
        return u"viewing"_s;
    case PresenceActivity::Replying:
        return u"replying"_s;
    case PresenceActivity::Away:
        return u"away"_s;
    }
    return u"online"_s;
}

std::optional<PresenceActivity> presenceActivityFromString(const QString &text)
{
    // The first schema wrote '' for "signed in, nothing open".
    if (text.isEmpty())
        return PresenceActivity::Online;
    for (PresenceActivity activity : { PresenceActivity::Online, PresenceActivity::Viewing,
             PresenceActivity::Replying, PresenceActivity::Away }) {
        if (toString(activity) == text)
            return activity;
    }
    return std::nullopt;
}

} // namespace CareDesk
