// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: draws the application icon's PNG sizes from its SVG.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return 1;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 }) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const QString dir = u"%1/%2"_s.arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + u"/org.caredesk.CareDesk.png"_s))
            return 1;
    }
    return 0;
}
