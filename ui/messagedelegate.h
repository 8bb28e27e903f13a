// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace CareDesk
