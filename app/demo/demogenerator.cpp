// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demorng.h"
#include "pollingstreets.h"
#include "schooldemo.h"

#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/citizenrepository.h"
#include "store/database.h"
#include "domain/clock.h"
#include "domain/textfold.h"
#include "reference/dispatch.h"
#include "reference/legalclock.h"
#include "reference/referencerelease.h"
#include "reference/workflow.h"
#include "rules/calendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <queue>
#include <unordered_map>
#include <vector>

namespace guichet {

namespace {

using demo::Rng;

QStringList utf8(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

// ---------------------------------------------------------------- people

struct Commune
{
    QString code;
    QString name;
};

struct AbroadPlace
{
    QString country;
    QString city;
};

/// A family of names: people drawn from it get names, birth places and
/// languages that go together.
struct Profile
{
    int weight = 1;
    QStringList family;
    QStringList female;
    QStringList male;
    QStringList girls;          ///< children's first names, when they differ from their parents' generation
    QStringList boys;
    QList<AbroadPlace> abroad;
    double bornAbroad = 0;
    QStringList languages;      ///< besides French
    double otherLanguage = 0;
};

QList<AbroadPlace> places(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QList<AbroadPlace> out;
    for (const auto &[country, city] : items)
        out.append({QString::fromUtf8(country), QString::fromUtf8(city)});
    return out;
}

QList<Profile> profiles()
{
    const QStringList frenchFemale = utf8({
        "Marie", "Anne", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie",
        "Christine", "Martine", "Brigitte", "Nicole", "Jacqueline", "Hélène", "Agnès", "Geneviève", "Thérèse",
        "Odile", "Marie-Claire", "Marie-Thérèse", "Anne-Marie", "Chantal", "Véronique", "Valérie", "Sandrine",
        "Léa", "Manon", "Chloé", "Emma", "Jade", "Louise", "Alice", "Lina", "Rose", "Ambre", "Maëlys", "Camille",
        "Julie", "Céline", "Aurélie", "Émilie", "Anaïs", "Clémence", "Océane", "Zoé", "Inès", "Mélanie",
        "Anne-Sophie", "Margaux", "Justine", "Éloïse", "Lou"});
    const QStringList frenchMale = utf8({
        "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel", "Patrick",
        "Christian", "Gérard", "Jean-Pierre", "Jean-Claude", "Jean-François", "Jean-Luc", "Hervé", "Yves",
        "François", "Joël", "Éric", "Frédéric", "Thierry", "Didier", "René", "Marcel", "Christophe", "Stéphane",
        "Nicolas", "Sébastien", "Julien", "Thomas", "Maxime", "Hugo", "Lucas", "Gabriel", "Léo", "Louis",
        "Raphaël", "Arthur", "Jules", "Adam", "Noé", "Mathéo", "Timothée", "Antoine", "Baptiste", "Théo",
        "Clément", "Romain", "Paul", "Victor", "Nathan", "Benoît"});
    const QStringList bretonFemale = utf8({
        "Nolwenn", "Gwenaëlle", "Maïwenn", "Soizic", "Katell", "Enora", "Rozenn", "Gaëlle", "Morgane", "Solène",
        "Annaïg", "Klervi", "Azilis", "Bleuenn", "Maëlle", "Anaëlle", "Tiphaine", "Awena", "Marie-Anne", "Armelle"});
    const QStringList bretonMale = utf8({
        "Yann", "Erwan", "Gwenaël", "Ronan", "Tanguy", "Loïc", "Goulven", "Maël", "Brieuc", "Corentin", "Killian",
        "Gaël", "Malo", "Tristan", "Alan", "Elouan", "Youenn", "Tugdual", "Pierrick", "Yannick", "Jean-Yves",
        "Mikaël", "Hervé", "Ewen"});

    QList<Profile> all;
    Profile breton;
    breton.weight = 40;
    breton.family = utf8({
        "Le Gall", "Le Goff", "Le Bras", "Le Roux", "Kerhervé", "Kervella", "Quéré", "Guivarc'h", "Le Bihan",
        "Le Borgne", "Tanguy", "Morvan", "Guéguen", "Le Guen", "Caradec", "Cornec", "Abgrall", "L'Hostis",
        "Le Meur", "Le Floc'h", "Jézéquel", "Le Corre", "Prigent", "Salaün", "Paugam", "Le Dantec", "Cloarec",
        "Thépaut", "Riou", "Le Saux", "Bozec", "Le Hir", "Guillou", "Le Moal", "Queffélec", "Piriou", "Kerjean",
        "Le Gac", "Le Berre", "Madec", "Le Duff", "Coat", "Kerboul", "Le Lann", "Pennec", "Le Men", "Kerdraon",
        "Le Scour", "Guézennec", "Tréguer", "Le Cann", "Lagadec", "Le Brun", "Calvez", "Le Coz", "Quéméner",
        "Bothorel", "Kermarrec", "Le Goasduff", "Uguen"});
    // Children at primary school now, born since 2014.
    const QStringList frenchGirls = utf8({
        "Léa", "Manon", "Chloé", "Emma", "Jade", "Louise", "Alice", "Lina", "Rose", "Ambre", "Maëlys", "Camille",
        "Zoé", "Inès", "Lou", "Anna", "Mila", "Iris", "Romy", "Nina", "Julia", "Agathe", "Jeanne", "Léonie"});
    const QStringList frenchBoys = utf8({
        "Gabriel", "Léo", "Louis", "Raphaël", "Arthur", "Jules", "Adam", "Noé", "Mathéo", "Hugo", "Lucas",
        "Nathan", "Tom", "Sacha", "Théo", "Paul", "Victor", "Gaspard", "Timéo", "Marius", "Aaron", "Axel"});
    const QStringList bretonGirls = utf8({
        "Nolwenn", "Maïwenn", "Enora", "Klervi", "Azilis", "Bleuenn", "Maëlle", "Anaëlle", "Awena", "Lilwenn",
        "Gwenn", "Rozenn"});
    const QStringList bretonBoys = utf8({
        "Malo", "Maël", "Elouan", "Youenn", "Ewen", "Tristan", "Nolan", "Gaël", "Titouan", "Erwan", "Corentin",
        "Tugdual"});
    breton.female = frenchFemale + bretonFemale + bretonFemale;
    breton.male = frenchMale + bretonMale + bretonMale;
    breton.girls = frenchGirls + bretonGirls + bretonGirls;
    breton.boys = frenchBoys + bretonBoys + bretonBoys;
    breton.languages = {QStringLiteral("br")};
    breton.otherLanguage = 0.03;
    all << breton;

    Profile french;
    french.weight = 38;
    french.family = utf8({
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
        "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Henry", "Roussel", "Nicolas", "Perrin", "Morin",
        "Mathieu", "Clément", "Gauthier", "Dumont", "Fontaine", "Chevalier", "Robin", "Masson", "Gérard",
        "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Noël", "Meunier", "Marchand", "Dufour", "Blanchard",
        "Barbier", "Brunet", "Leroux", "Colin", "Renard", "Arnaud", "Caron", "Aubert", "Giraud", "Leclerc",
        "Lemoine", "Picard", "Gaillard", "Lacroix", "Fabre", "Dupuis", "Hubert", "Rivière", "Ménard",
        "Fleury", "Deschamps", "Prévost", "Carré", "Rémy", "Benoît", "Jacquet", "Poirier", "Charpentier"});
    french.female = frenchFemale;
    french.male = frenchMale;
    french.girls = frenchGirls;
    french.boys = frenchBoys;
    all << french;

    Profile particle;
    particle.weight = 2;
    particle.family = utf8({
        "de La Fontaine", "de Kergariou", "du Plessis", "de Lesquen", "d'Arvor", "de Kerguelen", "du Couëdic",
        "de La Villemarqué", "de Saint-Pern", "Le Gonidec de Traissan"});
    particle.female = frenchFemale + bretonFemale;
    particle.male = frenchMale + bretonMale;
    particle.girls = frenchGirls + bretonGirls;
    particle.boys = frenchBoys + bretonBoys;
    all << particle;

    Profile irish;
    irish.weight = 2;
    irish.family = utf8({"O'Connor", "O'Neill", "O'Brien", "Murphy", "Kelly", "McCarthy", "Walsh", "Smith", "Jones",
                         "Taylor"});
    irish.female = utf8({"Siobhan", "Aoife", "Emma", "Sarah", "Niamh", "Grace"});
    irish.male = utf8({"Sean", "Patrick", "Liam", "Connor", "James", "Oliver"});
    irish.abroad = places({{"Irlande", "Dublin"}, {"Irlande", "Cork"}, {"Royaume-Uni", "Londres"},
                           {"Royaume-Uni", "Plymouth"}, {"Royaume-Uni", "Cardiff"}});
    irish.bornAbroad = 0.6;
    irish.languages = {QStringLiteral("en")};
    irish.otherLanguage = 0.5;
    all << irish;

    Profile westAfrican;
    westAfrican.weight = 5;
    westAfrican.family = utf8({"N'Diaye", "Diallo", "Traoré", "Sow", "Diop", "Koné", "Camara", "Ba", "Fall", "Cissé",
                               "Keïta", "N'Guessan", "Touré"});
    westAfrican.female = utf8({"Fatoumata", "Aïssatou", "Mariama", "Awa", "Aminata", "Fatou", "Khadija"});
    westAfrican.male = utf8({"Moussa", "Ibrahima", "Mamadou", "Ousmane", "Cheikh", "Abdoulaye", "Seydou"});
    westAfrican.abroad = places({{"Sénégal", "Dakar"}, {"Mali", "Bamako"}, {"Côte d'Ivoire", "Abidjan"},
                                 {"Guinée", "Conakry"}, {"Cameroun", "Douala"}});
    westAfrican.bornAbroad = 0.5;
    all << westAfrican;

    Profile maghreb;
    maghreb.weight = 6;
    maghreb.family = utf8({"Benali", "Haddad", "Bouaziz", "Belkacem", "El Amrani", "Mansouri", "Benyoucef",
                           "Aït Ahmed", "Bensaïd", "Chérif", "Boudiaf", "El Idrissi"});
    maghreb.female = utf8({"Yasmine", "Samira", "Nadia", "Leïla", "Fatima", "Karima", "Salma", "Amina"});
    maghreb.male = utf8({"Karim", "Mehdi", "Youssef", "Rachid", "Mohamed", "Ahmed", "Nassim", "Bilal", "Sofiane"});
    maghreb.abroad = places({{"Maroc", "Casablanca"}, {"Maroc", "Rabat"}, {"Algérie", "Alger"}, {"Algérie", "Oran"},
                             {"Tunisie", "Tunis"}});
    maghreb.bornAbroad = 0.4;
    maghreb.languages = {QStringLiteral("ar")};
    maghreb.otherLanguage = 0.15;
    all << maghreb;

    Profile vietnamese;
    vietnamese.weight = 2;
    vietnamese.family = utf8({"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"});
    vietnamese.female = utf8({"Thị Lan", "Thị Mai", "Linh", "Thu Hà", "Ngọc Anh"});
    vietnamese.male = utf8({"Văn Minh", "Đức Anh", "Quang Huy", "Minh", "Thanh"});
    vietnamese.abroad = places({{"Viêt Nam", "Hô-Chi-Minh-Ville"}, {"Viêt Nam", "Hanoï"}});
    vietnamese.bornAbroad = 0.5;
    vietnamese.languages = {QStringLiteral("vi")};
    vietnamese.otherLanguage = 0.3;
    all << vietnamese;

    Profile central;
    central.weight = 2;
    central.family = utf8({"Müller", "Schmitt", "Schäfer", "Weiß", "Becker", "Kowalski", "Nowak", "Wiśniewski",
                           "Dvořák", "Horváth"});
    central.female = utf8({"Lena", "Katarzyna", "Agnieszka", "Anna", "Jana", "Jördis"});
    central.male = utf8({"Jürgen", "Piotr", "Tomasz", "Lukas", "Stefan", "Jiří"});
    central.abroad = places({{"Allemagne", "Berlin"}, {"Allemagne", "Kiel"}, {"Pologne", "Varsovie"},
                             {"Pologne", "Cracovie"}, {"Tchéquie", "Prague"}});
    central.bornAbroad = 0.5;
    central.languages = {QStringLiteral("de"), QStringLiteral("pl"), QStringLiteral("cs")};
    central.otherLanguage = 0.3;
    all << central;

    Profile iberian;
    iberian.weight = 3;
    iberian.family = utf8({"Da Silva", "Dos Santos", "Ferreira", "Pereira", "Rodrigues", "Gonçalves", "García",
                           "Fernández", "López", "Martínez", "Sánchez"});
    iberian.female = utf8({"Inês", "María", "Ana", "Lucía", "Beatriz", "Joana"});
    iberian.male = utf8({"João", "José", "Miguel", "Carlos", "Tiago", "Álvaro"});
    iberian.abroad = places({{"Portugal", "Porto"}, {"Portugal", "Lisbonne"}, {"Espagne", "Madrid"},
                             {"Espagne", "Vigo"}});
    iberian.bornAbroad = 0.4;
    iberian.languages = {QStringLiteral("pt"), QStringLiteral("es")};
    iberian.otherLanguage = 0.2;
    all << iberian;

    Profile turkish;
    turkish.weight = 1;
    turkish.family = utf8({"Öztürk", "Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Aydın"});
    turkish.female = utf8({"Ayşe", "Elif", "Zeynep", "Fatma"});
    turkish.male = utf8({"Mehmet", "Emre", "Mustafa", "Ahmet"});
    turkish.abroad = places({{"Turquie", "Istanbul"}, {"Turquie", "Ankara"}});
    turkish.bornAbroad = 0.5;
    turkish.languages = {QStringLiteral("tr")};
    turkish.otherLanguage = 0.3;
    all << turkish;
    return all;
}

struct WeightedCommune
{
    Commune commune;
    double weight;
};

/// Birth communes with their INSEE (COG) codes, Brest and Finistère first.
QList<WeightedCommune> birthCommunes()
{
    struct Row { const char *code; const char *name; double weight; };
    static constexpr Row items[] = {
        {"29019", "Brest", 40}, {"29232", "Quimper", 5}, {"29151", "Morlaix", 4}, {"29103", "Landerneau", 4},
        {"29075", "Guipavas", 2}, {"29189", "Plougastel-Daoulas", 1}, {"29235", "Le Relecq-Kerhuon", 1},
        {"29105", "Landivisiau", 2}, {"29124", "Lesneven", 1}, {"29042", "Crozon", 1}, {"29046", "Douarnenez", 1},
        {"29039", "Concarneau", 1}, {"29260", "Saint-Renan", 1}, {"29212", "Plouzané", 1}, {"22113", "Lannion", 1},
        {"22278", "Saint-Brieuc", 2}, {"35238", "Rennes", 5}, {"44109", "Nantes", 3}, {"56121", "Lorient", 2},
        {"56260", "Vannes", 1}, {"75056", "Paris", 5}, {"75115", "Paris 15e Arrondissement", 1},
        {"69123", "Lyon", 2}, {"13055", "Marseille", 2}, {"33063", "Bordeaux", 1}, {"31555", "Toulouse", 1},
        {"59350", "Lille", 1}, {"14118", "Caen", 1}, {"76351", "Le Havre", 1}, {"83137", "Toulon", 1.5},
        {"2A004", "Ajaccio", 0.5}, {"2B033", "Bastia", 0.5}, {"97120", "Pointe-à-Pitre", 0.5},
        {"97209", "Fort-de-France", 0.5}, {"97411", "Saint-Denis", 0.5}, {"97302", "Cayenne", 0.3},
        {"97611", "Mamoudzou", 0.2}};
    QList<WeightedCommune> out;
    for (const Row &row : items)
        out.append({{QString::fromLatin1(row.code), QString::fromUtf8(row.name)}, row.weight});
    return out;
}

/// Streets of Brest (postcode 29200).
QStringList brestStreets()
{
    return utf8({
        "rue de Siam", "rue Jean Jaurès", "rue de Lyon", "rue Louis Pasteur", "rue Frézier", "boulevard Gambetta",
        "rue Victor Hugo", "rue de Paris", "rue Émile Zola", "avenue Georges Clemenceau", "rue Yves Collet",
        "rue Duquesne", "rue Algésiras", "rue d'Aiguillon", "rue de la Porte", "rue Saint-Marc", "rue de Verdun",
        "boulevard de Plymouth", "rue du Château", "rue Branda", "rue Kérabécam", "rue Danton", "rue Anatole France",
        "rue Robespierre", "rue Bruat", "cours Dajot", "quai de la Douane", "rue Massillon", "boulevard Montaigne",
        "rue Vauban", "rue de Glasgow", "rue Paul Dukas", "rue de Kerinou", "rue Pierre Trépos", "rue de Maissin",
        "route du Vieux Saint-Marc", "rue de Quimper", "rue de Saint-Brieuc", "rue Bugeaud", "boulevard de l'Europe",
        "rue Conseil", "place Guérin", "rue Jules Lesven", "rue de Gouesnou", "place de la Liberté",
        "rue Amiral Romain-Desfossés", "rue de l'Harteloire", "rue Traverse", "place Vinet", "rue Poullic al Lor"});
}

struct NearbyCommune
{
    QString name;
    QString postcode;
};

QList<NearbyCommune> nearbyCommunes()
{
    return {{QStringLiteral("Guipavas"), QStringLiteral("29490")},
            {QString::fromUtf8("Plougastel-Daoulas"), QStringLiteral("29470")},
            {QStringLiteral("Le Relecq-Kerhuon"), QStringLiteral("29480")},
            {QStringLiteral("Gouesnou"), QStringLiteral("29850")},
            {QString::fromUtf8("Plouzané"), QStringLiteral("29280")},
            {QStringLiteral("Guilers"), QStringLiteral("29820")},
            {QStringLiteral("Bohars"), QStringLiteral("29820")}};
}

QStringList villageStreets()
{
    return utf8({"rue de Brest", "rue de la Mairie", "rue de l'Église", "route de Brest", "rue du Stade",
                 "allée des Ajoncs", "rue des Écoles", "impasse des Genêts", "rue de Kerhuel",
                 "chemin de Kerdanné"});
}

QStringList mailDomains()
{
    return utf8({"orange.fr", "gmail.com", "gmail.com", "gmail.com", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr",
                 "hotmail.fr", "yahoo.fr", "outlook.fr", "proton.me", "icloud.com"});
}

QStringList noteTexts()
{
    return utf8({
        "Appel du demandeur : souhaite connaître l'avancement de sa demande.",
        "Pièce d'identité vérifiée au guichet.",
        "Dossier transmis au service pour instruction.",
        "Relance envoyée par courriel pour les pièces manquantes.",
        "Le demandeur passera retirer le document au guichet.",
        "Adresse d'envoi confirmée par téléphone.",
        "Rendez-vous proposé pour compléter le dossier.",
        "Vérification faite dans le registre.",
        "Demande complétée par courrier du demandeur.",
        "Message laissé sur le répondeur du demandeur."});
}

/// Letters and digits only, for logins and e-mail addresses.
QString asciiWord(const QString &text)
{
    QString out;
    for (const QChar c : textfold::fold(text))
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    return out;
}

// ---------------------------------------------------------------- time

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 unixEpochJulianDay = 2440588;

// Opening hours of the counters, in minutes after midnight (local time).
constexpr int openMorning = 8 * 60 + 30;
constexpr int closeMorning = 12 * 60;
constexpr int openAfternoon = 13 * 60 + 30;
constexpr int closeAfternoon = 17 * 60 + 30;

/// "Local milliseconds": wall-clock time of the commune counted as if it were
/// UTC. Opening hours and working days are simple in this scale; the offset
/// is applied only when the clock is set.
qint64 julianDayOf(qint64 localMs)
{
    return localMs / dayMs + unixEpochJulianDay;
}

qint64 localMsOf(qint64 julianDay, qint64 msInDay)
{
    return (julianDay - unixEpochJulianDay) * dayMs + msInDay;
}

int minuteOfDay(qint64 localMs)
{
    return int((localMs % dayMs) / minuteMs);
}

QTimeZone zoneOfRegion(const QString &region)
{
    // The commune's wall clock, whatever the workstation's time zone.
    static const QList<QPair<QString, QByteArray>> zones = {
        {QStringLiteral("guadeloupe"), "America/Guadeloupe"}, {QStringLiteral("martinique"), "America/Martinique"},
        {QStringLiteral("guyane"), "America/Cayenne"},        {QStringLiteral("reunion"), "Indian/Reunion"},
        {QStringLiteral("mayotte"), "Indian/Mayotte"}};
    QByteArray id = "Europe/Paris";
    for (const auto &[name, zone] : zones)
        if (name == region)
            id = zone;
    QTimeZone tz(id);
    return tz.isValid() ? tz : QTimeZone::systemTimeZone();
}

// ---------------------------------------------------------------- reference data

struct Office
{
    QString code;
    QList<QUuid> agents;        ///< the supervisor first
};

struct Procedure
{
    enum class Kind { Generic, CivilCopy, CivilDeclaration, SchoolEnrolment, SchoolDerogation, Letter, Call };
    QString id;
    QString moduleId;
    QString title;
    QString service;
    Workflow workflow;
    QJsonObject section;
    QJsonArray checklist;
    Kind kind = Kind::Generic;
    double weight = 1;
};

/// What a request is about, chosen for one case.
struct Situation
{
    QJsonObject data;
    QJsonObject facts;          ///< data plus the keys checklists are matched on
    QString summary;
    QString preferredTo;        ///< the end state this request is heading for
    QString answer;
    int deliveryWorkingDays = -1;
    QDate dueDate;
    QString service;            ///< the service that acts, when the request is routed; empty: the procedure's
};

bool whenHolds(const QJsonObject &when, const QJsonObject &facts)
{
    for (auto it = when.begin(); it != when.end(); ++it) {
        if (!facts.contains(it.key()))
            return false;
        const QJsonValue fact = facts.value(it.key());
        if (it->isArray()) {
            if (!it->toArray().contains(fact))
                return false;
        } else if (*it != fact) {
            return false;
        }
    }
    return true;
}

QString lowerFirst(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toLower() + s.mid(1);
}

// ---------------------------------------------------------------- the run

enum class EventKind : quint8 { Advance, Document, Note, Answer };

struct Pending
{
    qint64 at;                  ///< local ms
    quint64 order;              ///< ties broken by scheduling order
    quint32 caseIndex;
    EventKind kind;
    quint16 arg;
    bool operator>(const Pending &o) const { return at != o.at ? at > o.at : order > o.order; }
};

struct CaseState
{
    QUuid id;
    int procedure = 0;
    int office = 0;
    Channel channel = Channel::Counter;
    QString status;
    QStringList missing;        ///< as created; documents are received by index
    QList<bool> received;       ///< of `missing`, those received since
    QString preferredTo;
    QString answer;
    int pending = 0;
};

/// A person of the demo, with what their requests draw on.
struct Person
{
    QUuid id;
    int profile = 0;
    bool female = false;
    QDate birthDate;
    QString usedName;           ///< the used name, else the family name
    QString guardian;           ///< "LE GALL Anne": the name the person uses, then the first names
    QString number;             ///< house number
    QString street;
    QString postalCode;
    QString city;
    int catchmentRow = -1;      ///< the school map's row of the home; -1: outside every sector or the commune
    bool livesHere = false;     ///< in the commune of the offices
};

struct Arrival
{
    qint64 at;                  ///< local ms
    quint32 index;
    quint8 channel;
};

class Run
{
    // One context for lupdate and for the look-up at run time.
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    Run(Database &db, ManualClock &clock, const ReferenceRelease &release, const DemoGenerator::Options &options,
        const DemoGenerator::Progress &progress)
        : m_db(db), m_clock(clock), m_release(release), m_options(options), m_progress(progress),
          m_peopleRng(options.seed ^ 0x5045'4f50'4c45ULL), m_arrivalRng(options.seed ^ 0x4152'5249'5645ULL),
          m_caseRng(options.seed ^ 0x4341'5345'5321ULL), m_citizens(db), m_cases(db), m_agents(db)
    {
    }

    Result<DemoGenerator::Summary> exec();

private:
    Result<void> loadReference();
    Result<void> createAgents();
    void prepareCalendar();
    std::vector<Arrival> planArrivals();
    /// `parent`: a parent of a child at primary school, living in the commune.
    Result<void> createCitizen(qint64 at, int office, bool parent = false);
    Result<void> createCase(const Arrival &arrival, quint32 caseIndex);
    Result<void> process(const Pending &event);
    Result<void> drainUntil(qint64 at, bool inclusive);
    void schedule(quint32 caseIndex, CaseState &state, qint64 at, EventKind kind, quint16 arg = 0);
    Result<void> counted();
    void report(qint64 done);

    Situation situationFor(const Procedure &p, Channel channel, qint64 at, const Person &applicant);
    /// The person who makes a request of `p`: for a school request, a parent
    /// of the age to be one (and, for an enrolment, living in the commune),
    /// the newcomer if they are one, else someone already known.
    Result<const Person *> applicantFor(const Procedure &p, qint64 at, int office, bool newcomer);
    void fillChecklist(const Procedure &p, Situation &s, Channel channel, QStringList &missing);
    QDate defaultDue(const QDate &day, Channel channel) const;
    /// A letter or a call, routed by the release's table and dated by its legal clock.
    void mailSituation(const Procedure &p, const QDate &day, const Person &applicant, Situation &s);

    void moveClockTo(qint64 localMs);
    qint64 offsetMs(qint64 julianDay) const;
    bool isWorkingDay(qint64 julianDay) const;
    bool isSaturdayOpen(qint64 julianDay) const;
    qint64 nextOpenMoment(qint64 localMs, Rng &rng) const;
    QDate dateOf(qint64 localMs) const { return QDate::fromJulianDay(julianDayOf(localMs)); }
    QUuid agentOf(int office, bool supervisor, Rng &rng) const;

    Database &m_db;
    ManualClock &m_clock;
    const ReferenceRelease &m_release;
    const DemoGenerator::Options m_options;
    const DemoGenerator::Progress &m_progress;
    // Separate streams, so that for instance the people do not change when
    // only the number of cases does.
    Rng m_peopleRng;
    Rng m_arrivalRng;
    Rng m_caseRng;
    CitizenRepository m_citizens;
    CaseRepository m_cases;
    AgentRepository m_agents;

    QList<Office> m_offices;
    int m_homeOffice = -1;
    QList<Procedure> m_procedures;
    std::vector<double> m_procedureWeights;  ///< cumulative
    FrenchCalendar m_calendar;
    QTimeZone m_zone;
    std::optional<LegalClock> m_legalClock;   ///< written requests, when the release has them
    std::optional<Dispatch> m_dispatch;

    qint64 m_startLocal = 0;
    qint64 m_endLocal = 0;
    qint64 m_firstDay = 0;
    std::vector<int> m_offsets;              ///< seconds east of UTC, per day of the period
    std::vector<quint8> m_dayType;           ///< 0 closed, 1 working day, 2 Saturday morning
    qint64 m_clockMs = 0;

    QList<Profile> m_profiles;
    std::vector<double> m_profileWeights;
    QList<WeightedCommune> m_communes;
    std::vector<double> m_communeWeights;
    QStringList m_streets, m_villageStreets, m_domains, m_notes;
    QList<NearbyCommune> m_nearby;
    /// The school catchment map: the commune's homes are on its streets, but
    /// for a deliberate few on `m_streets` outside every sector.
    demo::SchoolDemo m_school;
    QStringList m_outsideSectors;
    /// The streets of the polling-station table: the commune's homes are on them only.
    demo::PollingStreets m_pollingStreets;

    std::vector<Person> m_people;
    std::unordered_map<quint32, CaseState> m_open;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> m_queue;
    quint64 m_order = 0;

    std::optional<Database::Transaction> m_tx;
    qint64 m_callsInBatch = 0;
    qint64 m_totalUnits = 0;
    int m_lastPercent = -1;
    int m_closed = 0;
    DemoGenerator::Summary m_summary;
};

Result<void> Run::loadReference()
{
    const QJsonObject offices = m_release.section(QStringLiteral("offices"));
    for (const auto &v : offices.value(QStringLiteral("offices")).toArray()) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        if (!code.isEmpty())
            m_offices.append({code, {}});
    }
    if (m_offices.isEmpty())
        return std::unexpected(Error::make(Error::Code::Invalid,
            tr("The reference release %1 lists no office (offices.json). Ask HQ for a complete release.")
                .arg(m_release.id())));
    for (int i = 0; i < m_offices.size(); ++i)
        if (m_offices.at(i).code == m_options.homeOffice)
            m_homeOffice = i;
    if (!m_options.homeOffice.isEmpty() && m_homeOffice < 0)
        return std::unexpected(Error::invalid(QStringLiteral("office"),
            tr("Office: %1 is not an office of reference release %2.").arg(m_options.homeOffice, m_release.id())));

    const QString region =
        offices.value(QStringLiteral("commune")).toObject().value(QStringLiteral("region")).toString();
    m_calendar =
        FrenchCalendar(FrenchCalendar::regionFromName(region.isEmpty() ? QStringLiteral("metropole") : region));
    m_zone = zoneOfRegion(region);

    // Sections come sorted by name, procedures in their declared order: a stable order for the draws.
    for (const QString &sectionName : m_release.sectionNames()) {
        const QJsonObject section = m_release.section(sectionName);
        if (m_pollingStreets.isEmpty() && demo::PollingStreets::isElectoralSection(section))
            m_pollingStreets = demo::PollingStreets::fromSection(section);
        for (const auto &v : section.value(QStringLiteral("procedures")).toArray()) {
            const QJsonObject o = v.toObject();
            Procedure p;
            p.id = o.value(QStringLiteral("id")).toString();
            p.moduleId = p.id.contains(u'.') ? p.id.section(u'.', 0, 0) : sectionName;
            p.title = o.value(QStringLiteral("title")).toString();
            p.service = o.value(QStringLiteral("service")).toString();
            p.workflow = Workflow::fromJson(m_release.workflow(o.value(QStringLiteral("workflowId")).toString()));
            p.section = section;
            p.checklist = section.value(QStringLiteral("checklists")).toObject().value(p.id).toArray();
            if (p.id.isEmpty() || !p.workflow.isValid())
                return std::unexpected(Error::make(Error::Code::Invalid,
                    tr("The procedure %1 of reference release %2 has no valid workflow. Ask HQ to fix the release.")
                        .arg(p.id, m_release.id())));
            // Recognised by their reference tables, so a richer release needs no change here.
            if (section.contains(QStringLiteral("eligibility")) && section.contains(QStringLiteral("copyKinds"))
                && p.id.endsWith(QLatin1String(".copie-acte"))) {
                p.kind = Procedure::Kind::CivilCopy;
                p.weight = 4;   // copies of acts are most of a civil-status desk's work
            } else if (section.contains(QStringLiteral("declarationKinds"))
                       && p.id.endsWith(QLatin1String(".declaration"))) {
                p.kind = Procedure::Kind::CivilDeclaration;
            } else if (demo::SchoolDemo::isSchoolSection(section)) {
                if (m_school.isEmpty())
                    m_school = demo::SchoolDemo::fromSection(section);
                if (!m_school.isEmpty() && p.id.endsWith(QLatin1String(".inscription")))
                    p.kind = Procedure::Kind::SchoolEnrolment;
                else if (!m_school.isEmpty() && p.id.endsWith(QLatin1String(".derogation"))
                         && section.contains(QStringLiteral("derogationReasons")))
                    p.kind = Procedure::Kind::SchoolDerogation;
            }
            // Mail: its routing table and legal clock come with the section.
            if (section.contains(QStringLiteral("requestKinds")) && section.contains(QStringLiteral("subjects"))) {
                if (!m_legalClock) {
                    auto clock = LegalClock::fromRelease(m_release, m_calendar);
                    auto dispatch = Dispatch::fromRelease(m_release);
                    if (!clock || !dispatch)
                        return std::unexpected(clock ? dispatch.error() : clock.error());
                    m_legalClock = *clock;
                    m_dispatch = *dispatch;
                }
                if (p.id.endsWith(QLatin1String(".demande-ecrite")))
                    p.kind = Procedure::Kind::Letter;
                else if (p.id.endsWith(QLatin1String(".appel")))
                    p.kind = Procedure::Kind::Call;
            }
            m_procedures.append(p);
        }
    }
    if (m_procedures.isEmpty())
        return std::unexpected(Error::make(Error::Code::Invalid,
            tr("The reference release %1 declares no procedure. Ask HQ for a complete release.").arg(m_release.id())));
    double total = 0;
    for (const Procedure &p : m_procedures)
        m_procedureWeights.push_back(total += p.weight);
    return {};
}

void Run::prepareCalendar()
{
    const QDateTime end = m_clock.now().toTimeZone(m_zone);
    m_endLocal = localMsOf(end.date().toJulianDay(), end.time().msecsSinceStartOfDay());
    const QDate startDate = end.date().addYears(-m_options.years);
    m_startLocal = localMsOf(startDate.toJulianDay(), end.time().msecsSinceStartOfDay());
    m_firstDay = startDate.toJulianDay() - 1;
    const qint64 lastDay = end.date().toJulianDay() + 1;
    for (qint64 jd = m_firstDay; jd <= lastDay; ++jd) {
        const QDate d = QDate::fromJulianDay(jd);
        m_offsets.push_back(QDateTime(d, QTime(12, 0), m_zone).offsetFromUtc());
        quint8 type = 0;
        if (m_calendar.isWorkingDay(d))
            type = 1;
        else if (d.dayOfWeek() == 6 && !m_calendar.isHoliday(d))
            type = 2;
        m_dayType.push_back(type);
    }
}

qint64 Run::offsetMs(qint64 julianDay) const
{
    const qint64 i = julianDay - m_firstDay;
    if (i >= 0 && i < qint64(m_offsets.size()))
        return qint64(m_offsets[size_t(i)]) * 1000;
    return qint64(QDateTime(QDate::fromJulianDay(julianDay), QTime(12, 0), m_zone).offsetFromUtc()) * 1000;
}

bool Run::isWorkingDay(qint64 julianDay) const
{
    const qint64 i = julianDay - m_firstDay;
    if (i >= 0 && i < qint64(m_dayType.size()))
        return m_dayType[size_t(i)] == 1;
    return m_calendar.isWorkingDay(QDate::fromJulianDay(julianDay));
}

bool Run::isSaturdayOpen(qint64 julianDay) const
{
    const qint64 i = julianDay - m_firstDay;
    return i >= 0 && i < qint64(m_dayType.size()) && m_dayType[size_t(i)] == 2;
}

void Run::moveClockTo(qint64 localMs)
{
    // Local time can step back an hour when summer time ends; the clock never does.
    const qint64 utc = localMs - offsetMs(julianDayOf(localMs));
    if (utc > m_clockMs) {
        m_clockMs = utc;
        m_clock.set(QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC));
    }
}

qint64 Run::nextOpenMoment(qint64 localMs, Rng &rng) const
{
    // Back-office work happens when the offices are open.
    for (int guard = 0; guard < 60; ++guard) {
        const qint64 jd = julianDayOf(localMs);
        const int minute = minuteOfDay(localMs);
        if (isWorkingDay(jd)) {
            if (minute < openMorning)
                return localMsOf(jd, (openMorning + rng.below(90)) * minuteMs + rng.below(minuteMs));
            if (minute >= closeMorning && minute < openAfternoon)
                return localMsOf(jd, (openAfternoon + rng.below(30)) * minuteMs + rng.below(minuteMs));
            if (minute < closeAfternoon)
                return localMs;
        }
        localMs = localMsOf(jd + 1, 0);
    }
    return localMs;
}

QUuid Run::agentOf(int office, bool supervisor, Rng &rng) const
{
    const QList<QUuid> &agents = m_offices.at(office).agents;
    return supervisor ? agents.first() : rng.pick(agents);
}

Result<void> Run::counted()
{
    ++m_summary.repositoryCalls;
    if (++m_callsInBatch < m_options.batchSize)
        return {};
    m_callsInBatch = 0;
    if (auto r = m_tx->commit(); !r)
        return r;
    m_tx.emplace(m_db);
    if (!m_tx->isActive())
        return std::unexpected(Error::make(Error::Code::Storage,
            tr("The office database is busy: the demo data cannot be written. Close the other Guichet programs "
               "and try again.")));
    return {};
}

void Run::report(qint64 done)
{
    if (!m_progress || m_totalUnits == 0)
        return;
    const int percent = int(done * 100 / m_totalUnits);
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        m_progress(percent);
    }
}

