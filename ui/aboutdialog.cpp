// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutdialog.h"

#include "app/core/buildinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QLabel *plainLabel(const QString &text, QWidget *parent)
    {
        auto *label = new QLabel(text, parent);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        return label;
    }

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About CareDesk"));
    auto *layout = new QVBoxLayout(this);

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("CareDesk icon"));
    layout->addWidget(icon, 0, Qt::AlignHCenter);

    auto *name = plainLabel(u"CareDesk"_s, this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    name->setAlignment(Qt::AlignHCenter);
    layout->addWidget(name);

    auto *version
        = plainLabel(tr("Version %1, commit %2, built %3")
                         .arg(BuildInfo::version(), BuildInfo::commit(), BuildInfo::buildDate()),
            this);
    version->setObjectName(u"aboutVersionLabel"_s);
    version->setAlignment(Qt::AlignHCenter);
    version->setAccessibleName(tr("Version"));
    layout->addWidget(version);

    auto *summary = plainLabel(
        tr("A desktop workstation for social customer care: one inbox for X, Mastodon, "
           "Telegram, VK and Facebook, replies that never get lost, and a rehearsal "
           "mode for training."),
        this);
    summary->setAlignment(Qt::AlignHCenter);
    layout->addWidget(summary);

    auto *runtime = plainLabel(tr("Running on Qt %1.").arg(QString::fromLatin1(qVersion())), this);
    runtime->setAlignment(Qt::AlignHCenter);
    layout->addWidget(runtime);

    auto *notices = new QPlainTextEdit(this);
    notices->setObjectName(u"aboutNotices"_s);
    notices->setAccessibleName(tr("Licences"));
    notices->setReadOnly(true);
    notices->setPlainText(
        tr("CareDesk is free software under the GNU General Public License, version 3 or later.\n\n"
           "It includes or uses:\n"
           "- Qt (LGPL-3.0), the Qt company and contributors;\n"
           "- QtKeychain (BSD-3-Clause);\n"
           "- Hunspell (MPL-1.1/GPL/LGPL) with the system's dictionaries;\n"
           "- SQLite (public domain);\n"
           "- the twitter-text TLD lists and conformance data (Apache-2.0), Twitter, Inc.;\n"
           "- Unicode emoji sequence data (Unicode License v3)."));
    notices->setMinimumHeight(140);
    layout->addWidget(notices);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 440);
}

AboutDialog::~AboutDialog() = default;

} // namespace CareDesk
