// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/snoozedialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

SnoozeDialog::SnoozeDialog(Millis now, QWidget *parent)
    : QDialog(parent)
    , m_now(now)
{
    setObjectName(u"snoozeDialog"_s);
    setWindowTitle(tr("Snooze case"));
    auto *layout = new QVBoxLayout(this);
    m_group = new QButtonGroup(this);
    const QLocale locale;
    const auto when = [&locale, now](Preset preset) {
        return locale.toString(
            QDateTime::fromMSecsSinceEpoch(presetTime(preset, now)).toLocalTime(),
            QLocale::ShortFormat);
    };
    const QList<std::pair<Preset, QString>> choices {
        { InOneHour, tr("In 1 hour (%1)").arg(when(InOneHour)) },
        { TomorrowMorning, tr("Tomorrow at 9:00 (%1)").arg(when(TomorrowMorning)) },
        { NextMonday, tr("Next Monday at 9:00 (%1)").arg(when(NextMonday)) },
        { Custom, tr("Until:") },
    };
    for (const auto &[preset, text] : choices) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(u"snoozePreset%1"_s.arg(int(preset)));
        m_group->addButton(button, preset);
        layout->addWidget(button);
    }
    m_custom = new QDateTimeEdit(
        QDateTime::fromMSecsSinceEpoch(presetTime(TomorrowMorning, now)).toLocalTime(), this);
    m_custom->setObjectName(u"snoozeCustom"_s);
    m_custom->setCalendarPopup(true);
    m_custom->setMinimumDateTime(QDateTime::fromMSecsSinceEpoch(now).toLocalTime());
    m_custom->setEnabled(false);
    layout->addWidget(m_custom);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (id == Custom)
            m_custom->setEnabled(checked);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setPreset(InOneHour);
}

Millis SnoozeDialog::presetTime(Preset preset, Millis now)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now).toLocalTime();
    const QTime nine(9, 0);
    switch (preset) {
    case InOneHour:
        return now + 60 * 60 * 1000;
    case TomorrowMorning:
        return QDateTime(local.date().addDays(1), nine).toMSecsSinceEpoch();
    case NextMonday: {
        // Monday of next week, even on a Sunday or a Monday morning.
        const int toMonday = 8 - local.date().dayOfWeek();
        return QDateTime(local.date().addDays(toMonday), nine).toMSecsSinceEpoch();
    }
    case Custom:
        break;
    }
    return presetTime(TomorrowMorning, now);
}

void SnoozeDialog::setPreset(Preset preset)
{
    if (QAbstractButton *button = m_group->button(preset))
        button->setChecked(true);
}

SnoozeDialog::Preset SnoozeDialog::preset() const
{
    return static_cast<Preset>(qMax(0, m_group->checkedId()));
}

Millis SnoozeDialog::snoozeUntil() const
{
    if (preset() == Custom)
        return m_custom->dateTime().toMSecsSinceEpoch();
    return presetTime(preset(), m_now);
}

} // namespace CareDesk