Result<void> Run::createAgents()
{
    QSet<QString> taken;
    auto existing = m_agents.list();
    if (!existing)
        return std::unexpected(existing.error());
    for (const Agent &a : *existing)
        taken.insert(a.login);

    const Profile &breton = m_profiles.at(0);
    const Profile &french = m_profiles.at(1);
    for (Office &office : m_offices) {
        for (int i = 0; i < 3; ++i) {
            const Profile &profile = m_peopleRng.chance(0.5) ? breton : french;
            const bool female = m_peopleRng.chance(0.6);
            const QString first = m_peopleRng.pick(female ? profile.female : profile.male);
            const QString family = m_peopleRng.pick(profile.family);
            const QString base = asciiWord(first).left(1) + asciiWord(family).left(20);
            QString login = base;
            for (int n = 2; taken.contains(login); ++n)
                login = base + QString::number(n);
            taken.insert(login);
            const Role role = i == 0 ? Role::Supervisor : Role::Agent;
            auto agent = m_agents.add(login, first + QLatin1Char(' ') + family, role, office.code,
                                      m_options.agentPassword);
            if (!agent)
                return std::unexpected(agent.error());
            office.agents << agent->id;
            ++m_summary.agents;
            m_clock.set(m_clock.now().addSecs(60));
            m_clockMs = m_clock.now().toMSecsSinceEpoch();
        }
    }
    return {};
}

