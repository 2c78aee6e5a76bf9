<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgentRepository</name>
    <message>
        <source>Login or password incorrect. Check the keyboard (caps lock) and try again; after five failures the account is locked for 15 minutes.</source>
        <translation>Identifiant ou mot de passe incorrect. Vérifiez le clavier (verrouillage des majuscules) et réessayez ; après cinq échecs, le compte est bloqué pendant 15 minutes.</translation>
    </message>
    <message>
        <source>Login: expected 2 to 32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter (e.g. jmartin).</source>
        <translation>Identifiant : 2 à 32 caractères sont attendus (lettres minuscules, chiffres, points, tirets ou tirets bas), en commençant par une lettre (par exemple jmartin).</translation>
    </message>
    <message>
        <source>Name: give the agent&apos;s name as colleagues know it.</source>
        <translation>Nom : indiquez le nom de l&apos;agent tel que ses collègues le connaissent.</translation>
    </message>
    <message>
        <source>Password: expected at least %1 characters. Choose a longer one; a short sentence is easy to remember.</source>
        <translation>Mot de passe : au moins %1 caractères sont attendus. Choisissez-en un plus long ; une courte phrase est facile à retenir.</translation>
    </message>
    <message>
        <source>Office: expected the three-letter code of an office (e.g. BEL).</source>
        <translation>Bureau : le code à trois lettres d&apos;une mairie de quartier est attendu (par exemple BEL).</translation>
    </message>
    <message>
        <source>The cryptographic library cannot start.</source>
        <translation>La bibliothèque cryptographique ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory). Close other programs and try again.</source>
        <translation>Le mot de passe n&apos;a pas pu être haché (mémoire insuffisante). Fermez les autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is already taken. Choose another login.</source>
        <translation>Identifiant : « %1 » est déjà utilisé. Choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>This account is locked after five failed attempts, until %1. Wait, or ask a supervisor.</source>
        <translation>Ce compte est bloqué jusqu&apos;à %1 après cinq tentatives échouées. Patientez, ou adressez-vous à un superviseur.</translation>
    </message>
    <message>
        <source>This agent account does not exist.</source>
        <translation>Ce compte d&apos;agent n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>This case is not in the office database. Check the tracking number, or synchronise and try again.</source>
        <translation>Ce dossier ne figure pas dans la base de données de la mairie de quartier. Vérifiez le numéro de suivi, ou lancez une synchronisation et réessayez.</translation>
    </message>
    <message>
        <source>The procedure %1 has no workflow in the reference release. Ask IT to check the release.</source>
        <translation>La démarche %1 n&apos;a pas de circuit de traitement dans le référentiel. Demandez au service informatique de vérifier le référentiel.</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a state of this procedure. Choose one of the listed states.</source>
        <translation>Statut : « %1 » n&apos;est pas un statut de cette démarche. Choisissez l&apos;un des statuts de la liste.</translation>
    </message>
    <message>
        <source>Person: no person is chosen. Search the person or create them before saving the request.</source>
        <translation>Personne : aucune personne n&apos;est choisie. Recherchez la personne ou créez sa fiche avant d&apos;enregistrer la demande.</translation>
    </message>
    <message>
        <source>Note: the text is empty. Type the note, then save it.</source>
        <translation>Note : le texte est vide. Saisissez la note, puis enregistrez-la.</translation>
    </message>
    <message>
        <source>The case cannot go from &quot;%1&quot; to &quot;%2&quot;. Choose one of the next steps offered for this case.</source>
        <translation>Le dossier ne peut pas passer de « %1 » à « %2 ». Choisissez l&apos;une des étapes suivantes proposées pour ce dossier.</translation>
    </message>
    <message>
        <source>Reason: &quot;%1&quot; needs a reason from the list. Choose the reason to tell the person.</source>
        <translation>Motif : « %1 » exige un motif de la liste. Choisissez le motif à communiquer à la personne.</translation>
    </message>
    <message>
        <source>Document: &quot;%1&quot; is not among the documents still missing for this case. Choose one from the list.</source>
        <translation>Document : « %1 » ne fait pas partie des documents encore manquants pour ce dossier. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Answer: the text is empty. Type the answer given to the person.</source>
        <translation>Réponse : le texte est vide. Saisissez la réponse donnée à la personne.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
</context>
<context>
    <name>Citizen</name>
    <message>
        <source>%1 (used name %2)</source>
        <translation>%1 (nom d&apos;usage %2)</translation>
    </message>
