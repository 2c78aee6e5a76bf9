// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictspage.h"

#include "desksession.h"
#include "liststyle.h"
#include "pageactions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

ConflictsPage::ConflictsPage(DeskSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_message(new QLabel(this)),
      m_keep(new QPushButton(tr("&Keep the value in force (Ctrl+K)"), this)),
      m_take(new QPushButton(tr("&Take the other value (Ctrl+T)"), this))
{
    auto *title = new QLabel(tr("Conflicts"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    const bool supervisor = session.agent().role != Role::Agent;
    auto *hint = new QLabel(supervisor
        ? tr("Two offices changed the same field apart: the later change is in force, the other value is kept here. "
             "Choose which stays; every office receives the decision at its next sync.")
        : tr("Two offices changed the same field apart: the later change is in force, the other value is kept here "
             "until a superviseur settles it."), this);
    hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Value in force"), tr("Other value"), tr("Written on")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setAccessibleDescription(tr("Each line: a field two offices changed apart, the value in force and the other one."));
    setEmptyListText(m_table, supervisor ? tr("No conflict to settle: every office holds the same values.")
                                         : tr("No conflict: every office holds the same values."));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_keep->setEnabled(supervisor);
    m_take->setEnabled(supervisor);
    m_keep->setObjectName(QStringLiteral("keep"));
    m_take->setObjectName(QStringLiteral("take"));
    connect(m_keep, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_take, &QPushButton::clicked, this, [this] { settle(true); });
    new ButtonAction(tr("&Keep the value in force"), QKeySequence(Qt::CTRL | Qt::Key_K), m_keep, this);
    new ButtonAction(tr("&Take the other value"), QKeySequence(Qt::CTRL | Qt::Key_T), m_take, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_take);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    setFocusProxy(m_table);
}

QString ConflictsPage::fieldLabel(const QString &entity, const QString &field)
{
    static const QList<QPair<QString, const char *>> labels{
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")}, {QStringLiteral("used_name"), QT_TR_NOOP("Used name")},
        {QStringLiteral("first_names"), QT_TR_NOOP("First names")}, {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")}, {QStringLiteral("birth_place_code"), QT_TR_NOOP("Birth place (INSEE code)")},
        {QStringLiteral("birth_place_name"), QT_TR_NOOP("Birth place")}, {QStringLiteral("birth_country"), QT_TR_NOOP("Birth country")},
        {QStringLiteral("address_line"), QT_TR_NOOP("Address")}, {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("City")}, {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")}, {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")}, {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("service"), QT_TR_NOOP("Service")}, {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")}, {QStringLiteral("data"), QT_TR_NOOP("Form")},
        {QStringLiteral("missing_documents"), QT_TR_NOOP("Missing documents")}};
    Q_UNUSED(entity);
    for (const auto &[key, label] : labels)
        if (key == field)
            return tr(label);
    return field;
}

QString ConflictsPage::valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

void ConflictsPage::refresh()
{
    const int row = m_table->currentRow();
    auto open = ConflictRepository(m_session.database()).open();
    m_conflicts = open ? *open : QList<ConflictRepository::Conflict>();
    if (!open)
        m_message->setText(open.error().message);
    m_table->setRowCount(int(m_conflicts.size()));
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const auto &c = m_conflicts.at(i);
        QStringList others, when;
        for (const auto &o : c.others) {
            others << valueText(o.value);
            when << listDateTime(o.at);
        }
        const QStringList cells{c.record, fieldLabel(c.entity, c.field), valueText(c.current), others.join(QStringLiteral(" / ")),
                                when.join(QStringLiteral(" / "))};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
    // Each column as wide as what it holds (dates in full); the last takes the rest.
    m_table->resizeColumnsToContents();
    if (!m_conflicts.isEmpty())
        m_table->selectRow(qBound(0, row, int(m_conflicts.size()) - 1));
    else if (open)
        m_message->clear();  // the list says it is empty
}

void ConflictsPage::settle(bool takeOther)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const auto &c = m_conflicts.at(row);
    if (takeOther && !ConflictRepository::canTakeOther(c.entity, c.field)) {
        m_message->setText(tr("A case's status moves through the case window (F3): keep the value in force here."));
        return;
    }
    // Several other values: the most recent one is taken.
    auto done = ConflictRepository(m_session.database()).settle(c, takeOther ? int(c.others.size()) - 1 : -1,
                                                                 m_session.agent().id);
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    const QString what = tr("Settled: %1, %2.").arg(c.record, fieldLabel(c.entity, c.field));
    refresh();
    m_message->setText(what);
    emit settled();
}

} // namespace guichet