std::vector<Arrival> Run::planArrivals()
{
    // Channel shares at a town-hall desk; the web grows, letters fade.
    const std::vector<double> channelShare = {0.44, 0.14, 0.07, 0.13, 0.22};
    const double yearlyTrend[] = {0.08, 0.0, -0.12, 0.05, 0.30};
    static const double monthFactor[] = {0.95, 1.0, 1.05, 1.05, 1.1, 1.15, 0.85, 0.6, 1.05, 1.05, 1.0, 0.8};
    std::vector<double> channelCumulative;
    double total = 0;
    for (double s : channelShare)
        channelCumulative.push_back(total += s);

    const qint64 firstDay = julianDayOf(m_startLocal);
    const qint64 lastDay = julianDayOf(m_endLocal);
    // Day weights per channel, cumulative, over the whole history.
    std::vector<std::vector<double>> dayCumulative(5);
    for (int ch = 0; ch < 5; ++ch) {
        double sum = 0;
        for (qint64 jd = firstDay; jd <= lastDay; ++jd) {
            const QDate d = QDate::fromJulianDay(jd);
            const double years = double(jd - firstDay) / 365.25;
            double w = monthFactor[d.month() - 1] * std::max(0.2, 1.0 + yearlyTrend[ch] * years);
            const bool working = isWorkingDay(jd);
            switch (Channel(ch)) {
            case Channel::Counter: w *= working ? 1.0 : (isSaturdayOpen(jd) ? 0.35 : 0.0); break;
            case Channel::Phone:
            case Channel::Letter: w *= working ? 1.0 : 0.0; break;
            case Channel::Email: w *= working ? 1.0 : 0.35; break;
            case Channel::Web: w *= working ? 1.0 : 0.6; break;
            }
            dayCumulative[size_t(ch)].push_back(sum += w);
        }
    }

    auto timeOfDay = [&](Channel ch, qint64 jd) -> qint64 {
        Rng &r = m_arrivalRng;
        int minute = 0;
        switch (ch) {
        case Channel::Counter:
            if (isSaturdayOpen(jd))
                minute = 9 * 60 + r.below(180);
            else if (r.chance(0.55))
                minute = openMorning + r.below(closeMorning - openMorning);
            else
                minute = openAfternoon + r.below(closeAfternoon - openAfternoon);
            break;
        case Channel::Phone:
            minute = r.chance(0.5) ? 9 * 60 + r.below(180) : openAfternoon + r.below(210);
            break;
        case Channel::Letter:
            minute = 9 * 60 + r.below(150);   // the mail is opened in the morning
            break;
        case Channel::Email:
        case Channel::Web:
            minute = r.chance(0.85) ? 7 * 60 + r.below(16 * 60) : r.below(24 * 60);
            break;
        }
        return qint64(minute) * minuteMs + r.below(minuteMs);
    };

    std::vector<Arrival> arrivals;
    arrivals.reserve(size_t(m_options.cases));
    for (quint32 i = 0; i < quint32(m_options.cases); ++i) {
        // The first cases take every channel once, so that each one appears.
        const int ch = i < 5 ? int(i) : m_arrivalRng.weighted(channelCumulative);
        qint64 at = -1;
        for (int attempt = 0; attempt < 64 && at < 0; ++attempt) {
            const qint64 jd = firstDay + m_arrivalRng.weighted(dayCumulative[size_t(ch)]);
            const qint64 t = localMsOf(jd, timeOfDay(Channel(ch), jd));
            if (t >= m_startLocal && t < m_endLocal)
                at = t;
        }
        if (at < 0)   // a history too short for opening hours: any moment will do
            at = m_startLocal + qint64(m_arrivalRng.unit() * double(m_endLocal - m_startLocal - 1));
        arrivals.push_back({at, i, quint8(ch)});
    }
    std::sort(arrivals.begin(), arrivals.end(), [](const Arrival &a, const Arrival &b) {
        return a.at != b.at ? a.at < b.at : a.index < b.index;
    });
    return arrivals;
}

