// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/messagedelegate.h"

#include "app/core/types.h"
#include "ui/threadmodel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <limits>

namespace CareDesk {

namespace {

    // Spacing in pixels: calm, but dense enough to show a real thread on one screen.
    constexpr int outerMarginX = 14;
    constexpr int outerMarginY = 5;
    constexpr int paddingX = 12;
    constexpr int paddingY = 8;
    constexpr int headerGap = 5; ///< between the header line and the text
    constexpr int badgePaddingX = 6;
    constexpr int itemGap = 8; ///< between badge, author and time
    constexpr int stripeWidth = 3;
    constexpr qreal radius = 8.0;
    constexpr int minBubbleWidth = 260;
    constexpr qreal bubbleShare = 0.78; ///< of the view's width

    /// Plain text, wrapped at word boundaries; one flag set for measuring and drawing alike, so
    /// the row is exactly as tall as the painted text.
    constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextExpandTabs;

    struct Colors {
        QColor bubble;
        QColor border;
        QColor badgeBackground;
        QColor badgeText;
        QColor accent;
    };

    // Fixed light tints with their own dark text: they must read the same under any style.
    const QColor textColor(0x1f, 0x23, 0x28);
    const QColor mutedColor(0x65, 0x6d, 0x76);

    Colors colorsFor(Direction direction, Visibility visibility, bool note)
    {
        if (note) {
            // An internal note: never sent, so it must never look like a message. Amber, dashed.
            return Colors { QColor(0xff, 0xf6, 0xd6), QColor(0xe0, 0xb4, 0x3c),
                QColor(0xfc, 0xe3, 0x9a), QColor(0x6b, 0x4a, 0x00), QColor(0xd4, 0x9a, 0x12) };
        }
        Colors c;
        c.bubble = direction == Direction::In ? QColor(0xf4, 0xf5, 0xf7) : QColor(0xe9, 0xf1, 0xfd);
        c.border = direction == Direction::In ? QColor(0xdd, 0xe1, 0xe6) : QColor(0xc8, 0xd9, 0xf5);
        if (visibility == Visibility::Public) {
            c.badgeBackground = QColor(0xe3, 0xf2, 0xe6);
            c.badgeText = QColor(0x1d, 0x5e, 0x2f);
            c.accent = QColor(0x3b, 0x9a, 0x57);
        } else {
            c.badgeBackground = QColor(0xf1, 0xe6, 0xfb);
            c.badgeText = QColor(0x5c, 0x2a, 0x85);
            c.accent = QColor(0x8a, 0x4f, 0xc2);
            c.border = QColor(0xcf, 0xb6, 0xe8);
        }
        return c;
    }

    int viewWidth(const QStyleOptionViewItem &option)
    {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            return view->viewport()->width();
        return option.rect.width() > 0 ? option.rect.width() : 640;
    }

    QFont scaled(const QFont &base, qreal factor)
    {
        QFont font = base;
        // Fonts given in pixels have no point size; scale whichever the font has.
        if (base.pointSizeF() > 0)
            font.setPointSizeF(base.pointSizeF() * factor);
        else if (base.pixelSize() > 0)
            font.setPixelSize(qMax(1, qRound(base.pixelSize() * factor)));
        return font;
    }

    QFont badgeFont(const QFont &base)
    {
        QFont font = scaled(base, 0.85);
        font.setBold(true);
        return font;
    }

    QFont authorFont(const QFont &base)
    {
        QFont font = base;
        font.setBold(true);
        return font;
    }

    QFont timeFont(const QFont &base)
    {
        return scaled(base, 0.9);
    }

    /// Past this many characters a message is shown cut, with a line saying how much is left out:
    /// laying out a 1 MB post took seconds of the GUI thread (and a bubble taller than any screen).
    /// The model keeps the whole text.
    constexpr qsizetype maxShownChars = 10000;

