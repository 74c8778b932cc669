<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppliedSettings</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Asked for %1; the Hub runs %2 (requested: %3).</source>
        <translation>%1 demandé ; le Hub exécute %2 (demandé : %3).</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>sa valeur par défaut</translation>
    </message>
    <message>
        <source>Asked never to sleep; the Hub sleeps after %1.</source>
        <translation>Demandé de ne jamais dormir ; le Hub dort après %1.</translation>
    </message>
    <message>
        <source>Asked to sleep after %1; the Hub sleeps after %2.</source>
        <translation>Demandé de dormir après %1 ; le Hub dort après %2.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>a few seconds ago</source>
        <translation>il y a quelques secondes</translation>
    </message>
    <message>
        <source>1 second ago</source>
        <translation>il y a 1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds ago</source>
        <translation>il y a %1 secondes</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>il y a %1 heures</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>1 week ago</source>
        <translation>il y a 1 semaine</translation>
    </message>
    <message>
        <source>%1 weeks ago</source>
        <translation>il y a %1 semaines</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>il y a 1 mois</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>il y a %1 mois</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>il y a 1 an</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>il y a %1 ans</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>A file where a repo folder belongs</source>
        <translation>Un fichier à la place d&apos;un dossier de dépôt</translation>
    </message>
    <message>
        <source>Not a repo folder: the name is not type--owner--name</source>
        <translation>Pas un dossier de dépôt : le nom n&apos;est pas de la forme type--propriétaire--nom</translation>
    </message>
    <message>
        <source>Unknown repo type in the folder name</source>
        <translation>Type de dépôt inconnu dans le nom du dossier</translation>
    </message>
    <message>
        <source>No snapshots folder: nothing usable was downloaded</source>
        <translation>Pas de dossier snapshots : rien d&apos;utilisable n&apos;a été téléchargé</translation>
    </message>
    <message>
        <source>Its refs folder is a file</source>
        <translation>Son dossier refs est un fichier</translation>
    </message>
    <message>
        <source>A stray file among the snapshots</source>
        <translation>Un fichier égaré parmi les snapshots</translation>
    </message>
    <message>
        <source>A file links to a blob that is missing</source>
        <translation>Un fichier pointe vers un blob manquant</translation>
    </message>
    <message>
        <source>A ref names a commit that is not in the cache</source>
        <translation>Une ref désigne un commit absent du cache</translation>
    </message>
    <message>
        <source>Cannot be read (permissions or a disk error)</source>
        <translation>Illisible (permissions ou erreur de disque)</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>environ %1 h %2 min restantes</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
</context>
<context>
    <name>FolderUpload</name>
    <message>
        <source>%1: it is %2, over the Hub&apos;s limit of %3 a file</source>
        <translation>%1 : %2, au-delà de la limite du Hub de %3 par fichier</translation>
    </message>
    <message>
        <source>%1: it changed since the folder was listed (%2 then, %3 now)</source>
        <translation>%1 : a changé depuis que le dossier a été listé (%2 alors, %3 maintenant)</translation>
    </message>
</context>
<context>
    <name>FolderUploadPlan</name>
    <message>
        <source>ignored by default (.git, __pycache__, .venv, .cache/huggingface)</source>
        <translation>ignoré par défaut (.git, __pycache__, .venv, .cache/huggingface)</translation>
    </message>
    <message>
        <source>matches no include pattern</source>
        <translation>ne correspond à aucun motif d&apos;inclusion</translation>
    </message>
    <message>
        <source>matches an exclude pattern</source>
        <translation>correspond à un motif d&apos;exclusion</translation>
    </message>
    <message>
        <source>a link that leads outside the folder: not followed</source>
        <translation>un lien qui mène hors du dossier : non suivi</translation>
    </message>
    <message>
        <source>a link to a folder: not followed</source>
        <translation>un lien vers un dossier : non suivi</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>pas un fichier ordinaire (tube, socket ou périphérique)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>a path the Hub does not take</source>
        <translation>un chemin que le Hub n&apos;accepte pas</translation>
    </message>
    <message>
        <source>nested too deep</source>
        <translation>imbriqué trop profondément</translation>
    </message>
</context>
<context>
    <name>FolderUploadPlanner</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1 : pas un dossier</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>vers %1 : %2</translation>
    </message>
    <message>
        <source>a broken link</source>
        <translation>un lien cassé</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>le nom n&apos;est pas en UTF-8 valide</translation>
    </message>