</context>
<context>
    <name>CitizenRepository</name>
    <message>
        <source>Family name: expected letters, spaces, hyphens or apostrophes, as on the birth act. Type the birth name.</source>
        <translation>Nom de famille : seuls les lettres, espaces, tirets et apostrophes sont admis, comme sur l&apos;acte de naissance. Saisissez le nom de naissance.</translation>
    </message>
    <message>
        <source>Used name: expected letters, spaces, hyphens or apostrophes. Leave it empty if the person uses their birth name.</source>
        <translation>Nom d&apos;usage : seuls les lettres, espaces, tirets et apostrophes sont admis. Laissez le champ vide si la personne utilise son nom de naissance.</translation>
    </message>
    <message>
        <source>First names: expected at least one first name, in civil-status order, separated by spaces.</source>
        <translation>Prénoms : au moins un prénom est attendu, dans l&apos;ordre de l&apos;état civil, séparés par des espaces.</translation>
    </message>
    <message>
        <source>Sex: choose F or M, as on the birth act.</source>
        <translation>Sexe : choisissez F ou M, comme sur l&apos;acte de naissance.</translation>
    </message>
    <message>
        <source>Birth date: expected a date between 1880 and today, as DD/MM/YYYY.</source>
        <translation>Date de naissance : une date entre 1880 et aujourd&apos;hui est attendue, au format JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Birth place: give the INSEE code of the birth commune (5 characters, e.g. 29019 for Brest), or the country when the person was born abroad.</source>
        <translation>Lieu de naissance : indiquez le code INSEE de la commune de naissance (5 caractères, par exemple 29019 pour Brest), ou le pays si la personne est née à l&apos;étranger.</translation>
    </message>
    <message>
        <source>Preferred language: expected a language code such as fr, en, br or ar.</source>
        <translation>Langue préférée : un code de langue est attendu, par exemple fr, en, br ou ar.</translation>
    </message>
    <message>
        <source>This person is not in the office database. Search again by name or birth date.</source>
        <translation>Cette personne ne figure pas dans la base de données de la mairie de quartier. Recherchez-la de nouveau par nom ou par date de naissance.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>read the agents</source>
        <translation>lire les agents</translation>
    </message>
    <message>
        <source>save the agent</source>
        <translation>enregistrer l&apos;agent</translation>
    </message>
    <message>
        <source>record the log-in</source>
        <translation>enregistrer la connexion</translation>
    </message>
    <message>
        <source>number the case</source>
        <translation>numéroter le dossier</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>enregistrer le dossier</translation>
    </message>
    <message>
        <source>add to the case timeline</source>
        <translation>compléter l&apos;historique du dossier</translation>
    </message>
    <message>
        <source>change the status</source>
        <translation>changer le statut</translation>
    </message>
    <message>
        <source>record the document</source>
        <translation>enregistrer le document</translation>
    </message>
    <message>
        <source>read the case</source>
        <translation>lire le dossier</translation>
    </message>
    <message>
        <source>read the case timeline</source>
        <translation>lire l&apos;historique du dossier</translation>
    </message>
    <message>
        <source>list the cases</source>
        <translation>lister les dossiers</translation>
    </message>
    <message>
        <source>count the cases</source>
        <translation>compter les dossiers</translation>
    </message>
    <message>
        <source>save the person</source>
        <translation>enregistrer la personne</translation>
    </message>
    <message>
        <source>index a person for search</source>
        <translation>indexer une personne pour la recherche</translation>
    </message>
    <message>
        <source>read the person</source>
        <translation>lire la fiche de la personne</translation>
    </message>
    <message>
        <source>log the read of the record</source>
        <translation>journaliser la consultation de la fiche</translation>
    </message>
    <message>
        <source>search people</source>
        <translation>rechercher des personnes</translation>
    </message>
    <message>
        <source>set the schema version</source>
        <translation>enregistrer la version du schéma</translation>
    </message>
    <message>
        <source>write a setting</source>
        <translation>enregistrer un paramètre</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>enregistrer la modification</translation>
    </message>
    <message>
        <source>write the outbox</source>
        <translation>écrire dans la file d&apos;envoi</translation>
    </message>
    <message>
        <source>compute the statistics</source>
        <translation>calculer les statistiques</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>vérifier la base de données</translation>
    </message>
    <message>
        <source>read people to index them</source>
        <translation>lire les personnes à indexer</translation>
    </message>
    <message>
        <source>read the reference releases</source>
        <translation>lire les référentiels</translation>
    </message>
    <message>
        <source>install the reference release</source>
        <translation>installer le référentiel</translation>
    </message>
    <message>
        <source>tune the connection</source>
        <translation>paramétrer la connexion</translation>
    </message>
    <message>
        <source>The office database %1 does not exist. Create it with &quot;guichetctl init --db %1&quot; or give the right path with --db.</source>
        <translation>La base de données de la mairie de quartier %1 n&apos;existe pas. Créez-la avec « guichetctl init --db %1 » ou indiquez le bon chemin avec --db.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the disk and the permissions, or choose another path with --db.</source>
        <translation>Le répertoire %1 ne peut pas être créé. Vérifiez le disque et les droits d&apos;accès, ou choisissez un autre chemin avec --db.</translation>
    </message>
    <message>
        <source>The office database %1 cannot be opened: %2. Check that the file is readable and writable by this account and that the disk is not full.</source>
        <translation>La base de données de la mairie de quartier %1 ne peut pas être ouverte : %2. Vérifiez que ce compte peut lire et écrire le fichier et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>%1 is not a Guichet database or is damaged (%2). Restore it from the last backup or ask IT.</source>
        <translation>%1 n&apos;est pas une base de données Guichet ou elle est endommagée (%2). Restaurez-la à partir de la dernière sauvegarde ou contactez le service informatique.</translation>
    </message>
    <message>
        <source>The office database %1 cannot be set up: %2.</source>
        <translation>La base de données de la mairie de quartier %1 ne peut pas être initialisée : %2.</translation>
    </message>
    <message>
        <source>The office database %1 was written by a newer version of Guichet (schema %2, this version knows up to %3). Install the latest version of Guichet on this workstation.</source>
        <translation>La base de données de la mairie de quartier %1 a été écrite par une version plus récente de Guichet (schéma %2 ; cette version connaît les schémas jusqu&apos;au %3). Installez la dernière version de Guichet sur ce poste.</translation>
    </message>
    <message>
        <source>The office database %1 is busy and cannot be upgraded. Close the other Guichet windows and try again.</source>
        <translation>La base de données de la mairie de quartier %1 est occupée et ne peut pas être mise à niveau. Fermez les autres fenêtres de Guichet et réessayez.</translation>
    </message>
    <message>
        <source>Upgrading the office database %1 to schema %2 failed (%3); it was left unchanged at schema %4. Keep the file and send it to IT.</source>
        <translation>La mise à niveau de la base de données de la mairie de quartier %1 vers le schéma %2 a échoué (%3) ; elle est restée inchangée au schéma %4. Conservez le fichier et envoyez-le au service informatique.</translation>
    </message>
    <message>
        <source>The office database could not %1: %2. Nothing was saved; try again, and call IT if it happens again.</source>
        <translation>La base de données de la mairie de quartier n&apos;a pas pu %1 : %2. Rien n&apos;a été enregistré ; réessayez, et appelez le service informatique si le problème se reproduit.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The reference release %1 lists no office (offices.json). Ask HQ for a complete release.</source>
        <translation>Le référentiel %1 ne contient aucune mairie de quartier (offices.json). Demandez un référentiel complet au siège.</translation>
    </message>
    <message>
        <source>Office: %1 is not an office of reference release %2.</source>
        <translation>Bureau : %1 n&apos;est pas une mairie de quartier du référentiel %2.</translation>
    </message>
    <message>
        <source>The procedure %1 of reference release %2 has no valid workflow. Ask HQ to fix the release.</source>
        <translation>La démarche %1 du référentiel %2 n&apos;a pas de circuit de traitement valide. Demandez au siège de corriger le référentiel.</translation>
    </message>
    <message>
        <source>The reference release %1 declares no procedure. Ask HQ for a complete release.</source>
        <translation>Le référentiel %1 ne déclare aucune démarche. Demandez un référentiel complet au siège.</translation>
    </message>
    <message>
        <source>The office database is busy: the demo data cannot be written. Close the other Guichet programs and try again.</source>
        <translation>La base de données de la mairie de quartier est occupée : les données de démonstration ne peuvent pas être écrites. Fermez les autres programmes Guichet et réessayez.</translation>
    </message>
    <message>
        <source>Sizes: expected zero or more people and cases.</source>
        <translation>Tailles : un nombre de personnes et de dossiers positif ou nul est attendu.</translation>
    </message>
    <message>
        <source>People: cases need at least one person. Give a number of people of 1 or more.</source>
        <translation>Personnes : les dossiers nécessitent au moins une personne. Indiquez un nombre de personnes égal ou supérieur à 1.</translation>
    </message>
    <message>
        <source>History: expected between 1 and 50 years.</source>
        <translation>Historique : une durée de 1 à 50 ans est attendue.</translation>
    </message>
    <message>
        <source>Batch size: expected 1 or more.</source>
        <translation>Taille des lots : une valeur égale ou supérieure à 1 est attendue.</translation>
    </message>
    <message>
        <source>The demo generator must move the clock the database was opened with.</source>
        <translation>Le générateur de démonstration doit pouvoir avancer l&apos;horloge avec laquelle la base de données a été ouverte.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>This database belongs to no office of the reference release (office code &quot;%1&quot;). Create it again with &quot;guichetctl init --office CODE&quot;.</source>
        <translation>Cette base de données n&apos;appartient à aucune mairie de quartier du référentiel (code de bureau « %1 »). Recréez-la avec « guichetctl init --office CODE ».</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>Incompatible</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation>Échec du démarrage</translation>
    </message>
    <message>
        <source>The file is not a Guichet module or is damaged: %1. Reinstall Guichet.</source>
        <translation>Le fichier n&apos;est pas un module Guichet ou il est endommagé : %1. Réinstallez Guichet.</translation>
    </message>
    <message>
        <source>The file is a plugin for another program. Remove it from the modules folder.</source>
        <translation>Le fichier est un module d&apos;extension destiné à un autre programme. Retirez-le du répertoire des modules.</translation>
    </message>
    <message>
        <source>Built for SDK version %1, this desk has SDK version %2. Install the module&apos;s version made for this release of Guichet.</source>
        <translation>Compilé pour la version %1 du SDK, alors que ce poste dispose de la version %2 du SDK. Installez la version du module prévue pour cette version de Guichet.</translation>
    </message>
    <message>
        <source>Another file already provides the module %1. Remove one of the two.</source>
        <translation>Un autre fichier fournit déjà le module %1. Retirez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The module cannot be loaded: %1. Reinstall Guichet.</source>
        <translation>Le module ne peut pas être chargé : %1. Réinstallez Guichet.</translation>
    </message>
    <message>
        <source>The reference release offers this module but it is not installed on this workstation. Ask IT to install it; the other procedures work meanwhile.</source>
        <translation>Le référentiel propose ce module, mais il n&apos;est pas installé sur ce poste. Demandez au service informatique de l&apos;installer ; en attendant, les autres démarches fonctionnent.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt of your request</source>
        <translation>Récépissé de votre demande</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Délivré le %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Réponse au plus tard le</translation>
    </message>
    <message>
        <source>What we told you</source>
        <translation>Ce que nous vous avons indiqué</translation>
    </message>
    <message>
        <source>Your file is complete: no document is missing.</source>
        <translation>Votre dossier est complet : aucun document ne manque.</translation>
    </message>
    <message>
        <source>Documents still to provide</source>
        <translation>Documents restant à fournir</translation>
    </message>
    <message>
        <source>Keep this receipt. To ask where your request stands, give the tracking number at any town-hall office or by phone.</source>
        <translation>Conservez ce récépissé. Pour savoir où en est votre demande, indiquez le numéro de suivi dans n&apos;importe quelle mairie de quartier ou par téléphone.</translation>
    </message>
    <message>
        <source>Reference release %1</source>
        <translation>Référentiel %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Récépissé %1</translation>
    </message>
    <message>
        <source>The receipt cannot be written to %1. Check the disk space and the folder&apos;s permissions.</source>
        <translation>Le récépissé ne peut pas être écrit dans %1. Vérifiez l&apos;espace disque et les droits d&apos;accès du répertoire.</translation>
    </message>
