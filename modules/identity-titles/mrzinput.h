// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "identity/mrz.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;

namespace guichet {

/// The machine-readable zone of a passport or an identity card, typed by the
/// agent or by a document reader that acts as a keyboard (each line arrives
/// as fast keystrokes ending with Enter). Enter goes to the next line while
/// the zone is incomplete; the zone is read when its last line is entered
/// (or when the field is left), and the line beneath says what was read or
/// which check digit fails. Ctrl+Delete empties it.
///
/// Written once for every module that reads titles; it knows nothing of the
/// form around it: the form listens to read() and fills its own fields.
class MrzInput : public QWidget
{
    Q_OBJECT

public:
    explicit MrzInput(QWidget *parent = nullptr);

    /// The day the zone is read, which fixes the century of birth dates;
    /// today by default.
    void setReferenceDate(std::function<QDate()> today) { m_today = std::move(today); }

    QString text() const;
    void setText(const QString &text);
    void clear();

    /// The last zone read, if the text currently holds a valid one.
    std::optional<identity::MrzData> data() const { return m_data; }
    /// Why the text does not read, once it was entered; nullopt when it reads or is empty.
    std::optional<Error> error() const { return m_error; }
    bool isEmpty() const;

    /// Sets a note shown under the zone after a successful read (e.g. what
    /// the form did with it), replacing the default summary; a warning
    /// (names or birth date that differ) is shown like an error.
    void setNote(const QString &note, bool warning = false);

    /// The line under the zone, as shown.
    QString statusText() const;

Q_SIGNALS:
    /// A complete zone read with every check digit right.
    void read(const guichet::identity::MrzData &data);
    /// The text changed away from a zone read (typing, clearing).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Reads the zone when it is complete; `final` also reports a zone of the
    /// wrong shape (the agent left the field or pressed Enter on a full zone).
    void evaluate(bool final);
    void showStatus(const QString &text, bool problem);
    void fitToZone();
    QString summary(const identity::MrzData &d) const;
    /// True when more lines may still come (all lines so far fit one format).
    static bool isPrefixOfZone(const QStringList &lines);

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    std::function<QDate()> m_today;
    std::optional<identity::MrzData> m_data;
    std::optional<Error> m_error;
    bool m_settingText = false;
};

} // namespace guichet