</context>
<context>
    <name>HomeDeletion</name>
    <message>
        <source>Not deleted: %1 (%2). %3</source>
        <translation>Non supprimé : %1 (%2). %3</translation>
    </message>
    <message>
        <source>Not deleted: %1 is the hub cache; use `cache rm` or `cache prune`, which keep shared blobs and refs right.</source>
        <translation>Non supprimé : %1 est le cache du Hub ; utilisez `cache rm` ou `cache prune`, qui gardent les blobs partagés et les refs cohérents.</translation>
    </message>
    <message>
        <source>Not deleted: %1 is the Hugging Face home itself; name its parts or entries.</source>
        <translation>Non supprimé : %1 est le dossier Hugging Face lui-même ; nommez ses parties ou ses entrées.</translation>
    </message>
    <message>
        <source>Not deleted: %1 is not an entry `home ls` lists.</source>
        <translation>Non supprimé : %1 n&apos;est pas une entrée listée par `home ls`.</translation>
    </message>
    <message>
        <source>Refused: %1 is not inside a part of the Hugging Face home.</source>
        <translation>Refusé : %1 n&apos;est dans aucune partie du dossier Hugging Face.</translation>
    </message>
    <message>
        <source>Not deleted: %1 holds your access token %2.</source>
        <translation>Non supprimé : %1 contient votre jeton d&apos;accès %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) could not be removed.</source>
        <translation>
            <numerusform>%1 : %n fichier n&apos;a pas pu être supprimé.</numerusform>
            <numerusform>%1 : %n fichiers n&apos;ont pas pu être supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds the whole Hugging Face home %1: HubDeck does not delete it.</source>
        <translation>Il contient tout le dossier Hugging Face %1 : HubDeck ne le supprime pas.</translation>
    </message>
    <message>
        <source>Not deleted: %1 (could not record the deletion in %2: %3).</source>
        <translation>Non supprimé : %1 (impossible de noter la suppression dans %2 : %3).</translation>
    </message>
    <message>
        <source>Not deleted: %1 holds another mounted filesystem (%2); HubDeck does not delete across it.</source>
        <translation>Non supprimé : %1 contient un autre système de fichiers monté (%2) ; HubDeck ne supprime pas au-delà.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as not all of it can be read (%2).</source>
        <translation>Non supprimé : %1, car tout son contenu ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Not deleted: %1, as not all of it can be removed (%2: %3).</source>
        <translation>Non supprimé : %1, car tout son contenu ne peut pas être retiré (%2 : %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete in %1: it holds only what HubDeck never deletes (%2).</source>
        <translation>Rien à supprimer dans %1 : il ne contient que ce que HubDeck ne supprime jamais (%2).</translation>
    </message>
    <message>
        <source>Nothing deleted: another HubDeck deletion is running in this home (pid %1). Try again once it has finished.</source>
        <translation>Rien supprimé : une autre suppression de HubDeck est en cours dans ce dossier (pid %1). Réessayez une fois qu&apos;elle est terminée.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is marked immutable or append-only (chattr): it cannot be removed as it stands.</source>
        <translation>Non supprimé : %1, car %2 est marqué immuable ou en ajout seul (chattr) : il ne peut pas être supprimé en l’état.</translation>
    </message>
    <message>
        <source>Nothing to delete in %1: it cannot be read (%2).</source>
        <translation>Rien à supprimer dans %1 : il est illisible (%2).</translation>
    </message>
    <message>
        <source>Nothing deleted: %1</source>
        <translation>Rien n’a été supprimé : %1</translation>
    </message>
    <message>
        <source>Not deleted: %1, as its part&apos;s folder %2 is no longer the folder that was listed (moved, or replaced by a link, since). List the home again.</source>
        <translation>Non supprimé : %1, car le dossier de sa partie, %2, n’est plus celui qui a été listé (déplacé, ou remplacé par un lien, depuis). Listez de nouveau le dossier.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as not all of it can be removed (%2: another user&apos;s, in a sticky folder).</source>
        <translation>Non supprimé : %1, car tout n’y peut pas être supprimé (%2 : à un autre utilisateur, dans un dossier à sticky bit).</translation>
    </message>
    <message>
        <source>Not deleted: %1, as its name is too long to rename it aside while it is deleted (the filesystem allows %2 bytes). Delete it yourself.</source>
        <translation>Non supprimé : %1, car son nom est trop long pour le renommer de côté pendant sa suppression (le système de fichiers permet %2 octets). Supprimez-le vous-même.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as the folder that holds it cannot be changed (%2: %3).</source>
        <translation>Non supprimé : %1, car le dossier qui le contient ne peut pas être modifié (%2 : %3).</translation>
    </message>
    <message>
        <source>Not deleted: %1 is the builder lock of %2; name that dataset to delete it with its lock.</source>
        <translation>Non supprimé : %1 est le verrou de construction de %2 ; nommez ce jeu de données pour le supprimer avec son verrou.</translation>
    </message>
    <message>
        <source>Not deleted: %1 is no longer what was listed (replaced since). List the home again.</source>
        <translation>Non supprimé : %1 n’est plus ce qui a été listé (remplacé depuis). Listez de nouveau le dossier.</translation>
    </message>
    <message>
        <source>Nothing deleted: another process (%1, pid %2) holds a lock on this home&apos;s folders. Try again once it has released it.</source>
        <translation>Rien n’a été supprimé : un autre processus (%1, pid %2) tient un verrou sur les dossiers de ce dossier. Réessayez une fois qu’il l’a libéré.</translation>
    </message>
    <message>
        <source>Nothing to delete in %1: it is not on disk.</source>
        <translation>Rien à supprimer dans %1 : il n’est pas sur le disque.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is in the way: a file HubDeck did not make. Move it away and delete again.</source>
        <translation>Non supprimé : %1, car %2 est dans le chemin : un fichier que HubDeck n’a pas créé. Déplacez-le et supprimez à nouveau.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as what an earlier deletion of it left (%2) cannot be deleted: %3</source>
        <translation>Non supprimé : %1, car ce qu’une suppression antérieure en a laissé (%2) ne peut pas être supprimé : %3</translation>
    </message>
    <message>
        <source>Not deleted: %1, as what an earlier deletion of it left (%2) is still there.</source>
        <translation>Non supprimé : %1, car ce qu’une suppression antérieure en a laissé (%2) est toujours là.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is in the way: a folder that was not in the plan (made since it was listed). List the home again.</source>
        <translation>Non supprimé : %1, car %2 gêne : un dossier absent du plan (créé depuis le listage). Listez de nouveau le dossier.</translation>
    </message>
    <message>
        <source>Nothing deleted: another HubDeck deletion is running in this home, or another program holds a lock on its folders. Try again once it has finished.</source>
        <translation>Rien n’a été supprimé : une autre suppression HubDeck est en cours dans ce dossier, ou un autre programme tient un verrou sur ses dossiers. Réessayez une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is in the way: HubDeck did not make it. Move it away and delete again.</source>
        <translation>Non supprimé : %1, car %2 gêne : HubDeck ne l’a pas créé. Déplacez-le et supprimez à nouveau.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as it is another user&apos;s (%2) in a sticky folder (%3), where only its owner can rename or remove it.</source>
        <translation>Non supprimé : %1, car il appartient à un autre utilisateur (%2) dans un dossier à sticky bit (%3), où seul son propriétaire peut le renommer ou le supprimer.</translation>
    </message>
    <message>
        <source>Nothing deleted in %1: it is the same folder as the %2 part, which lists what it holds; delete its entries there.</source>
        <translation>Rien de supprimé dans %1 : c’est le même dossier que la partie %2, qui liste ce qu’il contient ; supprimez ses entrées là.</translation>
    </message>
    <message>
        <source>Not deleted: %1 is in use: %2.</source>
        <translation>Non supprimé : %1 est en cours d’utilisation : %2.</translation>
    </message>
    <message>
        <source>Not deleted: %1 holds %2 under another name (%3).</source>
        <translation>Non supprimé : %1 contient %2 sous un autre nom (%3).</translation>
    </message>
    <message>
        <source>Stays in %1, as HubDeck never deletes it: %2.</source>
        <translation>Reste dans %1, car HubDeck ne le supprime jamais&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not deleted: %1 lies inside the entry %2, which HubDeck deletes only whole: name that entry.</source>
        <translation>Non supprimé : %1 se trouve dans l’entrée %2, que HubDeck ne supprime qu’en entier : nommez cette entrée.</translation>
    </message>
    <message>
        <source>Nothing deleted: another process (%1, pid %2) holds a lock on %3. Try again once it has released it.</source>
        <translation>Rien n’a été supprimé : un autre processus (%1, PID %2) détient un verrou sur %3. Réessayez une fois qu’il l’a libéré.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is in the way: a folder HubDeck did not make. Move it away and delete again.</source>
        <translation>Non supprimé : %1, car %2 est dans le chemin : un dossier que HubDeck n’a pas créé. Déplacez-le et supprimez à nouveau.</translation>
    </message>
</context>
<context>
    <name>HomeScanner</name>
    <message>
        <source>repo</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>hub cache</source>
        <translation>cache du Hub</translation>
    </message>
    <message>
        <source>chunk cache</source>
        <translation>cache de chunks</translation>
    </message>
    <message>
        <source>shard cache</source>
        <translation>cache de shards</translation>
    </message>
    <message>
        <source>upload staging</source>
        <translation>préparation d&apos;envoi</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>journaux</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>téléchargements</translation>
    </message>
    <message>
        <source>extracted archives</source>
        <translation>archives extraites</translation>
    </message>
    <message>
        <source>dataset cache</source>
        <translation>cache de dataset</translation>
    </message>
    <message>
        <source>lock files</source>
        <translation>fichiers de verrou</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <source>legacy download</source>
        <translation>ancien téléchargement</translation>
    </message>
    <message>
        <source>interrupted deletion</source>
        <translation>suppression interrompue</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>identifiants</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Chunks of files downloaded through Xet. Deleting it costs nothing but downloading those chunks again the next time a file that uses them is fetched.</source>
        <translation>Chunks de fichiers téléchargés via Xet. Le supprimer ne coûte que le nouveau téléchargement de ces chunks la prochaine fois qu&apos;un fichier qui les utilise est récupéré.</translation>
    </message>
    <message>
        <source>What Xet knows of files already on the Hub, used to skip data that is already there. Deleting it makes the next upload slower (more is sent); it is fetched again as needed.</source>
        <translation>Ce que Xet sait des fichiers déjà sur le Hub, pour éviter de renvoyer des données déjà présentes. Le supprimer ralentit le prochain envoi (plus de données sont envoyées) ; il est récupéré à nouveau au besoin.</translation>
    </message>
    <message>
        <source>Data of uploads being prepared. Deleting it loses an interrupted upload&apos;s progress: that upload starts again from the beginning.</source>
        <translation>Données d&apos;envois en préparation. Les supprimer perd la progression d&apos;un envoi interrompu : il reprend depuis le début.</translation>
    </message>
    <message>
        <source>Logs of the Xet client. Deleting them loses nothing but what they would tell about past transfers.</source>
        <translation>Journaux du client Xet. Les supprimer ne perd que ce qu&apos;ils diraient des transferts passés.</translation>
    </message>
    <message>
        <source>The dataset as load_dataset prepared it (Arrow files). Deleting it means preparing it again on next load, from the hub cache or downloads if they are still there, else from the Hub.</source>
        <translation>Le dataset tel que load_dataset l&apos;a préparé (fichiers Arrow). Le supprimer oblige à le préparer à nouveau au prochain chargement, depuis le cache du Hub ou les téléchargements s&apos;ils sont encore là, sinon depuis le Hub.</translation>
    </message>
    <message>
        <source>Files a library stored with cached_assets_path. Deleting them means that library downloads or computes them again.</source>
        <translation>Fichiers qu&apos;une bibliothèque a rangés avec cached_assets_path. Les supprimer oblige cette bibliothèque à les télécharger ou les calculer à nouveau.</translation>
    </message>
    <message>
        <source>Python modules of remote code (trust_remote_code, dataset scripts). Deleting them means fetching that code again on next use.</source>
        <translation>Modules Python de code distant (trust_remote_code, scripts de datasets). Les supprimer oblige à récupérer ce code à nouveau au prochain usage.</translation>
    </message>
    <message>
        <source>A download of the pre-2022 transformers cache, which current versions no longer read. Deleting it costs nothing to current libraries.</source>
        <translation>Un téléchargement de l&apos;ancien cache de transformers (avant 2022), que les versions actuelles ne lisent plus. Le supprimer ne coûte rien aux bibliothèques actuelles.</translation>
    </message>
    <message>
        <source>Not written by a library HubDeck knows; HubDeck lists it but leaves it alone.</source>
        <translation>Pas écrit par une bibliothèque que HubDeck connaît ; HubDeck l&apos;affiche mais n&apos;y touche pas.</translation>
    </message>
    <message>
        <source>Empty lock files datasets left behind. Deleting them costs nothing.</source>
        <translation>Fichiers de verrou vides laissés par datasets. Les supprimer ne coûte rien.</translation>
    </message>
    <message>
        <source>It holds your access token %1; HubDeck never deletes it.</source>
        <translation>Il contient votre jeton d&apos;accès %1 ; HubDeck ne le supprime jamais.</translation>
    </message>
    <message>
        <source>This part&apos;s folder %1 holds the whole Hugging Face home %2 (its variable points too high): HubDeck deletes nothing from it.</source>
        <translation>Le dossier %1 de cette partie contient tout le dossier Hugging Face %2 (sa variable pointe trop haut) : HubDeck n&apos;y supprime rien.</translation>
    </message>
    <message>
        <source>This part&apos;s folder %1 lies inside the %2 part (%3): HubDeck deletes nothing that two parts share.</source>
        <translation>Le dossier %1 de cette partie se trouve dans la partie %2 (%3) : HubDeck ne supprime rien de ce que deux parties partagent.</translation>
    </message>
    <message>
        <source>It holds the %1 part (%2): HubDeck does not delete a part from inside another.</source>
        <translation>Il contient la partie %1 (%2) : HubDeck ne supprime pas une partie depuis une autre.</translation>
    </message>
    <message>
        <source>This does not look like an assets cache: %1 is a file, where cached_assets_path writes only folders. HubDeck deletes nothing from it.</source>
        <translation>Ceci ne ressemble pas à un cache d’assets : %1 est un fichier, là où cached_assets_path ne crée que des dossiers. HubDeck n’y supprime rien.</translation>
    </message>
    <message>
        <source>This part&apos;s folder %1 is your own folder %2, or holds it: not a cache (its variable points there). HubDeck deletes nothing from it.</source>
        <translation>Le dossier %1 de cette partie est votre propre dossier %2, ou le contient : ce n’est pas un cache (sa variable y pointe). HubDeck n’y supprime rien.</translation>
    </message>
    <message>
        <source>Not all of it can be read (%1): its size counts only what could be, and HubDeck does not delete it.</source>
        <translation>Tout n’y est pas lisible (%1) : sa taille ne compte que ce qui a pu l’être, et HubDeck ne le supprime pas.</translation>
    </message>
    <message>
        <source>HF_ASSETS_CACHE points at %1, a folder not named like an assets cache: HubDeck lists what it holds but deletes nothing from it.</source>
        <translation>HF_ASSETS_CACHE pointe vers %1, un dossier qui ne porte pas le nom d’un cache d’assets : HubDeck liste ce qu’il contient mais n’y supprime rien.</translation>
    </message>
    <message>
        <source>is a link that loops (it leads back to itself)</source>
        <translation>est un lien qui boucle (il mène à lui-même)</translation>
    </message>
    <message>
        <source>is a link to %1, which does not exist</source>
        <translation>est un lien vers %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>is a FIFO, not a folder</source>
        <translation>est une FIFO, pas un dossier</translation>
    </message>
    <message>
        <source>is a socket, not a folder</source>
        <translation>est un socket, pas un dossier</translation>
    </message>
    <message>
        <source>is a device, not a folder</source>
        <translation>est un périphérique, pas un dossier</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>n’est pas un dossier</translation>
    </message>
    <message>
        <source>This is where the %1 part belongs, but it %2: the library cannot keep its cache there. HubDeck leaves it alone.</source>
        <translation>C’est ici que se trouve la partie %1, mais elle %2 : la bibliothèque ne peut pas y garder son cache. HubDeck n’y touche pas.</translation>
    </message>
    <message>
        <source>Set but empty: %1. The Hugging Face libraries then keep their caches relative to whatever folder they run in, which HubDeck cannot tell; set it to a folder, or unset it.</source>
        <translation>Définie mais vide : %1. Les bibliothèques Hugging Face gardent alors leurs caches relativement au dossier où elles s’exécutent, que HubDeck ne peut pas connaître ; donnez-lui un dossier, ou supprimez-la.</translation>
    </message>
    <message>
        <source>HF_HOME %1 %2: no Hugging Face library can keep its caches there.</source>
        <translation>HF_HOME %1 %2 : aucune bibliothèque Hugging Face ne peut y garder ses caches.</translation>
    </message>
    <message>
        <source>HF_HOME %1 cannot be reached: %2.</source>
        <translation>HF_HOME %1 est inaccessible : %2.</translation>
    </message>
    <message>
        <source>Not all of it can be removed (%1): HubDeck deletes an entry only whole, so it leaves this one as it is.</source>
        <translation>Tout n’y peut pas être supprimé (%1) : HubDeck ne supprime une entrée qu’en entier, et laisse donc celle-ci telle quelle.</translation>
    </message>
    <message>
        <source>It holds another mounted filesystem (%1): its size counts what is mounted there, as du counts it, and HubDeck does not delete across it.</source>
        <translation>Il contient un autre système de fichiers monté (%1) : sa taille compte ce qui y est monté, comme du le compte, et HubDeck ne supprime pas au travers.</translation>
    </message>
    <message>
        <source>HF_HOME is your own folder %1, so %2 may be yours: assets caches carry no mark that tells them apart. HubDeck deletes nothing from it.</source>
        <translation>HF_HOME est votre propre dossier %1, donc %2 est peut-être à vous : les caches d’assets ne portent aucune marque qui les distingue. HubDeck n’y supprime rien.</translation>
    </message>
    <message>
        <source>HF_ASSETS_CACHE moved the assets cache to %1, outside HF_HOME: assets caches carry no mark that tells them from a folder of your own, so HubDeck deletes nothing from it there.</source>
        <translation>HF_ASSETS_CACHE a déplacé le cache d’assets vers %1, hors de HF_HOME : les caches d’assets ne portent aucune marque qui les distingue d’un dossier à vous, donc HubDeck n’y supprime rien.</translation>
    </message>
    <message>
        <source>Its name is too long to rename it aside while it is deleted (the filesystem allows %1 bytes): delete it yourself.</source>
        <translation>Son nom est trop long pour le renommer de côté pendant sa suppression (le système de fichiers permet %1 octets) : supprimez-le vous-même.</translation>
    </message>
    <message>
        <source>Empty: there is nothing in it to delete. The folder itself stays, as datasets downloads into it.</source>
        <translation>Vide : il n’y a rien à y supprimer. Le dossier lui-même reste, car datasets y télécharge.</translation>
    </message>
    <message>
        <source>Set but empty: HF_TOKEN_PATH. The Hugging Face libraries then keep the access token relative to whatever folder they run in, which HubDeck cannot tell; set it to a file, or unset it.</source>
        <translation>Définie mais vide : HF_TOKEN_PATH. Les bibliothèques Hugging Face gardent alors le jeton d’accès relativement au dossier où elles s’exécutent, que HubDeck ne peut pas connaître ; donnez-lui un fichier, ou supprimez-la.</translation>
    </message>
    <message>
        <source>HF_HOME %1 cannot be made: %2 on the way %3.</source>
        <translation>HF_HOME %1 ne peut pas être créé : %2, sur le chemin, %3.</translation>
    </message>
    <message>
        <source>the %1 part&apos;s folder (%2)</source>
        <translation>le dossier de la partie %1 (%2)</translation>
    </message>
    <message>
        <source>the Hugging Face home&apos;s folder (%1)</source>
        <translation>le dossier du home Hugging Face (%1)</translation>
    </message>
    <message>
        <source>your access token %1</source>
        <translation>votre jeton d’accès %1</translation>
    </message>
    <message>
        <source>Being deleted now by another process (pid %1): it is shown as it stands until that deletion ends.</source>
        <translation>En cours de suppression par un autre processus (PID %1) : affiché tel quel jusqu’à la fin de cette suppression.</translation>
    </message>
    <message>
        <source>Being deleted now by %1 (pid %2): it is shown as it stands until that deletion ends.</source>
        <translation>En cours de suppression par %1 (PID %2) : affiché tel quel jusqu’à la fin de cette suppression.</translation>
    </message>
    <message>
        <source>HF_HOME %1 cannot be read: %2 (it belongs to %3). Run as that user, or give it back to yours (sudo chown -R).</source>
        <translation>HF_HOME %1 ne peut pas être lu : %2 (il appartient à %3). Lancez en tant que cet utilisateur, ou rendez-le au vôtre (sudo chown -R).</translation>
    </message>
    <message>
        <source>HF_HOME %1 cannot be read: %2.</source>
        <translation>HF_HOME %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>being deleted</source>
        <translation>en cours de suppression</translation>
    </message>
    <message>
        <source>Being deleted now by another process: it is shown as it stands until that deletion ends.</source>
        <translation>En cours de suppression par un autre processus : affiché tel quel jusqu’à la fin de cette suppression.</translation>
    </message>
    <message>
        <source>It is another user&apos;s (%1) in a sticky folder (%2), where only its owner can rename or remove it: HubDeck does not delete it.</source>
        <translation>Il appartient à un autre utilisateur (%1) dans un dossier à sticky bit (%2), où seul son propriétaire peut le renommer ou le supprimer : HubDeck ne le supprime pas.</translation>
    </message>
    <message>
        <source>empty endpoint folder</source>
        <translation>dossier de point d’accès vide</translation>
    </message>
    <message>
        <source>An Xet server&apos;s folder with no cache left in it. Deleting it costs nothing: Xet makes it again when it next downloads from that server.</source>
        <translation>Le dossier d’un serveur Xet qui ne contient plus de cache. Le supprimer ne coûte rien : Xet le recrée la prochaine fois qu’il télécharge depuis ce serveur.</translation>
    </message>
    <message>
        <source>A link to %1: HubDeck follows no link inside a part, so its size is the link&apos;s own and it leaves it alone; clean where it leads with the library that wrote there.</source>
        <translation>Un lien vers %1 : HubDeck ne suit aucun lien à l’intérieur d’une partie, sa taille est donc celle du lien et HubDeck n’y touche pas ; nettoyez là où il mène avec la bibliothèque qui y a écrit.</translation>
    </message>
    <message>
        <source>A filesystem the system makes up (as /proc and /sys are): nothing of it is on a disk, and HubDeck neither measures nor deletes it.</source>
        <translation>Un système de fichiers que le système fabrique lui-même (comme /proc et /sys) : rien n’en est sur un disque, et HubDeck ne le mesure ni ne le supprime.</translation>
    </message>
    <message>
        <source>kept from a deletion</source>
        <translation>gardé lors d’une suppression</translation>
    </message>
    <message>
        <source>What a program wrote into an entry while HubDeck deleted it, kept for that program under a name no library reads. Deleting it costs nothing once that program is done with it.</source>
        <translation>Ce qu’un programme a écrit dans une entrée pendant que HubDeck la supprimait, gardé pour ce programme sous un nom qu’aucune bibliothèque ne lit. Le supprimer ne coûte rien une fois que ce programme en a fini.</translation>
    </message>
    <message>
        <source>What a stopped deletion left, under a name no library reads. Deleting it finishes that deletion.</source>
        <translation>Ce qu’une suppression interrompue a laissé, sous un nom qu’aucune bibliothèque ne lit. Le supprimer achève cette suppression.</translation>
    </message>
    <message>
        <source>A repo of the hub cache: delete it on the Cache page or with hubdeck-cli cache rm, which keep shared blobs and refs right.</source>
        <translation>Un dépôt du cache du Hub : supprimez-le sur la page Cache ou avec hubdeck-cli cache rm, qui gardent justes les blobs partagés et les refs.</translation>
    </message>
    <message>
        <source>Part of the hub cache&apos;s own structure: the Cache page and hubdeck-cli cache rm and cache prune clean it.</source>
        <translation>Partie de la structure du cache du Hub : la page Cache et hubdeck-cli cache rm et cache prune le nettoient.</translation>
    </message>
    <message>
        <source>Archives unpacked from the downloads. Deleting them means unpacking again when a dataset is prepared. A prepared dataset of audio or images may read its files from here: it then fails until it is prepared again (download_mode=&quot;force_redownload&quot;).</source>
        <translation>Archives décompressées depuis les téléchargements. Les supprimer signifie les décompresser à nouveau lors de la préparation d’un jeu de données. Un jeu de données audio ou d’images déjà préparé peut lire ses fichiers ici : il échoue alors jusqu’à ce qu’il soit préparé à nouveau (download_mode=&quot;force_redownload&quot;).</translation>
    </message>
    <message>
        <source>Your access tokens. HubDeck never deletes them; to log out, run hf auth logout (or hubdeck-cli auth logout).</source>
        <translation>Vos jetons d’accès. HubDeck ne les supprime jamais ; pour vous déconnecter, lancez hf auth logout (ou hubdeck-cli auth logout).</translation>
    </message>
    <message>
        <source>Part of the hub cache transformers keeps in TRANSFORMERS_CACHE: delete it on the Cache page or with hubdeck-cli cache rm --dir %1, which keep shared blobs and refs right.</source>
        <translation>Partie du cache du Hub que transformers tient dans TRANSFORMERS_CACHE : supprimez-la sur la page Cache ou avec hubdeck-cli cache rm --dir %1, qui gardent justes les blobs partagés et les refs.</translation>
    </message>
    <message>
        <source>It holds %1 under another name (%2): HubDeck does not delete it.</source>
        <translation>Il contient %1 sous un autre nom (%2) : HubDeck ne le supprime pas.</translation>
    </message>
    <message>
        <source>a hard link</source>
        <translation>un lien physique</translation>
    </message>
    <message>
        <source>a bind mount</source>
        <translation>un montage lié</translation>
    </message>
    <message>
        <source>empty builder folder</source>
        <translation>dossier de builder vide</translation>
    </message>
    <message>
        <source>The folder of one of datasets&apos; packaged builders (parquet, json, csv…) with no prepared dataset left in it. Deleting it costs nothing: datasets makes it again when it next prepares one.</source>
        <translation>Le dossier d’un des builders fournis avec datasets (parquet, json, csv…) où il ne reste aucun jeu de données préparé. Le supprimer ne coûte rien&#xa0;: datasets le recrée la prochaine fois qu’il en prépare un.</translation>
    </message>
    <message>
        <source>Its extracted/, the archives unpacked from these downloads, goes with them: they are unpacked again when a dataset is prepared.</source>
        <translation>Son extracted/, les archives décompressées de ces téléchargements, part avec eux : elles sont décompressées à nouveau quand un jeu de données est préparé.</translation>
    </message>
    <message>
        <source>Raw files load_dataset fetched. Deleting them means downloading them again the next time a dataset needs preparing. A prepared dataset of audio or images may read its files from here: it then fails until it is prepared again (download_mode=&quot;force_redownload&quot;).</source>
        <translation>Fichiers bruts récupérés par load_dataset. Les supprimer signifie les télécharger à nouveau la prochaine fois qu’un jeu de données doit être préparé. Un jeu de données audio ou d’images déjà préparé peut lire ses fichiers ici : il échoue alors jusqu’à ce qu’il soit préparé à nouveau (download_mode=&quot;force_redownload&quot;).</translation>
    </message>
    <message>
        <source>This part&apos;s folder %1 is also the %2 part&apos;s: HubDeck deletes nothing that two parts share.</source>
        <translation>Le dossier %1 de cette partie est aussi celui de la partie %2 : HubDeck ne supprime rien de ce que deux parties partagent.</translation>
    </message>
    <message>
        <source>A deletion of it was stopped part-way: some of it may be gone. Deleting it again finishes that deletion.</source>
        <translation>Une suppression a été arrêtée en cours : une partie peut en avoir disparu. Supprimer à nouveau achève cette suppression.</translation>
    </message>
    <message>
        <source>xet keeps two of its caches in this folder (HF_XET_CHUNK_CACHE_SUBDIR or HF_XET_SHARD_CACHE_SUBDIR names it): HubDeck deletes nothing that two caches share.</source>
        <translation>xet range deux de ses caches dans ce dossier (HF_XET_CHUNK_CACHE_SUBDIR ou HF_XET_SHARD_CACHE_SUBDIR le désigne) : HubDeck ne supprime rien de ce que deux caches partagent.</translation>
    </message>
    <message>
        <source>xet&apos;s %1 by its default name: %2 names %3 instead, so xet no longer writes here. HubDeck deletes only what xet uses now; delete it yourself, or list the home with %2 unset.</source>
        <translation>Le %1 de xet sous son nom par défaut : %2 désigne %3 à la place, donc xet n’écrit plus ici. HubDeck ne supprime que ce que xet utilise désormais ; supprimez-le vous-même, ou listez le dossier sans %2.</translation>
    </message>
    <message>
        <source>The %1 part&apos;s default folder: %2 moved that part to %3, so nothing writes here now. HubDeck deletes only what the libraries use now; delete it yourself, or list the home with %2 unset.</source>
        <translation>Le dossier par défaut de la partie %1 : %2 a déplacé cette partie vers %3, donc plus rien n’écrit ici. HubDeck ne supprime que ce que les bibliothèques utilisent désormais ; supprimez-le vous-même, ou listez le dossier sans %2.</translation>
    </message>
    <message>
        <source>Kept while another program (%1, pid %2) holds a lock on this home&apos;s folders.</source>
        <translation>Conservé tant qu’un autre programme (%1, PID %2) tient un verrou sur les dossiers de ce dossier Hugging Face.</translation>
    </message>
    <message>
        <source>Kept while another program (%1, pid %2) holds a lock on %3.</source>
        <translation>Conservé tant qu’un autre programme (%1, PID %2) détient un verrou sur %3.</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>The Hub refused your token (401). Sign in again with a valid token.</source>
        <translation>Le Hub a refusé votre jeton (401). Reconnectez-vous avec un jeton valide.</translation>
    </message>
    <message>
        <source>You do not have permission to do this on this Space (403). Check that your token has write access and belongs to an owner of the Space.</source>
        <translation>Vous n&apos;avez pas la permission de faire cela sur ce Space (403). Vérifiez que votre jeton a l&apos;accès en écriture et appartient à un propriétaire du Space.</translation>
    </message>
    <message>
        <source>Not found (404): it does not exist, or it is private and your token cannot see it.</source>
        <translation>Introuvable (404) : il n&apos;existe pas, ou il est privé et votre jeton ne peut pas le voir.</translation>
    </message>
    <message>
        <source>Conflict (409): it already exists or is being changed.</source>
        <translation>Conflit (409) : il existe déjà ou est en cours de modification.</translation>
    </message>
    <message>
        <source>The Hub is rate limiting you (429). Try again in %1 s.</source>
        <translation>Le Hub limite vos requêtes (429). Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>The Hub is rate limiting you (429). Try again in a minute.</source>
        <translation>Le Hub limite vos requêtes (429). Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The Hub is having trouble (HTTP %1). Try again later; https://status.huggingface.co says whether it is down.</source>
        <translation>Le Hub rencontre des difficultés (HTTP %1). Réessayez plus tard ; https://status.huggingface.co indique s&apos;il est en panne.</translation>
    </message>
    <message>
        <source>The Hub answered with HTTP %1.</source>
        <translation>Le Hub a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Cannot find the Hub at %1: check your network connection and HF_ENDPOINT.</source>
        <translation>Impossible de trouver le Hub à %1 : vérifiez votre connexion réseau et HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>Cannot reach the Hub: %1. Check your network connection.</source>
        <translation>Impossible de joindre le Hub : %1. Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>The Hub did not answer within %1. Try again, or allow more time with --timeout.</source>
        <translation>Le Hub n&apos;a pas répondu en %1. Réessayez, ou accordez plus de temps avec --timeout.</translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was not what HubDeck expected (%1).</source>
        <translation>La réponse du Hub n&apos;est pas celle qu&apos;attendait HubDeck (%1).</translation>
    </message>
    <message>
        <source>Refusing to send a token over plain http:// to %1. Use https://, or http:// only for a server on this machine.</source>
        <translation>Refus d&apos;envoyer un jeton en http:// non chiffré vers %1. Utilisez https://, ou http:// seulement pour un serveur sur cette machine.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source> The Hub says: %1</source>
        <translation> Le Hub indique : %1</translation>
    </message>
    <message>
        <source>The Hub redirected this call to %1, another server. HubDeck does not follow it, so your token and data went nowhere else. Check HF_ENDPOINT.</source>
        <translation>Le Hub a redirigé cet appel vers %1, un autre serveur. HubDeck ne le suit pas : votre jeton et vos données ne sont allés nulle part ailleurs. Vérifiez HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>The Hub redirected this call to an address with a user name or password in it. HubDeck does not follow it, so your token and data went nowhere else. Check HF_ENDPOINT.</source>
        <translation>Le Hub a redirigé cet appel vers une adresse contenant un nom d’utilisateur ou un mot de passe. HubDeck ne la suit pas : votre jeton et vos données ne sont allés nulle part ailleurs. Vérifiez HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>The Hub answered this %1 with a redirect (HTTP %2) that would repeat it as a GET without its data. HubDeck does not follow it, so the change may not have been made. Check HF_ENDPOINT.</source>
        <translation>Le Hub a répondu à cet appel %1 par une redirection (HTTP %2) qui le répéterait en GET sans ses données. HubDeck ne la suit pas : la modification n’a donc peut-être pas été faite. Vérifiez HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>The Hub kept redirecting this call (HTTP %1), in a loop or more than %2 times, so HubDeck stopped following it. Check HF_ENDPOINT.</source>
        <translation>Le Hub a redirigé cet appel encore et encore (HTTP %1), en boucle ou plus de %2 fois ; HubDeck a donc cessé de le suivre. Vérifiez HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>Cannot upload %1. Nothing was committed.</source>
        <translation>Impossible d&apos;envoyer %1. Rien n&apos;a été commité.</translation>
    </message>
    <message>
        <source>The repository changed while the files were uploading (HTTP %1): nothing was committed. Upload again to commit onto its new state.</source>
        <translation>Le dépôt a changé pendant l&apos;envoi des fichiers (HTTP %1) : rien n&apos;a été commité. Renvoyez les fichiers pour commiter sur son nouvel état.</translation>
    </message>
</context>
<context>
    <name>InUseFiles</name>
    <message>
        <source>a process</source>
        <translation>un processus</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>locked by %1</source>
        <translation>verrouillé par %1</translation>
    </message>
    <message>
        <source>the working folder of %1</source>
        <translation>le dossier de travail de %1</translation>
    </message>
    <message>
        <source>the root folder (chroot) of %1</source>
        <translation>le dossier racine (chroot) de %1</translation>
    </message>
    <message>
        <source>held open by %1</source>
        <translation>ouvert par %1</translation>
    </message>
    <message>
        <source>mapped into memory by %1</source>
        <translation>projeté en mémoire par %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The header could not be read: %1</source>
        <translation>L&apos;en-tête n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;A binary file of %1: not shown as text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un fichier binaire de %1 : non affiché comme texte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Affichage des premiers %1 sur %2.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Taille cachée</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>&lt;p&gt;No config.json in the newest revision.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas de config.json dans la révision la plus récente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Parameters (from the safetensors headers): &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Paramètres (d&apos;après les en-têtes safetensors) : &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hubdeck::AboutDialog</name>
    <message>
        <source>About HubDeck</source>
        <translation>À propos de HubDeck</translation>
    </message>
    <message>
        <source>&lt;h2&gt;HubDeck %1&lt;/h2&gt;&lt;p&gt;See and clean what the Hugging Face libraries keep on disk: the whole Hugging Face home (the hub cache, Xet&apos;s caches, datasets&apos; downloads and Arrow caches, assets, modules, the old transformers cache), and run your Spaces.&lt;/p&gt;&lt;p&gt;HubDeck is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3). Colours in previews come from KDE Syntax-Highlighting (MIT), run as a separate program. Integrity checks and upload hashes use OpenSSL (Apache License 2.0); uploads to the Hub&apos;s storage use libcurl (curl licence).&lt;/p&gt;&lt;p&gt;Hugging Face is a trademark of Hugging Face, Inc.; HubDeck is not affiliated with it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;HubDeck %1&lt;/h2&gt;&lt;p&gt;Voir et nettoyer ce que les bibliothèques Hugging Face gardent sur le disque : tout le dossier Hugging Face (le cache du Hub, les caches de Xet, les téléchargements et caches Arrow de datasets, les assets, les modules, l’ancien cache transformers), et faire tourner vos Spaces.&lt;/p&gt;&lt;p&gt;HubDeck est un logiciel libre sous licence MIT.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (LGPLv3). Les couleurs des aperçus viennent de KDE Syntax-Highlighting (MIT), lancé comme programme séparé. Les vérifications d’intégrité et les empreintes d’envoi utilisent OpenSSL (Apache License 2.0) ; les envois vers le stockage du Hub utilisent libcurl (licence curl).&lt;/p&gt;&lt;p&gt;Hugging Face est une marque de Hugging Face, Inc. ; HubDeck n’y est pas affilié.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheBrowser</name>
    <message>
        <source>Cache contents</source>
        <translation>Contenu du cache</translation>
    </message>
    <message>
        <source>Repos, their revisions and files. Space ticks a repo or revision for deletion.</source>
        <translation>Dépôts, leurs révisions et leurs fichiers. La touche Espace coche un dépôt ou une révision à supprimer.</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Ouvrir le dossier parent</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy Repo ID</source>
        <translation>Copier l&apos;identifiant du dépôt</translation>
    </message>
    <message>
        <source>Copy Revision Hash</source>
        <translation>Copier l&apos;empreinte de la révision</translation>
    </message>
    <message>
        <source>Verify Integrity</source>
        <translation>Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <source>Open on the Hub</source>
        <translation>Ouvrir sur le Hub</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Cocher</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Décocher</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete This File from All Revisions…</source>
        <translation>Supprimer ce fichier de toutes les révisions…</translation>
    </message>
    <message numerus="yes">
        <source>Delete These %n Files from All Revisions…</source>
        <translation>
            <numerusform>Supprimer ce %n fichier de toutes les révisions…</numerusform>
            <numerusform>Supprimer ces %n fichiers de toutes les révisions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes the file from every cached revision of its repo; its blob goes once no kept file uses it</source>
        <translation>Retire le fichier de chaque révision en cache de son dépôt ; son blob part dès qu’aucun fichier conservé ne l’utilise</translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheFilterBar</name>
    <message>
        <source>Filter by repo, revision, ref or file name (Ctrl+F)</source>
        <translation>Filtrer par dépôt, révision, réf ou nom de fichier (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>Not accessed for:</source>
        <translation>Sans accès depuis :</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>toujours</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide this type of repo</source>
        <translation>Afficher ou masquer ce type de dépôt</translation>
    </message>
    <message>
        <source>Show only repos and revisions nobody has used for this long</source>
        <translation>N&apos;afficher que les dépôts et révisions que personne n&apos;a utilisés depuis ce délai</translation>
    </message>
    <message>
        <source>Nothing matches this filter.</source>
        <translation>Rien ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>hubdeck::CachePage</name>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>The cache changed on disk; refreshing…</source>
        <translation>Le cache a changé sur le disque ; actualisation…</translation>
    </message>
    <message>
        <source>All &amp;Detached Revisions</source>
        <translation>Toutes les révisions &amp;détachées</translation>
    </message>
    <message>
        <source>Revisions no ref points to: what &quot;prune&quot; removes</source>
        <translation>Révisions vers lesquelles aucune réf ne pointe : ce que « prune » supprime</translation>
    </message>
    <message numerus="yes">
        <source>Not Accessed for %n Day(s)</source>
        <translation>
            <numerusform>Sans accès depuis %n jour</numerusform>
            <numerusform>Sans accès depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything Matching the &amp;Filter</source>
        <translation>Tout ce qui correspond au &amp;filtre</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Effacer la sélection</translation>
    </message>
    <message>
        <source>&amp;Delete Ticked…</source>
        <translation>&amp;Supprimer les éléments cochés…</translation>
    </message>
    <message>
        <source>&amp;Verify the Whole Cache</source>
        <translation>&amp;Vérifier tout le cache</translation>
    </message>
    <message>
        <source>Recompute every blob&apos;s hash and compare it with its name</source>
        <translation>Recalculer l&apos;empreinte de chaque blob et la comparer à son nom</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>Carte &amp;proportionnelle</translation>
    </message>
    <message>
        <source>Color the Treemap by &amp;Last Access</source>
        <translation>Colorer la carte selon le &amp;dernier accès</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>Scan canceled. Press F5 to scan again.</source>
        <translation>Analyse annulée. Appuyez sur F5 pour relancer.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cache to show&lt;/h3&gt;&lt;p&gt;HubDeck looked in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The folder is where huggingface_hub keeps downloads: it is made the first time a model or dataset is downloaded. Set HF_HUB_CACHE or HF_HOME, or use File → Open Cache Folder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun cache à afficher&lt;/h3&gt;&lt;p&gt;HubDeck a cherché dans &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Ce dossier est celui où huggingface_hub range les téléchargements : il est créé au premier téléchargement d&apos;un modèle ou d&apos;un jeu de données. Définissez HF_HUB_CACHE ou HF_HOME, ou utilisez Fichier → Ouvrir un dossier de cache.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The cache is empty&lt;/h3&gt;&lt;p&gt;HubDeck looked in &lt;b&gt;%1&lt;/b&gt; and found no downloaded repos.&lt;/p&gt;&lt;p&gt;Models, datasets and Spaces appear here once a program downloads them with huggingface_hub.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Le cache est vide&lt;/h3&gt;&lt;p&gt;HubDeck a cherché dans &lt;b&gt;%1&lt;/b&gt; et n&apos;a trouvé aucun dépôt téléchargé.&lt;/p&gt;&lt;p&gt;Les modèles, jeux de données et Spaces apparaissent ici dès qu&apos;un programme les télécharge avec huggingface_hub.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Empty cache.</source>
        <translation>Cache vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) scanned.</source>
        <translation>
            <numerusform>%n dépôt analysé.</numerusform>
            <numerusform>%n dépôts analysés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity check: no problem found.</source>
        <translation>Contrôle d&apos;intégrité : aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>Integrity check: %n problem(s).</source>
        <translation>
            <numerusform>Contrôle d&apos;intégrité : %n problème.</numerusform>
            <numerusform>Contrôle d&apos;intégrité : %n problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n blob(s)…</source>
        <translation>
            <numerusform>Vérification de %n blob…</numerusform>
            <numerusform>Vérification de %n blobs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected — the cache holds %1. Tick revisions or repos to free space.</source>
        <translation>Rien de sélectionné — le cache occupe %1. Cochez des révisions ou des dépôts pour libérer de l&apos;espace.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n repo(s) selected</source>
        <translation>
            <numerusform> en sélection, dans %n dépôt</numerusform>
            <numerusform> en sélection, dans %n dépôts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, plus %n corrupted entr(ies)</source>
        <translation>
            <numerusform>, plus %n entrée corrompue</numerusform>
            <numerusform>, plus %n entrées corrompues</numerusform>
        </translation>
    </message>
    <message>
        <source> — frees &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation> — libère &lt;b&gt;%1&lt;/b&gt; sur %2</translation>
    </message>
    <message>
        <source>Delete (frees %1)…</source>
        <translation>Supprimer (libère %1)…</translation>
    </message>
    <message>
        <source>Some files could not be deleted</source>
        <translation>Certains fichiers n&apos;ont pas pu être supprimés</translation>
    </message>
    <message>
        <source>Delete the ticked repos and revisions, after a confirmation (Delete)</source>
        <translation>Supprimer les dépôts et révisions cochés, après confirmation (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>&amp;Élaguer…</translation>
    </message>
    <message>
        <source>Remove what `hf cache prune` removes, and what a stopped deletion left: detached revisions, blobs no snapshot links to, empty repos, partial downloads</source>
        <translation>Supprime ce que `hf cache prune` supprime, et ce qu’une suppression interrompue a laissé : révisions détachées, blobs qu’aucun snapshot ne référence, dépôts vides, téléchargements partiels</translation>
    </message>
    <message>
        <source>Nothing to prune: no detached revision, unreferenced blob, empty repo or partial download.</source>
        <translation>Rien à élaguer : aucune révision détachée, aucun blob non référencé, aucun dépôt vide ni téléchargement partiel.</translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s)</source>
        <translation>
            <numerusform>%n dépôt</numerusform>
            <numerusform>%n dépôts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrupted entry(ies)</source>
        <translation>
            <numerusform>%n entrée corrompue</numerusform>
            <numerusform>%n entrées corrompues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced blob(s)</source>
        <translation>
            <numerusform>%n blob non référencé</numerusform>
            <numerusform>%n blobs non référencés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n téléchargement partiel</numerusform>
            <numerusform>%n téléchargements partiels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared blob(s)</source>
        <translation>
            <numerusform>%n blob partagé</numerusform>
            <numerusform>%n blobs partagés</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing removed</source>
        <translation>rien supprimé</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé(s)</translation>
    </message>
    <message>
        <source>Stopped: %1, %2 freed</source>
        <translation>Arrêté : %1, %2 libérés</translation>
    </message>
    <message>
        <source>Deleted: %1, %2 freed</source>
        <translation>Supprimé : %1, %2 libérés</translation>
    </message>
    <message numerus="yes">
        <source>; %n revision(s) untouched</source>
        <translation>
            <numerusform>; %n révision intacte</numerusform>
            <numerusform>; %n révisions intactes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) kept: their download is running</source>
        <translation>
            <numerusform>; %n fichier conservé : son téléchargement est en cours</numerusform>
            <numerusform>; %n fichiers conservés : leur téléchargement est en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) could not be removed; the rest was deleted as the status bar says.</source>
        <translation>
            <numerusform>%n chemin n’a pas pu être supprimé ; le reste a été supprimé comme l’indique la barre d’état.</numerusform>
            <numerusform>%n chemins n’ont pas pu être supprimés ; le reste a été supprimé comme l’indique la barre d’état.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that were gone</source>
        <translation>
            <numerusform>%n fichier de blobs partagés déjà disparus</numerusform>
            <numerusform>%n fichiers de blobs partagés déjà disparus</numerusform>
        </translation>
    </message>
    <message>
        <source>No detached revision: every revision has a ref.</source>
        <translation>Aucune révision détachée : chaque révision a une référence.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n detached revision(s).</source>
        <translation>
            <numerusform>%n révision détachée cochée.</numerusform>
            <numerusform>%n révisions détachées cochées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No revision has gone unaccessed for %n day(s).</source>
        <translation>
            <numerusform>Aucune révision n&apos;est restée inutilisée depuis %n jour.</numerusform>
            <numerusform>Aucune révision n&apos;est restée inutilisée depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n revision(s) not accessed for %1 days.</source>
        <translation>
            <numerusform>%n révision inutilisée depuis %1 jours cochée.</numerusform>
            <numerusform>%n révisions inutilisées depuis %1 jours cochées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the filter: nothing was ticked.</source>
        <translation>Rien ne correspond au filtre : rien n&apos;a été coché.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n matching entr(ies).</source>
        <translation>
            <numerusform>%n entrée correspondante cochée.</numerusform>
            <numerusform>%n entrées correspondantes cochées.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ree Space…</source>
        <translation>&amp;Libérer de l&apos;espace…</translation>
    </message>
    <message>
        <source>Tick the least recently accessed revisions until they free a given amount</source>
        <translation>Cocher les révisions utilisées le moins récemment jusqu&apos;à libérer une quantité donnée</translation>
    </message>
    <message>
        <source>The cache holds no revision to delete.</source>
        <translation>Le cache ne contient aucune révision à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n revision(s) that free %1. Press Delete to review and delete them.</source>
        <translation>
            <numerusform>%n révision cochée, qui libère %1. Appuyez sur Suppr pour la vérifier et la supprimer.</numerusform>
            <numerusform>%n révisions cochées, qui libèrent %1. Appuyez sur Suppr pour les vérifier et les supprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking: %1 of %2, %3 of %n blob(s)</source>
        <translation>
            <numerusform>Vérification : %1 sur %2, %3 sur %n blob</numerusform>
            <numerusform>Vérification : %1 sur %2, %3 sur %n blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n step(s), %2 freed</source>
        <translation>
            <numerusform>Suppression : %1 sur %n étape, %2 libérés</numerusform>
            <numerusform>Suppression : %1 sur %n étapes, %2 libérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) moved to the Trash</source>
        <translation>
            <numerusform>%n dépôt mis à la corbeille</numerusform>
            <numerusform>%n dépôts mis à la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing to delete: the files are no longer in the cache.</source>
        <translation>Rien à supprimer : les fichiers ne sont plus dans le cache.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) untouched</source>
        <translation>
            <numerusform>; %n fichier intact</numerusform>
            <numerusform>; %n fichiers intacts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Selected Files from All Revisions…</source>
        <translation>&amp;Supprimer les fichiers sélectionnés de toutes les révisions…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is ticked: the %n selected file(s) go from every cached revision of their repo.</source>
        <translation>
            <numerusform>Rien n&apos;est coché : le fichier sélectionné (%n) est retiré de chaque révision en cache de son dépôt.</numerusform>
            <numerusform>Rien n&apos;est coché : les %n fichiers sélectionnés sont retirés de chaque révision en cache de leur dépôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is ticked: tick repos or revisions (Space), or select file rows, to delete them.</source>
        <translation>Rien n&apos;est coché : cochez des dépôts ou des révisions (Espace), ou sélectionnez des lignes de fichiers, pour les supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Only the ticked revisions below are deleted, not the %n selected file(s): to delete those, clear the ticks first.</source>
        <translation>
            <numerusform>Seules les révisions cochées ci-dessous sont supprimées, pas le fichier sélectionné (%n) : pour le supprimer, retirez d&apos;abord les coches.</numerusform>
            <numerusform>Seules les révisions cochées ci-dessous sont supprimées, pas les %n fichiers sélectionnés : pour les supprimer, retirez d&apos;abord les coches.</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 more stays on disk: other files share its blocks (reflinks or snapshots)</source>
        <translation>; %1 de plus reste sur le disque : d’autres fichiers partagent ses blocs (reflinks ou instantanés)</translation>
    </message>
    <message numerus="yes">
        <source>; %n revision(s) partly removed (delete again or prune to finish)</source>
        <translation>
            <numerusform>; %n révision partiellement supprimée (supprimez à nouveau ou nettoyez pour terminer)</numerusform>
            <numerusform>; %n révisions partiellement supprimées (supprimez à nouveau ou nettoyez pour terminer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n blob(s) left that no file links to (prune removes them)</source>
        <translation>
            <numerusform>; %n blob restant qu’aucun fichier ne référence plus (le nettoyage le supprime)</numerusform>
            <numerusform>; %n blobs restants qu’aucun fichier ne référence plus (le nettoyage les supprime)</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of it lies in the container image&apos;s read-only layers (overlayfs): hidden, not freed</source>
        <translation>; %1 de ceci se trouve dans les couches en lecture seule de l’image du conteneur (overlayfs) : masqué, non libéré</translation>
    </message>
    <message>
        <source>; the files held less on disk than their sizes (%1: sparse, or compressed by the filesystem)</source>
        <translation>; les fichiers occupaient moins sur le disque que leur taille (%1 : creux, ou compressés par le système de fichiers)</translation>
    </message>
    <message>
        <source>; %1 more is still %2: freed when that process lets go</source>
        <translation>; %1 de plus est encore %2 : libéré quand ce processus le relâche</translation>
    </message>
    <message>
        <source>A deletion is running: wait for it to end, or Cancel it, before deleting more.</source>
        <translation>Une suppression est en cours : attendez qu’elle se termine, ou annulez-la, avant d’en supprimer davantage.</translation>
    </message>
    <message>
        <source> (%1 on disk: the files are sparse or compressed by the filesystem)</source>
        <translation> (%1 sur le disque : les fichiers sont creux ou compressés par le système de fichiers)</translation>
    </message>
    <message>
        <source>Cleared the filter, which hid %1.</source>
        <translation>Filtre effacé : il masquait %1.</translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Réfs</translation>
    </message>
    <message>
        <source>Bytes on disk. A blob shared by several revisions is counted once for the repo, so a repo can be smaller than the sum of its revisions.</source>
        <translation>Octets sur le disque. Un blob partagé par plusieurs révisions ne compte qu&apos;une fois pour le dépôt ; un dépôt peut donc être plus petit que la somme de ses révisions.</translation>
    </message>
    <message>
        <source>Newest access time of the repo&apos;s blobs. On file systems mounted with relatime (the Linux default) it is updated at most once a day, and never with noatime: treat it as approximate.</source>
        <translation>Heure du dernier accès aux blobs du dépôt. Sur les systèmes de fichiers montés avec relatime (par défaut sous Linux), elle est mise à jour au plus une fois par jour, et jamais avec noatime : considérez-la comme approximative.</translation>
    </message>
    <message>
        <source>%1 on disk. Its revisions add up to %2 because they share blobs, which are stored once.</source>
        <translation>%1 sur le disque. Ses révisions totalisent %2 car elles partagent des blobs, stockés une seule fois.</translation>
    </message>
    <message>
        <source>%1 on disk (%2 bytes)</source>
        <translation>%1 sur le disque (%2 octets)</translation>
    </message>
    <message>
        <source>%1 (approximate: access times are updated lazily on relatime and noatime mounts)</source>
        <translation>%1 (approximatif : les heures d&apos;accès sont mises à jour en différé avec relatime et noatime)</translation>
    </message>
    <message>
        <source>corrupted</source>
        <translation>corrompue</translation>
    </message>
    <message>
        <source>huggingface_hub skips this entry: %1
Tick it to remove it.</source>
        <translation>huggingface_hub ignore cette entrée : %1
Cochez-la pour la supprimer.</translation>
    </message>
    <message>
        <source>%1 (detached)</source>
        <translation>%1 (détachée)</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>Commit %1
%2</source>
        <translation>Commit %1
%2</translation>
    </message>
    <message>
        <source>%1 (partial download)</source>
        <translation>%1 (téléchargement partiel)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>An interrupted download. &quot;Prune&quot; removes it unless the download is still running.
%1</source>
        <translation>Un téléchargement interrompu. « prune » le supprime, sauf si le téléchargement est encore en cours.
%1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>%1
Blob: %2</source>
        <translation>%1
Blob : %2</translation>
    </message>
    <message>
        <source>Frees nothing: part of it is reached through a link, and HubDeck never deletes through a link.</source>
        <translation>Ne libère rien : une partie est atteinte par un lien, et HubDeck ne supprime jamais à travers un lien.</translation>
    </message>
    <message>
        <source>Deleting this alone frees %1 (%2 bytes).</source>
        <translation>Supprimer ceci seul libère %1 (%2 octets).</translation>
    </message>
    <message>
        <source>Deleting this alone frees %1 of its %2: the rest are blobs that other revisions or repos still use.</source>
        <translation>Supprimer ceci seul libère %1 sur %2 : le reste, ce sont des blobs que d&apos;autres révisions ou dépôts utilisent encore.</translation>
    </message>
    <message>
        <source>%1: the newest access of the blobs this revision uses (approximate on relatime and noatime mounts)</source>
        <translation>%1 : le dernier accès aux blobs de cette révision (approximatif sur les montages relatime et noatime)</translation>
    </message>
    <message>
        <source>Frees</source>
        <translation>Libère</translation>
    </message>
    <message>
        <source>What deleting this row alone frees: Size counts what the row holds, Frees leaves out the blobs that other revisions or repos still use.</source>
        <translation>Ce que libère la suppression de cette seule ligne : « Taille » compte ce que la ligne contient, « Libère » omet les blobs que d&apos;autres révisions ou dépôts utilisent encore.</translation>
    </message>
</context>
<context>
    <name>hubdeck::DeleteConfirmDialog</name>
    <message>
        <source>Delete from the cache?</source>
        <translation>Supprimer du cache ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 will be freed&lt;/b&gt; (of %2 in the cache). Deleted files are downloaded again the next time a program asks for them.</source>
        <translation>&lt;b&gt;%1 seront libérés&lt;/b&gt; (sur %2 dans le cache). Les fichiers supprimés seront à nouveau téléchargés la prochaine fois qu&apos;un programme les demandera.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Frees</source>
        <translation>Libère</translation>
    </message>
    <message>
        <source>%1 (corrupted entry)</source>
        <translation>%1 (entrée corrompue)</translation>
    </message>
    <message>
        <source>%1 — entire repo</source>
        <translation>%1 — dépôt entier</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n revision(s)</source>
        <translation>
            <numerusform>%1 — %n révision</numerusform>
            <numerusform>%1 — %n révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>detached</source>
        <translation>détachée</translation>
    </message>
    <message>
        <source>Nothing outside the cache folder is touched. If you cancel, what was already removed stays removed and the cache stays consistent.</source>
        <translation>Rien hors du dossier du cache n&apos;est touché. Si vous annulez, ce qui a déjà été supprimé le reste et le cache reste cohérent.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <source>Delete in the background; you can cancel, and nothing outside the cache is touched</source>
        <translation>Supprimer en arrière-plan ; vous pouvez annuler, et rien hors du cache n&apos;est touché</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) will not be deleted: part of each is a link to another place, and HubDeck never deletes through a link. Their rows below say where the links go.</source>
        <translation>
            <numerusform>%n entrée ne sera pas supprimée : une partie est un lien vers un autre endroit, et HubDeck ne supprime jamais à travers un lien. Les lignes ci-dessous disent où mènent les liens.</numerusform>
            <numerusform>%n entrées ne seront pas supprimées : une partie de chacune est un lien vers un autre endroit, et HubDeck ne supprime jamais à travers un lien. Les lignes ci-dessous disent où mènent les liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not deleted: part of it is a link to another place</source>
        <translation>%1 — non supprimé : une partie est un lien vers un autre endroit</translation>
    </message>
    <message>
        <source>%1 (empty folder left by a stopped deletion)</source>
        <translation>%1 (dossier vide laissé par une suppression interrompue)</translation>
    </message>
    <message>
        <source>%1 — empty repo (no revision left)</source>
        <translation>%1 — dépôt vide (plus aucune révision)</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) no snapshot links to</source>
        <translation>
            <numerusform>%n blob qu’aucun snapshot ne référence</numerusform>
            <numerusform>%n blobs qu’aucun snapshot ne référence</numerusform>
        </translation>
    </message>
    <message>
        <source>Left by a stopped deletion or download; nothing uses them.</source>
        <translation>Laissés par une suppression ou un téléchargement interrompu ; rien ne les utilise.</translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n téléchargement partiel</numerusform>
            <numerusform>%n téléchargements partiels</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept if their download is still running</source>
        <translation>Conservés si leur téléchargement est en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n shared blob(s) no repo links to</source>
        <translation>
            <numerusform>%n blob partagé qu’aucun dépôt ne référence</numerusform>
            <numerusform>%n blobs partagés qu’aucun dépôt ne référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that are gone (manifests, locks)</source>
        <translation>
            <numerusform>%n fichier de blobs partagés disparus (manifestes, verrous)</numerusform>
            <numerusform>%n fichiers de blobs partagés disparus (manifestes, verrous)</numerusform>
        </translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>What the row holds on disk</source>
        <translation>Ce que la ligne occupe sur le disque</translation>
    </message>
    <message>
        <source>What deleting it frees. A repo&apos;s line counts everything this deletion frees from it; a revision&apos;s, what deleting it alone would free.</source>
        <translation>Ce que la suppression libère. La ligne d&apos;un dépôt compte tout ce que cette suppression y libère ; celle d&apos;une révision, ce que sa seule suppression libérerait.</translation>
    </message>
    <message>
        <source>Each repo and revision that goes, with its size and the space it frees</source>
        <translation>Chaque dépôt et chaque révision supprimés, avec leur taille et l&apos;espace libéré</translation>
    </message>
    <message>
        <source>Shared blobs that several of these repos used and no remaining repo uses</source>
        <translation>Blobs partagés qu&apos;utilisaient plusieurs de ces dépôts et qu&apos;aucun dépôt restant n&apos;utilise</translation>
    </message>
    <message>
        <source>What deleting this revision alone would free. Together with the other revisions of this deletion it can free more: the repo&apos;s line counts that.</source>
        <translation>Ce que libérerait la suppression de cette seule révision. Avec les autres révisions de cette suppression, elle peut libérer davantage : la ligne du dépôt le compte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 moves to the Trash&lt;/b&gt; and %2 is freed now (of %3 in the cache). The Trash frees nothing until it is emptied; revisions inside repos that stay are deleted permanently.</source>
        <translation>&lt;b&gt;%1 va à la corbeille&lt;/b&gt; et %2 est libéré maintenant (sur %3 dans le cache). La corbeille ne libère rien tant qu&apos;elle n&apos;est pas vidée ; les révisions des dépôts qui restent sont supprimées définitivement.</translation>
    </message>
    <message>
        <source>%1 — entire repo, to the Trash</source>
        <translation>%1 — dépôt entier, à la corbeille</translation>
    </message>
    <message>
        <source>Delete %1, Move %2 to the Trash</source>
        <translation>Supprimer %1, mettre %2 à la corbeille</translation>
    </message>
    <message>
        <source>Move %1 to the Trash</source>
        <translation>Mettre %1 à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s), from every revision that has them</source>
        <translation>
            <numerusform>%1 — %n fichier, de chaque révision qui l’a</numerusform>
            <numerusform>%1 — %n fichiers, de chaque révision qui les a</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translation>%1  dans %2</translation>
    </message>
    <message>
        <source>Its blob stays: a file that is kept links to it, so removing this one frees nothing</source>
        <translation>Son blob reste : un fichier conservé y renvoie, retirer celui-ci ne libère donc rien</translation>
    </message>
    <message>
        <source>Its blob goes with it once no kept file links to it</source>
        <translation>Son blob part avec lui dès qu’aucun fichier conservé n’y renvoie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 will be freed on disk&lt;/b&gt;: the files add up to %2, but they are sparse or compressed by the filesystem (%3 in the cache). Deleted files are downloaded again the next time a program asks for them.</source>
        <translation>&lt;b&gt;%1 seront libérés sur le disque&lt;/b&gt; : les fichiers totalisent %2, mais ils sont creux ou compressés par le système de fichiers (%3 dans le cache). Les fichiers supprimés seront de nouveau téléchargés la prochaine fois qu’un programme les demandera.</translation>
    </message>
    <message>
        <source>Frees (sizes)</source>
        <translation>Libère (tailles)</translation>
    </message>
    <message>
        <source>What deleting it frees, counted in file sizes as the Cache page lists them. On disk these files hold less: the line above says how much.</source>
        <translation>Ce que la suppression libère, compté en tailles de fichiers comme la page Cache les liste. Sur le disque, ces fichiers occupent moins : la ligne au-dessus dit combien.</translation>
    </message>