Result<void> Run::createCitizen(qint64 at, int office, bool parent)
{
    Rng &r = m_peopleRng;
    const int profileIndex = r.weighted(m_profileWeights);
    const Profile &profile = m_profiles.at(profileIndex);
    Citizen c;
    const bool female = r.chance(0.52);
    c.sex = female ? u'F' : u'M';
    c.familyName = r.pick(profile.family);
    if (r.chance(0.03))
        c.familyName += QLatin1Char('-') + r.pick(m_profiles.at(r.chance(0.5) ? 0 : 1).family);
    QStringList firsts;
    const int count = r.weighted({45, 40, 15}) + 1;
    const QStringList &pool = female ? profile.female : profile.male;
    while (firsts.size() < count) {
        const QString name = r.pick(pool);
        if (!firsts.contains(name))
            firsts << name;
        else if (pool.size() < 3)
            break;
    }
    c.firstNames = firsts.join(QLatin1Char(' '));

    // Mostly adults: they are the ones who come to the desk.
    const QDate today = dateOf(at);
    int age = 0;
    switch (parent ? 6 : r.weighted({2, 20, 28, 24, 18, 8})) {
    case 0: age = int(r.between(14, 17)); break;
    case 1: age = int(r.between(18, 29)); break;
    case 2: age = int(r.between(30, 44)); break;
    case 3: age = int(r.between(45, 59)); break;
    case 4: age = int(r.between(60, 74)); break;
    case 5: age = int(r.between(75, 98)); break;
    default: age = int(r.between(24, 48)); break;
    }
    c.birthDate = today.addYears(-age).addDays(-r.below(365));
    if (female && age > 25 && r.chance(0.35))
        c.usedName = r.pick(m_profiles.at(r.weighted(m_profileWeights)).family);

    if (!profile.abroad.isEmpty() && r.chance(profile.bornAbroad)) {
        const AbroadPlace &p = r.pick(profile.abroad);
        c.birthCountry = p.country;
        c.birthPlaceName = p.city;
    } else {
        const Commune &p = m_communes.at(r.weighted(m_communeWeights)).commune;
        c.birthPlaceCode = p.code;
        c.birthPlaceName = p.name;
        c.birthCountry = QStringLiteral("France");
    }

    Person person;
    const auto anyNumber = [&r] {
        return QString::number(r.between(1, 140)) + (r.chance(0.04) ? QStringLiteral(" bis") : QString());
    };
    if (parent || r.chance(0.85)) {
        // On the school map's streets, so that the school desk finds the
        // family's school; a deliberate 2 % live on a street no sector has,
        // which the school module answers by sending the family to who decides.
        if (!m_school.isEmpty() && (m_outsideSectors.isEmpty() || !r.chance(0.02))) {
            const demo::SchoolDemo::Address a = m_school.drawAddress(r);
            person.number = a.number;
            person.street = a.street;
            person.catchmentRow = a.row;
        } else {
            person.number = anyNumber();
            person.street = r.pick(m_school.isEmpty() ? m_streets : m_outsideSectors);
        }
        person.postalCode = QStringLiteral("29200");
        person.city = QStringLiteral("Brest");
        person.livesHere = true;
    } else {
        const NearbyCommune &n = r.pick(m_nearby);
        person.number = anyNumber();
        person.street = r.pick(m_villageStreets);
        person.postalCode = n.postcode;
        person.city = n.name;
    }
    c.addressLine = person.number + QLatin1Char(' ') + person.street;
    c.postalCode = person.postalCode;
    c.city = person.city;

    if (r.chance(0.8)) {
        // Numbers the French plan gives to mobiles (06 without 063 9–069 4, 07 3–9) and to Brest landlines (02 98).
        static const char mobileSecond[] = "01245678";
        if (r.chance(0.85)) {
            if (r.chance(0.7))
                c.phone = QStringLiteral("+336") + QLatin1Char(mobileSecond[r.below(8)])
                    + QStringLiteral("%1").arg(r.below(10'000'000), 7, 10, QLatin1Char('0'));
            else
                c.phone = QStringLiteral("+337") + QString::number(3 + r.below(7))
                    + QStringLiteral("%1").arg(r.below(10'000'000), 7, 10, QLatin1Char('0'));
        } else {
            c.phone = QStringLiteral("+33298") + QStringLiteral("%1").arg(r.below(1'000'000), 6, 10, QLatin1Char('0'));
        }
    }
    if (age >= 16 && r.chance(0.65)) {
        const QString first = asciiWord(firsts.first());
        const QString last = asciiWord(c.usedName.isEmpty() ? c.familyName : c.usedName);
        const QString number = r.chance(0.35) ? QString::number(r.between(1, 99)) : QString();
        const QString domain = r.pick(m_domains);
        if (!first.isEmpty() && !last.isEmpty())
            c.email = first + QLatin1Char('.') + last + number + QLatin1Char('@') + domain;
    }
    c.language = !profile.languages.isEmpty() && r.chance(profile.otherLanguage) ? r.pick(profile.languages)
                                                                                   : QStringLiteral("fr");

    moveClockTo(at);
    auto created = m_citizens.create(c, agentOf(office, false, r));
    if (!created)
        return std::unexpected(created.error());
    person.id = created->id;
    person.profile = profileIndex;
    person.female = female;
    person.birthDate = c.birthDate;
    person.usedName = c.usedName.isEmpty() ? c.familyName : c.usedName;
    person.guardian = person.usedName.toUpper() + QLatin1Char(' ') + c.firstNames;
    m_people.push_back(std::move(person));
    ++m_summary.citizens;
    return counted();
}

