// SPDX-License-Identifier: GPL-3.0-or-later
#include "mrz.h"

#include "domain/textfold.h"

#include <QCoreApplication>

#include <optional>

// Messages are written out as QCoreApplication::translate("Mrz", …) at each
// call so that lupdate files them all under one context.

namespace guichet::identity {

namespace {

constexpr QChar Filler = u'<';

/// A run of characters of one line of the zone.
struct Span
{
    int line;
    int start;
    int length;
};

QStringView at(const QStringList &lines, Span s)
{
    return QStringView(lines.at(s.line)).mid(s.start, s.length);
}

/// The text of a field without its fillers at either end.
QString field(const QStringList &lines, Span s)
{
    QString text = at(lines, s).toString();
    while (text.endsWith(Filler))
        text.chop(1);
    while (text.startsWith(Filler))
        text.remove(0, 1);
    return text;
}

bool isMrzChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == Filler;
}

int charValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    if (c == Filler)
        return 0;
    return -1;
}

QChar digitChar(int digit)
{
    return QChar(u'0' + digit);
}

QString pad(const QString &text, int length)
{
    QString out = text.left(length);
    while (out.size() < length)
        out.append(Filler);
    return out;
}

QString yymmdd(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyMMdd")) : QString(6, Filler);
}

/// Names of a TD1/TD2/TD3 name zone: "ERIKSSON<<ANNA<MARIA<<<<".
void readIcaoNames(QStringView zone, MrzData &out)
{
    out.namesTruncated = !zone.isEmpty() && zone.back() != Filler;
    const qsizetype split = zone.indexOf(QStringView(u"<<"));
    const QStringView primary = split < 0 ? zone : zone.left(split);
    const QStringView secondary = split < 0 ? QStringView() : zone.mid(split + 2);
    QStringList surnameParts;
    for (const auto part : primary.split(Filler, Qt::SkipEmptyParts))
        surnameParts << part.toString();
    out.surname = surnameParts.join(u' ');
    out.givenNames.clear();
    for (const auto part : secondary.split(Filler, Qt::SkipEmptyParts))
        out.givenNames << part.toString();
}

QString icaoNames(const MrzData &data, int length)
{
    QStringList given;
    for (const QString &g : data.givenNames)
        given << mrzName(g);
    QString names = mrzName(data.surname);
    if (!given.isEmpty())
        names += QStringLiteral("<<") + given.join(Filler);
    return pad(names, length);
}

QString fieldLabel(const QString &key, MrzFormat format)
{
    if (key == QLatin1String("documentNumber"))
        return QCoreApplication::translate("Mrz", "Document number");
    if (key == QLatin1String("birthDate"))
        return QCoreApplication::translate("Mrz", "Birth date");
    if (key == QLatin1String("expiryDate"))
        return QCoreApplication::translate("Mrz", "Expiry date");
    if (key == QLatin1String("optionalData"))
        return format == MrzFormat::Td3 ? QCoreApplication::translate("Mrz", "Personal number")
                                        : QCoreApplication::translate("Mrz", "Optional data");
    if (key == QLatin1String("sex"))
        return QCoreApplication::translate("Mrz", "Sex");
    return QCoreApplication::translate("Mrz", "Overall check digit");
}