</context>
<context>
    <name>hubdeck::DiskUsageBar</name>
    <message>
        <source>Disk space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Disk: %1 free of %2</source>
        <translation>Disque : %1 libres sur %2</translation>
    </message>
    <message>
        <source> → %1 after deleting</source>
        <translation> → %1 après la suppression</translation>
    </message>
    <message>
        <source>%1
The filesystem of %2: %3 bytes free (for you) of %4; the ticked deletion frees %5 bytes.</source>
        <translation>%1
Le système de fichiers de %2 : %3 octets libres (pour vous) sur %4 ; la suppression cochée libère %5 octets.</translation>
    </message>
</context>
<context>
    <name>hubdeck::FolderUpload</name>
    <message>
        <source>Sending %1 (part %2)</source>
        <translation>Envoi de %1 (partie %2)</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>%1 failed: %2; trying again in %3 s (%4 of %5).</source>
        <translation>%1 a échoué : %2 ; nouvel essai dans %3 s (%4 sur %5).</translation>
    </message>
</context>
<context>
    <name>hubdeck::FreeSpaceDialog</name>
    <message>
        <source>Also revisions a &amp;ref points to (main, tags): programs load these by name</source>
        <translation>Aussi les révisions vers lesquelles pointe une &amp;référence (main, tags) : les programmes les chargent par leur nom</translation>
    </message>
    <message>
        <source>Free Space</source>
        <translation>Libérer de l&apos;espace</translation>
    </message>
    <message>
        <source>HubDeck ticks whole revisions, the least recently accessed first, until they free at least this much. Nothing is deleted until you confirm the deletion.</source>
        <translation>HubDeck coche des révisions entières, les moins récemment utilisées d&apos;abord, jusqu&apos;à libérer au moins cette quantité. Rien n&apos;est supprimé avant que vous confirmiez la suppression.</translation>
    </message>
    <message>
        <source>Space to free</source>
        <translation>Espace à libérer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Free &amp;at least:</source>
        <translation>Libérer &amp;au moins :</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Revisions that will be ticked</source>
        <translation>Révisions qui seront cochées</translation>
    </message>
    <message>
        <source>&amp;Tick Them</source>
        <translation>&amp;Cocher</translation>
    </message>
    <message>
        <source>Replace the ticks in the tree with these revisions; delete them with Delete</source>
        <translation>Remplacer les coches de l&apos;arborescence par ces révisions ; les supprimer avec Suppr</translation>
    </message>
    <message>
        <source>No revision can be deleted.</source>
        <translation>Aucune révision ne peut être supprimée.</translation>
    </message>
    <message>
        <source>Every revision has a ref: allow revisions with a ref to free space.</source>
        <translation>Chaque révision a une référence : autorisez les révisions avec référence pour libérer de l&apos;espace.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n repo(s)</source>
        <translation>
            <numerusform> dans %n dépôt</numerusform>
            <numerusform> dans %n dépôts</numerusform>
        </translation>
    </message>
    <message>
        <source> free &lt;b&gt;%1&lt;/b&gt; together.</source>
        <translation> libèrent ensemble &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>That is all the cache can free, short of the %1 asked for.</source>
        <translation>C&apos;est tout ce que le cache peut libérer, en deçà des %1 demandés.</translation>
    </message>
    <message>
        <source>That is all that can be freed without revisions that have a ref, short of the %1 asked for.</source>
        <translation>C&apos;est tout ce qui peut être libéré sans les révisions qui ont une référence, en deçà des %1 demandés.</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>détachée</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>At least this much is freed, in the unit beside it</source>
        <translation>Au moins cette quantité est libérée, dans l&apos;unité à côté</translation>
    </message>
    <message>
        <source>Megabytes, gigabytes or terabytes (1000-based)</source>
        <translation>Mégaoctets, gigaoctets ou téraoctets (base 1000)</translation>
    </message>
    <message>
        <source>Off: only detached revisions, which no program asks for by name</source>
        <translation>Désactivé : seulement les révisions détachées, qu&apos;aucun programme ne demande par leur nom</translation>
    </message>
    <message>
        <source>The least recently accessed first, with their last access and size</source>
        <translation>Les moins récemment utilisées d&apos;abord, avec leur dernier accès et leur taille</translation>
    </message>
    <message>
        <source>Its files</source>
        <translation>Ses fichiers</translation>
    </message>
    <message>
        <source>The size of the revision&apos;s files, shared ones whole: what it frees may be less</source>
        <translation>La taille des fichiers de la révision, partagés comptés en entier : ce qu’elle libère peut être moindre</translation>
    </message>
    <message>
        <source>Their files come to %1 one by one: files they share count once, and those a revision that stays also uses are not freed.</source>
        <translation>Leurs fichiers font %1 un par un : les fichiers qu’elles partagent comptent une fois, et ceux qu’une révision qui reste utilise aussi ne sont pas libérés.</translation>
    </message>
    <message>
        <source>That is on disk: their files add up to %1, but they are sparse or compressed by the filesystem.</source>
        <translation>C’est sur le disque : leurs fichiers totalisent %1, mais ils sont creux ou compressés par le système de fichiers.</translation>
    </message>
    <message>
        <source>Enter how much space to free.</source>
        <translation>Indiquez l’espace à libérer.</translation>
    </message>
