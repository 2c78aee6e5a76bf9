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
    <message>
        <source>Password: expected %1 to %2 characters. Choose another; a short sentence is easy to remember.</source>
        <translation>Mot de passe : %1 à %2 caractères attendus. Choisissez-en un autre ; une courte phrase se retient facilement.</translation>
    </message>
    <message>
        <source>Name: give the agent&apos;s name as colleagues know it (at most 100 characters).</source>
        <translation>Nom : indiquez le nom de l&apos;agent tel que ses collègues le connaissent (100 caractères au plus).</translation>
    </message>
    <message>
        <source>Your account &quot;%1&quot; was created while another office had already given this login to someone else: HQ refused it in every office. Ask an administrator to rename it (guichet-hq agent rename), then log in with the new login.</source>
        <translation>Votre compte « %1 » a été créé alors qu&apos;une autre mairie avait déjà donné cet identifiant à quelqu&apos;un d&apos;autre : le siège l&apos;a refusé dans toutes les mairies. Demandez à un administrateur de le renommer (guichet-hq agent rename), puis connectez-vous avec le nouvel identifiant.</translation>
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
    <message>
        <source>Reason: say why the case is deleted (recorded by mistake, duplicate…); it is kept with the deletion.</source>
        <translation>Motif&#xa0;: indiquez pourquoi le dossier est supprimé (saisi par erreur, doublon…)&#xa0;; il est conservé avec la suppression.</translation>
    </message>
    <message>
        <source>This case is already deleted.</source>
        <translation>Ce dossier est déjà supprimé.</translation>
    </message>
    <message>
        <source>This case is not deleted.</source>
        <translation>Ce dossier n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>This case was deleted: it can no longer change. Open a new case if the person asks again.</source>
        <translation>Ce dossier a été supprimé&#xa0;: il ne peut plus changer. Ouvrez un nouveau dossier si la personne refait la demande.</translation>
    </message>
    <message>
        <source>Service: choose the service the case goes to.</source>
        <translation>Service : choisissez le service auquel le dossier est transmis.</translation>
    </message>
    <message>
        <source>Reason for the transfer: expected a sentence of at most 500 characters that the service receiving the case will read. Type why it goes there.</source>
        <translation>Motif de la transmission : une phrase de 500 caractères au plus, que lira le service qui reçoit le dossier, était attendue. Tapez pourquoi il y va.</translation>
    </message>
    <message>
        <source>The case is closed (%1): it no longer goes to a service. Open a new case if the person asks again.</source>
        <translation>Le dossier est clos (%1) : il ne va plus à aucun service. Ouvrez un nouveau dossier si la personne redemande.</translation>
    </message>
    <message>
        <source>Service: the case is already with this service. Choose another one.</source>
        <translation>Service : le dossier est déjà dans ce service. Choisissez-en un autre.</translation>
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
    <message>
        <source>Duplicate: choose another record than the one kept.</source>
        <translation>Doublon&#xa0;: choisissez une autre fiche que celle qui est conservée.</translation>
    </message>
    <message>
        <source>One of these records was already merged into another one. Search the person again and merge the records found.</source>
        <translation>L&apos;une de ces fiches a déjà été fusionnée avec une autre. Recherchez de nouveau la personne et fusionnez les fiches trouvées.</translation>
    </message>
    <message>
        <source>This field holds at most %1 characters: shorten it.</source>
        <translation>Ce champ contient au plus %1 caractères : raccourcissez-le.</translation>
    </message>
    <message>
        <source>This record was merged into another record of the same person: search the person again and correct the record kept.</source>
        <translation>Cette fiche a été fusionnée avec une autre fiche de la même personne : recherchez de nouveau la personne et corrigez la fiche conservée.</translation>
    </message>
    <message>
        <source>Nothing was changed: type the corrected values over the recorded ones, or cancel.</source>
        <translation>Rien n&apos;a été modifié : saisissez les valeurs corrigées à la place de celles qui sont enregistrées, ou annulez.</translation>
    </message>
    <message>
        <source>Reason for the correction: expected a few words saying why, e.g. &quot;moved house&quot; or &quot;typing error on the birth act&quot;. It is kept in the person&apos;s history.</source>
        <translation>Motif de la correction : quelques mots expliquant pourquoi sont attendus, par exemple « déménagement » ou « erreur de saisie d&apos;après l&apos;acte de naissance ». Le motif est conservé dans l&apos;historique de la personne.</translation>
    </message>
    <message>
        <source>Reason for the correction: at most %1 characters; shorten it.</source>
        <translation>Motif de la correction : au plus %1 caractères ; raccourcissez-le.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 demande une valeur.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Utilisation : %1 %2 %3</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; to see its options.</source>
        <translation>Lancez « %1 %2 --help » pour voir ses options.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier, et non « %2 ».</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>This value cannot be taken here: a case&apos;s status moves through the case window. Keep the value in force.</source>
        <translation>Cette valeur ne peut pas être reprise ici&#xa0;: le statut d&apos;un dossier évolue dans la fenêtre du dossier. Gardez la valeur en vigueur.</translation>
    </message>
    <message>
        <source>Unknown kind of record in a conflict.</source>
        <translation>Type de fiche inconnu dans un conflit.</translation>
    </message>
    <message>
        <source>Unknown field in a conflict.</source>
        <translation>Champ inconnu dans un conflit.</translation>
    </message>
</context>
<context>
    <name>CourrierLetters</name>
    <message>
        <source>Case %1 is not a written request: only a letter, an e-mail or a web form is acknowledged. Nothing is printed for a call.</source>
        <translation>Le dossier %1 n&apos;est pas une demande écrite : seuls un courrier, un courriel ou un formulaire en ligne reçoivent un accusé de réception. Rien n&apos;est imprimé pour un appel.</translation>
    </message>
    <message>
        <source>Case %1 has no date of receipt, kind of request or object recorded (it was not made with the written-request form), so its letter cannot be printed.</source>
        <translation>Le dossier %1 n&apos;a ni date de réception, ni type de demande, ni objet enregistrés (il n&apos;a pas été créé avec le formulaire de demande écrite) : son courrier ne peut pas être imprimé.</translation>
    </message>
    <message>
        <source>Case %1 has no answer date recorded for its kind of request, so its acknowledgement cannot state when silence becomes a decision. Record the request again with the written-request form.</source>
        <translation>Le dossier %1 n&apos;a pas de date de réponse enregistrée pour son type de demande : son accusé de réception ne peut pas dire quand le silence vaudra décision. Enregistrez de nouveau la demande avec le formulaire de demande écrite.</translation>
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
    <message>
        <source>read the outbox</source>
        <translation>lire la file d&apos;envoi</translation>
    </message>
    <message>
        <source>mark the operations sent</source>
        <translation>marquer les opérations comme envoyées</translation>
    </message>
    <message>
        <source>prepare to send again</source>
        <translation>préparer un nouvel envoi</translation>
    </message>
    <message>
        <source>record the operations received</source>
        <translation>enregistrer les opérations reçues</translation>
    </message>
    <message>
        <source>save what another office recorded</source>
        <translation>enregistrer ce qu&apos;une autre mairie de quartier a saisi</translation>
    </message>
    <message>
        <source>read who wrote a field</source>
        <translation>lire qui a modifié un champ</translation>
    </message>
    <message>
        <source>record who wrote a field</source>
        <translation>enregistrer qui a modifié un champ</translation>
    </message>
    <message>
        <source>read the synced state</source>
        <translation>lire l&apos;état synchronisé</translation>
    </message>
    <message>
        <source>read the conflicts</source>
        <translation>lire les conflits</translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation>régler un conflit</translation>
    </message>
    <message>
        <source>record a conflict</source>
        <translation>enregistrer un conflit</translation>
    </message>
    <message>
        <source>merge the records</source>
        <translation>fusionner les fiches</translation>
    </message>
    <message>
        <source>delete the case</source>
        <translation>supprimer le dossier</translation>
    </message>
    <message>
        <source>write the snapshot</source>
        <translation>écrire l&apos;instantané</translation>
    </message>
    <message>
        <source>read the snapshot</source>
        <translation>lire l&apos;instantané</translation>
    </message>
    <message>
        <source>import the snapshot</source>
        <translation>importer l&apos;instantané</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder or a device): give the path of the office database with --db.</source>
        <translation>%1 n&apos;est pas un fichier (un dossier ou un périphérique) : indiquez le chemin de la base de données de la mairie avec --db.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Guichet database. Give the right path with --db, or create the database with &quot;guichetctl init --db %1&quot;.</source>
        <translation>%1 est un fichier vide, pas une base de données Guichet. Indiquez le bon chemin avec --db, ou créez la base avec « guichetctl init --db %1 ».</translation>
    </message>
    <message>
        <source>The office database %1 cannot be created. Check the disk and the permissions, or choose another path with --db.</source>
        <translation>La base de données de la mairie %1 ne peut pas être créée. Vérifiez le disque et les droits d&apos;accès, ou choisissez un autre chemin avec --db.</translation>
    </message>
    <message>
        <source>The office database %1 or its folder cannot be written by this account (read-only folder, disk or rights). Nothing is damaged: give this account write access, or copy the file to a writable folder.</source>
        <translation>Ce compte ne peut pas écrire dans la base de données de la mairie %1 ou dans son dossier (dossier ou disque en lecture seule, ou droits). Rien n&apos;est endommagé : donnez à ce compte le droit d&apos;écrire, ou copiez le fichier dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>read the operations received</source>
        <translation>lire les opérations reçues</translation>
    </message>
    <message>
        <source>The database %1 could not take the content of %2 (%3); it is unchanged.</source>
        <translation>La base %1 n&apos;a pas pu prendre le contenu de %2 (%3) ; elle n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>look for the same person</source>
        <translation>chercher la même personne</translation>
    </message>
    <message>
        <source>read the person&apos;s history</source>
        <translation>lire l&apos;historique de la personne</translation>
    </message>
    <message>
        <source>keep the correction in the person&apos;s history</source>
        <translation>conserver la correction dans l&apos;historique de la personne</translation>
    </message>
    <message>
        <source>transfer the case</source>
        <translation>transmettre le dossier</translation>
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
    <name>Dispatch</name>
    <message>
        <source>Routing table of the release (section &quot;correspondance&quot;), %1: %2. Correct the release at HQ and publish it again.</source>
        <translation>Table d&apos;orientation du référentiel (section « correspondance »), %1 : %2. Corrigez le référentiel au siège et publiez-le de nouveau.</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot;</source>
        <translation>partenaire « %1 »</translation>
    </message>
    <message>
        <source>the id is empty or listed twice</source>
        <translation>l&apos;identifiant est vide ou figure deux fois</translation>
    </message>
    <message>
        <source>&quot;name&quot; and &quot;handles&quot; are required</source>
        <translation>« name » et « handles » sont obligatoires</translation>
    </message>
    <message>
        <source>no source names its competence</source>
        <translation>aucune source ne fonde sa compétence</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is not declared in &quot;sources&quot;</source>
        <translation>la source « %1 » n&apos;est pas déclarée dans « sources »</translation>
    </message>
    <message>
        <source>subject &quot;%1&quot;</source>
        <translation>sujet « %1 »</translation>
    </message>
    <message>
        <source>&quot;label&quot; is empty</source>
        <translation>« label » est vide</translation>
    </message>
    <message>
        <source>exactly one of &quot;service&quot; (a city service) and &quot;partner&quot; (another administration) is expected</source>
        <translation>un seul de « service » (un service de la Ville) et « partner » (une autre administration) est attendu</translation>
    </message>
    <message>
        <source>the service &quot;%1&quot; is not one of the city&apos;s services (section &quot;offices&quot;)</source>
        <translation>le service « %1 » n&apos;est pas un service de la Ville (section « offices »)</translation>
    </message>
    <message>
        <source>the partner &quot;%1&quot; is not listed in &quot;partners&quot;</source>
        <translation>le partenaire « %1 » ne figure pas dans « partners »</translation>
    </message>
    <message>
        <source>no subject is listed</source>
        <translation>aucun sujet n&apos;est listé</translation>
    </message>
</context>
<context>
    <name>FormRows</name>
    <message>
        <source>Text: type it; Tab goes on to the next field.</source>
        <translation>Texte : saisissez-le ; Tab passe au champ suivant.</translation>
    </message>
    <message>
        <source>A list: the up and down arrows choose, or type the first letters.</source>
        <translation>Une liste : les flèches haut et bas permettent de choisir, ou tapez les premières lettres.</translation>
    </message>
    <message>
        <source>Space ticks or unticks it.</source>
        <translation>Espace coche ou décoche la case.</translation>
    </message>
    <message>
        <source>A date: type its digits, day, month and year.</source>
        <translation>Une date : tapez ses chiffres, jour, mois et année.</translation>
    </message>
    <message>
        <source>A number: type it, or change it with the up and down arrows.</source>
        <translation>Un nombre : tapez-le, ou modifiez-le avec les flèches haut et bas.</translation>
    </message>
    <message>
        <source>A list: the arrows move, Space ticks.</source>
        <translation>Une liste : les flèches permettent de se déplacer, Espace coche.</translation>
    </message>
    <message>
        <source>Text on several lines; Ctrl+Tab goes on to the next field.</source>
        <translation>Texte sur plusieurs lignes ; Ctrl+Tab passe au champ suivant.</translation>
    </message>
</context>
<context>
    <name>HqServer</name>
    <message>
        <source>HQ cannot listen on %1:%2 (address not local, or port taken). Choose another --listen.</source>
        <translation>Le siège ne peut pas écouter sur %1:%2 (adresse non locale, ou port déjà utilisé). Choisissez une autre valeur pour --listen.</translation>
    </message>
    <message>
        <source>This workstation speaks sync protocol %1 to %2, HQ speaks %3 to %4. Install the Guichet version HQ requires (at least %5).</source>
        <translation>Ce poste utilise les versions %1 à %2 du protocole de synchronisation, le siège les versions %3 à %4. Installez la version de Guichet exigée par le siège (au moins %5).</translation>
    </message>
    <message>
        <source>This workstation runs Guichet %1; HQ requires at least %2. Install the newer version.</source>
        <translation>Ce poste utilise Guichet %1&#xa0;; le siège exige au moins la version %2. Installez la version plus récente.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>A push is at most %1 bytes: send smaller batches.</source>
        <translation>Un envoi fait au plus %1 octets&#xa0;: envoyez des lots plus petits.</translation>
    </message>
    <message>
        <source>Operation %1 names another workstation: a workstation sends only its own operations.</source>
        <translation>L&apos;opération %1 désigne un autre poste&#xa0;: un poste n&apos;envoie que ses propres opérations.</translation>
    </message>
    <message>
        <source>Operation %1 is a refusal: only HQ writes refusals.</source>
        <translation>L&apos;opération %1 est un refus&#xa0;: seul le siège écrit des refus.</translation>
    </message>
    <message>
        <source>HQ no longer has this snapshot: the workstation starts again with the current one.</source>
        <translation>Le siège n&apos;a plus cet instantané&#xa0;: le poste recommence avec l&apos;instantané actuel.</translation>
    </message>
    <message>
        <source>offset: beyond the end of the snapshot.</source>
        <translation>offset&#xa0;: au-delà de la fin de l&apos;instantané.</translation>
    </message>
    <message>
        <source>hlc: stamped more than a day ahead of HQ&apos;s clock. Set the workstation&apos;s clock right.</source>
        <translation>hlc : horodatée plus d&apos;un jour en avance sur l&apos;horloge du siège. Remettez l&apos;horloge du poste à l&apos;heure.</translation>
    </message>
    <message>
        <source>Accounts are renamed, disabled and given a role at HQ only (guichet-hq agent).</source>
        <translation>Les comptes ne sont renommés, désactivés ou changés de rôle qu&apos;au siège (guichet-hq agent).</translation>
    </message>
    <message>
        <source>Too many failed enrolments from this address: wait 10 minutes, then try again with a valid code.</source>
        <translation>Trop d&apos;inscriptions échouées depuis cette adresse : attendez 10 minutes, puis réessayez avec un code valide.</translation>
    </message>
    <message>
        <source>office: the three-letter code of an office, such as BEL, was expected.</source>
        <translation>office : le code à trois lettres d&apos;une mairie, par exemple BEL, était attendu.</translation>
    </message>
    <message>
        <source>part: one of %1 was expected.</source>
        <translation>part : une des valeurs %1 était attendue.</translation>
    </message>
    <message>
        <source>seq: a sequence HQ has reached was expected (HQ is at %1).</source>
        <translation>seq : on attendait une séquence que le siège a atteinte (le siège en est à %1).</translation>
    </message>
</context>
<context>
    <name>HqStore</name>
    <message>
        <source>HQ&apos;s database could not %1: %2</source>
        <translation>La base de données du siège n&apos;a pas pu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--db: sqlite: needs a file, as in sqlite:/var/lib/guichet/hq.db.</source>
        <translation>--db&#xa0;: sqlite: doit être suivi d&apos;un fichier, par exemple sqlite:/var/lib/guichet/hq.db.</translation>
    </message>
    <message>
        <source>--db: &quot;%1&quot; is not a PostgreSQL URL such as postgresql://guichet@localhost:5432/guichet.</source>
        <translation>--db&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une URL PostgreSQL telle que postgresql://guichet@localhost:5432/guichet.</translation>
    </message>
    <message>
        <source>--db: expected sqlite:FILE or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>--db&#xa0;: sqlite:FICHIER ou postgresql://UTILISATEUR@HÔTE:PORT/BASE est attendu.</translation>
    </message>
    <message>
        <source>HQ&apos;s database cannot be opened: %1. Check --db, that the server runs and the rights.</source>
        <translation>La base de données du siège ne peut pas être ouverte&#xa0;: %1. Vérifiez --db, que le serveur fonctionne et les droits d&apos;accès.</translation>
    </message>
    <message>
        <source>be set up</source>
        <translation>être initialisée</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>démarrer une transaction</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>valider la transaction</translation>
    </message>
    <message>
        <source>create its tables</source>
        <translation>créer ses tables</translation>
    </message>
    <message>
        <source>HQ&apos;s database has schema %1, newer than this guichet-hq (%2). Install the newer guichet-hq.</source>
        <translation>La base de données du siège est au schéma %1, plus récent que celui de ce guichet-hq (%2). Installez la version plus récente de guichet-hq.</translation>
    </message>
    <message>
        <source>start a new epoch</source>
        <translation>démarrer une nouvelle époque</translation>
    </message>
    <message>
        <source>--office: give the office code, such as BEL.</source>
        <translation>--office&#xa0;: indiquez le code du bureau, par exemple BEL.</translation>
    </message>
    <message>
        <source>--valid-hours: between 1 and 720 hours.</source>
        <translation>--valid-hours&#xa0;: entre 1 et 720 heures.</translation>
    </message>
    <message>
        <source>store the enrolment code</source>
        <translation>enregistrer le code d&apos;inscription</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used, expired or for another office. Ask HQ for a new code for office %1.</source>
        <translation>Ce code d&apos;inscription est inconnu, déjà utilisé, expiré ou destiné à un autre bureau. Demandez au siège un nouveau code pour le bureau %1.</translation>
    </message>
    <message>
        <source>workstation_id: a UUID was expected.</source>
        <translation>workstation_id&#xa0;: un UUID était attendu.</translation>
    </message>
    <message>
        <source>check the enrolment code</source>
        <translation>vérifier le code d&apos;inscription</translation>
    </message>
    <message>
        <source>enrol the workstation</source>
        <translation>inscrire le poste</translation>
    </message>
    <message>
        <source>This workstation&apos;s token is unknown or revoked. Enrol the workstation again with a new code.</source>
        <translation>Le jeton de ce poste est inconnu ou révoqué. Inscrivez de nouveau le poste avec un nouveau code.</translation>
    </message>
    <message>
        <source>check the token</source>
        <translation>vérifier le jeton</translation>
    </message>
    <message>
        <source>revoke the workstation</source>
        <translation>révoquer le poste</translation>
    </message>
    <message>
        <source>No active workstation has this id.</source>
        <translation>Aucun poste actif n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>list the workstations</source>
        <translation>lister les postes</translation>
    </message>
    <message>
        <source>record the workstation&apos;s sync</source>
        <translation>enregistrer la synchronisation du poste</translation>
    </message>
    <message>
        <source>lock the operations</source>
        <translation>verrouiller les opérations</translation>
    </message>
    <message>
        <source>store the operations</source>
        <translation>enregistrer les opérations</translation>
    </message>
    <message>
        <source>number the operations</source>
        <translation>numéroter les opérations</translation>
    </message>
    <message>
        <source>read the operations</source>
        <translation>lire les opérations</translation>
    </message>
    <message>
        <source>read the last sequence</source>
        <translation>lire le dernier numéro de séquence</translation>
    </message>
    <message>
        <source>No temporary folder can be made to compute the state hash.</source>
        <translation>Aucun dossier temporaire ne peut être créé pour calculer l&apos;empreinte de l&apos;état synchronisé.</translation>
    </message>
    <message>
        <source>read the releases</source>
        <translation>lire les référentiels</translation>
    </message>
    <message>
        <source>publish the bundled release</source>
        <translation>publier le référentiel livré</translation>
    </message>
    <message>
        <source>lock the releases</source>
        <translation>verrouiller les référentiels</translation>
    </message>
    <message>
        <source>Release %1 is already published as no. %2 with another content or effective date. Published releases never change: give this one a new number (its id in release.json, such as 2027.2 after 2027.1) and publish it again.</source>
        <translation>Le référentiel %1 est déjà publié sous le n°&#xa0;%2 avec un autre contenu ou une autre date d&apos;entrée en vigueur. Un référentiel publié ne change jamais&#xa0;: donnez à celui-ci un nouveau numéro (son identifiant dans release.json, par exemple 2027.2 après 2027.1) et publiez-le de nouveau.</translation>
    </message>
    <message>
        <source>--effective %1 is before HQ&apos;s today (%2): answers already given under the release then in force cannot change. Choose today or a later date.</source>
        <translation>--effective %1 est antérieure à la date du jour du siège (%2)&#xa0;: les réponses déjà données sous le référentiel alors en vigueur ne peuvent pas changer. Choisissez aujourd&apos;hui ou une date ultérieure.</translation>
    </message>
    <message>
        <source>The release has no section &quot;%1&quot; (file %1.json), which release %2 in force has: workstations would lose those rules. Add the file, unchanged if need be.</source>
        <translation>Le référentiel n&apos;a pas de section «&#xa0;%1&#xa0;» (fichier %1.json), que possède le référentiel %2 en vigueur&#xa0;: les postes perdraient ces règles. Ajoutez le fichier, inchangé si besoin.</translation>
    </message>
    <message>
        <source>number the release</source>
        <translation>numéroter le référentiel</translation>
    </message>
    <message>
        <source>store the release</source>
        <translation>enregistrer le référentiel</translation>
    </message>
    <message>
        <source>No reference release is in force at HQ on %1. Publish one with guichet-hq publish.</source>
        <translation>Aucun référentiel n&apos;est en vigueur au siège le %1. Publiez-en un avec guichet-hq publish.</translation>
    </message>
    <message>
        <source>read the release</source>
        <translation>lire le référentiel</translation>
    </message>
    <message>
        <source>HQ has published no release &quot;%1&quot;.</source>
        <translation>Le siège n&apos;a publié aucun référentiel «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>check the case&apos;s status</source>
        <translation>vérifier le statut du dossier</translation>
    </message>
    <message>
        <source>The snapshot folder %1 cannot be written. Check --snapshots and its rights.</source>
        <translation>Le répertoire d&apos;instantanés %1 n&apos;est pas accessible en écriture. Vérifiez --snapshots et ses droits.</translation>
    </message>
    <message>
        <source>HQ holds no operation yet: there is nothing to put in a snapshot.</source>
        <translation>Le siège ne détient encore aucune opération&#xa0;: il n&apos;y a rien à mettre dans un instantané.</translation>
    </message>
    <message>
        <source>record the agents</source>
        <translation>enregistrer les agents</translation>
    </message>
    <message>
        <source>No account has the login or id &quot;%1&quot;. See guichet-hq agents.</source>
        <translation>Aucun compte n&apos;a l&apos;identifiant ou le numéro « %1 ». Voir guichet-hq agents.</translation>
    </message>
    <message>
        <source>Several refused accounts have the login &quot;%1&quot;: name one by its id (guichet-hq agents).</source>
        <translation>Plusieurs comptes refusés ont l&apos;identifiant « %1 » : désignez-en un par son numéro (guichet-hq agents).</translation>
    </message>
    <message>
        <source>--role: agent, superviseur or administrateur.</source>
        <translation>--role : agent, superviseur ou administrateur.</translation>
    </message>
    <message>
        <source>--name: the agent&apos;s name as colleagues know it (at most 100 characters).</source>
        <translation>--name : le nom de l&apos;agent tel que ses collègues le connaissent (100 caractères au plus).</translation>
    </message>
    <message>
        <source>--office: the three-letter code of an office, such as BEL.</source>
        <translation>--office : le code à trois lettres d&apos;une mairie, par exemple BEL.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; is already given to %2 (%3). Choose another login.</source>
        <translation>L&apos;identifiant « %1 » est déjà attribué à %2 (%3). Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>role: agent, superviseur or administrateur.</source>
        <translation>rôle : agent, superviseur ou administrateur.</translation>
    </message>
    <message>
        <source>op_id: HQ already holds another operation under this id.</source>
        <translation>op_id : le siège détient déjà une autre opération sous cet identifiant.</translation>
    </message>
    <message>
        <source>%1: refers to a record HQ has not received yet; sent again at the next sync.</source>
        <translation>%1 : fait référence à une fiche que le siège n&apos;a pas encore reçue ; renvoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This workstation is already enrolled. If it really is the same workstation (a new disk, a restored database), revoke its old record at HQ first (guichet-hq revoke %1), then enrol it with a new code.</source>
        <translation>Ce poste est déjà inscrit. S&apos;il s&apos;agit bien du même poste (nouveau disque, base restaurée), révoquez d&apos;abord son ancienne inscription au siège (guichet-hq revoke %1), puis inscrivez-le avec un nouveau code.</translation>
    </message>
    <message>
        <source>entity_id: HQ already holds a record with this id, created by another operation.</source>
        <translation>entity_id : le siège détient déjà une fiche sous cet identifiant, créée par une autre opération.</translation>
    </message>
    <message>
        <source>--reason: say why the operation is set aside; it is kept with it.</source>
        <translation>--reason : indiquez pourquoi l&apos;opération est mise de côté ; le motif est conservé avec elle.</translation>
    </message>
    <message>
        <source>HQ holds no operation %1.</source>
        <translation>Le siège ne détient aucune opération %1.</translation>
    </message>
    <message>
        <source>HQ&apos;s database %1 cannot be created. Check the folder and its rights.</source>
        <translation>La base de données du siège %1 ne peut pas être créée. Vérifiez le dossier et ses droits.</translation>
    </message>
</context>
<context>
    <name>InscriptionDocuments</name>
    <message>
        <source>Case %1 is not a confirmed enrolment: confirm the enrolment in the case window first, then print its certificate.</source>
        <translation>Le dossier %1 n&apos;est pas une inscription confirmée&#xa0;: confirmez d&apos;abord l&apos;inscription dans la fenêtre du dossier, puis imprimez son certificat.</translation>
    </message>
    <message>
        <source>Case %1 has no child, school year or school recorded (it was not made with the enrolment form), so no certificate can be printed for it.</source>
        <translation>Le dossier %1 ne comporte pas d&apos;enfant, d&apos;année scolaire ou d&apos;école (il n&apos;a pas été créé avec le formulaire d&apos;inscription)&#xa0;: aucun certificat ne peut donc être imprimé pour lui.</translation>
    </message>
    <message>
        <source>Case %1 has no decision yet: record the mayor&apos;s decision (granted or refused) in the case window first, then print the letter.</source>
        <translation>Le dossier %1 n&apos;a pas encore de décision&#xa0;: enregistrez d&apos;abord la décision du maire (accord ou refus) dans la fenêtre du dossier, puis imprimez la lettre.</translation>
    </message>
    <message>
        <source>Case %1 has no child or requested school recorded (it was not made with the derogation form), so no letter can be printed for it.</source>
        <translation>Le dossier %1 ne comporte pas d&apos;enfant ou d&apos;école demandée (il n&apos;a pas été créé avec le formulaire de dérogation)&#xa0;: aucune lettre ne peut donc être imprimée pour lui.</translation>
    </message>
    <message>
        <source>Reason of the refusal is missing: choose the reason the mayor gave, as recorded in the case.</source>
        <translation>Le motif du refus manque&#xa0;: choisissez le motif donné par le maire, tel qu&apos;il est enregistré dans le dossier.</translation>
    </message>
    <message>
        <source>Case %1 has no school recorded: the home is outside every sector of the catchment map, and the education department names the school. The certificate cannot be printed here without it.</source>
        <translation>Le dossier %1 ne comporte pas d&apos;école&#xa0;: le domicile est hors de tous les secteurs de la carte scolaire, et c&apos;est le service des affaires scolaires qui désigne l&apos;école. Sans elle, le certificat ne peut pas être imprimé ici.</translation>
    </message>