/// Reads one zone, keeping the first problem met in reading order.
class Reader
{
public:
    Reader(const QStringList &lines, MrzFormat format, const QDate &reference)
        : m_lines(lines), m_format(format), m_reference(reference)
    {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    /// Verifies the check digit at `digit` over the concatenation of `spans`.
    /// With `fillerAllowed`, a data run of fillers only may carry '<' as its
    /// check digit (ICAO 9303 for an unused personal number).
    void check(const char *key, std::initializer_list<Span> spans, Span digit, bool fillerAllowed = false)
    {
        if (failed())
            return;
        QString data;
        for (const Span &s : spans)
            data += at(m_lines, s);
        const int expected = mrzCheckDigit(data);
        const QChar read = at(m_lines, digit).front();
        if (fillerAllowed && read == Filler && data.count(Filler) == data.size())
            return;
        if (read == digitChar(expected))
            return;
        m_error = Error::invalid(QLatin1String(key),
            QCoreApplication::translate("Mrz",
                "%1: check digit %2 expected, %3 read. A character of this field or its check digit "
                "was misread, or the document was altered: read the document again, or type the "
                "line exactly as printed.")
                .arg(fieldLabel(QLatin1String(key), m_format)).arg(expected).arg(read));
    }

    /// A YYMMDD date: a birth date is never after the reference day; another
    /// date takes the century that brings it nearest to the reference day.
    QDate date(const char *key, Span s, bool birth)
    {
        if (failed())
            return {};
        const QString text = at(m_lines, s).toString();
        bool ok = text.size() == 6;
        for (const QChar c : text)
            ok = ok && c.isDigit();
        const int yy = ok ? text.left(2).toInt() : 0;
        const int mm = ok ? text.mid(2, 2).toInt() : 0;
        const int dd = ok ? text.mid(4, 2).toInt() : 0;
        QDate chosen;
        if (ok) {
            const QDate late(2000 + yy, mm, dd);
            const QDate early(1900 + yy, mm, dd);
            if (birth) {
                chosen = late.isValid() && late <= m_reference ? late : early;
            } else if (late.isValid() && early.isValid()) {
                chosen = qAbs(late.daysTo(m_reference)) <= qAbs(early.daysTo(m_reference)) ? late : early;
            } else {
                chosen = late.isValid() ? late : early;
            }
        }
        if (!chosen.isValid()) {
            m_error = Error::invalid(QLatin1String(key),
                QCoreApplication::translate("Mrz",
                    "%1: \"%2\" is not a date (expected year, month and day as YYMMDD). Read the "
                    "document again, or type the line exactly as printed.")
                    .arg(fieldLabel(QLatin1String(key), m_format), text));
            return {};
        }
        if (birth && chosen > m_reference) {
            m_error = Error::invalid(QLatin1String(key),
                QCoreApplication::translate("Mrz",
                    "%1: %2 is after today. Read the document again, or type the line exactly as printed.")
                    .arg(fieldLabel(QLatin1String(key), m_format), chosen.toString(QStringLiteral("dd/MM/yyyy"))));
            return {};
        }
        return chosen;
    }

    QChar sex(Span s)
    {
        if (failed())
            return {};
        const QChar c = at(m_lines, s).front();
        if (c == u'M' || c == u'F')
            return c;
        if (c == Filler || c == u'X')
            return u'X';
        m_error = Error::invalid(QStringLiteral("sex"),
            QCoreApplication::translate("Mrz",
                "Sex: \"%1\" read where M, F or < is expected. Read the document again, or type the "
                "line exactly as printed.")
                .arg(c));
        return {};
    }

private:
    const QStringList &m_lines;
    MrzFormat m_format;
    QDate m_reference;
    std::optional<Error> m_error;
};

Result<MrzData> readTd3(const QStringList &l, const QDate &reference)
{
    MrzData d;
    d.format = MrzFormat::Td3;
    Reader r(l, d.format, reference);
    d.documentCode = field(l, {0, 0, 2});
    d.issuingState = field(l, {0, 2, 3});
    readIcaoNames(at(l, {0, 5, 39}), d);
    d.documentNumber = field(l, {1, 0, 9});
    r.check("documentNumber", {{1, 0, 9}}, {1, 9, 1});
    d.nationality = field(l, {1, 10, 3});
    r.check("birthDate", {{1, 13, 6}}, {1, 19, 1});
    d.birthDate = r.date("birthDate", {1, 13, 6}, true);
    d.sex = r.sex({1, 20, 1});
    r.check("expiryDate", {{1, 21, 6}}, {1, 27, 1});
    d.expiryDate = r.date("expiryDate", {1, 21, 6}, false);
    d.optionalData = field(l, {1, 28, 14});
    r.check("optionalData", {{1, 28, 14}}, {1, 42, 1}, true);
    r.check("composite", {{1, 0, 10}, {1, 13, 7}, {1, 21, 22}}, {1, 43, 1});
    if (r.failed())
        return std::unexpected(r.error());
    return d;
}

Result<MrzData> readTd2(const QStringList &l, const QDate &reference)
{
    MrzData d;
    d.format = MrzFormat::Td2;
    Reader r(l, d.format, reference);
    d.documentCode = field(l, {0, 0, 2});
    d.issuingState = field(l, {0, 2, 3});
    readIcaoNames(at(l, {0, 5, 31}), d);
    d.documentNumber = field(l, {1, 0, 9});
    r.check("documentNumber", {{1, 0, 9}}, {1, 9, 1});
    d.nationality = field(l, {1, 10, 3});
    r.check("birthDate", {{1, 13, 6}}, {1, 19, 1});
    d.birthDate = r.date("birthDate", {1, 13, 6}, true);
    d.sex = r.sex({1, 20, 1});
    r.check("expiryDate", {{1, 21, 6}}, {1, 27, 1});
    d.expiryDate = r.date("expiryDate", {1, 21, 6}, false);
    d.optionalData = field(l, {1, 28, 7});
    r.check("composite", {{1, 0, 10}, {1, 13, 7}, {1, 21, 14}}, {1, 35, 1});
    if (r.failed())
        return std::unexpected(r.error());
    return d;
}

Result<MrzData> readTd1(const QStringList &l, const QDate &reference)
{
    MrzData d;
    d.format = MrzFormat::Td1;
    Reader r(l, d.format, reference);
    d.documentCode = field(l, {0, 0, 2});
    d.issuingState = field(l, {0, 2, 3});
    if (at(l, {0, 14, 1}).front() == Filler && at(l, {0, 15, 1}).front() != Filler) {
        // A number longer than 9 characters goes on in the optional data, its
        // check digit last before the first filler (ICAO 9303 part 5, note j).
        const QStringView rest = at(l, {0, 15, 15});
        qsizetype end = rest.indexOf(Filler);
        if (end < 0)
            end = rest.size();
        const int digitAt = 15 + int(end) - 1;
        d.documentNumber = at(l, {0, 5, 9}).toString() + at(l, {0, 15, digitAt - 15}).toString();
        r.check("documentNumber", {{0, 5, 9}, {0, 15, digitAt - 15}}, {0, digitAt, 1});
        d.optionalData = field(l, {0, digitAt + 1, 30 - digitAt - 1});
    } else {
        d.documentNumber = field(l, {0, 5, 9});
        r.check("documentNumber", {{0, 5, 9}}, {0, 14, 1});
        d.optionalData = field(l, {0, 15, 15});
    }
    r.check("birthDate", {{1, 0, 6}}, {1, 6, 1});
    d.birthDate = r.date("birthDate", {1, 0, 6}, true);
    d.sex = r.sex({1, 7, 1});
    r.check("expiryDate", {{1, 8, 6}}, {1, 14, 1});
    d.expiryDate = r.date("expiryDate", {1, 8, 6}, false);
    d.nationality = field(l, {1, 15, 3});
    d.optionalData2 = field(l, {1, 18, 11});
    r.check("composite", {{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}}, {1, 29, 1});
    readIcaoNames(at(l, {2, 0, 30}), d);
    if (r.failed())
        return std::unexpected(r.error());
    return d;
}

Result<MrzData> readFrench1988(const QStringList &l, const QDate &reference)
{
    MrzData d;
    d.format = MrzFormat::FrenchIdCard1988;
    Reader r(l, d.format, reference);
    d.documentCode = field(l, {0, 0, 2});
    d.issuingState = field(l, {0, 2, 3});
    const QStringView surname = at(l, {0, 5, 25});
    QStringList parts;
    for (const auto part : surname.split(Filler, Qt::SkipEmptyParts))
        parts << part.toString();
    d.surname = parts.join(u' ');
    d.issuingOffice = field(l, {0, 30, 6});
    d.documentNumber = field(l, {1, 0, 12});
    r.check("documentNumber", {{1, 0, 12}}, {1, 12, 1});
    // Given names are separated by two fillers; one filler joins the parts of
    // a compound name ("JEAN<PIERRE").
    const QStringView given = at(l, {1, 13, 14});
    for (const auto name : given.split(QStringView(u"<<"), Qt::SkipEmptyParts)) {
        QStringList nameParts;
        for (const auto part : name.split(Filler, Qt::SkipEmptyParts))
            nameParts << part.toString();
        if (!nameParts.isEmpty())
            d.givenNames << nameParts.join(u' ');
    }
    d.namesTruncated = surname.back() != Filler || given.back() != Filler;
    r.check("birthDate", {{1, 27, 6}}, {1, 33, 1});
    d.birthDate = r.date("birthDate", {1, 27, 6}, true);
    d.sex = r.sex({1, 34, 1});
    r.check("composite", {{0, 0, 36}, {1, 0, 35}}, {1, 35, 1});
    if (r.failed())
        return std::unexpected(r.error());
    // YYMM of issue opens the number.
    const QString issue = d.documentNumber.left(4);
    bool yearOk = false, monthOk = false;
    const int yy = issue.left(2).toInt(&yearOk);
    const int mm = issue.mid(2, 2).toInt(&monthOk);
    if (yearOk && monthOk) {
        QDate month(2000 + yy, mm, 1);
        if (month.isValid() && month > reference)
            month = QDate(1900 + yy, mm, 1);
        d.issueMonth = month;
    }
    return d;
}

} // namespace

