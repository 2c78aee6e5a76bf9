// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;
class QWidget;

namespace guichet {

/// What a receipt says: enough for the person to follow the request.
struct ReceiptData
{
    QString officeName;
    QString officeAddress;
    QString officePhone;
    QString trackingNumber;
    QDateTime createdAt;
    QString procedureTitle;
    QString summary;
    QString personName;
    QString channel;
    QString agentName;
    QString answer;
    QStringList missingDocuments;
    QDate dueDate;                 ///< the date the answer is due by law or by promise; null: no such line
    QString releaseId;
    QDateTime reprintedAt;         ///< when this copy was printed again from the stored case; null for the first print
};

/// The tracking number as a QR code (libqrencode), one pixel per module,
/// with the 4-module quiet zone. Null image if the text cannot be encoded.
QImage qrCodeImage(const QString &text);

/// Draws the receipt on any paged device (PDF writer or printer), on as many
/// pages as it needs: every page after the first repeats the office and the
/// tracking number, every page ends with "page n/N"; returns the page count.
int renderReceipt(QPainter &painter, QPagedPaintDevice &device, const ReceiptData &data);

/// Writes the receipt as an A5 PDF (beside, then renamed: never half a file).
Result<void> writeReceiptPdf(const ReceiptData &data, const QString &path);

/// Asks for a printer and prints the receipt on A5; false when the agent cancelled.
bool printReceipt(const ReceiptData &data, QWidget *parent);

} // namespace guichet