</context>
<context>
    <name>LegalClock</name>
    <message>
        <source>Reference section &quot;correspondance&quot;, %1: %2. Correct the release at HQ and publish it again.</source>
        <translation>Section « correspondance » du référentiel, %1 : %2. Corrigez le référentiel au siège et publiez-le de nouveau.</translation>
    </message>
    <message>
        <source>no source is named (&quot;sources&quot;: [&quot;CRPA-L231-1&quot;, …])</source>
        <translation>aucune source n&apos;est citée (« sources » : [« CRPA-L231-1 », …])</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is not declared in &quot;sources&quot;</source>
        <translation>la source « %1 » n&apos;est pas déclarée dans « sources »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number above 0</source>
        <translation>« %1 » doit être un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <source>The reference release %1 has no &quot;correspondance&quot; section: the delays of written requests are unknown. Publish a release that has it.</source>
        <translation>Le référentiel %1 n&apos;a pas de section « correspondance » : les délais des demandes écrites sont inconnus. Publiez un référentiel qui la contient.</translation>
    </message>
    <message>
        <source>request kind &quot;%1&quot;</source>
        <translation>type de demande « %1 »</translation>
    </message>
    <message>
        <source>an entry has no &quot;id&quot;</source>
        <translation>une entrée n&apos;a pas d&apos;« id »</translation>
    </message>
    <message>
        <source>the id is listed twice</source>
        <translation>l&apos;identifiant figure deux fois</translation>
    </message>
    <message>
        <source>&quot;label&quot; is empty</source>
        <translation>« label » est vide</translation>
    </message>
    <message>
        <source>&quot;silence&quot; must be &quot;acceptance&quot;, &quot;rejection&quot; or &quot;none&quot;</source>
        <translation>« silence » doit valoir « acceptance », « rejection » ou « none »</translation>
    </message>
    <message>
        <source>no kind of request is listed</source>
        <translation>aucun type de demande n&apos;est listé</translation>
    </message>
    <message>
        <source>the source or the assumption is missing</source>
        <translation>la source ou l&apos;hypothèse manque</translation>
    </message>
</context>
<context>
    <name>ListStyle</name>
    <message>
        <source>%1 ⚠ overdue</source>
        <translation>%1 ⚠ en retard</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reference release %1 (no. %2) installed, in force from %3.</source>
        <translation>Référentiel %1 (n°&#xa0;%2) installé, en vigueur à partir du %3.</translation>
    </message>
    <message numerus="yes">
        <source>HQ refused %n change(s) of this workstation for good: other offices do not see them. Last reason: %1. Call IT.</source>
        <translation>
            <numerusform>Le siège a refusé définitivement %n modification de ce poste : les autres mairies ne la voient pas. Dernier motif : %1. Appelez le service informatique.</numerusform>
            <numerusform>Le siège a refusé définitivement %n modifications de ce poste : les autres mairies ne les voient pas. Dernier motif : %1. Appelez le service informatique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) received could not be applied and were set aside; the rest was applied. Call IT.</source>
        <translation>
            <numerusform>%n opération reçue n&apos;a pas pu être appliquée et a été mise de côté ; le reste a été appliqué. Appelez le service informatique.</numerusform>
            <numerusform>%n opérations reçues n&apos;ont pas pu être appliquées et ont été mises de côté ; le reste a été appliqué. Appelez le service informatique.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation does not hold the same data as HQ (parts: %1). Nothing is lost; call IT.</source>
        <translation>Ce poste ne détient pas les mêmes données que le siège (parties : %1). Rien n&apos;est perdu ; appelez le service informatique.</translation>
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
    <message>
        <source>Dependency missing</source>
        <translation>Dépendance manquante</translation>
    </message>
    <message>
        <source>The module&apos;s list of dependencies is not a list of {&quot;id&quot;, &quot;version&quot;}. Reinstall the module.</source>
        <translation>La liste des dépendances du module n&apos;est pas une liste de {&quot;id&quot;, &quot;version&quot;}. Réinstallez le module.</translation>
    </message>
    <message>
        <source>It needs the module %1 (version %2 or later), which is not installed. Ask IT to install it.</source>
        <translation>Il a besoin du module %1 (version %2 ou suivante), qui n&apos;est pas installé. Demandez au service informatique de l&apos;installer.</translation>
    </message>
    <message>
        <source>It needs the module %1, which needs it in turn: neither can start first. Install versions of the two made to work together.</source>
        <translation>Il a besoin du module %1, qui a besoin de lui en retour : aucun des deux ne peut démarrer le premier. Installez des versions des deux faites pour fonctionner ensemble.</translation>
    </message>
    <message>
        <source>It needs the module %1 in version %2 or later; version %3 is installed. Install the newer one.</source>
        <translation>Il a besoin du module %1 en version %2 ou suivante ; la version %3 est installée. Installez la plus récente.</translation>
    </message>
    <message>
        <source>It needs the module %1, which could not be loaded (see its line).</source>
        <translation>Il a besoin du module %1, qui n&apos;a pas pu être chargé (voir sa ligne).</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Numéro personnel</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>Données facultatives</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Overall check digit</source>
        <translation>Chiffre de contrôle global</translation>
    </message>
    <message>
        <source>%1: check digit %2 expected, %3 read. A character of this field or its check digit was misread, or the document was altered: read the document again, or type the line exactly as printed.</source>
        <translation>%1&#xa0;: chiffre de contrôle %2 attendu, %3 lu. Un caractère de ce champ ou son chiffre de contrôle a été mal lu, ou le document a été altéré&#xa0;: relisez le document, ou tapez la ligne exactement telle qu&apos;elle est imprimée.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (expected year, month and day as YYMMDD). Read the document again, or type the line exactly as printed.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (année, mois et jour attendus au format AAMMJJ). Relisez le document, ou tapez la ligne exactement telle qu&apos;elle est imprimée.</translation>
    </message>
    <message>
        <source>%1: %2 is after today. Read the document again, or type the line exactly as printed.</source>
        <translation>%1&#xa0;: le %2 est postérieur à aujourd&apos;hui. Relisez le document, ou tapez la ligne exactement telle qu&apos;elle est imprimée.</translation>
    </message>
    <message>
        <source>Sex: &quot;%1&quot; read where M, F or &lt; is expected. Read the document again, or type the line exactly as printed.</source>
        <translation>Sexe&#xa0;: «&#xa0;%1&#xa0;» lu là où M, F ou &lt; est attendu. Relisez le document, ou tapez la ligne exactement telle qu&apos;elle est imprimée.</translation>
    </message>
    <message>
        <source>Machine-readable zone: nothing was read. Read the document again with the reader, or type the lines at the bottom of the photo page (2 or 3 lines of letters, digits and &lt;).</source>
        <translation>Bande MRZ&#xa0;: rien n&apos;a été lu. Relisez le document avec le lecteur, ou tapez les lignes du bas de la page photo (2 ou 3 lignes de lettres, de chiffres et de &lt;).</translation>
    </message>
    <message>
        <source>Machine-readable zone: lines of %1 characters read; a passport has 2 lines of 44, an identity card 3 lines of 30 (since 2021) or 2 lines of 36. A line was cut or lengthened, or one is missing: read the document again, or type the lines exactly as printed.</source>
        <translation>Bande MRZ&#xa0;: lignes de %1 caractères lues&#xa0;; un passeport a 2 lignes de 44 caractères, une carte d&apos;identité 3 lignes de 30 (depuis 2021) ou 2 lignes de 36. Une ligne a été coupée ou allongée, ou il en manque une&#xa0;: relisez le document, ou tapez les lignes exactement telles qu&apos;elles sont imprimées.</translation>
    </message>
    <message>
        <source>Machine-readable zone, line %1, character %2: &quot;%3&quot; cannot appear there (only A–Z, 0–9 and &lt;). If the reader typed it, check that the reader and the workstation use the same keyboard layout; otherwise type the line as printed.</source>
        <translation>Bande MRZ, ligne %1, caractère %2&#xa0;: «&#xa0;%3&#xa0;» ne peut pas y figurer (seulement A–Z, 0–9 et &lt;). Si c&apos;est le lecteur qui l&apos;a saisi, vérifiez que le lecteur et le poste utilisent la même disposition de clavier&#xa0;; sinon, tapez la ligne telle qu&apos;elle est imprimée.</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Réf. %1</translation>
    </message>
    <message>
        <source>The document cannot be written to %1. Check the disk space and the folder&apos;s permissions.</source>
        <translation>Le document ne peut pas être écrit dans %1. Vérifiez l&apos;espace disque et les droits d&apos;accès du répertoire.</translation>
    </message>
    <message>
        <source>page %1/%2</source>
        <translation>page %1/%2</translation>
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
    <message>
        <source>Receipt %1, continued</source>
        <translation>Récépissé %1 (suite)</translation>
    </message>
    <message>
        <source>page %1/%2</source>
        <translation>page %1/%2</translation>
    </message>
    <message>
        <source>Printed again on %1</source>
        <translation>Réimprimé le %1</translation>
    </message>
</context>
<context>
    <name>ReceiptData</name>
    <message>
        <source>The receipt of %1 cannot be printed again: %2</source>
        <translation>Le récépissé du dossier %1 ne peut pas être réimprimé : %2</translation>
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
    <name>ReferenceSection</name>
    <message>
        <source>The &quot;%1&quot; section of reference release %2 is incomplete or inconsistent: %3. Ask HQ to publish a corrected release.</source>
        <translation>La section « %1 » du référentiel %2 est incomplète ou incohérente : %3. Demandez au siège de publier un référentiel corrigé.</translation>
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
    <message>
        <source>Reference release %1 is not installed on this workstation.</source>
        <translation>Le référentiel %1 n&apos;est pas installé sur ce poste.</translation>
    </message>
</context>
<context>
    <name>Replicator</name>
    <message>
        <source>An operation from HQ (%1 %2) cannot be applied: %3. It is set aside; call IT.</source>
        <translation>Une opération reçue du siège (%1 %2) ne peut pas être appliquée : %3. Elle est mise de côté ; appelez le service informatique.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Minutes between two syncs while the desk is open.</source>
        <translation>Minutes entre deux synchronisations tant que le guichet est ouvert.</translation>
    </message>
    <message>
        <source>Hour of the full nightly sync, if the desk is open.</source>
        <translation>Heure de la synchronisation complète de nuit, si le guichet est ouvert.</translation>
    </message>
    <message>
        <source>Days the desk may go without HQ confirming its reference release before it warns.</source>
        <translation>Nombre de jours pendant lesquels le guichet peut fonctionner sans que le siège confirme son référentiel avant d&apos;avertir.</translation>
    </message>
    <message>
        <source>%1: a whole number from %2 to %3 was expected, not %4.</source>
        <translation>%1 : un nombre entier de %2 à %3 était attendu, et non %4.</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input after which the desk locks itself; 0 never locks it.</source>
        <translation>Minutes sans clavier ni souris après lesquelles le poste se verrouille ; 0 ne le verrouille jamais.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>HQ&apos;s snapshot was refused and nothing was imported: %1. The next sync downloads it again; if this persists, call IT.</source>
        <translation>L&apos;instantané du siège a été refusé et rien n&apos;a été importé&#xa0;: %1. La prochaine synchronisation le téléchargera de nouveau&#xa0;; si le problème persiste, appelez le service informatique.</translation>
    </message>
    <message>
        <source>The snapshot file %1 cannot be read.</source>
        <translation>Le fichier d&apos;instantané %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>the file has %1 bytes instead of %2 (cut download)</source>
        <translation>le fichier fait %1 octets au lieu de %2 (téléchargement interrompu)</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the one HQ announced (damaged download)</source>
        <translation>son empreinte SHA-256 diffère de celle annoncée par le siège (téléchargement endommagé)</translation>
    </message>
    <message>
        <source>This workstation already holds synced data: it never imports a snapshot, it pulls operations.</source>
        <translation>Ce poste détient déjà des données synchronisées&#xa0;: il n&apos;importe jamais d&apos;instantané, il reçoit les opérations.</translation>
    </message>
    <message>
        <source>it does not describe itself</source>
        <translation>il ne se décrit pas lui-même</translation>
    </message>
    <message>
        <source>its format %1 is not the one this Guichet reads (%2)</source>
        <translation>son format %1 n&apos;est pas celui que lit ce Guichet (%2)</translation>
    </message>
    <message>
        <source>it is not the snapshot HQ announced</source>
        <translation>ce n&apos;est pas l&apos;instantané annoncé par le siège</translation>
    </message>
    <message>
        <source>its tables have schema %1 and this workstation %2</source>
        <translation>ses tables ont le schéma %1 et ce poste le schéma %2</translation>
    </message>
    <message>
        <source>The snapshot just written fails SQLite&apos;s integrity check; check HQ&apos;s disk.</source>
        <translation>L&apos;instantané qui vient d&apos;être écrit échoue au contrôle d&apos;intégrité de SQLite ; vérifiez le disque du siège.</translation>
    </message>
    <message>
        <source>its tables are not exactly this workstation&apos;s</source>
        <translation>ses tables ne sont pas exactement celles de ce poste</translation>
    </message>
    <message>
        <source>The snapshot file %1 cannot be renamed; check the rights on its folder.</source>
        <translation>Le fichier d&apos;instantané %1 ne peut pas être renommé ; vérifiez les droits sur son dossier.</translation>
    </message>
