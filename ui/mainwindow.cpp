// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <QLabel>

namespace CareDesk {

MainWindow::MainWindow(CaseRepository &, ChangeFeed &, const QString &workspaceName, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CareDesk — %1").arg(workspaceName));
    auto *label = new QLabel(tr("No cases yet."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1200, 760);
}

} // namespace CareDesk
