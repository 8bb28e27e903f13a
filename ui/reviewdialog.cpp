// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reviewdialog.h"

#include "app/core/futures.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    QString titleFor(const QString &key)
    {
        for (RubricCriterion c : Rubric::allCriteria()) {
            if (Rubric::criterionKey(c) == key)
                return Rubric::criterionTitle(c);
        }
        return key;
    }
} // namespace

ReviewDialog::ReviewDialog(ReplyReviewRepository &reviews, const ReplyReview &review,
    const QString &replyText, const QString &agentName, QWidget *parent)
    : QDialog(parent)
    , m_reviews(reviews)
    , m_review(review)
{
    setObjectName(u"reviewDialog"_s);
    setWindowTitle(tr("Review reply"));
    setAccessibleName(tr("Review reply"));
    auto *layout = new QVBoxLayout(this);

    auto *who
        = new QLabel(agentName.isEmpty() ? tr("Reply") : tr("Reply by %1").arg(agentName), this);
    who->setTextFormat(Qt::PlainText);
    layout->addWidget(who);
    auto *text = new QLabel(replyText, this);
    text->setObjectName(u"reviewReplyText"_s);
    text->setTextFormat(Qt::PlainText); // platform text: never rich text
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setFrameShape(QFrame::StyledPanel);
    text->setAccessibleName(tr("Reviewed reply"));
    layout->addWidget(text);

    m_table = new QTableWidget(int(m_review.points.size()), 4, this);
    m_table->setObjectName(u"reviewPoints"_s);
    m_table->setAccessibleName(tr("Rubric points"));
    m_table->setHorizontalHeaderLabels({ tr("Point"), tr("Why"), tr("Auto"), tr("Score") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    for (int row = 0; row < m_review.points.size(); ++row) {
        const ReviewPoint &p = m_review.points.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(titleFor(p.key)));
        m_table->setItem(row, 1,
            new QTableWidgetItem(p.applicable ? p.reason : tr("Does not apply: %1").arg(p.reason)));
        m_table->setItem(
            row, 2, new QTableWidgetItem(tr("%1 of %2").arg(p.autoPoints).arg(p.maxPoints)));
        auto *spin = new QSpinBox(m_table);
        spin->setObjectName(u"reviewPoint_"_s + p.key);
        spin->setRange(0, p.maxPoints);
        spin->setValue(p.points);
        spin->setEnabled(p.applicable);
        spin->setSuffix(tr(" of %1").arg(p.maxPoints));
        spin->setAccessibleName(tr("Score for %1").arg(titleFor(p.key)));
        connect(spin, &QSpinBox::valueChanged, this, [this, row](int value) {
            m_review.points[row].points = value;
            updateTotal();
        });
        m_table->setCellWidget(row, 3, spin);
        m_spins.append(spin);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(u"reviewTotal"_s);
    m_total->setAccessibleName(tr("Total"));
    layout->addWidget(m_total);

    auto *form = new QFormLayout;
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setAccessibleName(tr("Reviewer's comment"));
    m_comment->setPlaceholderText(tr("What was good, what to do next time"));
    m_comment->setMaximumHeight(fontMetrics().height() * 5);
    form->addRow(tr("&Comment:"), m_comment);
    m_showcase = new QCheckBox(tr("&Worth showing in training"), this);
    m_showcase->setObjectName(u"reviewShowcase"_s);
    m_showcase->setAccessibleName(tr("Worth showing in training"));
    form->addRow(QString(), m_showcase);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"reviewSave"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateTotal();
    resize(760, 560);
}

ReplyReview ReviewDialog::review() const
{
    ReplyReview r = m_review;
    r.comment = m_comment->toPlainText().trimmed();
    r.showcase = m_showcase->isChecked();
    ReplyReviews::sum(r);
    return r;
}

bool ReviewDialog::setPoints(const QString &key, int points)
{
    for (int row = 0; row < m_review.points.size(); ++row) {
        if (m_review.points.at(row).key == key) {
            m_spins.at(row)->setValue(points);
            return true;
        }
    }
    return false;
}

void ReviewDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

void ReviewDialog::setShowcase(bool showcase)
{
    m_showcase->setChecked(showcase);
}

void ReviewDialog::updateTotal()
{
    const ReplyReview r = review();
    int overridden = 0;
    for (const ReviewPoint &p : r.points)
        overridden += p.applicable && p.overridden() ? 1 : 0;
    m_total->setText(overridden == 0
            ? tr("Total: %1 of %2 (%3%)").arg(r.total).arg(r.maximum).arg(r.percent())
            : tr("Total: %1 of %2 (%3%), %n point(s) overridden", nullptr, overridden)
                  .arg(r.total)
                  .arg(r.maximum)
                  .arg(r.percent()));
}

void ReviewDialog::save()
{
    if (m_saving)
        return;
    m_saving = true;
    m_buttons->setEnabled(false);
    m_reviews.save(review()).then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<ReplyReview> &stored) {
            m_saving = false;
            m_buttons->setEnabled(true);
            if (!stored.ok()) {
                m_error->setText(stored.error().message);
                m_error->show();
                return;
            }
            Q_EMIT saved(stored.value());
            accept();
        }));
}

} // namespace CareDesk