</context>
<context>
    <name>StateHash</name>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>case timelines</source>
        <translation>historiques des dossiers</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
    <message>
        <source>deleted cases</source>
        <translation>dossiers supprimés</translation>
    </message>
    <message>
        <source>merged people</source>
        <translation>fusions de fiches</translation>
    </message>
    <message>
        <source>people&apos;s histories</source>
        <translation>historiques des personnes</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>HQ cannot be reached at %1 (%2). The workstation keeps working; sync will try again.</source>
        <translation>Le siège est injoignable à l&apos;adresse %1 (%2). Le poste continue de fonctionner&#xa0;; la synchronisation sera retentée.</translation>
    </message>
    <message>
        <source>HQ does not know this workstation&apos;s token.</source>
        <translation>Le siège ne reconnaît pas le jeton de ce poste.</translation>
    </message>
    <message>
        <source>HQ refused the request (HTTP %1): %2</source>
        <translation>Le siège a refusé la requête (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with HQ. Ask HQ for a code, then run: guichetctl enrol --hq URL --code CODE</source>
        <translation>Ce poste n&apos;est pas inscrit auprès du siège. Demandez un code au siège, puis lancez&#xa0;: guichetctl enrol --hq URL --code CODE</translation>
    </message>
    <message>
        <source>The HQ token cannot be written to %1. Check the folder&apos;s permissions.</source>
        <translation>Le jeton du siège ne peut pas être écrit dans %1. Vérifiez les droits d&apos;accès du répertoire.</translation>
    </message>
    <message>
        <source>--hq: an address such as https://hq.mairie.example was expected.</source>
        <translation>--hq&#xa0;: une adresse telle que https://hq.mairie.example était attendue.</translation>
    </message>
    <message>
        <source>Reference release %1 on this workstation differs from the one HQ published as no. %2. Ask HQ&apos;s administrator: a changed release must be published under a new id.</source>
        <translation>Le référentiel %1 de ce poste diffère de celui que le siège a publié sous le n°&#xa0;%2. Contactez l&apos;administrateur du siège&#xa0;: un référentiel modifié doit être publié sous un nouvel identifiant.</translation>
    </message>
    <message>
        <source>Reference release %1 (no. %2) was not installed. %3 Nothing of it was kept; the next sync tries again.</source>
        <translation>Le référentiel %1 (n°&#xa0;%2) n&apos;a pas été installé. %3 Rien n&apos;en a été conservé&#xa0;; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>What HQ sent is not a complete release: it is damaged or cut short.</source>
        <translation>Ce que le siège a envoyé n&apos;est pas un référentiel complet&#xa0;: il est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>What HQ sent does not match what it announced (hash %1… instead of %2…).</source>
        <translation>Ce que le siège a envoyé ne correspond pas à ce qu&apos;il a annoncé (empreinte %1… au lieu de %2…).</translation>
    </message>
    <message>
        <source>HQ&apos;s snapshot does not have the size HQ announced; nothing was imported. The next sync starts it again.</source>
        <translation>L&apos;instantané du siège n&apos;a pas la taille annoncée par le siège&#xa0;; rien n&apos;a été importé. La prochaine synchronisation le reprendra depuis le début.</translation>
    </message>
    <message>
        <source>The snapshot cannot be written to %1. Check the free space and the folder&apos;s rights.</source>
        <translation>L&apos;instantané ne peut pas être écrit dans %1. Vérifiez l&apos;espace libre et les droits du répertoire.</translation>
    </message>
    <message>
        <source>--hq: %1 is plain http to another machine: the workstation&apos;s token would cross the network in clear text. Use https (HQ behind its TLS proxy, or guichet-hq --tls-cert).</source>
        <translation>--hq : %1 est une adresse http en clair vers une autre machine : le jeton du poste traverserait le réseau en clair. Utilisez https (le siège derrière son proxy TLS, ou guichet-hq --tls-cert).</translation>
    </message>
    <message>
        <source>%1 change(s) are still to send: sync first (guichetctl sync), then compare.</source>
        <translation>%1 modification(s) restent à envoyer : synchronisez d&apos;abord (guichetctl sync), puis comparez.</translation>
    </message>
    <message>
        <source>HQ cannot give its state at this workstation&apos;s point now (others synced since, or it is still catching up): sync again, then compare at once.</source>
        <translation>Le siège ne peut pas donner maintenant son état au point où en est ce poste (d&apos;autres postes se sont synchronisés depuis, ou il rattrape encore son retard) : synchronisez de nouveau, puis comparez aussitôt.</translation>
    </message>
    <message>
        <source>%1 %2: here only</source>
        <translation>%1 %2 : uniquement ici</translation>
    </message>
    <message>
        <source>%1 %2: differs</source>
        <translation>%1 %2 : diffère</translation>
    </message>
    <message>
        <source>%1 %2: at HQ only</source>
        <translation>%1 %2 : uniquement au siège</translation>
    </message>
</context>
<context>
    <name>SyncWire</name>
    <message>
        <source>%1: a UUID was expected.</source>
        <translation>%1&#xa0;: un UUID était attendu.</translation>
    </message>
    <message>
        <source>%1: a positive integer written as a string was expected.</source>
        <translation>%1&#xa0;: un entier positif écrit sous forme de chaîne était attendu.</translation>
    </message>
    <message>
        <source>entity: &quot;%1&quot; is not data a workstation may write.</source>
        <translation>entity&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une donnée qu&apos;un poste peut écrire.</translation>
    </message>
    <message>
        <source>fields: an object was expected.</source>
        <translation>fields&#xa0;: un objet était attendu.</translation>
    </message>
    <message>
        <source>schema_version: a positive integer was expected.</source>
        <translation>schema_version&#xa0;: un entier positif était attendu.</translation>
    </message>
    <message>
        <source>created_at: an ISO 8601 time was expected.</source>
        <translation>created_at&#xa0;: une date-heure ISO 8601 était attendue.</translation>
    </message>
    <message>
        <source>The body is empty or truncated.</source>
        <translation>Le corps du message est vide ou tronqué.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Le corps du message dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The body would unpack to more than %1 bytes.</source>
        <translation>Une fois décompressé, le corps du message dépasserait %1 octets.</translation>
    </message>
    <message>
        <source>The body is not zlib-compressed data, or it is truncated.</source>
        <translation>Le corps du message n&apos;est pas compressé avec zlib, ou il est tronqué.</translation>
    </message>
    <message>
        <source>The body is not a JSON object: %1.</source>
        <translation>Le corps du message n&apos;est pas un objet JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>releases: a release without an id was announced.</source>
        <translation>releases&#xa0;: un référentiel sans identifiant a été annoncé.</translation>
    </message>
    <message>
        <source>releases: release %1 has no positive number.</source>
        <translation>releases&#xa0;: le référentiel %1 n&apos;a pas de numéro positif.</translation>
    </message>
    <message>
        <source>releases: release %1 has no SHA-256 hash.</source>
        <translation>releases&#xa0;: le référentiel %1 n&apos;a pas d&apos;empreinte SHA-256.</translation>
    </message>
    <message>
        <source>releases: release %1 has no valid effective date.</source>
        <translation>releases&#xa0;: le référentiel %1 n&apos;a pas de date d&apos;entrée en vigueur valide.</translation>
    </message>
    <message>
        <source>op: insert, update or append was expected (delete for a case only).</source>
        <translation>op&#xa0;: insert, update ou append était attendu (delete pour un dossier uniquement).</translation>
    </message>
    <message>
        <source>op: a %1 cannot be &quot;%2&quot;.</source>
        <translation>op : une opération « %2 » n&apos;existe pas pour %1.</translation>
    </message>
    <message>
        <source>fields: more than %1 bytes; shorten the text.</source>
        <translation>fields : plus de %1 octets ; raccourcissez le texte.</translation>
    </message>
    <message>
        <source>%1: missing; a %2 %3 needs it.</source>
        <translation>%1 : absent ; une opération %3 sur %2 l&apos;exige.</translation>
    </message>
    <message>
        <source>%1: not a value this field takes (wrong type, or too long).</source>
        <translation>%1 : valeur non admise pour ce champ (mauvais type, ou trop longue).</translation>
    </message>
    <message>
        <source>%1: not a field of a %2 %3.</source>
        <translation>%1 : n&apos;est pas un champ d&apos;une opération %3 sur %2.</translation>
    </message>
    <message>
        <source>%1: %2 was expected.</source>
        <translation>%1 : on attendait %2.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a positive integer written as a string</source>
        <translation>un entier positif écrit en texte</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>un UUID</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Opération %1 : %2</translation>
    </message>
    <message>
        <source>[operation id, field, reason] items</source>
        <translation>des éléments [identifiant d’opération, champ, motif]</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>un jeton</translation>
    </message>
    <message>
        <source>releases: %1</source>
        <translation>releases : %1</translation>
    </message>
    <message>
        <source>between 1 and %1 operations</source>
        <translation>entre 1 et %1 opérations</translation>
    </message>
    <message>
        <source>[operation id, sequence] pairs</source>
        <translation>des paires [identifiant d’opération, séquence]</translation>
    </message>
    <message>
        <source>[key, digest] pairs</source>
        <translation>des paires [clé, empreinte]</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not a kind of case event.</source>
        <translation>kind : « %1 » n&apos;est pas un type d&apos;événement de dossier.</translation>
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
    <name>guichet::Answer</name>
    <message>
        <source>Missing: %1.</source>
        <translation>Il manque %1.</translation>
    </message>
    <message>
        <source>Missing: %1 and %2.</source>
        <translation>Il manque %1 et %2.</translation>
    </message>
    <message>
        <source>Unknown fact &quot;%1&quot; for %2. The facts of this procedure are: %3.</source>
        <translation>Donnée &quot;%1&quot; inconnue pour %2. Les données de cette démarche sont : %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Expected YYYY-MM-DD, e.g. 2009-04-10.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une date. Format attendu : AAAA-MM-JJ, par exemple 2009-04-10.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time. Expected YYYY-MM-DDTHH:MM, e.g. 2026-03-02T14:30.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une date et une heure. Format attendu : AAAA-MM-JJTHH:MM, par exemple 2026-03-02T14:30.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not allowed. Allowed values: %3.</source>
        <translation>%1 : la valeur &quot;%2&quot; n&apos;est pas autorisée. Valeurs autorisées : %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not allowed. Allowed values: oui, non.</source>
        <translation>%1 : la valeur &quot;%2&quot; n&apos;est pas autorisée. Valeurs autorisées : oui, non.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>guichet::AnswerModules</name>
    <message>
        <source>The answer plugin %1 was built for another version of Guichet. Reinstall Guichet.</source>
        <translation>Le module de réponse %1 a été compilé pour une autre version de Guichet. Réinstallez Guichet.</translation>
    </message>
    <message>
        <source>The answer plugin %1 cannot be loaded: %2. Reinstall Guichet.</source>
        <translation>Le module de réponse %1 ne peut pas être chargé : %2. Réinstallez Guichet.</translation>
    </message>
    <message>
        <source>No answer plugin in %1. Reinstall Guichet, or build it (cmake --build build).</source>
        <translation>Aucun module de réponse dans %1. Réinstallez Guichet, ou compilez-le (cmake --build build).</translation>
    </message>
</context>
<context>
    <name>guichet::AnswerSet</name>
    <message>
        <source>Unknown procedure &quot;%1&quot;. The procedures are: %2.</source>
        <translation>Démarche inconnue &quot;%1&quot;. Les démarches sont : %2.</translation>
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
    <message>
        <source>Why the case is deleted</source>
        <translation>Motif de la suppression du dossier</translation>
    </message>
    <message>
        <source>Why: recorded by mistake, duplicate of…</source>
        <translation>Motif&#xa0;: saisi par erreur, doublon de…</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>De&amp;lete:</source>
        <translation>Suppr&amp;imer&#xa0;:</translation>
    </message>
    <message>
        <source>Refused by HQ: the change to %1 was made on a status another office had already changed; the case stays %2.</source>
        <translation>Refusé par le siège&#xa0;: le passage à «&#xa0;%1&#xa0;» a été fait sur un statut qu&apos;une autre mairie de quartier avait déjà changé&#xa0;; le dossier reste «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Refused by HQ: the procedure does not go from %2 to %1; the case stays %2.</source>
        <translation>Refusé par le siège&#xa0;: la démarche ne permet pas de passer de «&#xa0;%2&#xa0;» à «&#xa0;%1&#xa0;»&#xa0;; le dossier reste «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Deleted&lt;/b&gt; on %1: %2. It is listed nowhere and can no longer change.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Supprimé&lt;/b&gt; le %1&#xa0;: %2. Il n&apos;apparaît plus dans aucune liste et ne peut plus changer.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Reprint the receipt (Ctrl+P)</source>
        <translation>Réimprimer le récépissé (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the letter (Ctrl+Shift+P)</source>
        <translation>Imprimer le courrier (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Print: %1 (Ctrl+Shift+P)</source>
        <translation>Imprimer : %1 (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Service the case goes to</source>
        <translation>Service auquel le dossier est transmis</translation>
    </message>
    <message>
        <source>Why the case goes to that service</source>
        <translation>Pourquoi le dossier va à ce service</translation>
    </message>
    <message>
        <source>Why: the service that acts on it, what it needs…</source>
        <translation>Pourquoi : le service qui traite, ce dont il a besoin…</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transmettre</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>Transferred from %1 to %2 (reason: %3)</source>
        <translation>Transmis de %1 à %2 (motif : %3)</translation>
    </message>
</context>
<context>
    <name>guichet::CaseListModel</name>
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
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>En retard de %n jour.</numerusform>
            <numerusform>En retard de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
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
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
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
    <message>
        <source>e.g. BEL-2026-0001 or 032181</source>
        <translation>par ex. BEL-2026-0001 ou 032181</translation>
    </message>
    <message>
        <source>Any part of the number: the digits read off a receipt, with the year or not.</source>
        <translation>N&apos;importe quelle partie du numéro : les chiffres lus sur un récépissé, avec ou sans l&apos;année.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>names, 2 letters or more</source>
        <translation>noms, 2 lettres ou plus</translation>
    </message>
    <message>
        <source>The cases of the people whose names start with the words typed, as the reception&apos;s search finds them.</source>
        <translation>Les dossiers des personnes dont les noms commencent par les mots saisis, comme les trouve la recherche de l&apos;accueil.</translation>
    </message>
    <message>
        <source>The procedure of the cases; the status list then offers its statuses.</source>
        <translation>La démarche des dossiers ; la liste des statuts propose alors les siens.</translation>
    </message>
    <message>
        <source>The statuses of the chosen procedure; with every procedure, each procedure&apos;s under its name.</source>
        <translation>Les statuts de la démarche choisie ; avec toutes les démarches, ceux de chacune sous son nom.</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>The office that recorded the cases. %1: every office.</source>
        <translation>Le bureau qui a enregistré les dossiers. %1 : tous les bureaux.</translation>
    </message>
    <message>
        <source>All offices (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>%1 shows the cases of every office, and again only those of %2.</source>
        <translation>%1 affiche les dossiers de tous les bureaux, puis de nouveau seulement ceux de votre bureau (%2).</translation>
    </message>
    <message>
        <source>How the request came: at the counter, by phone, letter, e-mail or on the web.</source>
        <translation>Comment la demande est arrivée : au guichet, par téléphone, courrier, courriel ou formulaire web.</translation>
    </message>
    <message>
        <source>The service that acts on the cases.</source>
        <translation>Le service qui traite les dossiers.</translation>
    </message>
    <message>
        <source>The cases due within the period, from today.</source>
        <translation>Les dossiers dont l&apos;échéance tombe dans la période, à compter d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard</translation>
    </message>
    <message>
        <source>Only the open cases whose due date is past.</source>
        <translation>Uniquement les dossiers ouverts dont l&apos;échéance est dépassée.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>P&amp;rocedure:</source>
        <translation>&amp;Démarche :</translation>
    </message>
    <message>
        <source>Off&amp;ice:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <source>Chann&amp;el:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>The cases that match the filters. Enter opens the selected case.</source>
        <translation>Les dossiers qui correspondent aux filtres. Entrée ouvre le dossier sélectionné.</translation>
    </message>
    <message>
        <source>Enter opens the selected case. %1 sorts by the current column (again: the other way); the menu key or Shift+F10 shows or hides columns. Escape clears the filters.</source>
        <translation>Entrée ouvre le dossier sélectionné. %1 trie selon la colonne courante (une seconde fois : dans l&apos;autre sens) ; la touche Menu ou Shift+F10 affiche ou masque des colonnes. Échap efface les filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Sort by the current column</source>
        <translation>Trier selon la colonne courante</translation>
    </message>
    <message>
        <source>List menu</source>
        <translation>Menu de la liste</translation>
    </message>
    <message>
        <source>The list cannot be sorted by “%1”: choose another column.</source>
        <translation>La liste ne peut pas être triée par « %1 » : choisissez une autre colonne.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Every office&apos;s cases. %1 again: only those of %2.</source>
        <translation>Dossiers de tous les bureaux. %1 de nouveau : seulement ceux de votre bureau (%2).</translation>
    </message>
    <message>
        <source>The cases of %1. %2 again: every office&apos;s.</source>
        <translation>Dossiers de votre bureau (%1). %2 de nouveau : ceux de tous les bureaux.</translation>
    </message>
    <message>
        <source>Filters cleared: the cases of %1.</source>
        <translation>Filtres effacés : dossiers de votre bureau (%1).</translation>
    </message>
    <message>
        <source>The cases of %1, in every office. Escape clears the filters.</source>
        <translation>Les dossiers de %1, dans tous les bureaux. Échap efface les filtres.</translation>
    </message>
    <message>
        <source>No case matches these filters. Escape clears the filters; %1 looks in every office.</source>
        <translation>Aucun dossier ne correspond à ces filtres. Échap efface les filtres ; %1 cherche dans tous les bureaux.</translation>
    </message>
    <message>
        <source>No case matches these filters. Escape clears the filters.</source>
        <translation>Aucun dossier ne correspond à ces filtres. Échap efface les filtres.</translation>
    </message>
    <message>
        <source>No case in %1 yet. %2 shows every office&apos;s cases.</source>
        <translation>Aucun dossier pour l&apos;instant dans ce bureau (%1). %2 affiche les dossiers de tous les bureaux.</translation>
    </message>
    <message>
        <source>No case yet: requests are recorded at the reception (F2).</source>
        <translation>Aucun dossier pour l&apos;instant : les demandes sont enregistrées à l&apos;accueil (F2).</translation>
    </message>
    <message>
        <source>The list cannot be sorted by “%1”: choose another column with the arrow keys.</source>
        <translation>La liste ne peut pas être triée par « %1 » : choisissez une autre colonne avec les flèches.</translation>
    </message>
    <message>
        <source>Sorted by “%1”, in ascending order.</source>
        <translation>Liste triée par « %1 », par ordre croissant.</translation>
    </message>
    <message>
        <source>Sorted by “%1”, in descending order.</source>
        <translation>Liste triée par « %1 », par ordre décroissant.</translation>
    </message>
    <message>
        <source>Open the case (Enter)</source>
        <translation>Ouvrir le dossier (Entrée)</translation>
    </message>
    <message>
        <source>Sort by “%1” (%2)</source>
        <translation>Trier par « %1 » (%2)</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>Colonnes affichées</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every procedure: démarche is feminine in French</comment>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>guichet::CommuneTable</name>
    <message>
        <source>The commune table of reference release %1 is malformed: %2. Convert it again with scripts/import-communes.</source>
        <translation>La table des communes du référentiel %1 est mal formée : %2. Convertissez-la de nouveau avec scripts/import-communes.</translation>
    </message>
    <message>
        <source>a row does not have 6 columns or its kind is unknown</source>
        <translation>une ligne n&apos;a pas 6 colonnes ou son type est inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to the unknown commune &quot;%2&quot;</source>
        <translation>« %1 » appartient à la commune inconnue « %2 »</translation>
    </message>
    <message>
        <source>the former code &quot;%1&quot; does not lead to a known commune</source>
        <translation>l&apos;ancien code « %1 » ne mène à aucune commune connue</translation>
    </message>
    <message>
        <source>INSEE commune code: %1 is not the code of any commune, present or former, in the official list. Type the commune&apos;s name in the birth commune field and choose it in the list.</source>
        <translation>Code INSEE de la commune : %1 n&apos;est le code d&apos;aucune commune, actuelle ou ancienne, de la liste officielle. Tapez le nom de la commune dans le champ de la commune de naissance et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Postal code: %1 is not a postal code of %2 (%3). Check the postal code on the person&apos;s proof of address.</source>
        <translation>Code postal : %1 n&apos;est pas un code postal de %2 (%3). Vérifiez le code postal sur le justificatif de domicile de la personne.</translation>
    </message>
    <message>
        <source>Postal code: %1 is the postal code of %2, not of %3 (%4). Check the postal code and the town on the person&apos;s proof of address.</source>
        <translation>Code postal : %1 est le code postal de %2, pas de %3 (%4). Vérifiez le code postal et la commune sur le justificatif de domicile de la personne.</translation>
    </message>
    <message>
        <source>it has no communes, or not as lines of text</source>
        <translation>elle n&apos;a aucune commune, ou pas sous forme de lignes de texte</translation>
    </message>
    <message>
        <source>the row of code &quot;%1&quot; has no name, no department, is repeated, out of order or its commune does not match its kind</source>
        <translation>la ligne du code « %1 » n&apos;a pas de nom ou de département, est répétée, hors de l&apos;ordre, ou sa commune ne correspond pas à son type</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictsPage</name>
    <message>
        <source>&amp;Keep the value in force (Ctrl+K)</source>
        <translation>&amp;Garder la valeur en vigueur (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Take the other value (Ctrl+T)</source>
        <translation>&amp;Reprendre l&apos;autre valeur (Ctrl+T)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Two offices changed the same field apart: the later change is in force, the other value is kept here. Choose which stays; every office receives the decision at its next sync.</source>
        <translation>Deux mairies de quartier ont modifié le même champ sans se voir&#xa0;: la modification la plus récente est en vigueur, l&apos;autre valeur est conservée ici. Choisissez celle qui reste&#xa0;; chaque mairie reçoit la décision à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Two offices changed the same field apart: the later change is in force, the other value is kept here until a superviseur settles it.</source>
        <translation>Deux mairies de quartier ont modifié le même champ sans se voir&#xa0;: la modification la plus récente est en vigueur, l&apos;autre valeur est conservée ici jusqu&apos;à ce qu&apos;un superviseur tranche.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value in force</source>
        <translation>Valeur en vigueur</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Saisie le</translation>
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
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth place (INSEE code)</source>
        <translation>Lieu de naissance (code INSEE)</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Birth country</source>
        <translation>Pays de naissance</translation>
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
        <translation>Commune</translation>
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
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
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
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>A case&apos;s status moves through the case window (F3): keep the value in force here.</source>
        <translation>Le statut d&apos;un dossier évolue dans la fenêtre du dossier (F3)&#xa0;: gardez ici la valeur en vigueur.</translation>
    </message>
    <message>
        <source>Settled: %1, %2.</source>
        <translation>Réglé&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Each line: a field two offices changed apart, the value in force and the other one.</source>
        <translation>Chaque ligne&#xa0;: un champ modifié par deux mairies de quartier sans se voir, la valeur en vigueur et l&apos;autre valeur.</translation>
    </message>
    <message>
        <source>No conflict to settle: every office holds the same values.</source>
        <translation>Aucun conflit à régler&#xa0;: toutes les mairies de quartier ont les mêmes valeurs.</translation>
    </message>
    <message>
        <source>No conflict: every office holds the same values.</source>
        <translation>Aucun conflit&#xa0;: toutes les mairies de quartier ont les mêmes valeurs.</translation>
    </message>
    <message>
        <source>&amp;Keep the value in force</source>
        <translation>&amp;Garder la valeur en vigueur</translation>
    </message>
    <message>
        <source>&amp;Take the other value</source>
        <translation>&amp;Prendre l&apos;autre valeur</translation>
    </message>
</context>
<context>
    <name>guichet::DateField</name>
    <message>
        <source>%1: %2 is past; expected today, %3, or a later day. Type the day to come.</source>
        <translation>%1 : le %2 est passé ; aujourd&apos;hui, %3, ou un jour suivant était attendu. Tapez le jour à venir.</translation>
    </message>
    <message>
        <source>%1: expected a date no earlier than %2; %3 is earlier. Check the year.</source>
        <translation>%1 : une date à partir du %2 était attendue ; le %3 est antérieur. Vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future; expected today, %3, or an earlier day. Check the year.</source>
        <translation>%1 : le %2 est dans le futur ; aujourd&apos;hui, %3, ou un jour précédent était attendu. Vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>%1: expected a date no later than %2; %3 is later. Check the year.</source>
        <translation>%1 : une date jusqu&apos;au %2 était attendue ; le %3 est postérieur. Vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendrier : %1</translation>
    </message>
    <message>
        <source>The arrows move by day, Page Up and Page Down by month; Enter picks the day, Escape closes.</source>
        <translation>Les flèches changent de jour, Page préc. et Page suiv. de mois ; Entrée choisit le jour, Échap ferme.</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>%1: expected a date as DD/MM/YYYY, e.g. 12/03/1984; &quot;%2&quot; is not a date. Type the day, the month and the year, or pick the day in the calendar (Alt+Down).</source>
        <translation>%1 : une date JJ/MM/AAAA était attendue, par exemple 12/03/1984 ; « %2 » n&apos;est pas une date. Tapez le jour, le mois et l&apos;année, ou choisissez le jour dans le calendrier (Alt+Bas).</translation>
    </message>
    <message>
        <source>A date: type it as DD/MM/YYYY, e.g. 12/03/1984, or as 8 digits (12031984); Alt+Down opens a calendar to pick it. Empty when the date is not known.</source>
        <translation>Une date : tapez-la JJ/MM/AAAA, par exemple 12/03/1984, ou en 8 chiffres (12031984) ; Alt+Bas ouvre un calendrier pour la choisir. Vide quand la date n&apos;est pas connue.</translation>
    </message>
</context>
<context>
    <name>guichet::IdleLockDialog</name>
    <message>
        <source>Automatic lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>A shared counter locks itself when nobody has touched the keyboard or the mouse for this many minutes; the agent&apos;s password unlocks it, and what was being filled stays. 0 never locks it. This workstation only.</source>
        <translation>Un guichet partagé se verrouille quand personne n&apos;a touché le clavier ni la souris depuis ce nombre de minutes ; le mot de passe de l&apos;agent le déverrouille, et la saisie en cours reste. 0 ne le verrouille jamais. Ce poste seulement.</translation>
    </message>
    <message>
        <source>Minutes before the desk locks itself</source>
        <translation>Minutes avant le verrouillage du poste</translation>
    </message>
    <message>
        <source>A whole number of minutes from %1 to %2; %1 never locks the desk.</source>
        <translation>Un nombre entier de minutes de %1 à %2 ; %1 ne verrouille jamais le poste.</translation>
    </message>
    <message>
        <source>&amp;Minutes without input:</source>
        <translation>&amp;Minutes sans saisie :</translation>
    </message>
    <message>
        <source>Only a superviseur changes the minutes before the desk locks itself; %1 is not one. Ask your superviseur.</source>
        <translation>Seul un superviseur change les minutes avant le verrouillage du poste ; %1 ne l&apos;est pas. Demandez à votre superviseur.</translation>
    </message>
    <message>
        <source>Minutes before the desk locks itself: a whole number from %1 (never) to %2 was expected, not &quot;%3&quot;. Type the number of minutes, for example 5.</source>
        <translation>Minutes avant le verrouillage du poste : un nombre entier de %1 (jamais) à %2 était attendu, pas « %3 ». Tapez le nombre de minutes, par exemple 5.</translation>
    </message>
</context>
<context>
    <name>guichet::LockPage</name>
    <message>
        <source>Desk locked</source>
        <translation>Poste verrouillé</translation>
    </message>
    <message>
        <source>%1 — session of %2. The person being received and the request being filled are kept as they were.</source>
        <translation>%1 — session de %2. La personne en cours d&apos;accueil et la demande en cours de saisie sont conservées telles quelles.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of %1; Enter unlocks the desk.</source>
        <translation>Le mot de passe de %1 ; Entrée déverrouille le poste.</translation>
    </message>
    <message>
        <source>Another agent: Ctrl+Shift+L logs this session out; what was being filled stays as a draft for %1.</source>
        <translation>Pour un autre agent : Ctrl+Maj+L ferme cette session ; la saisie en cours reste en brouillon pour %1.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Only %1 unlocks this session. Another agent logs it out first (Ctrl+Shift+L).</source>
        <translation>Seul le mot de passe de %1 déverrouille cette session. Un autre agent doit d&apos;abord la fermer (Ctrl+Maj+L).</translation>
    </message>
    <message>
        <source>Wrong password for %1. Check the keyboard (caps lock) and type it again; after five failures the account is locked for 15 minutes.</source>
        <translation>Mot de passe incorrect pour %1. Vérifiez le clavier (verrouillage des majuscules) et tapez-le de nouveau ; après cinq échecs, le compte est bloqué 15 minutes.</translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
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
        <source>&amp;Sync with HQ now</source>
        <translation>&amp;Synchroniser avec le siège maintenant</translation>
    </message>
    <message>
        <source>Send this office&apos;s changes to HQ and receive the other offices&apos; (F12)</source>
        <translation>Envoyer au siège les modifications de cette mairie de quartier et recevoir celles des autres (F12)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sync with HQ</source>
        <translation>Synchronisation avec le siège</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with HQ yet. IT enrols it with a one-time code:
guichetctl enrol --hq URL --code CODE</source>
        <translation>Ce poste n&apos;est pas encore inscrit auprès du siège. Le service informatique l&apos;inscrit avec un code à usage unique&#xa0;:
guichetctl enrol --hq URL --code CODE</translation>
    </message>
    <message>
        <source>HQ: not enrolled</source>
        <translation>Siège&#xa0;: poste non inscrit</translation>
    </message>
    <message>
        <source>This workstation works on its own database. IT enrols it with HQ with &quot;guichetctl enrol --hq URL --code CODE&quot;.</source>
        <translation>Ce poste travaille sur sa propre base de données. Le service informatique l&apos;inscrit auprès du siège avec «&#xa0;guichetctl enrol --hq URL --code CODE&#xa0;».</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>HQ: syncing…</source>
        <translation>Siège&#xa0;: synchronisation en cours…</translation>
    </message>
    <message>
        <source>F12 syncs now.</source>
        <translation>F12 lance la synchronisation maintenant.</translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflits</translation>
    </message>
    <message>
        <source>Values two offices changed apart, to settle (F11)</source>
        <translation>Valeurs modifiées par deux mairies de quartier sans se voir, à régler (F11)</translation>
    </message>
    <message>
        <source>C&amp;onflicts (%1)</source>
        <translation>C&amp;onflits (%1)</translation>
    </message>
    <message>
        <source>⚠ The release now in force cannot be used</source>
        <translation>⚠ Nouveau référentiel inutilisable</translation>
    </message>
    <message>
        <source>%1
This workstation keeps answering under release %2. Call IT.</source>
        <translation>%1
Ce poste continue de répondre sous le référentiel %2. Appelez le service informatique.</translation>
    </message>
    <message>
        <source>⚠ Behind HQ, which has release %1 in force</source>
        <translation>⚠ En retard&#xa0;: le siège applique le %1</translation>
    </message>
    <message>
        <source>HQ answers under reference release %1, this workstation under %2: its answers may differ from the other offices&apos;. Sync with HQ now (F12); if this stays, call IT.</source>
        <translation>Le siège répond sous le référentiel %1, ce poste sous le %2&#xa0;: ses réponses peuvent différer de celles des autres mairies de quartier. Synchronisez maintenant avec le siège (F12)&#xa0;; si cela persiste, appelez le service informatique.</translation>
    </message>
    <message>
        <source>⚠ Release never confirmed by HQ</source>
        <translation>⚠ Référentiel non confirmé</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Release not confirmed by HQ for %n day(s)</source>
        <translation>
            <numerusform>⚠ Référentiel non confirmé depuis %n jour</numerusform>
            <numerusform>⚠ Référentiel non confirmé depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ has not confirmed for more than %n day(s), as this office allows, that this workstation answers under the release in force. Sync with HQ now (F12); if the sync fails, call IT.</source>
        <translation>
            <numerusform>Le siège n&apos;a pas confirmé depuis plus de %n jour, délai permis par cette mairie de quartier, que ce poste répond sous le référentiel en vigueur. Synchronisez maintenant avec le siège (F12)&#xa0;; si la synchronisation échoue, appelez le service informatique.</numerusform>
            <numerusform>Le siège n&apos;a pas confirmé depuis plus de %n jours, délai permis par cette mairie de quartier, que ce poste répond sous le référentiel en vigueur. Synchronisez maintenant avec le siège (F12)&#xa0;; si la synchronisation échoue, appelez le service informatique.</numerusform>
        </translation>
    </message>
    <message>
        <source>After the last sync this workstation does not hold the same data as HQ (parts: %1). Nothing is lost; IT compares them with &quot;guichetctl verify --against-hq&quot;.</source>
        <translation>Après la dernière synchronisation, ce poste ne détient pas les mêmes données que le siège (parties : %1). Rien n&apos;est perdu ; le service informatique les compare avec « guichetctl verify --against-hq ».</translation>
    </message>
    <message>
        <source>⚠ Apart from HQ — call IT</source>
        <translation>⚠ Écart avec le siège — appelez l&apos;informatique</translation>
    </message>
    <message>
        <source>%1 %2 or later</source>
        <translation>%1 %2 ou suivante</translation>
    </message>
    <message>
        <source> — needs: %1</source>
        <translation> — a besoin de : %1</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Verrouiller le poste</translation>
    </message>
    <message>
        <source>Hide everything until your password is typed (Ctrl+L)</source>
        <translation>Tout masquer jusqu&apos;à la saisie de votre mot de passe (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Close your session so that another agent logs in (Ctrl+Shift+L)</source>
        <translation>Fermer votre session pour qu&apos;un autre agent se connecte (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>%1, at %2. Ctrl+L locks the desk, Ctrl+Shift+L logs out.</source>
        <translation>%1 (%2). Ctrl+L verrouille le poste, Ctrl+Maj+L vous déconnecte.</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %1 sent, %2 received, %3 still to send. %n status change(s) made here were refused by HQ (another office had moved the case first): each case&apos;s timeline says which.</source>
        <translation>
            <numerusform>Synchronisation terminée. Modifications envoyées : %1, reçues : %2, restant à envoyer : %3. %n changement de statut fait ici a été refusé par le siège (une autre mairie de quartier avait fait avancer le dossier avant) : l&apos;historique du dossier indique lequel.</numerusform>
            <numerusform>Synchronisation terminée. Modifications envoyées : %1, reçues : %2, restant à envoyer : %3. %n changements de statut faits ici ont été refusés par le siège (une autre mairie de quartier avait fait avancer le dossier avant) : l&apos;historique de chaque dossier indique lesquels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync done: %1 sent, %2 received, %3 still to send.</source>
        <translation>Synchronisation terminée. Modifications envoyées : %1, reçues : %2, restant à envoyer : %3.</translation>
    </message>
    <message>
        <source>The sync did not finish: %1 Nothing is lost: the changes not yet sent (%2) stay here and leave at the next sync.</source>
        <translation>La synchronisation n&apos;a pas abouti : %1 Rien n&apos;est perdu : les modifications pas encore envoyées (%2) restent sur ce poste et partiront à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>HQ offline, synced %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Siège hors ligne, synchro %1 · %n à envoyer</numerusform>
            <numerusform>Siège hors ligne, synchro %1 · %n à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ online, synced %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Siège en ligne, synchro %1 · %n à envoyer</numerusform>
            <numerusform>Siège en ligne, synchro %1 · %n à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Release %1 (no. %2)</source>
        <translation>Référentiel %1 (n° %2)</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Référentiel %1</translation>
    </message>
    <message>
        <source>Reference release %1, in force since %2: %3 — hash %4</source>
        <translation>Référentiel %1, en vigueur depuis le %2 : %3 — empreinte %4</translation>
    </message>
    <message>
        <source>&amp;Automatic lock…</source>
        <translation>Verrouillage &amp;automatique…</translation>
    </message>
    <message>
        <source>Minutes without input after which this desk locks itself</source>
        <translation>Minutes sans saisie après lesquelles ce poste se verrouille</translation>
    </message>
    <message>
        <source>Minutes without input after which this desk locks itself; a superviseur changes them</source>
        <translation>Minutes sans saisie après lesquelles ce poste se verrouille ; un superviseur les change</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Act&amp;ions</translation>
    </message>
    <message numerus="yes">
        <source>This desk now locks itself after %n minute(s) without input.</source>
        <translation>
            <numerusform>Ce poste se verrouille désormais après %n minute sans saisie.</numerusform>
            <numerusform>Ce poste se verrouille désormais après %n minutes sans saisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk no longer locks itself; Ctrl+L still locks it.</source>
        <translation>Ce poste ne se verrouille plus de lui-même ; Ctrl+L le verrouille toujours.</translation>
    </message>
</context>
<context>
    <name>guichet::MrzInput</name>
    <message>
        <source>Scan the title with the reader, or type the 2 or 3 lines at the bottom of its photo page, Enter after each.</source>
        <translation>Scannez le titre avec le lecteur, ou tapez les 2 ou 3 lignes du bas de sa page photo, en appuyant sur Entrée après chacune.</translation>
    </message>
    <message>
        <source>Line %1 entered (%2 characters): type or scan line %3.</source>
        <translation>Ligne %1 saisie (%2 caractères)&#xa0;: tapez ou scannez la ligne %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 characters.</source>
        <translation>Ligne %1&#xa0;: %2 caractères.</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <source>Read: %1 %2, %3, born on %4, expires on %5.</source>
        <translation>Lu&#xa0;: %1 %2, %3, né(e) le %4, expire le %5.</translation>
    </message>
    <message>
        <source>Read: %1 %2, %3, born on %4; this card&apos;s zone has no expiry date.</source>
        <translation>Lu&#xa0;: %1 %2, %3, né(e) le %4&#xa0;; la bande MRZ de cette carte ne comporte pas de date d&apos;expiration.</translation>
    </message>
    <message>
        <source>The names fill the zone and may be cut: check them against the printed page.</source>
        <translation>Les noms remplissent la bande et peuvent être tronqués&#xa0;: vérifiez-les sur la page imprimée.</translation>
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
        <source>INSEE code of the birth commune</source>
        <translation>Code INSEE de la commune de naissance</translation>
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
    <message>
        <source>Type the name, then choose in the list</source>
        <translation>Tapez le nom, puis choisissez dans la liste</translation>
    </message>
    <message>
        <source>filled when the commune is chosen, e.g. 29019</source>
        <translation>rempli quand la commune est choisie, par ex. 29019</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>, now %1</source>
        <translation>, aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>%1, a former commune: today %2</source>
        <translation>%1, ancienne commune : aujourd&apos;hui %2</translation>
    </message>
    <message>
        <source>No commune has the code %1</source>
        <translation>Aucune commune n&apos;a le code %1</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>The person is not saved. Leave and lose what was typed?</source>
        <translation>La personne n&apos;est pas enregistrée. Quitter et perdre ce qui a été saisi ?</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>Même personne ?</translation>
    </message>
    <message>
        <source>Already recorded, born the same day with a name written alike:
%1

Creating another record would split this person&apos;s cases.</source>
        <translation>Une personne déjà enregistrée est née le même jour, avec un nom écrit de la même façon :
%1

Créer une autre fiche disperserait les dossiers de cette personne.</translation>
    </message>
    <message>
        <source>&amp;Take this person</source>
        <translation>&amp;Prendre cette personne</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Revenir au formulaire</translation>
    </message>
    <message>
        <source>&amp;Create a new record anyway</source>
        <translation>&amp;Créer quand même une nouvelle fiche</translation>
    </message>
    <message>
        <source>• %1, born on %2</source>
        <translation>• %1, né(e) le %2</translation>
    </message>
    <message>
        <source>• %1, born on %2, living in %3</source>
        <translation>• %1, né(e) le %2, domicilié(e) à %3</translation>
    </message>
    <message>
        <source>The birth name, as on the identity document.</source>
        <translation>Le nom de naissance, tel qu&apos;il figure sur la pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>The name used (a spouse&apos;s name, say), if any.</source>
        <translation>Le nom d&apos;usage (celui du conjoint, par exemple), s&apos;il y en a un.</translation>
    </message>
    <message>
        <source>Every first name, in the order of the birth act.</source>
        <translation>Tous les prénoms, dans l&apos;ordre de l&apos;acte de naissance.</translation>
    </message>
    <message>
        <source>F or M, as on the birth act.</source>
        <translation>F ou M, comme sur l&apos;acte de naissance.</translation>
    </message>
    <message>
        <source>Empty when born in France.</source>
        <translation>Vide si la personne est née en France.</translation>
    </message>
    <message>
        <source>Number and street.</source>
        <translation>Numéro et voie.</translation>
    </message>
    <message>
        <source>Five digits; it fills the town it serves.</source>
        <translation>Cinq chiffres ; la ville correspondante se remplit alors.</translation>
    </message>
    <message>
        <source>The town, which must fit the postal code.</source>
        <translation>La ville, qui doit correspondre au code postal.</translation>
    </message>
    <message>
        <source>A French number, or an international one starting with +.</source>
        <translation>Un numéro français, ou international commençant par +.</translation>
    </message>
    <message>
        <source>The address where the person wants to be written to.</source>
        <translation>L&apos;adresse à laquelle la personne souhaite qu&apos;on lui écrive.</translation>
    </message>
    <message>
        <source>The language of the letters and messages the person receives, where a translation exists.</source>
        <translation>La langue des courriers et des messages que reçoit la personne, lorsqu&apos;une traduction existe.</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Why, e.g. moved house, typing error on the birth act; kept in the history</source>
        <translation>Par ex. déménagement, erreur de saisie d&apos;après l&apos;acte</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Motif de la correction :</translation>
    </message>
    <message>
        <source>History of the corrections</source>
        <translation>Historique des corrections</translation>
    </message>
    <message>
        <source>The corrections already made to this person&apos;s record, newest first: date, agent, office, fields corrected and reason; each line&apos;s tooltip gives the values before and after.</source>
        <translation>Les corrections déjà apportées à la fiche de cette personne, de la plus récente à la plus ancienne : date, agent, bureau, champs corrigés et motif ; l&apos;infobulle de chaque ligne donne les valeurs avant et après.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Fields corrected</source>
        <translation>Champs corrigés</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Correct the details of %1</source>
        <translation>Corriger la fiche de %1</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>En&amp;registrer la correction</translation>
    </message>
    <message>
        <source>No correction of this person has been recorded.</source>
        <translation>Aucune correction n&apos;a été enregistrée pour cette personne.</translation>
    </message>
    <message>
        <source>Corrections already made, newest first (hover a line for the values):</source>
        <translation>Corrections déjà apportées, de la plus récente à la plus ancienne (survolez une ligne pour voir les valeurs) :</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Made on a duplicate record of this person, merged into this one since.</source>
        <translation>Faite sur une fiche en double de cette personne, fusionnée depuis avec celle-ci.</translation>
    </message>
    <message>
        <source>unknown agent</source>
        <translation>agent inconnu</translation>
    </message>
    <message>
        <source>The correction is not saved. Leave and lose what was typed?</source>
        <translation>La correction n&apos;est pas enregistrée. Quitter et perdre ce qui a été saisi ?</translation>
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
    <message>
        <source>Merge: first choose the person to keep (Enter on their line), then search again and highlight the duplicate record in the results before pressing Ctrl+M.</source>
        <translation>Fusion&#xa0;: choisissez d&apos;abord la personne à conserver (Entrée sur sa ligne), puis recherchez de nouveau et surlignez la fiche en double dans les résultats avant d&apos;appuyer sur Ctrl+M.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Merge the record
  %1
into the record kept
  %2?

The cases of both will be listed with the person kept, in every office after sync. This cannot be undone.</source>
        <translation>Fusionner la fiche
  %1
avec la fiche conservée
  %2&#xa0;?

Les dossiers des deux fiches seront listés avec la personne conservée, dans chaque mairie de quartier après synchronisation. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>The records were merged: %1 is kept.</source>
        <translation>Les fiches ont été fusionnées&#xa0;: la fiche de %1 est conservée.</translation>
    </message>
    <message>
        <source>The request being filled is not saved. Receive the next person and lose it?</source>
        <translation>La demande en cours de saisie n&apos;est pas enregistrée. Recevoir la personne suivante et la perdre ?</translation>
    </message>
    <message>
        <source>Request not saved</source>
        <translation>Demande non enregistrée</translation>
    </message>
    <message>
        <source>The request being filled was for %1. Start it again for %2? What was typed is cleared, so that nothing of %1 stays in the answer.</source>
        <translation>La demande en cours de saisie concernait %1. La recommencer pour %2 ? Ce qui a été saisi est effacé, pour que rien de %1 ne reste dans la réponse.</translation>
    </message>
    <message>
        <source>The request was started again for %1.</source>
        <translation>La demande a été recommencée pour %1.</translation>
    </message>
    <message>
        <source>How the person asks: at the counter, by phone, letter, e-mail or web form.</source>
        <translation>Comment la personne fait sa demande : au guichet, par téléphone, courrier, courriel ou formulaire web.</translation>
    </message>
    <message>
        <source>Type a name, first name or birth date; the down arrow goes to the people found.</source>
        <translation>Tapez un nom, un prénom ou une date de naissance ; la flèche bas mène aux personnes trouvées.</translation>
    </message>
    <message>
        <source>Enter receives the person highlighted.</source>
        <translation>Entrée accueille la personne surlignée.</translation>
    </message>
    <message>
        <source>The person&apos;s cases</source>
        <translation>Dossiers de la personne</translation>
    </message>
    <message>
        <source>Open cases with their due date first, then the last closed ones. Enter opens the case.</source>
        <translation>D&apos;abord les dossiers ouverts, par échéance, puis les derniers dossiers clos. Entrée ouvre le dossier.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Correct (Ctrl+E)</source>
        <translation>Corriger (Ctrl+E)</translation>
    </message>
    <message>
        <source>Correct the person&apos;s record, with the reason; the change goes to every office.</source>
        <translation>Corriger la fiche de la personne, avec le motif ; la modification est transmise à toutes les mairies de quartier.</translation>
    </message>
    <message>
        <source>All their cases (Ctrl+Shift+F)</source>
        <translation>Tous ses dossiers (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>What the person asks for; its form opens below.</source>
        <translation>Ce que demande la personne ; le formulaire correspondant s&apos;ouvre en dessous.</translation>
    </message>
    <message>
        <source>Space ticks a document given; the receipt lists those still to bring.</source>
        <translation>Espace coche une pièce fournie ; le récépissé liste celles qui restent à apporter.</translation>
    </message>
    <message>
        <source>Merge the highlighted duplicate (Ctrl+M)</source>
        <translation>Fusionner le doublon surligné (Ctrl+M)</translation>
    </message>
    <message>
        <source>Merge the record highlighted in the results into the person chosen, who is kept.</source>
        <translation>Fusionner la fiche surlignée dans les résultats avec la personne choisie, qui est conservée.</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;cases</source>
        <translation>D&amp;ossiers de la personne</translation>
    </message>
    <message>
        <source>D&amp;ocuments (Space: given)</source>
        <translation>&amp;Pièces (Espace : fournie)</translation>
    </message>
    <message>
        <source>The request being filled for %1 is not saved. Keep it as a draft? It comes back when you log in again on this workstation.</source>
        <translation>La demande en cours de saisie pour %1 n&apos;est pas enregistrée. La garder comme brouillon ? Elle réapparaîtra quand vous vous reconnecterez sur ce poste.</translation>
    </message>
    <message>
        <source>a person not chosen yet</source>
        <translation>une personne pas encore choisie</translation>
    </message>
    <message>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Garder le brouillon</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Abandonner la demande</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Rester</translation>
    </message>
    <message>
        <source>The request you were filling on %1 is back as you left it: check it, then save it (Ctrl+S) or drop it (Ctrl+R).</source>
        <translation>La demande que vous saisissiez le %1 est rétablie telle que vous l&apos;aviez laissée : vérifiez-la, puis enregistrez-la (Ctrl+S) ou abandonnez-la (Ctrl+R).</translation>
    </message>
    <message>
        <source>Its person could not be read again (%1): choose the person.</source>
        <translation>La personne concernée n&apos;a pas pu être relue (%1) : choisissez la personne.</translation>
    </message>
    <message>
        <source>No address recorded</source>
        <translation>Aucune adresse enregistrée</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>pas de courriel</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>langue : %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>No case for this person yet.</source>
        <translation>Pas encore de dossier pour cette personne.</translation>
    </message>
    <message>
        <source>No open case</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Open cases (%1)</source>
        <translation>Dossiers ouverts (%1)</translation>
    </message>
    <message>
        <source>Last closed cases</source>
        <translation>Derniers dossiers clos</translation>
    </message>
    <message>
        <source>%1&apos;s record is corrected; the change goes to every office at the next sync. The request being filled keeps what it holds: check the fields taken from the person.</source>
        <translation>La fiche de %1 est corrigée ; la modification sera transmise à toutes les mairies de quartier à la prochaine synchronisation. La demande en cours de saisie garde son contenu : vérifiez les champs repris de la fiche de la personne.</translation>
    </message>
    <message>
        <source>%1&apos;s record is corrected; the change goes to every office at the next sync.</source>
        <translation>La fiche de %1 est corrigée ; la modification sera transmise à toutes les mairies de quartier à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 — given: its number is in the form</source>
        <translation>%1 — pièce fournie : son numéro figure dans le formulaire</translation>
    </message>
    <message>
        <source>Saved after a confirmation, despite: %1.</source>
        <translation>Demande enregistrée après confirmation, malgré : %1.</translation>
    </message>
    <message>
        <source>the answer is a refusal (%1)</source>
        <translation>la réponse est un refus (%1)</translation>
    </message>
    <message>
        <source>The answer is a refusal: %1</source>
        <translation>La réponse est un refus : %1</translation>
    </message>
    <message>
        <source>documents not given: %1</source>
        <translation>pièces non fournies : %1</translation>
    </message>
    <message numerus="yes">
        <source>Documents not given (%n):</source>
        <translation>
            <numerusform>Pièce non fournie (%n) :</numerusform>
            <numerusform>Pièces non fournies (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Save the request all the same? The case&apos;s timeline will say that you went on despite this, and the receipt lists the documents still to bring.</source>
        <translation>Enregistrer quand même la demande ? L&apos;historique du dossier indiquera que vous avez poursuivi malgré cela, et le récépissé liste les pièces restant à apporter.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Go back to the request</source>
        <translation>&amp;Revenir à la demande</translation>
    </message>
    <message>
        <source>The request being filled is not saved. Change the procedure and lose what was typed?</source>
        <translation>La demande en cours n&apos;est pas enregistrée. Changer de démarche et perdre ce qui a été saisi ?</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Save the request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>&amp;Imprimer le récépissé</translation>
    </message>
    <message>
        <source>Ne&amp;xt person</source>
        <translation>Personne &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Correct the person</source>
        <translation>&amp;Corriger la personne</translation>
    </message>
    <message>
        <source>&amp;All the person&apos;s cases</source>
        <translation>&amp;Tous ses dossiers</translation>
    </message>
    <message>
        <source>&amp;Merge the highlighted duplicate</source>
        <translation>&amp;Fusionner le doublon surligné</translation>
    </message>
    <message>
        <source>Name or birth date — ↓ to choose</source>
        <translation>Nom ou date de naissance — ↓ pour choisir</translation>
    </message>
    <message>
        <source>%1 — born %2 — no address</source>
        <translation>%1 — né(e) le %2 — sans adresse</translation>
    </message>
    <message>
        <source>%1 — born %2 — lives in %3</source>
        <translation>%1 — né(e) le %2 — habite %3</translation>
    </message>
    <message>
        <source>Chann&amp;el:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Request saved. Tracking number: %1. Its receipt is kept with the office&apos;s documents: Ctrl+P prints it, Ctrl+R receives the next person.</source>
        <translation>Demande enregistrée. Numéro de suivi : %1. Son récépissé est rangé avec les documents du bureau : Ctrl+P l&apos;imprime, Ctrl+R permet d&apos;accueillir la personne suivante.</translation>
    </message>
</context>
<context>
    <name>guichet::Scenario</name>
    <message>
        <source>the text does not contain &quot;%1&quot;</source>
        <translation>le texte ne contient pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1 : %2 attendu, %3 obtenu</translation>
    </message>
    <message>
        <source>Scenario file %1 cannot be read: %2.</source>
        <translation>Le fichier de scénarios %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Scenario file %1 is larger than %2 MB: split it.</source>
        <translation>Le fichier de scénarios %1 dépasse %2 Mo : découpez-le.</translation>
    </message>
    <message>
        <source>Scenario file %1 is not JSON: %2 at byte %3.</source>
        <translation>Le fichier de scénarios %1 n&apos;est pas du JSON : %2 à l&apos;octet %3.</translation>
    </message>
    <message>
        <source>Scenario file %1: expected a JSON array of scenarios.</source>
        <translation>Fichier de scénarios %1 : un tableau JSON de scénarios est attendu.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;procedure&quot;, &quot;date&quot;, &quot;office&quot; and &quot;facts&quot;.</source>
        <translation>%1 : un objet avec &quot;procedure&quot;, &quot;date&quot;, &quot;office&quot; et &quot;facts&quot; est attendu.</translation>
    </message>
    <message>
        <source>%1: &quot;procedure&quot; is missing, e.g. &quot;cni.demande&quot;.</source>
        <translation>%1 : &quot;procedure&quot; manque, par exemple &quot;cni.demande&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;date&quot; must be YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>%1 : &quot;date&quot; doit être au format AAAA-MM-JJ ou AAAA-MM-JJTHH:MM.</translation>
    </message>
    <message>
        <source>%1: &quot;facts&quot; must be an object of KEY: &quot;VALUE&quot;.</source>
        <translation>%1 : &quot;facts&quot; doit être un objet de la forme KEY: &quot;VALUE&quot;.</translation>
    </message>
    <message>
        <source>%1: the fact &quot;%2&quot; must be a string, as typed: &quot;2009-04-10&quot;, &quot;oui&quot;.</source>
        <translation>%1 : la donnée &quot;%2&quot; doit être une chaîne de caractères, telle qu&apos;on la saisit : &quot;2009-04-10&quot;, &quot;oui&quot;.</translation>
    </message>
</context>
<context>
    <name>guichet::cni::CniModule</name>
    <message>
        <source>Identity cards</source>
        <translation>Cartes d&apos;identité</translation>
    </message>
</context>
<context>
    <name>guichet::courrier::CourrierAnswers</name>
    <message>
        <source>the subject</source>
        <translation>le sujet</translation>
    </message>
    <message>
        <source>What the request is about, from the routing table: it decides the service that acts, or the administration the request is transmitted to.</source>
        <translation>L&apos;objet de la demande, d&apos;après la table d&apos;orientation : il désigne le service qui traite, ou l&apos;administration à laquelle la demande est transmise.</translation>
    </message>
    <message>
        <source>whether a callback is wanted</source>
        <translation>si un rappel est souhaité</translation>
    </message>
    <message>
        <source>oui when the caller wants to be called back: the city&apos;s answer target then applies.</source>
        <translation>oui quand l&apos;appelant souhaite être rappelé : le délai de réponse de la Ville s&apos;applique alors.</translation>
    </message>
    <message>
        <source>the date the city received the request</source>
        <translation>la date de réception de la demande par la Ville</translation>
    </message>
    <message>
        <source>The day the request reached the city (letter, e-mail or web form): the delays run from it.</source>
        <translation>Le jour où la demande est parvenue à la Ville (courrier, courriel ou formulaire en ligne) : les délais courent à partir de ce jour.</translation>
    </message>
    <message>
        <source>the date another administration received it first</source>
        <translation>la date de première réception par une autre administration</translation>
    </message>
    <message>
        <source>When another administration received the request before forwarding it to the city: an implicit rejection runs from that day (CRPA L114-3). Not given when the city received it first.</source>
        <translation>Quand une autre administration a reçu la demande avant de la transmettre à la Ville : le délai de rejet implicite court à partir de ce jour (CRPA L114-3). Non renseignée quand la Ville l&apos;a reçue la première.</translation>
    </message>
    <message>
        <source>the kind of request</source>
        <translation>le type de demande</translation>
    </message>
    <message>
        <source>What the request asks for, from the legal clock: it decides what silence is worth and after how long.</source>
        <translation>Ce que demande la personne, d&apos;après les délais légaux : il décide de ce que vaut le silence et au bout de combien de temps.</translation>
    </message>
    <message>
        <source>%1 acts on this subject (%2; source: %3): the mail service transmits the request to it and tells the person so (source: CRPA-L114-2).</source>
        <translation>%1 est compétent sur ce sujet (%2 ; source : %3) : le service courrier lui transmet la demande et en avise la personne (source : CRPA-L114-2).</translation>
    </message>
    <message>
        <source>Received by the city on</source>
        <translation>Reçue par la Ville le</translation>
    </message>
    <message>
        <source>Silence will be worth a decision on the partner&apos;s side only, counted from its own receipt (source: CRPA-L114-3).</source>
        <translation>Le silence ne vaudra décision que chez le partenaire, à compter de sa propre réception (source : CRPA-L114-3).</translation>
    </message>
    <message>
        <source>Silence will be worth acceptance on %1 (source: %2); the person may then ask for an attestation (source: CRPA-L232-3).</source>
        <translation>Le silence vaudra acceptation le %1 (source : %2) ; la personne pourra alors demander une attestation (source : CRPA-L232-3).</translation>
    </message>
    <message>
        <source>Silence worth acceptance on</source>
        <translation>Silence valant acceptation le</translation>
    </message>
    <message>
        <source>Silence will be worth rejection on %1 (source: %2); the person may go to the administrative court until %3 (source: CJA-R421-2).</source>
        <translation>Le silence vaudra rejet le %1 (source : %2) ; la personne pourra saisir le tribunal administratif jusqu&apos;au %3 (source : CJA-R421-2).</translation>
    </message>
    <message>
        <source>Silence worth rejection on</source>
        <translation>Silence valant rejet le</translation>
    </message>
    <message>
        <source>Appeal to the administrative court until</source>
        <translation>Recours devant le tribunal administratif jusqu&apos;au</translation>
    </message>
    <message>
        <source>Silence will be worth no decision (source: %1).</source>
        <translation>Le silence ne vaudra aucune décision (source : %1).</translation>
    </message>
    <message numerus="yes">
        <source>The city&apos;s answer target: %1, %n working day(s) after receipt (source: %2).</source>
        <translation>
            <numerusform>Réponse de la Ville visée : le %1, %n jour ouvré après la réception (source : %2).</numerusform>
            <numerusform>Réponse de la Ville visée : le %1, %n jours ouvrés après la réception (source : %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>City&apos;s answer target</source>
        <translation>Réponse de la Ville visée le</translation>
    </message>
    <message>
        <source>To be answered by</source>
        <translation>Réponse au plus tard le</translation>
    </message>
    <message numerus="yes">
        <source>Callback wanted: the city&apos;s answer target is %1, %n working day(s) from today (source: %2).</source>
        <translation>
            <numerusform>Rappel souhaité : la Ville vise une réponse le %1, dans %n jour ouvré (source : %2).</numerusform>
            <numerusform>Rappel souhaité : la Ville vise une réponse le %1, dans %n jours ouvrés (source : %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No callback wanted: no answer date is due.</source>
        <translation>Pas de rappel souhaité : aucune date de réponse n&apos;est due.</translation>
    </message>
    <message>
        <source>Service that acts: %1 (source: %2).</source>
        <translation>Service qui traite : %1 (source : %2).</translation>
    </message>
    <message>
        <source>the city&apos;s own commitment, to be confirmed ⚠</source>
        <translation>engagement de la Ville, à confirmer ⚠</translation>
    </message>
</context>
<context>
    <name>guichet::courrier::CourrierForm</name>
    <message>
        <source>The day the request reached the city (the post&apos;s date stamp, the e-mail&apos;s or the web form&apos;s date): every delay runs from it.</source>
        <translation>Le jour où la demande est parvenue à la Ville (cachet de la poste, date du courriel ou du formulaire en ligne) : tous les délais courent à partir de ce jour.</translation>
    </message>
    <message>
        <source>Received o&amp;n:</source>
        <translation>Da&amp;te de réception :</translation>
    </message>
    <message>
        <source>Only when another administration (préfecture, métropole…) received the request first and forwarded it: an implicit rejection runs from that day (CRPA L114-3). Leave it empty otherwise.</source>
        <translation>Seulement quand une autre administration (préfecture, métropole…) a reçu la demande la première et l&apos;a transmise : le délai de rejet implicite court à partir de ce jour (CRPA L114-3). Laissez vide sinon.</translation>
    </message>
    <message>
        <source>First received else&amp;where on:</source>
        <translation>Reçu d&apos;abord ailleur&amp;s le :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ujet :</translation>
    </message>
    <message>
        <source>— choose the subject —</source>
        <translation>— choisir le sujet —</translation>
    </message>
    <message>
        <source>What the request is about: the routing table gives the service that acts, or the administration it is transmitted to.</source>
        <translation>L&apos;objet de la demande : la table d&apos;orientation donne le service qui traite, ou l&apos;administration à laquelle elle est transmise.</translation>
    </message>
    <message>
        <source>&amp;Kind of request:</source>
        <translation>Type de de&amp;mande :</translation>
    </message>
    <message>
        <source>— choose the kind of request —</source>
        <translation>— choisir le type de demande —</translation>
    </message>
    <message>
        <source>What the request asks for: it decides what the administration&apos;s silence is worth (acceptance, rejection or nothing) and after how long.</source>
        <translation>Ce que demande la personne : il décide de ce que vaut le silence de l&apos;administration (acceptation, rejet ou rien) et au bout de combien de temps.</translation>
    </message>
    <message>
        <source>One line that says what is asked: it is the case&apos;s summary in every list.</source>
        <translation>Une ligne qui dit ce qui est demandé : c&apos;est le résumé du dossier dans toutes les listes.</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Optional: what the service needs to know (documents enclosed, earlier exchanges). Tab goes on to the next field.</source>
        <translation>Facultatif : ce que le service doit savoir (pièces jointes, échanges précédents). Tab passe au champ suivant.</translation>
    </message>
    <message>
        <source>Anal&amp;ysis:</source>
        <translation>Anal&amp;yse :</translation>
    </message>
    <message>
        <source>What the call is about: the routing table gives the service that acts, or the administration the caller is sent to.</source>
        <translation>L&apos;objet de l&apos;appel : la table d&apos;orientation donne le service qui traite, ou l&apos;administration vers laquelle orienter l&apos;appelant.</translation>
    </message>
    <message>
        <source>What the caller asked, in one line: it is the case&apos;s summary.</source>
        <translation>Ce que l&apos;appelant a demandé, en une ligne : c&apos;est le résumé du dossier.</translation>
    </message>
    <message>
        <source>What was as&amp;ked:</source>
        <translation>Ce &amp;qui est demandé :</translation>
    </message>
    <message>
        <source>Callback &amp;wanted</source>
        <translation>Rappel sou&amp;haité</translation>
    </message>
    <message>
        <source>A French number, or an international one starting with +.</source>
        <translation>Un numéro français, ou international commençant par +.</translation>
    </message>
    <message>
        <source>&amp;Number to call back:</source>
        <translation>&amp;Numéro à rappeler :</translation>
    </message>
    <message>
        <source>Received on is missing: type the day the city received the request as DD/MM/YYYY (e.g. 02/12/2026); every delay runs from it.</source>
        <translation>La date de réception manque : tapez le jour où la Ville a reçu la demande, JJ/MM/AAAA (par exemple 02/12/2026) ; tous les délais courent à partir de ce jour.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>First received elsewhere on</source>
        <translation>Reçu d&apos;abord ailleurs le</translation>
    </message>
    <message>
        <source>First received elsewhere on: %1 is after the day the city received the request (%2). Type the day the other administration received it, which comes first, or leave the field empty.</source>
        <translation>Reçu d&apos;abord ailleurs le : le %1 est postérieur au jour où la Ville a reçu la demande (%2). Tapez le jour où l&apos;autre administration l&apos;a reçue, qui vient avant, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Subject: none is chosen. Choose what the request is about in the list: it decides the service that acts, or the administration it is transmitted to.</source>
        <translation>Sujet : aucun n&apos;est choisi. Choisissez dans la liste l&apos;objet de la demande : il désigne le service qui traite, ou l&apos;administration à laquelle elle est transmise.</translation>
    </message>
    <message>
        <source>Kind of request: none is chosen. Choose what the request asks for in the list: it decides what silence is worth and on which day. When unsure, choose the general case (a decision).</source>
        <translation>Type de demande : aucun n&apos;est choisi. Choisissez dans la liste ce que demande la personne : il décide de ce que vaut le silence et à quelle date. En cas de doute, choisissez le cas général (une décision).</translation>
    </message>
    <message>
        <source>Object is missing: type in one line what the request asks (e.g. a copy of a building permit); it becomes the case&apos;s summary.</source>
        <translation>L&apos;objet manque : tapez en une ligne ce que demande la personne (par exemple la copie d&apos;un permis de construire) ; il devient le résumé du dossier.</translation>
    </message>
    <message>
        <source>What was asked is missing: type in one line what the caller asked; it becomes the case&apos;s summary.</source>
        <translation>La question manque : tapez en une ligne ce que l&apos;appelant a demandé ; elle devient le résumé du dossier.</translation>
    </message>
    <message>
        <source>Number to call back is missing: type the number the caller gave, such as 06 12 34 56 78, or untick Callback wanted.</source>
        <translation>Le numéro à rappeler manque : tapez le numéro que l&apos;appelant a donné, par exemple 06 12 34 56 78, ou décochez Rappel souhaité.</translation>
    </message>
    <message>
        <source>Number to call back: &quot;%1&quot; is not a phone number. Type 10 digits such as 06 12 34 56 78, or an international number beginning with + such as +44 20 7946 0958.</source>
        <translation>Numéro à rappeler : « %1 » n&apos;est pas un numéro de téléphone. Tapez 10 chiffres, par exemple 06 12 34 56 78, ou un numéro international commençant par +, par exemple +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Appel : %1</translation>
    </message>
</context>
<context>
    <name>guichet::courrier::CourrierRules</name>
    <message>
        <source>the service &quot;%1&quot; that registers the mail</source>
        <translation>le service « %1 » qui enregistre le courrier</translation>
    </message>
    <message>
        <source>the wording of the silence &quot;%1&quot; (silenceMeanings)</source>
        <translation>le libellé du silence « %1 » (silenceMeanings)</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; the acknowledgement quotes</source>
        <translation>la source « %1 » que cite l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; of the letter &quot;%2&quot;</source>
        <translation>le texte « %1 » du courrier « %2 »</translation>
    </message>
    <message>
        <source>the row label &quot;%1&quot; of the letter &quot;%2&quot;</source>
        <translation>le libellé de ligne « %1 » du courrier « %2 »</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; of the letter &quot;%2&quot;</source>
        <translation>la source « %1 » du courrier « %2 »</translation>
    </message>
    <message>
        <source>procedure &quot;%1&quot; has no title, service or valid workflow</source>
        <translation>la démarche « %1 » n&apos;a pas de titre, de service ou de circuit valide</translation>
    </message>
    <message>
        <source>the workflow of &quot;%1&quot; has no open state &quot;%2&quot; that can be answered</source>
        <translation>le circuit de « %1 » n&apos;a pas d&apos;état ouvert « %2 » auquel répondre</translation>
    </message>
    <message>
        <source>the workflow of &quot;%1&quot; may end only answered or transmitted, not &quot;%2&quot;</source>
        <translation>le circuit de « %1 » ne peut se terminer que par une réponse ou une transmission, pas par « %2 »</translation>
    </message>
    <message>
        <source>the procedure &quot;%1&quot; is not declared</source>
        <translation>la démarche « %1 » n&apos;est pas déclarée</translation>
    </message>
    <message>
        <source>%1 — silence: %2</source>
        <translation>%1 — silence : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — silence: %2 after %n month(s)</source>
        <translation>
            <numerusform>%1 — silence : %2 au bout de %n mois</numerusform>
            <numerusform>%1 — silence : %2 au bout de %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::courrier::CourrierWorkPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Which service&apos;s requests the list shows; the up and down arrows choose.</source>
        <translation>Le service dont la liste montre les demandes ; les flèches haut et bas choisissent.</translation>
    </message>
    <message>
        <source>Every service</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>Open requests, the earliest due first</source>
        <translation>Demandes ouvertes, la plus urgente d&apos;abord</translation>
    </message>
    <message>
        <source>Enter opens the selected request, to answer it or record its transmission.</source>
        <translation>Entrée ouvre la demande choisie, pour y répondre ou enregistrer sa transmission.</translation>
    </message>
    <message>
        <source>No open request: every letter and call is answered or transmitted.</source>
        <translation>Aucune demande ouverte : chaque courrier et chaque appel a reçu une réponse ou a été transmis.</translation>
    </message>
    <message>
        <source>Open the request (Enter)</source>
        <translation>Ouvrir la demande (Entrée)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>No open request for this service. Choose Every service to see the others.</source>
        <translation>Aucune demande ouverte pour ce service. Choisissez Tous les services pour voir les autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n demande ouverte</numerusform>
            <numerusform>%n demandes ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near its deadline</source>
        <translation>
            <numerusform>%n proche de son échéance</numerusform>
            <numerusform>%n proches de leur échéance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 open requests: the %1 oldest are read. Refine in the case list (F3).</source>
        <translation>Plus de %1 demandes ouvertes : les %1 plus anciennes sont lues. Affinez dans la liste des dossiers (F3).</translation>
    </message>
</context>
<context>
    <name>guichet::courrier::QueueModel</name>
    <message>
        <source>clock suspended: pieces requested</source>
        <translation>délai suspendu : pièces demandées</translation>
    </message>
    <message>
        <source>no date due</source>
        <translation>pas de date due</translation>
    </message>
    <message numerus="yes">
        <source>⚠ late by %n day(s)</source>
        <translation>
            <numerusform>⚠ en retard de %n jour</numerusform>
            <numerusform>⚠ en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ near its deadline: %n day(s) left</source>
        <translation>
            <numerusform>⚠ échéance proche : %n jour restant</numerusform>
            <numerusform>⚠ échéance proche : %n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, to transmit to %2</source>
        <translation>%1, à transmettre à %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>guichet::etatcivil::EtatCivilAnswers</name>
    <message>
        <source>the act</source>
        <translation>l&apos;acte</translation>
    </message>
    <message>
        <source>The act asked for: birth, marriage or death.</source>
        <translation>L&apos;acte demandé : naissance, mariage ou décès.</translation>
    </message>
    <message>
        <source>the kind of copy</source>
        <translation>le type de copie</translation>
    </message>
    <message>
        <source>Full copy, extract with or without parentage, or multilingual extract.</source>
        <translation>Copie intégrale, extrait avec ou sans filiation, ou extrait plurilingue.</translation>
    </message>
    <message>
        <source>the requester&apos;s relationship to the person on the act</source>
        <translation>la qualité du demandeur par rapport à la personne de l&apos;acte</translation>
    </message>
    <message>
        <source>Who asks, in relation to the person on the act: the person, a spouse, an ascendant, a third party…</source>
        <translation>Qui demande, par rapport à la personne de l&apos;acte : la personne elle-même, son conjoint, un ascendant, un tiers…</translation>
    </message>
    <message>
        <source>the birth date of the person on the act</source>
        <translation>la date de naissance de la personne de l&apos;acte</translation>
    </message>
    <message>
        <source>Whether the person on the act is an adult; for a birth act, also the date of the act.</source>
        <translation>Indique si la personne de l&apos;acte est majeure ; pour un acte de naissance, c&apos;est aussi la date de l&apos;acte.</translation>
    </message>
    <message>
        <source>the date of the act</source>
        <translation>la date de l&apos;acte</translation>
    </message>
    <message>
        <source>Date of the marriage or death act (a birth act is dated by the birth when not given): an old enough register is open to anyone.</source>
        <translation>Date de l&apos;acte de mariage ou de décès (à défaut, un acte de naissance est daté par la naissance) : un registre suffisamment ancien est communicable à tous.</translation>
    </message>
    <message>
        <source>whether the event took place abroad</source>
        <translation>l&apos;indication d&apos;un événement survenu ou non à l&apos;étranger</translation>
    </message>
    <message>
        <source>oui for a birth, marriage or death abroad: the act is then held by a national service.</source>
        <translation>oui pour une naissance, un mariage ou un décès à l&apos;étranger : l&apos;acte est alors détenu par un service national.</translation>
    </message>
    <message>
        <source>the commune of the event</source>
        <translation>la commune de l&apos;événement</translation>
    </message>
    <message>
        <source>INSEE code of the commune where the event took place (not the postal code): its town hall holds the act.</source>
        <translation>Code INSEE de la commune où l&apos;événement a eu lieu (et non le code postal) : sa mairie détient l&apos;acte.</translation>
    </message>
    <message>
        <source>whether the person on the act is deceased</source>
        <translation>l&apos;indication du décès éventuel de la personne de l&apos;acte</translation>
    </message>
    <message>
        <source>oui when the person on the act has died: long enough after the death, the act is open to anyone.</source>
        <translation>oui si la personne de l&apos;acte est décédée : passé un certain délai après le décès, l&apos;acte est communicable à tous.</translation>
    </message>
    <message>
        <source>the death date of the person on the act</source>
        <translation>la date du décès de la personne de l&apos;acte</translation>
    </message>
    <message>
        <source>Date of death of the person on the act, read only when deceased.</source>
        <translation>Date du décès de la personne de l&apos;acte, prise en compte seulement si elle est décédée.</translation>
    </message>
    <message>
        <source>the requester&apos;s birth date</source>
        <translation>la date de naissance du demandeur</translation>
    </message>
    <message>
        <source>The requester&apos;s birth date, where a rule asks for an adult requester.</source>
        <translation>La date de naissance du demandeur, lorsqu&apos;une règle exige un demandeur majeur.</translation>
    </message>
    <message>
        <source>the delivery</source>
        <translation>le mode de délivrance</translation>
    </message>
    <message>
        <source>Handed over at the counter or sent by post.</source>
        <translation>Remise au guichet ou envoi par courrier.</translation>
    </message>
    <message>
        <source>the declaration</source>
        <translation>la déclaration</translation>
    </message>
    <message>
        <source>Birth, death or recognition of a child.</source>
        <translation>Naissance, décès ou reconnaissance d&apos;un enfant.</translation>
    </message>
    <message>
        <source>the date and time of the event</source>
        <translation>la date et l&apos;heure de l&apos;événement</translation>
    </message>
    <message>
        <source>When the birth took place, or when the death was medically confirmed: the deadline runs from it.</source>
        <translation>Moment de la naissance, ou du constat médical du décès : le délai court à partir de ce moment.</translation>
    </message>
    <message>
        <source>oui for a birth or a death abroad: declared to the local authority or the French consulate.</source>
        <translation>oui pour une naissance ou un décès à l&apos;étranger : la déclaration se fait auprès des autorités locales ou du consulat de France.</translation>
    </message>
    <message>
        <source>INSEE code of the commune where the event took place (not the postal code): it is declared at its town hall.</source>
        <translation>Code INSEE de la commune où l&apos;événement a eu lieu (et non le code postal) : la déclaration se fait à sa mairie.</translation>
    </message>
    <message>
        <source>Document handed over or posted by</source>
        <translation>Document remis ou envoyé au plus tard le</translation>
    </message>
    <message>
        <source>Deadline of the declaration</source>
        <translation>Date limite de la déclaration</translation>
    </message>
</context>
<context>
    <name>guichet::etatcivil::EtatCivilForm</name>
    <message>
        <source>The INSEE code of the commune where the event took place, e.g. %1 for %2. It is not the postal code.</source>
        <translation>Le code INSEE de la commune où l&apos;événement a eu lieu, par exemple %1 pour %2. Ce n&apos;est pas le code postal.</translation>
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
        <source>&amp;Birth date of the person on the act:</source>
        <translation>Dat&amp;e de naissance de la personne de l&apos;acte :</translation>
    </message>
    <message>
        <source>&amp;Parents&apos; names of the person on the act:</source>
        <translation>Nom&amp;s des parents de la personne de l&apos;acte :</translation>
    </message>
    <message>
        <source>Re&amp;quester&apos;s birth date:</source>
        <translation>Date de naissance du demandeur :</translation>
    </message>
    <message>
        <source>N&amp;umber of copies:</source>
        <translation>Nombre d&apos;e&amp;xemplaires :</translation>
    </message>
    <message>
        <source>Family &amp;name of the child or of the deceased person:</source>
        <translation>&amp;Nom de famille de l&apos;enfant ou de la personne décédée :</translation>
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
        <source>Parents&apos; names of the person on the act are missing: this copy shows the parents, so type their names and first names as the act gives them.</source>
        <translation>Les noms des parents de la personne de l&apos;acte ne sont pas renseignés : cette copie mentionne les parents, saisissez donc leurs noms et prénoms tels qu&apos;ils figurent sur l&apos;acte.</translation>
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
    <message>
        <source>Commune code (INSEE) of the event: %1 is not the code of any commune, present or former. Check the code (it is not the postal code), e.g. %2 for %3.</source>
        <translation>Code commune (INSEE) de l&apos;événement : %1 n&apos;est le code d&apos;aucune commune, actuelle ou ancienne. Vérifiez le code (ce n&apos;est pas le code postal), par exemple %2 pour %3.</translation>
    </message>
    <message>
        <source>Place name of the event is missing: type the name of the commune, which the case records with its code.</source>
        <translation>Le nom du lieu de l&apos;événement n&apos;est pas renseigné : saisissez le nom de la commune, que le dossier enregistre avec son code.</translation>
    </message>
    <message>
        <source>Date of the even&amp;t (birth, or death&apos;s medical confirmation):</source>
        <translation>Dat&amp;e de l&apos;événement (naissance, constat du décès) :</translation>
    </message>
    <message>
        <source>The hour and the minutes, as HH:MM: 4 digits, e.g. 1530 for 15:30.</source>
        <translation>L&apos;heure et les minutes, HH:MM : 4 chiffres, par exemple 1530 pour 15:30.</translation>
    </message>
    <message>
        <source>Birth date of the person on the act is missing: type it as DD/MM/YYYY (e.g. 08/07/1990).</source>
        <translation>La date de naissance de la personne de l&apos;acte manque : tapez-la JJ/MM/AAAA (par exemple 08/07/1990).</translation>
    </message>
    <message>
        <source>Date of the act is missing: type the date of the marriage or of the death as DD/MM/YYYY.</source>
        <translation>La date de l&apos;acte manque : tapez la date du mariage ou du décès, JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Requester&apos;s birth date is missing: it is needed to check that a descendant asking for this copy of a marriage act is an adult. Type it as DD/MM/YYYY.</source>
        <translation>La date de naissance du demandeur manque : elle permet de vérifier qu&apos;un descendant qui demande cette copie d&apos;acte de mariage est majeur. Tapez-la JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Date and time of the event are missing: type the day the birth took place, or the death was medically confirmed, as DD/MM/YYYY, then the time as HH:MM.</source>
        <translation>La date et l&apos;heure de l&apos;événement manquent : tapez le jour de la naissance, ou du constat médical du décès, JJ/MM/AAAA, puis l&apos;heure HH:MM.</translation>
    </message>
    <message>
        <source>Date of the event is missing: type the day the birth took place, or the death was medically confirmed, as DD/MM/YYYY.</source>
        <translation>La date de l&apos;événement manque : tapez le jour de la naissance, ou du constat médical du décès, JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Time of the event is missing: type the hour and the minutes of the birth, or of the death&apos;s medical confirmation, as HH:MM (e.g. 15:30).</source>
        <translation>L&apos;heure de l&apos;événement manque : tapez l&apos;heure et les minutes de la naissance, ou du constat médical du décès, HH:MM (par exemple 15:30).</translation>
    </message>
    <message>
        <source>Time of the event: expected the hour and the minutes as HH:MM, e.g. 15:30; &quot;%1&quot; is not a time. Correct it.</source>
        <translation>Heure de l&apos;événement : l&apos;heure et les minutes HH:MM étaient attendues, par exemple 15:30 ; « %1 » n&apos;est pas une heure. Corrigez-la.</translation>
    </message>
    <message>
        <source>E&amp;vent abroad</source>
        <translation>Événement à l&apos;étran&amp;ger</translation>
    </message>
    <message>
        <source>Commune code (INSEE):</source>
        <translation>Code commune (INSEE) :</translation>
    </message>
    <message>
        <source>P&amp;lace name (commune, or city and country abroad):</source>
        <translation>Nom du lieu (comm&amp;une, ou ville et pays à l&apos;étranger) :</translation>
    </message>
    <message>
        <source>Ac&amp;t:</source>
        <translation>Ac&amp;te :</translation>
    </message>
    <message>
        <source>Copy &amp;kind:</source>
        <translation>T&amp;ype de copie :</translation>
    </message>
    <message>
        <source>First na&amp;mes of the person on the act:</source>
        <translation>Préno&amp;ms de la personne de l&apos;acte :</translation>
    </message>
    <message>
        <source>Date of the act (marriage or death):</source>
        <translation>Date de l&apos;acte (mariage ou décès) :</translation>
    </message>
    <message>
        <source>The person on the act &amp;is deceased</source>
        <translation>La personne de l&apos;acte est décédée</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>Date du décès :</translation>
    </message>
    <message>
        <source>Deliver&amp;y:</source>
        <translation>Déli&amp;vrance :</translation>
    </message>
    <message>
        <source>Decla&amp;ration:</source>
        <translation>Déclara&amp;tion :</translation>
    </message>
    <message>
        <source>T&amp;ime of the event:</source>
        <translation>Heure de l&apos;é&amp;vénement :</translation>
    </message>
    <message>
        <source>First na&amp;mes of the child or of the deceased person:</source>
        <translation>Préno&amp;ms de l&apos;enfant ou de la personne décédée :</translation>
    </message>
</context>
<context>
    <name>guichet::etatcivil::EtatCivilRules</name>
    <message>
        <source>Reference release %1 has no &quot;%2&quot; section, so the civil-status module cannot answer. Install a release that contains %2.json or ask HQ for one.</source>
        <translation>Le référentiel %1 n&apos;a pas de section « %2 » : le module d&apos;état civil ne peut donc pas répondre. Installez un référentiel qui contient %2.json ou demandez-en un au siège.</translation>
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
    <message>
        <source>the relationship &quot;interesse&quot; (the person on the act) is missing or not marked as the subject</source>
        <translation>la qualité « interesse » (la personne que l&apos;acte concerne) manque ou n&apos;est pas marquée comme le titulaire de l&apos;acte</translation>
    </message>
    <message>
        <source>declaration &quot;%1&quot; has a longer deadline without a longer value or without the INSEE codes of its communes</source>
        <translation>la déclaration « %1 » a un délai allongé sans durée plus longue ou sans les codes INSEE de ses communes</translation>
    </message>
</context>
<context>
    <name>guichet::identity::IdentityRules</name>
    <message>
        <source>Reference release %1 has no &quot;%2&quot; section, so identity cards and passports cannot be handled. Install a release that contains %2.json or ask HQ for one.</source>
        <translation>Le référentiel %1 n&apos;a pas de section «&#xa0;%2&#xa0;»&#xa0;: les cartes d&apos;identité et les passeports ne peuvent donc pas être traités. Installez un référentiel qui contient %2.json ou demandez-en un au siège.</translation>
    </message>
    <message>
        <source>procedure &quot;%1&quot; has no title, service, workflow or checklist</source>
        <translation>la démarche «&#xa0;%1&#xa0;» n&apos;a pas de titre, de service, de circuit de traitement ou de liste de documents</translation>
    </message>
    <message>
        <source>title &quot;%1&quot; has no label or names an unknown procedure</source>
        <translation>le titre «&#xa0;%1&#xa0;» n&apos;a pas de libellé ou désigne une démarche inconnue</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; is missing</source>
        <translation>le titre «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>a situation has no id, label or titles</source>
        <translation>une situation n&apos;a pas d&apos;identifiant, de libellé ou de titres</translation>
    </message>
    <message>
        <source>situation &quot;%1&quot; names the unknown title &quot;%2&quot;</source>
        <translation>la situation «&#xa0;%1&#xa0;» désigne le titre inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; has no situation</source>
        <translation>le titre «&#xa0;%1&#xa0;» n&apos;a aucune situation</translation>
    </message>
    <message>
        <source>the list of titles shown must start with &quot;%1&quot;, and the list of domiciles must not be empty</source>
        <translation>la liste des titres présentés doit commencer par «&#xa0;%1&#xa0;», et la liste des domiciles ne doit pas être vide</translation>
    </message>
    <message>
        <source>a title shown or a domicile has no id or no label</source>
        <translation>un titre présenté ou un domicile n&apos;a pas d&apos;identifiant ou pas de libellé</translation>
    </message>
    <message>
        <source>the age bands must start at 0 and grow, each with an id and a label</source>
        <translation>les tranches d&apos;âge doivent commencer à 0 et être croissantes, chacune avec un identifiant et un libellé</translation>
    </message>
    <message>
        <source>there is no age band</source>
        <translation>aucune tranche d&apos;âge n&apos;est définie</translation>
    </message>
    <message>
        <source>the age from which fingerprints are taken is missing</source>
        <translation>l&apos;âge à partir duquel les empreintes sont relevées manque</translation>
    </message>
    <message>
        <source>the maximum age of a birth act is missing</source>
        <translation>l&apos;ancienneté maximale de l&apos;acte de naissance manque</translation>
    </message>
    <message>
        <source>a birth-act exemption names an unknown title or has no number of years</source>
        <translation>une dispense d&apos;acte de naissance désigne un titre inconnu ou n&apos;a pas de nombre d&apos;années</translation>
    </message>
    <message>
        <source>a fee has no amount, no effective date or no title</source>
        <translation>un tarif n&apos;a pas de montant, de date d&apos;entrée en vigueur ou de titre</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; has no fee</source>
        <translation>le titre «&#xa0;%1&#xa0;» n&apos;a pas de tarif</translation>
    </message>
    <message>
        <source>a validity row has no title or no number of years</source>
        <translation>une ligne de durée de validité n&apos;a pas de titre ou pas de nombre d&apos;années</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; has no validity</source>
        <translation>le titre «&#xa0;%1&#xa0;» n&apos;a pas de durée de validité</translation>
    </message>
    <message>
        <source>the renewal window, the collection delay or the destruction warning is missing</source>
        <translation>le délai de renouvellement, le délai de retrait ou l&apos;alerte avant destruction manque</translation>
    </message>
    <message>
        <source>the statuses of the agent&apos;s lists are missing</source>
        <translation>les statuts des listes de l&apos;agent manquent</translation>
    </message>
    <message>
        <source>the list status &quot;%1&quot; is not a state of workflow &quot;%2&quot;</source>
        <translation>le statut de liste «&#xa0;%1&#xa0;» n&apos;est pas un état du circuit de traitement «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the answer sentence &quot;%1&quot; is missing</source>
        <translation>la phrase de réponse «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>Pre-application number: the field is empty. Type the 10 letters and digits of the person&apos;s online pre-application (ANTS), or leave it empty if the person fills in the paper form.</source>
        <translation>Numéro de pré-demande&#xa0;: le champ est vide. Saisissez les 10 lettres et chiffres de la pré-demande en ligne de la personne (ANTS), ou laissez-le vide si la personne remplit le formulaire papier.</translation>
    </message>
    <message>
        <source>Pre-application number: &quot;%1&quot; is not allowed; the number has only letters A to Z and digits. Check it on the person&apos;s ANTS summary, under the QR code.</source>
        <translation>Numéro de pré-demande&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;; le numéro ne comporte que des lettres de A à Z et des chiffres. Vérifiez-le sur le récapitulatif ANTS de la personne, sous le QR code.</translation>
    </message>
    <message>
        <source>Pre-application number: expected 10 letters or digits, e.g. 4AB7KX92PQ, but found %1. Check it on the person&apos;s ANTS summary, under the QR code.</source>
        <translation>Numéro de pré-demande&#xa0;: 10 lettres ou chiffres sont attendus, par exemple 4AB7KX92PQ, mais le numéro saisi en compte %1. Vérifiez-le sur le récapitulatif ANTS de la personne, sous le QR code.</translation>
    </message>
    <message>
        <source>Tax stamp number: the field is empty. Type the 16 digits of the electronic tax stamp the person bought, or scan its 2D code.</source>
        <translation>Numéro de timbre fiscal&#xa0;: le champ est vide. Saisissez les 16 chiffres du timbre fiscal électronique acheté par la personne, ou scannez son code 2D.</translation>
    </message>
    <message>
        <source>Tax stamp number: &quot;%1&quot; is not a digit; the number has 16 digits. Type it as printed on the electronic tax stamp, or scan its 2D code.</source>
        <translation>Numéro de timbre fiscal&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un chiffre&#xa0;; le numéro comporte 16 chiffres. Saisissez-le tel qu&apos;il figure sur le timbre fiscal électronique, ou scannez son code 2D.</translation>
    </message>
    <message>
        <source>Tax stamp number: expected 16 digits, but found %1. Type it as printed on the electronic tax stamp, or scan its 2D code.</source>
        <translation>Numéro de timbre fiscal&#xa0;: 16 chiffres sont attendus, mais le numéro saisi en compte %1. Saisissez-le tel qu&apos;il figure sur le timbre fiscal électronique, ou scannez son code 2D.</translation>
    </message>
    <message>
        <source>an extended validity has no title, no issue dates or no numbers of years</source>
        <translation>une prolongation de validité n&apos;a pas de titre, pas de dates de délivrance ou pas de nombres d&apos;années</translation>
    </message>
    <message>
        <source>the titles the early-renewal window applies to are missing or unknown</source>
        <translation>les titres auxquels s&apos;applique le délai de renouvellement anticipé manquent ou sont inconnus</translation>
    </message>
</context>
<context>
    <name>guichet::identity::TitleAnswers</name>
    <message>
        <source>the situation</source>
        <translation>la situation</translation>
    </message>
    <message>
        <source>Why the person asks for the title.</source>
        <translation>Le motif pour lequel la personne demande le titre.</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>la date de naissance</translation>
    </message>
    <message>
        <source>The applicant&apos;s birth date: age band, fee, fingerprints, validity.</source>
        <translation>La date de naissance du demandeur&#xa0;: tranche d&apos;âge, tarif, empreintes, durée de validité.</translation>
    </message>
    <message>
        <source>the appointment date</source>
        <translation>la date du rendez-vous</translation>
    </message>
    <message>
        <source>Day of the deposit when it is later than today: ages and fees are counted on it.</source>
        <translation>Jour du dépôt, s&apos;il est postérieur à aujourd&apos;hui&#xa0;: les âges et les tarifs sont calculés à cette date.</translation>
    </message>
    <message>
        <source>the title shown</source>
        <translation>le titre présenté</translation>
    </message>
    <message>
        <source>The identity card or passport the person shows, even expired.</source>
        <translation>La carte d&apos;identité ou le passeport que présente la personne, même périmé.</translation>
    </message>
    <message>
        <source>the expiry date of the title shown</source>
        <translation>la date d&apos;expiration du titre présenté</translation>
    </message>
    <message>
        <source>The expiry date printed on the title shown.</source>
        <translation>La date d&apos;expiration imprimée sur le titre présenté.</translation>
    </message>
    <message>
        <source>whether the birth commune is on COMEDEC</source>
        <translation>le raccordement ou non de la commune de naissance à COMEDEC</translation>
    </message>
    <message>
        <source>oui when the birth act is checked online (COMEDEC): no birth act to bring.</source>
        <translation>oui si l&apos;acte de naissance est vérifié en ligne (COMEDEC)&#xa0;: pas d&apos;acte de naissance à fournir.</translation>
    </message>
    <message>
        <source>the kind of domicile</source>
        <translation>le type de domicile</translation>
    </message>
    <message>
        <source>Own home, hosted by someone, or elected domicile.</source>
        <translation>Domicile propre, hébergement chez un tiers ou élection de domicile.</translation>
    </message>
    <message>
        <source>whether the town hall recognises the person as destitute</source>
        <translation>la reconnaissance éventuelle de l&apos;indigence de la personne par la mairie</translation>
    </message>
    <message>
        <source>oui for a free passport to a person the town hall recognises as destitute.</source>
        <translation>oui pour un passeport gratuit délivré à une personne que la mairie reconnaît indigente.</translation>
    </message>
    <message>
        <source>Type the birth date to know the fee, the validity and whether fingerprints are taken.</source>
        <translation>Saisissez la date de naissance pour connaître le tarif, la durée de validité et savoir si les empreintes sont relevées.</translation>
    </message>
    <message>
        <source>Day of the deposit</source>
        <translation>Jour du dépôt</translation>
    </message>
    <message>
        <source>Title shown valid until</source>
        <translation>Titre présenté valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>New title valid until, if issued on the day of the deposit</source>
        <translation>Nouveau titre, s&apos;il est délivré le jour du dépôt, valable jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>guichet::identity::TitleForm</name>
    <message>
        <source>S&amp;ituation:</source>
        <translation>&amp;Situation :</translation>
    </message>
    <message>
        <source>Machine-readable &amp;zone (MRZ):</source>
        <translation>Bande MR&amp;Z :</translation>
    </message>
    <message>
        <source>The identity card or passport the person shows, even expired. A title declared lost or stolen cannot be shown: choose the other one the person has, or none.</source>
        <translation>La carte d&apos;identité ou le passeport que présente la personne, même périmé. Un titre déclaré perdu ou volé ne peut pas être présenté&#xa0;: choisissez l&apos;autre titre de la personne, ou aucun.</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <source>First na&amp;mes:</source>
        <translation>Préno&amp;ms :</translation>
    </message>
    <message>
        <source>Age on the deposit day:</source>
        <translation>Âge le jour du dépôt :</translation>
    </message>
    <message>
        <source>The birth act is then checked online: no copy is asked of the person.</source>
        <translation>L&apos;acte de naissance est alors vérifié en ligne&#xa0;: aucune copie n&apos;est demandée à la personne.</translation>
    </message>
    <message>
        <source>&amp;Lodging:</source>
        <translation>Domicile :</translation>
    </message>
    <message>
        <source>ANTS pre-application numbe&amp;r:</source>
        <translation>N&amp;uméro de pré-demande ANTS :</translation>
    </message>
    <message>
        <source>The 10 letters and digits of the online pre-application, under its QR code. Empty when the person fills in the paper form.</source>
        <translation>Les 10 lettres et chiffres de la pré-demande en ligne, sous son QR code. Vide si la personne remplit le formulaire papier.</translation>
    </message>
    <message>
        <source>The 16 digits of the electronic tax stamp, when a fee is due.</source>
        <translation>Les 16 chiffres du timbre fiscal électronique, lorsqu&apos;un droit de timbre est dû.</translation>
    </message>
    <message>
        <source>The number the deposit station gives the file. Typed now, the case starts as deposited rather than at the appointment.</source>
        <translation>Le numéro que le dispositif de recueil attribue au dossier. S&apos;il est saisi maintenant, le dossier démarre au statut «&#xa0;Dossier déposé&#xa0;» au lieu de «&#xa0;Rendez-vous pris&#xa0;».</translation>
    </message>
    <message>
        <source>Type the expiry date printed on the card: its zone has none.</source>
        <translation>Saisissez la date d&apos;expiration imprimée sur la carte&#xa0;: sa bande MRZ n&apos;en comporte pas.</translation>
    </message>
    <message>
        <source>This title was issued by %1, not by France: it does not spare the birth act.</source>
        <translation>Ce titre a été délivré par %1, et non par la France&#xa0;: il ne dispense pas de l&apos;acte de naissance.</translation>
    </message>
    <message>
        <source>The family name read (%1) differs from the one typed: check it.</source>
        <translation>Le nom de famille lu (%1) diffère de celui saisi&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>The first names read (%1) differ from the ones typed: check them.</source>
        <translation>Les prénoms lus (%1) diffèrent de ceux saisis&#xa0;: vérifiez-les.</translation>
    </message>
    <message>
        <source>The birth date read (%1) differs from the one typed (%2): is it this person&apos;s title?</source>
        <translation>La date de naissance lue (%1) diffère de celle saisie (%2)&#xa0;: ce titre est-il bien celui de cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>type the birth date</source>
        <translation>saisissez la date de naissance</translation>
    </message>
    <message>
        <source>fingerprints taken</source>
        <translation>empreintes relevées</translation>
    </message>
    <message>
        <source>no fingerprints</source>
        <translation>pas d&apos;empreintes</translation>
    </message>
    <message>
        <source>Machine-readable zone — %1</source>
        <translation>Bande MRZ — %1</translation>
    </message>
    <message>
        <source>Machine-readable zone: the title read is of a person born on %1, not on %2. Check that it is this person&apos;s title, or correct the birth date.</source>
        <translation>Bande MRZ&#xa0;: le titre lu est celui d&apos;une personne née le %1, et non le %2. Vérifiez qu&apos;il s&apos;agit bien du titre de cette personne, ou corrigez la date de naissance.</translation>
    </message>
    <message>
        <source>Number of the title shown: only letters and digits, as printed on the title (9 for a passport or a card of 2021, 12 for an older card).</source>
        <translation>Numéro du titre présenté&#xa0;: uniquement des lettres et des chiffres, tels qu&apos;imprimés sur le titre (9 pour un passeport ou une carte du modèle 2021, 12 pour une carte plus ancienne).</translation>
    </message>
    <message>
        <source>Expiry date of the title shown</source>
        <translation>Date d&apos;expiration du titre présenté</translation>
    </message>
    <message>
        <source>Family name is missing: type it as on the birth act, or read the title&apos;s zone.</source>
        <translation>Le nom de famille n&apos;est pas renseigné&#xa0;: saisissez-le comme sur l&apos;acte de naissance, ou lisez la bande MRZ du titre.</translation>
    </message>
    <message>
        <source>First names are missing: type them in the order of the birth act, or read the title&apos;s zone.</source>
        <translation>Les prénoms ne sont pas renseignés&#xa0;: saisissez-les dans l&apos;ordre de l&apos;acte de naissance, ou lisez la bande MRZ du titre.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Date du rendez-vous</translation>
    </message>
    <message>
        <source>Appointment date: the town hall is closed on %1 (a Sunday or a public holiday). Choose another day.</source>
        <translation>Date du rendez-vous&#xa0;: la mairie est fermée le %1 (dimanche ou jour férié). Choisissez un autre jour.</translation>
    </message>
    <message>
        <source>Tax stamp number is missing: a stamp of %1 is due and the file is deposited. Type its 16 digits.</source>
        <translation>Le numéro de timbre fiscal n&apos;est pas renseigné&#xa0;: un timbre de %1 est dû et le dossier est déposé. Saisissez ses 16 chiffres.</translation>
    </message>
    <message>
        <source>Deposit number: only letters and digits, as the deposit station shows it.</source>
        <translation>Numéro de dépôt&#xa0;: uniquement des lettres et des chiffres, tels que les affiche le dispositif de recueil.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Birth date is missing: it decides the fee, the validity and the fingerprints. Type it as DD/MM/YYYY (e.g. 12/03/1984), or read the title&apos;s zone.</source>
        <translation>La date de naissance manque : elle décide du tarif, de la durée de validité et des empreintes. Tapez-la JJ/MM/AAAA (par exemple 12/03/1984), ou lisez la bande du titre.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old on %1 — %2; %3</source>
        <translation>
            <numerusform>%n an le %1 — %2&#xa0;; %3</numerusform>
            <numerusform>%n ans le %1 — %2&#xa0;; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title shown:</source>
        <translation>&amp;Titre présenté :</translation>
    </message>
    <message>
        <source>Number of the title sho&amp;wn:</source>
        <translation>Numéro du titre présenté :</translation>
    </message>
    <message>
        <source>Expir&amp;y date of the title shown:</source>
        <translation>Date d&apos;e&amp;xpiration du titre présenté :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Dat&amp;e de naissance :</translation>
    </message>
    <message>
        <source>Birth comm&amp;une on COMEDEC</source>
        <translation>Commune de naissance raccordée à COMEDEC</translation>
    </message>
    <message>
        <source>Free passport: person recognised as indigent</source>
        <translation>Passeport &amp;gratuit&#xa0;: personne reconnue indigente</translation>
    </message>
    <message>
        <source>A&amp;ppointment date:</source>
        <translation>Date du rendez-&amp;vous :</translation>
    </message>
    <message>
        <source>Electronic ta&amp;x stamp number:</source>
        <translation>Numéro du tim&amp;bre fiscal électronique :</translation>
    </message>
    <message>
        <source>Deposit number (once deposited):</source>
        <translation>Numéro de dépôt (dossier dé&amp;jà déposé) :</translation>
    </message>
</context>
<context>
    <name>guichet::identity::TitleListModel</name>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Available since</source>
        <translation>Disponible depuis le</translation>
    </message>
    <message>
        <source>Destroyed after</source>
        <translation>Détruit après le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Deposit number</source>
        <translation>Numéro de dépôt</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::identity::TitleWorkPage</name>
    <message>
        <source>Titles of this office. Enter opens the case, where its status moves on (deposited, processing, production, available, handed over). Ctrl+Tab goes to the next list.</source>
        <translation>Titres de cette mairie de quartier. Entrée ouvre le dossier, où son statut évolue (déposé, en cours d&apos;instruction, en production, disponible, remis au titulaire). Ctrl+Tab passe à la liste suivante.</translation>
    </message>
    <message>
        <source>&amp;Waiting (%1)</source>
        <translation>&amp;En attente (%1)</translation>
    </message>
    <message>
        <source>To hand &amp;over (%1)</source>
        <translation>À re&amp;mettre (%1)</translation>
    </message>
    <message>
        <source>To be destroyed soo&amp;n (%1)</source>
        <translation>À détruire &amp;prochainement (%1)</translation>
    </message>
    <message>
        <source>Titles waiting</source>
        <translation>Titres en attente</translation>
    </message>
    <message>
        <source>Titles to hand over</source>
        <translation>Titres à remettre</translation>
    </message>
    <message>
        <source>Titles to be destroyed soon</source>
        <translation>Titres à détruire prochainement</translation>
    </message>
    <message>
        <source>Oldest first. Enter opens the case.</source>
        <translation>Du plus ancien au plus récent. Entrée ouvre le dossier.</translation>
    </message>
    <message>
        <source>By the day after which the title is destroyed. Enter opens the case.</source>
        <translation>Triés selon le jour après lequel le titre est détruit, le plus proche d&apos;abord. Entrée ouvre le dossier.</translation>
    </message>
    <message>
        <source>No title waiting: a deposited request shows here until its title is available.</source>
        <translation>Aucun titre en attente : une demande déposée s&apos;affiche ici jusqu&apos;à ce que son titre soit disponible.</translation>
    </message>
    <message>
        <source>No title to hand over: an available title shows here until it is handed over.</source>
        <translation>Aucun titre à remettre : un titre disponible s&apos;affiche ici jusqu&apos;à sa remise.</translation>
    </message>
    <message>
        <source>No title to be destroyed soon: an uncollected title shows here a month before the day it is destroyed.</source>
        <translation>Aucun titre à détruire prochainement : un titre non retiré s&apos;affiche ici un mois avant le jour de sa destruction.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>More than %1 titles in this list: the %1 oldest are shown. Refine in the case list (F3).</source>
        <translation>Plus de %1 titres dans cette liste : les %1 plus anciens sont affichés. Affinez dans la liste des dossiers (F3).</translation>
    </message>
</context>
<context>
    <name>guichet::inscription::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Level and year</source>
        <translation>Niveau et année</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Documents manquants</translation>
    </message>
    <message>
        <source>to be named by the education department</source>
        <translation>à désigner par le service des affaires scolaires</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>to be named by the education department; the family asks for %1</source>
        <translation>désignée par la direction de l&apos;éducation ; la famille demande %1</translation>
    </message>
</context>
<context>
    <name>guichet::inscription::InscriptionAnswers</name>
    <message>
        <source>the child&apos;s birth date</source>
        <translation>la date de naissance de l&apos;enfant</translation>
    </message>
    <message>
        <source>The child&apos;s birth date: the level for the school year, or why the child cannot be enrolled.</source>
        <translation>La date de naissance de l&apos;enfant&#xa0;: elle donne le niveau pour l&apos;année scolaire, ou la raison pour laquelle l&apos;enfant ne peut pas être inscrit.</translation>
    </message>
    <message>
        <source>the school year</source>
        <translation>l&apos;année scolaire</translation>
    </message>
    <message>
        <source>The school year asked for; when not given, the year in progress, or the next one before its rentrée.</source>
        <translation>L&apos;année scolaire demandée&#xa0;; à défaut, l&apos;année en cours, ou la suivante avant sa rentrée.</translation>
    </message>
    <message>
        <source>whether the family asks for the admission at 2</source>
        <translation>la demande éventuelle d&apos;admission à 2 ans par la famille</translation>
    </message>
    <message>
        <source>oui when the family asks for the admission at 2 (toute petite section) where places allow; asked only for a child who is 2 on the day of the rentrée.</source>
        <translation>oui si la famille demande l&apos;admission à 2 ans (toute petite section), dans la limite des places disponibles&#xa0;; demandé seulement pour un enfant qui a 2 ans le jour de la rentrée.</translation>
    </message>
    <message>
        <source>the house number</source>
        <translation>le numéro dans la voie</translation>
    </message>
    <message>
        <source>The house number of the child&apos;s home, without bis or ter: it decides where a street is shared between schools.</source>
        <translation>Le numéro dans la voie du domicile de l&apos;enfant, sans bis ni ter&#xa0;: il départage les écoles lorsqu&apos;une voie relève de plusieurs écoles.</translation>
    </message>
    <message>
        <source>the street of the child&apos;s home</source>
        <translation>la voie du domicile de l&apos;enfant</translation>
    </message>
    <message>
        <source>the commune of the child&apos;s home</source>
        <translation>la commune du domicile de l&apos;enfant</translation>
    </message>
    <message>
        <source>INSEE code of the commune of the child&apos;s home (not the postal code); when not given, the commune of the town hall. Outside it the catchment map does not apply.</source>
        <translation>Code INSEE de la commune du domicile de l&apos;enfant (et non le code postal)&#xa0;; à défaut, la commune de la mairie. En dehors de celle-ci, la carte scolaire ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>whether the parents are separated</source>
        <translation>la séparation éventuelle des parents</translation>
    </message>
    <message>
        <source>oui when the parents are separated and the child has two homes.</source>
        <translation>oui si les parents sont séparés et que l&apos;enfant a deux domiciles.</translation>
    </message>
    <message>
        <source>whether the child changes school after a move</source>
        <translation>le changement éventuel d&apos;école après un déménagement</translation>
    </message>
    <message>
        <source>oui when the child leaves another school after a move: its radiation certificate is asked for.</source>
        <translation>oui si l&apos;enfant quitte une autre école après un déménagement&#xa0;: son certificat de radiation est demandé.</translation>
    </message>
    <message>
        <source>how the quotient familial is given</source>
        <translation>le mode de saisie du quotient familial</translation>
    </message>
    <message>
        <source>No quotient (the top tariff), computed from the household&apos;s figures, or read from a CAF statement: the canteen and after-school tariffs follow it.</source>
        <translation>Sans quotient (tarif le plus élevé), calculé à partir des chiffres du foyer, ou relevé sur une attestation CAF&#xa0;: les tarifs de la restauration scolaire et du périscolaire en dépendent.</translation>
    </message>
    <message>
        <source>the household&apos;s annual taxable resources</source>
        <translation>les ressources annuelles imposables du foyer</translation>
    </message>
    <message>
        <source>The household&apos;s taxable resources of the year (tax notice), in cents of euro, when the quotient is computed.</source>
        <translation>Les ressources imposables annuelles du foyer (avis d&apos;imposition), en centimes d&apos;euro, lorsque le quotient est calculé.</translation>
    </message>
    <message>
        <source>the household&apos;s monthly benefits</source>
        <translation>les prestations mensuelles du foyer</translation>
    </message>
    <message>
        <source>Family benefits of the last month (CAF statement), in cents of euro, when the quotient is computed; 0 when none.</source>
        <translation>Les prestations familiales du dernier mois (attestation CAF), en centimes d&apos;euro, lorsque le quotient est calculé&#xa0;; 0 s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>the number of children in the household</source>
        <translation>le nombre d&apos;enfants à charge du foyer</translation>
    </message>
    <message>
        <source>Dependent children of the household, this one included, when the quotient is computed.</source>
        <translation>Les enfants à charge du foyer, y compris celui-ci, lorsque le quotient est calculé.</translation>
    </message>
    <message>
        <source>the number of disabled children</source>
        <translation>le nombre d&apos;enfants en situation de handicap</translation>
    </message>
    <message>
        <source>Of the dependent children, how many are disabled, when the quotient is computed.</source>
        <translation>Parmi les enfants à charge, le nombre d&apos;enfants en situation de handicap, lorsque le quotient est calculé.</translation>
    </message>
    <message>
        <source>the quotient familial of the CAF statement</source>
        <translation>le quotient familial de l&apos;attestation CAF</translation>
    </message>
    <message>
        <source>The quotient familial printed on the CAF statement, in whole euros.</source>
        <translation>Le quotient familial indiqué sur l&apos;attestation CAF, en euros entiers.</translation>
    </message>
    <message>
        <source>the requested school</source>
        <translation>l&apos;école demandée</translation>
    </message>
    <message>
        <source>The school the family asks for instead of the catchment school.</source>
        <translation>L&apos;école que demande la famille à la place de l&apos;école de secteur.</translation>
    </message>
    <message>
        <source>the reason for the exception</source>
        <translation>le motif de dérogation</translation>
    </message>
    <message>
        <source>Why the family asks for another school: some reasons spare the consent of the mayor of the family&apos;s commune, one is of right.</source>
        <translation>La raison pour laquelle la famille demande une autre école&#xa0;: certains motifs dispensent de l&apos;accord du maire de la commune de la famille, l&apos;un d&apos;eux est de droit.</translation>
    </message>
    <message>
        <source>the school of a brother or sister</source>
        <translation>l&apos;école d&apos;un frère ou d&apos;une sœur</translation>
    </message>
    <message>
        <source>The school of a brother or sister already at school, when the reason is a sibling enrolled at the requested school.</source>
        <translation>L&apos;école d&apos;un frère ou d&apos;une sœur déjà scolarisé(e), lorsque le motif invoqué est un frère ou une sœur inscrit(e) dans l&apos;école demandée.</translation>
    </message>
    <message>
        <source>the school of another brother or sister</source>
        <translation>l&apos;école d&apos;un autre frère ou d&apos;une autre sœur</translation>
    </message>
    <message>
        <source>The school of a second brother or sister already at school.</source>
        <translation>L&apos;école d&apos;un deuxième frère ou d&apos;une deuxième sœur déjà scolarisé(e).</translation>
    </message>
    <message>
        <source>The reference release has no school year for %1: ask HQ to publish a release with the next school calendar.</source>
        <translation>Le référentiel ne contient aucune année scolaire pour le %1&#xa0;: demandez au siège de publier un référentiel avec le prochain calendrier scolaire.</translation>
    </message>
    <message>
        <source>The school year %1 ended on %2: enrolments are for the next school year.</source>
        <translation>L&apos;année scolaire %1 s&apos;est terminée le %2&#xa0;: les inscriptions se font pour l&apos;année scolaire suivante.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future: check the year.</source>
        <translation>La date de naissance %1 est dans le futur&#xa0;: vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Without the admission at 2, the child enters %1 at the rentrée %2.</source>
        <translation>Sans admission à 2 ans, l&apos;enfant entre en %1 à la rentrée %2.</translation>
    </message>
    <message>
        <source>at the collège of the family&apos;s sector, or the departmental services of national education (DSDEN)</source>
        <translation>au collège du secteur de la famille, ou auprès des services départementaux de l&apos;Éducation nationale (DSDEN)</translation>
    </message>
    <message>
        <source>at the town hall of %1</source>
        <translation>à la mairie de %1</translation>
    </message>
    <message>
        <source>at the education department of %1, which says which school serves number %2 of %3</source>
        <translation>au service des affaires scolaires de %1, qui indique de quelle école relève le numéro %2 de %3</translation>
    </message>
    <message>
        <source>Rentrée of the school year %1</source>
        <translation>Rentrée de l&apos;année scolaire %1</translation>
    </message>
    <message>
        <source>The mayor&apos;s decision is due by</source>
        <translation>Décision du maire attendue au plus tard le</translation>
    </message>
    <message>
        <source>Enrolment to be completed by</source>
        <translation>Inscription à finaliser au plus tard le</translation>
    </message>
    <message>
        <source>There cannot be more disabled children (%1) than children in the household (%2): the quotient familial cannot be computed.</source>
        <translation>Il ne peut pas y avoir plus d&apos;enfants en situation de handicap (%1) que d&apos;enfants à charge dans le foyer (%2)&#xa0;: le quotient familial ne peut pas être calculé.</translation>
    </message>
    <message>
        <source>%1 does not take pupils of %2.</source>
        <translation>%1 n&apos;accueille pas les élèves de %2.</translation>
    </message>
    <message>
        <source>%1 is already the catchment school of this address, so no derogation is needed: an enrolment is recorded instead.</source>
        <translation>%1 est déjà l&apos;école de secteur de cette adresse, aucune dérogation n&apos;est donc nécessaire&#xa0;: une inscription est enregistrée à la place.</translation>
    </message>
    <message>
        <source>The reason is a brother or sister enrolled at %1, but the brothers and sisters given are at other schools.</source>
        <translation>Le motif invoqué est un frère ou une sœur inscrit(e) à l&apos;école demandée (%1), mais les frères et sœurs indiqués sont dans d&apos;autres écoles.</translation>
    </message>
    <message>
        <source>The street of the child&apos;s home as typed (&quot;r. jean-jaures&quot;; the street type, accents and case do not matter): the catchment map gives its school.</source>
        <translation>La voie du domicile de l&apos;enfant telle que saisie (&quot;r. jean-jaures&quot; ; le type de voie, les accents et la casse sont indifférents) : la carte scolaire donne son école.</translation>
    </message>
    <message>
        <source>at the education department of %1, which says which school serves &quot;%2&quot;: no street of the catchment map has that name (check the spelling)</source>
        <translation>au service des affaires scolaires de %1, qui indique de quelle école relève « %2 » : aucune voie de la carte scolaire ne porte ce nom (vérifiez l&apos;orthographe)</translation>
    </message>
    <message>
        <source>To know the catchment school, ask %1.</source>
        <translation>Pour connaître l&apos;école de secteur, adressez-vous %1.</translation>
    </message>
</context>
<context>
    <name>guichet::inscription::InscriptionForm</name>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Child&apos;s family &amp;name:</source>
        <translation>&amp;Nom de famille de l&apos;enfant :</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;birth date:</source>
        <translation>Da&amp;te de naissance de l&apos;enfant :</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Année scolaire :</translation>
    </message>
    <message>
        <source>Legal guardians and home</source>
        <translation>Responsables légaux et domicile</translation>
    </message>
    <message>
        <source>&amp;Legal guardian:</source>
        <translation>Responsa&amp;ble légal :</translation>
    </message>
    <message>
        <source>The house number, with bis, ter or a letter if any (e.g. 12 bis).</source>
        <translation>Le numéro dans la voie, avec bis, ter ou une lettre le cas échéant (par exemple 12 bis).</translation>
    </message>
    <message>
        <source>House n&amp;umber:</source>
        <translation>Numéro (&amp;y compris bis ou ter) :</translation>
    </message>
    <message>
        <source>The street of the child&apos;s home; the street type and accents are not needed (&quot;jean jaures&quot; finds Rue Jean Jaurès).</source>
        <translation>La voie du domicile de l&apos;enfant&#xa0;; le type de voie et les accents sont facultatifs («&#xa0;jean jaures&#xa0;» trouve Rue Jean Jaurès).</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Voie :</translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation>Commune :</translation>
    </message>
    <message>
        <source>The other parent&apos;s address: number, street, postal code and town.</source>
        <translation>L&apos;adresse de l&apos;autre parent&#xa0;: numéro, voie, code postal et commune.</translation>
    </message>
    <message>
        <source>Brothers and sisters already at school</source>
        <translation>Frères et sœurs déjà scolarisés</translation>
    </message>
    <message>
        <source>Sibling &amp;1 at school (first names):</source>
        <translation>Frère ou sœur &amp;1 (prénoms) :</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>Sibling &amp;2 at school (first names):</source>
        <translation>Frère ou sœur &amp;2 (prénoms) :</translation>
    </message>
    <message>
        <source>Sibling 2&apos;s school:</source>
        <translation>École du frère ou de la sœur 2 :</translation>
    </message>
    <message>
        <source>Quotient familial (canteen and after-school tariffs)</source>
        <translation>Quotient familial (tarifs de la restauration scolaire et du périscolaire)</translation>
    </message>
    <message>
        <source>&amp;Quotient familial:</source>
        <translation>&amp;Quotient familial :</translation>
    </message>
    <message>
        <source>The household&apos;s taxable resources of the year (tax notice), in euros.</source>
        <translation>Les ressources imposables annuelles du foyer (avis d&apos;imposition), en euros.</translation>
    </message>
    <message>
        <source>Annual ta&amp;xable resources (€):</source>
        <translation>R&amp;essources annuelles imposables (€) :</translation>
    </message>
    <message>
        <source>Family benefits of the last month (CAF statement), in euros; 0 if none.</source>
        <translation>Les prestations familiales du dernier mois (attestation CAF), en euros&#xa0;; 0 s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Monthly benefits (€):</source>
        <translation>Prestations mensuelles (€) :</translation>
    </message>
    <message>
        <source>Dependent children of the household, this one included.</source>
        <translation>Les enfants à charge du foyer, y compris celui-ci.</translation>
    </message>
    <message>
        <source>Children in the household:</source>
        <translation>Enfants à charge :</translation>
    </message>
    <message>
        <source>Of whom disabled:</source>
        <translation>Dont en situation de handicap :</translation>
    </message>
    <message>
        <source>The quotient familial printed on the CAF statement, in euros.</source>
        <translation>Le quotient familial indiqué sur l&apos;attestation CAF, en euros.</translation>
    </message>
    <message>
        <source>QF on the CAF statement (€):</source>
        <translation>QF de l&apos;attestation CAF (€) :</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Re&amp;quested school:</source>
        <translation>École d&amp;emandée :</translation>
    </message>
    <message>
        <source>— choose the school —</source>
        <translation>— choisir l&apos;école —</translation>
    </message>
    <message>
        <source>Reason for the e&amp;xception:</source>
        <translation>Motif de dérogation invo&amp;qué :</translation>
    </message>
    <message>
        <source>Details (required for another reason):</source>
        <translation>Précisions (si autre motif) :</translation>
    </message>
    <message>
        <source>Child&apos;s family name is missing: type it as written in the family record book.</source>
        <translation>Le nom de famille de l&apos;enfant n&apos;est pas renseigné&#xa0;: saisissez-le tel qu&apos;il figure dans le livret de famille.</translation>
    </message>
    <message>
        <source>Child&apos;s first names are missing: type them in the order of the birth certificate.</source>
        <translation>Les prénoms de l&apos;enfant ne sont pas renseignés&#xa0;: saisissez-les dans l&apos;ordre de l&apos;acte de naissance.</translation>
    </message>
    <message>
        <source>School year: the reference release has no school year for today. Ask HQ to publish a release with the next school calendar.</source>
        <translation>Année scolaire&#xa0;: le référentiel ne contient aucune année scolaire pour aujourd&apos;hui. Demandez au siège de publier un référentiel avec le prochain calendrier scolaire.</translation>
    </message>
    <message>
        <source>Early admission: the child will be 2 on the day of the rentrée of %1, but is only admitted at 2 if places allow. Tick &quot;Early admission at 2&quot; if the family asks for it, or choose the school year %2.</source>
        <translation>Admission à 2 ans&#xa0;: l&apos;enfant aura 2 ans le jour de la rentrée %1, mais n&apos;est admis à 2 ans que si des places le permettent. Cochez «&#xa0;Admission à 2 ans&#xa0;» si la famille le demande, ou choisissez l&apos;année scolaire %2.</translation>
    </message>
    <message>
        <source>Child&apos;s birth date: the child will not be 2 on the day of the rentrée of %1, so cannot be enrolled for that year. Enrol for the rentrée of %2.</source>
        <translation>Date de naissance de l&apos;enfant&#xa0;: l&apos;enfant n&apos;aura pas 2 ans le jour de la rentrée %1 et ne peut donc pas être inscrit pour cette année-là. Inscrivez-le pour la rentrée %2.</translation>
    </message>
    <message>
        <source>Child&apos;s birth date: a child born in %1 is past CM2 in %2. This is not a primary-school enrolment: send the family to the collège of their sector.</source>
        <translation>Date de naissance de l&apos;enfant&#xa0;: un enfant né en %1 a dépassé l&apos;âge du CM2 en %2. Il ne s&apos;agit pas d&apos;une inscription à l&apos;école primaire&#xa0;: orientez la famille vers le collège de son secteur.</translation>
    </message>
    <message>
        <source>Legal guardian is missing: type the name of the parent or guardian who enrols the child.</source>
        <translation>Le responsable légal n&apos;est pas renseigné&#xa0;: saisissez le nom du parent ou du responsable légal qui inscrit l&apos;enfant.</translation>
    </message>
    <message>
        <source>Street of the child&apos;s home is missing: the catchment school depends on it.</source>
        <translation>La voie du domicile de l&apos;enfant n&apos;est pas renseignée&#xa0;: l&apos;école de secteur en dépend.</translation>
    </message>
    <message>
        <source>Postal code of the child&apos;s home is missing: type its 5 digits.</source>
        <translation>Le code postal du domicile de l&apos;enfant n&apos;est pas renseigné&#xa0;: saisissez ses 5 chiffres.</translation>
    </message>
    <message>
        <source>Town of the child&apos;s home is missing.</source>
        <translation>La commune du domicile de l&apos;enfant n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>Second home is missing: the parents are separated, so type the other home&apos;s full address, or untick &quot;two homes&quot;.</source>
        <translation>Le domicile chez l&apos;autre parent n&apos;est pas renseigné&#xa0;: les parents sont séparés, saisissez donc l&apos;adresse complète de l&apos;autre domicile, ou décochez «&#xa0;deux domiciles&#xa0;».</translation>
    </message>
    <message>
        <source>Previous school is missing: type its name and town (its radiation certificate will be asked for), or untick &quot;changes school after a move&quot;.</source>
        <translation>L&apos;école précédente n&apos;est pas renseignée&#xa0;: saisissez son nom et sa commune (son certificat de radiation sera demandé), ou décochez «&#xa0;Change d&apos;école après un déménagement&#xa0;».</translation>
    </message>
    <message>
        <source>Town: the child lives outside %1, so the catchment map does not apply. Record a derogation request instead (both mayors must agree).</source>
        <translation>Commune&#xa0;: l&apos;enfant habite hors de %1, la carte scolaire ne s&apos;applique donc pas. Enregistrez plutôt une demande de dérogation (les deux maires doivent donner leur accord).</translation>
    </message>
    <message>
        <source>House number is needed: %1 is shared between schools (%2). Type the house number.</source>
        <translation>Le numéro est nécessaire&#xa0;: %1 relève de plusieurs écoles (%2). Saisissez le numéro.</translation>
    </message>
    <message>
        <source>House number &quot;%1&quot; is not a number: type digits, followed by bis, ter or a letter if any (e.g. 12 bis).</source>
        <translation>Le numéro «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: saisissez des chiffres, suivis de bis, ter ou d&apos;une lettre le cas échéant (par exemple 12 bis).</translation>
    </message>
    <message>
        <source>Street: &quot;%1&quot; matches several rows of the catchment map: %2. Type the street type (rue, impasse…) or the number to choose.</source>
        <translation>Voie&#xa0;: «&#xa0;%1&#xa0;» correspond à plusieurs lignes de la carte scolaire&#xa0;: %2. Précisez le type de voie (rue, impasse…) ou le numéro pour choisir.</translation>
    </message>
    <message>
        <source>Sibling %1&apos;s school is missing: choose the school where %2 is enrolled, or clear the name.</source>
        <translation>L&apos;école du frère ou de la sœur %1 n&apos;est pas renseignée&#xa0;: choisissez l&apos;école où %2 est inscrit(e), ou effacez les prénoms.</translation>
    </message>
    <message>
        <source>Sibling %1&apos;s first names are missing: type them, or set the school back to &quot;none&quot;.</source>
        <translation>Les prénoms du frère ou de la sœur %1 ne sont pas renseignés&#xa0;: saisissez-les, ou remettez l&apos;école sur «&#xa0;aucune&#xa0;».</translation>
    </message>
    <message>
        <source>Annual taxable resources: &quot;%1&quot; is not an amount. Type the household&apos;s taxable resources in euros, as on the tax notice (e.g. 28500 or 28 500,00).</source>
        <translation>Ressources annuelles imposables&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un montant. Saisissez les ressources imposables du foyer en euros, comme sur l&apos;avis d&apos;imposition (par exemple 28500 ou 28 500,00).</translation>
    </message>
    <message>
        <source>Monthly benefits: &quot;%1&quot; is not an amount. Type the last month&apos;s family benefits in euros, or leave it empty for none.</source>
        <translation>Prestations mensuelles&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un montant. Saisissez les prestations familiales du dernier mois en euros, ou laissez le champ vide s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Disabled children: %1 is more than the %2 dependent children. Check both numbers.</source>
        <translation>Enfants en situation de handicap&#xa0;: %1, c&apos;est plus que le nombre d&apos;enfants à charge (%2). Vérifiez les deux nombres.</translation>
    </message>
    <message>
        <source>QF on the CAF statement: &quot;%1&quot; is not a quotient. Type the whole number of euros printed on the statement (e.g. 742).</source>
        <translation>QF de l&apos;attestation CAF&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un quotient. Saisissez le nombre entier d&apos;euros indiqué sur l&apos;attestation (par exemple 742).</translation>
    </message>
    <message>
        <source>Requested school is missing: choose the school the family asks for.</source>
        <translation>L&apos;école demandée n&apos;est pas renseignée&#xa0;: choisissez l&apos;école que demande la famille.</translation>
    </message>
    <message>
        <source>Requested school: %1 does not take pupils of %2. Choose a school for that level.</source>
        <translation>École demandée&#xa0;: %1 n&apos;accueille pas le niveau %2. Choisissez une école qui accueille ce niveau.</translation>
    </message>
    <message>
        <source>Requested school: %1 is already the catchment school of this address, so no derogation is needed. Record an enrolment instead.</source>
        <translation>École demandée&#xa0;: %1 est déjà l&apos;école de secteur de cette adresse&#xa0;; aucune dérogation n&apos;est donc nécessaire. Enregistrez plutôt une inscription.</translation>
    </message>
    <message>
        <source>Details are missing: for this reason, type in a few words what the family asks for and why.</source>
        <translation>Les précisions ne sont pas renseignées&#xa0;: pour ce motif, indiquez en quelques mots ce que demande la famille et pourquoi.</translation>
    </message>
    <message>
        <source>Siblings: the reason is a sibling enrolled at %1, but no sibling is entered at that school. Type the sibling&apos;s first names and choose the school.</source>
        <translation>Frères et sœurs&#xa0;: le motif invoqué est un frère ou une sœur inscrit(e) à %1, mais aucun frère ni aucune sœur n&apos;est saisi(e) dans cette école. Saisissez ses prénoms et choisissez l&apos;école.</translation>
    </message>
    <message>
        <source>%1 — %2 %3 — %4</source>
        <translation>%1 — %2 %3 — %4</translation>
    </message>
    <message>
        <source>school to be determined</source>
        <translation>école à déterminer</translation>
    </message>
    <message>
        <source>Derogation — %1 — %2 %3 — to %4 (%5)</source>
        <translation>Dérogation — %1 — %2 %3 — vers %4 (%5)</translation>
    </message>
    <message>
        <source>Town: &quot;%1&quot; is not a commune of France the reference table knows. Check its spelling, and the postal code where several communes have that name.</source>
        <translation>Commune&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une commune française connue de la table de référence. Vérifiez son orthographe, ainsi que le code postal lorsque plusieurs communes portent ce nom.</translation>
    </message>
    <message>
        <source>School the family as&amp;ks for:</source>
        <translation>École so&amp;uhaitée par la famille :</translation>
    </message>
    <message>
        <source>— no preference —</source>
        <translation>— pas de préférence —</translation>
    </message>
    <message>
        <source>The home is outside every sector of the catchment map: the education department names the school. The school the family would like, if any, goes with the request.</source>
        <translation>Le domicile est hors de tout secteur de la carte scolaire : la direction de l&apos;éducation désigne l&apos;école. L&apos;école que la famille souhaite, s&apos;il y en a une, accompagne la demande.</translation>
    </message>
    <message>
        <source>Child&apos;s birth date is missing: type it as DD/MM/YYYY (e.g. 12/05/2023).</source>
        <translation>La date de naissance de l&apos;enfant manque : tapez-la JJ/MM/AAAA (par exemple 12/05/2023).</translation>
    </message>
    <message>
        <source>Child&apos;s birth date</source>
        <translation>Date de naissance de l&apos;enfant</translation>
    </message>
    <message>
        <source>School the family asks for: %1 does not take pupils of %2. Choose a school for that level, or no preference.</source>
        <translation>École souhaitée par la famille : %1 n&apos;accueille pas d&apos;élèves de %2. Choisissez une école de ce niveau, ou pas de préférence.</translation>
    </message>
    <message>
        <source>%1 — %2 %3 — school to be determined, %4 asked for</source>
        <translation>%1 — %2 %3 — école à désigner, %4 souhaitée</translation>
    </message>
    <message>
        <source>Child&apos;s first na&amp;mes:</source>
        <translation>Préno&amp;ms de l&apos;enfant :</translation>
    </message>
    <message>
        <source>Early admission at 2 if places allow (toute petite section)</source>
        <translation>Admission à 2 ans, si places (toute petite section)</translation>
    </message>
    <message>
        <source>Second legal guardian (&amp;if any):</source>
        <translation>Second responsable lé&amp;gal :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code po&amp;stal :</translation>
    </message>
    <message>
        <source>Separated pa&amp;rents: the child has two homes</source>
        <translation>Parents séparés&#xa0;: l&apos;enfant a deu&amp;x domiciles</translation>
    </message>
    <message>
        <source>Second home (full address):</source>
        <translation>Domicile che&amp;z l&apos;autre parent :</translation>
    </message>
    <message>
        <source>Changes school after a mo&amp;ve</source>
        <translation>C&amp;hange d&apos;école après un déménagement</translation>
    </message>
    <message>
        <source>Previous school (name and town):</source>
        <translation>École précédente (nom et commune) :</translation>
    </message>
    <message>
        <source>Sibling 1&apos;s school:</source>
        <translation>École du frère ou de la sœur 1 :</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— choisir le motif —</translation>
    </message>
    <message>
        <source>%1 (catchment school of the home: no derogation needed)</source>
        <translation>%1 (école de secteur du domicile : pas de dérogation nécessaire)</translation>
    </message>
    <message>
        <source>Reason for the exception is missing: choose the reason the family gives; it decides whether the home mayor&apos;s consent is needed and which documents to ask for.</source>
        <translation>Le motif de dérogation manque : choisissez le motif que donne la famille ; il décide si l&apos;accord du maire de la commune de résidence est nécessaire et quelles pièces demander.</translation>
    </message>
</context>
<context>
    <name>guichet::inscription::InscriptionPlugin</name>
    <message>
        <source>The refusal of case %1 was recorded without its reason: print its letter from the school enrolment page, which asks for the reason the mayor gave.</source>
        <translation>Le refus du dossier %1 a été enregistré sans son motif : imprimez son courrier depuis la page Inscriptions scolaires, qui demande le motif donné par le maire.</translation>
    </message>
</context>
<context>
    <name>guichet::inscription::InscriptionRules</name>
    <message>
        <source>Reference release %1 has no &quot;%2&quot; section, so the school-enrolment module cannot answer. Install a release that contains %2.json or ask HQ for one.</source>
        <translation>Le référentiel %1 n&apos;a pas de section «&#xa0;%2&#xa0;»&#xa0;: le module d&apos;inscription scolaire ne peut donc pas répondre. Installez un référentiel qui contient %2.json ou demandez-en un au siège.</translation>
    </message>
    <message>
        <source>school year &quot;%1&quot; lacks its label, its rentrée or its last day (dates as YYYY-MM-DD)</source>
        <translation>il manque à l&apos;année scolaire «&#xa0;%1&#xa0;» son libellé, sa date de rentrée ou son dernier jour (dates au format AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>school year %1 ends before its rentrée</source>
        <translation>l&apos;année scolaire %1 se termine avant sa rentrée</translation>
    </message>
    <message>
        <source>school year %1 starts before school year %2 ends: list the years in order</source>
        <translation>l&apos;année scolaire %1 commence avant la fin de l&apos;année scolaire %2&#xa0;: listez les années dans l&apos;ordre</translation>
    </message>
    <message>
        <source>there is no school year</source>
        <translation>aucune année scolaire n&apos;est définie</translation>
    </message>
    <message>
        <source>level &quot;%1&quot; lacks its label, its age or its school kind (maternelle or elementaire)</source>
        <translation>il manque au niveau «&#xa0;%1&#xa0;» son libellé, son âge ou son type d&apos;école (maternelle ou elementaire)</translation>
    </message>
    <message>
        <source>level %1 is not one year after level %2</source>
        <translation>le niveau %1 ne suit pas le niveau %2 à un an d&apos;écart</translation>
    </message>
    <message>
        <source>the early-admission level %1 must be the first level</source>
        <translation>le niveau d&apos;admission anticipée %1 doit être le premier niveau</translation>
    </message>
    <message>
        <source>there is no school level</source>
        <translation>aucun niveau scolaire n&apos;est défini</translation>
    </message>
    <message>
        <source>the early-admission level or its minimum age on the rentrée day is missing</source>
        <translation>le niveau d&apos;admission anticipée ou son âge minimal le jour de la rentrée manque</translation>
    </message>
    <message>
        <source>the number of days to enrol after a move is missing</source>
        <translation>le nombre de jours pour inscrire l&apos;enfant après un déménagement manque</translation>
    </message>
    <message>
        <source>school &quot;%1&quot; lacks its name, its address or the levels it serves</source>
        <translation>il manque à l&apos;école «&#xa0;%1&#xa0;» son nom, son adresse ou les niveaux qu&apos;elle accueille</translation>
    </message>
    <message>
        <source>there is no school</source>
        <translation>aucune école n&apos;est définie</translation>
    </message>
    <message>
        <source>the catchment table has no street types</source>
        <translation>la table de la carte scolaire n&apos;a pas de types de voie</translation>
    </message>
    <message>
        <source>the catchment wording &quot;%1&quot; is missing</source>
        <translation>le libellé de carte scolaire «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>catchment row &quot;%1&quot; has the side &quot;%2&quot; (expected odd, even or all)</source>
        <translation>la ligne de carte scolaire «&#xa0;%1&#xa0;» a le côté «&#xa0;%2&#xa0;» (valeurs attendues&#xa0;: odd, even ou all)</translation>
    </message>
    <message>
        <source>catchment row &quot;%1&quot; has no street name or a wrong number range</source>
        <translation>la ligne de carte scolaire «&#xa0;%1&#xa0;» n&apos;a pas de nom de voie ou a une plage de numéros incorrecte</translation>
    </message>
    <message>
        <source>catchment row &quot;%1&quot; (%2) names a school that is unknown or does not take that level</source>
        <translation>la ligne de carte scolaire «&#xa0;%1&#xa0;» (%2) désigne une école inconnue ou qui n&apos;accueille pas ce niveau</translation>
    </message>
    <message>
        <source>catchment rows &quot;%1&quot; (%2) and (%3) overlap</source>
        <translation>les lignes de carte scolaire «&#xa0;%1&#xa0;» (%2) et (%3) se chevauchent</translation>
    </message>
    <message>
        <source>the catchment table is empty</source>
        <translation>la table de la carte scolaire est vide</translation>
    </message>
    <message>
        <source>a child&apos;s parts in the quotient familial are not a number</source>
        <translation>les parts d&apos;un enfant dans le quotient familial ne sont pas un nombre</translation>
    </message>
    <message>
        <source>the parts of the quotient familial (household, children, further child, disabled child) are missing</source>
        <translation>les parts du quotient familial (foyer, enfants, enfant supplémentaire, enfant handicapé) manquent</translation>
    </message>
    <message>
        <source>the rounding of the quotient familial is &quot;%1&quot; (expected floor or nearest)</source>
        <translation>l&apos;arrondi du quotient familial est «&#xa0;%1&#xa0;» (valeurs attendues&#xa0;: floor ou nearest)</translation>
    </message>
    <message>
        <source>the ways of giving the quotient must be none, computed and caf-statement, in that order</source>
        <translation>les modes de saisie du quotient doivent être none, computed et caf-statement, dans cet ordre</translation>
    </message>
    <message>
        <source>the top tranche %1 must have no upper bound</source>
        <translation>la tranche la plus haute %1 ne doit pas avoir de borne supérieure</translation>
    </message>
    <message>
        <source>tranche %1 has no upper bound but is not the last one</source>
        <translation>la tranche %1 n&apos;a pas de borne supérieure mais n&apos;est pas la dernière</translation>
    </message>
    <message>
        <source>tranche %1 has an upper bound without &quot;value&quot; and &quot;inclusive&quot;</source>
        <translation>la tranche %1 a une borne supérieure sans «&#xa0;value&#xa0;» ni «&#xa0;inclusive&#xa0;»</translation>
    </message>
    <message>
        <source>tranche &quot;%1&quot; lacks its label, its lower bound (value and inclusive) or its amounts</source>
        <translation>il manque à la tranche «&#xa0;%1&#xa0;» son libellé, sa borne inférieure (value et inclusive) ou ses montants</translation>
    </message>
    <message>
        <source>tranche %1 has a negative amount</source>
        <translation>la tranche %1 a un montant négatif</translation>
    </message>
    <message>
        <source>tranche %1 is empty: its upper bound is not above its lower bound</source>
        <translation>la tranche %1 est vide&#xa0;: sa borne supérieure n&apos;est pas au-dessus de sa borne inférieure</translation>
    </message>
    <message>
        <source>the first tranche %1 must start at 0 included</source>
        <translation>la première tranche %1 doit commencer à 0 inclus</translation>
    </message>
    <message>
        <source>tranches %1 and %2 leave a gap or overlap: the upper bound of one must be the lower bound of the next</source>
        <translation>les tranches %1 et %2 laissent un trou ou se chevauchent&#xa0;: la borne supérieure de l&apos;une doit être la borne inférieure de la suivante</translation>
    </message>
    <message>
        <source>tranches %1 and %2 both include the quotient %3</source>
        <translation>les tranches %1 et %2 incluent toutes deux le quotient %3</translation>
    </message>
    <message>
        <source>tranches %1 and %2 both exclude the quotient %3</source>
        <translation>les tranches %1 et %2 excluent toutes deux le quotient %3</translation>
    </message>
    <message>
        <source>the tariff tranches or their labels are missing</source>
        <translation>les tranches tarifaires ou leurs libellés manquent</translation>
    </message>
    <message>
        <source>the tranche applied without a quotient (&quot;withoutQf&quot;) is not one of the tranches</source>
        <translation>la tranche appliquée sans quotient («&#xa0;withoutQf&#xa0;») ne fait pas partie des tranches</translation>
    </message>
    <message>
        <source>a vaccination regime has no id</source>
        <translation>un régime de vaccination n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>the vaccination regimes must end with one without &quot;bornFrom&quot;</source>
        <translation>les régimes de vaccination doivent se terminer par un régime sans «&#xa0;bornFrom&#xa0;»</translation>
    </message>
    <message>
        <source>a derogation reason has no id or no label</source>
        <translation>un motif de dérogation n&apos;a pas d&apos;identifiant ou pas de libellé</translation>
    </message>
    <message>
        <source>there is no derogation reason</source>
        <translation>aucun motif de dérogation n&apos;est défini</translation>
    </message>
    <message>
        <source>the delay of the mayor&apos;s decision on a derogation is missing</source>
        <translation>le délai de décision du maire sur une dérogation manque</translation>
    </message>
    <message>
        <source>the sentence &quot;%1&quot; is missing</source>
        <translation>la phrase «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>the certificate text &quot;%1&quot; is missing</source>
        <translation>le texte de certificat «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>the certificate label &quot;%1&quot; is missing</source>
        <translation>le libellé de certificat «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>the decision-letter text &quot;%1&quot; is missing</source>
        <translation>le texte de lettre de décision «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>the decision-letter label &quot;%1&quot; is missing</source>
        <translation>le libellé de lettre de décision «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>procedure &quot;%1&quot; has no title, service, valid workflow or checklist</source>
        <translation>la démarche «&#xa0;%1&#xa0;» n&apos;a pas de titre, de service, de circuit de traitement valide ou de liste de documents</translation>
    </message>
    <message>
        <source>the derogation workflow has no state &quot;%1&quot;</source>
        <translation>le circuit de traitement des dérogations n&apos;a pas d&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>refusing a derogation must ask for a reason</source>
        <translation>le refus d&apos;une dérogation doit exiger un motif</translation>
    </message>
    <message>
        <source>the enrolment workflow has no state &quot;%1&quot;</source>
        <translation>le circuit de traitement des inscriptions n&apos;a pas d&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the procedure &quot;%1&quot; is not declared</source>
        <translation>la démarche «&#xa0;%1&#xa0;» n&apos;est pas déclarée</translation>
    </message>
</context>
<context>
    <name>guichet::inscription::InscriptionWorkPage</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>Li&amp;ste&#xa0;:</translation>
    </message>
    <message>
        <source>Cases of the list</source>
        <translation>Dossiers de la liste</translation>
    </message>
    <message>
        <source>Open the case (Enter)</source>
        <translation>Ouvrir le dossier (Entrée)</translation>
    </message>
    <message>
        <source>Print the certificate or letter (Ctrl+P)</source>
        <translation>Imprimer le certificat ou la lettre (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reason of the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>The reason the mayor gave, as recorded in the case, for the letter:</source>
        <translation>Le motif donné par le maire, tel qu&apos;il est enregistré dans le dossier, pour la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>School enrolment</source>
        <translation>Inscription scolaire</translation>
    </message>
    <message>
        <source>Enrolments waiting for documents (%1)</source>
        <translation>Inscriptions en attente de documents (%1)</translation>
    </message>
    <message>
        <source>Derogation requests awaiting the mayor&apos;s decision (%1)</source>
        <translation>Demandes de dérogation en attente de la décision du maire (%1)</translation>
    </message>
    <message>
        <source>Certificates of enrolment to print (%1)</source>
        <translation>Certificats d&apos;inscription à imprimer (%1)</translation>
    </message>
    <message>
        <source>Decision letters to print (%1)</source>
        <translation>Lettres de décision à imprimer (%1)</translation>
    </message>
    <message>
        <source>Enter opens the case: record the documents received, then confirm the enrolment.</source>
        <translation>Entrée ouvre le dossier&#xa0;: enregistrez les documents reçus, puis confirmez l&apos;inscription.</translation>
    </message>
    <message>
        <source>Enter opens the request: record the mayor&apos;s decision, granted or refused with its reason.</source>
        <translation>Entrée ouvre la demande&#xa0;: enregistrez la décision du maire, accord ou refus avec son motif.</translation>
    </message>
    <message>
        <source>No case is selected: choose one in the list with the arrow keys, then press Ctrl+P.</source>
        <translation>Aucun dossier n&apos;est sélectionné&#xa0;: choisissez-en un dans la liste avec les flèches, puis appuyez sur Ctrl+P.</translation>
    </message>
    <message>
        <source>Case %1 has nothing to print yet: an enrolment prints its certificate once confirmed, a derogation its letter once decided.</source>
        <translation>Le dossier %1 n&apos;a encore rien à imprimer&#xa0;: une inscription imprime son certificat une fois confirmée, une dérogation sa lettre une fois la décision prise.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Which list the table below shows; the up and down arrows choose.</source>
        <translation>La liste affichée dans le tableau ci-dessous&#xa0;; les flèches haut et bas permettent de choisir.</translation>
    </message>
    <message>
        <source>Print all not yet printed (Ctrl+Shift+P)</source>
        <translation>Imprimer le reste (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Ctrl+P prints the selected certificate, Ctrl+Shift+P every one not printed yet; then open the case (Enter) and mark the certificate as issued.</source>
        <translation>Ctrl+P imprime le certificat sélectionné, Ctrl+Maj+P tous ceux qui ne sont pas encore imprimés&#xa0;; ouvrez ensuite le dossier (Entrée) et indiquez que le certificat a été délivré.</translation>
    </message>
    <message>
        <source>Ctrl+P prints the selected decision letter, Ctrl+Shift+P every one not printed yet; then open the case (Enter) and mark the letter as sent.</source>
        <translation>Ctrl+P imprime la lettre de décision sélectionnée, Ctrl+Maj+P toutes celles qui ne sont pas encore imprimées&#xa0;; ouvrez ensuite le dossier (Entrée) et indiquez que la lettre a été envoyée.</translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was printed, and nothing is marked as printed.</source>
        <translation>Impression annulée&#xa0;: rien n&apos;a été imprimé, et rien n&apos;est marqué comme imprimé.</translation>
    </message>
    <message>
        <source>%1: printed, and written to %2. Open the case (Enter) to record it as issued or sent.</source>
        <translation>%1&#xa0;: document imprimé et écrit dans %2. Ouvrez le dossier (Entrée) pour enregistrer sa délivrance ou son envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) printed (%1), and written to %2. Open each case (Enter) to record it as issued or sent.</source>
        <translation>
            <numerusform>%n document imprimé (%1) et écrit dans %2. Ouvrez le dossier (Entrée) pour enregistrer sa délivrance ou son envoi.</numerusform>
            <numerusform>%n documents imprimés (%1) et écrits dans %2. Ouvrez chaque dossier (Entrée) pour enregistrer sa délivrance ou son envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Non imprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This list has nothing to print: choose the certificates or the decision letters to print (Alt+L), then press Ctrl+Shift+P.</source>
        <translation>Cette liste n&apos;a rien à imprimer&#xa0;: choisissez les certificats ou les lettres de décision à imprimer (Alt+S), puis appuyez sur Ctrl+Maj+P.</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to print.</source>
        <translation>La liste est vide&#xa0;: il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <source>Every document of the list is printed already; Ctrl+P prints the selected one again.</source>
        <translation>Tous les documents de la liste sont déjà imprimés&#xa0;; Ctrl+P réimprime celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Enter opens the selected case; Ctrl+P prints its document.</source>
        <translation>Entrée ouvre le dossier sélectionné&#xa0;; Ctrl+P imprime son document.</translation>
    </message>
    <message>
        <source>No case in this list.</source>
        <translation>Aucun dossier dans cette liste.</translation>
    </message>
    <message>
        <source>&amp;Print the certificate or letter</source>
        <translation>&amp;Imprimer le certificat ou le courrier</translation>
    </message>
    <message>
        <source>Print &amp;all not yet printed</source>
        <translation>Imprimer &amp;tout ce qui ne l&apos;est pas encore</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>More than %1 cases in this list: the %1 oldest are shown. Refine in the case list (F3).</source>
        <translation>Plus de %1 dossiers dans cette liste : les %1 plus anciens sont affichés. Affinez dans la liste des dossiers (F3).</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::ElectoralAnswers</name>
    <message>
        <source>the nationality</source>
        <translation>la nationalité</translation>
    </message>
    <message>
        <source>The applicant&apos;s nationality: French, a state of the European Union, or another.</source>
        <translation>La nationalité du demandeur&#xa0;: française, celle d&apos;un État de l&apos;Union européenne, ou une autre.</translation>
    </message>
    <message>
        <source>the complementary lists to leave</source>
        <translation>les listes complémentaires à quitter</translation>
    </message>
    <message>
        <source>The complementary list or lists an EU citizen asks to leave, joined with +.</source>
        <translation>La ou les listes complémentaires que le ressortissant de l&apos;UE demande à quitter, reliées par +.</translation>
    </message>
    <message>
        <source>the kind of request</source>
        <translation>le type de demande</translation>
    </message>
    <message>
        <source>A registration in the commune, or a change of address within it.</source>
        <translation>Une inscription dans la commune, ou un changement d&apos;adresse au sein de celle-ci.</translation>
    </message>
    <message>
        <source>the complementary lists</source>
        <translation>les listes complémentaires</translation>
    </message>
    <message>
        <source>For an EU citizen: the complementary list or lists asked, joined with +.</source>
        <translation>Pour un ressortissant de l&apos;UE&#xa0;: la ou les listes complémentaires demandées, reliées par +.</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>la date de naissance</translation>
    </message>
    <message>
        <source>The applicant&apos;s birth date: the voting age depends on it.</source>
        <translation>La date de naissance du demandeur&#xa0;: la condition d&apos;âge pour voter en dépend.</translation>
    </message>
    <message>
        <source>the attachment to the commune</source>
        <translation>l&apos;attache avec la commune</translation>
    </message>
    <message>
        <source>What ties the applicant to the commune: domicile, residence, local taxes…</source>
        <translation>Ce qui rattache le demandeur à la commune&#xa0;: domicile, résidence, impôts locaux…</translation>
    </message>
    <message>
        <source>whether the applicant is hosted by a third party</source>
        <translation>l&apos;hébergement éventuel du demandeur par un tiers</translation>
    </message>
    <message>
        <source>oui when the domicile is at a third party&apos;s (certificate of hosting); read for a domicile only.</source>
        <translation>oui si le domicile est chez un tiers (attestation d&apos;hébergement)&#xa0;; pris en compte pour un domicile seulement.</translation>
    </message>
    <message>
        <source>the start of the residence in the commune</source>
        <translation>le début de la résidence dans la commune</translation>
    </message>
    <message>
        <source>First day of the effective residence; read for a residence only.</source>
        <translation>Premier jour de la résidence effective&#xa0;; pris en compte pour une résidence seulement.</translation>
    </message>
    <message>
        <source>the years on the local tax roll</source>
        <translation>les années au rôle des impôts locaux</translation>
    </message>
    <message>
        <source>Consecutive years on the commune&apos;s local tax roll; read for a taxpayer or a manager only.</source>
        <translation>Années consécutives au rôle des impôts locaux de la commune&#xa0;; prises en compte pour un contribuable ou un gérant seulement.</translation>
    </message>
    <message>
        <source>whether the spouse is registered here as a taxpayer</source>
        <translation>l&apos;inscription éventuelle du conjoint comme contribuable de la commune</translation>
    </message>
    <message>
        <source>oui when the spouse is on the commune&apos;s list as a taxpayer; read for that attachment only.</source>
        <translation>oui si le conjoint est inscrit sur la liste de la commune en qualité de contribuable&#xa0;; pris en compte pour cette attache seulement.</translation>
    </message>
    <message>
        <source>the house number</source>
        <translation>le numéro dans la voie</translation>
    </message>
    <message>
        <source>The house number of the address in the commune, with bis, ter or a letter: 12, 12 bis.</source>
        <translation>Le numéro dans la voie de l&apos;adresse dans la commune, avec bis, ter ou une lettre&#xa0;: 12, 12 bis.</translation>
    </message>
    <message>
        <source>the street</source>
        <translation>la voie</translation>
    </message>
    <message>
        <source>The street of the address in the commune (e.g. rue de Siam): the polling station depends on it.</source>
        <translation>La voie de l&apos;adresse dans la commune (par exemple rue de Siam)&#xa0;: le bureau de vote en dépend.</translation>
    </message>
    <message>
        <source>the end of validity of the identity document</source>
        <translation>la fin de validité de la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>The end of validity printed on the identity document.</source>
        <translation>La fin de validité imprimée sur la pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>the late-registration exception</source>
        <translation>l&apos;exception d&apos;inscription tardive</translation>
    </message>
    <message>
        <source>After the 6th Friday before a poll: the event that still allows registering up to the 10th day. None when not given.</source>
        <translation>Après le 6e vendredi précédant un scrutin&#xa0;: l&apos;événement qui permet encore de s&apos;inscrire jusqu&apos;au 10e jour précédant le scrutin. Aucune à défaut.</translation>
    </message>
    <message>
        <source>the date of the event of the exception</source>
        <translation>la date de l&apos;événement ouvrant l&apos;exception</translation>
    </message>
    <message>
        <source>The day of the move, the naturalisation or the recovered rights; read with an exception only.</source>
        <translation>Le jour du déménagement, de la naturalisation ou du recouvrement des droits&#xa0;; pris en compte avec une exception seulement.</translation>
    </message>
    <message>
        <source>Reaches the voting age</source>
        <translation>Atteint l&apos;âge de voter le</translation>
    </message>
    <message>
        <source>Residence long enough from</source>
        <translation>Durée de résidence suffisante à partir du</translation>
    </message>
    <message>
        <source>Out of the European Union since</source>
        <translation>Hors de l&apos;Union européenne depuis le</translation>
    </message>
    <message>
        <source>First round of the poll the registration counts for</source>
        <translation>Premier tour du scrutin pour lequel l&apos;inscription vaut</translation>
    </message>
    <message>
        <source>Second round, the only one the person votes in</source>
        <translation>Second tour, le seul auquel la personne vote</translation>
    </message>
    <message>
        <source>Deadline missed for the poll before</source>
        <translation>Date limite dépassée pour le scrutin précédent</translation>
    </message>
    <message>
        <source>Last day at the counter</source>
        <translation>Dernier jour au guichet</translation>
    </message>
    <message>
        <source>Last day online</source>
        <translation>Dernier jour en ligne</translation>
    </message>
    <message>
        <source>Last day under the exception</source>
        <translation>Dernier jour au titre de l&apos;exception</translation>
    </message>
    <message>
        <source>Mayor&apos;s decision due by</source>
        <translation>Décision du maire attendue au plus tard le</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::ElectoralForm</name>
    <message>
        <source>&amp;Identity document:</source>
        <translation>Pièce d&apos;iden&amp;tité :</translation>
    </message>
    <message>
        <source>Identity document &amp;valid until:</source>
        <translation>Pièce d&apos;identité &amp;valable jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationalité :</translation>
    </message>
    <message>
        <source>Complementary &amp;lists (EU citizens):</source>
        <translation>Listes complémentaires (ressortissants de l&apos;UE) :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de nai&amp;ssance :</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>Consecutive years on the commune&apos;s local tax roll (taxe foncière, CFE): the number of tax notices in a row.</source>
        <translation>Années consécutives au rôle des impôts locaux de la commune (taxe foncière, CFE)&#xa0;: le nombre d&apos;avis d&apos;imposition successifs.</translation>
    </message>
    <message>
        <source>S&amp;pouse registered here as a taxpayer</source>
        <translation>Con&amp;joint(e) contribuable de la commune</translation>
    </message>
    <message>
        <source>The house number, with bis, ter or a letter if any: 12, 12 bis, 12B.</source>
        <translation>Le numéro dans la voie, avec bis, ter ou une lettre le cas échéant&#xa0;: 12, 12 bis, 12B.</translation>
    </message>
    <message>
        <source>House n&amp;umber:</source>
        <translation>N&amp;uméro :</translation>
    </message>
    <message>
        <source>The street of the address in %1; accents and case do not matter, and the street type may be shortened (r., bd, pl.).</source>
        <translation>La voie de l&apos;adresse à %1&#xa0;; les accents et les majuscules sont indifférents, et le type de voie peut être abrégé (r., bd, pl.).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Late registration e&amp;xception:</source>
        <translation>E&amp;xception à la date limite :</translation>
    </message>
    <message>
        <source>After the 6th Friday before a poll, a move, a naturalisation or recovered voting rights still allow registering up to the 10th day. Turning 18 is taken from the birth date.</source>
        <translation>Après le 6e vendredi précédant un scrutin, un déménagement, une naturalisation ou le recouvrement du droit de vote permettent encore de s&apos;inscrire jusqu&apos;au 10e jour précédant le scrutin. Les 18 ans sont déduits de la date de naissance.</translation>
    </message>
    <message>
        <source>&amp;Lists to leave:</source>
        <translation>Listes à &amp;quitter :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Complementary lists: none is ticked. An EU citizen registers on the municipal list, the European list or both: tick the ones asked for.</source>
        <translation>Listes complémentaires&#xa0;: aucune n&apos;est cochée. Un ressortissant de l&apos;UE s&apos;inscrit sur la liste complémentaire municipale, sur la liste complémentaire européenne ou sur les deux&#xa0;: cochez celles qui sont demandées.</translation>
    </message>
    <message>
        <source>Lists to leave: none is ticked. Tick the complementary list or lists the person asks to leave.</source>
        <translation>Listes à quitter&#xa0;: aucune n&apos;est cochée. Cochez la ou les listes complémentaires dont la personne demande la radiation.</translation>
    </message>
    <message>
        <source>Street is missing: type the street of the address in %1 (e.g. rue de Siam); the polling station depends on it.</source>
        <translation>La voie n&apos;est pas renseignée&#xa0;: saisissez la voie de l&apos;adresse à %1 (par exemple rue de Siam)&#xa0;; le bureau de vote en dépend.</translation>
    </message>
    <message>
        <source>Street: several streets match &quot;%1&quot; (%2). Type the street type as well (rue, place, route…).</source>
        <translation>Voie&#xa0;: plusieurs voies correspondent à «&#xa0;%1&#xa0;» (%2). Saisissez aussi le type de voie (rue, place, route…).</translation>
    </message>
    <message>
        <source>House number is missing: %1 is split between several polling stations, so type the number.</source>
        <translation>Le numéro n&apos;est pas renseigné&#xa0;: %1 relève de plusieurs bureaux de vote, saisissez donc le numéro.</translation>
    </message>
    <message>
        <source>House number: &quot;%1&quot; does not start with a number. Type the number first, e.g. 12 or 12 bis, or leave it empty.</source>
        <translation>Numéro&#xa0;: «&#xa0;%1&#xa0;» ne commence pas par un nombre. Saisissez d&apos;abord le numéro, par exemple 12 ou 12 bis, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Removal from the complementary lists: %1</source>
        <translation>Radiation des listes complémentaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>polling station to be determined</source>
        <translation>bureau de vote à déterminer</translation>
    </message>
    <message numerus="yes">
        <source>The end of validity printed on the document. A document expired for less than %n years is accepted.</source>
        <translation>
            <numerusform>La fin de validité imprimée sur la pièce. Une pièce périmée depuis moins de %n an est acceptée.</numerusform>
            <numerusform>La fin de validité imprimée sur la pièce. Une pièce périmée depuis moins de %n ans est acceptée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Birth date is missing: type it as DD/MM/YYYY (e.g. 12/05/1990). The voting age depends on it.</source>
        <translation>La date de naissance manque : tapez-la JJ/MM/AAAA (par exemple 12/05/1990). L&apos;âge pour voter en dépend.</translation>
    </message>
    <message>
        <source>Resident since is missing: type the first day of the residence in the commune as DD/MM/YYYY; six months of residence are needed.</source>
        <translation>La date de début de résidence manque : tapez le premier jour de résidence dans la commune, JJ/MM/AAAA ; six mois de résidence sont nécessaires.</translation>
    </message>
    <message>
        <source>Date of the event is missing: the exception &quot;%1&quot; needs the %2, as DD/MM/YYYY.</source>
        <translation>La date de l&apos;événement manque : l&apos;exception « %1 » demande la %2, JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Identity document valid until is missing: type the end of validity printed on the document as DD/MM/YYYY.</source>
        <translation>La fin de validité de la pièce d&apos;identité manque : tapez la date de fin de validité imprimée sur la pièce, JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>De&amp;mande :</translation>
    </message>
    <message>
        <source>Attach&amp;ment to the commune:</source>
        <translation>Attac&amp;he avec la commune :</translation>
    </message>
    <message>
        <source>Hosted by a third party (certificate of hosting)</source>
        <translation>Hébergé(e) par un tiers (attestation d&apos;héber&amp;gement)</translation>
    </message>
    <message>
        <source>&amp;Resident since (date):</source>
        <translation>Dé&amp;but de la résidence dans la commune :</translation>
    </message>
    <message>
        <source>&amp;Years on the local tax roll:</source>
        <translation>Années au rôle des impôts locaux :</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>Voi&amp;e :</translation>
    </message>
    <message>
        <source>Date of the event:</source>
        <translation>Date de l&apos;événement :</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::ElectoralPlugin</name>
    <message>
        <source>The refusal of case %1 was recorded without one of the reasons the letter can give: print its letter from the electoral lists page, where the reason is chosen.</source>
        <translation>Le refus du dossier %1 a été enregistré sans l&apos;un des motifs que le courrier peut donner : imprimez son courrier depuis la page Listes électorales, où le motif se choisit.</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::ElectoralRules</name>
    <message>
        <source>Reference release %1 has no &quot;%2&quot; section, so the electoral-lists module cannot answer. Install a release that contains %2.json or ask HQ for one.</source>
        <translation>Le référentiel %1 n&apos;a pas de section «&#xa0;%2&#xa0;»&#xa0;: le module des listes électorales ne peut donc pas répondre. Installez un référentiel qui contient %2.json ou demandez-en un au siège.</translation>
    </message>
    <message>
        <source>the voting age (ages.voting.years) is missing</source>
        <translation>l&apos;âge du droit de vote (ages.voting.years) manque</translation>
    </message>
    <message>
        <source>the identity documents or the years an expired one is still accepted are missing</source>
        <translation>les pièces d&apos;identité, ou le nombre d&apos;années pendant lesquelles une pièce périmée reste acceptée, manquent</translation>
    </message>
    <message>
        <source>the lists are missing, or the general list &quot;%1&quot; is not among them</source>
        <translation>les listes manquent, ou la liste générale «&#xa0;%1&#xa0;» n&apos;en fait pas partie</translation>
    </message>
    <message>
        <source>the list &quot;%1&quot; has no phrase</source>
        <translation>la liste «&#xa0;%1&#xa0;» n&apos;a pas de phrase</translation>
    </message>
    <message>
        <source>an election kind has no id, label or list</source>
        <translation>un type de scrutin n&apos;a pas d&apos;identifiant, de libellé ou de liste</translation>
    </message>
    <message>
        <source>the election kind &quot;%1&quot; names the unknown list &quot;%2&quot;</source>
        <translation>le type de scrutin «&#xa0;%1&#xa0;» désigne la liste inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>there is no election kind</source>
        <translation>aucun type de scrutin n&apos;est défini</translation>
    </message>
    <message>
        <source>the French or the &quot;other&quot; nationality is missing</source>
        <translation>la nationalité française ou la nationalité «&#xa0;autre&#xa0;» manque</translation>
    </message>
    <message>
        <source>the EU member &quot;%1&quot; has no code, label, country or valid dates</source>
        <translation>l&apos;État membre de l&apos;UE «&#xa0;%1&#xa0;» n&apos;a pas de code, de libellé, de pays ou de dates valides</translation>
    </message>
    <message>
        <source>the EU member code &quot;%1&quot; is also the French or the &quot;other&quot; nationality</source>
        <translation>le code d&apos;État membre de l&apos;UE «&#xa0;%1&#xa0;» est aussi celui de la nationalité française ou «&#xa0;autre&#xa0;»</translation>
    </message>
    <message>
        <source>the list of EU members is empty</source>
        <translation>la liste des États membres de l&apos;UE est vide</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the unknown condition &quot;%2&quot;</source>
        <translation>l&apos;attache «&#xa0;%1&#xa0;» a la condition inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has no label or no duration</source>
        <translation>l&apos;attache «&#xa0;%1&#xa0;» n&apos;a pas de libellé ou pas de durée</translation>
    </message>
    <message>
        <source>there is no attachment to the commune</source>
        <translation>aucune attache avec la commune n&apos;est définie</translation>
    </message>
    <message>
        <source>the request kinds or the removal reasons are missing</source>
        <translation>les types de demande ou les motifs de radiation manquent</translation>
    </message>
    <message>
        <source>the registration deadlines (weekday, ordinal, days before, online closing, rule for a closed day) are missing or unknown</source>
        <translation>les dates limites d&apos;inscription (jour de la semaine, rang, jours avant, clôture en ligne, règle pour un jour de fermeture) manquent ou sont inconnues</translation>
    </message>
    <message>
        <source>a late-registration exception has no id, label or event label</source>
        <translation>une exception d&apos;inscription tardive n&apos;a pas d&apos;identifiant, de libellé ou de libellé d&apos;événement</translation>
    </message>
    <message>
        <source>there is no late-registration exception</source>
        <translation>aucune exception d&apos;inscription tardive n&apos;est définie</translation>
    </message>
    <message>
        <source>the poll &quot;%1&quot; has no label or no valid first-round date</source>
        <translation>le scrutin «&#xa0;%1&#xa0;» n&apos;a pas de libellé ou pas de date de premier tour valide</translation>
    </message>
    <message>
        <source>the poll &quot;%1&quot; has the unknown election kind &quot;%2&quot;</source>
        <translation>le scrutin «&#xa0;%1&#xa0;» a le type de scrutin inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a delay (decision, notification or appeal) has no days or an unknown counting</source>
        <translation>un délai (décision, notification ou recours) n&apos;a pas de nombre de jours ou a un mode de calcul inconnu</translation>
    </message>
    <message>
        <source>the sentence &quot;%1&quot; is missing</source>
        <translation>la phrase «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>the sentence &quot;%1&quot; must take %2 arguments (%3 to %4)</source>
        <translation>la phrase «&#xa0;%1&#xa0;» doit prendre %2 arguments (%3 à %4)</translation>
    </message>
    <message>
        <source>the letter paragraph &quot;%1&quot; is missing or does not take %2 arguments</source>
        <translation>le paragraphe de lettre «&#xa0;%1&#xa0;» manque ou ne prend pas %2 arguments</translation>
    </message>
    <message>
        <source>the notification letter has no title, signature or decision labels</source>
        <translation>la lettre de notification n&apos;a pas de titre, de signature ou de libellés de décision</translation>
    </message>
    <message>
        <source>the notification letter has no label for the row &quot;%1&quot;</source>
        <translation>la lettre de notification n&apos;a pas de libellé pour la ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an item of the checklist &quot;%1&quot; has no id or no label</source>
        <translation>un élément de la liste de documents «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant ou pas de libellé</translation>
    </message>
    <message>
        <source>procedure &quot;%1&quot; has no title, service, valid workflow or checklist</source>
        <translation>la démarche «&#xa0;%1&#xa0;» n&apos;a pas de titre, de service, de circuit de traitement valide ou de liste de documents</translation>
    </message>
    <message>
        <source>the workflow of procedure &quot;%1&quot; has no state &quot;%2&quot;</source>
        <translation>le circuit de traitement de la démarche «&#xa0;%1&#xa0;» n&apos;a pas d&apos;état «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the procedure &quot;%1&quot; is missing</source>
        <translation>la démarche «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>the letter&apos;s reason for the rule &quot;%1&quot; is not a refusal reason of any workflow</source>
        <translation>le motif de lettre associé à la règle «&#xa0;%1&#xa0;» n&apos;est un motif de refus d&apos;aucun circuit de traitement</translation>
    </message>
    <message>
        <source>the poll &quot;%1&quot; has a second round that is not a date after its first round</source>
        <translation>le scrutin « %1 » a un second tour qui n&apos;est pas une date postérieure à son premier tour</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::ElectoralWorkPage</name>
    <message>
        <source>Requests awaiting the mayor&apos;s decision</source>
        <translation>Demandes en attente de la décision du maire</translation>
    </message>
    <message>
        <source>Decisions to notify</source>
        <translation>Décisions à notifier</translation>
    </message>
    <message>
        <source>&amp;Open the case (Enter)</source>
        <translation>&amp;Ouvrir le dossier (Entrée)</translation>
    </message>
    <message>
        <source>Reason of the refusal, for the letter</source>
        <translation>Motif du refus, pour la lettre</translation>
    </message>
    <message>
        <source>The reason the mayor gave, as recorded in the case window when the request was refused.</source>
        <translation>Le motif donné par le maire, tel qu&apos;il a été enregistré dans la fenêtre du dossier lors du refus de la demande.</translation>
    </message>
    <message>
        <source>— the reason recorded in the case window —</source>
        <translation>— le motif enregistré dans la fenêtre du dossier —</translation>
    </message>
    <message>
        <source>Refusal &amp;reason for the letter:</source>
        <translation>&amp;Motif du refus pour la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Notification &amp;letter (PDF)</source>
        <translation>Lettre de no&amp;tification (PDF)</translation>
    </message>
    <message>
        <source>&amp;Print the letter…</source>
        <translation>Im&amp;primer la lettre…</translation>
    </message>
    <message>
        <source>E&amp;xport decided requests for the REU (CSV)</source>
        <translation>E&amp;xporter les demandes décidées pour le REU (CSV)</translation>
    </message>
    <message>
        <source>Writes every decided request not yet transmitted to the national register into the documents folder, as a CSV file (UTF-8, semicolons).</source>
        <translation>Écrit dans le répertoire des documents, sous forme de fichier CSV (UTF-8, points-virgules), toutes les demandes décidées qui n&apos;ont pas encore été transmises au répertoire électoral unique.</translation>
    </message>
    <message>
        <source>The letter of %1 was sent to the printer.</source>
        <translation>La lettre du dossier %1 a été envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Electoral lists</source>
        <translation>Listes électorales</translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, dont %n en retard</numerusform>
            <numerusform>, dont %n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decisions to &amp;notify: %n</source>
        <translation>
            <numerusform>Décisions à &amp;notifier&#xa0;: %n</numerusform>
            <numerusform>Décisions à &amp;notifier&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision is selected: choose a line in the list of decisions to notify.</source>
        <translation>Aucune décision n&apos;est sélectionnée&#xa0;: choisissez une ligne dans la liste des décisions à notifier.</translation>
    </message>
    <message>
        <source>The notification letter of %1 is in %2. Once it is sent, record the notification in the case window (Enter).</source>
        <translation>La lettre de notification du dossier %1 se trouve dans %2. Une fois la lettre envoyée, enregistrez la notification dans la fenêtre du dossier (Entrée).</translation>
    </message>
    <message>
        <source>Left out, because they were not recorded with this module&apos;s form and lack the person&apos;s identity: %1. Enter them in the REU by hand.</source>
        <translation>Non exportés, car ils n&apos;ont pas été enregistrés avec le formulaire de ce module et l&apos;identité de la personne y manque&#xa0;: %1. Saisissez-les à la main dans le REU.</translation>
    </message>
    <message>
        <source>No decided request is waiting to be transmitted to the REU: nothing was exported.</source>
        <translation>Aucune demande décidée n&apos;attend d&apos;être transmise au REU&#xa0;: rien n&apos;a été exporté.</translation>
    </message>
    <message numerus="yes">
        <source>%n decided request(s) exported to %1. Once the file is in the REU, move each case to &quot;transmitted&quot; in the case window.</source>
        <translation>
            <numerusform>%n demande décidée exportée dans %1. Une fois le fichier versé dans le REU, passez chaque dossier au statut «&#xa0;Transmise au REU&#xa0;» dans la fenêtre du dossier.</numerusform>
            <numerusform>%n demandes décidées exportées dans %1. Une fois le fichier versé dans le REU, passez chaque dossier au statut «&#xa0;Transmise au REU&#xa0;» dans la fenêtre du dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request awaits the mayor&apos;s decision: the requests received at the counter show here until the mayor decides.</source>
        <translation>Aucune demande n&apos;attend la décision du maire&#xa0;: les demandes reçues au guichet s&apos;affichent ici jusqu&apos;à ce que le maire décide.</translation>
    </message>
    <message>
        <source>No decision to notify: a decision shows here until the notification is recorded in the case window.</source>
        <translation>Aucune décision à notifier&#xa0;: une décision s&apos;affiche ici jusqu&apos;à ce que sa notification soit enregistrée dans la fenêtre du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting the &amp;mayor&apos;s decision: %n request(s)</source>
        <translation>
            <numerusform>&amp;En attente de la décision du maire&#xa0;: %n demande</numerusform>
            <numerusform>&amp;En attente de la décision du maire&#xa0;: %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting the &amp;mayor&apos;s decision: more than %1 requests</source>
        <translation>&amp;En attente de la décision du maire : plus de %1 demandes</translation>
    </message>
    <message>
        <source>Decisions to &amp;notify: more than %1</source>
        <translation>Décisions à &amp;notifier : plus de %1</translation>
    </message>
    <message>
        <source>More than %1 cases in a list: the %1 oldest are shown. Refine in the case list (F3).</source>
        <translation>Plus de %1 dossiers dans une liste : les %1 plus anciens sont affichés. Affinez dans la liste des dossiers (F3).</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::NotificationLetter</name>
    <message>
        <source>Case %1 has no decision of the mayor yet: record the decision in the case window first, then print the letter.</source>
        <translation>Le dossier %1 n&apos;a pas encore de décision du maire&#xa0;: enregistrez d&apos;abord la décision dans la fenêtre du dossier, puis imprimez la lettre.</translation>
    </message>
    <message>
        <source>Reason of the refusal is missing: choose the reason the mayor gave, as recorded in the case window.</source>
        <translation>Le motif du refus manque&#xa0;: choisissez le motif donné par le maire, tel qu&apos;il est enregistré dans la fenêtre du dossier.</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::RegisterExport</name>
    <message>
        <source>The export could not be written to %1 (%2). Check that the folder exists and that you may write there, or choose another folder.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit dans %1 (%2). Vérifiez que le répertoire existe et que vous avez le droit d&apos;y écrire, ou choisissez un autre répertoire.</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::StreetTable</name>
    <message>
        <source>a polling station has no id, label or address</source>
        <translation>un bureau de vote n&apos;a pas d&apos;identifiant, de libellé ou d&apos;adresse</translation>
    </message>
    <message>
        <source>the polling station &quot;%1&quot; is listed twice</source>
        <translation>le bureau de vote «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>there is no polling station</source>
        <translation>aucun bureau de vote n&apos;est défini</translation>
    </message>
    <message>
        <source>the row of &quot;%1&quot; has the side &quot;%2&quot; (expected odd, even or both)</source>
        <translation>la ligne de «&#xa0;%1&#xa0;» a le côté «&#xa0;%2&#xa0;» (valeurs attendues&#xa0;: odd, even ou both)</translation>
    </message>
    <message>
        <source>a row has no street name</source>
        <translation>une ligne n&apos;a pas de nom de voie</translation>
    </message>
    <message>
        <source>the row of &quot;%1&quot; from %2 has no valid number range</source>
        <translation>la ligne de «&#xa0;%1&#xa0;» à partir du n° %2 n&apos;a pas de plage de numéros valide</translation>
    </message>
    <message>
        <source>the row of &quot;%1&quot; from %2 names the unknown polling station &quot;%3&quot;</source>
        <translation>la ligne de «&#xa0;%1&#xa0;» à partir du n° %2 désigne le bureau de vote inconnu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>two rows of &quot;%1&quot; overlap (from %2 and from %3): an address would have two polling stations</source>
        <translation>deux lignes de «&#xa0;%1&#xa0;» se chevauchent (à partir du n° %2 et à partir du n° %3)&#xa0;: une adresse aurait deux bureaux de vote</translation>
    </message>
    <message>
        <source>there is no street</source>
        <translation>aucune voie n&apos;est définie</translation>
    </message>
</context>
<context>
    <name>guichet::listeselectorales::WorkListModel</name>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Removal from a complementary list</source>
        <translation>Radiation d&apos;une liste complémentaire</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>À notifier au plus tard le</translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation>Décision au plus tard le</translation>
    </message>
</context>
<context>
    <name>guichet::passeport::PasseportModule</name>
    <message>
        <source>Passports</source>
        <translation>Passeports</translation>
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
        <source>valid: %1</source>
        <translation>valide : %1</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalide : %1</translation>
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
    <message>
        <source>Check a NIR, INSEE code, postcode, phone number, e-mail address or machine-readable zone.</source>
        <translation>Vérifie un NIR, un code INSEE, un code postal, un numéro de téléphone, une adresse de courriel ou une bande MRZ.</translation>
    </message>
    <message>
        <source>nir, insee, postcode, phone, email or mrz.</source>
        <translation>nir, insee, postcode, phone, email ou mrz.</translation>
    </message>
    <message>
        <source>The value to check; quote it if it has spaces. None for mrz, which reads standard input.</source>
        <translation>La valeur à vérifier&#xa0;; mettez-la entre guillemets si elle contient des espaces. Aucune pour mrz, qui lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Type or scan the 2 or 3 lines of the machine-readable zone, then press Ctrl+D.</source>
        <translation>Tapez ou scannez les 2 ou 3 lignes de la bande MRZ, puis appuyez sur Ctrl+D.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passeport</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>carte d&apos;identité</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>format&#xa0;: %1</translation>
    </message>
    <message>
        <source>document type: %1</source>
        <translation>type de document&#xa0;: %1</translation>
    </message>
    <message>
        <source>issuing state: %1</source>
        <translation>État émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>number: %1</source>
        <translation>numéro&#xa0;: %1</translation>
    </message>
    <message>
        <source>surname: %1</source>
        <translation>nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>given names: %1</source>
        <translation>prénoms&#xa0;: %1</translation>
    </message>
    <message>
        <source>names may be truncated: check them against the printed page</source>
        <translation>les noms peuvent être tronqués&#xa0;: vérifiez-les sur la page imprimée</translation>
    </message>
    <message>
        <source>nationality: %1</source>
        <translation>nationalité&#xa0;: %1</translation>
    </message>
    <message>
        <source>birth date: %1</source>
        <translation>date de naissance&#xa0;: %1</translation>
    </message>
    <message>
        <source>sex: %1</source>
        <translation>sexe&#xa0;: %1</translation>
    </message>
    <message>
        <source>expiry date: %1</source>
        <translation>date d&apos;expiration&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in the zone of this card</source>
        <translation>absente de la bande MRZ de cette carte</translation>
    </message>
    <message>
        <source>month of issue: %1</source>
        <translation>mois de délivrance&#xa0;: %1</translation>
    </message>
    <message>
        <source>optional data: %1</source>
        <translation>données facultatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>check mrz reads the lines of the zone on standard input, not as arguments: echo or pipe them, or type them and end with Ctrl+D.</source>
        <translation>check mrz lit les lignes de la bande sur l&apos;entrée standard, et non en arguments&#xa0;: transmettez-les avec echo ou par un tube, ou tapez-les et terminez par Ctrl+D.</translation>
    </message>
    <message>
        <source>expected a kind (nir, insee, postcode, phone or email) and one value, or mrz with its lines on standard input.</source>
        <translation>un type (nir, insee, postcode, phone ou email) et une valeur sont attendus, ou mrz avec ses lignes sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something guichetctl checks; choose nir, insee, postcode, phone, email or mrz.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type que guichetctl sait vérifier&#xa0;; choisissez nir, insee, postcode, phone, email ou mrz.</translation>
    </message>
    <message>
        <source>nir|insee|postcode|phone|email VALUE [--json] | mrz [--json] &lt; LINES</source>
        <translation>nir|insee|postcode|phone|email VALEUR [--json] | mrz [--json] &lt; LIGNES</translation>
    </message>
    <message>
        <source>Enrol this workstation with HQ, with a one-time code.</source>
        <translation>Inscrit ce poste auprès du siège, avec un code à usage unique.</translation>
    </message>
    <message>
        <source>Enrol this workstation with HQ. HQ&apos;s administrator gives a one-time code for the office (guichet-hq enrol-code --office CODE); the workstation gets its own token, stored beside the database, readable by this account only.</source>
        <translation>Inscrit ce poste auprès du siège. L&apos;administrateur du siège fournit un code à usage unique pour le bureau (guichet-hq enrol-code --office CODE)&#xa0;; le poste reçoit son propre jeton, enregistré à côté de la base de données et lisible par ce seul compte.</translation>
    </message>
    <message>
        <source>HQ&apos;s address, such as https://hq.mairie.example.</source>
        <translation>L&apos;adresse du siège, par exemple https://hq.mairie.example.</translation>
    </message>
    <message>
        <source>The one-time code HQ gave for this office.</source>
        <translation>Le code à usage unique fourni par le siège pour ce bureau.</translation>
    </message>
    <message>
        <source>--hq and --code are both required.</source>
        <translation>--hq et --code sont tous deux obligatoires.</translation>
    </message>
    <message>
        <source>Enrolled with HQ %1 as workstation %2.</source>
        <translation>Poste inscrit auprès du siège %1 sous l&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>Print HQ&apos;s address, or change it (the token stays).</source>
        <translation>Affiche l&apos;adresse du siège, ou la modifie (le jeton est conservé).</translation>
    </message>
    <message>
        <source>Sync with HQ now: send this office&apos;s changes, receive the others&apos;.</source>
        <translation>Synchronise maintenant avec le siège&#xa0;: envoie les modifications de ce bureau et reçoit celles des autres.</translation>
    </message>
    <message>
        <source>Print the hash of the synced state (equal on converged workstations).</source>
        <translation>Affiche l&apos;empreinte de l&apos;état synchronisé (identique sur les postes qui ont convergé).</translation>
    </message>
    <message>
        <source>Print a SHA-256 of the synced state — people, cases, case events, agents — written canonically. Workstations that have synced with HQ and with each other print the same hash.</source>
        <translation>Affiche une empreinte SHA-256 de l&apos;état synchronisé — personnes, dossiers, événements de dossiers, agents — écrit sous forme canonique. Les postes qui se sont synchronisés avec le siège et entre eux affichent la même empreinte.</translation>
    </message>
    <message>
        <source>--hq URL --code CODE [--db PATH]</source>
        <translation>--hq URL --code CODE [--db CHEMIN]</translation>
    </message>
    <message>
        <source>[URL] [--db PATH]</source>
        <translation>[URL] [--db CHEMIN]</translation>
    </message>
    <message>
        <source>[--db PATH]</source>
        <translation>[--db CHEMIN]</translation>
    </message>
    <message>
        <source>Sync: %1 of about %2 operations</source>
        <translation>Synchronisation&#xa0;: %1 opérations sur environ %2</translation>
    </message>
    <message>
        <source>Changes sent: %1. Changes received: %2. Changes still to send: %3.</source>
        <translation>Modifications envoyées&#xa0;: %1. Modifications reçues&#xa0;: %2. Modifications encore à envoyer&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Reference release %1 (no. %2) installed, in force from %3.</source>
        <translation>Référentiel %1 (n°&#xa0;%2) installé, en vigueur à partir du %3.</translation>
    </message>
    <message>
        <source>Status changes refused by HQ: %1 (each case&apos;s timeline says why).</source>
        <translation>Changements de statut refusés par le siège&#xa0;: %1 (l&apos;historique de chaque dossier en donne la raison).</translation>
    </message>
    <message>
        <source>Without NAME, lists the settings with their values. With NAME, prints its value; with NAME and VALUE, changes it, if the value is in the setting&apos;s range.</source>
        <translation>Sans NOM, liste les paramètres avec leurs valeurs. Avec NOM, affiche sa valeur&#xa0;; avec NOM et VALEUR, la modifie, si la valeur est dans la plage du paramètre.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; the settings are %2.</source>
        <translation>paramètre «&#xa0;%1&#xa0;» inconnu&#xa0;; les paramètres sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: a whole number from %2 to %3 was expected, not &quot;%4&quot;.</source>
        <translation>%1&#xa0;: un nombre entier de %2 à %3 était attendu, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>[NAME [VALUE]] [--db PATH]</source>
        <translation>[NOM [VALEUR]] [--db CHEMIN]</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check and foreign-key check, and checks that every synced row has the outbox operation that created it and that every outbox operation names an existing row. Exits with 1 and lists the problems when there are any. Once a workstation has received rows from HQ, which have no outbox operation here, compare &quot;guichetctl state-hash&quot; with HQ&apos;s &quot;guichet-hq state-hash&quot; instead of the first check.</source>
        <translation>Lance les contrôles d&apos;intégrité et de clés étrangères de SQLite, et vérifie que chaque ligne synchronisée a l&apos;opération de la file d&apos;envoi qui l&apos;a créée et que chaque opération de la file d&apos;envoi désigne une ligne existante. Se termine avec le code 1 et liste les problèmes s&apos;il y en a. Une fois que le poste a reçu des lignes du siège, qui n&apos;ont pas d&apos;opération dans sa file d&apos;envoi, comparez «&#xa0;guichetctl state-hash&#xa0;» avec «&#xa0;guichet-hq state-hash&#xa0;» du siège au lieu du premier contrôle.</translation>
    </message>
    <message>
        <source>This new workstation started from HQ&apos;s snapshot (everything up to HQ&apos;s operation %1).</source>
        <translation>Ce nouveau poste a démarré à partir de l&apos;instantané du siège (tout jusqu&apos;à l&apos;opération %1 du siège).</translation>
    </message>
    <message>
        <source>HQ refused %1 change(s) of this workstation for good; they exist here only and other offices do not see them. Last reason: %2. Send this message to IT.</source>
        <translation>Le siège a refusé définitivement %1 modification(s) de ce poste ; elles n&apos;existent qu&apos;ici et les autres mairies ne les voient pas. Dernier motif : %2. Transmettez ce message au service informatique.</translation>
    </message>
    <message>
        <source>HQ did not answer (sync): nothing is lost, try again later</source>
        <translation>le siège n&apos;a pas répondu (sync) : rien n&apos;est perdu, réessayez plus tard</translation>
    </message>
    <message>
        <source>Also compare the synced data with HQ&apos;s at this workstation&apos;s point and list every row that differs (sync first).</source>
        <translation>Comparer aussi les données synchronisées avec celles du siège au point où en est ce poste, et lister chaque ligne qui diffère (synchroniser d&apos;abord).</translation>
    </message>
    <message>
        <source>Not as at HQ: %1</source>
        <translation>Différent du siège : %1</translation>
    </message>
    <message>
        <source>[--against-hq] [--json] [--db PATH]</source>
        <translation>[--against-hq] [--json] [--db CHEMIN]</translation>
    </message>
    <message>
        <source>This workstation does not hold the same data as HQ after this sync (parts: %1). Nothing is lost; &quot;guichetctl verify --against-hq&quot; names the rows. Send this message to IT.</source>
        <translation>Après cette synchronisation, ce poste ne détient pas les mêmes données que le siège (parties : %1). Rien n&apos;est perdu ; « guichetctl verify --against-hq » indique les lignes. Transmettez ce message au service informatique.</translation>
    </message>
    <message>
        <source>%1 operation(s) received from HQ could not be applied and were set aside (%2 in all); the rest was applied. Send this message to IT (guichet-hq set-aside stops HQ serving one).</source>
        <translation>%1 opération(s) reçue(s) du siège n&apos;ont pas pu être appliquées et ont été mises de côté (%2 en tout) ; le reste a été appliqué. Transmettez ce message au service informatique (guichet-hq set-aside empêche le siège de la servir).</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Lancez « %1 COMMANDE --help » pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see the commands.</source>
        <translation>Lancez « %1 --help » pour voir les commandes.</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1 : commande inconnue « %2 ».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs a subcommand: %3.</source>
        <translation>%1 : « %2 » nécessite une sous-commande : %3.</translation>
    </message>
    <message>
        <source>guichetctl [--db PATH] COMMAND [options]</source>
        <translation>guichetctl [--db CHEMIN] COMMANDE [options]</translation>
    </message>
    <message>
        <source>Checks VALUE as the counter screens do. Prints &quot;valid: &quot; and the normalised value and exits with 0, or prints why it is refused and exits with 1. --json prints {&quot;kind&quot;, &quot;input&quot;, &quot;valid&quot;, &quot;normalized&quot;, &quot;field&quot;, &quot;message&quot;}.
check insee also names the commune (from the commune table of the shipped reference release): a code must exist, not only be well formed, and a former commune&apos;s code is said with today&apos;s commune; --json adds &quot;commune&quot;, &quot;department&quot;, &quot;currentCode&quot; and &quot;former&quot;.
check mrz reads the 2 or 3 lines of a passport&apos;s or an identity card&apos;s machine-readable zone on standard input (type them, or scan the document with a reader that types them, then end the input with Ctrl+D), verifies every check digit and prints the fields, or the field whose check fails; --json adds &quot;format&quot;, &quot;documentCode&quot;, &quot;issuingState&quot;, &quot;documentNumber&quot;, &quot;surname&quot;, &quot;givenNames&quot;, &quot;namesTruncated&quot;, &quot;nationality&quot;, &quot;birthDate&quot;, &quot;sex&quot;, &quot;expiryDate&quot;, &quot;optionalData&quot;, &quot;optionalData2&quot;, &quot;issueMonth&quot; and &quot;issuingOffice&quot;.</source>
        <translation>Vérifie VALEUR comme le font les écrans du guichet. Affiche « valide : » suivi de la valeur normalisée et se termine avec le code 0, ou affiche la raison du refus et se termine avec le code 1. --json affiche {&quot;kind&quot;, &quot;input&quot;, &quot;valid&quot;, &quot;normalized&quot;, &quot;field&quot;, &quot;message&quot;}.
check insee nomme aussi la commune (d&apos;après la table des communes du référentiel livré) : un code doit exister, pas seulement être bien formé, et le code d&apos;une ancienne commune est donné avec la commune d&apos;aujourd&apos;hui ; --json ajoute &quot;commune&quot;, &quot;department&quot;, &quot;currentCode&quot; et &quot;former&quot;.
check mrz lit sur l&apos;entrée standard les 2 ou 3 lignes de la bande MRZ d&apos;un passeport ou d&apos;une carte d&apos;identité (tapez-les, ou scannez le document avec un lecteur qui les saisit, puis terminez la saisie par Ctrl+D), vérifie chaque chiffre de contrôle et affiche les champs, ou le champ dont le contrôle échoue ; --json ajoute &quot;format&quot;, &quot;documentCode&quot;, &quot;issuingState&quot;, &quot;documentNumber&quot;, &quot;surname&quot;, &quot;givenNames&quot;, &quot;namesTruncated&quot;, &quot;nationality&quot;, &quot;birthDate&quot;, &quot;sex&quot;, &quot;expiryDate&quot;, &quot;optionalData&quot;, &quot;optionalData2&quot;, &quot;issueMonth&quot; et &quot;issuingOffice&quot;.</translation>
    </message>
    <message>
        <source>valid: %1, a former commune, today %2 (%3)</source>
        <translation>valide : %1, ancienne commune, aujourd&apos;hui %2 (%3)</translation>
    </message>
    <message>
        <source>valid: %1, %2</source>
        <translation>valide : %1, %2</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>to be asked elsewhere</source>
        <translation>à demander ailleurs</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>Under release %1 (%2), %3, office %4</source>
        <translation>Selon le référentiel %1 (%2), %3, bureau %4</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Where to ask: %1</source>
        <translation>Où s&apos;adresser : %1</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Pièces à fournir :</translation>
    </message>
    <message>
        <source> (if any)</source>
        <translation> (le cas échéant)</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Tarif : %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message numerus="yes">
        <source>Validity: %n year(s)</source>
        <translation>
            <numerusform>Validité : %n an</numerusform>
            <numerusform>Validité : %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation> : </translation>
    </message>
    <message>
        <source>Answer a procedure&apos;s question from facts, as the desk would.</source>
        <translation>Répond à la question d&apos;une démarche à partir de données, comme le ferait le guichet.</translation>
    </message>
    <message>
        <source>PROCEDURE [--date DATE] [--office CODE] [KEY=VALUE ...] [--json] | --scenarios FILE [--json]</source>
        <translation>PROCEDURE [--date DATE] [--office CODE] [KEY=VALUE ...] [--json] | --scenarios FILE [--json]</translation>
    </message>
    <message>
        <source>Prints the answer the desk gives for a procedure: verdict, the sentences to read out, the documents, the fee, the validity, the dates and the reference release. Facts are KEY=VALUE, named like the form&apos;s fields; &quot;guichetctl answer PROCEDURE --help&quot; lists them. With --db, answers as that office under the release it has in force on the date; without, under the release shipped with this program. An unknown procedure, fact or value exits 2. With --scenarios, answers every scenario of a JSON file and exits 1 if an answer contradicts what a scenario expects (docs/answers.md).</source>
        <translation>Affiche la réponse que donne le guichet pour une démarche : décision, phrases à lire à la personne, pièces à fournir, tarif, durée de validité, dates et référentiel. Les données s&apos;écrivent KEY=VALUE et sont nommées comme les champs du formulaire ; &quot;guichetctl answer PROCEDURE --help&quot; les liste. Avec --db, répond comme ce bureau, selon le référentiel qu&apos;il a en vigueur à la date donnée ; sans --db, selon le référentiel livré avec ce programme. Une démarche, une donnée ou une valeur inconnue termine la commande avec le code 2. Avec --scenarios, répond à chaque scénario d&apos;un fichier JSON et se termine avec le code 1 si une réponse contredit ce qu&apos;attend un scénario (docs/answers.md).</translation>
    </message>
    <message>
        <source>The procedure, e.g. cni.demande.</source>
        <translation>La démarche, par exemple cni.demande.</translation>
    </message>
    <message>
        <source>The facts, KEY=VALUE, e.g. birth_date=2009-04-10.</source>
        <translation>Les données, KEY=VALUE, par exemple birth_date=2009-04-10.</translation>
    </message>
    <message>
        <source>[KEY=VALUE ...]</source>
        <translation>[KEY=VALUE ...]</translation>
    </message>
    <message>
        <source>The day of the question, YYYY-MM-DD (at noon) or YYYY-MM-DDTHH:MM (default: now).</source>
        <translation>Le jour de la question, AAAA-MM-JJ (à midi) ou AAAA-MM-JJTHH:MM (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>The office asked, e.g. BEL (default: the database&apos;s office, or the first office).</source>
        <translation>Le bureau interrogé, par exemple BEL (par défaut : le bureau de la base de données, ou le premier bureau).</translation>
    </message>
    <message>
        <source>Answer every scenario of this JSON file, in order.</source>
        <translation>Répond à chaque scénario de ce fichier JSON, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Print JSON, for scripts (schema in docs/answers.md).</source>
        <translation>Affiche du JSON, pour les scripts (schéma dans docs/answers.md).</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Démarches :</translation>
    </message>
    <message>
        <source>Facts of %1:</source>
        <translation>Données de %1 :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>code INSEE</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut : %1)</translation>
    </message>
    <message>
        <source>--scenarios takes no procedure, facts, --date nor --office: the file gives them.</source>
        <translation>--scenarios ne prend ni démarche, ni données, ni --date, ni --office : le fichier les fournit.</translation>
    </message>
    <message>
        <source>expected a procedure, e.g. guichetctl answer cni.demande birth_date=2009-04-10; &quot;guichetctl answer --help&quot; lists the procedures.</source>
        <translation>une démarche est attendue, par exemple guichetctl answer cni.demande birth_date=2009-04-10 ; &quot;guichetctl answer --help&quot; liste les démarches.</translation>
    </message>
    <message>
        <source>--date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, not &quot;%1&quot;.</source>
        <translation>--date : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM est attendu, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a fact as KEY=VALUE, e.g. birth_date=2009-04-10.</source>
        <translation>&quot;%1&quot; : une donnée au format KEY=VALUE est attendue, par exemple birth_date=2009-04-10.</translation>
    </message>
    <message>
        <source>the fact &quot;%1&quot; is given twice.</source>
        <translation>la donnée &quot;%1&quot; est indiquée deux fois.</translation>
    </message>
    <message>
        <source>Scenario %1: </source>
        <translation>Scénario %1 : </translation>
    </message>
    <message>
        <source>the office &quot;%1&quot; is not known. The offices are: %2.</source>
        <translation>le bureau &quot;%1&quot; est inconnu. Les bureaux sont : %2.</translation>
    </message>
    <message>
        <source>Scenario %1 (%2): %3.</source>
        <translation>Scénario %1 (%2) : %3.</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Scénario %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) answered in %1 ms (%2 answers/s), after %3 ms reading the release and the answer plugins.</source>
        <translation>
            <numerusform>%n scénario traité en %1 ms (%2 réponses/s), après %3 ms de lecture du référentiel et des modules de réponse.</numerusform>
            <numerusform>%n scénarios traités en %1 ms (%2 réponses/s), après %3 ms de lecture du référentiel et des modules de réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>List, read or change an office setting (sync interval, night sync hour, release age, idle lock).</source>
        <translation>Lister, lire ou changer un réglage du poste (intervalle de synchronisation, heure de la synchronisation de nuit, âge du référentiel, verrouillage automatique).</translation>
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
