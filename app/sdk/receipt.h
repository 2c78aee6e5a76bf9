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
    QDate dueDate;
    QString releaseId;
};

/// The tracking number as a QR code (libqrencode), one pixel per module,
/// with the 4-module quiet zone. Null image if the text cannot be encoded.
QImage qrCodeImage(const QString &text);

/// Draws the receipt on any paged device (PDF writer or printer).
void renderReceipt(QPainter &painter, QPagedPaintDevice &device, const ReceiptData &data);

/// Writes the receipt as an A5 PDF.
Result<void> writeReceiptPdf(const ReceiptData &data, const QString &path);

} // namespace guichet