</context>
<context>
    <name>hubdeck::HardwareDialog</name>
    <message>
        <source>Also set the sleep time to</source>
        <translation>Régler aussi le délai de mise en veille à</translation>
    </message>
    <message>
        <source>Hardware for %1</source>
        <translation>Matériel de %1</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Prix par heure</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Request this hardware</source>
        <translation>Demander ce matériel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changing the hardware restarts the Space.&lt;/b&gt; Upgraded hardware is billed by the minute while the Space runs, until it sleeps or is paused.</source>
        <translation>&lt;b&gt;Changer de matériel redémarre le Space.&lt;/b&gt; Le matériel amélioré est facturé à la minute tant que le Space tourne, jusqu&apos;à sa mise en veille ou sa pause.</translation>
    </message>
    <message>
        <source>Loading the hardware catalogue…</source>
        <translation>Chargement du catalogue de matériel…</translation>
    </message>
    <message>
        <source>Select a tier. Changing the hardware restarts the Space and may be billed.</source>
        <translation>Choisissez un niveau. Changer de matériel redémarre le Space et peut être facturé.</translation>
    </message>
    <message>
        <source>The catalogue could not be fetched (%1) Showing the known tiers without their prices.</source>
        <translation>Le catalogue n&apos;a pas pu être récupéré (%1) Affichage des niveaux connus, sans leurs prix.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>Hardware tiers</source>
        <translation>Niveaux de matériel</translation>
    </message>
    <message>
        <source>The hardware the Hub offers, with its price; the current and requested tiers are marked</source>
        <translation>Le matériel proposé par le Hub, avec son prix ; les niveaux actuel et demandé sont signalés</translation>
    </message>
    <message>
        <source>Sleep time in minutes</source>
        <translation>Délai de mise en veille en minutes</translation>
    </message>
    <message>
        <source>Send a sleep time with the hardware request</source>
        <translation>Envoyer un délai de mise en veille avec la demande de matériel</translation>
    </message>
    <message>
        <source>Minutes without visitors before the Space sleeps</source>
        <translation>Minutes sans visiteurs avant la mise en veille du Space</translation>
    </message>
    <message>
        <source>Restarts the Space on the chosen hardware; upgraded hardware is billed while it runs</source>
        <translation>Redémarre le Space sur le matériel choisi ; le matériel amélioré est facturé tant qu&apos;il tourne</translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeDeleteDialog</name>
    <message>
        <source>Delete from the Hugging Face home?</source>
        <translation>Supprimer du dossier Hugging Face ?</translation>
    </message>
    <message>
        <source>Entries to delete</source>
        <translation>Entrées à supprimer</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;Supprimer %1</translation>
    </message>
    <message>
        <source>Delete the entries listed; it cannot be undone</source>
        <translation>Supprimer les entrées listées ; c&apos;est irréversible</translation>
    </message>
    <message>
        <source>Checking that each entry can be deleted whole…</source>
        <translation>Vérification que chaque entrée peut être supprimée en entier…</translation>
    </message>
    <message>
        <source>Checked: each entry can be deleted whole.</source>
        <translation>Vérifié : chaque entrée peut être supprimée en entier.</translation>
    </message>
    <message>
        <source>files hard-linked between these entries, counted once</source>
        <translation>fichiers liés physiquement entre ces entrées, comptés une fois</translation>
    </message>
    <message>
        <source>And %1 in files hard-linked between entries of different kinds, counted once.</source>
        <translation>Et %1 dans des fichiers liés physiquement entre des entrées de types différents, comptés une fois.</translation>
    </message>
    <message>
        <source>%1 is a link to %2: its entries listed here are deleted there.</source>
        <translation>%1 est un lien vers %2 : les entrées listées ici y sont supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln entr(ies), %1 on disk&lt;/b&gt;, will be deleted (of %2 in the home).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln entrée, %1 sur le disque&lt;/b&gt;, sera supprimée (sur %2 dans le dossier).</numerusform>
            <numerusform>&lt;b&gt;%Ln entrées, %1 sur le disque&lt;/b&gt;, seront supprimées (sur %2 dans le dossier).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) cannot be deleted whole as they stand and will be left alone.</source>
        <translation>
            <numerusform>%Ln entrée ne peut pas être supprimée en entier en l’état et sera laissée telle quelle.</numerusform>
            <numerusform>%Ln entrées ne peuvent pas être supprimées en entier en l’état et seront laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies), %1</source>
        <translation>
            <numerusform>%Ln entrée, %1</numerusform>
            <numerusform>%Ln entrées, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: %1 in blocks other files share (reflinks or snapshots), which the disk keeps while those files stay.</source>
        <translation>Non compté : %1 dans des blocs que d’autres fichiers partagent (reflinks ou instantanés), que le disque garde tant que ces fichiers restent.</translation>
    </message>
    <message numerus="yes">
        <source>And %1 in %n folder(s) that hold only these entries, removed with them.</source>
        <translation>
            <numerusform>Et %1 dans %n dossier qui ne contient que ces entrées, supprimé avec elles.</numerusform>
            <numerusform>Et %1 dans %n dossiers qui ne contiennent que ces entrées, supprimés avec elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting once checked…</source>
        <translation>Suppression après vérification…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing is left to delete.</source>
        <translation>Il ne reste rien à supprimer.</translation>
    </message>
    <message>
        <source>keeps %1 written into it since the deletion stopped, as %2 (its name holds a new folder)</source>
        <translation>conserve %1 écrits dedans depuis l’arrêt de la suppression, sous le nom %2 (son nom est pris par un nouveau dossier)</translation>
    </message>
    <message>
        <source>keeps %1 written into it since the deletion stopped, under its name again</source>
        <translation>conserve %1 écrits dedans depuis l’arrêt de la suppression, de nouveau sous son nom</translation>
    </message>
    <message>
        <source>Measured again: the entries to delete hold %1 now, %2 when the home was listed; the figures above are the new ones.</source>
        <translation>Mesurées à nouveau : les entrées à supprimer occupent %1 maintenant, %2 lors du listage ; les chiffres ci-dessus sont les nouveaux.</translation>
    </message>
    <message>
        <source>keeps %1 moved or written into it since it was set aside, as %2 (what was moved in may be its own old files, so it does not get the entry&apos;s name)</source>
        <translation>conserve %1 déplacés ou écrits dedans depuis sa mise de côté, sous %2 (ce qui a été déplacé peut être ses propres anciens fichiers, donc il ne reprend pas le nom de l&apos;entrée)</translation>
    </message>
    <message>
        <source>The entries to delete by kind, with what deleting each kind costs</source>
        <translation>Les entrées à supprimer par type, avec ce que coûte la suppression de chaque type</translation>
    </message>
    <message numerus="yes">
        <source>No longer in this deletion, as %Ln entr(ies) changed since they were listed (deleted or moved by another program, or now in use): %1. The Overview says why.</source>
        <translation>
            <numerusform>Plus dans cette suppression, car %Ln entrée a changé depuis qu’elle a été listée (supprimée ou déplacée par un autre programme, ou maintenant utilisée)&#xa0;: %1. La Vue d’ensemble dit pourquoi.</numerusform>
            <numerusform>Plus dans cette suppression, car %Ln entrées ont changé depuis qu’elles ont été listées (supprimées ou déplacées par un autre programme, ou maintenant utilisées)&#xa0;: %1. La Vue d’ensemble dit pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to delete&lt;/b&gt;: the entries are no longer there as they were listed.</source>
        <translation>&lt;b&gt;Rien à supprimer&lt;/b&gt;&#xa0;: les entrées ne sont plus là telles qu’elles ont été listées.</translation>
    </message>
    <message>
        <source>Entries in use when their turn comes are left alone. If you cancel, what was already deleted stays deleted and the entries not started yet stay whole; the entry being deleted at that moment is left as an interrupted deletion (a folder renamed to end in “%1”, or one that keeps its name, such as downloads, marked as stopped part-way): the Overview lists it, and deleting it finishes the job.</source>
        <translation>Les entrées en cours d’utilisation au moment de leur tour sont laissées telles quelles. Si vous annulez, ce qui a été supprimé le reste et les entrées pas encore commencées restent entières ; l’entrée en cours de suppression à ce moment reste comme une suppression interrompue (un dossier renommé avec la fin « %1 », ou un dossier qui garde son nom, comme downloads, marqué comme arrêté en cours de route) : la Vue d’ensemble la liste, et la supprimer termine le travail.</translation>
    </message>
    <message>
        <source>%1 (with its extracted/)</source>
        <translation>%1 (avec son extracted/)</translation>
    </message>
    <message>
        <source>Not deleted yet: it frees %1, not the %2 you confirmed. Press Delete again to go on.</source>
        <translation>Pas encore supprimé : cela libère %1, et non les %2 que vous avez confirmés. Appuyez de nouveau sur Supprimer pour continuer.</translation>
    </message>
    <message>
        <source>Not deleted yet: what will be deleted changed. Press Delete again to go on.</source>
        <translation>Pas encore supprimé : ce qui sera supprimé a changé. Appuyez de nouveau sur Supprimer pour continuer.</translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeSession</name>
    <message>
        <source>; partly deleted: %1 (delete it again to finish)</source>
        <translation> ; supprimé en partie : %1 (supprimez-le à nouveau pour terminer)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln entr(ies) deleted, %1 freed</source>
        <translation>
            <numerusform>Arrêté : %Ln entrée supprimée, %1 libérés</numerusform>
            <numerusform>Arrêté : %Ln entrées supprimées, %1 libérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entr(ies), %1 freed</source>
        <translation>
            <numerusform>%Ln entrée supprimée, %1 libérés</numerusform>
            <numerusform>%Ln entrées supprimées, %1 libérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln partly deleted (delete them again to finish)</source>
        <translation>
            <numerusform> ; %Ln supprimée en partie (supprimez-la à nouveau pour terminer)</numerusform>
            <numerusform> ; %Ln supprimées en partie (supprimez-les à nouveau pour terminer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln could not be deleted</source>
        <translation>
            <numerusform>; %Ln n&apos;a pas pu être supprimée</numerusform>
            <numerusform>; %Ln n&apos;ont pas pu être supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 more stays on disk: other files share its blocks (reflinks or snapshots)</source>
        <translation>; %1 de plus reste sur le disque : d’autres fichiers partagent ses blocs (reflinks ou instantanés)</translation>
    </message>
    <message>
        <source>; %1 of it lies in the container image&apos;s read-only layers (overlayfs): hidden, not freed</source>
        <translation>; %1 de ceci se trouve dans les couches en lecture seule de l’image du conteneur (overlayfs) : masqué, non libéré</translation>
    </message>
    <message>
        <source>; unticked, as the confirmation said: %1</source>
        <translation>; décoché, comme la confirmation l’indiquait : %1</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln entr(ies) the confirmation said could not be deleted whole are unticked.</source>
        <translation>
            <numerusform>; %Ln entrée que la confirmation disait impossible à supprimer entièrement est décochée.</numerusform>
            <numerusform>; %Ln entrées que la confirmation disait impossibles à supprimer entièrement sont décochées.</numerusform>
        </translation>
    </message>
    <message>
        <source>; kept %1, which another program wrote there after it was listed for deletion</source>
        <translation>; %1 conservé : un autre programme l’y a écrit après sa mise en liste pour suppression</translation>
    </message>
    <message numerus="yes">
        <source>; kept %Ln file(s) or folder(s) that another program wrote there after they were listed for deletion, first %1</source>
        <translation>
            <numerusform>; %Ln fichier ou dossier conservé, qu’un autre programme y a écrit après sa mise en liste pour suppression, d’abord %1</numerusform>
            <numerusform>; %Ln fichiers ou dossiers conservés, qu’un autre programme y a écrits après leur mise en liste pour suppression, d’abord %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; kept %1, which was written or moved into it since its deletion began</source>
        <translation>; %1 conservé, écrit ou déplacé là depuis le début de sa suppression</translation>
    </message>
    <message numerus="yes">
        <source>; kept %Ln file(s) or folder(s) written or moved into it since its deletion began, first %1</source>
        <translation>
            <numerusform>; %Ln fichier ou dossier conservé, écrit ou déplacé là depuis le début de sa suppression, d’abord %1</numerusform>
            <numerusform>; %Ln fichiers ou dossiers conservés, écrits ou déplacés là depuis le début de sa suppression, d’abord %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeTreeModel</name>
    <message>
        <source>Models, datasets and Spaces downloaded with huggingface_hub. Open it on the Cache page to delete repos and revisions.</source>
        <translation>Modèles, datasets et Spaces téléchargés avec huggingface_hub. Ouvrez-le dans la page Cache pour supprimer des dépôts et des révisions.</translation>
    </message>
    <message>
        <source>The Xet client&apos;s caches: chunks of downloaded files, dedup metadata, uploads being prepared.</source>
        <translation>Les caches du client Xet : chunks de fichiers téléchargés, métadonnées de déduplication, envois en préparation.</translation>
    </message>
    <message>
        <source>The datasets library: raw downloads, unpacked archives and prepared Arrow caches.</source>
        <translation>La bibliothèque datasets : téléchargements bruts, archives extraites et caches Arrow préparés.</translation>
    </message>
    <message>
        <source>Files libraries store with cached_assets_path.</source>
        <translation>Fichiers que les bibliothèques rangent avec cached_assets_path.</translation>
    </message>
    <message>
        <source>Python modules of remote code: trust_remote_code models and dataset scripts.</source>
        <translation>Modules Python de code distant : modèles trust_remote_code et scripts de datasets.</translation>
    </message>
    <message>
        <source>The pre-2022 transformers cache, which current versions no longer read.</source>
        <translation>L&apos;ancien cache de transformers (avant 2022), que les versions actuelles ne lisent plus.</translation>
    </message>
    <message>
        <source>What HF_HOME holds beside its parts: your access tokens and files of other tools.</source>
        <translation>Ce que HF_HOME contient à côté de ses parties : vos jetons d&apos;accès et des fichiers d&apos;autres outils.</translation>
    </message>
    <message>
        <source>Hub cache</source>
        <translation>Cache du Hub</translation>
    </message>
    <message>
        <source>Xet</source>
        <translation>Xet</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Not on disk.</source>
        <translation>Absent du disque.</translation>
    </message>
    <message>
        <source>not on disk</source>
        <translation>absent du disque</translation>
    </message>
    <message>
        <source>In use: %1. It cannot be deleted while that process uses it.</source>
        <translation>Utilisé : %1. Impossible de le supprimer tant que ce processus l&apos;utilise.</translation>
    </message>
    <message>
        <source>A link to %1: listed and cleaned there, where the libraries write.</source>
        <translation>Un lien vers %1 : listé et nettoyé là-bas, où les bibliothèques écrivent.</translation>
    </message>
    <message>
        <source>It cannot be read (%1): its entries are not listed and its size is missing.</source>
        <translation>Illisible (%1) : ses entrées ne sont pas listées et sa taille manque.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not deleted by HubDeck: %1</source>
        <translation>Non supprimé par HubDeck : %1</translation>
    </message>
    <message>
        <source>%1 of it is the folders that hold the entries (a folder that once listed many files keeps its size); HubDeck leaves them, as the libraries write into them.</source>
        <translation>%1 de cela sont les dossiers qui contiennent les entrées (un dossier qui a contenu beaucoup de fichiers garde sa taille) ; HubDeck les laisse, car les bibliothèques y écrivent.</translation>
    </message>
    <message>
        <source>Deleting it alone frees %1.</source>
        <translation>Le supprimer seul libère %1.</translation>
    </message>
    <message>
        <source>%1 is in files hard-linked from outside it, which stay on disk through those other names.</source>
        <translation>%1 sont dans des fichiers liés physiquement depuis l’extérieur, qui restent sur le disque par ces autres noms.</translation>
    </message>
    <message>
        <source>%1 is in files hard-linked with %2: freed when those are deleted with it.</source>
        <translation>%1 sont dans des fichiers liés physiquement à %2 : libérés quand ceux-ci sont supprimés avec.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on disk (apparent size %2) in %Ln entr(ies).</source>
        <translation>
            <numerusform>%1 sur le disque (taille apparente %2) dans %Ln entrée.</numerusform>
            <numerusform>%1 sur le disque (taille apparente %2) dans %Ln entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 repo</source>
        <translation>dépôt %1</translation>
    </message>
    <message>
        <source>Its size here is what it takes on disk, as du counts it; the Cache page shows its files&apos; sizes as huggingface_hub counts them, revision by revision.</source>
        <translation>Sa taille ici est ce qu’il occupe sur le disque, comme du le compte ; la page Cache montre la taille de ses fichiers comme huggingface_hub la compte, révision par révision.</translation>
    </message>
    <message>
        <source>In use, %1: %2</source>
        <translation>Utilisé, %1 : %2</translation>
    </message>
    <message>
        <source>The same folder as the %1 part: its entries are listed there.</source>
        <translation>Le même dossier que la partie %1 : ses entrées y sont listées.</translation>
    </message>
    <message>
        <source>On another filesystem than HF_HOME: %1 free of %2 there.</source>
        <translation>Sur un autre système de fichiers que HF_HOME : %1 libres sur %2 là-bas.</translation>
    </message>
    <message>
        <source>%1 of it was written there after the deletion stopped: finishing the deletion keeps that, under the entry&apos;s name again, and frees the rest.</source>
        <translation>%1 y a été écrit après l’arrêt de la suppression : la terminer le conserve, de nouveau sous le nom de l’entrée, et libère le reste.</translation>
    </message>
    <message>
        <source>Sorts the entries of each part by name; the parts keep their order.</source>
        <translation>Trie les entrées de chaque partie par nom ; les parties gardent leur ordre.</translation>
    </message>
    <message>
        <source>%1 is in use now: %2</source>
        <translation>%1 est maintenant utilisé : %2</translation>
    </message>
    <message>
        <source>%1 is being deleted by another program</source>
        <translation>%1 est en cours de suppression par un autre programme</translation>
    </message>
    <message>
        <source>%1 cannot be deleted now: %2</source>
        <translation>%1 ne peut pas être supprimé maintenant : %2</translation>
    </message>
    <message>
        <source>%1 cannot be deleted now</source>
        <translation>%1 ne peut pas être supprimé maintenant</translation>
    </message>
    <message>
        <source>%1 of it was moved or written there since it was set aside: finishing the deletion keeps that as %2 (what was moved in may be the entry&apos;s own old files, so it does not get the entry&apos;s name), and frees the rest.</source>
        <translation>%1 y a été déplacé ou écrit depuis sa mise de côté : la terminer le conserve sous %2 (ce qui a été déplacé peut être d’anciens fichiers de l’entrée ; il ne reprend donc pas son nom), et libère le reste.</translation>
    </message>
    <message>
        <source>%1 of it was written there after the deletion stopped: finishing the deletion keeps that as %2 (the entry&apos;s name holds a new folder), and frees the rest.</source>
        <translation>%1 y a été écrit après l’arrêt de la suppression : la terminer le conserve sous %2 (le nom de l’entrée est pris par un nouveau dossier), et libère le reste.</translation>
    </message>
    <message>
        <source>Where transformers downloads models, as TRANSFORMERS_CACHE says: a hub cache of its own (open it on the Cache page to delete repos) and downloads of transformers before 4.22.</source>
        <translation>Là où transformers télécharge les modèles, comme le dit TRANSFORMERS_CACHE : un cache du Hub à part (ouvrez-le sur la page Cache pour supprimer des dépôts) et des téléchargements de transformers antérieurs à 4.22.</translation>
    </message>
    <message>
        <source>TRANSFORMERS_CACHE</source>
        <translation>TRANSFORMERS_CACHE</translation>
    </message>
    <message>
        <source>Legacy transformers cache</source>
        <translation>Ancien cache transformers</translation>
    </message>
    <message>
        <source>%1 is no longer there: another program removed or moved it</source>
        <translation>%1 n’est plus là : un autre programme l’a supprimé ou déplacé</translation>
    </message>
    <message>
        <source>Where load_dataset downloads, as HF_DATASETS_DOWNLOADED_DATASETS_PATH says: the raw files and the archives unpacked from them (extracted/), deleted together. The folder itself stays.</source>
        <translation>Là où load_dataset télécharge, comme l’indique HF_DATASETS_DOWNLOADED_DATASETS_PATH : les fichiers bruts et les archives qui en sont décompressées (extracted/), supprimés ensemble. Le dossier lui-même reste.</translation>
    </message>
    <message>
        <source>Where datasets unpacks archives it was given no cache folder for, as HF_DATASETS_EXTRACTED_DATASETS_PATH says. The folder itself stays.</source>
        <translation>Là où datasets décompresse les archives pour lesquelles aucun dossier de cache n’a été donné, comme l’indique HF_DATASETS_EXTRACTED_DATASETS_PATH. Le dossier lui-même reste.</translation>
    </message>
    <message>
        <source>Datasets downloads</source>
        <translation>Téléchargements de datasets</translation>
    </message>
    <message>
        <source>Datasets unpacked archives</source>
        <translation>Archives décompressées de datasets</translation>
    </message>
</context>
<context>
    <name>hubdeck::LogsDialog</name>
    <message>
        <source>Build logs</source>
        <translation>Journaux de construction</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation>Journaux de %1</translation>
    </message>
    <message>
        <source>Run logs</source>
        <translation>Journaux d&apos;exécution</translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the logs</source>
        <translation>Enregistrer les journaux</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found</source>
        <translation>« %1 » introuvable</translation>
    </message>
    <message>
        <source>Following…</source>
        <translation>Suivi en cours…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Stream ended; reconnecting…</source>
        <translation>Flux terminé ; reconnexion…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n ligne.</numerusform>
            <numerusform>%n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the running app prints</source>
        <translation>Ce qu&apos;affiche l&apos;application en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>What the image build prints</source>
        <translation>Ce qu&apos;affiche la construction de l&apos;image</translation>
    </message>
    <message>
        <source>Keep the stream open and show new lines as they come</source>
        <translation>Garder le flux ouvert et afficher les nouvelles lignes dès leur arrivée</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>The log, following new lines until you scroll up</source>
        <translation>Le journal, qui suit les nouvelles lignes jusqu&apos;à ce que vous remontiez</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>Copier tout le journal dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Enregistrer le journal dans un fichier</translation>
    </message>
    <message>
        <source>Close the logs and stop following them</source>
        <translation>Fermer les journaux et arrêter de les suivre</translation>
    </message>
</context>
<context>
    <name>hubdeck::MainWindow</name>
    <message>
        <source>HubDeck</source>
        <translation>HubDeck</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>S&amp;paces</source>
        <translation>&amp;Spaces</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Cache Folder…</source>
        <translation>&amp;Ouvrir un dossier de cache…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>Sé&amp;lection</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Quick Select</source>
        <translation>Sélection rapide</translation>
    </message>
    <message>
        <source>HubDeck — %1</source>
        <translation>HubDeck — %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About HubDeck</source>
        <translation>À &amp;propos de HubDeck</translation>
    </message>
    <message>
        <source>Stop the scan, deletion or check that is running</source>
        <translation>Interrompre l&apos;analyse, la suppression ou la vérification en cours</translation>
    </message>
    <message>
        <source>Ov&amp;erview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Quit HubDeck</source>
        <translation>Quitter HubDeck</translation>
    </message>
    <message>
        <source>A deletion is running. Stop it and quit?</source>
        <translation>Une suppression est en cours. L’arrêter et quitter ?</translation>
    </message>
    <message>
        <source>What was already deleted stays deleted. The deletion stops between two files, and HubDeck quits once it has stopped.</source>
        <translation>Ce qui est déjà supprimé le reste. La suppression s’arrête entre deux fichiers, et HubDeck quitte dès qu’elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>Keep Deleting</source>
        <translation>Continuer la suppression</translation>
    </message>
    <message>
        <source>Stopping the deletion; HubDeck quits once it has stopped…</source>
        <translation>Arrêt de la suppression ; HubDeck quitte dès qu’elle s’est arrêtée…</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>%1 (deleting…)</source>
        <translation>%1 (suppression…)</translation>
    </message>
    <message>
        <source>A deletion is running on this page; its progress and Cancel are there.</source>
        <translation>Une suppression est en cours sur cette page ; sa progression et Annuler s’y trouvent.</translation>
    </message>
    <message>
        <source>Open a Hugging Face Home or Hub Cache</source>
        <translation>Ouvrir un dossier Hugging Face ou un cache du Hub</translation>
    </message>
    <message>
        <source>The Overview stays on %1 while its deletion runs; it shows %2 when you open that folder again.</source>
        <translation>La vue d’ensemble reste sur %1 tant que sa suppression est en cours ; elle affiche %2 si vous rouvrez ce dossier.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>hubdeck::NewSpaceDialog</name>
    <message>
        <source>Private (only you and your organisation can see it)</source>
        <translation>Privé (seuls vous et votre organisation pouvez le voir)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>New Space</source>
        <translation>Nouveau Space</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>SDK:</source>
        <translation>SDK :</translation>
    </message>
    <message>
        <source>same as the original</source>
        <translation>comme l&apos;original</translation>
    </message>
    <message>
        <source>cpu-basic (free)</source>
        <translation>cpu-basic (gratuit)</translation>
    </message>
    <message>
        <source>Hardware:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Persistent storage:</source>
        <translation>Stockage persistant :</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sleep after:</source>
        <translation>Mise en veille après :</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>CLÉ=VALEUR, une par ligne</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secrets :</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variables :</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Create Space</source>
        <translation>Créer le Space</translation>
    </message>
    <message>
        <source>Names use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, without &apos;--&apos; or &apos;..&apos;, up to 96 characters.</source>
        <translation>Les noms utilisent des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;, sans &apos;--&apos; ni &apos;..&apos;, 96 caractères au plus.</translation>
    </message>
    <message>
        <source>Sign in first: a Space needs an owner.</source>
        <translation>Connectez-vous d&apos;abord : un Space a besoin d&apos;un propriétaire.</translation>
    </message>
    <message>
        <source>A custom sleep time needs upgraded hardware: free hardware sleeps after 48 hours.</source>
        <translation>Un délai de mise en veille personnalisé exige du matériel amélioré : le matériel gratuit se met en veille après 48 heures.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, without &apos;--&apos; or &apos;..&apos;, up to 96 characters</source>
        <translation>Lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;, sans &apos;--&apos; ni &apos;..&apos;, 96 caractères au plus</translation>
    </message>
    <message>
        <source>You or one of your organisations</source>
        <translation>Vous ou l&apos;une de vos organisations</translation>
    </message>
    <message>
        <source>How the Space is built and served</source>
        <translation>Comment le Space est construit et servi</translation>
    </message>
    <message>
        <source>A private Space is visible only to you and its organisation&apos;s members</source>
        <translation>Un Space privé n&apos;est visible que par vous et les membres de son organisation</translation>
    </message>
    <message>
        <source>Upgraded hardware is billed while the Space runs</source>
        <translation>Le matériel amélioré est facturé tant que le Space tourne</translation>
    </message>
    <message>
        <source>Persistent storage is billed monthly while it exists</source>
        <translation>Le stockage persistant est facturé chaque mois tant qu&apos;il existe</translation>
    </message>
    <message>
        <source>Minutes without visitors before the Space sleeps; &quot;default&quot; keeps the Hub&apos;s</source>
        <translation>Minutes sans visiteurs avant la mise en veille du Space ; « par défaut » garde celui du Hub</translation>
    </message>
    <message>
        <source>Public environment variables of the Space</source>
        <translation>Variables d&apos;environnement publiques du Space</translation>
    </message>
    <message>
        <source>Copy the Space under the new name with these settings</source>
        <translation>Copier le Space sous le nouveau nom avec ces paramètres</translation>
    </message>
    <message>
        <source>Create the Space on the Hub</source>
        <translation>Créer le Space sur le Hub</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>Ajouter un secret</translation>
    </message>
    <message>
        <source>Add another secret; secrets are sent once and never shown again</source>
        <translation>Ajouter un autre secret ; les secrets sont envoyés une fois et plus jamais affichés</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;, not starting with a digit</source>
        <translation>Lettres, chiffres et « _ », sans commencer par un chiffre</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé du secret</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Sent once with the new Space and never shown again</source>
        <translation>Envoyé une fois avec le nouveau Space et plus jamais affiché</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valeur du secret</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>Show the value while typing</source>
        <translation>Afficher la valeur pendant la saisie</translation>
    </message>
    <message>
        <source>Remove this secret</source>
        <translation>Retirer ce secret</translation>
    </message>
    <message>
        <source>A secret needs a key.</source>
        <translation>Un secret a besoin d&apos;une clé.</translation>
    </message>
    <message>
        <source>The secret key %1 uses letters, digits and _, and does not start with a digit.</source>
        <translation>La clé %1 s&apos;écrit avec des lettres, des chiffres et _, et ne commence pas par un chiffre.</translation>
    </message>
    <message>
        <source>The secret %1 is given twice.</source>
        <translation>Le secret %1 est donné deux fois.</translation>
    </message>
    <message>
        <source>Variables are KEY=VALUE lines; check %1.</source>
        <translation>Les variables sont des lignes CLÉ=VALEUR ; vérifiez %1.</translation>
    </message>
    <message>
        <source>The stored account that creates the Space: it is created with that account&apos;s token, under its user or one of their organisations</source>
        <translation>Le compte enregistré qui crée le Space : il est créé avec le jeton de ce compte, sous son utilisateur ou l&apos;une de ses organisations</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>No account to create the Space with: sign in first.</source>
        <translation>Aucun compte pour créer le Space : connectez-vous d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>hubdeck::OverviewPage</name>
    <message>
        <source>Where the Hugging Face libraries keep their caches: HF_HOME, or ~/.cache/huggingface when it is not set. A part moved by its own variable (HF_HUB_CACHE, HF_XET_CACHE, HF_DATASETS_CACHE...) is shown where it is.</source>
        <translation>Là où les bibliothèques Hugging Face gardent leurs caches : HF_HOME, ou ~/.cache/huggingface s&apos;il n&apos;est pas défini. Une partie déplacée par sa propre variable (HF_HUB_CACHE, HF_XET_CACHE, HF_DATASETS_CACHE...) est montrée là où elle se trouve.</translation>
    </message>
    <message>
        <source>Parts and entries of the Hugging Face home</source>
        <translation>Parties et entrées du dossier Hugging Face</translation>
    </message>
    <message>
        <source>Each part of the home with its entries, their size, files and last use. Tick entries to delete them; Delete opens the confirmation.</source>
        <translation>Chaque partie du dossier avec ses entrées, leur taille, leurs fichiers et leur dernier usage. Cochez des entrées pour les supprimer ; Suppr ouvre la confirmation.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the ticked entries, after a confirmation (Delete)</source>
        <translation>Supprimer les entrées cochées, après confirmation (Suppr)</translation>
    </message>
    <message>
        <source>The Hugging Face home changed on disk; refreshing…</source>
        <translation>Le dossier Hugging Face a changé sur le disque ; actualisation…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>Scan of the Hugging Face home canceled. Press F5 to scan again.</source>
        <translation>Analyse du dossier Hugging Face annulée. Appuyez sur F5 pour relancer l&apos;analyse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;HF_HOME&lt;/b&gt;&amp;nbsp; %1</source>
        <translation>&lt;b&gt;HF_HOME&lt;/b&gt;&amp;nbsp; %1</translation>
    </message>
    <message>
        <source> &lt;i&gt;(not made yet: the first download makes it)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(pas encore créé : le premier téléchargement le crée)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Measuring the home…</source>
        <translation>Mesure du dossier…</translation>
    </message>
    <message>
        <source>Nothing is stored in this home yet: its parts appear here as the Hugging Face libraries download and cache.</source>
        <translation>Rien n&apos;est encore stocké dans ce dossier : ses parties apparaissent ici à mesure que les bibliothèques Hugging Face téléchargent et mettent en cache.</translation>
    </message>
    <message>
        <source>The home holds &lt;b&gt;%1&lt;/b&gt; on disk; %2 of it can be deleted here.</source>
        <translation>Le dossier occupe &lt;b&gt;%1&lt;/b&gt; sur le disque ; %2 peuvent être supprimés ici.</translation>
    </message>
    <message>
        <source>The hub cache&apos;s %1 is managed on the Cache page.</source>
        <translation>Les %1 du cache du Hub se gèrent dans la page Cache.</translation>
    </message>
    <message>
        <source>Nothing ticked. Tick entries (or a part) to free space; hub repos are deleted on the Cache page.</source>
        <translation>Rien n&apos;est coché. Cochez des entrées (ou une partie) pour libérer de la place ; les dépôts du Hub se suppriment dans la page Cache.</translation>
    </message>
    <message>
        <source>Delete (frees %1)…</source>
        <translation>Supprimer (libère %1)…</translation>
    </message>
    <message>
        <source>Open in &amp;Cache Page</source>
        <translation>Ouvrir dans la page &amp;Cache</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <source>&amp;Tick</source>
        <translation>&amp;Cocher</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>&amp;Untick</source>
        <translation>&amp;Décocher</translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>Nothing is ticked.</source>
        <translation>Rien n&apos;est coché.</translation>
    </message>
    <message>
        <source>Nothing can be deleted: %1</source>
        <translation>Rien ne peut être supprimé : %1</translation>
    </message>
    <message>
        <source>Some entries could not be deleted</source>
        <translation>Certaines entrées n&apos;ont pas pu être supprimées</translation>
    </message>
    <message>
        <source>Details of the current row</source>
        <translation>Détails de la ligne courante</translation>
    </message>
    <message>
        <source>Stop the scan or deletion of the home (Esc); what was already deleted stays deleted</source>
        <translation>Arrêter l’analyse ou la suppression du dossier personnel (Échap) ; ce qui a été supprimé le reste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source> &lt;i&gt;(cannot be used)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(inutilisable)&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>No entry that can be deleted here has gone unaccessed for %n day(s).</source>
        <translation>
            <numerusform>Aucune entrée supprimable ici n’est restée sans accès depuis %n jour.</numerusform>
            <numerusform>Aucune entrée supprimable ici n’est restée sans accès depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %Ln entr(ies) not accessed for %1 days.</source>
        <translation>
            <numerusform>%Ln entrée cochée, sans accès depuis %1 jours.</numerusform>
            <numerusform>%Ln entrées cochées, sans accès depuis %1 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) ticked — frees &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>%Ln entrée cochée — libère &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>%Ln entrées cochées — libèrent &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;A folder in %1 could not be read&lt;/b&gt;: its size counts only what could be read.</source>
        <translation>&lt;b&gt;Un dossier de %1 n’a pas pu être lu&lt;/b&gt; : sa taille ne compte que ce qui a pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln folder(s) could not be read&lt;/b&gt;: sizes count only what could be read.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln dossier n’a pas pu être lu&lt;/b&gt; : les tailles ne comptent que ce qui a pu être lu.</numerusform>
            <numerusform>&lt;b&gt;%Ln dossiers n’ont pas pu être lus&lt;/b&gt; : les tailles ne comptent que ce qui a pu être lu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %2 freed, %3 of %Ln entr(ies) done</source>
        <translation>
            <numerusform>Suppression : %1 sur %2 libérés, %3 sur %Ln entrée terminée</numerusform>
            <numerusform>Suppression : %1 sur %2 libérés, %3 sur %Ln entrées terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) could not be deleted, and nothing else was.</source>
        <translation>
            <numerusform>%Ln entrée n’a pas pu être supprimée, et rien d’autre ne l’a été.</numerusform>
            <numerusform>%Ln entrées n’ont pas pu être supprimées, et rien d’autre ne l’a été.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) could not be deleted; %1 deleted, %2 freed.</source>
        <translation>
            <numerusform>%Ln entrée n’a pas pu être supprimée ; %1 supprimée(s), %2 libérés.</numerusform>
            <numerusform>%Ln entrées n’ont pas pu être supprimées ; %1 supprimée(s), %2 libérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>Nothing is stored in this home: its folders are empty.</source>
        <translation>Rien n’est stocké dans ce dossier : ses dossiers sont vides.</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, pid %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;A deletion is running in this home&lt;/b&gt; (%1): what it is deleting shows as it stands until it ends.</source>
        <translation>&lt;b&gt;Une suppression est en cours dans ce dossier&lt;/b&gt; (%1) : ce qu’elle supprime est affiché tel quel jusqu’à sa fin.</translation>
    </message>
    <message>
        <source> (with the folders left empty: measuring…)</source>
        <translation> (avec les dossiers laissés vides : mesure en cours…)</translation>
    </message>
    <message>
        <source>A deletion is running: wait for it to end, or Cancel it, before deleting more.</source>
        <translation>Une suppression est en cours : attendez qu’elle se termine, ou annulez-la, avant d’en supprimer davantage.</translation>
    </message>
    <message numerus="yes">
        <source>Unticked %Ln entr(ies): %1.</source>
        <translation>
            <numerusform>Case décochée pour %Ln entrée : %1.</numerusform>
            <numerusform>Cases décochées pour %Ln entrées : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Nothing to delete there.</source>
        <translation>Rien à supprimer ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another program holds a lock on this home&apos;s folders&lt;/b&gt; (%1, pid %2): nothing can be deleted until it releases it.</source>
        <translation>&lt;b&gt;Un autre programme tient un verrou sur les dossiers de ce dossier Hugging Face&lt;/b&gt; (%1, pid %2) : rien ne peut être supprimé avant qu’il le libère.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A deletion is running in this home, or another program holds a lock on its folders&lt;/b&gt; (not visible from here): nothing can be deleted until it ends.</source>
        <translation>&lt;b&gt;Une suppression est en cours dans ce dossier, ou un autre programme verrouille ses dossiers&lt;/b&gt; (invisible d’ici) : rien ne peut être supprimé avant qu’elle se termine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another program holds a lock on %1&lt;/b&gt; (%2, pid %3): nothing in it can be deleted until it releases it.</source>
        <translation>&lt;b&gt;Un autre programme détient un verrou sur %1&lt;/b&gt; (%2, PID %3) : rien ne peut y être supprimé tant qu’il ne l’a pas libéré.</translation>
    </message>
