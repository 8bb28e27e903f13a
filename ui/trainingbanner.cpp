// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trainingbanner.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QColor TrainingBanner::colour()
{
    // Amber: unlike any state colour of the inbox (SLA red/orange, sentiment), and dark text on
    // it keeps a contrast above 10:1 in the light and the dark theme alike.
    return QColor(0xf5, 0xb4, 0x00);
}

TrainingBanner::TrainingBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"trainingBanner"_s);
    setAccessibleName(tr("Training workspace banner"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, colour());
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(palette);
    setFrameShape(QFrame::NoFrame);

    m_message = new QLabel(tr("Training workspace — nothing here reaches a real customer"), this);
    m_message->setObjectName(u"trainingBannerText"_s);
    m_message->setTextFormat(Qt::PlainText);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_status = new QLabel(this);
    m_status->setObjectName(u"rehearsalStatus"_s);
    m_status->setAccessibleName(tr("Rehearsal status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_status);
}

void TrainingBanner::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString TrainingBanner::status() const
{
    return m_status->text();
}

} // namespace CareDesk
