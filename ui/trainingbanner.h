// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace CareDesk {

/// The strip under the menu bar of a training workspace (objectName "trainingBanner"): a distinct
/// colour and "Training workspace — nothing here reaches a real customer", with the rehearsal's
/// status on the right (objectName "rehearsalStatus"). It stays on screen: no close button.
class TrainingBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingBanner)

public:
    explicit TrainingBanner(QWidget *parent = nullptr);

    /// The running scenarios and the time since their opening posts; empty when none runs.
    void setStatus(const QString &text);
    QString status() const;
    /// The banner's colour, shared with the window's other training marks.
    static QColor colour();

private:
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace CareDesk
