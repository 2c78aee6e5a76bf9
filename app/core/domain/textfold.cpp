// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

namespace guichet::textfold {

namespace {

bool isJoiner(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019) /* ’ */
           || c == QChar(0x2010) || c == QChar(0x2011) || c == QLatin1Char('.');
}

} // namespace

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x0153: case 0x0152: out += QLatin1String("oe"); break;  // œ Œ
        case 0x00e6: case 0x00c6: out += QLatin1String("ae"); break;  // æ Æ
        case 0x00df: out += QLatin1String("ss"); break;               // ß
        default: out += c.toLower();
        }
    }
    return out;
}

QStringList indexTerms(const QString &name)
{
    QStringList terms;
    const QStringList words = fold(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString joined;
        QString part;
        int parts = 0;
        for (const QChar c : word) {
            if (isJoiner(c)) {
                if (!part.isEmpty()) { terms << part; ++parts; }
                part.clear();
            } else if (c.isLetterOrNumber()) {
                part += c;
                joined += c;
            }
        }
        if (!part.isEmpty()) { terms << part; ++parts; }
        if (parts > 1)
            terms << joined;
    }
    // "Le Gall" is also typed "legall", "de La Fontaine" "delafontaine".
    if (words.size() > 1) {
        QString whole;
        for (const QString &word : words)
            for (const QChar c : word)
                if (c.isLetterOrNumber())
                    whole += c;
        terms << whole;
    }
    return terms;
}

QStringList queryTerms(const QString &typed)
{
    QStringList terms;
    const QStringList words = fold(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString term;
        for (const QChar c : word)
            if (c.isLetterOrNumber())
                term += c;
        if (!term.isEmpty())
            terms << term;
    }
    return terms;
}

QStringList words(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

} // namespace guichet::textfold
