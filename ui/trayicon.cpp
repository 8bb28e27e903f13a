// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// The application icon with the count in a badge; 99+ past two digits.
    QIcon badgedIcon(const QIcon &base, qint64 count)
    {
        QIcon icon;
        for (int size : { 16, 22, 24, 32, 48, 64 }) {
            QPixmap pixmap = base.pixmap(size, size);
            if (pixmap.isNull()) {
                pixmap = QPixmap(size, size);
                pixmap.fill(QColor(0x2f, 0x6f, 0xd6));
            }
            if (count > 0) {
                const QString text = count > 99 ? u"99+"_s : QString::number(count);
                QPainter painter(&pixmap);
                painter.setRenderHint(QPainter::Antialiasing);
                QFont font = painter.font();
                font.setBold(true);
                font.setPixelSize(qMax(6, size * (text.size() > 2 ? 4 : 5) / 10));
                painter.setFont(font);
                const int badge = qMax(8, size * 6 / 10);
                const QRect rect(size - badge, size - badge, badge, badge);
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(0xd9, 0x30, 0x25));
                painter.drawEllipse(rect);
                painter.setPen(Qt::white);
                painter.drawText(rect, Qt::AlignCenter, text);
            }
            icon.addPixmap(pixmap);
        }
        return icon;
    }

} // namespace

TrayIcon::TrayIcon(QWidget *window, QAction *pauseNotifications, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_pauseAction(pauseNotifications)
{
    m_menu = new QMenu;
    m_toggleAction = m_menu->addAction(tr("Hide CareDesk"), this, &TrayIcon::toggleWindow);
    m_toggleAction->setObjectName(u"trayToggleWindowAction"_s);
    m_menu->addAction(m_pauseAction);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_quitAction->setObjectName(u"trayQuitAction"_s);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateToggleText);

    m_tray = new QSystemTrayIcon(this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                toggleWindow();
        });
    updateIcon();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent widget to delete it
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::setCount(qint64 count)
{
    if (count == m_count)
        return;
    m_count = count;
    updateIcon();
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized() && m_window->isActiveWindow()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    updateToggleText();
}

void TrayIcon::updateIcon()
{
    QIcon base = QApplication::windowIcon();
    if (base.isNull())
        base = QIcon::fromTheme(u"org.caredesk.CareDesk"_s);
    m_tray->setIcon(badgedIcon(base, m_count));
    m_tray->setToolTip(m_count < 0
            ? tr("CareDesk")
            : tr("CareDesk: %n unanswered case(s)", nullptr, static_cast<int>(m_count)));
}

void TrayIcon::updateToggleText()
{
    const bool shown = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_toggleAction->setText(shown ? tr("Hide CareDesk") : tr("Show CareDesk"));
}

} // namespace CareDesk
