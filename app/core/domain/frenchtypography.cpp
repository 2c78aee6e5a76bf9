// SPDX-License-Identifier: GPL-3.0-or-later
#include "frenchtypography.h"

#include <QRegularExpression>

namespace guichet::frenchtypography {

namespace {

bool isLineSpace(QChar c)
{
    return c == u'\t' || c.category() == QChar::Separator_Space;
}

/// Drops the spaces that end `out`; true when there were some.
bool chopSpaces(QString &out)
{
    qsizetype n = out.size();
    while (n > 0 && isLineSpace(out.at(n - 1)))
        --n;
    const bool had = n < out.size();
    out.truncate(n);
    return had;
}

QString firstOfMonth(const QString &text)
{
    // "1" alone (not the end of "21", "1.1" or "A1"), then a French month.
    static const QRegularExpression first(
        QStringLiteral("(?<![\\p{L}\\p{N}.,])1(?=\\h+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                       "octobre|novembre|décembre)\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out = text;
    return out.replace(first, QStringLiteral("1er"));
}

} // namespace

QString normalize(const QString &text)
{
    const QString in = firstOfMonth(text.normalized(QString::NormalizationForm_C));
    QString out;
    out.reserve(in.size() + 8);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        switch (c.unicode()) {
        case u':':
        case u';':
        case u'!':
        case u'?':
            if (chopSpaces(out))
                out.append(c == u':' ? NoBreakSpace : NarrowNoBreakSpace);
            out.append(c);
            break;
        case u'»':
            chopSpaces(out);
            if (!out.isEmpty() && out.back() != u'\n')
                out.append(NoBreakSpace);
            out.append(c);
            break;
        case u'«':
            out.append(c);
            while (i + 1 < in.size() && isLineSpace(in.at(i + 1)))
                ++i;
            if (i + 1 < in.size() && in.at(i + 1) != u'\n')
                out.append(NoBreakSpace);
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

} // namespace guichet::frenchtypography