    QString shownText(const QString &text)
    {
        if (text.size() <= maxShownChars)
            return text;
        qsizetype cut = maxShownChars;
        if (text.at(cut - 1).isHighSurrogate())
            --cut; // never half a character
        const int rest
            = static_cast<int>(qMin<qsizetype>(text.size() - cut, std::numeric_limits<int>::max()));
        return text.left(cut) + u'\n'
            + QCoreApplication::translate(
                "CareDesk::MessageDelegate", "[… %n more character(s) not shown]", nullptr, rest);
    }

    /// The text as drawn: the platform's (or the note's) text, then the attachments, one a line.
    QString bodyText(const QModelIndex &index)
    {
        const QString text = shownText(index.data(ThreadModel::TextRole).toString());
        const QString attachments = index.data(ThreadModel::AttachmentsTextRole).toString();
        if (attachments.isEmpty())
            return text;
        return text.isEmpty() ? attachments : text + u"\n\n" + attachments;
    }

} // namespace

struct MessageDelegate::Layout {
    QRect bubble;
    QRect badge;
    QRect author;
    QRect time;
    QRect text;
    QString authorText; ///< elided to fit
    int height = 0;
};

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

MessageDelegate::Layout MessageDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    const QFont &base = option.font;
    const QFontMetrics textMetrics(base);
    const QFontMetrics badgeMetrics(badgeFont(base));
    const QFontMetrics authorMetrics(authorFont(base));
    const QFontMetrics timeMetrics(timeFont(base));

    const auto direction = static_cast<Direction>(index.data(ThreadModel::DirectionRole).toInt());
    const auto visibility
        = static_cast<Visibility>(index.data(ThreadModel::VisibilityRole).toInt());
    const QString text = bodyText(index);
    const QString author = index.data(ThreadModel::AuthorRole).toString();
    const QString time = index.data(ThreadModel::TimeTextRole).toString();
    const QString badge = index.data(ThreadModel::BadgeRole).toString();
    Q_UNUSED(visibility)

    const int available = qMax(0, width - 2 * outerMarginX);
    const int maxBubble = qMin(available, qMax(minBubbleWidth, int(width * bubbleShare)));
    const int maxInner = qMax(40, maxBubble - 2 * paddingX - stripeWidth);

    const int badgeWidth = badgeMetrics.horizontalAdvance(badge) + 2 * badgePaddingX;
    const int timeWidth = timeMetrics.horizontalAdvance(time);
    const int headerHeight
        = std::max({ badgeMetrics.height() + 4, authorMetrics.height(), timeMetrics.height() });
    Layout l;
    const int authorRoom = qMax(0, maxInner - badgeWidth - timeWidth - 2 * itemGap);
    l.authorText = authorMetrics.elidedText(author, Qt::ElideRight, authorRoom);
    const int authorWidth = authorMetrics.horizontalAdvance(l.authorText);
    const int headerWidth = badgeWidth + itemGap + authorWidth + itemGap + timeWidth;

    const QRect textBounds = text.isEmpty()
        ? QRect()
        : textMetrics.boundingRect(QRect(0, 0, maxInner, 1 << 20), textFlags, text);
    const int innerWidth = qMin(maxInner, qMax(headerWidth, textBounds.width()));
    const int bubbleWidth = innerWidth + 2 * paddingX + stripeWidth;
    const int textHeight = text.isEmpty() ? 0 : textBounds.height();
    const int bubbleHeight
        = paddingY + headerHeight + (textHeight > 0 ? headerGap + textHeight : 0) + paddingY;

