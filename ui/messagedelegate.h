// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace CareDesk {

/// Paints a thread message as a bubble: the customer's on the left, ours on the right, each
/// with a badge telling a public post from a private message, the author and the time. The
/// text is untrusted platform text and is drawn as plain text, word-wrapped to the view.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)

public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout;
    struct CachedSize {
        size_t content = 0; ///< what the size was measured for
        QSize size;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    /// Measured sizes by message id, for one width and font: a view lays out every row again
    /// whenever rows come in front (older messages paged in), and measuring wrapped text is the
    /// expensive part of that. Checked against the text, attachments, author and badge.
    mutable QHash<qint64, CachedSize> m_sizes;
    mutable int m_sizesWidth = -1;
    mutable QFont m_sizesFont;
};

} // namespace CareDesk