</context>
<context>
    <name>ReferenceRelease</name>
    <message>
        <source>Reference file %1 cannot be read: %2. Reinstall Guichet or ask IT for the release files.</source>
        <translation>Le fichier de référentiel %1 ne peut pas être lu : %2. Réinstallez Guichet ou demandez les fichiers du référentiel au service informatique.</translation>
    </message>
    <message>
        <source>Reference file %1 is not a valid JSON object (%2 at offset %3). Ask IT to fix the release.</source>
        <translation>Le fichier de référentiel %1 n&apos;est pas un objet JSON valide (%2 à la position %3). Demandez au service informatique de corriger le référentiel.</translation>
    </message>
    <message>
        <source>The stored reference release is damaged (%1). Run &quot;guichetctl verify&quot; and ask IT.</source>
        <translation>Le référentiel enregistré est endommagé (%1). Lancez « guichetctl verify » et contactez le service informatique.</translation>
    </message>
    <message>
        <source>The reference release has no id or no valid effective date (release.json needs &quot;id&quot; and &quot;effective&quot;: &quot;YYYY-MM-DD&quot;).</source>
        <translation>Le référentiel n&apos;a pas d&apos;identifiant ou pas de date d&apos;entrée en vigueur valide (release.json doit contenir &quot;id&quot; et &quot;effective&quot;: &quot;YYYY-MM-DD&quot;).</translation>
    </message>
</context>
<context>
    <name>ReferenceStore</name>
    <message>
        <source>Reference release %1 is already installed with a different content. A changed release must get a new number; ask HQ to publish it again.</source>
        <translation>Le référentiel %1 est déjà installé avec un contenu différent. Un référentiel modifié doit recevoir un nouveau numéro ; demandez au siège de le publier à nouveau.</translation>
    </message>
    <message>
        <source>No reference release is in force on this workstation. Run &quot;guichetctl init&quot; or synchronise with HQ.</source>
        <translation>Aucun référentiel n&apos;est en vigueur sur ce poste. Lancez « guichetctl init » ou effectuez une synchronisation avec le siège.</translation>
    </message>
    <message>
        <source>This build of Guichet ships no reference release.</source>
        <translation>Cette version de Guichet n&apos;est livrée avec aucun référentiel.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Social security number: the field is empty. Enter the 13 characters and the 2-digit key shown on the person&apos;s card, e.g. 1 85 05 78 006 084 91.</source>
        <translation>Numéro de sécurité sociale : le champ est vide. Saisissez les 13 caractères et la clé à 2 chiffres figurant sur la carte Vitale de la personne, par exemple 1 85 05 78 006 084 91.</translation>
    </message>
    <message>
        <source>Social security number: expected 13 characters and a 2-digit key (15 in all), e.g. 1 85 05 78 006 084 91, but found %1. Check the number on the person&apos;s card.</source>
        <translation>Numéro de sécurité sociale : 13 caractères et une clé à 2 chiffres sont attendus (15 au total), par exemple 1 85 05 78 006 084 91, mais le numéro saisi en compte %1. Vérifiez le numéro sur la carte Vitale de la personne.</translation>
    </message>
    <message>
        <source>Social security number: only digits are allowed, except 2A or 2B as the department (characters 6 and 7) for a birth in Corsica. Check the number on the person&apos;s card.</source>
        <translation>Numéro de sécurité sociale : seuls les chiffres sont autorisés, sauf 2A ou 2B comme département (caractères 6 et 7) pour une naissance en Corse. Vérifiez le numéro sur la carte Vitale de la personne.</translation>
    </message>
    <message>
        <source>Social security number: the first digit must be 1 or 2 (3, 4, 7 or 8 for a provisional number). Check the number on the person&apos;s card.</source>
        <translation>Numéro de sécurité sociale : le premier chiffre doit être 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire). Vérifiez le numéro sur la carte Vitale de la personne.</translation>
    </message>
    <message>
        <source>Social security number: characters 4 and 5 must be the month of birth, 01 to 12 (or 20, 30 to 42, 50 to 99 when the month is unknown). Check the number on the person&apos;s card.</source>
        <translation>Numéro de sécurité sociale : les caractères 4 et 5 doivent être le mois de naissance, de 01 à 12 (ou 20, 30 à 42, 50 à 99 si le mois est inconnu). Vérifiez le numéro sur la carte Vitale de la personne.</translation>
    </message>
    <message>
        <source>Social security number: the key (the last 2 digits) does not match the first 13 characters, so one of them was mistyped. Check both against the person&apos;s card.</source>
        <translation>Numéro de sécurité sociale : la clé (les 2 derniers chiffres) ne correspond pas aux 13 premiers caractères ; l&apos;un d&apos;eux a donc été mal saisi. Vérifiez le numéro et la clé sur la carte Vitale de la personne.</translation>
    </message>
    <message>
        <source>INSEE commune code: expected 5 characters, a department (01 to 95, 2A or 2B for Corsica, 971 to 976 overseas) followed by the commune number, e.g. 75056 for Paris or 2A004 for Ajaccio. It is not the postal code: look the commune up in the official list (COG).</source>
        <translation>Code commune INSEE : 5 caractères sont attendus, un département (01 à 95, 2A ou 2B pour la Corse, 971 à 976 pour l&apos;outre-mer) suivi du numéro de la commune, par exemple 75056 pour Paris ou 2A004 pour Ajaccio. Ce n&apos;est pas le code postal : recherchez la commune dans la liste officielle (COG).</translation>
    </message>
    <message>
        <source>INSEE commune code: Corsican communes begin with 2A (Corse-du-Sud) or 2B (Haute-Corse), not 20, e.g. 2A004 for Ajaccio. Take the code from the official commune list (COG).</source>
        <translation>Code commune INSEE : les communes corses commencent par 2A (Corse-du-Sud) ou 2B (Haute-Corse), et non par 20, par exemple 2A004 pour Ajaccio. Reprenez le code dans la liste officielle des communes (COG).</translation>
    </message>
    <message>
        <source>INSEE commune code: %1 is not an overseas department; expected 971 to 976 followed by 2 digits, e.g. 97411 for Saint-Denis (Réunion). Take the code from the official commune list (COG).</source>
        <translation>Code commune INSEE : %1 n&apos;est pas un département d&apos;outre-mer ; 971 à 976 suivi de 2 chiffres est attendu, par exemple 97411 pour Saint-Denis (La Réunion). Reprenez le code dans la liste officielle des communes (COG).</translation>
    </message>
    <message>
        <source>INSEE commune code: %1 is not a French department; expected 01 to 95, 2A, 2B or 971 to 976. Take the code from the official commune list (COG).</source>
        <translation>Code commune INSEE : %1 n&apos;est pas un département français ; 01 à 95, 2A, 2B ou 971 à 976 est attendu. Reprenez le code dans la liste officielle des communes (COG).</translation>
    </message>
    <message>
        <source>Postal code: expected 5 digits, e.g. 75001, or 20000 in Corsica. Copy it from the address on the person&apos;s proof of address.</source>
        <translation>Code postal : 5 chiffres sont attendus, par exemple 75001, ou 20000 en Corse. Recopiez-le depuis l&apos;adresse figurant sur le justificatif de domicile de la personne.</translation>
    </message>
    <message>
        <source>Postal code: %1 is outside the French range 01000 to 98999. Copy it from the address on the person&apos;s proof of address.</source>
        <translation>Code postal : %1 est en dehors de la plage française 01000 à 98999. Recopiez-le depuis l&apos;adresse figurant sur le justificatif de domicile de la personne.</translation>
    </message>
    <message>
        <source>Phone number: this is not a phone number. Enter 10 digits such as 06 12 34 56 78, or an international number beginning with + such as +44 20 7946 0958.</source>
        <translation>Numéro de téléphone : ce n&apos;est pas un numéro de téléphone. Saisissez 10 chiffres, par exemple 06 12 34 56 78, ou un numéro international commençant par +, par exemple +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>Phone number: no such number exists (wrong number of digits or unknown prefix). Check the digits with the person; a number from abroad must begin with + and the country code.</source>
        <translation>Numéro de téléphone : ce numéro n&apos;existe pas (nombre de chiffres incorrect ou indicatif inconnu). Vérifiez les chiffres avec la personne ; un numéro étranger doit commencer par + suivi de l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>E-mail address: expected one @ between a name and a domain, e.g. jeanne.martin@example.fr. Check the address with the person.</source>
        <translation>Adresse de courriel : un seul @ est attendu entre un nom et un domaine, par exemple jeanne.martin@example.fr. Vérifiez l&apos;adresse avec la personne.</translation>
    </message>
    <message>
        <source>E-mail address: spaces are not allowed, e.g. jeanne.martin@example.fr. Remove them or check the address with the person.</source>
        <translation>Adresse de courriel : les espaces ne sont pas autorisés (exemple : jeanne.martin@example.fr). Supprimez-les ou vérifiez l&apos;adresse avec la personne.</translation>
    </message>
    <message>
        <source>E-mail address: at most 254 characters are allowed, but found %1. Check the address with the person.</source>
        <translation>Adresse de courriel : 254 caractères au maximum sont autorisés, mais l&apos;adresse en compte %1. Vérifiez l&apos;adresse avec la personne.</translation>
    </message>
    <message>
        <source>E-mail address: the part before the @ must have 1 to 64 characters: letters without accents, digits, dots (not two in a row, not first or last) and signs such as - _ +, but no comma. Check the address with the person.</source>
        <translation>Adresse de courriel : la partie avant le @ doit comporter de 1 à 64 caractères : lettres sans accents, chiffres, points (pas deux de suite, ni au début ni à la fin) et signes tels que - _ +, mais pas de virgule. Vérifiez l&apos;adresse avec la personne.</translation>
    </message>
    <message>
        <source>E-mail address: the part after the @ must be a domain such as example.fr: letters without accents, digits and hyphens, in parts separated by single dots, none beginning or ending with a hyphen. Check the address with the person.</source>
        <translation>Adresse de courriel : la partie après le @ doit être un domaine tel que example.fr : lettres sans accents, chiffres et tirets, en parties séparées par un seul point, aucune ne commençant ni ne finissant par un tiret. Vérifiez l&apos;adresse avec la personne.</translation>
    </message>