</context>
<context>
    <name>hubdeck::PartsBar</name>
    <message>
        <source>Parts of the Hugging Face home</source>
        <translation>Parties du dossier Hugging Face</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Rien n&apos;a encore été analysé.</translation>
    </message>
    <message>
        <source>Size on disk by part: %1. Click a part to show it in the list.</source>
        <translation>Taille sur le disque par partie : %1. Cliquez sur une partie pour l&apos;afficher dans la liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 on disk, %3% of the home</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 sur le disque, %3 % du dossier</translation>
    </message>
    <message>
        <source>Not on disk.</source>
        <translation>Absent du disque.</translation>
    </message>
    <message>
        <source>Click to show it in the list.</source>
        <translation>Cliquez pour l&apos;afficher dans la liste.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>Nothing on disk yet</source>
        <translation>Rien sur le disque pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>hubdeck::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a file to see it here, or a repo to see what its config says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un fichier pour le voir ici, ou un dépôt pour voir ce que dit sa configuration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chargement…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The selected file&apos;s content, or a summary of the selected repo</source>
        <translation>Le contenu du fichier sélectionné, ou un résumé du dépôt sélectionné</translation>
    </message>
    <message>
        <source>%1 in its files</source>
        <translation>%1 dans ses fichiers</translation>
    </message>