QString mrzFormatKey(MrzFormat format)
{
    switch (format) {
    case MrzFormat::Td3: return QStringLiteral("td3");
    case MrzFormat::Td1: return QStringLiteral("td1");
    case MrzFormat::Td2: return QStringLiteral("td2");
    case MrzFormat::FrenchIdCard1988: return QStringLiteral("cni-1988");
    }
    return {};
}

int mrzCheckDigit(QStringView text)
{
    static constexpr int weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int v = charValue(text.at(i));
        if (v < 0)
            return -1;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

QStringList normalizeMrzLines(const QString &text)
{
    QStringList lines;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            lines << current;
        current.clear();
    };
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r')
            flush();
        else if (!c.isSpace())
            current.append(c.toUpper());
    }
    flush();
    // One run of the length of a whole zone: a reader that sends no line break.
    if (lines.size() == 1) {
        const QString all = lines.first();
        const int width = all.size() == 88 ? 44 : all.size() == 90 ? 30 : all.size() == 72 ? 36 : 0;
        if (width > 0) {
            lines.clear();
            for (int i = 0; i < all.size(); i += width)
                lines << all.mid(i, width);
        }
    }
    return lines;
}

Result<MrzData> parseMrz(const QString &text, const QDate &reference)
{
    const QStringList lines = normalizeMrzLines(text);
    QStringList lengths;
    for (const QString &l : lines)
        lengths << QString::number(l.size());
    const auto sameLength = [&](int n) {
        for (const QString &l : lines)
            if (l.size() != n)
                return false;
        return true;
    };
    const bool td3 = lines.size() == 2 && sameLength(44);
    const bool td1 = lines.size() == 3 && sameLength(30);
    const bool twoBy36 = lines.size() == 2 && sameLength(36);
    if (lines.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("mrz"),
            QCoreApplication::translate("Mrz",
                "Machine-readable zone: nothing was read. Read the document again with the reader, or "
                "type the lines at the bottom of the photo page (2 or 3 lines of letters, digits and <).")));
    if (!td3 && !td1 && !twoBy36)
        return std::unexpected(Error::invalid(QStringLiteral("mrz"),
            QCoreApplication::translate("Mrz",
                "Machine-readable zone: lines of %1 characters read; a passport has 2 lines of 44, "
                "an identity card 3 lines of 30 (since 2021) or 2 lines of 36. A line was cut or "
                "lengthened, or one is missing: read the document again, or type the lines exactly "
                "as printed.")
                .arg(lengths.join(QStringLiteral(", ")))));
    for (int i = 0; i < lines.size(); ++i)
        for (int j = 0; j < lines.at(i).size(); ++j)
            if (!isMrzChar(lines.at(i).at(j)))
                return std::unexpected(Error::invalid(QStringLiteral("mrz"),
                    QCoreApplication::translate("Mrz",
                        "Machine-readable zone, line %1, character %2: \"%3\" cannot appear there (only "
                        "A–Z, 0–9 and <). If the reader typed it, check that the reader and the "
                        "workstation use the same keyboard layout; otherwise type the line as printed.")
                        .arg(i + 1).arg(j + 1).arg(lines.at(i).at(j))));
    if (td3)
        return readTd3(lines, reference);
    if (td1)
        return readTd1(lines, reference);
    if (lines.first().startsWith(QLatin1String("IDFRA")))
        return readFrench1988(lines, reference);
    return readTd2(lines, reference);
}

