// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QDateTimeEdit;

namespace CareDesk {

/// Asks until when a case sleeps: in an hour, tomorrow at 9:00, next Monday at 9:00 (local
/// time), or a date and time the agent picks.
class SnoozeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnoozeDialog)

public:
    enum Preset { InOneHour, TomorrowMorning, NextMonday, Custom };

    SnoozeDialog(Millis now, QWidget *parent = nullptr);

    /// The moment a preset stands for, from now (local time for the calendar ones).
    static Millis presetTime(Preset preset, Millis now);
    void setPreset(Preset preset);
    Preset preset() const;
    /// The chosen moment; with Custom, what the date-time field says.
    Millis snoozeUntil() const;

private:
    Millis m_now = 0;
    QButtonGroup *m_group = nullptr;
    QDateTimeEdit *m_custom = nullptr;
};

} // namespace CareDesk
