// SPDX-License-Identifier: GPL-3.0-or-later
#include "mrzinput.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

namespace {

/// The shapes of a whole zone: lines × characters.
bool isWholeZone(const QStringList &lines)
{
    const auto all = [&](int n) {
        return std::all_of(lines.cbegin(), lines.cend(), [n](const QString &l) { return l.size() == n; });
    };
    return (lines.size() == 2 && (all(44) || all(36))) || (lines.size() == 3 && all(30));
}

// The desk's style sheet colours for errors and successes (resources/style/desk.qss).
const char *const ProblemStyle = "background: #fff0f0; border-left: 4px solid #ce0500; padding: 4px; color: #6e0000;";
const char *const ReadStyle = "background: #effaf0; border-left: 4px solid #18753c; padding: 4px; color: #0b3d1e;";
const char *const NeutralStyle = "padding: 4px; color: #3a3a3a;";

} // namespace

MrzInput::MrzInput(QWidget *parent) : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("mrzText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setWordWrapMode(QTextOption::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fitToZone();
    m_edit->setPlaceholderText(tr("Scan the title with the reader, or type the 2 or 3 lines at the bottom of "
                                  "its photo page, Enter after each."));
    m_edit->installEventFilter(this);
    // A label's mnemonic gives the focus only to a widget that takes it; the
    // proxy passes it on to the text.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_edit);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(QLatin1String(NeutralStyle));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    m_status->hide();

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        const bool hadData = m_data.has_value();
        m_data.reset();
        m_error.reset();
        evaluate(false);
        if (hadData && !m_data)
            Q_EMIT changed();
    });
}

QString MrzInput::text() const
{
    return m_edit->toPlainText();
}

void MrzInput::setText(const QString &text)
{
    m_edit->setPlainText(text);
    evaluate(true);
}

void MrzInput::clear()
{
    m_edit->clear();
}

bool MrzInput::isEmpty() const
{
    return identity::normalizeMrzLines(text()).isEmpty();
}

void MrzInput::setNote(const QString &note, bool warning)
{
    if (m_data)
        showStatus(note, warning);
}

QString MrzInput::statusText() const
{
    return m_status->text();
}

bool MrzInput::isPrefixOfZone(const QStringList &lines)
{
    if (lines.size() == 1)
        return lines.first().size() <= 44;
    if (lines.size() == 2)
        return lines.at(0).size() == 30 && lines.at(1).size() <= 30;
    return false;
}

void MrzInput::evaluate(bool final)
{
    const QStringList lines = identity::normalizeMrzLines(text());
    if (lines.isEmpty()) {
        m_data.reset();
        m_error.reset();
        m_status->clear();
        m_status->hide();
        return;
    }
    if (!isWholeZone(lines) && !final) {
        // More is coming: say where the reading stands, without an error yet.
        m_error.reset();
        const QString last = lines.last();
        if (text().endsWith(u'\n'))
            showStatus(tr("Line %1 entered (%2 characters): type or scan line %3.")
                           .arg(lines.size()).arg(last.size()).arg(lines.size() + 1), false);
        else
            showStatus(tr("Line %1: %2 characters.").arg(lines.size()).arg(last.size()), false);
        m_status->setStyleSheet(QLatin1String(NeutralStyle));
        return;
    }
    const QDate today = m_today ? m_today() : QDate::currentDate();
    const auto result = identity::parseMrz(text(), today);
    if (!result) {
        m_data.reset();
        m_error = result.error();
        showStatus(result.error().message, true);
        return;
    }
    m_error.reset();
    // The same zone again (Enter after a last line already read): it was
    // reported, and the note the form added stays.
    if (m_data && identity::generateMrz(*m_data) == identity::generateMrz(*result))
        return;
    m_data = *result;
    showStatus(summary(*result), false);
    Q_EMIT read(*result);
}

void MrzInput::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(QLatin1String(problem ? ProblemStyle : ReadStyle));
    m_status->show();
}

QString MrzInput::summary(const identity::MrzData &d) const
{
    const QString kind = d.isPassport() ? tr("Passport") : tr("Identity card");
    const QString names = d.givenNames.isEmpty() ? d.surname : d.surname + u' ' + d.givenNamesText();
    QString text = d.expiryDate.isValid()
        ? tr("Read: %1 %2, %3, born on %4, expires on %5.")
              .arg(kind, d.documentNumber, names, d.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                   d.expiryDate.toString(QStringLiteral("dd/MM/yyyy")))
        : tr("Read: %1 %2, %3, born on %4; this card's zone has no expiry date.")
              .arg(kind, d.documentNumber, names, d.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    if (d.namesTruncated)
        text += u' ' + tr("The names fill the zone and may be cut: check them against the printed page.");
    return text;
}

void MrzInput::fitToZone()
{
    // Three lines of a passport's 44 characters, without scrolling, in the
    // font the style sheet finally gives.
    const QFontMetrics metrics = m_edit->fontMetrics();
    const int margins = 2 * int(m_edit->document()->documentMargin()) + 2 * m_edit->frameWidth() + 4;
    m_edit->setMinimumWidth(metrics.horizontalAdvance(QString(44, u'<')) + margins);
    m_edit->setFixedHeight(metrics.lineSpacing() * 3 + margins);
}

bool MrzInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::Polish)
        fitToZone();
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && (key->modifiers() & Qt::ControlModifier)) {
            m_edit->clear();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QStringList lines = identity::normalizeMrzLines(text());
            const bool atEnd = m_edit->textCursor().atEnd();
            if (lines.isEmpty())
                return true;  // nothing to end: keep the field clean
            if (isWholeZone(lines) || !atEnd || !isPrefixOfZone(lines)) {
                // The last line, a stray Enter after it, or a zone that cannot
                // be completed: read it now and say what is wrong.
                if (atEnd || isWholeZone(lines)) {
                    evaluate(true);
                    return true;
                }
                return false;
            }
            // A line of an incomplete zone: go to the next one.
            if (!text().endsWith(u'\n'))
                m_edit->insertPlainText(QStringLiteral("\n"));
            return true;
        }
    } else if (event->type() == QEvent::FocusOut) {
        if (!isEmpty() && !m_data)
            evaluate(true);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