    const int left = direction == Direction::In
        ? outerMarginX
        : qMax(outerMarginX, width - outerMarginX - bubbleWidth);
    l.bubble = QRect(left, outerMarginY, bubbleWidth, bubbleHeight);
    // The stripe sits on the outer edge: left for the customer, right for us.
    const int innerLeft
        = l.bubble.left() + paddingX + (direction == Direction::In ? stripeWidth : 0);
    const int top = l.bubble.top() + paddingY;
    l.badge = QRect(innerLeft, top + (headerHeight - badgeMetrics.height() - 4) / 2, badgeWidth,
        badgeMetrics.height() + 4);
    l.author = QRect(l.badge.right() + 1 + itemGap, top, authorWidth, headerHeight);
    l.time = QRect(l.author.right() + 1 + itemGap, top, timeWidth, headerHeight);
    l.text = QRect(innerLeft, top + headerHeight + headerGap, innerWidth, textHeight);
    l.height = bubbleHeight + 2 * outerMarginY;
    return l;
}

void MessageDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index, option.rect.width());
    const auto direction = static_cast<Direction>(index.data(ThreadModel::DirectionRole).toInt());
    const auto visibility
        = static_cast<Visibility>(index.data(ThreadModel::VisibilityRole).toInt());
    const bool note = index.data(ThreadModel::IsNoteRole).toBool();
    const Colors colors = colorsFor(direction, visibility, note);

    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));

    const QRectF bubble = QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(bubble, radius, radius);
    painter->fillPath(path, colors.bubble);
    // The accent stripe, clipped to the rounded bubble.
    painter->save();
    painter->setClipPath(path, Qt::IntersectClip);
    const QRectF stripe = direction == Direction::In
        ? QRectF(bubble.left(), bubble.top(), stripeWidth, bubble.height())
        : QRectF(bubble.right() - stripeWidth, bubble.top(), stripeWidth, bubble.height());
    painter->fillRect(stripe, colors.accent);
    painter->restore();
    const bool current
        = (opt.state & QStyle::State_Selected) || (opt.state & QStyle::State_HasFocus);
    QPen border(
        current ? opt.palette.color(QPalette::Highlight) : colors.border, current ? 2.0 : 1.0);
    if (note && !current)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);

    // Badge: public and private are told apart by word and by colour.
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.badgeBackground);
    painter->drawRoundedRect(QRectF(l.badge), 4.0, 4.0);
    painter->setFont(badgeFont(opt.font));
    painter->setPen(colors.badgeText);
    painter->drawText(l.badge, Qt::AlignCenter, index.data(ThreadModel::BadgeRole).toString());

    painter->setFont(authorFont(opt.font));
    painter->setPen(textColor);
    painter->drawText(l.author, Qt::AlignLeft | Qt::AlignVCenter, l.authorText);

    painter->setFont(timeFont(opt.font));
    painter->setPen(mutedColor);
    painter->drawText(
        l.time, Qt::AlignLeft | Qt::AlignVCenter, index.data(ThreadModel::TimeTextRole).toString());

    painter->setFont(opt.font);
    painter->setPen(textColor);
    painter->drawText(l.text, textFlags, bodyText(index));
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = viewWidth(option);
    if (width != m_sizesWidth || option.font != m_sizesFont) {
        m_sizes.clear();
        m_sizesWidth = width;
        m_sizesFont = option.font;
    }
    const qint64 id = index.data(ThreadModel::MessageIdRole).toLongLong();
    // The time is left out: it moves the bubble's width by a few pixels at most, never its height.
    const size_t content = qHashMulti(0, index.data(ThreadModel::TextRole).toString(),
        index.data(ThreadModel::AttachmentsTextRole).toString(),
        index.data(ThreadModel::AuthorRole).toString(),
        index.data(ThreadModel::BadgeRole).toString(),
        index.data(ThreadModel::DirectionRole).toInt());
    const auto cached = m_sizes.constFind(id);
    if (cached != m_sizes.constEnd() && cached->content == content)
        return cached->size;

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index, width);
    // Narrower than the view, so the list never grows a horizontal scroll bar; the view
    // stretches the row to its width anyway.
    const QSize size(qMin(width, l.bubble.right() + 1 + outerMarginX), l.height);
    if (m_sizes.size() > 50000)
        m_sizes.clear();
    m_sizes.insert(id, CachedSize { content, size });
    return size;
}

} // namespace CareDesk