</context>
<context>
    <name>hubdeck::SettingsDialog</name>
    <message>
        <source>Ask before deleting from the cache</source>
        <translation>Demander avant de supprimer du cache</translation>
    </message>
    <message>
        <source>Ask before Space actions that may be billed or interrupt the Space</source>
        <translation>Demander avant les actions sur un Space qui peuvent être facturées ou l&apos;interrompre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Cache folders</source>
        <translation>Dossiers de cache</translation>
    </message>
    <message>
        <source>Default (as huggingface_hub finds it): %1</source>
        <translation>Par défaut (tel que huggingface_hub le trouve) : %1</translation>
    </message>
    <message>
        <source>Remembered cache folders</source>
        <translation>Dossiers de cache mémorisés</translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation>Oublier la sélection</translation>
    </message>
    <message>
        <source>Hub endpoint</source>
        <translation>Point d&apos;accès du Hub</translation>
    </message>
    <message>
        <source>Hub endpoint:</source>
        <translation>Point d&apos;accès du Hub :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh building Spaces every:</source>
        <translation>Actualiser les Spaces en construction toutes les :</translation>
    </message>
    <message>
        <source>Refresh other Spaces every:</source>
        <translation>Actualiser les autres Spaces toutes les :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>A new language or endpoint takes effect the next time HubDeck starts.</source>
        <translation>Une nouvelle langue ou un nouveau point d&apos;accès prend effet au prochain démarrage de HubDeck.</translation>
    </message>
    <message>
        <source>The cache folders listed in the File menu</source>
        <translation>Les dossiers de cache listés dans le menu Fichier</translation>
    </message>
    <message>
        <source>Remove the selected folders from the list; nothing on disk changes</source>
        <translation>Retirer les dossiers sélectionnés de la liste ; rien ne change sur le disque</translation>
    </message>
    <message>
        <source>Empty: HF_ENDPOINT, or https://huggingface.co</source>
        <translation>Vide : HF_ENDPOINT, ou https://huggingface.co</translation>
    </message>
    <message>
        <source>How often a building or starting Space is checked</source>
        <translation>Fréquence de vérification d&apos;un Space en construction ou au démarrage</translation>
    </message>
    <message>
        <source>How often the other Spaces are checked</source>
        <translation>Fréquence de vérification des autres Spaces</translation>
    </message>
    <message>
        <source>The language of HubDeck&apos;s windows</source>
        <translation>La langue des fenêtres de HubDeck</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Couleurs claires ou sombres, ou celles du bureau</translation>
    </message>
    <message>
        <source>Show what will be deleted and how much it frees, before deleting</source>
        <translation>Avant de supprimer, montrer ce qui sera supprimé et l&apos;espace libéré</translation>
    </message>
    <message>
        <source>Delete &amp;permanently (frees space now)</source>
        <translation>Supprimer &amp;définitivement (libère l&apos;espace tout de suite)</translation>
    </message>
    <message>
        <source>Move whole repos to the &amp;Trash (frees nothing until the Trash is emptied)</source>
        <translation>Mettre les dépôts entiers à la &amp;corbeille (ne libère rien tant qu&apos;elle n&apos;est pas vidée)</translation>
    </message>
    <message>
        <source>Ask before a pause, restart, rebuild or hardware change</source>
        <translation>Demander avant une pause, un redémarrage, une reconstruction ou un changement de matériel</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Deleted files are gone and their space is free at once</source>
        <translation>Les fichiers supprimés disparaissent et leur espace est libre aussitôt</translation>
    </message>
    <message>
        <source>Whole repos can be restored from the Trash; revisions inside kept repos are always deleted permanently</source>
        <translation>Les dépôts entiers peuvent être restaurés depuis la corbeille ; les révisions des dépôts conservés sont toujours supprimées définitivement</translation>
    </message>
    <message>
        <source>Revisions inside a kept repo are always deleted permanently: half a repo restored from the Trash would leave links to nothing.</source>
        <translation>Les révisions d&apos;un dépôt conservé sont toujours supprimées définitivement : un demi-dépôt restauré depuis la corbeille laisserait des liens vers rien.</translation>
    </message>