QString mrzName(const QString &name)
{
    // The civil-status fold drops accents and ligatures; ß → SS, Œ → OE.
    const QString folded = textfold::fold(name).toUpper();
    QString out;
    for (const QChar c : folded) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (c == u'\'' || c == u'\u2019')
            continue;
        else if (!out.isEmpty() && !out.endsWith(Filler))
            out.append(Filler);
    }
    while (out.endsWith(Filler))
        out.chop(1);
    return out;
}

QStringList generateMrz(const MrzData &data)
{
    const QChar sex = data.sex == u'M' || data.sex == u'F' ? data.sex : Filler;
    const auto cd = [](const QString &s) { return digitChar(mrzCheckDigit(s)); };
    switch (data.format) {
    case MrzFormat::Td3: {
        const QString l1 = pad(data.documentCode, 2) + pad(data.issuingState, 3) + icaoNames(data, 39);
        const QString number = pad(data.documentNumber, 9);
        const QString birth = yymmdd(data.birthDate);
        const QString expiry = yymmdd(data.expiryDate);
        const QString personal = pad(data.optionalData, 14);
        const QChar personalCd = data.optionalData.isEmpty() ? Filler : cd(personal);
        QString l2 = number + cd(number) + pad(data.nationality, 3) + birth + cd(birth) + sex + expiry
            + cd(expiry) + personal + personalCd;
        l2 += cd(l2.left(10) + l2.mid(13, 7) + l2.mid(21, 22));
        return {l1, l2};
    }
    case MrzFormat::Td2: {
        const QString l1 = pad(data.documentCode, 2) + pad(data.issuingState, 3) + icaoNames(data, 31);
        const QString number = pad(data.documentNumber, 9);
        const QString birth = yymmdd(data.birthDate);
        const QString expiry = yymmdd(data.expiryDate);
        QString l2 = number + cd(number) + pad(data.nationality, 3) + birth + cd(birth) + sex + expiry
            + cd(expiry) + pad(data.optionalData, 7);
        l2 += cd(l2.left(10) + l2.mid(13, 7) + l2.mid(21, 14));
        return {l1, l2};
    }
    case MrzFormat::Td1: {
        QString numberZone;
        if (data.documentNumber.size() > 9) {
            const QString rest = data.documentNumber.mid(9);
            numberZone = data.documentNumber.left(9) + Filler + rest + cd(data.documentNumber);
            if (!data.optionalData.isEmpty())
                numberZone += Filler + data.optionalData;
        } else {
            const QString number = pad(data.documentNumber, 9);
            numberZone = number + cd(number) + data.optionalData;
        }
        const QString l1 = pad(data.documentCode, 2) + pad(data.issuingState, 3) + pad(numberZone, 25);
        const QString birth = yymmdd(data.birthDate);
        const QString expiry = yymmdd(data.expiryDate);
        QString l2 = birth + cd(birth) + sex + expiry + cd(expiry) + pad(data.nationality, 3)
            + pad(data.optionalData2, 11);
        l2 += cd(l1.mid(5, 25) + l2.left(7) + l2.mid(8, 7) + l2.mid(18, 11));
        return {l1, l2, icaoNames(data, 30)};
    }
    case MrzFormat::FrenchIdCard1988: {
        const QString l1 = QStringLiteral("IDFRA") + pad(mrzName(data.surname), 25) + pad(data.issuingOffice, 6);
        QStringList given;
        for (const QString &g : data.givenNames)
            given << mrzName(g);
        const QString number = pad(data.documentNumber, 12);
        const QString birth = yymmdd(data.birthDate);
        QString l2 = number + cd(number) + pad(given.join(QStringLiteral("<<")), 14) + birth + cd(birth) + sex;
        l2 += cd(l1 + l2);
        return {l1, l2};
    }
    }
    return {};
}

} // namespace guichet::identity