</context>
<context>
    <name>guichet::CaseDetailDialog</name>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add the &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>Statut suivant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Change the status</source>
        <translation>&amp;Changer le statut</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Document reçu</translation>
    </message>
    <message>
        <source>Document &amp;received</source>
        <translation>Document &amp;reçu</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <source>Record the &amp;answer</source>
        <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>Ré&amp;ponse :</translation>
    </message>
    <message>
        <source>Add to the case</source>
        <translation>Compléter le dossier</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Timeline (oldest first):</source>
        <translation>Historique (du plus ancien au plus récent) :</translation>
    </message>
    <message>
        <source>Case opened (status: %1, channel: %2)</source>
        <translation>Dossier ouvert (statut : %1, canal : %2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Status: %1 → %2 (reason: %3)</source>
        <translation>Statut : %1 → %2 (motif : %3)</translation>
    </message>
    <message>
        <source>Document received: %1</source>
        <translation>Document reçu : %1</translation>
    </message>
    <message>
        <source>Answer given: %1</source>
        <translation>Réponse donnée : %1</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Status: &lt;b&gt;%3&lt;/b&gt; · channel: %4 · office: %5 · service: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Statut : &lt;b&gt;%3&lt;/b&gt; · canal : %4 · bureau : %5 · service : %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Due: %1</source>
        <translation>&lt;br&gt;Échéance : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Answered under reference release %1</source>
        <translation>&lt;br&gt;Réponse donnée selon le référentiel %1</translation>
    </message>
    <message>
        <source>For: %1, born on %2 · %3 %4 %5 · %6</source>
        <translation>Concerne : %1, né(e) le %2 · %3 %4 %5 · %6</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>(agent of another office)</source>
        <translation>(agent d&apos;un autre bureau)</translation>
    </message>
</context>
<context>
    <name>guichet::CaseListModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N° de suivi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>guichet::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>e.g. BEL-2026-0001</source>
        <translation>par ex. BEL-2026-0001</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Sous 7 jours</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Sous 30 jours</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>&amp;En retard uniquement</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Proce&amp;dure:</source>
        <translation>&amp;Démarche :</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>Enter opens the selected case. Click a column title to sort.</source>
        <translation>Entrée ouvre le dossier sélectionné. Cliquez sur le titre d&apos;une colonne pour trier.</translation>
    </message>
    <message>
        <source>more than %1 cases</source>
        <translation>plus de %1 dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
    <message>
        <source>Guichet — log in</source>
        <translation>Guichet — connexion</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet — %1</source>
        <translation>Guichet — %1</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>Receive a person (F2)</source>
        <translation>Accueillir une personne (F2)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>Find and follow cases (F3)</source>
        <translation>Rechercher et suivre les dossiers (F3)</translation>
    </message>
    <message>
        <source>About the &amp;modules</source>
        <translation>À propos des &amp;modules</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guichet %1&lt;/b&gt;&lt;br&gt;Counter application of French town halls.&lt;br&gt;Licence: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Guichet %1&lt;/b&gt;&lt;br&gt;Application de guichet des mairies françaises.&lt;br&gt;Licence : GPL-3.0 ou ultérieure.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>About the modules</source>
        <translation>À propos des modules</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Reference release %1</source>
        <translation>Référentiel %1</translation>
    </message>
    <message>
        <source>%1 — in force since %2 — hash %3</source>
        <translation>%1 — en vigueur depuis le %2 — empreinte %3</translation>
    </message>
    <message>
        <source>HQ sync: not set up</source>
        <translation>Synchronisation siège : non configurée</translation>
    </message>
    <message>
        <source>This workstation works on its own database; synchronisation with HQ is not set up yet.</source>
        <translation>Ce poste travaille sur sa propre base de données ; la synchronisation avec le siège n&apos;est pas encore configurée.</translation>
    </message>
</context>
<context>
    <name>guichet::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>F — female</source>
        <translation>F — féminin</translation>
    </message>
    <message>
        <source>M — male</source>
        <translation>M — masculin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>INSEE code of the birth commune</source>
        <translation>Code INSEE de la commune de naissance</translation>
    </message>
    <message>
        <source>e.g. 29019</source>
        <translation>par ex. 29019</translation>
    </message>
    <message>
        <source>Birth commune or city</source>
        <translation>Commune ou ville de naissance</translation>
    </message>
    <message>
        <source>Birth country, if abroad</source>
        <translation>Pays de naissance, si à l&apos;étranger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>Breton</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>&amp;Family name (birth):</source>
        <translation>Nom de &amp;famille (de naissance) :</translation>
    </message>
    <message>
        <source>&amp;Used name:</source>
        <translation>Nom d&apos;&amp;usage :</translation>
    </message>
    <message>
        <source>&amp;First names:</source>
        <translation>&amp;Prénoms :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>Birth commune &amp;INSEE code:</source>
        <translation>Code &amp;INSEE de la commune de naissance :</translation>
    </message>
    <message>
        <source>Birth &amp;commune or city:</source>
        <translation>&amp;Commune ou ville de naissance :</translation>
    </message>
    <message>
        <source>Birth c&amp;ountry (if abroad):</source>
        <translation>Pa&amp;ys de naissance (si à l&apos;étranger) :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Postal co&amp;de:</source>
        <translation>Code p&amp;ostal :</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Courri&amp;el :</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Langue préférée :</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>&amp;Save the person</source>
        <translation>En&amp;registrer la personne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>guichet::ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Search a person</source>
        <translation>Rechercher une personne</translation>
    </message>
    <message>
        <source>Name, first name or birth date (DD/MM/YYYY) — ↓ to choose</source>
        <translation>Nom, prénom ou date de naissance (JJ/MM/AAAA) — ↓ pour choisir</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>No person chosen.</source>
        <translation>Aucune personne choisie.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>— choose the procedure —</source>
        <translation>— choisir la démarche —</translation>
    </message>
    <message>
        <source>Answer to give</source>
        <translation>Réponse à donner</translation>
    </message>
    <message>
        <source>Documents: tick those the person has given</source>
        <translation>Documents : cochez ceux que la personne a fournis</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <source>Proce&amp;dure:</source>
        <translation>&amp;Démarche :</translation>
    </message>
    <message>
        <source>Documents (Space: given)</source>
        <translation>Documents (Espace : fourni)</translation>
    </message>
    <message>
        <source>%1 — born %2 — %3</source>
        <translation>%1 — né(e) le %2 — %3</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sans adresse</translation>
    </message>
    <message>
        <source>Nobody found: Ctrl+N creates the person.</source>
        <translation>Aucune personne trouvée : Ctrl+N permet de la créer.</translation>
    </message>
    <message>
        <source>%1, born on %2 in %3</source>
        <translation>%1, né(e) le %2 (lieu de naissance : %3)</translation>
    </message>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1 (le cas échéant)</translation>
    </message>
    <message>
        <source>Person: no person is chosen. Search the person and press Enter, or create them with Ctrl+N.</source>
        <translation>Personne : aucune personne n&apos;est choisie. Recherchez la personne et appuyez sur Entrée, ou créez-la avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Procedure: none is chosen. Choose the procedure in the list, then fill its form.</source>
        <translation>Démarche : aucune démarche n&apos;est choisie. Choisissez la démarche dans la liste, puis remplissez son formulaire.</translation>
    </message>
    <message>
        <source>Request saved. Tracking number: %1. Receipt: %2 — Ctrl+P prints it, Ctrl+R receives the next person.</source>
        <translation>Demande enregistrée. Numéro de suivi : %1. Récépissé : %2 — Ctrl+P l&apos;imprime, Ctrl+R permet d&apos;accueillir la personne suivante.</translation>
    </message>
    <message>
        <source>Request saved. Tracking number: %1. The receipt could not be written: %2</source>
        <translation>Demande enregistrée. Numéro de suivi : %1. Le récépissé n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>New person (Ctrl+N)</source>
        <translation>Nouvelle personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save the request (Ctrl+S)</source>
        <translation>Enregistrer la demande (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print the receipt (Ctrl+P)</source>
        <translation>Imprimer le récépissé (Ctrl+P)</translation>
    </message>
    <message>
        <source>Next person (Ctrl+R)</source>
        <translation>Personne suivante (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose the person, then the procedure: the answer to give and the documents to ask for appear here.</source>
        <translation>Choisissez la personne, puis la démarche : la réponse à donner et les documents à demander s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>guichet::etatcivil::EtatCivilForm</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Type the date and time as digits, e.g. 080720261530 for 8 July 2026 at 15:30. Ctrl+Delete makes it unknown again.</source>
        <translation>Saisissez la date et l&apos;heure en chiffres, par exemple 080720261530 pour le 8 juillet 2026 à 15 h 30. Ctrl+Suppr la rend de nouveau inconnue.</translation>
    </message>
    <message>
        <source>Type the date as digits, e.g. 08072026 for 8 July 2026. Ctrl+Delete makes it unknown again.</source>
        <translation>Saisissez la date en chiffres, par exemple 08072026 pour le 8 juillet 2026. Ctrl+Suppr la rend de nouveau inconnue.</translation>
    </message>
    <message>
        <source>&amp;Event abroad</source>
        <translation>Événement à l&apos;étran&amp;ger</translation>
    </message>
    <message>
        <source>The INSEE code of the commune where the event took place, e.g. %1 for %2. It is not the postal code.</source>
        <translation>Le code INSEE de la commune où l&apos;événement a eu lieu, par exemple %1 pour %2. Ce n&apos;est pas le code postal.</translation>
    </message>
    <message>
        <source>Commune code (&amp;INSEE):</source>
        <translation>Code commune (&amp;INSEE) :</translation>
    </message>
    <message>
        <source>Place na&amp;me (commune, or city and country abroad):</source>
        <translation>Nom du &amp;lieu (commune, ou ville et pays à l&apos;étranger) :</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>Ac&amp;te :</translation>
    </message>
    <message>
        <source>&amp;Copy kind:</source>
        <translation>T&amp;ype de copie :</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;relationship to the person on the act:</source>
        <translation>&amp;Qualité du demandeur par rapport à la personne de l&apos;acte :</translation>
    </message>
    <message>
        <source>Family &amp;name of the person on the act:</source>
        <translation>&amp;Nom de famille de la personne de l&apos;acte :</translation>
    </message>
    <message>
        <source>&amp;First names of the person on the act:</source>
        <translation>&amp;Prénoms de la personne de l&apos;acte :</translation>
    </message>
    <message>
        <source>&amp;Birth date of the person on the act:</source>
        <translation>Date de n&amp;aissance de la personne de l&apos;acte :</translation>
    </message>
    <message>
        <source>&amp;Parents&apos; names of the person on the act:</source>
        <translation>N&amp;oms des parents de la personne de l&apos;acte :</translation>
    </message>
    <message>
        <source>Date of the ac&amp;t (marriage or death):</source>
        <translation>Date de l&apos;acte (&amp;mariage ou décès) :</translation>
    </message>
    <message>
        <source>The person on the act is decea&amp;sed</source>
        <translation>La personne de l&apos;acte e&amp;st décédée</translation>
    </message>
    <message>
        <source>Date of deat&amp;h:</source>
        <translation>Date d&amp;u décès :</translation>
    </message>
    <message>
        <source>Re&amp;quester&apos;s birth date:</source>
        <translation>Date de naissance du d&amp;emandeur :</translation>
    </message>
    <message>
        <source>N&amp;umber of copies:</source>
        <translation>Nombre d&apos;e&amp;xemplaires :</translation>
    </message>
    <message>
        <source>De&amp;livery:</source>
        <translation>Déli&amp;vrance :</translation>
    </message>
    <message>
        <source>&amp;Declaration:</source>
        <translation>Décl&amp;aration :</translation>
    </message>
    <message>
        <source>Date and &amp;time of the birth, or of the medical confirmation of the death:</source>
        <translation>Date et &amp;heure de la naissance, ou du constat médical du décès :</translation>
    </message>
    <message>
        <source>Family &amp;name of the child or of the deceased person:</source>
        <translation>&amp;Nom de famille de l&apos;enfant ou de la personne décédée :</translation>
    </message>
    <message>
        <source>&amp;First names of the child or of the deceased person:</source>
        <translation>&amp;Prénoms de l&apos;enfant ou de la personne décédée :</translation>
    </message>
    <message>
        <source>Place of the event: the place abroad is missing. Type the city and the country.</source>
        <translation>Lieu de l&apos;événement : le lieu à l&apos;étranger n&apos;est pas renseigné. Saisissez la ville et le pays.</translation>
    </message>
    <message>
        <source>Commune code (INSEE) of the event is missing: type the 5-character code, e.g. %1 for %2 (not the postal code), or tick &quot;Event abroad&quot;.</source>
        <translation>Le code commune (INSEE) de l&apos;événement n&apos;est pas renseigné : saisissez le code à 5 caractères, par exemple %1 pour %2 (et non le code postal), ou cochez « Événement à l&apos;étranger ».</translation>
    </message>
    <message>
        <source>Place name of the event is missing: type the name of the commune, so that the answer can name its town hall.</source>
        <translation>Le nom du lieu de l&apos;événement n&apos;est pas renseigné : saisissez le nom de la commune, afin que la réponse puisse indiquer sa mairie.</translation>
    </message>
    <message>
        <source>Copy kind: a &quot;%1&quot; is not issued for this act (%2). Choose another kind of copy.</source>
        <translation>Type de copie : le type « %1 » n&apos;est pas délivré pour cet acte (%2). Choisissez un autre type de copie.</translation>
    </message>
    <message>
        <source>Family name of the person on the act is missing: type the birth name as written on the act.</source>
        <translation>Le nom de famille de la personne de l&apos;acte n&apos;est pas renseigné : saisissez le nom de naissance tel qu&apos;il figure sur l&apos;acte.</translation>
    </message>
    <message>
        <source>First names of the person on the act are missing: type them in the order of the act.</source>
        <translation>Les prénoms de la personne de l&apos;acte ne sont pas renseignés : saisissez-les dans l&apos;ordre de l&apos;acte.</translation>
    </message>
    <message>
        <source>Birth date of the person on the act is missing: type it as 8 digits, day, month and year (e.g. 08072026).</source>
        <translation>La date de naissance de la personne de l&apos;acte n&apos;est pas renseignée : saisissez-la en 8 chiffres, jour, mois et année (par exemple 08072026).</translation>
    </message>
    <message>
        <source>Date of the act is missing: type the date of the marriage or of the death as 8 digits, day, month and year.</source>
        <translation>La date de l&apos;acte n&apos;est pas renseignée : saisissez la date du mariage ou du décès en 8 chiffres, jour, mois et année.</translation>
    </message>
    <message>
        <source>Parents&apos; names of the person on the act are missing: this copy shows the parents, so type their names and first names as the act gives them.</source>
        <translation>Les noms des parents de la personne de l&apos;acte ne sont pas renseignés : cette copie mentionne les parents, saisissez donc leurs noms et prénoms tels qu&apos;ils figurent sur l&apos;acte.</translation>
    </message>
    <message>
        <source>Birth date of the person on the act is in the future: check the year.</source>
        <translation>La date de naissance de la personne de l&apos;acte est dans le futur : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Date of the act is in the future: check the year.</source>
        <translation>La date de l&apos;acte est dans le futur : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Date of death is in the future: check the year.</source>
        <translation>La date du décès est dans le futur : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Requester&apos;s birth date is in the future: check the year.</source>
        <translation>La date de naissance du demandeur est dans le futur : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Date of death is missing: the person on the act is marked as deceased, so type the date of death, or untick &quot;deceased&quot;.</source>
        <translation>La date du décès n&apos;est pas renseignée : la personne de l&apos;acte est indiquée comme décédée, saisissez donc la date du décès, ou décochez « décédée ».</translation>
    </message>
    <message>
        <source>Date of death is before the birth date of the person on the act: check both dates.</source>
        <translation>La date du décès est antérieure à la date de naissance de la personne de l&apos;acte : vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>Requester&apos;s birth date is missing: it is needed to check that a descendant asking for this copy of a marriage act is an adult. Type it as 8 digits.</source>
        <translation>La date de naissance du demandeur n&apos;est pas renseignée : elle est nécessaire pour vérifier qu&apos;un descendant demandant cette copie d&apos;un acte de mariage est majeur. Saisissez-la en 8 chiffres.</translation>
    </message>
    <message>
        <source>Date and time of the event are missing: type when the birth took place, or when the death was medically confirmed, as dd/mm/yyyy hh:mm.</source>
        <translation>La date et l&apos;heure de l&apos;événement ne sont pas renseignées : saisissez le moment de la naissance, ou du constat médical du décès, au format jj/mm/aaaa hh:mm.</translation>
    </message>
    <message>
        <source>Date and time of the event are in the future: check the date and the hour.</source>
        <translation>La date et l&apos;heure de l&apos;événement sont dans le futur : vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>Family name of the child or of the deceased person is missing: type it as it will be written on the act.</source>
        <translation>Le nom de famille de l&apos;enfant ou de la personne décédée n&apos;est pas renseigné : saisissez-le tel qu&apos;il sera écrit sur l&apos;acte.</translation>
    </message>
    <message>
        <source>First names of the child or of the deceased person are missing: type them in the order they will have on the act.</source>
        <translation>Les prénoms de l&apos;enfant ou de la personne décédée ne sont pas renseignés : saisissez-les dans l&apos;ordre où ils figureront sur l&apos;acte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %3 (%n copies, %4)</source>
        <translation>
            <numerusform>%1 — %2 — %3 (%n exemplaire, %4)</numerusform>
            <numerusform>%1 — %2 — %3 (%n exemplaires, %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Declaration: %1</source>
        <translation>Déclaration : %1</translation>
    </message>
    <message>
        <source>Declaration: %1 — %2</source>
        <translation>Déclaration : %1 — %2</translation>
    </message>
</context>
<context>
    <name>guichet::etatcivil::EtatCivilRules</name>
    <message>
        <source>Reference release %1 has no &quot;%2&quot; section, so the civil-status module cannot answer. Install a release that contains %2.json or ask HQ for one.</source>
        <translation>Le référentiel %1 n&apos;a pas de section « %2 » : le module d&apos;état civil ne peut donc pas répondre. Installez un référentiel qui contient %2.json ou demandez-en un au siège.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; section of reference release %2 is incomplete: %3. Ask HQ to publish a corrected release.</source>
        <translation>La section « %1 » du référentiel %2 est incomplète : %3. Demandez au siège de publier un référentiel corrigé.</translation>
    </message>
    <message>
        <source>a list of act kinds, copy kinds or relationships is empty</source>
        <translation>une liste de types d&apos;actes, de types de copies ou de qualités du demandeur est vide</translation>
    </message>
    <message>
        <source>an act kind, copy kind or relationship has no id or no label</source>
        <translation>un type d&apos;acte, un type de copie ou une qualité du demandeur n&apos;a pas d&apos;identifiant ou pas de libellé</translation>
    </message>
    <message>
        <source>eligibility row %1/%2 names an unknown act or copy kind</source>
        <translation>la ligne d&apos;éligibilité %1/%2 désigne un type d&apos;acte ou de copie inconnu</translation>
    </message>
    <message>
        <source>eligibility row %1/%2 names the unknown relationship &quot;%3&quot;</source>
        <translation>la ligne d&apos;éligibilité %1/%2 désigne la qualité du demandeur inconnue « %3 »</translation>
    </message>
    <message>
        <source>eligibility row %1/%2 has the unknown condition &quot;%3&quot;</source>
        <translation>la ligne d&apos;éligibilité %1/%2 comporte la condition inconnue « %3 »</translation>
    </message>
    <message>
        <source>the eligibility table is empty</source>
        <translation>la table d&apos;éligibilité est vide</translation>
    </message>
    <message>
        <source>the age of majority or a communicability threshold is missing</source>
        <translation>l&apos;âge de la majorité ou un délai de communicabilité manque</translation>
    </message>
    <message>
        <source>the sentence for the decision &quot;%1&quot; is missing</source>
        <translation>la phrase de la décision « %1 » manque</translation>
    </message>
    <message>
        <source>a &quot;where to ask&quot; sentence is missing</source>
        <translation>une phrase « où s&apos;adresser » manque</translation>
    </message>
    <message>
        <source>a delivery mode has no id, label or sentence</source>
        <translation>un mode de délivrance n&apos;a pas d&apos;identifiant, de libellé ou de phrase</translation>
    </message>
    <message>
        <source>there is no delivery mode</source>
        <translation>aucun mode de délivrance n&apos;est défini</translation>
    </message>
    <message>
        <source>the maximum number of copies is missing</source>
        <translation>le nombre maximal d&apos;exemplaires manque</translation>
    </message>
    <message>
        <source>declaration &quot;%1&quot; has the unknown deadline counting &quot;%2&quot;</source>
        <translation>la déclaration « %1 » a un mode de calcul du délai inconnu : « %2 »</translation>
    </message>
    <message>
        <source>declaration &quot;%1&quot; lacks its label, deadline or sentences</source>
        <translation>il manque à la déclaration « %1 » son libellé, son délai ou ses phrases</translation>
    </message>
    <message>
        <source>there is no declaration kind</source>
        <translation>aucun type de déclaration n&apos;est défini</translation>
    </message>
    <message>
        <source>procedure &quot;%1&quot; has no title, service, workflow or checklist</source>
        <translation>la démarche « %1 » n&apos;a pas de titre, de service, de circuit de traitement ou de liste de documents</translation>
    </message>
    <message>
        <source>there is no procedure</source>
        <translation>aucune démarche n&apos;est définie</translation>
    </message>
</context>
<context>
    <name>guichetctl</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>Événements de dossiers</translation>
    </message>
    <message>
        <source>Changes not yet sent to HQ</source>
        <translation>Modifications pas encore envoyées au siège</translation>
    </message>
    <message>
        <source>Changes in the outbox</source>
        <translation>Modifications dans la file d&apos;envoi</translation>
    </message>
    <message>
        <source>Reference releases</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <source>Record reads logged</source>
        <translation>Consultations de fiches journalisées</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Add an agent account; the password is read from standard input.</source>
        <translation>Ajoute un compte d&apos;agent ; le mot de passe est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--login LOGIN --name NAME --role ROLE [--office CODE] [--db PATH] &lt; password</source>
        <translation>--login IDENTIFIANT --name NOM --role RÔLE [--office CODE] [--db CHEMIN] &lt; mot-de-passe</translation>
    </message>
    <message>
        <source>Adds an agent account. The password is never given on the command line: it is read from the first line of standard input (e.g. from a file or a password manager), or asked twice without echo when standard input is a terminal. It needs at least %1 characters.</source>
        <translation>Ajoute un compte d&apos;agent. Le mot de passe n&apos;est jamais donné sur la ligne de commande : il est lu sur la première ligne de l&apos;entrée standard (par exemple depuis un fichier ou un gestionnaire de mots de passe), ou demandé deux fois sans écho lorsque l&apos;entrée standard est un terminal. Il doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Login: 2 to 32 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation>Identifiant : 2 à 32 lettres minuscules, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>The agent&apos;s name as colleagues know it.</source>
        <translation>Le nom de l&apos;agent tel que ses collègues le connaissent.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>agent, superviseur or administrateur.</source>
        <translation>agent, superviseur ou administrateur.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Office code of the agent (default: the office of the database).</source>
        <translation>Code du bureau de l&apos;agent (par défaut : le bureau de la base de données).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; the password is read from standard input, never from the command line.</source>
        <translation>argument inattendu « %1 » ; le mot de passe est lu sur l&apos;entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Role: &quot;%1&quot; is not a role. Choose agent, superviseur or administrateur.</source>
        <translation>Rôle : « %1 » n&apos;est pas un rôle. Choisissez agent, superviseur ou administrateur.</translation>
    </message>
    <message>
        <source>The office database %1 has no office yet. Run &quot;guichetctl init --office CODE&quot; first, or give --office.</source>
        <translation>La base de données de la mairie de quartier %1 n&apos;est encore rattachée à aucun bureau. Lancez d&apos;abord « guichetctl init --office CODE », ou indiquez --office.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Confirmez le mot de passe : </translation>
    </message>
    <message>
        <source>Password: the two entries differ. Run the command again.</source>
        <translation>Mot de passe : les deux saisies diffèrent. Relancez la commande.</translation>
    </message>
    <message>
        <source>Password: nothing was read from standard input. Give the password on the first line of standard input, e.g. guichetctl agent add … &lt; password-file.</source>
        <translation>Mot de passe : rien n&apos;a été lu sur l&apos;entrée standard. Donnez le mot de passe sur la première ligne de l&apos;entrée standard, par exemple guichetctl agent add … &lt; fichier-mot-de-passe.</translation>
    </message>
    <message>
        <source>Agent %1 added: %2, %3, office %4.</source>
        <translation>Agent %1 ajouté : %2, %3, bureau %4.</translation>
    </message>
    <message>
        <source>List the public holidays of a year.</source>
        <translation>Liste les jours fériés d&apos;une année.</translation>
    </message>
    <message>
        <source>The year, e.g. 2026.</source>
        <translation>L&apos;année, par exemple 2026.</translation>
    </message>
    <message>
        <source>%1 (default metropole).</source>
        <translation>%1 (par défaut metropole).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>Print a JSON object, for scripts.</source>
        <translation>Affiche un objet JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>expected one year, e.g. guichetctl calendar holidays 2026.</source>
        <translation>une année est attendue, par exemple guichetctl calendar holidays 2026.</translation>
    </message>
    <message>
        <source>the year must be a whole number, not &quot;%1&quot;.</source>
        <translation>l&apos;année doit être un nombre entier, et non « %1 ».</translation>
    </message>
    <message>
        <source>Year: expected a year from %1 to %2.</source>
        <translation>Année : une année de %1 à %2 est attendue.</translation>
    </message>
    <message>
        <source>Region: &quot;%1&quot; is not known. Choose one of %2.</source>
        <translation>Région : « %1 » est inconnue. Choisissez parmi %2.</translation>
    </message>
    <message>
        <source>YEAR [--region REGION] [--json]</source>
        <translation>ANNÉE [--region RÉGION] [--json]</translation>
    </message>
    <message>
        <source>Check a NIR, INSEE code, postcode, phone number or e-mail address.</source>
        <translation>Vérifie un NIR, un code INSEE, un code postal, un numéro de téléphone ou une adresse de courriel.</translation>
    </message>
    <message>
        <source>Checks VALUE as the counter screens do. Prints &quot;valid: &quot; and the normalised value and exits with 0, or prints why it is refused and exits with 1. --json prints {&quot;kind&quot;, &quot;input&quot;, &quot;valid&quot;, &quot;normalized&quot;, &quot;field&quot;, &quot;message&quot;}.</source>
        <translation>Vérifie VALEUR comme le font les écrans du guichet. Affiche « valide : » suivi de la valeur normalisée et se termine avec le code 0, ou affiche la raison du refus et se termine avec le code 1. --json affiche {&quot;kind&quot;, &quot;input&quot;, &quot;valid&quot;, &quot;normalized&quot;, &quot;field&quot;, &quot;message&quot;}.</translation>
    </message>
    <message>
        <source>nir, insee, postcode, phone or email.</source>
        <translation>nir, insee, postcode, phone ou email.</translation>
    </message>
    <message>
        <source>The value to check; quote it if it has spaces.</source>
        <translation>La valeur à vérifier ; mettez-la entre guillemets si elle contient des espaces.</translation>
    </message>
    <message>
        <source>expected a kind (nir, insee, postcode, phone or email) and one value.</source>
        <translation>un type (nir, insee, postcode, phone ou email) et une valeur sont attendus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something guichetctl checks; choose nir, insee, postcode, phone or email.</source>
        <translation>« %1 » n&apos;est pas un type que guichetctl sait vérifier ; choisissez nir, insee, postcode, phone ou email.</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>valide : %1</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalide : %1</translation>
    </message>
    <message>
        <source>nir|insee|postcode|phone|email VALUE [--json]</source>
        <translation>nir|insee|postcode|phone|email VALEUR [--json]</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>The office database (default: %1).</source>
        <translation>La base de données de la mairie de quartier (par défaut : %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>--db nécessite un chemin.</translation>
    </message>
    <message>
        <source>Usage: guichetctl %1 %2</source>
        <translation>Utilisation : guichetctl %1 %2</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid value or failed check, 2 usage error, 3 database or I/O error.</source>
        <translation>Codes de sortie : 0 succès, 1 valeur invalide ou vérification échouée, 2 erreur d&apos;utilisation, 3 erreur de base de données ou d&apos;entrée-sortie.</translation>
    </message>
    <message>
        <source>guichetctl %1: %2</source>
        <translation>guichetctl %1 : %2</translation>
    </message>
    <message>
        <source>Run &quot;guichetctl %1 --help&quot; to see its options.</source>
        <translation>Lancez « guichetctl %1 --help » pour voir ses options.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier, et non « %2 ».</translation>
    </message>
    <message>
        <source>Fill an empty office database with reproducible demo data.</source>
        <translation>Remplit une base de données de mairie de quartier vide avec des données de démonstration reproductibles.</translation>
    </message>
    <message>
        <source>[--citizens N] [--cases M] [--seed S] [--office CODE] [--today YYYY-MM-DD] [--db PATH]</source>
        <translation>[--citizens N] [--cases M] [--seed S] [--office CODE] [--today AAAA-MM-JJ] [--db CHEMIN]</translation>
    </message>
    <message>
        <source>Writes demo data through the same code as the counter screens: 3 agents per office (one supervisor), people with realistic names and addresses in Brest, and %1 years of cases up to the start of --today over every channel, procedure and office, each walked along its workflow with notes and documents. The same seed, sizes and day give the same data. Only an empty database is filled; a missing one is created for --office. Progress goes to standard error.</source>
        <translation>Écrit des données de démonstration avec le même code que les écrans du guichet : 3 agents par bureau (dont un superviseur), des personnes aux noms et adresses réalistes à Brest, et %1 ans de dossiers jusqu&apos;au début du jour --today, sur tous les canaux, démarches et bureaux, chacun mené le long de son circuit de traitement avec notes et documents. La même graine, les mêmes tailles et le même jour donnent les mêmes données. Seule une base vide est remplie ; une base absente est créée pour --office. La progression est affichée sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Number of people (default %1).</source>
        <translation>Nombre de personnes (par défaut %1).</translation>
    </message>
    <message>
        <source>Number of cases (default %1).</source>
        <translation>Nombre de dossiers (par défaut %1).</translation>
    </message>
    <message>
        <source>Seed of the random draws (default %1).</source>
        <translation>Graine des tirages aléatoires (par défaut %1).</translation>
    </message>
    <message>
        <source>Office of the database; needed when the database is not set up yet.</source>
        <translation>Bureau de la base de données ; nécessaire lorsque la base n&apos;est pas encore initialisée.</translation>
    </message>
    <message>
        <source>Password of the demo agent accounts (default guichet-demo). For demo databases only: a command line is visible to other users of the machine.</source>
        <translation>Mot de passe des comptes d&apos;agents de démonstration (par défaut guichet-demo). Réservé aux bases de démonstration : une ligne de commande est visible par les autres utilisateurs de la machine.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>MOT_DE_PASSE</translation>
    </message>
    <message>
        <source>The day the history ends, YYYY-MM-DD (default: today). Give it to get the same data on another day.</source>
        <translation>Le jour où s&apos;arrête l&apos;historique, AAAA-MM-JJ (par défaut : aujourd&apos;hui). Indiquez-le pour obtenir les mêmes données un autre jour.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Years of history (default %1).</source>
        <translation>Années d&apos;historique (par défaut %1).</translation>
    </message>
    <message>
        <source>Changes written per transaction (default %1).</source>
        <translation>Modifications écrites par transaction (par défaut %1).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--seed expects a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier supérieur ou égal à 0, et non « %1 ».</translation>
    </message>
    <message>
        <source>Sizes: expected 0 to 10,000,000 people and 0 to 50,000,000 cases.</source>
        <translation>Tailles : de 0 à 10 000 000 de personnes et de 0 à 50 000 000 de dossiers sont attendus.</translation>
    </message>
    <message>
        <source>History: expected 1 to 50 years, and 1 to 1,000,000 changes per transaction.</source>
        <translation>Historique : de 1 à 50 ans sont attendus, et de 1 à 1 000 000 de modifications par transaction.</translation>
    </message>
    <message>
        <source>--today expects a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--today attend une date au format AAAA-MM-JJ, et non « %1 ».</translation>
    </message>
    <message>
        <source>the database %1 does not exist yet: give --office CODE to create it.</source>
        <translation>la base de données %1 n&apos;existe pas encore : indiquez --office CODE pour la créer.</translation>
    </message>
    <message>
        <source>The office database %1 already holds people or cases: demo data only goes into an empty database. Give a new path with --db.</source>
        <translation>La base de données de la mairie de quartier %1 contient déjà des personnes ou des dossiers : les données de démonstration ne vont que dans une base vide. Indiquez un nouveau chemin avec --db.</translation>
    </message>
    <message>
        <source>demo: %1 %</source>
        <translation>démo : %1 %</translation>
    </message>
    <message>
        <source>Demo data written to %1 (seed %2):</source>
        <translation>Données de démonstration écrites dans %1 (graine %2) :</translation>
    </message>
    <message>
        <source>  agents: %1 (password given with --agent-password, default guichet-demo)</source>
        <translation>  agents : %1 (mot de passe donné avec --agent-password, par défaut guichet-demo)</translation>
    </message>
    <message>
        <source>  people: %1</source>
        <translation>  personnes : %1</translation>
    </message>
    <message>
        <source>  cases: %1, of which %2 still open</source>
        <translation>  dossiers : %1, dont %2 encore ouverts</translation>
    </message>
    <message>
        <source>  status changes: %1, notes: %2, documents received: %3, answers: %4</source>
        <translation>  changements de statut : %1, notes : %2, documents reçus : %3, réponses : %4</translation>
    </message>
    <message>
        <source>demo: done in %1 s (%2 changes written)</source>
        <translation>démo : terminé en %1 s (%2 modifications écrites)</translation>
    </message>
    <message>
        <source>Create the office database and install the bundled reference release.</source>
        <translation>Crée la base de données de la mairie de quartier et installe le référentiel fourni.</translation>
    </message>
    <message>
        <source>--office CODE [--slot N] [--db PATH]</source>
        <translation>--office CODE [--slot N] [--db CHEMIN]</translation>
    </message>
    <message>
        <source>Creates the office database (or brings an existing one to the latest schema), installs the reference release shipped with this version, and records the office code and the tracking slot of this workstation. Running it again for the same office changes nothing; a database cannot change office.</source>
        <translation>Crée la base de données de la mairie de quartier (ou met une base existante au dernier schéma), installe le référentiel livré avec cette version, et enregistre le code du bureau et le rang de numérotation de ce poste. La relancer pour le même bureau ne change rien ; une base de données ne peut pas changer de bureau.</translation>
    </message>
    <message>
        <source>Office code from the reference release (e.g. BEL).</source>
        <translation>Code du bureau dans le référentiel (par exemple BEL).</translation>
    </message>
    <message>
        <source>Tracking slot of this workstation, %1 to %2: the last digit of the tracking numbers it makes, so that two workstations of one office never give the same number (default 1).</source>
        <translation>Rang de numérotation de ce poste, de %1 à %2 : le dernier chiffre des numéros de suivi qu&apos;il attribue, afin que deux postes d&apos;un même bureau ne donnent jamais le même numéro (par défaut 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--office CODE is required. Valid codes: %1.</source>
        <translation>--office CODE est obligatoire. Codes valides : %1.</translation>
    </message>
    <message>
        <source>Tracking slot: expected a number from %1 to %2, not %3.</source>
        <translation>Rang de numérotation : un nombre de %1 à %2 est attendu, et non %3.</translation>
    </message>
    <message>
        <source>Office database ready: %1</source>
        <translation>Base de données de la mairie de quartier prête : %1</translation>
    </message>
    <message>
        <source>Office database already set up, nothing changed: %1</source>
        <translation>Base de données de la mairie de quartier déjà initialisée, rien n&apos;a changé : %1</translation>
    </message>
    <message>
        <source>  office: %1</source>
        <translation>  bureau : %1</translation>
    </message>
    <message>
        <source>  tracking slot: %1</source>
        <translation>  rang de numérotation : %1</translation>
    </message>
    <message>
        <source>  reference release: %1 (%2)</source>
        <translation>  référentiel : %1 (%2)</translation>
    </message>
    <message>
        <source>  schema version: %1</source>
        <translation>  version du schéma : %1</translation>
    </message>
    <message>
        <source>Usage: guichetctl [--db PATH] COMMAND [options]</source>
        <translation>Utilisation : guichetctl [--db CHEMIN] COMMANDE [options]</translation>
    </message>
    <message>
        <source>Headless operations on a Guichet office database.</source>
        <translation>Opérations sans interface graphique sur une base de données Guichet de mairie de quartier.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options générales :</translation>
    </message>
    <message>
        <source>Shows this help; after a command, the command&apos;s help.</source>
        <translation>Affiche cette aide ; après une commande, l&apos;aide de cette commande.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Run &quot;guichetctl COMMAND --help&quot; for the options of a command.</source>
        <translation>Lancez « guichetctl COMMANDE --help » pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>a value was refused, a check failed, or verify found problems</source>
        <translation>une valeur a été refusée, une vérification a échoué, ou verify a trouvé des problèmes</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or malformed argument</source>
        <translation>erreur d&apos;utilisation : commande ou option inconnue, argument manquant ou mal formé</translation>
    </message>
    <message>
        <source>the database or a file could not be opened, read or written</source>
        <translation>la base de données ou un fichier n&apos;a pas pu être ouvert, lu ou écrit</translation>
    </message>
    <message>
        <source>guichetctl: %1</source>
        <translation>guichetctl : %1</translation>
    </message>
    <message>
        <source>Run &quot;guichetctl --help&quot; to see the commands.</source>
        <translation>Lancez « guichetctl --help » pour voir les commandes.</translation>
    </message>
    <message>
        <source>guichetctl: unknown command &quot;%1&quot;.</source>
        <translation>guichetctl : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>guichetctl: &quot;%1&quot; needs a subcommand: %2.</source>
        <translation>guichetctl : « %1 » nécessite une sous-commande : %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Office: &quot;%1&quot; is not an office of reference release %2. Valid codes: %3.</source>
        <translation>Bureau : « %1 » n&apos;est pas une mairie de quartier du référentiel %2. Codes valides : %3.</translation>
    </message>
    <message>
        <source>The office database %1 is busy. Close the other Guichet programs and try again.</source>
        <translation>La base de données de la mairie de quartier %1 est occupée. Fermez les autres programmes Guichet et réessayez.</translation>
    </message>
    <message>
        <source>The office database %1 belongs to office %2; it cannot become office %3&apos;s. Give another path with --db to create a database for %3.</source>
        <translation>La base de données de la mairie de quartier %1 appartient au bureau %2 ; elle ne peut pas devenir celle du bureau %3. Indiquez un autre chemin avec --db pour créer une base de données pour %3.</translation>
    </message>
    <message>
        <source>Tracking slot: this workstation already numbers cases in slot %1; the slot cannot change once cases exist.</source>
        <translation>Rang de numérotation : ce poste numérote déjà les dossiers au rang %1 ; le rang ne peut plus changer une fois que des dossiers existent.</translation>
    </message>
    <message>
        <source>Show row counts and the sync backlog.</source>
        <translation>Affiche le nombre de lignes et les modifications en attente de synchronisation.</translation>
    </message>
    <message>
        <source>Office database: %1</source>
        <translation>Base de données de la mairie de quartier : %1</translation>
    </message>
    <message>
        <source>Check the database: integrity, foreign keys and the outbox.</source>
        <translation>Vérifie la base de données : intégrité, clés étrangères et file d&apos;envoi.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check and foreign-key check, and checks that every synced row has the outbox operation that created it and that every outbox operation names an existing row. Exits with 1 and lists the problems when there are any.</source>
        <translation>Lance les contrôles d&apos;intégrité et de clés étrangères de SQLite, et vérifie que chaque ligne synchronisée a l&apos;opération de la file d&apos;envoi qui l&apos;a créée et que chaque opération de la file d&apos;envoi désigne une ligne existante. Se termine avec le code 1 et liste les problèmes s&apos;il y en a.</translation>
    </message>
    <message>
        <source>Print a JSON object {&quot;sound&quot;, &quot;problems&quot;}, for scripts.</source>
        <translation>Affiche un objet JSON {&quot;sound&quot;, &quot;problems&quot;}, pour les scripts.</translation>
    </message>
    <message>
        <source>The office database %1 is sound.</source>
        <translation>La base de données de la mairie de quartier %1 est saine.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 has %n problem(s):</source>
        <translation>
            <numerusform>La base de données de la mairie de quartier %1 présente %n problème :</numerusform>
            <numerusform>La base de données de la mairie de quartier %1 présente %n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <source>[--json] [--db PATH]</source>
        <translation>[--json] [--db CHEMIN]</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet, the counter application of the town hall.</source>
        <translation>Guichet, l&apos;application de guichet de la mairie.</translation>
    </message>
    <message>
        <source>Office database (default: %1).</source>
        <translation>Base de données de la mairie de quartier (par défaut : %1).</translation>
    </message>
    <message>
        <source>Login to prefill.</source>
        <translation>Identifiant à préremplir.</translation>
    </message>
    <message>
        <source>Folder of the procedure modules.</source>
        <translation>Répertoire des modules de démarches.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window is shown (start-up measurement).</source>
        <translation>Quitter dès que la fenêtre principale est affichée (mesure du démarrage).</translation>
    </message>
    <message>
        <source>Guichet cannot start</source>
        <translation>Guichet ne peut pas démarrer</translation>
    </message>
</context>
</TS>