</context>
<context>
    <name>hubdeck::SettingsListDialog</name>
    <message>
        <source>Secrets of %1</source>
        <translation>Secrets de %1</translation>
    </message>
    <message>
        <source>Variables of %1</source>
        <translation>Variables de %1</translation>
    </message>
    <message>
        <source>Secret values are write-only: the Hub never returns them, so they are not shown after saving. Changing a secret restarts the Space.</source>
        <translation>Les valeurs des secrets sont en écriture seule : le Hub ne les renvoie jamais, elles ne sont donc plus affichées après l&apos;enregistrement. Modifier un secret redémarre le Space.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Show the value while typing</source>
        <translation>Afficher la valeur pendant la saisie</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Add or update</source>
        <translation>Ajouter ou mettre à jour</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Supprimer la sélection…</translation>
    </message>
    <message>
        <source>Import .env…</source>
        <translation>Importer un .env…</translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation>Importer un fichier .env</translation>
    </message>
    <message>
        <source>.env files (*.env .env);;All files (*)</source>
        <translation>Fichiers .env (*.env .env);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Skipped lines: %1</source>
        <translation>Lignes ignorées : %1</translation>
    </message>
    <message>
        <source>A key uses letters, digits and _, and does not start with a digit.</source>
        <translation>Une clé utilise des lettres, des chiffres et _, et ne commence pas par un chiffre.</translation>
    </message>
    <message>
        <source>Delete the secret %1? The Space restarts.</source>
        <translation>Supprimer le secret %1 ? Le Space redémarre.</translation>
    </message>
    <message>
        <source>Delete the variable %1?</source>
        <translation>Supprimer la variable %1 ?</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>Add or update %n entr(ies): %1?</source>
        <translation>
            <numerusform>Ajouter ou mettre à jour %n entrée : %1 ?</numerusform>
            <numerusform>Ajouter ou mettre à jour %n entrées : %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Keys, descriptions and dates; secret values cannot be read back</source>
        <translation>Clés, descriptions et dates ; les valeurs des secrets ne peuvent pas être relues</translation>
    </message>
    <message>
        <source>Keys, values, descriptions and dates</source>
        <translation>Clés, valeurs, descriptions et dates</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; an existing key is updated</source>
        <translation>Lettres, chiffres et &apos;_&apos; ; une clé existante est mise à jour</translation>
    </message>
    <message>
        <source>Write-only: the Hub never returns it</source>
        <translation>En écriture seule : le Hub ne la renvoie jamais</translation>
    </message>
    <message>
        <source>The value the Space sees</source>
        <translation>La valeur que voit le Space</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>An optional note for you and your collaborators</source>
        <translation>Une note facultative pour vous et vos collaborateurs</translation>
    </message>
    <message>
        <source>Send the key with this value and description</source>
        <translation>Envoyer la clé avec cette valeur et cette description</translation>
    </message>
    <message>
        <source>Delete the selected key from the Space</source>
        <translation>Supprimer la clé sélectionnée du Space</translation>
    </message>
    <message>
        <source>Add or update every KEY=VALUE line of a .env file</source>
        <translation>Ajouter ou mettre à jour chaque ligne KEY=VALUE d&apos;un fichier .env</translation>
    </message>
</context>
<context>
    <name>hubdeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Tick or untick the current row</source>
        <translation>Cocher ou décocher la ligne courante</translation>
    </message>
    <message>
        <source>Move between rows; open or close a row</source>
        <translation>Passer d’une ligne à l’autre ; ouvrir ou fermer une ligne</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>Passer d’une partie de la fenêtre à l’autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Open a hub repo of the Overview on the Cache page</source>
        <translation>Ouvrir un dépôt du Hub de la vue d’ensemble sur la page Cache</translation>
    </message>
    <message>
        <source>Enter, or a double-click</source>
        <translation>Entrée, ou un double-clic</translation>
    </message>
    <message>
        <source>On the page in front</source>
        <translation>Sur la page au premier plan</translation>
    </message>
    <message>
        <source>Delete what is ticked (on the Cache page, else the selected rows)</source>
        <translation>Supprimer ce qui est coché (sur la page Cache, sinon les lignes sélectionnées)</translation>
    </message>
</context>
<context>
    <name>hubdeck::SignInDialog</name>
    <message>
        <source>Sign in to Hugging Face</source>
        <translation>Se connecter à Hugging Face</translation>
    </message>
    <message>
        <source>Paste an access token. Create one at &lt;a href=&quot;%1/settings/tokens&quot;&gt;%1/settings/tokens&lt;/a&gt;; to manage Spaces it needs &lt;b&gt;write&lt;/b&gt; access.&lt;br&gt;It is saved in %2 (readable by you only), where huggingface_hub looks for it too.</source>
        <translation>Collez un jeton d&apos;accès. Créez-en un sur &lt;a href=&quot;%1/settings/tokens&quot;&gt;%1/settings/tokens&lt;/a&gt; ; pour gérer des Spaces, il lui faut l&apos;accès en &lt;b&gt;écriture&lt;/b&gt;.&lt;br&gt;Il est enregistré dans %2 (lisible par vous seul), où huggingface_hub le cherche aussi.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Show the token while typing</source>
        <translation>Afficher le jeton pendant la saisie</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Collez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>Vérification du jeton auprès du Hub…</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Check the token with the Hub and store it where huggingface_hub keeps it</source>
        <translation>Vérifier le jeton auprès du Hub et l&apos;enregistrer là où huggingface_hub le conserve</translation>
    </message>
</context>
<context>
    <name>hubdeck::SleepTimeDialog</name>
    <message>
        <source>Sleep time of %1</source>
        <translation>Mise en veille de %1</translation>
    </message>
    <message>
        <source>Never sleep</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>10 hours</source>
        <translation>10 heures</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>48 hours</source>
        <translation>48 heures</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sleep after:</source>
        <translation>Mise en veille après :</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Personnalisé :</translation>
    </message>
    <message>
        <source>Set sleep time</source>
        <translation>Régler le délai</translation>
    </message>
    <message>
        <source>This Space runs on free cpu-basic hardware, which always sleeps after 48 hours without visitors. Upgrade its hardware to choose a sleep time.</source>
        <translation>Ce Space tourne sur du matériel cpu-basic gratuit, qui se met toujours en veille après 48 heures sans visiteurs. Améliorez son matériel pour choisir un délai.</translation>
    </message>
    <message>
        <source>A sleeping Space costs nothing and wakes up on the next visit.</source>
        <translation>Un Space en veille ne coûte rien et se réveille à la visite suivante.</translation>
    </message>
    <message>
        <source>How long without visitors before the Space sleeps</source>
        <translation>Durée sans visiteurs avant la mise en veille du Space</translation>
    </message>
    <message>
        <source>A sleep time of your own, in minutes</source>
        <translation>Un délai de mise en veille personnalisé, en minutes</translation>
    </message>
    <message>
        <source>Send the sleep time to the Hub</source>
        <translation>Envoyer le délai de mise en veille au Hub</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpaceDetailPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Factory rebuild</source>
        <translation>Reconstruire de zéro</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Rebuild the Space from scratch, without the build cache</source>
        <translation>Reconstruire le Space de zéro, sans le cache de construction</translation>
    </message>
    <message>
        <source>Hardware…</source>
        <translation>Matériel…</translation>
    </message>
    <message>
        <source>Sleep time…</source>
        <translation>Mise en veille…</translation>
    </message>
    <message>
        <source>Storage…</source>
        <translation>Stockage…</translation>
    </message>
    <message>
        <source>Secrets…</source>
        <translation>Secrets…</translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation>Variables…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Journaux…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Restart %1 on %2? Upgraded hardware is billed while the Space runs.</source>
        <translation>Redémarrer %1 sur %2 ? Le matériel amélioré est facturé tant que le Space tourne.</translation>
    </message>
    <message>
        <source>Rebuild %1 from scratch? The build cache is dropped and the Space is down until the build ends.</source>
        <translation>Reconstruire %1 de zéro ? Le cache de construction est abandonné et le Space est indisponible jusqu&apos;à la fin de la construction.</translation>
    </message>
    <message>
        <source>No Space selected</source>
        <translation>Aucun Space sélectionné</translation>
    </message>
    <message>
        <source>Select a Space to see its runtime and change its settings.</source>
        <translation>Sélectionnez un Space pour voir son exécution et modifier ses paramètres.</translation>
    </message>
    <message>
        <source>Hardware now</source>
        <translation>Matériel actuel</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Sleeps after</source>
        <translation>Veille après</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>%1 requested, %2 running</source>
        <translation>%1 demandé(s), %2 en service</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Dev mode</source>
        <translation>Mode développeur</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Open the Space</source>
        <translation>Ouvrir le Space</translation>
    </message>
    <message>
        <source>Settings on the Hub</source>
        <translation>Paramètres sur le Hub</translation>
    </message>
    <message>
        <source>Stop the Space; paused hardware is not billed</source>
        <translation>Arrêter le Space ; le matériel en pause n&apos;est pas facturé</translation>
    </message>
    <message>
        <source>Restart the Space on its current hardware</source>
        <translation>Redémarrer le Space sur son matériel actuel</translation>
    </message>
    <message>
        <source>Change the hardware tier</source>
        <translation>Changer de niveau de matériel</translation>
    </message>
    <message>
        <source>Change how long the Space waits before sleeping</source>
        <translation>Modifier le délai avant la mise en veille du Space</translation>
    </message>
    <message>
        <source>Request or delete persistent storage</source>
        <translation>Demander ou supprimer le stockage persistant</translation>
    </message>
    <message>
        <source>Manage the Space&apos;s secrets</source>
        <translation>Gérer les secrets du Space</translation>
    </message>
    <message>
        <source>Manage the Space&apos;s variables</source>
        <translation>Gérer les variables du Space</translation>
    </message>
    <message>
        <source>Follow the build and run logs</source>
        <translation>Suivre les journaux de construction et d&apos;exécution</translation>
    </message>
    <message>
        <source>Copy the Space under a new name</source>
        <translation>Copier le Space sous un nouveau nom</translation>
    </message>
    <message>
        <source>Pause %1? This stops the Space and its billing; it stays offline until it is restarted.</source>
        <translation>Mettre %1 en pause ? Cela arrête le Space et sa facturation ; il reste hors ligne jusqu&apos;à son redémarrage.</translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation>Téléverser un dossier…</translation>
    </message>
    <message>
        <source>Send a folder&apos;s files to the Space in one commit (Ctrl+U), or drop a folder here</source>
        <translation>Envoyer les fichiers d&apos;un dossier au Space en un commit (Ctrl+U), ou déposer un dossier ici</translation>
    </message>
    <message>
        <source>Start dev mode</source>
        <translation>Démarrer le mode dev</translation>
    </message>
    <message>
        <source>Stop dev mode on %1? The Space restarts from its repository; changes not committed from the dev container are lost.</source>
        <translation>Arrêter le mode dev de %1 ? Le Space redémarre depuis son dépôt ; les modifications non committées depuis le conteneur dev sont perdues.</translation>
    </message>
    <message>
        <source>Start dev mode on %1? The Space&apos;s container restarts so that you can connect to it (a PRO or Team &amp; Enterprise feature); dev mode stops after 48 hours of inactivity.</source>
        <translation>Démarrer le mode dev de %1 ? Le conteneur du Space redémarre pour que vous puissiez vous y connecter (fonction PRO ou Team &amp; Enterprise) ; le mode dev s’arrête après 48 heures d’inactivité.</translation>
    </message>
    <message>
        <source>Stop dev mode</source>
        <translation>Arrêter le mode dev</translation>
    </message>
    <message>
        <source>Restart the Space from its repository, without the dev container</source>
        <translation>Redémarrer le Space depuis son dépôt, sans le conteneur dev</translation>
    </message>
    <message>
        <source>Restart the Space&apos;s container so that you can connect to it with VS Code or SSH</source>
        <translation>Redémarrer le conteneur du Space pour vous y connecter avec VS Code ou SSH</translation>
    </message>
    <message>
        <source>%1 since at least %2 (first seen by HubDeck)</source>
        <translation>%1 depuis au moins %2 (vu pour la première fois par HubDeck)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 since about %2; seen before: %3</source>
        <translation>%1 depuis environ %2 ; vu avant : %3</translation>
    </message>
    <message>
        <source>The stages HubDeck saw this Space in since HubDeck started, each with the time it first saw it. The Hub does not say when a stage began: the first may have begun earlier, and each change happened between that time and the read before it.</source>
        <translation>Les étapes dans lesquelles HubDeck a vu ce Space depuis son démarrage, chacune avec l&apos;heure où il l&apos;a vue pour la première fois. Le Hub ne dit pas quand une étape a commencé : la première a pu commencer plus tôt, et chaque changement a eu lieu entre cette heure et la lecture précédente.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation>%1 demandé(s)</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en cours</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpaceLogStream</name>
    <message>
        <source>[line cut at 1 MiB]</source>
        <translation>[ligne coupée à 1 Mio]</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesPage</name>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>New Space…</source>
        <translation>Nouveau Space…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Filter Spaces by name</source>
        <translation>Filtrer les Spaces par nom</translation>
    </message>
    <message>
        <source>Filter Spaces</source>
        <translation>Filtrer les Spaces</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>building or starting</source>
        <translation>en construction ou au démarrage</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>en veille</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> — organisations: %1</source>
        <translation> — organisations : %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign in to see your Spaces. The Cache page works without an account.</source>
        <translation>Connectez-vous pour voir vos Spaces. La page Cache fonctionne sans compte.</translation>
    </message>
    <message>
        <source> Use &lt;b&gt;Sign in…&lt;/b&gt; with a new token.</source>
        <translation> Utilisez &lt;b&gt;Se connecter…&lt;/b&gt; avec un nouveau jeton.</translation>
    </message>
    <message>
        <source> Press F5 to try again.</source>
        <translation> Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Create a Space on the Hub</source>
        <translation>Créer un Space sur le Hub</translation>
    </message>
    <message>
        <source>Fetch the Spaces and their state again (F5)</source>
        <translation>Récupérer à nouveau les Spaces et leur état (F5)</translation>
    </message>
    <message>
        <source>Sign in with a Hugging Face access token</source>
        <translation>Se connecter avec un jeton d&apos;accès Hugging Face</translation>
    </message>
    <message>
        <source>Forget the stored token</source>
        <translation>Oublier le jeton enregistré</translation>
    </message>
    <message>
        <source>Show the Spaces of one owner</source>
        <translation>Afficher les Spaces d&apos;un propriétaire</translation>
    </message>
    <message>
        <source>Show the Spaces in one stage</source>
        <translation>Afficher les Spaces d&apos;une étape</translation>
    </message>
    <message>
        <source>Your Spaces and your organisations&apos;, with their stage and hardware</source>
        <translation>Vos Spaces et ceux de vos organisations, avec leur étape et leur matériel</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Mise en pause…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Redémarrage…</translation>
    </message>
    <message>
        <source>Rebuilding from scratch…</source>
        <translation>Reconstruction complète…</translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation>Téléverser un dossier…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Journaux…</translation>
    </message>
    <message>
        <source>Send a local folder&apos;s files to the selected Space in one commit</source>
        <translation>Envoyer les fichiers d&apos;un dossier local au Space choisi en un commit</translation>
    </message>
    <message>
        <source>Drop one folder at a time to upload it to %1.</source>
        <translation>Déposez un seul dossier à la fois pour le téléverser vers %1.</translation>
    </message>
    <message>
        <source>Only a folder on this computer can be uploaded to %1.</source>
        <translation>Seul un dossier de cet ordinateur peut être téléversé vers %1.</translation>
    </message>
    <message>
        <source>%1 is a file: drop the folder that holds it to upload it to %2.</source>
        <translation>%1 est un fichier : déposez le dossier qui le contient pour le téléverser vers %2.</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>The stored Hugging Face tokens. Choosing one makes it the active token for hf and hubdeck-cli too; &quot;All accounts&quot; lists the Spaces of every one.</source>
        <translation>Les jetons Hugging Face enregistrés. En choisir un en fait le jeton actif pour hf et hubdeck-cli aussi ; « Tous les comptes » liste les Spaces de chacun.</translation>
    </message>
    <message>
        <source>HF_TOKEN (or HUGGING_FACE_HUB_TOKEN) is set in the environment: it is the token used, whichever account is chosen here, as it is for hf and hubdeck-cli.</source>
        <translation>HF_TOKEN (ou HUGGING_FACE_HUB_TOKEN) est défini dans l’environnement : c’est le jeton utilisé, quel que soit le compte choisi ici, comme pour hf et hubdeck-cli.</translation>
    </message>
    <message>
        <source>Starting dev mode…</source>
        <translation>Démarrage du mode dev…</translation>
    </message>
    <message>
        <source>Stopping dev mode…</source>
        <translation>Arrêt du mode dev…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — token refused</source>
        <translation>%1 — jeton refusé</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>No stored account active</source>
        <translation>Aucun compte enregistré actif</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign in with another access token; it becomes the active one</source>
        <translation>Se connecter avec un autre jeton d’accès ; il devient le jeton actif</translation>
    </message>
    <message numerus="yes">
        <source>The Spaces of %n stored account(s); each row is acted on with its own account&apos;s token.</source>
        <translation>
            <numerusform>Les Spaces de %n compte enregistré ; chaque ligne agit avec le jeton de son propre compte.</numerusform>
            <numerusform>Les Spaces de %n comptes enregistrés ; chaque ligne agit avec le jeton de son propre compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Costs: the Hub&apos;s hardware prices could not be read, so no cost is shown.</source>
        <translation>Coûts : les prix du matériel du Hub n’ont pas pu être lus, aucun coût n’est donc affiché.</translation>
    </message>
    <message numerus="yes">
        <source>Running now: %n Space(s), %1 an hour — about %2 a month if they keep running (× %3 h).</source>
        <translation>
            <numerusform>En marche : %n Space, %1 de l’heure — environ %2 par mois s’il continue (× %3 h).</numerusform>
            <numerusform>En marche : %n Spaces, %1 de l’heure — environ %2 par mois s’ils continuent (× %3 h).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them on hardware the Hub gave no price for, not counted.</source>
        <translation>
            <numerusform>%n d’entre eux sur un matériel sans prix donné par le Hub, non compté.</numerusform>
            <numerusform>%n d’entre eux sur un matériel sans prix donné par le Hub, non comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>An estimate from the Hub&apos;s hardware prices: persistent storage and ZeroGPU are not included.</source>
        <translation>Une estimation d’après les prix du matériel du Hub : le stockage persistant et ZeroGPU ne sont pas inclus.</translation>
    </message>
    <message>
        <source>No stored account lists %1 any more: refresh (F5).</source>
        <translation>Plus aucun compte enregistré ne liste %1 : actualisez (F5).</translation>
    </message>
    <message>
        <source>Not listed: %1. The other accounts&apos; Spaces are shown.</source>
        <translation>Non listé : %1. Les Spaces des autres comptes sont affichés.</translation>
    </message>
    <message>
        <source>The Hub asked HubDeck to wait: Spaces refresh again at %1.</source>
        <translation>Le Hub a demandé à HubDeck d’attendre : les Spaces seront actualisés à nouveau à %1.</translation>
    </message>
    <message>
        <source>Hub request budget low: %1 of %2 left until %3, so Spaces refresh less often.</source>
        <translation>Budget de requêtes du Hub bas : %1 sur %2 restantes jusqu’à %3, les Spaces sont donc actualisés moins souvent.</translation>
    </message>
    <message>
        <source>Hub request budget low: %1 left until %2, so Spaces refresh less often.</source>
        <translation>Budget de requêtes du Hub bas : %1 restantes jusqu’à %2, les Spaces sont donc actualisés moins souvent.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesTableModel</name>
    <message>
        <source>48 h (free hardware)</source>
        <translation>48 h (matériel gratuit)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Sleeps after</source>
        <translation>Veille après</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Free cpu-basic hardware sleeps after 48 hours without visitors; upgraded hardware sleeps after the time you set.</source>
        <translation>Le matériel cpu-basic gratuit se met en veille après 48 heures sans visiteurs ; le matériel amélioré après le délai que vous avez choisi.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Running (rebuilding)</source>
        <translation>En marche (reconstruction)</translation>
    </message>
    <message>
        <source>Running (restarting)</source>
        <translation>En marche (redémarrage)</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Runtime error</source>
        <translation>Erreur d&apos;exécution</translation>
    </message>
    <message>
        <source>Build error</source>
        <translation>Erreur de construction</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>No app file</source>
        <translation>Aucun fichier d&apos;application</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2 (%n min), far longer than usual (%3 min): its logs may say why.</source>
        <translation>
            <numerusform>%1 depuis %2 (%n min), bien plus longtemps que d’habitude (%3 min) : ses journaux diront peut-être pourquoi.</numerusform>
            <numerusform>%1 depuis %2 (%n min), bien plus longtemps que d’habitude (%3 min) : ses journaux diront peut-être pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cost/h (est.)</source>
        <translation>Coût/h (estim.)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Paid hardware with no sleep time: once started, %1 is billed around the clock until paused. Set a sleep time to stop paying while nobody visits.</source>
        <translation>Matériel payant sans temps de veille : une fois démarré, %1 est facturé en continu jusqu’à sa mise en pause. Définissez un temps de veille pour ne pas payer quand personne ne le visite.</translation>
    </message>
    <message>
        <source>The Hub&apos;s hardware prices could not be read: no cost is shown.</source>
        <translation>Les prix du matériel du Hub n’ont pas pu être lus : aucun coût n’est affiché.</translation>
    </message>
    <message>
        <source>Estimate: the Hub&apos;s price of the hardware the Space runs on now. Persistent storage and ZeroGPU are not included.</source>
        <translation>Estimation : le prix du Hub pour le matériel sur lequel le Space tourne maintenant. Le stockage persistant et ZeroGPU ne sont pas inclus.</translation>
    </message>
    <message>
        <source>%1: seen by several accounts (%2); its actions use %3, the first.</source>
        <translation>%1 : vu par plusieurs comptes (%2) ; ses actions utilisent %3, le premier.</translation>
    </message>
