// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop, so both resolve the same default workspace.
    QCoreApplication::setOrganizationName(u"CareDesk"_s);
    QCoreApplication::setApplicationName(u"caredesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), u"caredesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CareDesk::Cli cli(out, err);
    return cli.run(app.arguments().mid(1));
}