void Run::fillChecklist(const Procedure &p, Situation &s, Channel channel, QStringList &missing)
{
    // Documents not brought yet: rarer at the counter, where people come with their papers.
    const double chance = channel == Channel::Counter ? 0.2 : 0.5;
    for (const auto &v : p.checklist) {
        const QJsonObject item = v.toObject();
        const QJsonObject when = item.value(QStringLiteral("when")).toObject();
        const bool applies = p.kind == Procedure::Kind::Generic ? m_caseRng.chance(0.5) : whenHolds(when, s.facts);
        if (!applies)
            continue;
        const bool required = item.value(QStringLiteral("required")).toBool(true);
        if (m_caseRng.chance(required ? chance : chance / 3))
            missing << item.value(QStringLiteral("label")).toString();
    }
}

QDate Run::defaultDue(const QDate &day, Channel channel) const
{
    // A written request without its own rule gets the CRPA answer date.
    if (channel == Channel::Letter || channel == Channel::Email || channel == Channel::Web)
        return FrenchCalendar::crpaSilenceDate(day, 2);
    return m_calendar.addWorkingDays(day, 10);
}

Result<const Person *> Run::applicantFor(const Procedure &p, qint64 at, int office, bool newcomer)
{
    Rng &r = m_caseRng;
    const Person *drawn = newcomer ? &m_people.back() : &m_people.at(size_t(r.below(qint64(m_people.size()))));
    if (p.kind != Procedure::Kind::SchoolEnrolment && p.kind != Procedure::Kind::SchoolDerogation)
        return drawn;
    const QDate day = dateOf(at);
    const auto fits = [&](const Person &person) {
        return person.birthDate.addYears(20) <= day && day < person.birthDate.addYears(56)
            && (person.livesHere || p.kind == Procedure::Kind::SchoolDerogation);
    };
    if (fits(*drawn))
        return drawn;
    for (int attempt = 0; attempt < 32; ++attempt) {
        const Person &other = m_people.at(size_t(r.below(qint64(m_people.size()))));
        if (fits(other))
            return &other;
    }
    // Early in the history there are few people: the next one comes now, a
    // parent (later requests then bring one newcomer fewer).
    if (qint64(m_people.size()) < m_options.citizens) {
        if (auto c = createCitizen(at, office, true); !c)
            return std::unexpected(c.error());
        m_clock.set(m_clock.now().addSecs(20 + r.below(60)));
        m_clockMs = m_clock.now().toMSecsSinceEpoch();
        return &m_people.back();
    }
    const auto any = std::find_if(m_people.cbegin(), m_people.cend(), fits);
    return any != m_people.cend() ? &*any : drawn;
}