</context>
<context>
    <name>hubdeck::StopQuestion</name>
    <message>
        <source>Stop the Deletion</source>
        <translation>Arrêter la suppression</translation>
    </message>
    <message>
        <source>Stop the deletion that is running?</source>
        <translation>Arrêter la suppression en cours ?</translation>
    </message>
    <message>
        <source>What was already deleted stays deleted, and an entry it was removing is left part-deleted: delete it again to finish.</source>
        <translation>Ce qui est déjà supprimé le reste, et une entrée en cours de suppression reste partiellement supprimée : supprimez-la à nouveau pour terminer.</translation>
    </message>
    <message>
        <source>Stop Deleting</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Keep Deleting</source>
        <translation>Continuer la suppression</translation>
    </message>
</context>
<context>
    <name>hubdeck::StorageDialog</name>
    <message>
        <source>Storage of %1</source>
        <translation>Stockage de %1</translation>
    </message>
    <message>
        <source>Persistent storage tier</source>
        <translation>Niveau de stockage persistant</translation>
    </message>
    <message>
        <source>small — 20 GB</source>
        <translation>small — 20 Go</translation>
    </message>
    <message>
        <source>medium — 150 GB</source>
        <translation>medium — 150 Go</translation>
    </message>
    <message>
        <source>large — 1 TB</source>
        <translation>large — 1 To</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actuel)</translation>
    </message>
    <message>
        <source>Storage is billed monthly while it exists, whether the Space runs or not. A tier can be raised at any time but not lowered: delete the storage first (its data is lost), then request a smaller tier.</source>
        <translation>Le stockage est facturé chaque mois tant qu&apos;il existe, que le Space tourne ou non. Un niveau peut être augmenté à tout moment mais pas réduit : supprimez d&apos;abord le stockage (ses données sont perdues), puis demandez un niveau inférieur.</translation>
    </message>
    <message>
        <source>Volumes: none.</source>
        <translation>Volumes : aucun.</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>Volumes :</translation>
    </message>
    <message>
        <source>Delete the storage</source>
        <translation>Supprimer le stockage</translation>
    </message>
    <message>
        <source>Type the Space&apos;s name (%1) to delete its storage and everything in it:</source>
        <translation>Saisissez le nom du Space (%1) pour supprimer son stockage et tout son contenu :</translation>
    </message>
    <message>
        <source>Delete storage</source>
        <translation>Supprimer le stockage</translation>
    </message>
    <message>
        <source>Request tier</source>
        <translation>Demander ce niveau</translation>
    </message>
    <message>
        <source>Billed monthly while it exists</source>
        <translation>Facturé chaque mois tant qu&apos;il existe</translation>
    </message>
    <message>
        <source>Lower than the current tier: delete the storage first</source>
        <translation>Inférieur au niveau actuel : supprimez d&apos;abord le stockage</translation>
    </message>
    <message>
        <source>Type the Space&apos;s name to unlock the delete button</source>
        <translation>Saisissez le nom du Space pour déverrouiller le bouton de suppression</translation>
    </message>
    <message>
        <source>Delete the storage and all its data; this cannot be undone</source>
        <translation>Supprimer le stockage et toutes ses données ; cette action est irréversible</translation>
    </message>
    <message>
        <source>Ask the Hub for the chosen tier; it is billed monthly</source>
        <translation>Demander au Hub le niveau choisi ; il est facturé chaque mois</translation>
    </message>
</context>
<context>
    <name>hubdeck::SyntaxHighlighter</name>
    <message>
        <source>Plain text: install KDE Syntax-Highlighting&apos;s tool (Debian: libkf5syntaxhighlighting-tools) for colours.</source>
        <translation>Texte brut : installez l&apos;outil de KDE Syntax-Highlighting (Debian : libkf5syntaxhighlighting-tools) pour les couleurs.</translation>
    </message>
    <message>
        <source>Plain text: could not prepare the highlighter&apos;s input.</source>
        <translation>Texte brut : impossible de préparer l&apos;entrée du coloriseur.</translation>
    </message>
    <message>
        <source>Plain text: the highlighter failed.</source>
        <translation>Texte brut : le coloriseur a échoué.</translation>
    </message>
    <message>
        <source>Plain text: the highlighter could not start.</source>
        <translation>Texte brut : le coloriseur n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>hubdeck::TreemapLegend</name>
    <message>
        <source>Colour legend</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <source>Areas are coloured by last access, from teal (%1) to grey (%2).</source>
        <translation>Les zones sont colorées selon le dernier accès, du bleu-vert (%1) au gris (%2).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <source>a year or more</source>
        <translation>un an ou plus</translation>
    </message>
</context>
<context>
    <name>hubdeck::TreemapView</name>
    <message>
        <source>Treemap of the cache</source>
        <translation>Carte proportionnelle du cache</translation>
    </message>
    <message>
        <source>(detached)</source>
        <translation>(détachée)</translation>
    </message>
    <message>
        <source>Cache › %1 (%2) — Backspace or right-click to go back</source>
        <extracomment>The treemap&apos;s breadcrumb when zoomed into one repo; %1 is its id, %2 its size.</extracomment>
        <translation>Cache › %1 (%2) — Retour arrière ou clic droit pour revenir</translation>
    </message>
    <message>
        <source>Cache — double-click a repo to zoom in</source>
        <translation>Cache — double-cliquez sur un dépôt pour l&apos;agrandir</translation>
    </message>
    <message>
        <source>Each area is a repo, split into revisions and files, sized by bytes; the tree lists the same items as text. Arrows move between areas, Enter zooms into a repo, Backspace back out, Space ticks.</source>
        <translation>Chaque zone est un dépôt, divisé en révisions et fichiers, dimensionné en octets ; l&apos;arborescence liste les mêmes éléments en texte. Les flèches passent d&apos;une zone à l&apos;autre, Entrée agrandit un dépôt, Retour arrière revient, Espace coche.</translation>
    </message>
</context>
<context>
    <name>hubdeck::UploadFolderDialog</name>
    <message>
        <source>every file</source>
        <translation>tous les fichiers</translation>
    </message>
    <message>
        <source>Include patterns</source>
        <translation>Motifs d&apos;inclusion</translation>
    </message>
    <message>
        <source>Exclude patterns</source>
        <translation>Motifs d&apos;exclusion</translation>
    </message>
    <message>
        <source>Delete patterns</source>
        <translation>Motifs de suppression</translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation>Téléverser un dossier vers %1</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
    <message>
        <source>Send the files listed above and commit them to the Space</source>
        <translation>Envoyer les fichiers listés ci-dessus et les committer dans le Space</translation>
    </message>
    <message>
        <source>Cancel Upload</source>
        <translation>Annuler le téléversement</translation>
    </message>
    <message>
        <source>Stop now: nothing is committed (Esc)</source>
        <translation>Arrêter maintenant : rien n&apos;est committé (Échap)</translation>
    </message>
    <message>
        <source>Listing the folder…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <source>The folder to upload</source>
        <translation>Le dossier à téléverser</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick the folder in a file dialog</source>
        <translation>Choisir le dossier dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>the Space&apos;s root</source>
        <translation>la racine du Space</translation>
    </message>
    <message>
        <source>Where the folder&apos;s files go in the Space, e.g. src or assets/images</source>
        <translation>Où vont les fichiers du dossier dans le Space, par ex. src ou assets/images</translation>
    </message>
    <message>
        <source>&amp;Path in the Space:</source>
        <translation>&amp;Chemin dans le Space :</translation>
    </message>
    <message>
        <source>The commit&apos;s title, shown in the Space&apos;s history</source>
        <translation>Le titre du commit, affiché dans l&apos;historique du Space</translation>
    </message>
    <message>
        <source>Commit &amp;message:</source>
        <translation>&amp;Message du commit :</translation>
    </message>
    <message>
        <source>Include (one pattern a line)</source>
        <translation>Inclure (un motif par ligne)</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Delete from the Space</source>
        <translation>Supprimer du Space</translation>
    </message>
    <message>
        <source>Only files matching one of these are sent (*.py, src/); empty: every file</source>
        <translation>Seuls les fichiers correspondant à l&apos;un d&apos;eux sont envoyés (*.py, src/) ; vide : tous les fichiers</translation>
    </message>
    <message>
        <source>Files matching one of these are left out (*.ckpt, logs/)</source>
        <translation>Les fichiers correspondant à l&apos;un d&apos;eux sont laissés de côté (*.ckpt, logs/)</translation>
    </message>
    <message>
        <source>The Space&apos;s files under the path that match one of these are deleted in the same commit, unless the folder sends them again</source>
        <translation>Les fichiers du Space sous le chemin qui correspondent à l&apos;un d&apos;eux sont supprimés dans le même commit, sauf si le dossier les renvoie</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Fichiers à téléverser</translation>
    </message>
    <message>
        <source>Choose a folder, or drop one on a Space.</source>
        <translation>Choisissez un dossier, ou déposez-en un sur un Space.</translation>
    </message>
    <message>
        <source>Folder to upload to %1</source>
        <translation>Dossier à téléverser vers %1</translation>
    </message>
    <message>
        <source>Cannot upload %1.</source>
        <translation>Impossible de téléverser %1.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Creating the Space…</source>
        <translation>Création du Space…</translation>
    </message>
    <message>
        <source>Listing the Space&apos;s files…</source>
        <translation>Liste des fichiers du Space…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 sur %n fichier</numerusform>
            <numerusform>%1 sur %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Asking the Hub which files it needs…</source>
        <translation>Demande au Hub des fichiers qu&apos;il lui faut…</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Commit en cours…</translation>
    </message>
    <message>
        <source>Nothing to commit: %1 already has every file, unchanged.</source>
        <translation>Rien à committer : %1 a déjà chaque fichier, inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>Committed %n file(s) to %1</source>
        <translation>
            <numerusform>%n fichier committé dans %1</numerusform>
            <numerusform>%n fichiers committés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, deleting %n</source>
        <translation>
            <numerusform>, %n supprimé</numerusform>
            <numerusform>, %n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n unchanged, not sent again)</source>
        <translation>
            <numerusform> (%n inchangé, non renvoyé)</numerusform>
            <numerusform> (%n inchangés, non renvoyés)</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation> : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source> The Space rebuilds; its build logs open.</source>
        <translation> Le Space se reconstruit ; ses journaux de build s&apos;ouvrent.</translation>
    </message>
    <message>
        <source>Upload canceled: nothing was committed.</source>
        <translation>Téléversement annulé : rien n&apos;a été committé.</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Committing %n file(s)…</source>
        <translation>
            <numerusform>Commit de %n fichier…</numerusform>
            <numerusform>Commit de %n fichiers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::UploadPlanModel</name>
    <message>
        <source>to upload</source>
        <translation>à téléverser</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>téléversé</translation>
    </message>
    <message>
        <source>unchanged: already on the Hub</source>
        <translation>inchangé : déjà sur le Hub</translation>
    </message>
    <message>
        <source>ignored by the Space&apos;s .gitignore</source>
        <translation>ignoré par le .gitignore du Space</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 to upload</source>
        <translation>
            <numerusform>%n fichier, %1 à téléverser</numerusform>
            <numerusform>%n fichiers, %1 à téléverser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n left out: %2</source>
        <translation>
            <numerusform>%1 ; %n laissé de côté : %2</numerusform>
            <numerusform>%1 ; %n laissés de côté : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 in the Space</source>
        <translation>%1 → %2 dans le Space</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>laissé de côté : %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No file to upload</source>
        <translation>Aucun fichier à envoyer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hubdeck::VerifyResultsDialog</name>
    <message>
        <source>Integrity check</source>
        <translation>Contrôle d&apos;intégrité</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after checking %n blob(s)</source>
        <translation>
            <numerusform>Interrompu après %n blob vérifié</numerusform>
            <numerusform>Interrompu après %n blobs vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n blob(s)</source>
        <translation>
            <numerusform>%n blob vérifié</numerusform>
            <numerusform>%n blobs vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 read). </source>
        <translation> (%1 lus). </translation>
    </message>
    <message>
        <source>Every blob matches the hash in its name.</source>
        <translation>Chaque blob correspond à l&apos;empreinte de son nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) are damaged, missing or unreadable.</source>
        <translation>
            <numerusform>%n blob est endommagé, manquant ou illisible.</numerusform>
            <numerusform>%n blobs sont endommagés, manquants ou illisibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n file(s) have no hash in their name and were not checked.</source>
        <translation>
            <numerusform> %n fichier n&apos;a pas d&apos;empreinte dans son nom et n&apos;a pas été vérifié.</numerusform>
            <numerusform> %n fichiers n&apos;ont pas d&apos;empreinte dans leur nom et n&apos;ont pas été vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>Tick the %n affected revision(s)</source>
        <translation>
            <numerusform>Cocher %n révision concernée</numerusform>
            <numerusform>Cocher les %n révisions concernées</numerusform>
        </translation>
    </message>
    <message>
        <source>Then use Delete: they download again the next time a program needs them.</source>
        <translation>Puis utilisez Supprimer : elles seront à nouveau téléchargées la prochaine fois qu&apos;un programme en aura besoin.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in revision %2</source>
        <translation>%1 dans la révision %2</translation>
    </message>
    <message>
        <source>Blob: %1</source>
        <translation>Blob : %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Files whose blob does not match its name, or is missing or unreadable</source>
        <translation>Fichiers dont le blob ne correspond pas à son nom, est absent ou illisible</translation>
    </message>
</context>
<context>
    <name>hubdeck::WarningsPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>Entries huggingface_hub skips</source>
        <translation>Entrées ignorées par huggingface_hub</translation>
    </message>
    <message>
        <source>Corrupted cache entries and why each is skipped; Enter on one selects it in the tree, where it can be ticked for removal</source>
        <translation>Entrées du cache corrompues et la raison de chacune ; Entrée sur l&apos;une d&apos;elles la sélectionne dans l&apos;arbre, où elle peut être cochée pour être supprimée</translation>
    </message>
    <message>
        <source>huggingface_hub says: %1</source>
        <translation>huggingface_hub indique : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) that no snapshot links to, left by a stopped deletion or download; Tools → Prune removes them</source>
        <translation>
            <numerusform>%n blob qu’aucun snapshot ne référence, laissé par une suppression ou un téléchargement interrompu ; Outils → Élaguer le supprime</numerusform>
            <numerusform>%n blobs qu’aucun snapshot ne référence, laissés par une suppression ou un téléchargement interrompu ; Outils → Élaguer les supprime</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty repo: no revision left; Tools → Prune removes it</source>
        <translation>Un dépôt vide : plus aucune révision ; Outils → Élaguer le supprime</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Pourquoi elle est listée</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that are gone (manifests, locks), left by a stopped prune or deletion; Tools → Prune removes them</source>
        <translation>
            <numerusform>%n fichier de blobs partagés disparus (manifestes, verrous), laissé par un élagage ou une suppression interrompus ; Outils → Élaguer le supprime</numerusform>
            <numerusform>%n fichiers de blobs partagés disparus (manifestes, verrous), laissés par un élagage ou une suppression interrompus ; Outils → Élaguer les supprime</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Tree</source>
        <translation>Afficher dans l&apos;arborescence</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
</context>
</TS>