Situation Run::situationFor(const Procedure &p, Channel channel, qint64 at, const Person &applicant)
{
    Rng &r = m_caseRng;
    Situation s;
    const QDate day = dateOf(at);
    switch (p.kind) {
    case Procedure::Kind::CivilCopy: {
        const QJsonArray rows = p.section.value(QStringLiteral("eligibility")).toArray();
        const QJsonObject row = rows.at(r.below(rows.size())).toObject();
        const QString act = row.value(QStringLiteral("act")).toString();
        const QString copy = row.value(QStringLiteral("copy")).toString();
        auto labelOf = [&](const char *list, const QString &id) {
            for (const auto &v : p.section.value(QLatin1String(list)).toArray())
                if (v.toObject().value(QStringLiteral("id")).toString() == id)
                    return v.toObject().value(QStringLiteral("label")).toString();
            return id;
        };
        QString relationship;
        QString grounds;
        if (row.value(QStringLiteral("anyone")).toBool()) {
            const QJsonArray all = p.section.value(QStringLiteral("relationships")).toArray();
            relationship = r.chance(0.5) || all.isEmpty()
                ? QStringLiteral("interesse")
                : all.at(r.below(all.size())).toObject().value(QStringLiteral("id")).toString();
            grounds = QStringLiteral("open-to-anyone");
        } else {
            const QJsonArray allowed = row.value(QStringLiteral("allowed")).toArray();
            // The person concerned (listed first) asks most often.
            relationship = allowed.isEmpty() ? QStringLiteral("interesse")
                : allowed.at(r.chance(0.5) ? 0 : r.below(allowed.size())).toObject()
                      .value(QStringLiteral("relationship")).toString();
            grounds = relationship == QLatin1String("interesse") ? QStringLiteral("allowed-subject")
                                                                 : QStringLiteral("allowed-relationship");
        }
        const bool atDesk = channel == Channel::Counter ? r.chance(0.85) : (channel == Channel::Web && r.chance(0.15));
        const QString delivery = atDesk ? QStringLiteral("guichet") : QStringLiteral("courrier");
        const int maxCopies = p.section.value(QStringLiteral("maxCopies")).toInt(10);
        const int copies = std::min(maxCopies, r.weighted({70, 20, 10}) + 1);
        s.data = {{QStringLiteral("act"), act},
                  {QStringLiteral("copy"), copy},
                  {QStringLiteral("relationship"), relationship},
                  {QStringLiteral("delivery"), delivery},
                  {QStringLiteral("copies"), copies}};
        s.facts = s.data;
        s.facts.insert(QStringLiteral("grounds"), grounds);
        s.facts.insert(QStringLiteral("restricted"), !row.value(QStringLiteral("anyone")).toBool());
        // Summaries are case data in the city's language, like the reference labels they quote.
        s.summary = QStringLiteral("%1 — %2, %3 ex.")
                        .arg(labelOf("copyKinds", copy), lowerFirst(labelOf("actKinds", act)))
                        .arg(copies);
        s.preferredTo = delivery == QLatin1String("guichet") ? QStringLiteral("delivered-counter")
                                                             : QStringLiteral("sent-post");
        for (const auto &v : p.section.value(QStringLiteral("delivery")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == delivery)
                s.deliveryWorkingDays = v.toObject().value(QStringLiteral("workingDays")).toInt();
        s.dueDate = s.deliveryWorkingDays >= 0 ? m_calendar.addWorkingDays(day, s.deliveryWorkingDays)
                                               : defaultDue(day, channel);
        if (s.deliveryWorkingDays == 0)
            s.dueDate = day;
        // The sentence the desk reads out when the document is due (no placeholder to fill).
        const QString answer = p.section.value(QStringLiteral("decisionTexts")).toObject().value(grounds).toString();
        if (!answer.contains(u'%'))
            s.answer = answer;
        break;
    }
    case Procedure::Kind::CivilDeclaration: {
        const QJsonArray kinds = p.section.value(QStringLiteral("declarationKinds")).toArray();
        if (kinds.isEmpty()) {
            s.summary = p.title;
            break;
        }
        // A city with a maternity ward: births first, then deaths, then recognitions.
        const int index = kinds.size() >= 3 ? r.weighted({5, 3, 2}) : r.below(kinds.size());
        const QJsonObject kind = kinds.at(index).toObject();
        const QString id = kind.value(QStringLiteral("id")).toString();
        const QDate event = day.addDays(-r.below(4));
        s.data = {{QStringLiteral("kind"), id}, {QStringLiteral("eventDate"), event.toString(Qt::ISODate)}};
        s.facts = s.data;
        s.summary = QStringLiteral("Déclaration : %1").arg(lowerFirst(kind.value(QStringLiteral("label")).toString()));
        s.preferredTo = QStringLiteral("registered");
        const QJsonObject deadline = kind.value(QStringLiteral("deadline")).toObject();
        const QString counting = deadline.value(QStringLiteral("counting")).toString();
        if (counting == QLatin1String("birth-days"))
            s.dueDate = m_calendar.birthDeclarationDeadline(event, deadline.value(QStringLiteral("value")).toInt(5));
        else if (counting == QLatin1String("death-hours"))
            s.dueDate = m_calendar.deathDeclarationDeadline(QDateTime(event, QTime(10, 0)),
                                                            deadline.value(QStringLiteral("value")).toInt(24)).date();
        break;
    }
    case Procedure::Kind::SchoolEnrolment:
    case Procedure::Kind::SchoolDerogation: {
        const Profile &profile = m_profiles.at(applicant.profile);
        demo::SchoolDemo::Applicant who;
        who.guardian = applicant.guardian;
        who.familyName = applicant.usedName;
        who.female = applicant.female;
        who.girls = profile.girls.isEmpty() ? profile.female : profile.girls;
        who.boys = profile.boys.isEmpty() ? profile.male : profile.boys;
        who.number = applicant.number;
        who.street = applicant.street;
        who.postalCode = applicant.postalCode;
        who.city = applicant.city;
        who.row = applicant.catchmentRow;
        who.livesHere = applicant.livesHere;
        const demo::SchoolDemo::Request request = p.kind == Procedure::Kind::SchoolEnrolment
            ? m_school.enrolment(who, day, m_calendar, r)
            : m_school.derogation(who, day, r);
        s.data = request.data;
        s.facts = request.facts;
        s.summary = request.summary;
        s.preferredTo = request.preferredTo;
        s.dueDate = request.dueDate;
        break;
    }
    case Procedure::Kind::Letter:
    case Procedure::Kind::Call:
        mailSituation(p, day, applicant, s);
        break;
    case Procedure::Kind::Generic:
        s.summary = p.title;
        s.dueDate = defaultDue(day, channel);
        break;
    }
    return s;
}

void Run::mailSituation(const Procedure &p, const QDate &day, const Person &applicant, Situation &s)
{
    Rng &r = m_caseRng;
    // What people write and call about, in the city's words, with the kind of
    // request each is (demo data).
    struct Said { const char *object; const char *kind; };
    static const QHash<QString, QList<Said>> objects{
        {QStringLiteral("etat-civil"), {{"Rectification d'une erreur dans un acte de naissance", "decision-individuelle"},
                                        {"Demande de livret de famille (duplicata)", "decision-individuelle"}}},
        {QStringLiteral("titres"), {{"Carte d'identité déposée il y a six semaines, toujours pas de nouvelles", "renseignement"}}},
        {QStringLiteral("ecoles"), {{"Demande de place en classe bilingue", "decision-individuelle"},
                                    {"Remboursement de la cantine pendant une absence", "demande-financiere"}}},
        {QStringLiteral("elections"), {{"Changement de bureau de vote après un déménagement", "decision-individuelle"},
                                       {"Copie de la liste électorale du bureau 12", "communication-document"}}},
        {QStringLiteral("voirie"), {{"Trou dans la chaussée devant le domicile", "reclamation"},
                                    {"Éclairage public en panne dans la rue", "reclamation"}}},
        {QStringLiteral("dechets"), {{"Bac de tri non collecté depuis deux semaines", "reclamation"}}},
        {QStringLiteral("eau"), {{"Facture d'eau contestée", "reclamation"}}},
        {QStringLiteral("aide-sociale"), {{"Demande de domiciliation administrative", "decision-individuelle"}}},
        {QStringLiteral("prestations-familiales"), {{"Question sur l'aide au logement", "renseignement"}}},
        {QStringLiteral("sejour"), {{"Renouvellement d'un titre de séjour", "decision-individuelle"}}},
        {QStringLiteral("permis-immatriculation"), {{"Carte grise : changement d'adresse", "renseignement"}}},
        {QStringLiteral("autre"), {{"Remerciements et suggestion pour l'accueil de la mairie", "hors-procedure"}}}};
    const QList<Subject> subjects = m_dispatch->subjects();
    const Subject subject = subjects.at(r.below(subjects.size()));
    const QList<Said> said = objects.value(subject.id);
    const Said *pick = said.isEmpty() ? nullptr : &said.at(r.below(said.size()));
    const QString object = pick ? QString::fromUtf8(pick->object) : subject.label;
    const std::optional<Route> route = m_dispatch->route(subject.id);
    s.service = route && !route->transmitted() ? route->service : p.service;
    s.data = {{QStringLiteral("subject"), subject.id},
              {QStringLiteral("subjectLabel"), subject.label},
              {QStringLiteral("service"), s.service},
              {QStringLiteral("partner"), route && route->transmitted() ? route->partner->id : QString()},
              {QStringLiteral("partnerName"), route && route->transmitted() ? route->partner->name : QString()},
              {QStringLiteral("applicant"),
               QJsonObject{{QStringLiteral("name"), applicant.guardian},
                           {QStringLiteral("addressLine"), QStringLiteral("%1 %2").arg(applicant.number, applicant.street)},
                           {QStringLiteral("postalCode"), applicant.postalCode},
                           {QStringLiteral("city"), applicant.city}}},
              {QStringLiteral("received"), day.toString(Qt::ISODate)}};
    s.facts = s.data;
    // A request for another administration heads for its transmission, the others for an answer.
    s.preferredTo = route && route->transmitted() ? QStringLiteral("transmitted") : QStringLiteral("answered");
    if (p.kind == Procedure::Kind::Call) {
        const bool callback = r.chance(0.5);
        s.data.insert(QStringLiteral("question"), object);
        s.data.insert(QStringLiteral("callback"), callback);
        s.data.insert(QStringLiteral("callbackPhone"), QString());
        if (callback)
            s.dueDate = m_calendar.addWorkingDays(day, m_legalClock->cityAnswerWorkingDays());
        s.data.insert(QStringLiteral("answerTarget"), s.dueDate.isValid() ? s.dueDate.toString(Qt::ISODate) : QString());
        s.summary = QStringLiteral("Appel : %1").arg(object);
        return;
    }
    const QList<SilenceRule> kinds = m_legalClock->kinds();
    // The kind that goes with what is asked; the release's own when it has it.
    const std::optional<SilenceRule> named = pick ? m_legalClock->kind(QLatin1String(pick->kind)) : std::nullopt;
    const SilenceRule kind = named ? *named : kinds.at(r.below(kinds.size()));
    const ClockReading reading = m_legalClock->read(kind, ClockFacts{{}, day, {}});
    const auto dateText = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const char *silence = kind.meaning == SilenceRule::Meaning::Acceptance ? "acceptance"
                        : kind.meaning == SilenceRule::Meaning::Rejection  ? "rejection"
                                                                            : "none";
    s.data.insert(QStringLiteral("firstReceived"), QString());
    s.data.insert(QStringLiteral("requestKind"), kind.kind);
    s.data.insert(QStringLiteral("requestKindLabel"), kind.label);
    s.data.insert(QStringLiteral("silence"), QLatin1String(silence));
    s.data.insert(QStringLiteral("decisionDate"), dateText(reading.decisionDate));
    s.data.insert(QStringLiteral("appealUntil"), dateText(reading.appealUntil));
    s.data.insert(QStringLiteral("answerTarget"), dateText(reading.answerTarget));
    s.data.insert(QStringLiteral("object"), object);
    s.data.insert(QStringLiteral("analysis"), QString());
    s.summary = object;
    s.dueDate = reading.dueDate();
}

Result<void> Run::createCase(const Arrival &arrival, quint32 caseIndex)
{
    Rng &r = m_caseRng;
    const int nProcedures = int(m_procedures.size());
    const int nOffices = int(m_offices.size());
    // The first cases take every procedure and every office once.
    const int procedureIndex = caseIndex < quint32(nProcedures) ? int(caseIndex) : r.weighted(m_procedureWeights);
    int office = 0;
    if (caseIndex < quint32(nOffices))
        office = int(caseIndex);
    else if (m_homeOffice >= 0 && r.chance(0.4))
        office = m_homeOffice;
    else
        office = r.below(nOffices);
    const Procedure &p = m_procedures.at(procedureIndex);
    Channel channel = Channel(arrival.channel);
    // A call comes by phone; a written request by post, e-mail or the web form.
    if (p.kind == Procedure::Kind::Call)
        channel = Channel::Phone;
    else if (p.kind == Procedure::Kind::Letter && (channel == Channel::Counter || channel == Channel::Phone))
        channel = Channel::Letter;

    // New people come with a request: the person is created just before.
    // Rounded up, so that the first case already has its person.
    const qint64 target = (qint64(caseIndex + 1) * m_options.citizens + m_options.cases - 1) / m_options.cases;
    const bool newcomers = qint64(m_people.size()) < target;
    const bool school = p.kind == Procedure::Kind::SchoolEnrolment || p.kind == Procedure::Kind::SchoolDerogation;
    while (qint64(m_people.size()) < target) {
        // The person who comes with a school request is a parent.
        if (auto c = createCitizen(arrival.at, office, school && qint64(m_people.size()) + 1 == target); !c)
            return c;
        report(qint64(m_people.size()) + caseIndex);
        m_clock.set(m_clock.now().addSecs(20 + r.below(60)));
        m_clockMs = m_clock.now().toMSecsSinceEpoch();
    }
    const auto found = applicantFor(p, arrival.at, office, newcomers);
    if (!found)
        return std::unexpected(found.error());
    const Person &applicant = **found;

    Situation s = situationFor(p, channel, arrival.at, applicant);
    QStringList missing;
    fillChecklist(p, s, channel, missing);

    CaseRepository::NewCase n;
    n.citizenId = applicant.id;
    n.moduleId = p.moduleId;
    n.procedureId = p.id;
    n.channel = channel;
    n.officeCode = m_offices.at(office).code;
    n.service = s.service.isEmpty() ? p.service : s.service;
    n.dueDate = s.dueDate;
    n.summary = s.summary;
    n.data = s.data;
    n.missingDocuments = missing;
    n.releaseId = m_release.id();
    moveClockTo(arrival.at);
    auto created = m_cases.create(n, p.workflow, agentOf(office, false, r));
    if (!created)
        return std::unexpected(created.error());
    ++m_summary.cases;
    if (auto c = counted(); !c)
        return c;

    CaseState state;
    state.id = created->id;
    state.procedure = procedureIndex;
    state.office = office;
    state.channel = channel;
    state.status = created->status;
    state.missing = missing;
    state.received.fill(false, missing.size());
    state.preferredTo = p.workflow.contains(s.preferredTo) ? s.preferredTo : QString();
    state.answer = s.answer;
    if (p.workflow.isTerminal(state.status))
        ++m_closed;

    // The case's creation in local time (people created first may have pushed the clock on).
    const qint64 t0 = std::max(arrival.at, m_clockMs + offsetMs(julianDayOf(arrival.at)));
    // A few cases stall and stay open: the overdue list has something to show.
    const bool stalls = r.chance(0.03);
    qint64 firstStep = -1;
    if (!stalls && !p.workflow.isTerminal(state.status)) {
        if (channel == Channel::Counter && r.chance(0.75))
            firstStep = t0 + r.between(2, 25) * minuteMs;
        else if (channel == Channel::Counter)
            firstStep = nextOpenMoment(t0 + r.between(1, 3) * dayMs, r);
        else
            firstStep = nextOpenMoment(t0 + r.between(3 * hourMs, 6 * dayMs), r);
    }
    const qint64 horizon = firstStep > 0 ? firstStep : t0 + 10 * dayMs;
    for (int i = 0; i < missing.size(); ++i)
        if (r.chance(0.7))
            schedule(caseIndex, state,
                     std::min(horizon - minuteMs, t0 + minuteMs + qint64(r.unit() * double(horizon - t0))),
                     EventKind::Document, quint16(i));
    if (!state.answer.isEmpty() && (channel == Channel::Counter || channel == Channel::Phone) && r.chance(0.6))
        schedule(caseIndex, state, t0 + r.between(30'000, 4 * minuteMs), EventKind::Answer);
    const int notes = r.weighted({55, 30, 15});
    for (int i = 0; i < notes; ++i)
        schedule(caseIndex, state, nextOpenMoment(t0 + r.between(5 * minuteMs, 12 * dayMs), r), EventKind::Note,
                 quint16(r.below(m_notes.size())));
    if (firstStep > 0)
        schedule(caseIndex, state, firstStep, EventKind::Advance);
    if (state.pending > 0)
        m_open.emplace(caseIndex, std::move(state));
    return {};
}

void Run::schedule(quint32 caseIndex, CaseState &state, qint64 at, EventKind kind, quint16 arg)
{
    if (at >= m_endLocal)
        return;   // after the end of the history: still to come
    m_queue.push({at, m_order++, caseIndex, kind, arg});
    ++state.pending;
}

Result<void> Run::process(const Pending &event)
{
    auto it = m_open.find(event.caseIndex);
    Q_ASSERT(it != m_open.end());
    CaseState &state = it->second;
    --state.pending;
    const Procedure &p = m_procedures.at(state.procedure);
    Rng &r = m_caseRng;
    moveClockTo(event.at);

    switch (event.kind) {
    case EventKind::Document: {
        if (state.received.at(event.arg))
            break;
        auto e = m_cases.recordDocument(state.id, state.missing.at(event.arg), agentOf(state.office, false, r));
        if (!e)
            return std::unexpected(e.error());
        state.received[event.arg] = true;
        ++m_summary.documents;
        break;
    }
    case EventKind::Note: {
        auto e = m_cases.addNote(state.id, m_notes.at(event.arg), agentOf(state.office, false, r));
        if (!e)
            return std::unexpected(e.error());
        ++m_summary.notes;
        break;
    }
    case EventKind::Answer: {
        auto e = m_cases.recordAnswer(state.id, state.answer, m_release.id(), agentOf(state.office, false, r));
        if (!e)
            return std::unexpected(e.error());
        ++m_summary.answers;
        break;
    }
    case EventKind::Advance: {
        const QStringList next = p.workflow.next(state.status);
        if (next.isEmpty())
            break;
        // Refusals and redirections (the transitions that need a reason) are
        // the exception; the request mostly heads for the end it was made for.
        // It waits for documents only while some are missing, and mostly does then.
        const bool documentsMissing = state.received.contains(false);
        // Still waiting when the documents did not all come: the request stays
        // there (the lists of what is awaited have something to show) or ends.
        const bool stillWaiting = documentsMissing && p.workflow.awaitsDocuments(state.status);
        if (stillWaiting && r.chance(0.6))
            break;
        std::vector<double> cumulative;
        double total = 0;
        for (const QString &to : next) {
            double w = p.workflow.reasons(state.status, to).isEmpty() ? 10.0 : 1.0;
            if (!state.preferredTo.isEmpty())
                w *= to == state.preferredTo ? 6.0 : (p.workflow.isTerminal(to) ? 0.3 : 1.0);
            if (p.workflow.awaitsDocuments(to))
                w *= documentsMissing ? 6.0 : 0.0;
            if (stillWaiting && !p.workflow.isTerminal(to))
                w = 0;
            cumulative.push_back(total += w);
        }
        if (total <= 0)
            break;
        const QString to = next.at(r.weighted(cumulative));
        const QStringList reasons = p.workflow.reasons(state.status, to);
        const QString reason = reasons.isEmpty() ? QString() : r.pick(reasons);
        auto e = m_cases.changeStatus(state.id, to, reason, p.workflow,
                                      agentOf(state.office, !reasons.isEmpty() && r.chance(0.5), r));
        if (!e)
            return std::unexpected(e.error());
        ++m_summary.statusChanges;
        state.status = to;
        if (p.workflow.isTerminal(to)) {
            ++m_closed;
        } else {
            // The last step (a document handed over, a letter sent) waits for
            // the person or the post: the lists of what is to hand over or to
            // print are never empty.
            const QStringList after = p.workflow.next(to);
            const bool lastStep = !after.isEmpty() && std::all_of(after.cbegin(), after.cend(), [&](const QString &s) {
                return p.workflow.isTerminal(s);
            });
            const qint64 delay = lastStep         ? r.between(1 * dayMs, 21 * dayMs)
                               : r.chance(0.7) ? r.between(10 * minuteMs, 2 * dayMs)
                                               : r.between(2 * dayMs, 10 * dayMs);
            qint64 advance = nextOpenMoment(event.at + delay, r);
            // Waiting for documents: most come, then the request goes on;
            // the rest are reminded of and the request may be cancelled.
            if (p.workflow.awaitsDocuments(to))
                for (qsizetype i = 0; i < state.missing.size(); ++i)
                    if (!state.received.at(i) && r.chance(0.8)) {
                        const qint64 at = nextOpenMoment(event.at + r.between(1 * dayMs, 15 * dayMs), r);
                        schedule(event.caseIndex, state, at, EventKind::Document, quint16(i));
                        advance = std::max(advance, at + r.between(10 * minuteMs, 2 * dayMs));
                    }
            schedule(event.caseIndex, state, advance, EventKind::Advance);
        }
        break;
    }
    }
    if (state.pending == 0)
        m_open.erase(it);
    return counted();
}

Result<void> Run::drainUntil(qint64 at, bool inclusive)
{
    while (!m_queue.empty() && (m_queue.top().at < at || (inclusive && m_queue.top().at == at))) {
        const Pending event = m_queue.top();
        m_queue.pop();
        if (auto r = process(event); !r)
            return r;
    }
    return {};
}

Result<DemoGenerator::Summary> Run::exec()
{
    if (m_options.citizens < 0 || m_options.cases < 0)
        return std::unexpected(Error::invalid(QStringLiteral("size"),
            tr("Sizes: expected zero or more people and cases.")));
    if (m_options.cases > 0 && m_options.citizens < 1)
        return std::unexpected(Error::invalid(QStringLiteral("citizens"),
            tr("People: cases need at least one person. Give a number of people of 1 or more.")));
    if (m_options.years < 1 || m_options.years > 50)
        return std::unexpected(Error::invalid(QStringLiteral("years"),
            tr("History: expected between 1 and 50 years.")));
    if (m_options.batchSize < 1)
        return std::unexpected(Error::invalid(QStringLiteral("batch"), tr("Batch size: expected 1 or more.")));
    if (&m_db.clock() != &m_clock)
        return std::unexpected(Error::make(Error::Code::Invalid,
            tr("The demo generator must move the clock the database was opened with.")));
    if (auto r = loadReference(); !r)
        return std::unexpected(r.error());

    m_profiles = profiles();
    double total = 0;
    for (const Profile &p : m_profiles)
        m_profileWeights.push_back(total += p.weight);
    m_communes = birthCommunes();
    total = 0;
    for (const WeightedCommune &c : m_communes)
        m_communeWeights.push_back(total += c.weight);
    m_streets = brestStreets();
    // A voter of the commune must find their polling station: homes only on the
    // streets the table knows. Which station a street missing from it belongs to
    // is the prefect's to say, not the demo's. A table that knows none of these
    // streets (another commune's) leaves them as they are.
    if (!m_pollingStreets.isEmpty()) {
        if (const QStringList known = m_pollingStreets.known(m_streets); !known.isEmpty())
            m_streets = known;
        if (!m_school.isEmpty())
            m_school.restrictHomes([this](const QString &street) { return m_pollingStreets.knows(street); });
    }
    if (!m_school.isEmpty())
        m_outsideSectors = m_school.streetsOutside(m_streets);
    m_villageStreets = villageStreets();
    m_nearby = nearbyCommunes();
    m_domains = mailDomains();
    m_notes = noteTexts();

    prepareCalendar();
    std::vector<Arrival> arrivals = planArrivals();
    m_totalUnits = qint64(m_options.citizens) + m_options.cases;
    m_people.reserve(size_t(m_options.citizens));

    // The history starts `years` ago: from here on the clock only moves forward.
    m_clockMs = m_startLocal - offsetMs(julianDayOf(m_startLocal)) - dayMs;
    m_clock.set(QDateTime::fromMSecsSinceEpoch(m_clockMs, Qt::UTC));
    // Reproducible ids: seeded after the clock is set, so they follow the simulated time.
    m_db.seedIds(m_options.seed ? m_options.seed : 0x6775'6963'6865'74ULL);

    m_tx.emplace(m_db);
    if (!m_tx->isActive())
        return std::unexpected(Error::make(Error::Code::Storage,
            tr("The office database is busy: the demo data cannot be written. Close the other Guichet programs "
               "and try again.")));
    if (auto r = createAgents(); !r)
        return std::unexpected(r.error());
    report(0);

    for (quint32 i = 0; i < quint32(arrivals.size()); ++i) {
        const Arrival &a = arrivals[i];
        if (auto r = drainUntil(a.at, true); !r)
            return std::unexpected(r.error());
        if (auto r = createCase(a, i); !r)
            return std::unexpected(r.error());
        report(qint64(m_people.size()) + i + 1);
    }
    if (auto r = drainUntil(m_endLocal, false); !r)
        return std::unexpected(r.error());
    // People who have not come yet with a request (more people than cases).
    const qint64 remaining = m_options.citizens - qint64(m_people.size());
    for (qint64 k = 0; k < remaining; ++k) {
        const qint64 spread = m_startLocal + (m_endLocal - m_startLocal) * (k + 1) / (remaining + 1);
        const qint64 open = nextOpenMoment(spread, m_peopleRng);
        if (auto r = createCitizen(open < m_endLocal ? open : spread,
                                   m_homeOffice >= 0 ? m_homeOffice : int(k % m_offices.size()));
            !r)
            return std::unexpected(r.error());
        report(qint64(m_people.size()) + m_options.cases);
    }
    if (auto r = m_tx->commit(); !r)
        return std::unexpected(r.error());
    m_tx.reset();
    report(m_totalUnits);
    m_summary.openCases = m_summary.cases - m_closed;
    return m_summary;
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, ManualClock &clock, const ReferenceRelease &release)
    : m_db(db), m_clock(clock), m_release(release)
{
}

Result<DemoGenerator::Summary> DemoGenerator::run(const Options &options, const Progress &progress)
{
    Run run(m_db, m_clock, m_release, options, progress);
    return run.exec();
}

} // namespace guichet
