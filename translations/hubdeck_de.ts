<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppliedSettings</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Asked for %1; the Hub runs %2 (requested: %3).</source>
        <translation>%1 angefordert; der Hub betreibt %2 (angefordert: %3).</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>seine Voreinstellung</translation>
    </message>
    <message>
        <source>Asked never to sleep; the Hub sleeps after %1.</source>
        <translation>Nie schlafen angefordert; der Hub schläft nach %1.</translation>
    </message>
    <message>
        <source>Asked to sleep after %1; the Hub sleeps after %2.</source>
        <translation>Schlafen nach %1 angefordert; der Hub schläft nach %2.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>a few seconds ago</source>
        <translation>vor wenigen Sekunden</translation>
    </message>
    <message>
        <source>1 second ago</source>
        <translation>vor 1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds ago</source>
        <translation>vor %1 Sekunden</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>1 week ago</source>
        <translation>vor 1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks ago</source>
        <translation>vor %1 Wochen</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>A file where a repo folder belongs</source>
        <translation>Eine Datei, wo ein Repo-Ordner hingehört</translation>
    </message>
    <message>
        <source>Not a repo folder: the name is not type--owner--name</source>
        <translation>Kein Repo-Ordner: Der Name hat nicht die Form Typ--Eigentümer--Name</translation>
    </message>
    <message>
        <source>Unknown repo type in the folder name</source>
        <translation>Unbekannter Repo-Typ im Ordnernamen</translation>
    </message>
    <message>
        <source>No snapshots folder: nothing usable was downloaded</source>
        <translation>Kein Ordner snapshots: Es wurde nichts Brauchbares heruntergeladen</translation>
    </message>
    <message>
        <source>Its refs folder is a file</source>
        <translation>Sein Ordner refs ist eine Datei</translation>
    </message>
    <message>
        <source>A stray file among the snapshots</source>
        <translation>Eine verirrte Datei zwischen den Snapshots</translation>
    </message>
    <message>
        <source>A file links to a blob that is missing</source>
        <translation>Eine Datei verweist auf einen fehlenden Blob</translation>
    </message>
    <message>
        <source>A ref names a commit that is not in the cache</source>
        <translation>Eine Ref nennt einen Commit, der nicht im Cache ist</translation>
    </message>
    <message>
        <source>Cannot be read (permissions or a disk error)</source>
        <translation>Nicht lesbar (Berechtigungen oder ein Datenträgerfehler)</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
</context>
<context>
    <name>FolderUpload</name>
    <message>
        <source>%1: it is %2, over the Hub&apos;s limit of %3 a file</source>
        <translation>%1: %2 groß, über der Grenze des Hubs von %3 je Datei</translation>
    </message>
    <message>
        <source>%1: it changed since the folder was listed (%2 then, %3 now)</source>
        <translation>%1: hat sich seit dem Auflisten des Ordners geändert (damals %2, jetzt %3)</translation>
    </message>
</context>
<context>
    <name>FolderUploadPlan</name>
    <message>
        <source>ignored by default (.git, __pycache__, .venv, .cache/huggingface)</source>
        <translation>standardmäßig ausgelassen (.git, __pycache__, .venv, .cache/huggingface)</translation>
    </message>
    <message>
        <source>matches no include pattern</source>
        <translation>passt zu keinem Einschlussmuster</translation>
    </message>
    <message>
        <source>matches an exclude pattern</source>
        <translation>passt zu einem Ausschlussmuster</translation>
    </message>
    <message>
        <source>a link that leads outside the folder: not followed</source>
        <translation>ein Link, der aus dem Ordner hinausführt: nicht verfolgt</translation>
    </message>
    <message>
        <source>a link to a folder: not followed</source>
        <translation>ein Link auf einen Ordner: nicht verfolgt</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>keine reguläre Datei (Pipe, Socket oder Gerät)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>a path the Hub does not take</source>
        <translation>ein Pfad, den der Hub nicht annimmt</translation>
    </message>
    <message>
        <source>nested too deep</source>
        <translation>zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>FolderUploadPlanner</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>nach %1: %2</translation>
    </message>
    <message>
        <source>a broken link</source>
        <translation>ein defekter Link</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>HomeDeletion</name>
    <message>
        <source>Not deleted: %1 (%2). %3</source>
        <translation>Nicht gelöscht: %1 (%2). %3</translation>
    </message>
    <message>
        <source>Not deleted: %1 is the hub cache; use `cache rm` or `cache prune`, which keep shared blobs and refs right.</source>
        <translation>Nicht gelöscht: %1 ist der Hub-Cache; verwenden Sie `cache rm` oder `cache prune`, die geteilte Blobs und Refs richtig behandeln.</translation>
    </message>
    <message>
        <source>Not deleted: %1 is the Hugging Face home itself; name its parts or entries.</source>
        <translation>Nicht gelöscht: %1 ist das Hugging-Face-Verzeichnis selbst; nennen Sie seine Teile oder Einträge.</translation>
    </message>
    <message>
        <source>Not deleted: %1 is not an entry `home ls` lists.</source>
        <translation>Nicht gelöscht: %1 ist kein Eintrag, den `home ls` auflistet.</translation>
    </message>
    <message>
        <source>Refused: %1 is not inside a part of the Hugging Face home.</source>
        <translation>Abgelehnt: %1 liegt in keinem Teil des Hugging-Face-Verzeichnisses.</translation>
    </message>
    <message>
        <source>Not deleted: %1 holds your access token %2.</source>
        <translation>Nicht gelöscht: %1 enthält Ihr Zugriffstoken %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) could not be removed.</source>
        <translation>
            <numerusform>%1: %n Datei konnte nicht entfernt werden.</numerusform>
            <numerusform>%1: %n Dateien konnten nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds the whole Hugging Face home %1: HubDeck does not delete it.</source>
        <translation>Er enthält das ganze Hugging-Face-Verzeichnis %1: HubDeck löscht es nicht.</translation>
    </message>
    <message>
        <source>Not deleted: %1 (could not record the deletion in %2: %3).</source>
        <translation>Nicht gelöscht: %1 (das Löschen konnte nicht in %2 vermerkt werden: %3).</translation>
    </message>
    <message>
        <source>Not deleted: %1 holds another mounted filesystem (%2); HubDeck does not delete across it.</source>
        <translation>Nicht gelöscht: %1 enthält ein anderes eingehängtes Dateisystem (%2); HubDeck löscht nicht darüber hinweg.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as not all of it can be read (%2).</source>
        <translation>Nicht gelöscht: %1, da nicht alles darin gelesen werden kann (%2).</translation>
    </message>
    <message>
        <source>Not deleted: %1, as not all of it can be removed (%2: %3).</source>
        <translation>Nicht gelöscht: %1, da nicht alles darin entfernt werden kann (%2: %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete in %1: it holds only what HubDeck never deletes (%2).</source>
        <translation>Nichts zu löschen in %1: es enthält nur, was HubDeck nie löscht (%2).</translation>
    </message>
    <message>
        <source>Nothing deleted: another HubDeck deletion is running in this home (pid %1). Try again once it has finished.</source>
        <translation>Nichts gelöscht: in diesem Home läuft bereits eine andere Löschung von HubDeck (PID %1). Versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is marked immutable or append-only (chattr): it cannot be removed as it stands.</source>
        <translation>Nicht gelöscht: %1, da %2 als unveränderlich oder nur anfügbar markiert ist (chattr): So, wie es ist, lässt es sich nicht entfernen.</translation>
    </message>
    <message>
        <source>Nothing to delete in %1: it cannot be read (%2).</source>
        <translation>Nichts zu löschen in %1: Der Ordner ist nicht lesbar (%2).</translation>
    </message>
    <message>
        <source>Nothing deleted: %1</source>
        <translation>Nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1, as its part&apos;s folder %2 is no longer the folder that was listed (moved, or replaced by a link, since). List the home again.</source>
        <translation>Nicht gelöscht: %1, da der Ordner seines Teils, %2, nicht mehr der aufgelistete Ordner ist (seitdem verschoben oder durch einen Link ersetzt). Listen Sie den Home-Ordner erneut auf.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as not all of it can be removed (%2: another user&apos;s, in a sticky folder).</source>
        <translation>Nicht gelöscht: %1, da sich nicht alles darin entfernen lässt (%2: gehört einem anderen Benutzer, in einem Ordner mit Sticky-Bit).</translation>
    </message>
    <message>
        <source>Not deleted: %1, as its name is too long to rename it aside while it is deleted (the filesystem allows %2 bytes). Delete it yourself.</source>
        <translation>Nicht gelöscht: %1, da sein Name zu lang ist, um ihn während des Löschens umzubenennen (das Dateisystem erlaubt %2 Bytes). Löschen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as the folder that holds it cannot be changed (%2: %3).</source>
        <translation>Nicht gelöscht: %1, da der Ordner, der es enthält, nicht geändert werden kann (%2: %3).</translation>
    </message>
    <message>
        <source>Not deleted: %1 is the builder lock of %2; name that dataset to delete it with its lock.</source>
        <translation>Nicht gelöscht: %1 ist die Builder-Sperre von %2; geben Sie diesen Datensatz an, um ihn mit seiner Sperre zu löschen.</translation>
    </message>
    <message>
        <source>Not deleted: %1 is no longer what was listed (replaced since). List the home again.</source>
        <translation>Nicht gelöscht: %1 ist nicht mehr das, was aufgelistet wurde (seitdem ersetzt). Listen Sie den Home-Ordner erneut auf.</translation>
    </message>
    <message>
        <source>Nothing deleted: another process (%1, pid %2) holds a lock on this home&apos;s folders. Try again once it has released it.</source>
        <translation>Nichts gelöscht: Ein anderer Prozess (%1, PID %2) hält eine Sperre auf den Ordnern dieses Home-Ordners. Versuchen Sie es erneut, sobald er sie freigegeben hat.</translation>
    </message>
    <message>
        <source>Nothing to delete in %1: it is not on disk.</source>
        <translation>Nichts zu löschen in %1: Es ist nicht auf der Festplatte.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is in the way: a file HubDeck did not make. Move it away and delete again.</source>
        <translation>Nicht gelöscht: %1, da %2 im Weg ist: eine Datei, die nicht von HubDeck stammt. Verschieben Sie sie und löschen Sie erneut.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as what an earlier deletion of it left (%2) cannot be deleted: %3</source>
        <translation>Nicht gelöscht: %1, denn was ein früheres Löschen davon übrig ließ (%2), kann nicht gelöscht werden: %3</translation>
    </message>
    <message>
        <source>Not deleted: %1, as what an earlier deletion of it left (%2) is still there.</source>
        <translation>Nicht gelöscht: %1, denn was ein früheres Löschen davon übrig ließ (%2), ist noch da.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is in the way: a folder that was not in the plan (made since it was listed). List the home again.</source>
        <translation>Nicht gelöscht: %1, denn %2 ist im Weg: ein Ordner, der nicht im Plan stand (seit der Auflistung angelegt). Listen Sie den Home-Ordner erneut auf.</translation>
    </message>
    <message>
        <source>Nothing deleted: another HubDeck deletion is running in this home, or another program holds a lock on its folders. Try again once it has finished.</source>
        <translation>Nichts gelöscht: In diesem Home-Ordner läuft ein anderes Löschen von HubDeck, oder ein anderes Programm hält eine Sperre auf seinen Ordnern. Versuchen Sie es erneut, wenn es beendet ist.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is in the way: HubDeck did not make it. Move it away and delete again.</source>
        <translation>Nicht gelöscht: %1, denn %2 ist im Weg: HubDeck hat es nicht angelegt. Verschieben Sie es und löschen Sie erneut.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as it is another user&apos;s (%2) in a sticky folder (%3), where only its owner can rename or remove it.</source>
        <translation>Nicht gelöscht: %1, denn es gehört einem anderen Benutzer (%2) und liegt in einem Ordner mit Sticky-Bit (%3), in dem nur sein Eigentümer es umbenennen oder entfernen kann.</translation>
    </message>
    <message>
        <source>Nothing deleted in %1: it is the same folder as the %2 part, which lists what it holds; delete its entries there.</source>
        <translation>Nichts gelöscht in %1: Es ist derselbe Ordner wie der Teil %2, der aufführt, was er enthält; löschen Sie seine Einträge dort.</translation>
    </message>
    <message>
        <source>Not deleted: %1 is in use: %2.</source>
        <translation>Nicht gelöscht: %1 wird gerade verwendet: %2.</translation>
    </message>
    <message>
        <source>Not deleted: %1 holds %2 under another name (%3).</source>
        <translation>Nicht gelöscht: %1 enthält %2 unter einem anderen Namen (%3).</translation>
    </message>
    <message>
        <source>Stays in %1, as HubDeck never deletes it: %2.</source>
        <translation>Bleibt in %1, da HubDeck es nie löscht: %2.</translation>
    </message>
    <message>
        <source>Not deleted: %1 lies inside the entry %2, which HubDeck deletes only whole: name that entry.</source>
        <translation>Nicht gelöscht: %1 liegt im Eintrag %2, den HubDeck nur als Ganzes löscht: Nennen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>Nothing deleted: another process (%1, pid %2) holds a lock on %3. Try again once it has released it.</source>
        <translation>Nichts gelöscht: Ein anderer Prozess (%1, PID %2) hält eine Sperre auf %3. Versuchen Sie es erneut, sobald er sie freigegeben hat.</translation>
    </message>
    <message>
        <source>Not deleted: %1, as %2 is in the way: a folder HubDeck did not make. Move it away and delete again.</source>
        <translation>Nicht gelöscht: %1, da %2 im Weg ist: ein Ordner, der nicht von HubDeck stammt. Verschieben Sie ihn und löschen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>HomeScanner</name>
    <message>
        <source>repo</source>
        <translation>Repo</translation>
    </message>
    <message>
        <source>hub cache</source>
        <translation>Hub-Cache</translation>
    </message>
    <message>
        <source>chunk cache</source>
        <translation>Chunk-Cache</translation>
    </message>
    <message>
        <source>shard cache</source>
        <translation>Shard-Cache</translation>
    </message>
    <message>
        <source>upload staging</source>
        <translation>Upload-Bereitstellung</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>extracted archives</source>
        <translation>entpackte Archive</translation>
    </message>
    <message>
        <source>dataset cache</source>
        <translation>Dataset-Cache</translation>
    </message>
    <message>
        <source>lock files</source>
        <translation>Sperrdateien</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>legacy download</source>
        <translation>alter Download</translation>
    </message>
    <message>
        <source>interrupted deletion</source>
        <translation>unterbrochenes Löschen</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Chunks of files downloaded through Xet. Deleting it costs nothing but downloading those chunks again the next time a file that uses them is fetched.</source>
        <translation>Chunks von Dateien, die über Xet heruntergeladen wurden. Löschen kostet nur, diese Chunks erneut herunterzuladen, wenn eine Datei, die sie verwendet, wieder geholt wird.</translation>
    </message>
    <message>
        <source>What Xet knows of files already on the Hub, used to skip data that is already there. Deleting it makes the next upload slower (more is sent); it is fetched again as needed.</source>
        <translation>Was Xet über Dateien weiß, die schon auf dem Hub liegen, um bereits vorhandene Daten zu überspringen. Löschen macht den nächsten Upload langsamer (es wird mehr gesendet); bei Bedarf wird es neu geholt.</translation>
    </message>
    <message>
        <source>Data of uploads being prepared. Deleting it loses an interrupted upload&apos;s progress: that upload starts again from the beginning.</source>
        <translation>Daten von Uploads in Vorbereitung. Löschen verwirft den Fortschritt eines unterbrochenen Uploads: Er beginnt von vorn.</translation>
    </message>
    <message>
        <source>Logs of the Xet client. Deleting them loses nothing but what they would tell about past transfers.</source>
        <translation>Protokolle des Xet-Clients. Löschen verliert nur, was sie über frühere Übertragungen verraten würden.</translation>
    </message>
    <message>
        <source>The dataset as load_dataset prepared it (Arrow files). Deleting it means preparing it again on next load, from the hub cache or downloads if they are still there, else from the Hub.</source>
        <translation>Das Dataset, wie load_dataset es vorbereitet hat (Arrow-Dateien). Nach dem Löschen wird es beim nächsten Laden neu vorbereitet, aus dem Hub-Cache oder den Downloads, falls noch vorhanden, sonst vom Hub.</translation>
    </message>
    <message>
        <source>Files a library stored with cached_assets_path. Deleting them means that library downloads or computes them again.</source>
        <translation>Dateien, die eine Bibliothek mit cached_assets_path abgelegt hat. Nach dem Löschen lädt oder berechnet diese Bibliothek sie erneut.</translation>
    </message>
    <message>
        <source>Python modules of remote code (trust_remote_code, dataset scripts). Deleting them means fetching that code again on next use.</source>
        <translation>Python-Module aus entferntem Code (trust_remote_code, Dataset-Skripte). Nach dem Löschen wird dieser Code beim nächsten Gebrauch erneut geholt.</translation>
    </message>
    <message>
        <source>A download of the pre-2022 transformers cache, which current versions no longer read. Deleting it costs nothing to current libraries.</source>
        <translation>Ein Download des transformers-Caches von vor 2022, den aktuelle Versionen nicht mehr lesen. Löschen kostet aktuelle Bibliotheken nichts.</translation>
    </message>
    <message>
        <source>Not written by a library HubDeck knows; HubDeck lists it but leaves it alone.</source>
        <translation>Nicht von einer Bibliothek geschrieben, die HubDeck kennt; HubDeck zeigt es an, rührt es aber nicht an.</translation>
    </message>
    <message>
        <source>Empty lock files datasets left behind. Deleting them costs nothing.</source>
        <translation>Leere Sperrdateien, die datasets zurückgelassen hat. Löschen kostet nichts.</translation>
    </message>
    <message>
        <source>It holds your access token %1; HubDeck never deletes it.</source>
        <translation>Es enthält Ihr Zugriffstoken %1; HubDeck löscht es nie.</translation>
    </message>
    <message>
        <source>This part&apos;s folder %1 holds the whole Hugging Face home %2 (its variable points too high): HubDeck deletes nothing from it.</source>
        <translation>Der Ordner %1 dieses Teils enthält das ganze Hugging-Face-Verzeichnis %2 (seine Variable zeigt zu weit oben hin): HubDeck löscht nichts daraus.</translation>
    </message>
    <message>
        <source>This part&apos;s folder %1 lies inside the %2 part (%3): HubDeck deletes nothing that two parts share.</source>
        <translation>Der Ordner %1 dieses Teils liegt im Teil %2 (%3): HubDeck löscht nichts, was zwei Teile teilen.</translation>
    </message>
    <message>
        <source>It holds the %1 part (%2): HubDeck does not delete a part from inside another.</source>
        <translation>Er enthält den Teil %1 (%2): HubDeck löscht keinen Teil aus einem anderen heraus.</translation>
    </message>
    <message>
        <source>This does not look like an assets cache: %1 is a file, where cached_assets_path writes only folders. HubDeck deletes nothing from it.</source>
        <translation>Das sieht nicht nach einem Asset-Cache aus: %1 ist eine Datei, wo cached_assets_path nur Ordner anlegt. HubDeck löscht nichts daraus.</translation>
    </message>
    <message>
        <source>This part&apos;s folder %1 is your own folder %2, or holds it: not a cache (its variable points there). HubDeck deletes nothing from it.</source>
        <translation>Der Ordner %1 dieses Teils ist Ihr eigener Ordner %2 oder enthält ihn: kein Cache (seine Variable zeigt dorthin). HubDeck löscht nichts daraus.</translation>
    </message>
    <message>
        <source>Not all of it can be read (%1): its size counts only what could be, and HubDeck does not delete it.</source>
        <translation>Nicht alles darin ist lesbar (%1): Die Größe zählt nur das Lesbare, und HubDeck löscht es nicht.</translation>
    </message>
    <message>
        <source>HF_ASSETS_CACHE points at %1, a folder not named like an assets cache: HubDeck lists what it holds but deletes nothing from it.</source>
        <translation>HF_ASSETS_CACHE zeigt auf %1, einen Ordner, der nicht wie ein Asset-Cache heißt: HubDeck listet seinen Inhalt auf, löscht aber nichts daraus.</translation>
    </message>
    <message>
        <source>is a link that loops (it leads back to itself)</source>
        <translation>ist ein Link, der im Kreis führt (er führt auf sich selbst zurück)</translation>
    </message>
    <message>
        <source>is a link to %1, which does not exist</source>
        <translation>ist ein Link auf %1, das es nicht gibt</translation>
    </message>
    <message>
        <source>is a FIFO, not a folder</source>
        <translation>ist ein FIFO, kein Ordner</translation>
    </message>
    <message>
        <source>is a socket, not a folder</source>
        <translation>ist ein Socket, kein Ordner</translation>
    </message>
    <message>
        <source>is a device, not a folder</source>
        <translation>ist ein Gerät, kein Ordner</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>This is where the %1 part belongs, but it %2: the library cannot keep its cache there. HubDeck leaves it alone.</source>
        <translation>Hier gehört der Teil %1 hin, aber er %2: Die Bibliothek kann ihren Cache dort nicht ablegen. HubDeck lässt ihn unangetastet.</translation>
    </message>
    <message>
        <source>Set but empty: %1. The Hugging Face libraries then keep their caches relative to whatever folder they run in, which HubDeck cannot tell; set it to a folder, or unset it.</source>
        <translation>Gesetzt, aber leer: %1. Die Hugging-Face-Bibliotheken legen ihre Caches dann relativ zu dem Ordner ab, in dem sie gerade laufen, den HubDeck nicht kennen kann; setzen Sie die Variable auf einen Ordner oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>HF_HOME %1 %2: no Hugging Face library can keep its caches there.</source>
        <translation>HF_HOME %1 %2: Keine Hugging-Face-Bibliothek kann dort ihre Caches ablegen.</translation>
    </message>
    <message>
        <source>HF_HOME %1 cannot be reached: %2.</source>
        <translation>HF_HOME %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Not all of it can be removed (%1): HubDeck deletes an entry only whole, so it leaves this one as it is.</source>
        <translation>Nicht alles darin lässt sich entfernen (%1): HubDeck löscht einen Eintrag nur ganz und lässt diesen daher, wie er ist.</translation>
    </message>
    <message>
        <source>It holds another mounted filesystem (%1): its size counts what is mounted there, as du counts it, and HubDeck does not delete across it.</source>
        <translation>Darin ist ein anderes Dateisystem eingehängt (%1): Seine Größe zählt mit, was dort eingehängt ist, wie du es zählt, und HubDeck löscht nicht darüber hinweg.</translation>
    </message>
    <message>
        <source>HF_HOME is your own folder %1, so %2 may be yours: assets caches carry no mark that tells them apart. HubDeck deletes nothing from it.</source>
        <translation>HF_HOME ist Ihr eigener Ordner %1, also gehört %2 vielleicht Ihnen: Asset-Caches tragen kein Kennzeichen, das sie unterscheidet. HubDeck löscht nichts daraus.</translation>
    </message>
    <message>
        <source>HF_ASSETS_CACHE moved the assets cache to %1, outside HF_HOME: assets caches carry no mark that tells them from a folder of your own, so HubDeck deletes nothing from it there.</source>
        <translation>HF_ASSETS_CACHE hat den Asset-Cache nach %1 verlegt, außerhalb von HF_HOME: Asset-Caches tragen kein Kennzeichen, das sie von einem eigenen Ordner unterscheidet, daher löscht HubDeck dort nichts daraus.</translation>
    </message>
    <message>
        <source>Its name is too long to rename it aside while it is deleted (the filesystem allows %1 bytes): delete it yourself.</source>
        <translation>Sein Name ist zu lang, um ihn während des Löschens umzubenennen (das Dateisystem erlaubt %1 Bytes): Löschen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>Empty: there is nothing in it to delete. The folder itself stays, as datasets downloads into it.</source>
        <translation>Leer: Darin gibt es nichts zu löschen. Der Ordner selbst bleibt, da datasets in ihn herunterlädt.</translation>
    </message>
    <message>
        <source>Set but empty: HF_TOKEN_PATH. The Hugging Face libraries then keep the access token relative to whatever folder they run in, which HubDeck cannot tell; set it to a file, or unset it.</source>
        <translation>Gesetzt, aber leer: HF_TOKEN_PATH. Die Hugging-Face-Bibliotheken legen das Zugriffstoken dann relativ zu dem Ordner ab, in dem sie laufen, den HubDeck nicht kennen kann; setzen Sie die Variable auf eine Datei oder heben Sie sie auf.</translation>
    </message>
    <message>
        <source>HF_HOME %1 cannot be made: %2 on the way %3.</source>
        <translation>HF_HOME %1 kann nicht angelegt werden: %2 auf dem Weg dorthin %3.</translation>
    </message>
    <message>
        <source>the %1 part&apos;s folder (%2)</source>
        <translation>den Ordner des Teils %1 (%2)</translation>
    </message>
    <message>
        <source>the Hugging Face home&apos;s folder (%1)</source>
        <translation>den Ordner des Hugging-Face-Home (%1)</translation>
    </message>
    <message>
        <source>your access token %1</source>
        <translation>Ihr Zugriffstoken %1</translation>
    </message>
    <message>
        <source>Being deleted now by another process (pid %1): it is shown as it stands until that deletion ends.</source>
        <translation>Wird gerade von einem anderen Prozess gelöscht (PID %1): bis dieses Löschen endet, wird es so gezeigt, wie es ist.</translation>
    </message>
    <message>
        <source>Being deleted now by %1 (pid %2): it is shown as it stands until that deletion ends.</source>
        <translation>Wird gerade von %1 gelöscht (PID %2): bis dieses Löschen endet, wird es so gezeigt, wie es ist.</translation>
    </message>
    <message>
        <source>HF_HOME %1 cannot be read: %2 (it belongs to %3). Run as that user, or give it back to yours (sudo chown -R).</source>
        <translation>HF_HOME %1 kann nicht gelesen werden: %2 (es gehört %3). Als dieser Benutzer ausführen oder es Ihrem zurückgeben (sudo chown -R).</translation>
    </message>
    <message>
        <source>HF_HOME %1 cannot be read: %2.</source>
        <translation>HF_HOME %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>being deleted</source>
        <translation>wird gerade gelöscht</translation>
    </message>
    <message>
        <source>Being deleted now by another process: it is shown as it stands until that deletion ends.</source>
        <translation>Wird gerade von einem anderen Prozess gelöscht: Es wird so gezeigt, wie es ist, bis dieses Löschen endet.</translation>
    </message>
    <message>
        <source>It is another user&apos;s (%1) in a sticky folder (%2), where only its owner can rename or remove it: HubDeck does not delete it.</source>
        <translation>Es gehört einem anderen Benutzer (%1) und liegt in einem Ordner mit Sticky-Bit (%2), in dem nur sein Eigentümer es umbenennen oder entfernen kann: HubDeck löscht es nicht.</translation>
    </message>
    <message>
        <source>empty endpoint folder</source>
        <translation>leerer Endpunkt-Ordner</translation>
    </message>
    <message>
        <source>An Xet server&apos;s folder with no cache left in it. Deleting it costs nothing: Xet makes it again when it next downloads from that server.</source>
        <translation>Der Ordner eines Xet-Servers, in dem kein Cache mehr liegt. Ihn zu löschen kostet nichts: Xet legt ihn wieder an, wenn es das nächste Mal von diesem Server herunterlädt.</translation>
    </message>
    <message>
        <source>A link to %1: HubDeck follows no link inside a part, so its size is the link&apos;s own and it leaves it alone; clean where it leads with the library that wrote there.</source>
        <translation>Ein Link auf %1: HubDeck folgt innerhalb eines Teils keinem Link, daher ist seine Größe die des Links selbst, und HubDeck lässt ihn in Ruhe; räumen Sie dort auf, wohin er führt, mit der Bibliothek, die dort geschrieben hat.</translation>
    </message>
    <message>
        <source>A filesystem the system makes up (as /proc and /sys are): nothing of it is on a disk, and HubDeck neither measures nor deletes it.</source>
        <translation>Ein Dateisystem, das das System selbst erzeugt (wie /proc und /sys): nichts davon liegt auf einem Datenträger, und HubDeck misst und löscht es nicht.</translation>
    </message>
    <message>
        <source>kept from a deletion</source>
        <translation>bei einer Löschung behalten</translation>
    </message>
    <message>
        <source>What a program wrote into an entry while HubDeck deleted it, kept for that program under a name no library reads. Deleting it costs nothing once that program is done with it.</source>
        <translation>Was ein Programm in einen Eintrag schrieb, während HubDeck ihn löschte, für dieses Programm unter einem Namen behalten, den keine Bibliothek liest. Ihn zu löschen kostet nichts, sobald das Programm damit fertig ist.</translation>
    </message>
    <message>
        <source>What a stopped deletion left, under a name no library reads. Deleting it finishes that deletion.</source>
        <translation>Was eine abgebrochene Löschung hinterlassen hat, unter einem Namen, den keine Bibliothek liest. Wenn Sie es löschen, wird diese Löschung abgeschlossen.</translation>
    </message>
    <message>
        <source>A repo of the hub cache: delete it on the Cache page or with hubdeck-cli cache rm, which keep shared blobs and refs right.</source>
        <translation>Ein Repo des Hub-Caches: Löschen Sie es auf der Cache-Seite oder mit hubdeck-cli cache rm, die geteilte Blobs und Refs richtig behalten.</translation>
    </message>
    <message>
        <source>Part of the hub cache&apos;s own structure: the Cache page and hubdeck-cli cache rm and cache prune clean it.</source>
        <translation>Teil der Struktur des Hub-Caches: Die Cache-Seite sowie hubdeck-cli cache rm und cache prune räumen ihn auf.</translation>
    </message>
    <message>
        <source>Archives unpacked from the downloads. Deleting them means unpacking again when a dataset is prepared. A prepared dataset of audio or images may read its files from here: it then fails until it is prepared again (download_mode=&quot;force_redownload&quot;).</source>
        <translation>Aus den Downloads entpackte Archive. Löschen bedeutet, erneut zu entpacken, wenn ein Datensatz vorbereitet wird. Ein vorbereiteter Audio- oder Bilddatensatz kann seine Dateien von hier lesen: Er schlägt dann fehl, bis er erneut vorbereitet wird (download_mode=&quot;force_redownload&quot;).</translation>
    </message>
    <message>
        <source>Your access tokens. HubDeck never deletes them; to log out, run hf auth logout (or hubdeck-cli auth logout).</source>
        <translation>Ihre Zugriffstoken. HubDeck löscht sie nie; zum Abmelden führen Sie hf auth logout (oder hubdeck-cli auth logout) aus.</translation>
    </message>
    <message>
        <source>Part of the hub cache transformers keeps in TRANSFORMERS_CACHE: delete it on the Cache page or with hubdeck-cli cache rm --dir %1, which keep shared blobs and refs right.</source>
        <translation>Teil des Hub-Caches, den transformers in TRANSFORMERS_CACHE führt: Löschen Sie ihn auf der Cache-Seite oder mit hubdeck-cli cache rm --dir %1, die gemeinsame Blobs und Refs richtig halten.</translation>
    </message>
    <message>
        <source>It holds %1 under another name (%2): HubDeck does not delete it.</source>
        <translation>Es enthält %1 unter einem anderen Namen (%2): HubDeck löscht es nicht.</translation>
    </message>
    <message>
        <source>a hard link</source>
        <translation>ein harter Link</translation>
    </message>
    <message>
        <source>a bind mount</source>
        <translation>ein Bind-Mount</translation>
    </message>
    <message>
        <source>empty builder folder</source>
        <translation>leerer Builder-Ordner</translation>
    </message>
    <message>
        <source>The folder of one of datasets&apos; packaged builders (parquet, json, csv…) with no prepared dataset left in it. Deleting it costs nothing: datasets makes it again when it next prepares one.</source>
        <translation>Der Ordner eines der mitgelieferten Builder von datasets (parquet, json, csv…), in dem kein vorbereiteter Datensatz mehr liegt. Ihn zu löschen kostet nichts: datasets legt ihn wieder an, wenn es das nächste Mal einen vorbereitet.</translation>
    </message>
    <message>
        <source>Its extracted/, the archives unpacked from these downloads, goes with them: they are unpacked again when a dataset is prepared.</source>
        <translation>Sein extracted/, die aus diesen Downloads entpackten Archive, geht mit ihnen: Sie werden erneut entpackt, wenn ein Datensatz vorbereitet wird.</translation>
    </message>
    <message>
        <source>Raw files load_dataset fetched. Deleting them means downloading them again the next time a dataset needs preparing. A prepared dataset of audio or images may read its files from here: it then fails until it is prepared again (download_mode=&quot;force_redownload&quot;).</source>
        <translation>Rohdateien, die load_dataset geholt hat. Löschen bedeutet, sie erneut herunterzuladen, wenn ein Datensatz das nächste Mal vorbereitet wird. Ein vorbereiteter Audio- oder Bilddatensatz kann seine Dateien von hier lesen: Er schlägt dann fehl, bis er erneut vorbereitet wird (download_mode=&quot;force_redownload&quot;).</translation>
    </message>
    <message>
        <source>This part&apos;s folder %1 is also the %2 part&apos;s: HubDeck deletes nothing that two parts share.</source>
        <translation>Der Ordner %1 dieses Teils ist auch der des Teils %2: HubDeck löscht nichts, was zwei Teile teilen.</translation>
    </message>
    <message>
        <source>A deletion of it was stopped part-way: some of it may be gone. Deleting it again finishes that deletion.</source>
        <translation>Eine Löschung wurde mittendrin angehalten: Ein Teil davon kann fehlen. Erneutes Löschen schließt diese Löschung ab.</translation>
    </message>
    <message>
        <source>xet keeps two of its caches in this folder (HF_XET_CHUNK_CACHE_SUBDIR or HF_XET_SHARD_CACHE_SUBDIR names it): HubDeck deletes nothing that two caches share.</source>
        <translation>xet legt zwei seiner Caches in diesem Ordner ab (HF_XET_CHUNK_CACHE_SUBDIR oder HF_XET_SHARD_CACHE_SUBDIR nennt ihn): HubDeck löscht nichts, was zwei Caches teilen.</translation>
    </message>
    <message>
        <source>xet&apos;s %1 by its default name: %2 names %3 instead, so xet no longer writes here. HubDeck deletes only what xet uses now; delete it yourself, or list the home with %2 unset.</source>
        <translation>%1 von xet unter seinem Standardnamen: %2 nennt stattdessen %3, daher schreibt xet nicht mehr hierher. HubDeck löscht nur, was xet jetzt verwendet; löschen Sie es selbst oder listen Sie den Home-Ordner ohne %2 auf.</translation>
    </message>
    <message>
        <source>The %1 part&apos;s default folder: %2 moved that part to %3, so nothing writes here now. HubDeck deletes only what the libraries use now; delete it yourself, or list the home with %2 unset.</source>
        <translation>Der Standardordner des Teils %1: %2 hat diesen Teil nach %3 verlegt, daher schreibt hier nichts mehr hinein. HubDeck löscht nur, was die Bibliotheken jetzt verwenden; löschen Sie ihn selbst oder listen Sie den Home-Ordner ohne %2 auf.</translation>
    </message>
    <message>
        <source>Kept while another program (%1, pid %2) holds a lock on this home&apos;s folders.</source>
        <translation>Behalten, solange ein anderes Programm (%1, PID %2) eine Sperre auf den Ordnern dieses Home-Ordners hält.</translation>
    </message>
    <message>
        <source>Kept while another program (%1, pid %2) holds a lock on %3.</source>
        <translation>Behalten, solange ein anderes Programm (%1, PID %2) eine Sperre auf %3 hält.</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>The Hub refused your token (401). Sign in again with a valid token.</source>
        <translation>Der Hub hat Ihr Token abgelehnt (401). Melden Sie sich mit einem gültigen Token neu an.</translation>
    </message>
    <message>
        <source>You do not have permission to do this on this Space (403). Check that your token has write access and belongs to an owner of the Space.</source>
        <translation>Sie haben keine Berechtigung, dies mit diesem Space zu tun (403). Prüfen Sie, ob Ihr Token Schreibrechte hat und einem Eigentümer des Space gehört.</translation>
    </message>
    <message>
        <source>Not found (404): it does not exist, or it is private and your token cannot see it.</source>
        <translation>Nicht gefunden (404): Es existiert nicht, oder es ist privat und Ihr Token kann es nicht sehen.</translation>
    </message>
    <message>
        <source>Conflict (409): it already exists or is being changed.</source>
        <translation>Konflikt (409): Es existiert bereits oder wird gerade geändert.</translation>
    </message>
    <message>
        <source>The Hub is rate limiting you (429). Try again in %1 s.</source>
        <translation>Der Hub drosselt Ihre Anfragen (429). Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>The Hub is rate limiting you (429). Try again in a minute.</source>
        <translation>Der Hub drosselt Ihre Anfragen (429). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The Hub is having trouble (HTTP %1). Try again later; https://status.huggingface.co says whether it is down.</source>
        <translation>Der Hub hat Probleme (HTTP %1). Versuchen Sie es später erneut; https://status.huggingface.co zeigt, ob er ausgefallen ist.</translation>
    </message>
    <message>
        <source>The Hub answered with HTTP %1.</source>
        <translation>Der Hub hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Cannot find the Hub at %1: check your network connection and HF_ENDPOINT.</source>
        <translation>Der Hub unter %1 wurde nicht gefunden: Prüfen Sie Ihre Netzwerkverbindung und HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>Cannot reach the Hub: %1. Check your network connection.</source>
        <translation>Der Hub ist nicht erreichbar: %1. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The Hub did not answer within %1. Try again, or allow more time with --timeout.</source>
        <translation>Der Hub hat nicht innerhalb von %1 geantwortet. Versuchen Sie es erneut oder geben Sie mit --timeout mehr Zeit.</translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was not what HubDeck expected (%1).</source>
        <translation>Die Antwort des Hub war nicht, was HubDeck erwartet hat (%1).</translation>
    </message>
    <message>
        <source>Refusing to send a token over plain http:// to %1. Use https://, or http:// only for a server on this machine.</source>
        <translation>Ein Token wird nicht über unverschlüsseltes http:// an %1 gesendet. Verwenden Sie https://, oder http:// nur für einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source> The Hub says: %1</source>
        <translation> Der Hub meldet: %1</translation>
    </message>
    <message>
        <source>The Hub redirected this call to %1, another server. HubDeck does not follow it, so your token and data went nowhere else. Check HF_ENDPOINT.</source>
        <translation>Der Hub hat diesen Aufruf an %1 umgeleitet, einen anderen Server. HubDeck folgt dem nicht, daher gingen Ihr Token und Ihre Daten nirgendwo anders hin. Prüfen Sie HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>The Hub redirected this call to an address with a user name or password in it. HubDeck does not follow it, so your token and data went nowhere else. Check HF_ENDPOINT.</source>
        <translation>Der Hub hat diesen Aufruf an eine Adresse mit Benutzername oder Passwort umgeleitet. HubDeck folgt ihr nicht, Ihr Token und Ihre Daten gingen also nirgendwo anders hin. Prüfen Sie HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>The Hub answered this %1 with a redirect (HTTP %2) that would repeat it as a GET without its data. HubDeck does not follow it, so the change may not have been made. Check HF_ENDPOINT.</source>
        <translation>Der Hub hat auf diesen %1-Aufruf mit einer Umleitung (HTTP %2) geantwortet, die ihn als GET ohne seine Daten wiederholen würde. HubDeck folgt ihr nicht; die Änderung wurde daher möglicherweise nicht vorgenommen. Prüfen Sie HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>The Hub kept redirecting this call (HTTP %1), in a loop or more than %2 times, so HubDeck stopped following it. Check HF_ENDPOINT.</source>
        <translation>Der Hub hat diesen Aufruf immer wieder umgeleitet (HTTP %1), im Kreis oder mehr als %2-mal; HubDeck folgt ihm daher nicht weiter. Prüfen Sie HF_ENDPOINT.</translation>
    </message>
    <message>
        <source>Cannot upload %1. Nothing was committed.</source>
        <translation>%1 kann nicht hochgeladen werden. Es wurde nichts committet.</translation>
    </message>
    <message>
        <source>The repository changed while the files were uploading (HTTP %1): nothing was committed. Upload again to commit onto its new state.</source>
        <translation>Das Repository hat sich während des Hochladens geändert (HTTP %1): Es wurde nichts committet. Laden Sie erneut hoch, um auf seinen neuen Stand zu committen.</translation>
    </message>
</context>
<context>
    <name>InUseFiles</name>
    <message>
        <source>a process</source>
        <translation>ein Prozess</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>locked by %1</source>
        <translation>gesperrt von %1</translation>
    </message>
    <message>
        <source>the working folder of %1</source>
        <translation>der Arbeitsordner von %1</translation>
    </message>
    <message>
        <source>the root folder (chroot) of %1</source>
        <translation>der Wurzelordner (chroot) von %1</translation>
    </message>
    <message>
        <source>held open by %1</source>
        <translation>geöffnet von %1</translation>
    </message>
    <message>
        <source>mapped into memory by %1</source>
        <translation>in den Speicher eingeblendet von %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The header could not be read: %1</source>
        <translation>Der Header konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;A binary file of %1: not shown as text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Binärdatei von %1: wird nicht als Text angezeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Es werden die ersten %1 von %2 angezeigt.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>Modelltyp</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Verborgene Größe</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>&lt;p&gt;No config.json in the newest revision.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine config.json in der neuesten Revision.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Parameters (from the safetensors headers): &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Parameter (aus den safetensors-Headern): &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hubdeck::AboutDialog</name>
    <message>
        <source>About HubDeck</source>
        <translation>Über HubDeck</translation>
    </message>
    <message>
        <source>&lt;h2&gt;HubDeck %1&lt;/h2&gt;&lt;p&gt;See and clean what the Hugging Face libraries keep on disk: the whole Hugging Face home (the hub cache, Xet&apos;s caches, datasets&apos; downloads and Arrow caches, assets, modules, the old transformers cache), and run your Spaces.&lt;/p&gt;&lt;p&gt;HubDeck is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3). Colours in previews come from KDE Syntax-Highlighting (MIT), run as a separate program. Integrity checks and upload hashes use OpenSSL (Apache License 2.0); uploads to the Hub&apos;s storage use libcurl (curl licence).&lt;/p&gt;&lt;p&gt;Hugging Face is a trademark of Hugging Face, Inc.; HubDeck is not affiliated with it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;HubDeck %1&lt;/h2&gt;&lt;p&gt;Ansehen und aufräumen, was die Hugging-Face-Bibliotheken auf der Platte ablegen: das ganze Hugging-Face-Verzeichnis (Hub-Cache, die Caches von Xet, Downloads und Arrow-Caches von datasets, Assets, Module, der alte transformers-Cache), und Ihre Spaces betreiben.&lt;/p&gt;&lt;p&gt;HubDeck ist freie Software unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (LGPLv3). Die Farben der Vorschau stammen von KDE Syntax-Highlighting (MIT), als eigenes Programm ausgeführt. Integritätsprüfungen und Upload-Prüfsummen verwenden OpenSSL (Apache License 2.0); Uploads in den Speicher des Hubs verwenden libcurl (curl-Lizenz).&lt;/p&gt;&lt;p&gt;Hugging Face ist eine Marke von Hugging Face, Inc.; HubDeck ist nicht mit ihr verbunden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheBrowser</name>
    <message>
        <source>Cache contents</source>
        <translation>Cache-Inhalt</translation>
    </message>
    <message>
        <source>Repos, their revisions and files. Space ticks a repo or revision for deletion.</source>
        <translation>Repos, ihre Revisionen und Dateien. Die Leertaste hakt ein Repo oder eine Revision zum Löschen an.</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Übergeordneten Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy Repo ID</source>
        <translation>Repo-ID kopieren</translation>
    </message>
    <message>
        <source>Copy Revision Hash</source>
        <translation>Revisions-Hash kopieren</translation>
    </message>
    <message>
        <source>Verify Integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <source>Open on the Hub</source>
        <translation>Auf dem Hub öffnen</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Anhaken</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Haken entfernen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete This File from All Revisions…</source>
        <translation>Diese Datei aus allen Revisionen löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete These %n Files from All Revisions…</source>
        <translation>
            <numerusform>Diese %n Datei aus allen Revisionen löschen…</numerusform>
            <numerusform>Diese %n Dateien aus allen Revisionen löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes the file from every cached revision of its repo; its blob goes once no kept file uses it</source>
        <translation>Entfernt die Datei aus jeder zwischengespeicherten Revision ihres Repos; ihr Blob geht, sobald keine behaltene Datei ihn nutzt</translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheFilterBar</name>
    <message>
        <source>Filter by repo, revision, ref or file name (Ctrl+F)</source>
        <translation>Nach Repo, Revision, Ref oder Dateiname filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>Not accessed for:</source>
        <translation>Nicht verwendet seit:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide this type of repo</source>
        <translation>Diesen Repo-Typ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show only repos and revisions nobody has used for this long</source>
        <translation>Nur Repos und Revisionen zeigen, die so lange niemand verwendet hat</translation>
    </message>
    <message>
        <source>Nothing matches this filter.</source>
        <translation>Nichts passt zu diesem Filter.</translation>
    </message>
</context>
<context>
    <name>hubdeck::CachePage</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>The cache changed on disk; refreshing…</source>
        <translation>Der Cache hat sich auf der Festplatte geändert; wird aktualisiert …</translation>
    </message>
    <message>
        <source>All &amp;Detached Revisions</source>
        <translation>Alle &amp;losgelösten Revisionen</translation>
    </message>
    <message>
        <source>Revisions no ref points to: what &quot;prune&quot; removes</source>
        <translation>Revisionen, auf die kein Ref zeigt: was „prune“ entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Not Accessed for %n Day(s)</source>
        <translation>
            <numerusform>Seit %n Tag nicht verwendet</numerusform>
            <numerusform>Seit %n Tagen nicht verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything Matching the &amp;Filter</source>
        <translation>Alles, was zum &amp;Filter passt</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Delete Ticked…</source>
        <translation>Angehakte &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Verify the Whole Cache</source>
        <translation>Ganzen Cache &amp;prüfen</translation>
    </message>
    <message>
        <source>Recompute every blob&apos;s hash and compare it with its name</source>
        <translation>Den Hash jedes Blobs neu berechnen und mit seinem Namen vergleichen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>&amp;Treemap</translation>
    </message>
    <message>
        <source>Color the Treemap by &amp;Last Access</source>
        <translation>Treemap nach &amp;letztem Zugriff färben</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird durchsucht …</translation>
    </message>
    <message>
        <source>Scan canceled. Press F5 to scan again.</source>
        <translation>Suche abgebrochen. Drücken Sie F5, um erneut zu suchen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cache to show&lt;/h3&gt;&lt;p&gt;HubDeck looked in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The folder is where huggingface_hub keeps downloads: it is made the first time a model or dataset is downloaded. Set HF_HUB_CACHE or HF_HOME, or use File → Open Cache Folder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Cache anzuzeigen&lt;/h3&gt;&lt;p&gt;HubDeck hat in &lt;b&gt;%1&lt;/b&gt; gesucht.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;In diesem Ordner legt huggingface_hub Downloads ab: Er entsteht beim ersten Download eines Modells oder Datensatzes. Setzen Sie HF_HUB_CACHE oder HF_HOME, oder verwenden Sie Datei → Cache-Ordner öffnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The cache is empty&lt;/h3&gt;&lt;p&gt;HubDeck looked in &lt;b&gt;%1&lt;/b&gt; and found no downloaded repos.&lt;/p&gt;&lt;p&gt;Models, datasets and Spaces appear here once a program downloads them with huggingface_hub.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Der Cache ist leer&lt;/h3&gt;&lt;p&gt;HubDeck hat in &lt;b&gt;%1&lt;/b&gt; gesucht und keine heruntergeladenen Repos gefunden.&lt;/p&gt;&lt;p&gt;Modelle, Datensätze und Spaces erscheinen hier, sobald ein Programm sie mit huggingface_hub herunterlädt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Empty cache.</source>
        <translation>Leerer Cache.</translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) scanned.</source>
        <translation>
            <numerusform>%n Repo durchsucht.</numerusform>
            <numerusform>%n Repos durchsucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity check: no problem found.</source>
        <translation>Integritätsprüfung: kein Problem gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Integrity check: %n problem(s).</source>
        <translation>
            <numerusform>Integritätsprüfung: %n Problem.</numerusform>
            <numerusform>Integritätsprüfung: %n Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n blob(s)…</source>
        <translation>
            <numerusform>%n Blob wird geprüft …</numerusform>
            <numerusform>%n Blobs werden geprüft …</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected — the cache holds %1. Tick revisions or repos to free space.</source>
        <translation>Nichts ausgewählt — der Cache belegt %1. Haken Sie Revisionen oder Repos an, um Platz freizugeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n repo(s) selected</source>
        <translation>
            <numerusform> in %n Repo ausgewählt</numerusform>
            <numerusform> in %n Repos ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, plus %n corrupted entr(ies)</source>
        <translation>
            <numerusform>, dazu %n beschädigter Eintrag</numerusform>
            <numerusform>, dazu %n beschädigte Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source> — frees &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation> — gibt &lt;b&gt;%1&lt;/b&gt; von %2 frei</translation>
    </message>
    <message>
        <source>Delete (frees %1)…</source>
        <translation>Löschen (gibt %1 frei) …</translation>
    </message>
    <message>
        <source>Some files could not be deleted</source>
        <translation>Einige Dateien konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete the ticked repos and revisions, after a confirmation (Delete)</source>
        <translation>Die angehakten Repos und Revisionen nach einer Bestätigung löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>&amp;Aufräumen…</translation>
    </message>
    <message>
        <source>Remove what `hf cache prune` removes, and what a stopped deletion left: detached revisions, blobs no snapshot links to, empty repos, partial downloads</source>
        <translation>Entfernt, was `hf cache prune` entfernt, und was eine abgebrochene Löschung hinterließ: losgelöste Revisionen, Blobs ohne Snapshot-Verweis, leere Repos, unvollständige Downloads</translation>
    </message>
    <message>
        <source>Nothing to prune: no detached revision, unreferenced blob, empty repo or partial download.</source>
        <translation>Nichts aufzuräumen: keine losgelöste Revision, kein unreferenzierter Blob, kein leeres Repo, kein unvollständiger Download.</translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s)</source>
        <translation>
            <numerusform>%n Repo</numerusform>
            <numerusform>%n Repos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrupted entry(ies)</source>
        <translation>
            <numerusform>%n beschädigter Eintrag</numerusform>
            <numerusform>%n beschädigte Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced blob(s)</source>
        <translation>
            <numerusform>%n unreferenzierter Blob</numerusform>
            <numerusform>%n unreferenzierte Blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n unvollständiger Download</numerusform>
            <numerusform>%n unvollständige Downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared blob(s)</source>
        <translation>
            <numerusform>%n geteilter Blob</numerusform>
            <numerusform>%n geteilte Blobs</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing removed</source>
        <translation>nichts entfernt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Stopped: %1, %2 freed</source>
        <translation>Angehalten: %1, %2 freigegeben</translation>
    </message>
    <message>
        <source>Deleted: %1, %2 freed</source>
        <translation>Gelöscht: %1, %2 freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>; %n revision(s) untouched</source>
        <translation>
            <numerusform>; %n Revision unberührt</numerusform>
            <numerusform>; %n Revisionen unberührt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) kept: their download is running</source>
        <translation>
            <numerusform>; %n Datei behalten: ihr Download läuft</numerusform>
            <numerusform>; %n Dateien behalten: ihr Download läuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) could not be removed; the rest was deleted as the status bar says.</source>
        <translation>
            <numerusform>%n Pfad konnte nicht entfernt werden; der Rest wurde gelöscht, wie die Statusleiste sagt.</numerusform>
            <numerusform>%n Pfade konnten nicht entfernt werden; der Rest wurde gelöscht, wie die Statusleiste sagt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that were gone</source>
        <translation>
            <numerusform>%n Datei bereits entfernter geteilter Blobs</numerusform>
            <numerusform>%n Dateien bereits entfernter geteilter Blobs</numerusform>
        </translation>
    </message>
    <message>
        <source>No detached revision: every revision has a ref.</source>
        <translation>Keine losgelöste Revision: Jede Revision hat einen Ref.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n detached revision(s).</source>
        <translation>
            <numerusform>%n losgelöste Revision angehakt.</numerusform>
            <numerusform>%n losgelöste Revisionen angehakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No revision has gone unaccessed for %n day(s).</source>
        <translation>
            <numerusform>Keine Revision wurde seit %n Tag nicht verwendet.</numerusform>
            <numerusform>Keine Revision wurde seit %n Tagen nicht verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n revision(s) not accessed for %1 days.</source>
        <translation>
            <numerusform>%n Revision angehakt, die seit %1 Tagen nicht verwendet wurde.</numerusform>
            <numerusform>%n Revisionen angehakt, die seit %1 Tagen nicht verwendet wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the filter: nothing was ticked.</source>
        <translation>Nichts passt zum Filter: Nichts wurde angehakt.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n matching entr(ies).</source>
        <translation>
            <numerusform>%n passender Eintrag angehakt.</numerusform>
            <numerusform>%n passende Einträge angehakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ree Space…</source>
        <translation>&amp;Speicher freigeben …</translation>
    </message>
    <message>
        <source>Tick the least recently accessed revisions until they free a given amount</source>
        <translation>Die am längsten nicht verwendeten Revisionen anhaken, bis sie eine bestimmte Menge freigeben</translation>
    </message>
    <message>
        <source>The cache holds no revision to delete.</source>
        <translation>Der Cache enthält keine Revision zum Löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n revision(s) that free %1. Press Delete to review and delete them.</source>
        <translation>
            <numerusform>%n Revision angehakt, die %1 freigibt. Drücken Sie Entf, um sie zu prüfen und zu löschen.</numerusform>
            <numerusform>%n Revisionen angehakt, die %1 freigeben. Drücken Sie Entf, um sie zu prüfen und zu löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking: %1 of %2, %3 of %n blob(s)</source>
        <translation>
            <numerusform>Prüfung: %1 von %2, %3 von %n Blob</numerusform>
            <numerusform>Prüfung: %1 von %2, %3 von %n Blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n step(s), %2 freed</source>
        <translation>
            <numerusform>Löschen: %1 von %n Schritt, %2 freigegeben</numerusform>
            <numerusform>Löschen: %1 von %n Schritten, %2 freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) moved to the Trash</source>
        <translation>
            <numerusform>%n Repo in den Papierkorb verschoben</numerusform>
            <numerusform>%n Repos in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing to delete: the files are no longer in the cache.</source>
        <translation>Nichts zu löschen: Die Dateien sind nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) untouched</source>
        <translation>
            <numerusform>; %n Datei unberührt</numerusform>
            <numerusform>; %n Dateien unberührt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Selected Files from All Revisions…</source>
        <translation>Ausgewählte Dateien aus allen Revisionen &amp;löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is ticked: the %n selected file(s) go from every cached revision of their repo.</source>
        <translation>
            <numerusform>Nichts ist angehakt: die %n ausgewählte Datei wird aus jeder gecachten Revision ihres Repos entfernt.</numerusform>
            <numerusform>Nichts ist angehakt: die %n ausgewählten Dateien werden aus jeder gecachten Revision ihres Repos entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is ticked: tick repos or revisions (Space), or select file rows, to delete them.</source>
        <translation>Nichts ist angehakt: Repos oder Revisionen anhaken (Leertaste) oder Dateizeilen auswählen, um sie zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Only the ticked revisions below are deleted, not the %n selected file(s): to delete those, clear the ticks first.</source>
        <translation>
            <numerusform>Nur die unten angehakten Revisionen werden gelöscht, nicht die %n ausgewählte Datei: um sie zu löschen, zuerst die Haken entfernen.</numerusform>
            <numerusform>Nur die unten angehakten Revisionen werden gelöscht, nicht die %n ausgewählten Dateien: um sie zu löschen, zuerst die Haken entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 more stays on disk: other files share its blocks (reflinks or snapshots)</source>
        <translation>; %1 mehr bleibt auf dem Datenträger: andere Dateien teilen sich seine Blöcke (Reflinks oder Snapshots)</translation>
    </message>
    <message numerus="yes">
        <source>; %n revision(s) partly removed (delete again or prune to finish)</source>
        <translation>
            <numerusform>; %n Revision teilweise entfernt (erneut löschen oder bereinigen, um sie abzuschließen)</numerusform>
            <numerusform>; %n Revisionen teilweise entfernt (erneut löschen oder bereinigen, um sie abzuschließen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n blob(s) left that no file links to (prune removes them)</source>
        <translation>
            <numerusform>; %n Blob übrig, auf den keine Datei mehr verweist (Bereinigen entfernt ihn)</numerusform>
            <numerusform>; %n Blobs übrig, auf die keine Datei mehr verweist (Bereinigen entfernt sie)</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of it lies in the container image&apos;s read-only layers (overlayfs): hidden, not freed</source>
        <translation>; %1 davon liegen in den schreibgeschützten Schichten des Container-Images (overlayfs): verborgen, nicht freigegeben</translation>
    </message>
    <message>
        <source>; the files held less on disk than their sizes (%1: sparse, or compressed by the filesystem)</source>
        <translation>; die Dateien belegten auf dem Datenträger weniger als ihre Größe (%1: dünn besetzt oder vom Dateisystem komprimiert)</translation>
    </message>
    <message>
        <source>; %1 more is still %2: freed when that process lets go</source>
        <translation>; %1 mehr ist noch %2: frei, sobald dieser Prozess es loslässt</translation>
    </message>
    <message>
        <source>A deletion is running: wait for it to end, or Cancel it, before deleting more.</source>
        <translation>Ein Löschvorgang läuft: Warten Sie sein Ende ab oder brechen Sie ihn ab, bevor Sie weiter löschen.</translation>
    </message>
    <message>
        <source> (%1 on disk: the files are sparse or compressed by the filesystem)</source>
        <translation> (%1 auf der Festplatte: die Dateien sind dünnbesetzt oder vom Dateisystem komprimiert)</translation>
    </message>
    <message>
        <source>Cleared the filter, which hid %1.</source>
        <translation>Filter zurückgesetzt, der %1 verbarg.</translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Refs</translation>
    </message>
    <message>
        <source>Bytes on disk. A blob shared by several revisions is counted once for the repo, so a repo can be smaller than the sum of its revisions.</source>
        <translation>Belegte Bytes. Ein Blob, den mehrere Revisionen teilen, zählt für das Repo nur einmal; daher kann ein Repo kleiner sein als die Summe seiner Revisionen.</translation>
    </message>
    <message>
        <source>Newest access time of the repo&apos;s blobs. On file systems mounted with relatime (the Linux default) it is updated at most once a day, and never with noatime: treat it as approximate.</source>
        <translation>Neueste Zugriffszeit der Blobs des Repos. Auf Dateisystemen mit relatime (Linux-Standard) wird sie höchstens einmal am Tag aktualisiert, mit noatime nie: Betrachten Sie sie als ungefähr.</translation>
    </message>
    <message>
        <source>%1 on disk. Its revisions add up to %2 because they share blobs, which are stored once.</source>
        <translation>%1 belegt. Seine Revisionen ergeben zusammen %2, weil sie Blobs teilen, die nur einmal gespeichert sind.</translation>
    </message>
    <message>
        <source>%1 on disk (%2 bytes)</source>
        <translation>%1 belegt (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 (approximate: access times are updated lazily on relatime and noatime mounts)</source>
        <translation>%1 (ungefähr: Zugriffszeiten werden bei relatime- und noatime-Einhängungen verzögert aktualisiert)</translation>
    </message>
    <message>
        <source>corrupted</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>huggingface_hub skips this entry: %1
Tick it to remove it.</source>
        <translation>huggingface_hub überspringt diesen Eintrag: %1
Haken Sie ihn an, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>%1 (detached)</source>
        <translation>%1 (losgelöst)</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Commit %1
%2</source>
        <translation>Commit %1
%2</translation>
    </message>
    <message>
        <source>%1 (partial download)</source>
        <translation>%1 (unvollständiger Download)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>An interrupted download. &quot;Prune&quot; removes it unless the download is still running.
%1</source>
        <translation>Ein abgebrochener Download. „Bereinigen“ entfernt ihn, sofern der Download nicht noch läuft.
%1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1
Blob: %2</source>
        <translation>%1
Blob: %2</translation>
    </message>
    <message>
        <source>Frees nothing: part of it is reached through a link, and HubDeck never deletes through a link.</source>
        <translation>Gibt nichts frei: Ein Teil davon wird über einen Link erreicht, und HubDeck löscht nie durch einen Link.</translation>
    </message>
    <message>
        <source>Deleting this alone frees %1 (%2 bytes).</source>
        <translation>Dies allein zu löschen gibt %1 frei (%2 Bytes).</translation>
    </message>
    <message>
        <source>Deleting this alone frees %1 of its %2: the rest are blobs that other revisions or repos still use.</source>
        <translation>Dies allein zu löschen gibt %1 von %2 frei: Der Rest sind Blobs, die andere Revisionen oder Repos noch verwenden.</translation>
    </message>
    <message>
        <source>%1: the newest access of the blobs this revision uses (approximate on relatime and noatime mounts)</source>
        <translation>%1: der jüngste Zugriff auf die Blobs dieser Revision (ungefähr bei relatime- und noatime-Einhängungen)</translation>
    </message>
    <message>
        <source>Frees</source>
        <translation>Gibt frei</translation>
    </message>
    <message>
        <source>What deleting this row alone frees: Size counts what the row holds, Frees leaves out the blobs that other revisions or repos still use.</source>
        <translation>Was das Löschen dieser Zeile allein freigibt: „Größe“ zählt, was die Zeile enthält, „Gibt frei“ lässt die Blobs aus, die andere Revisionen oder Repos noch verwenden.</translation>
    </message>
</context>
<context>
    <name>hubdeck::DeleteConfirmDialog</name>
    <message>
        <source>Delete from the cache?</source>
        <translation>Aus dem Cache löschen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 will be freed&lt;/b&gt; (of %2 in the cache). Deleted files are downloaded again the next time a program asks for them.</source>
        <translation>&lt;b&gt;%1 werden frei&lt;/b&gt; (von %2 im Cache). Gelöschte Dateien werden erneut heruntergeladen, wenn ein Programm sie das nächste Mal anfordert.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Frees</source>
        <translation>Gibt frei</translation>
    </message>
    <message>
        <source>%1 (corrupted entry)</source>
        <translation>%1 (beschädigter Eintrag)</translation>
    </message>
    <message>
        <source>%1 — entire repo</source>
        <translation>%1 — ganzes Repo</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n revision(s)</source>
        <translation>
            <numerusform>%1 — %n Revision</numerusform>
            <numerusform>%1 — %n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>detached</source>
        <translation>losgelöst</translation>
    </message>
    <message>
        <source>Nothing outside the cache folder is touched. If you cancel, what was already removed stays removed and the cache stays consistent.</source>
        <translation>Nichts außerhalb des Cache-Ordners wird angetastet. Wenn Sie abbrechen, bleibt Entferntes entfernt und der Cache bleibt konsistent.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <source>Delete in the background; you can cancel, and nothing outside the cache is touched</source>
        <translation>Im Hintergrund löschen; Sie können abbrechen, und nichts außerhalb des Caches wird angetastet</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) will not be deleted: part of each is a link to another place, and HubDeck never deletes through a link. Their rows below say where the links go.</source>
        <translation>
            <numerusform>%n Eintrag wird nicht gelöscht: ein Teil davon ist ein Link an einen anderen Ort, und HubDeck löscht nie durch einen Link. Die Zeilen unten sagen, wohin die Links zeigen.</numerusform>
            <numerusform>%n Einträge werden nicht gelöscht: ein Teil jedes Eintrags ist ein Link an einen anderen Ort, und HubDeck löscht nie durch einen Link. Die Zeilen unten sagen, wohin die Links zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not deleted: part of it is a link to another place</source>
        <translation>%1 — nicht gelöscht: ein Teil davon ist ein Link an einen anderen Ort</translation>
    </message>
    <message>
        <source>%1 (empty folder left by a stopped deletion)</source>
        <translation>%1 (leerer Ordner einer abgebrochenen Löschung)</translation>
    </message>
    <message>
        <source>%1 — empty repo (no revision left)</source>
        <translation>%1 — leeres Repo (keine Revision mehr)</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) no snapshot links to</source>
        <translation>
            <numerusform>%n Blob, auf den kein Snapshot verweist</numerusform>
            <numerusform>%n Blobs, auf die kein Snapshot verweist</numerusform>
        </translation>
    </message>
    <message>
        <source>Left by a stopped deletion or download; nothing uses them.</source>
        <translation>Übrig von einer abgebrochenen Löschung oder einem abgebrochenen Download; nichts verwendet sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n unvollständiger Download</numerusform>
            <numerusform>%n unvollständige Downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept if their download is still running</source>
        <translation>Bleiben erhalten, solange ihr Download läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n shared blob(s) no repo links to</source>
        <translation>
            <numerusform>%n geteilter Blob, auf den kein Repo verweist</numerusform>
            <numerusform>%n geteilte Blobs, auf die kein Repo verweist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that are gone (manifests, locks)</source>
        <translation>
            <numerusform>%n Datei geteilter Blobs, die nicht mehr existieren (Manifeste, Sperren)</numerusform>
            <numerusform>%n Dateien geteilter Blobs, die nicht mehr existieren (Manifeste, Sperren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>What the row holds on disk</source>
        <translation>Was die Zeile auf der Festplatte belegt</translation>
    </message>
    <message>
        <source>What deleting it frees. A repo&apos;s line counts everything this deletion frees from it; a revision&apos;s, what deleting it alone would free.</source>
        <translation>Was das Löschen freigibt. Die Zeile eines Repos zählt alles, was diese Löschung darin freigibt; die einer Revision, was ihr Löschen allein freigäbe.</translation>
    </message>
    <message>
        <source>Each repo and revision that goes, with its size and the space it frees</source>
        <translation>Jedes Repo und jede Revision, die gelöscht werden, mit Größe und freigegebenem Platz</translation>
    </message>
    <message>
        <source>Shared blobs that several of these repos used and no remaining repo uses</source>
        <translation>Geteilte Blobs, die mehrere dieser Repos verwendeten und kein verbleibendes Repo verwendet</translation>
    </message>
    <message>
        <source>What deleting this revision alone would free. Together with the other revisions of this deletion it can free more: the repo&apos;s line counts that.</source>
        <translation>Was das Löschen dieser Revision allein freigäbe. Zusammen mit den anderen Revisionen dieser Löschung kann es mehr sein: Das zählt die Zeile des Repos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 moves to the Trash&lt;/b&gt; and %2 is freed now (of %3 in the cache). The Trash frees nothing until it is emptied; revisions inside repos that stay are deleted permanently.</source>
        <translation>&lt;b&gt;%1 kommt in den Papierkorb&lt;/b&gt; und %2 wird jetzt freigegeben (von %3 im Cache). Der Papierkorb gibt nichts frei, bis er geleert wird; Revisionen in Repos, die bleiben, werden endgültig gelöscht.</translation>
    </message>
    <message>
        <source>%1 — entire repo, to the Trash</source>
        <translation>%1 — ganzes Repo, in den Papierkorb</translation>
    </message>
    <message>
        <source>Delete %1, Move %2 to the Trash</source>
        <translation>%1 löschen, %2 in den Papierkorb</translation>
    </message>
    <message>
        <source>Move %1 to the Trash</source>
        <translation>%1 in den Papierkorb verschieben</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s), from every revision that has them</source>
        <translation>
            <numerusform>%1 — %n Datei, aus jeder Revision, die sie hat</numerusform>
            <numerusform>%1 — %n Dateien, aus jeder Revision, die sie hat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translation>%1  in %2</translation>
    </message>
    <message>
        <source>Its blob stays: a file that is kept links to it, so removing this one frees nothing</source>
        <translation>Ihr Blob bleibt: Eine behaltene Datei verweist darauf, das Entfernen dieser gibt also nichts frei</translation>
    </message>
    <message>
        <source>Its blob goes with it once no kept file links to it</source>
        <translation>Ihr Blob geht mit, sobald keine behaltene Datei darauf verweist</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 will be freed on disk&lt;/b&gt;: the files add up to %2, but they are sparse or compressed by the filesystem (%3 in the cache). Deleted files are downloaded again the next time a program asks for them.</source>
        <translation>&lt;b&gt;%1 werden auf der Festplatte frei&lt;/b&gt;: die Dateien ergeben zusammen %2, sind aber dünnbesetzt oder vom Dateisystem komprimiert (%3 im Cache). Gelöschte Dateien werden erneut heruntergeladen, wenn ein Programm sie das nächste Mal anfordert.</translation>
    </message>
    <message>
        <source>Frees (sizes)</source>
        <translation>Gibt frei (Größen)</translation>
    </message>
    <message>
        <source>What deleting it frees, counted in file sizes as the Cache page lists them. On disk these files hold less: the line above says how much.</source>
        <translation>Was das Löschen freigibt, in Dateigrößen gezählt, wie die Cache-Seite sie auflistet. Auf der Festplatte belegen diese Dateien weniger: die Zeile darüber sagt, wie viel.</translation>
    </message>
</context>
<context>
    <name>hubdeck::DiskUsageBar</name>
    <message>
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Disk: %1 free of %2</source>
        <translation>Datenträger: %1 frei von %2</translation>
    </message>
    <message>
        <source> → %1 after deleting</source>
        <translation> → %1 nach dem Löschen</translation>
    </message>
    <message>
        <source>%1
The filesystem of %2: %3 bytes free (for you) of %4; the ticked deletion frees %5 bytes.</source>
        <translation>%1
Das Dateisystem von %2: %3 Bytes frei (für Sie) von %4; die angehakte Löschung gibt %5 Bytes frei.</translation>
    </message>
</context>
<context>
    <name>hubdeck::FolderUpload</name>
    <message>
        <source>Sending %1 (part %2)</source>
        <translation>Senden von %1 (Teil %2)</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Senden von %1</translation>
    </message>
    <message>
        <source>%1 failed: %2; trying again in %3 s (%4 of %5).</source>
        <translation>%1 fehlgeschlagen: %2; neuer Versuch in %3 s (%4 von %5).</translation>
    </message>
</context>
<context>
    <name>hubdeck::FreeSpaceDialog</name>
    <message>
        <source>Also revisions a &amp;ref points to (main, tags): programs load these by name</source>
        <translation>Auch Revisionen, auf die ein &amp;Ref zeigt (main, Tags): Programme laden sie per Name</translation>
    </message>
    <message>
        <source>Free Space</source>
        <translation>Speicher freigeben</translation>
    </message>
    <message>
        <source>HubDeck ticks whole revisions, the least recently accessed first, until they free at least this much. Nothing is deleted until you confirm the deletion.</source>
        <translation>HubDeck hakt ganze Revisionen an, die am längsten nicht verwendeten zuerst, bis sie mindestens so viel freigeben. Gelöscht wird erst, wenn Sie die Löschung bestätigen.</translation>
    </message>
    <message>
        <source>Space to free</source>
        <translation>Freizugebender Speicher</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>Free &amp;at least:</source>
        <translation>&amp;Mindestens freigeben:</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Revisions that will be ticked</source>
        <translation>Revisionen, die angehakt werden</translation>
    </message>
    <message>
        <source>&amp;Tick Them</source>
        <translation>An&amp;haken</translation>
    </message>
    <message>
        <source>Replace the ticks in the tree with these revisions; delete them with Delete</source>
        <translation>Die Haken im Baum durch diese Revisionen ersetzen; mit Entf löschen</translation>
    </message>
    <message>
        <source>No revision can be deleted.</source>
        <translation>Keine Revision kann gelöscht werden.</translation>
    </message>
    <message>
        <source>Every revision has a ref: allow revisions with a ref to free space.</source>
        <translation>Jede Revision hat einen Ref: Erlauben Sie Revisionen mit Ref, um Speicher freizugeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n repo(s)</source>
        <translation>
            <numerusform> in %n Repo</numerusform>
            <numerusform> in %n Repos</numerusform>
        </translation>
    </message>
    <message>
        <source> free &lt;b&gt;%1&lt;/b&gt; together.</source>
        <translation> geben zusammen &lt;b&gt;%1&lt;/b&gt; frei.</translation>
    </message>
    <message>
        <source>That is all the cache can free, short of the %1 asked for.</source>
        <translation>Mehr kann der Cache nicht freigeben; gewünscht waren %1.</translation>
    </message>
    <message>
        <source>That is all that can be freed without revisions that have a ref, short of the %1 asked for.</source>
        <translation>Mehr lässt sich ohne Revisionen mit Ref nicht freigeben; gewünscht waren %1.</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>losgelöst</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>At least this much is freed, in the unit beside it</source>
        <translation>Mindestens so viel wird freigegeben, in der Einheit daneben</translation>
    </message>
    <message>
        <source>Megabytes, gigabytes or terabytes (1000-based)</source>
        <translation>Megabyte, Gigabyte oder Terabyte (Basis 1000)</translation>
    </message>
    <message>
        <source>Off: only detached revisions, which no program asks for by name</source>
        <translation>Aus: nur losgelöste Revisionen, die kein Programm per Name anfordert</translation>
    </message>
    <message>
        <source>The least recently accessed first, with their last access and size</source>
        <translation>Die am längsten nicht verwendeten zuerst, mit letztem Zugriff und Größe</translation>
    </message>
    <message>
        <source>Its files</source>
        <translation>Seine Dateien</translation>
    </message>
    <message>
        <source>The size of the revision&apos;s files, shared ones whole: what it frees may be less</source>
        <translation>Die Größe der Dateien der Revision, geteilte ganz gezählt: was sie freigibt, kann weniger sein</translation>
    </message>
    <message>
        <source>Their files come to %1 one by one: files they share count once, and those a revision that stays also uses are not freed.</source>
        <translation>Ihre Dateien ergeben einzeln gezählt %1: Dateien, die sie teilen, zählen einmal, und solche, die eine bleibende Revision auch nutzt, werden nicht freigegeben.</translation>
    </message>
    <message>
        <source>That is on disk: their files add up to %1, but they are sparse or compressed by the filesystem.</source>
        <translation>Das ist auf der Festplatte: ihre Dateien ergeben zusammen %1, sind aber dünnbesetzt oder vom Dateisystem komprimiert.</translation>
    </message>
    <message>
        <source>Enter how much space to free.</source>
        <translation>Geben Sie an, wie viel Platz freigegeben werden soll.</translation>
    </message>
</context>
<context>
    <name>hubdeck::HardwareDialog</name>
    <message>
        <source>Also set the sleep time to</source>
        <translation>Auch den Ruhezustand setzen nach</translation>
    </message>
    <message>
        <source>Hardware for %1</source>
        <translation>Hardware für %1</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
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
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Request this hardware</source>
        <translation>Diese Hardware anfordern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changing the hardware restarts the Space.&lt;/b&gt; Upgraded hardware is billed by the minute while the Space runs, until it sleeps or is paused.</source>
        <translation>&lt;b&gt;Ein Hardwarewechsel startet den Space neu.&lt;/b&gt; Aufgerüstete Hardware wird minutengenau abgerechnet, solange der Space läuft, bis er ruht oder pausiert wird.</translation>
    </message>
    <message>
        <source>Loading the hardware catalogue…</source>
        <translation>Hardwarekatalog wird geladen …</translation>
    </message>
    <message>
        <source>Select a tier. Changing the hardware restarts the Space and may be billed.</source>
        <translation>Wählen Sie eine Stufe. Ein Hardwarewechsel startet den Space neu und kann Kosten verursachen.</translation>
    </message>
    <message>
        <source>The catalogue could not be fetched (%1) Showing the known tiers without their prices.</source>
        <translation>Der Katalog konnte nicht geladen werden (%1) Die bekannten Stufen werden ohne Preise angezeigt.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft jetzt</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>Hardware tiers</source>
        <translation>Hardwarestufen</translation>
    </message>
    <message>
        <source>The hardware the Hub offers, with its price; the current and requested tiers are marked</source>
        <translation>Die Hardware, die der Hub anbietet, mit Preis; die aktuelle und die angeforderte Stufe sind markiert</translation>
    </message>
    <message>
        <source>Sleep time in minutes</source>
        <translation>Zeit bis zum Ruhezustand in Minuten</translation>
    </message>
    <message>
        <source>Send a sleep time with the hardware request</source>
        <translation>Mit der Hardwareanforderung auch einen Ruhezustand senden</translation>
    </message>
    <message>
        <source>Minutes without visitors before the Space sleeps</source>
        <translation>Minuten ohne Besucher, bis der Space ruht</translation>
    </message>
    <message>
        <source>Restarts the Space on the chosen hardware; upgraded hardware is billed while it runs</source>
        <translation>Startet den Space auf der gewählten Hardware neu; aufgerüstete Hardware wird abgerechnet, solange er läuft</translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeDeleteDialog</name>
    <message>
        <source>Delete from the Hugging Face home?</source>
        <translation>Aus dem Hugging-Face-Verzeichnis löschen?</translation>
    </message>
    <message>
        <source>Entries to delete</source>
        <translation>Zu löschende Einträge</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the entries listed; it cannot be undone</source>
        <translation>Die aufgeführten Einträge löschen; das lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>Checking that each entry can be deleted whole…</source>
        <translation>Es wird geprüft, ob sich jeder Eintrag ganz löschen lässt …</translation>
    </message>
    <message>
        <source>Checked: each entry can be deleted whole.</source>
        <translation>Geprüft: Jeder Eintrag lässt sich ganz löschen.</translation>
    </message>
    <message>
        <source>files hard-linked between these entries, counted once</source>
        <translation>Dateien, die zwischen diesen Einträgen hart verlinkt sind, einmal gezählt</translation>
    </message>
    <message>
        <source>And %1 in files hard-linked between entries of different kinds, counted once.</source>
        <translation>Dazu %1 in Dateien, die zwischen Einträgen verschiedener Art hart verlinkt sind, einmal gezählt.</translation>
    </message>
    <message>
        <source>%1 is a link to %2: its entries listed here are deleted there.</source>
        <translation>%1 ist ein Link zu %2: Die hier aufgeführten Einträge werden dort gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln entr(ies), %1 on disk&lt;/b&gt;, will be deleted (of %2 in the home).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Eintrag, %1 auf der Festplatte&lt;/b&gt;, wird gelöscht (von %2 im Verzeichnis).</numerusform>
            <numerusform>&lt;b&gt;%Ln Einträge, %1 auf der Festplatte&lt;/b&gt;, werden gelöscht (von %2 im Verzeichnis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) cannot be deleted whole as they stand and will be left alone.</source>
        <translation>
            <numerusform>%Ln Eintrag lässt sich so nicht ganz löschen und bleibt unberührt.</numerusform>
            <numerusform>%Ln Einträge lassen sich so nicht ganz löschen und bleiben unberührt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies), %1</source>
        <translation>
            <numerusform>%Ln Eintrag, %1</numerusform>
            <numerusform>%Ln Einträge, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: %1 in blocks other files share (reflinks or snapshots), which the disk keeps while those files stay.</source>
        <translation>Nicht mitgezählt: %1 in Blöcken, die andere Dateien mitbenutzen (Reflinks oder Snapshots); der Datenträger behält sie, solange diese Dateien bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>And %1 in %n folder(s) that hold only these entries, removed with them.</source>
        <translation>
            <numerusform>Dazu %1 in %n Ordner, der nur diese Einträge enthält und mit ihnen entfernt wird.</numerusform>
            <numerusform>Dazu %1 in %n Ordnern, die nur diese Einträge enthalten und mit ihnen entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting once checked…</source>
        <translation>Löschen nach der Prüfung …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing is left to delete.</source>
        <translation>Es bleibt nichts zu löschen.</translation>
    </message>
    <message>
        <source>keeps %1 written into it since the deletion stopped, as %2 (its name holds a new folder)</source>
        <translation>behält %1, das seit dem Abbruch des Löschens hineingeschrieben wurde, als %2 (sein Name gehört einem neuen Ordner)</translation>
    </message>
    <message>
        <source>keeps %1 written into it since the deletion stopped, under its name again</source>
        <translation>behält %1, das seit dem Abbruch des Löschens hineingeschrieben wurde, wieder unter seinem Namen</translation>
    </message>
    <message>
        <source>Measured again: the entries to delete hold %1 now, %2 when the home was listed; the figures above are the new ones.</source>
        <translation>Neu gemessen: Die zu löschenden Einträge belegen jetzt %1, beim Auflisten waren es %2; die Zahlen oben sind die neuen.</translation>
    </message>
    <message>
        <source>keeps %1 moved or written into it since it was set aside, as %2 (what was moved in may be its own old files, so it does not get the entry&apos;s name)</source>
        <translation>behält %1, die seit dem Beiseitelegen hinein verschoben oder geschrieben wurden, als %2 (Hineinverschobenes können eigene alte Dateien sein, daher bekommt es nicht den Namen des Eintrags)</translation>
    </message>
    <message>
        <source>The entries to delete by kind, with what deleting each kind costs</source>
        <translation>Die zu löschenden Einträge nach Art, mit dem, was das Löschen jeder Art kostet</translation>
    </message>
    <message numerus="yes">
        <source>No longer in this deletion, as %Ln entr(ies) changed since they were listed (deleted or moved by another program, or now in use): %1. The Overview says why.</source>
        <translation>
            <numerusform>Nicht mehr in diesem Löschvorgang, da sich %Ln Eintrag seit der Auflistung geändert hat (von einem anderen Programm gelöscht oder verschoben, oder jetzt in Gebrauch): %1. Die Übersicht sagt, warum.</numerusform>
            <numerusform>Nicht mehr in diesem Löschvorgang, da sich %Ln Einträge seit der Auflistung geändert haben (von einem anderen Programm gelöscht oder verschoben, oder jetzt in Gebrauch): %1. Die Übersicht sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to delete&lt;/b&gt;: the entries are no longer there as they were listed.</source>
        <translation>&lt;b&gt;Nichts zu löschen&lt;/b&gt;: Die Einträge sind nicht mehr so da, wie sie aufgelistet wurden.</translation>
    </message>
    <message>
        <source>Entries in use when their turn comes are left alone. If you cancel, what was already deleted stays deleted and the entries not started yet stay whole; the entry being deleted at that moment is left as an interrupted deletion (a folder renamed to end in “%1”, or one that keeps its name, such as downloads, marked as stopped part-way): the Overview lists it, and deleting it finishes the job.</source>
        <translation>Einträge, die gerade benutzt werden, wenn sie an der Reihe sind, bleiben unberührt. Wenn Sie abbrechen, bleibt Gelöschtes gelöscht und noch nicht begonnene Einträge bleiben vollständig; der Eintrag, der in diesem Moment gelöscht wird, bleibt als unterbrochene Löschung zurück (ein Ordner, umbenannt mit der Endung „%1“, oder einer, der seinen Namen behält, wie downloads, als teilweise angehalten markiert): Die Übersicht listet ihn, und ihn zu löschen schließt die Arbeit ab.</translation>
    </message>
    <message>
        <source>%1 (with its extracted/)</source>
        <translation>%1 (mit seinem extracted/)</translation>
    </message>
    <message>
        <source>Not deleted yet: it frees %1, not the %2 you confirmed. Press Delete again to go on.</source>
        <translation>Noch nicht gelöscht: Es gibt %1 frei, nicht die bestätigten %2. Drücken Sie erneut auf Löschen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Not deleted yet: what will be deleted changed. Press Delete again to go on.</source>
        <translation>Noch nicht gelöscht: Was gelöscht wird, hat sich geändert. Drücken Sie erneut auf Löschen, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeSession</name>
    <message>
        <source>; partly deleted: %1 (delete it again to finish)</source>
        <translation>; teilweise gelöscht: %1 (erneut löschen, um es abzuschließen)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln entr(ies) deleted, %1 freed</source>
        <translation>
            <numerusform>Angehalten: %Ln Eintrag gelöscht, %1 freigegeben</numerusform>
            <numerusform>Angehalten: %Ln Einträge gelöscht, %1 freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entr(ies), %1 freed</source>
        <translation>
            <numerusform>%Ln Eintrag gelöscht, %1 freigegeben</numerusform>
            <numerusform>%Ln Einträge gelöscht, %1 freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln partly deleted (delete them again to finish)</source>
        <translation>
            <numerusform>; %Ln teilweise gelöscht (erneut löschen, um es abzuschließen)</numerusform>
            <numerusform>; %Ln teilweise gelöscht (erneut löschen, um sie abzuschließen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln could not be deleted</source>
        <translation>
            <numerusform>; %Ln konnte nicht gelöscht werden</numerusform>
            <numerusform>; %Ln konnten nicht gelöscht werden</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 more stays on disk: other files share its blocks (reflinks or snapshots)</source>
        <translation>; %1 mehr bleibt auf dem Datenträger: andere Dateien teilen sich seine Blöcke (Reflinks oder Snapshots)</translation>
    </message>
    <message>
        <source>; %1 of it lies in the container image&apos;s read-only layers (overlayfs): hidden, not freed</source>
        <translation>; %1 davon liegen in den schreibgeschützten Schichten des Container-Images (overlayfs): verborgen, nicht freigegeben</translation>
    </message>
    <message>
        <source>; unticked, as the confirmation said: %1</source>
        <translation>; nicht mehr angehakt, wie die Bestätigung sagte: %1</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln entr(ies) the confirmation said could not be deleted whole are unticked.</source>
        <translation>
            <numerusform>; %Ln Eintrag, der laut Bestätigung nicht ganz gelöscht werden konnte, ist nicht mehr angehakt.</numerusform>
            <numerusform>; %Ln Einträge, die laut Bestätigung nicht ganz gelöscht werden konnten, sind nicht mehr angehakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>; kept %1, which another program wrote there after it was listed for deletion</source>
        <translation>; %1 behalten: Ein anderes Programm hat es dort geschrieben, nachdem es zum Löschen aufgelistet wurde</translation>
    </message>
    <message numerus="yes">
        <source>; kept %Ln file(s) or folder(s) that another program wrote there after they were listed for deletion, first %1</source>
        <translation>
            <numerusform>; %Ln Datei oder Ordner behalten, die ein anderes Programm dort geschrieben hat, nachdem sie zum Löschen aufgelistet wurden, zuerst %1</numerusform>
            <numerusform>; %Ln Dateien oder Ordner behalten, die ein anderes Programm dort geschrieben hat, nachdem sie zum Löschen aufgelistet wurden, zuerst %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; kept %1, which was written or moved into it since its deletion began</source>
        <translation>; %1 behalten, das seit Beginn des Löschens dorthin geschrieben oder verschoben wurde</translation>
    </message>
    <message numerus="yes">
        <source>; kept %Ln file(s) or folder(s) written or moved into it since its deletion began, first %1</source>
        <translation>
            <numerusform>; %Ln Datei oder Ordner behalten, seit Beginn des Löschens dorthin geschrieben oder verschoben, zuerst %1</numerusform>
            <numerusform>; %Ln Dateien oder Ordner behalten, seit Beginn des Löschens dorthin geschrieben oder verschoben, zuerst %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeTreeModel</name>
    <message>
        <source>Models, datasets and Spaces downloaded with huggingface_hub. Open it on the Cache page to delete repos and revisions.</source>
        <translation>Mit huggingface_hub heruntergeladene Modelle, Datasets und Spaces. Öffnen Sie ihn auf der Cache-Seite, um Repos und Revisionen zu löschen.</translation>
    </message>
    <message>
        <source>The Xet client&apos;s caches: chunks of downloaded files, dedup metadata, uploads being prepared.</source>
        <translation>Die Caches des Xet-Clients: Chunks heruntergeladener Dateien, Deduplizierungs-Metadaten, Uploads in Vorbereitung.</translation>
    </message>
    <message>
        <source>The datasets library: raw downloads, unpacked archives and prepared Arrow caches.</source>
        <translation>Die datasets-Bibliothek: Rohdownloads, entpackte Archive und vorbereitete Arrow-Caches.</translation>
    </message>
    <message>
        <source>Files libraries store with cached_assets_path.</source>
        <translation>Dateien, die Bibliotheken mit cached_assets_path ablegen.</translation>
    </message>
    <message>
        <source>Python modules of remote code: trust_remote_code models and dataset scripts.</source>
        <translation>Python-Module aus entferntem Code: trust_remote_code-Modelle und Dataset-Skripte.</translation>
    </message>
    <message>
        <source>The pre-2022 transformers cache, which current versions no longer read.</source>
        <translation>Der transformers-Cache von vor 2022, den aktuelle Versionen nicht mehr lesen.</translation>
    </message>
    <message>
        <source>What HF_HOME holds beside its parts: your access tokens and files of other tools.</source>
        <translation>Was HF_HOME neben seinen Teilen enthält: Ihre Zugriffstokens und Dateien anderer Werkzeuge.</translation>
    </message>
    <message>
        <source>Hub cache</source>
        <translation>Hub-Cache</translation>
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
        <translation>Assets</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Not on disk.</source>
        <translation>Nicht auf der Festplatte.</translation>
    </message>
    <message>
        <source>not on disk</source>
        <translation>nicht auf der Festplatte</translation>
    </message>
    <message>
        <source>In use: %1. It cannot be deleted while that process uses it.</source>
        <translation>In Verwendung: %1. Es kann nicht gelöscht werden, solange dieser Prozess es verwendet.</translation>
    </message>
    <message>
        <source>A link to %1: listed and cleaned there, where the libraries write.</source>
        <translation>Ein Link auf %1: dort aufgelistet und bereinigt, wo die Bibliotheken schreiben.</translation>
    </message>
    <message>
        <source>It cannot be read (%1): its entries are not listed and its size is missing.</source>
        <translation>Er ist nicht lesbar (%1): Seine Einträge sind nicht aufgelistet, seine Größe fehlt.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not deleted by HubDeck: %1</source>
        <translation>Wird von HubDeck nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>%1 of it is the folders that hold the entries (a folder that once listed many files keeps its size); HubDeck leaves them, as the libraries write into them.</source>
        <translation>%1 davon sind die Ordner, die die Einträge enthalten (ein Ordner, der einmal viele Dateien enthielt, behält seine Größe); HubDeck lässt sie stehen, da die Bibliotheken in sie schreiben.</translation>
    </message>
    <message>
        <source>Deleting it alone frees %1.</source>
        <translation>Allein gelöscht gibt es %1 frei.</translation>
    </message>
    <message>
        <source>%1 is in files hard-linked from outside it, which stay on disk through those other names.</source>
        <translation>%1 liegen in Dateien, die von außerhalb hart verlinkt sind; sie bleiben über diese anderen Namen auf der Festplatte.</translation>
    </message>
    <message>
        <source>%1 is in files hard-linked with %2: freed when those are deleted with it.</source>
        <translation>%1 liegen in Dateien, die mit %2 hart verlinkt sind: frei, wenn diese mit gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on disk (apparent size %2) in %Ln entr(ies).</source>
        <translation>
            <numerusform>%1 auf der Festplatte (scheinbare Größe %2) in %Ln Eintrag.</numerusform>
            <numerusform>%1 auf der Festplatte (scheinbare Größe %2) in %Ln Einträgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 repo</source>
        <translation>%1-Repo</translation>
    </message>
    <message>
        <source>Its size here is what it takes on disk, as du counts it; the Cache page shows its files&apos; sizes as huggingface_hub counts them, revision by revision.</source>
        <translation>Seine Größe ist hier, was es auf der Festplatte belegt, wie du es zählt; die Cache-Seite zeigt die Größen seiner Dateien, wie huggingface_hub sie zählt, Revision für Revision.</translation>
    </message>
    <message>
        <source>In use, %1: %2</source>
        <translation>In Verwendung, %1: %2</translation>
    </message>
    <message>
        <source>The same folder as the %1 part: its entries are listed there.</source>
        <translation>Derselbe Ordner wie der Teil %1: Seine Einträge werden dort aufgeführt.</translation>
    </message>
    <message>
        <source>On another filesystem than HF_HOME: %1 free of %2 there.</source>
        <translation>Auf einem anderen Dateisystem als HF_HOME: dort %1 frei von %2.</translation>
    </message>
    <message>
        <source>%1 of it was written there after the deletion stopped: finishing the deletion keeps that, under the entry&apos;s name again, and frees the rest.</source>
        <translation>%1 davon wurde nach dem Abbruch des Löschens dort geschrieben: Das Fertiglöschen behält das, wieder unter dem Namen des Eintrags, und gibt den Rest frei.</translation>
    </message>
    <message>
        <source>Sorts the entries of each part by name; the parts keep their order.</source>
        <translation>Sortiert die Einträge jedes Teils nach Namen; die Teile behalten ihre Reihenfolge.</translation>
    </message>
    <message>
        <source>%1 is in use now: %2</source>
        <translation>%1 wird jetzt verwendet: %2</translation>
    </message>
    <message>
        <source>%1 is being deleted by another program</source>
        <translation>%1 wird von einem anderen Programm gelöscht</translation>
    </message>
    <message>
        <source>%1 cannot be deleted now: %2</source>
        <translation>%1 kann jetzt nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be deleted now</source>
        <translation>%1 kann jetzt nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 of it was moved or written there since it was set aside: finishing the deletion keeps that as %2 (what was moved in may be the entry&apos;s own old files, so it does not get the entry&apos;s name), and frees the rest.</source>
        <translation>%1 davon wurde seit dem Beiseitelegen dorthin verschoben oder geschrieben: Das Fertiglöschen behält das als %2 (Hineinverschobenes können alte Dateien des Eintrags sein, daher bekommt es nicht den Namen des Eintrags) und gibt den Rest frei.</translation>
    </message>
    <message>
        <source>%1 of it was written there after the deletion stopped: finishing the deletion keeps that as %2 (the entry&apos;s name holds a new folder), and frees the rest.</source>
        <translation>%1 davon wurde nach dem Abbruch des Löschens dort geschrieben: Das Fertiglöschen behält das als %2 (unter dem Namen des Eintrags liegt ein neuer Ordner) und gibt den Rest frei.</translation>
    </message>
    <message>
        <source>Where transformers downloads models, as TRANSFORMERS_CACHE says: a hub cache of its own (open it on the Cache page to delete repos) and downloads of transformers before 4.22.</source>
        <translation>Wohin transformers Modelle lädt, wie TRANSFORMERS_CACHE es angibt: ein eigener Hub-Cache (öffnen Sie ihn auf der Cache-Seite, um Repos zu löschen) und Downloads von transformers vor 4.22.</translation>
    </message>
    <message>
        <source>TRANSFORMERS_CACHE</source>
        <translation>TRANSFORMERS_CACHE</translation>
    </message>
    <message>
        <source>Legacy transformers cache</source>
        <translation>Alter transformers-Cache</translation>
    </message>
    <message>
        <source>%1 is no longer there: another program removed or moved it</source>
        <translation>%1 ist nicht mehr da: ein anderes Programm hat es entfernt oder verschoben</translation>
    </message>
    <message>
        <source>Where load_dataset downloads, as HF_DATASETS_DOWNLOADED_DATASETS_PATH says: the raw files and the archives unpacked from them (extracted/), deleted together. The folder itself stays.</source>
        <translation>Wohin load_dataset herunterlädt, wie HF_DATASETS_DOWNLOADED_DATASETS_PATH es sagt: die Rohdateien und die daraus entpackten Archive (extracted/), die zusammen gelöscht werden. Der Ordner selbst bleibt.</translation>
    </message>
    <message>
        <source>Where datasets unpacks archives it was given no cache folder for, as HF_DATASETS_EXTRACTED_DATASETS_PATH says. The folder itself stays.</source>
        <translation>Wohin datasets Archive entpackt, für die es keinen Cache-Ordner bekam, wie HF_DATASETS_EXTRACTED_DATASETS_PATH es sagt. Der Ordner selbst bleibt.</translation>
    </message>
    <message>
        <source>Datasets downloads</source>
        <translation>Datasets-Downloads</translation>
    </message>
    <message>
        <source>Datasets unpacked archives</source>
        <translation>Entpackte Datasets-Archive</translation>
    </message>
</context>
<context>
    <name>hubdeck::LogsDialog</name>
    <message>
        <source>Build logs</source>
        <translation>Build-Protokolle</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation>Protokolle von %1</translation>
    </message>
    <message>
        <source>Run logs</source>
        <translation>Laufzeitprotokolle</translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>Suchen (Eingabe: weiter, Umschalt+Eingabe: zurück)</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the logs</source>
        <translation>Protokolle speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found</source>
        <translation>„%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>Following…</source>
        <translation>Folge …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Stream ended; reconnecting…</source>
        <translation>Stream beendet; neue Verbindung …</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n Zeile.</numerusform>
            <numerusform>%n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the running app prints</source>
        <translation>Was die laufende App ausgibt</translation>
    </message>
    <message>
        <source>What the image build prints</source>
        <translation>Was der Build des Images ausgibt</translation>
    </message>
    <message>
        <source>Keep the stream open and show new lines as they come</source>
        <translation>Den Stream offen halten und neue Zeilen sofort anzeigen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The log, following new lines until you scroll up</source>
        <translation>Das Protokoll; es folgt neuen Zeilen, bis Sie nach oben scrollen</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>Das ganze Protokoll in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Das Protokoll in einer Datei speichern</translation>
    </message>
    <message>
        <source>Close the logs and stop following them</source>
        <translation>Die Protokolle schließen und ihnen nicht mehr folgen</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Cache Folder…</source>
        <translation>Cache-Ordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>A&amp;uswahl</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Quick Select</source>
        <translation>Schnellauswahl</translation>
    </message>
    <message>
        <source>HubDeck — %1</source>
        <translation>HubDeck — %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About HubDeck</source>
        <translation>Ü&amp;ber HubDeck</translation>
    </message>
    <message>
        <source>Stop the scan, deletion or check that is running</source>
        <translation>Die laufende Suche, Löschung oder Prüfung anhalten</translation>
    </message>
    <message>
        <source>Ov&amp;erview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Quit HubDeck</source>
        <translation>HubDeck beenden</translation>
    </message>
    <message>
        <source>A deletion is running. Stop it and quit?</source>
        <translation>Eine Löschung läuft. Anhalten und beenden?</translation>
    </message>
    <message>
        <source>What was already deleted stays deleted. The deletion stops between two files, and HubDeck quits once it has stopped.</source>
        <translation>Was schon gelöscht ist, bleibt gelöscht. Die Löschung hält zwischen zwei Dateien an, und HubDeck beendet sich, sobald sie angehalten hat.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Keep Deleting</source>
        <translation>Weiter löschen</translation>
    </message>
    <message>
        <source>Stopping the deletion; HubDeck quits once it has stopped…</source>
        <translation>Die Löschung wird angehalten; HubDeck beendet sich, sobald sie angehalten hat…</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (deleting…)</source>
        <translation>%1 (löscht…)</translation>
    </message>
    <message>
        <source>A deletion is running on this page; its progress and Cancel are there.</source>
        <translation>Auf dieser Seite läuft ein Löschvorgang; Fortschritt und Abbrechen finden Sie dort.</translation>
    </message>
    <message>
        <source>Open a Hugging Face Home or Hub Cache</source>
        <translation>Hugging-Face-Verzeichnis oder Hub-Cache öffnen</translation>
    </message>
    <message>
        <source>The Overview stays on %1 while its deletion runs; it shows %2 when you open that folder again.</source>
        <translation>Die Übersicht bleibt bei %1, solange dort gelöscht wird; sie zeigt %2, wenn Sie diesen Ordner erneut öffnen.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>hubdeck::NewSpaceDialog</name>
    <message>
        <source>Private (only you and your organisation can see it)</source>
        <translation>Privat (nur Sie und Ihre Organisation können ihn sehen)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>New Space</source>
        <translation>Neuer Space</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>SDK:</source>
        <translation>SDK:</translation>
    </message>
    <message>
        <source>same as the original</source>
        <translation>wie das Original</translation>
    </message>
    <message>
        <source>cpu-basic (free)</source>
        <translation>cpu-basic (kostenlos)</translation>
    </message>
    <message>
        <source>Hardware:</source>
        <translation>Hardware:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Persistent storage:</source>
        <translation>Dauerhafter Speicher:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sleep after:</source>
        <translation>Ruhezustand nach:</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>SCHLÜSSEL=WERT, einer pro Zeile</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secrets:</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variablen:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Create Space</source>
        <translation>Space erstellen</translation>
    </message>
    <message>
        <source>Names use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, without &apos;--&apos; or &apos;..&apos;, up to 96 characters.</source>
        <translation>Namen bestehen aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, ohne &apos;--&apos; oder &apos;..&apos;, mit höchstens 96 Zeichen.</translation>
    </message>
    <message>
        <source>Sign in first: a Space needs an owner.</source>
        <translation>Melden Sie sich zuerst an: Ein Space braucht einen Eigentümer.</translation>
    </message>
    <message>
        <source>A custom sleep time needs upgraded hardware: free hardware sleeps after 48 hours.</source>
        <translation>Ein eigener Ruhezustand braucht aufgerüstete Hardware: Kostenlose Hardware ruht nach 48 Stunden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, without &apos;--&apos; or &apos;..&apos;, up to 96 characters</source>
        <translation>Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, ohne &apos;--&apos; oder &apos;..&apos;, höchstens 96 Zeichen</translation>
    </message>
    <message>
        <source>You or one of your organisations</source>
        <translation>Sie oder eine Ihrer Organisationen</translation>
    </message>
    <message>
        <source>How the Space is built and served</source>
        <translation>Wie der Space gebaut und ausgeliefert wird</translation>
    </message>
    <message>
        <source>A private Space is visible only to you and its organisation&apos;s members</source>
        <translation>Ein privater Space ist nur für Sie und die Mitglieder seiner Organisation sichtbar</translation>
    </message>
    <message>
        <source>Upgraded hardware is billed while the Space runs</source>
        <translation>Aufgerüstete Hardware wird abgerechnet, solange der Space läuft</translation>
    </message>
    <message>
        <source>Persistent storage is billed monthly while it exists</source>
        <translation>Dauerhafter Speicher wird monatlich abgerechnet, solange er existiert</translation>
    </message>
    <message>
        <source>Minutes without visitors before the Space sleeps; &quot;default&quot; keeps the Hub&apos;s</source>
        <translation>Minuten ohne Besucher, bis der Space ruht; „Standard“ behält den Wert des Hub bei</translation>
    </message>
    <message>
        <source>Public environment variables of the Space</source>
        <translation>Öffentliche Umgebungsvariablen des Space</translation>
    </message>
    <message>
        <source>Copy the Space under the new name with these settings</source>
        <translation>Den Space mit diesen Einstellungen unter dem neuen Namen kopieren</translation>
    </message>
    <message>
        <source>Create the Space on the Hub</source>
        <translation>Den Space auf dem Hub erstellen</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>Geheimnis hinzufügen</translation>
    </message>
    <message>
        <source>Add another secret; secrets are sent once and never shown again</source>
        <translation>Ein weiteres Geheimnis hinzufügen; Geheimnisse werden einmal gesendet und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;, not starting with a digit</source>
        <translation>Buchstaben, Ziffern und „_“, nicht mit einer Ziffer beginnend</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Schlüssel des Geheimnisses</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sent once with the new Space and never shown again</source>
        <translation>Einmal mit dem neuen Space gesendet und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Wert des Geheimnisses</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Show the value while typing</source>
        <translation>Wert beim Tippen anzeigen</translation>
    </message>
    <message>
        <source>Remove this secret</source>
        <translation>Dieses Geheimnis entfernen</translation>
    </message>
    <message>
        <source>A secret needs a key.</source>
        <translation>Ein Geheimnis braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>The secret key %1 uses letters, digits and _, and does not start with a digit.</source>
        <translation>Der Schlüssel %1 besteht aus Buchstaben, Ziffern und _ und beginnt nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <source>The secret %1 is given twice.</source>
        <translation>Das Geheimnis %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Variables are KEY=VALUE lines; check %1.</source>
        <translation>Variablen sind Zeilen der Form SCHLÜSSEL=WERT; prüfen Sie %1.</translation>
    </message>
    <message>
        <source>The stored account that creates the Space: it is created with that account&apos;s token, under its user or one of their organisations</source>
        <translation>Das gespeicherte Konto, das den Space anlegt: er wird mit dem Token dieses Kontos angelegt, unter seinem Benutzer oder einer seiner Organisationen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>No account to create the Space with: sign in first.</source>
        <translation>Kein Konto, um den Space anzulegen: zuerst anmelden.</translation>
    </message>
</context>
<context>
    <name>hubdeck::OverviewPage</name>
    <message>
        <source>Where the Hugging Face libraries keep their caches: HF_HOME, or ~/.cache/huggingface when it is not set. A part moved by its own variable (HF_HUB_CACHE, HF_XET_CACHE, HF_DATASETS_CACHE...) is shown where it is.</source>
        <translation>Wo die Hugging-Face-Bibliotheken ihre Caches ablegen: HF_HOME, oder ~/.cache/huggingface, wenn es nicht gesetzt ist. Ein Teil, den seine eigene Variable verschoben hat (HF_HUB_CACHE, HF_XET_CACHE, HF_DATASETS_CACHE ...), wird dort gezeigt, wo er liegt.</translation>
    </message>
    <message>
        <source>Parts and entries of the Hugging Face home</source>
        <translation>Teile und Einträge des Hugging-Face-Verzeichnisses</translation>
    </message>
    <message>
        <source>Each part of the home with its entries, their size, files and last use. Tick entries to delete them; Delete opens the confirmation.</source>
        <translation>Jeder Teil des Verzeichnisses mit seinen Einträgen, ihrer Größe, ihren Dateien und ihrer letzten Verwendung. Haken Sie Einträge an, um sie zu löschen; Entf öffnet die Bestätigung.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete the ticked entries, after a confirmation (Delete)</source>
        <translation>Die angehakten Einträge nach einer Bestätigung löschen (Entf)</translation>
    </message>
    <message>
        <source>The Hugging Face home changed on disk; refreshing…</source>
        <translation>Das Hugging-Face-Verzeichnis hat sich auf der Festplatte geändert; wird aktualisiert …</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird eingelesen …</translation>
    </message>
    <message>
        <source>Scan of the Hugging Face home canceled. Press F5 to scan again.</source>
        <translation>Einlesen des Hugging-Face-Verzeichnisses abgebrochen. Drücken Sie F5, um erneut einzulesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;HF_HOME&lt;/b&gt;&amp;nbsp; %1</source>
        <translation>&lt;b&gt;HF_HOME&lt;/b&gt;&amp;nbsp; %1</translation>
    </message>
    <message>
        <source> &lt;i&gt;(not made yet: the first download makes it)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(noch nicht angelegt: der erste Download legt es an)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Measuring the home…</source>
        <translation>Das Verzeichnis wird vermessen …</translation>
    </message>
    <message>
        <source>Nothing is stored in this home yet: its parts appear here as the Hugging Face libraries download and cache.</source>
        <translation>In diesem Verzeichnis liegt noch nichts: Seine Teile erscheinen hier, sobald die Hugging-Face-Bibliotheken herunterladen und zwischenspeichern.</translation>
    </message>
    <message>
        <source>The home holds &lt;b&gt;%1&lt;/b&gt; on disk; %2 of it can be deleted here.</source>
        <translation>Das Verzeichnis belegt &lt;b&gt;%1&lt;/b&gt; auf der Festplatte; %2 davon können hier gelöscht werden.</translation>
    </message>
    <message>
        <source>The hub cache&apos;s %1 is managed on the Cache page.</source>
        <translation>Die %1 des Hub-Caches werden auf der Cache-Seite verwaltet.</translation>
    </message>
    <message>
        <source>Nothing ticked. Tick entries (or a part) to free space; hub repos are deleted on the Cache page.</source>
        <translation>Nichts angehakt. Haken Sie Einträge (oder einen Teil) an, um Platz freizugeben; Hub-Repos werden auf der Cache-Seite gelöscht.</translation>
    </message>
    <message>
        <source>Delete (frees %1)…</source>
        <translation>Löschen (gibt %1 frei) …</translation>
    </message>
    <message>
        <source>Open in &amp;Cache Page</source>
        <translation>Auf der &amp;Cache-Seite öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>&amp;Tick</source>
        <translation>&amp;Anhaken</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <source>&amp;Untick</source>
        <translation>Haken &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation>&amp;Alle Haken entfernen</translation>
    </message>
    <message>
        <source>Nothing is ticked.</source>
        <translation>Nichts ist angehakt.</translation>
    </message>
    <message>
        <source>Nothing can be deleted: %1</source>
        <translation>Nichts kann gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Some entries could not be deleted</source>
        <translation>Einige Einträge konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Details of the current row</source>
        <translation>Details der aktuellen Zeile</translation>
    </message>
    <message>
        <source>Stop the scan or deletion of the home (Esc); what was already deleted stays deleted</source>
        <translation>Analyse oder Löschung im Home anhalten (Esc); bereits Gelöschtes bleibt gelöscht</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Nichts wurde gelöscht</translation>
    </message>
    <message>
        <source> &lt;i&gt;(cannot be used)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(nicht verwendbar)&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>No entry that can be deleted here has gone unaccessed for %n day(s).</source>
        <translation>
            <numerusform>Kein hier löschbarer Eintrag wurde seit %n Tag nicht benutzt.</numerusform>
            <numerusform>Kein hier löschbarer Eintrag wurde seit %n Tagen nicht benutzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %Ln entr(ies) not accessed for %1 days.</source>
        <translation>
            <numerusform>%Ln Eintrag angehakt, seit %1 Tagen nicht benutzt.</numerusform>
            <numerusform>%Ln Einträge angehakt, seit %1 Tagen nicht benutzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) ticked — frees &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>%Ln Eintrag angehakt – gibt &lt;b&gt;%1&lt;/b&gt; frei</numerusform>
            <numerusform>%Ln Einträge angehakt – geben &lt;b&gt;%1&lt;/b&gt; frei</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;A folder in %1 could not be read&lt;/b&gt;: its size counts only what could be read.</source>
        <translation>&lt;b&gt;Ein Ordner in %1 konnte nicht gelesen werden&lt;/b&gt;: Seine Größe zählt nur, was gelesen werden konnte.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln folder(s) could not be read&lt;/b&gt;: sizes count only what could be read.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Ordner konnte nicht gelesen werden&lt;/b&gt;: Die Größen zählen nur, was gelesen werden konnte.</numerusform>
            <numerusform>&lt;b&gt;%Ln Ordner konnten nicht gelesen werden&lt;/b&gt;: Die Größen zählen nur, was gelesen werden konnte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %2 freed, %3 of %Ln entr(ies) done</source>
        <translation>
            <numerusform>Löschen: %1 von %2 freigegeben, %3 von %Ln Eintrag erledigt</numerusform>
            <numerusform>Löschen: %1 von %2 freigegeben, %3 von %Ln Einträgen erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) could not be deleted, and nothing else was.</source>
        <translation>
            <numerusform>%Ln Eintrag konnte nicht gelöscht werden, und sonst wurde nichts gelöscht.</numerusform>
            <numerusform>%Ln Einträge konnten nicht gelöscht werden, und sonst wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) could not be deleted; %1 deleted, %2 freed.</source>
        <translation>
            <numerusform>%Ln Eintrag konnte nicht gelöscht werden; %1 gelöscht, %2 freigegeben.</numerusform>
            <numerusform>%Ln Einträge konnten nicht gelöscht werden; %1 gelöscht, %2 freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>Nothing is stored in this home: its folders are empty.</source>
        <translation>In diesem Verzeichnis ist nichts gespeichert: seine Ordner sind leer.</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, PID %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;A deletion is running in this home&lt;/b&gt; (%1): what it is deleting shows as it stands until it ends.</source>
        <translation>&lt;b&gt;In diesem Home-Ordner läuft ein Löschen&lt;/b&gt; (%1): Was es löscht, wird so gezeigt, wie es ist, bis es endet.</translation>
    </message>
    <message>
        <source> (with the folders left empty: measuring…)</source>
        <translation> (mit den geleerten Ordnern: wird gemessen …)</translation>
    </message>
    <message>
        <source>A deletion is running: wait for it to end, or Cancel it, before deleting more.</source>
        <translation>Ein Löschvorgang läuft: Warten Sie sein Ende ab oder brechen Sie ihn ab, bevor Sie weiter löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Unticked %Ln entr(ies): %1.</source>
        <translation>
            <numerusform>Haken bei %Ln Eintrag entfernt: %1.</numerusform>
            <numerusform>Haken bei %Ln Einträgen entfernt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Nothing to delete there.</source>
        <translation>Dort ist nichts zu löschen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another program holds a lock on this home&apos;s folders&lt;/b&gt; (%1, pid %2): nothing can be deleted until it releases it.</source>
        <translation>&lt;b&gt;Ein anderes Programm hält eine Sperre auf den Ordnern dieses Home-Ordners&lt;/b&gt; (%1, PID %2): Nichts kann gelöscht werden, bis es sie freigibt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A deletion is running in this home, or another program holds a lock on its folders&lt;/b&gt; (not visible from here): nothing can be deleted until it ends.</source>
        <translation>&lt;b&gt;In diesem Home-Ordner läuft eine Löschung, oder ein anderes Programm hält eine Sperre auf seine Ordner&lt;/b&gt; (von hier aus nicht sichtbar): Nichts kann gelöscht werden, bis sie endet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another program holds a lock on %1&lt;/b&gt; (%2, pid %3): nothing in it can be deleted until it releases it.</source>
        <translation>&lt;b&gt;Ein anderes Programm hält eine Sperre auf %1&lt;/b&gt; (%2, PID %3): Darin kann nichts gelöscht werden, bis es sie freigibt.</translation>
    </message>
</context>
<context>
    <name>hubdeck::PartsBar</name>
    <message>
        <source>Parts of the Hugging Face home</source>
        <translation>Teile des Hugging-Face-Verzeichnisses</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Noch nichts eingelesen.</translation>
    </message>
    <message>
        <source>Size on disk by part: %1. Click a part to show it in the list.</source>
        <translation>Größe auf der Festplatte nach Teil: %1. Klicken Sie auf einen Teil, um ihn in der Liste zu zeigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 on disk, %3% of the home</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 auf der Festplatte, %3 % des Verzeichnisses</translation>
    </message>
    <message>
        <source>Not on disk.</source>
        <translation>Nicht auf der Festplatte.</translation>
    </message>
    <message>
        <source>Click to show it in the list.</source>
        <translation>Klicken, um es in der Liste zu zeigen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird eingelesen …</translation>
    </message>
    <message>
        <source>Nothing on disk yet</source>
        <translation>Noch nichts auf der Festplatte</translation>
    </message>
</context>
<context>
    <name>hubdeck::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a file to see it here, or a repo to see what its config says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Datei, um sie hier zu sehen, oder ein Repo, um zu sehen, was seine Konfiguration sagt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wird geladen …&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The selected file&apos;s content, or a summary of the selected repo</source>
        <translation>Der Inhalt der ausgewählten Datei oder eine Zusammenfassung des ausgewählten Repos</translation>
    </message>
    <message>
        <source>%1 in its files</source>
        <translation>%1 in seinen Dateien</translation>
    </message>
</context>
<context>
    <name>hubdeck::SettingsDialog</name>
    <message>
        <source>Ask before deleting from the cache</source>
        <translation>Vor dem Löschen aus dem Cache nachfragen</translation>
    </message>
    <message>
        <source>Ask before Space actions that may be billed or interrupt the Space</source>
        <translation>Vor Space-Aktionen nachfragen, die Kosten verursachen oder den Space unterbrechen können</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Cache folders</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <source>Default (as huggingface_hub finds it): %1</source>
        <translation>Standard (wie huggingface_hub ihn findet): %1</translation>
    </message>
    <message>
        <source>Remembered cache folders</source>
        <translation>Gemerkte Cache-Ordner</translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation>Ausgewählte vergessen</translation>
    </message>
    <message>
        <source>Hub endpoint</source>
        <translation>Hub-Endpunkt</translation>
    </message>
    <message>
        <source>Hub endpoint:</source>
        <translation>Hub-Endpunkt:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh building Spaces every:</source>
        <translation>Spaces im Aufbau aktualisieren alle:</translation>
    </message>
    <message>
        <source>Refresh other Spaces every:</source>
        <translation>Andere Spaces aktualisieren alle:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>A new language or endpoint takes effect the next time HubDeck starts.</source>
        <translation>Eine neue Sprache oder ein neuer Endpunkt gilt ab dem nächsten Start von HubDeck.</translation>
    </message>
    <message>
        <source>The cache folders listed in the File menu</source>
        <translation>Die Cache-Ordner, die im Menü Datei aufgeführt sind</translation>
    </message>
    <message>
        <source>Remove the selected folders from the list; nothing on disk changes</source>
        <translation>Die ausgewählten Ordner aus der Liste entfernen; auf der Festplatte ändert sich nichts</translation>
    </message>
    <message>
        <source>Empty: HF_ENDPOINT, or https://huggingface.co</source>
        <translation>Leer: HF_ENDPOINT oder https://huggingface.co</translation>
    </message>
    <message>
        <source>How often a building or starting Space is checked</source>
        <translation>Wie oft ein Space geprüft wird, der gebaut wird oder startet</translation>
    </message>
    <message>
        <source>How often the other Spaces are checked</source>
        <translation>Wie oft die anderen Spaces geprüft werden</translation>
    </message>
    <message>
        <source>The language of HubDeck&apos;s windows</source>
        <translation>Die Sprache der Fenster von HubDeck</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Helle oder dunkle Farben oder die der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Show what will be deleted and how much it frees, before deleting</source>
        <translation>Vor dem Löschen zeigen, was gelöscht wird und wie viel Platz das freigibt</translation>
    </message>
    <message>
        <source>Delete &amp;permanently (frees space now)</source>
        <translation>&amp;Endgültig löschen (gibt sofort Platz frei)</translation>
    </message>
    <message>
        <source>Move whole repos to the &amp;Trash (frees nothing until the Trash is emptied)</source>
        <translation>Ganze Repos in den &amp;Papierkorb verschieben (gibt nichts frei, bis der Papierkorb geleert wird)</translation>
    </message>
    <message>
        <source>Ask before a pause, restart, rebuild or hardware change</source>
        <translation>Vor Pause, Neustart, Neuaufbau oder Hardwarewechsel fragen</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted files are gone and their space is free at once</source>
        <translation>Gelöschte Dateien sind weg und ihr Platz ist sofort frei</translation>
    </message>
    <message>
        <source>Whole repos can be restored from the Trash; revisions inside kept repos are always deleted permanently</source>
        <translation>Ganze Repos lassen sich aus dem Papierkorb wiederherstellen; Revisionen in behaltenen Repos werden immer endgültig gelöscht</translation>
    </message>
    <message>
        <source>Revisions inside a kept repo are always deleted permanently: half a repo restored from the Trash would leave links to nothing.</source>
        <translation>Revisionen in einem behaltenen Repo werden immer endgültig gelöscht: Ein halbes Repo aus dem Papierkorb hinterließe Links ins Leere.</translation>
    </message>
</context>
<context>
    <name>hubdeck::SettingsListDialog</name>
    <message>
        <source>Secrets of %1</source>
        <translation>Secrets von %1</translation>
    </message>
    <message>
        <source>Variables of %1</source>
        <translation>Variablen von %1</translation>
    </message>
    <message>
        <source>Secret values are write-only: the Hub never returns them, so they are not shown after saving. Changing a secret restarts the Space.</source>
        <translation>Secret-Werte sind nur schreibbar: Der Hub gibt sie nie zurück, daher werden sie nach dem Speichern nicht angezeigt. Das Ändern eines Secrets startet den Space neu.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Show the value while typing</source>
        <translation>Den Wert beim Tippen zeigen</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Add or update</source>
        <translation>Hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Ausgewählte löschen …</translation>
    </message>
    <message>
        <source>Import .env…</source>
        <translation>.env importieren …</translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation>Eine .env-Datei importieren</translation>
    </message>
    <message>
        <source>.env files (*.env .env);;All files (*)</source>
        <translation>.env-Dateien (*.env .env);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Skipped lines: %1</source>
        <translation>Übersprungene Zeilen: %1</translation>
    </message>
    <message>
        <source>A key uses letters, digits and _, and does not start with a digit.</source>
        <translation>Ein Schlüssel besteht aus Buchstaben, Ziffern und _ und beginnt nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <source>Delete the secret %1? The Space restarts.</source>
        <translation>Das Secret %1 löschen? Der Space startet neu.</translation>
    </message>
    <message>
        <source>Delete the variable %1?</source>
        <translation>Die Variable %1 löschen?</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>Add or update %n entr(ies): %1?</source>
        <translation>
            <numerusform>%n Eintrag hinzufügen oder ändern: %1?</numerusform>
            <numerusform>%n Einträge hinzufügen oder ändern: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Keys, descriptions and dates; secret values cannot be read back</source>
        <translation>Schlüssel, Beschreibungen und Datumsangaben; Secret-Werte können nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>Keys, values, descriptions and dates</source>
        <translation>Schlüssel, Werte, Beschreibungen und Datumsangaben</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; an existing key is updated</source>
        <translation>Buchstaben, Ziffern und &apos;_&apos;; ein vorhandener Schlüssel wird aktualisiert</translation>
    </message>
    <message>
        <source>Write-only: the Hub never returns it</source>
        <translation>Nur schreibbar: Der Hub gibt ihn nie zurück</translation>
    </message>
    <message>
        <source>The value the Space sees</source>
        <translation>Der Wert, den der Space sieht</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Den Wert zeigen</translation>
    </message>
    <message>
        <source>An optional note for you and your collaborators</source>
        <translation>Eine optionale Notiz für Sie und Ihre Mitwirkenden</translation>
    </message>
    <message>
        <source>Send the key with this value and description</source>
        <translation>Den Schlüssel mit diesem Wert und dieser Beschreibung senden</translation>
    </message>
    <message>
        <source>Delete the selected key from the Space</source>
        <translation>Den ausgewählten Schlüssel aus dem Space löschen</translation>
    </message>
    <message>
        <source>Add or update every KEY=VALUE line of a .env file</source>
        <translation>Jede KEY=VALUE-Zeile einer .env-Datei hinzufügen oder ändern</translation>
    </message>
</context>
<context>
    <name>hubdeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Tick or untick the current row</source>
        <translation>Aktuelle Zeile an- oder abhaken</translation>
    </message>
    <message>
        <source>Move between rows; open or close a row</source>
        <translation>Zwischen Zeilen wechseln; eine Zeile auf- oder zuklappen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>Zwischen den Bereichen des Fensters wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Open a hub repo of the Overview on the Cache page</source>
        <translation>Ein Hub-Repo der Übersicht auf der Cache-Seite öffnen</translation>
    </message>
    <message>
        <source>Enter, or a double-click</source>
        <translation>Eingabetaste oder Doppelklick</translation>
    </message>
    <message>
        <source>On the page in front</source>
        <translation>Auf der vorderen Seite</translation>
    </message>
    <message>
        <source>Delete what is ticked (on the Cache page, else the selected rows)</source>
        <translation>Angehaktes löschen (auf der Cache-Seite sonst die ausgewählten Zeilen)</translation>
    </message>
</context>
<context>
    <name>hubdeck::SignInDialog</name>
    <message>
        <source>Sign in to Hugging Face</source>
        <translation>Bei Hugging Face anmelden</translation>
    </message>
    <message>
        <source>Paste an access token. Create one at &lt;a href=&quot;%1/settings/tokens&quot;&gt;%1/settings/tokens&lt;/a&gt;; to manage Spaces it needs &lt;b&gt;write&lt;/b&gt; access.&lt;br&gt;It is saved in %2 (readable by you only), where huggingface_hub looks for it too.</source>
        <translation>Fügen Sie ein Zugriffstoken ein. Erstellen Sie eines unter &lt;a href=&quot;%1/settings/tokens&quot;&gt;%1/settings/tokens&lt;/a&gt;; um Spaces zu verwalten, braucht es &lt;b&gt;Schreib&lt;/b&gt;rechte.&lt;br&gt;Es wird in %2 gespeichert (nur für Sie lesbar), wo auch huggingface_hub danach sucht.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Show the token while typing</source>
        <translation>Das Token beim Tippen zeigen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>Das Token wird beim Hub geprüft …</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Das Token zeigen</translation>
    </message>
    <message>
        <source>Check the token with the Hub and store it where huggingface_hub keeps it</source>
        <translation>Das Token beim Hub prüfen und dort speichern, wo huggingface_hub es ablegt</translation>
    </message>
</context>
<context>
    <name>hubdeck::SleepTimeDialog</name>
    <message>
        <source>Sleep time of %1</source>
        <translation>Ruhezustand von %1</translation>
    </message>
    <message>
        <source>Never sleep</source>
        <translation>Nie ruhen</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>10 hours</source>
        <translation>10 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>48 hours</source>
        <translation>48 Stunden</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene …</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sleep after:</source>
        <translation>Ruhezustand nach:</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Eigene:</translation>
    </message>
    <message>
        <source>Set sleep time</source>
        <translation>Ruhezustand setzen</translation>
    </message>
    <message>
        <source>This Space runs on free cpu-basic hardware, which always sleeps after 48 hours without visitors. Upgrade its hardware to choose a sleep time.</source>
        <translation>Dieser Space läuft auf kostenloser cpu-basic-Hardware, die stets nach 48 Stunden ohne Besucher ruht. Rüsten Sie seine Hardware auf, um einen Ruhezustand zu wählen.</translation>
    </message>
    <message>
        <source>A sleeping Space costs nothing and wakes up on the next visit.</source>
        <translation>Ein ruhender Space kostet nichts und wacht beim nächsten Besuch auf.</translation>
    </message>
    <message>
        <source>How long without visitors before the Space sleeps</source>
        <translation>Wie lange ohne Besucher, bis der Space ruht</translation>
    </message>
    <message>
        <source>A sleep time of your own, in minutes</source>
        <translation>Eine eigene Zeit bis zum Ruhezustand, in Minuten</translation>
    </message>
    <message>
        <source>Send the sleep time to the Hub</source>
        <translation>Den Ruhezustand an den Hub senden</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpaceDetailPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Factory rebuild</source>
        <translation>Werkseitig neu bauen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Rebuild the Space from scratch, without the build cache</source>
        <translation>Den Space von Grund auf neu bauen, ohne Build-Cache</translation>
    </message>
    <message>
        <source>Hardware…</source>
        <translation>Hardware …</translation>
    </message>
    <message>
        <source>Sleep time…</source>
        <translation>Ruhezustand …</translation>
    </message>
    <message>
        <source>Storage…</source>
        <translation>Speicher …</translation>
    </message>
    <message>
        <source>Secrets…</source>
        <translation>Secrets …</translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation>Variablen …</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Protokolle …</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren …</translation>
    </message>
    <message>
        <source>Restart %1 on %2? Upgraded hardware is billed while the Space runs.</source>
        <translation>%1 auf %2 neu starten? Aufgerüstete Hardware wird abgerechnet, solange der Space läuft.</translation>
    </message>
    <message>
        <source>Rebuild %1 from scratch? The build cache is dropped and the Space is down until the build ends.</source>
        <translation>%1 von Grund auf neu bauen? Der Build-Cache wird verworfen, und der Space ist bis zum Ende des Builds nicht erreichbar.</translation>
    </message>
    <message>
        <source>No Space selected</source>
        <translation>Kein Space ausgewählt</translation>
    </message>
    <message>
        <source>Select a Space to see its runtime and change its settings.</source>
        <translation>Wählen Sie einen Space, um seine Laufzeit zu sehen und seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Hardware now</source>
        <translation>Hardware jetzt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Sleeps after</source>
        <translation>Ruht nach</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>%1 requested, %2 running</source>
        <translation>%1 angefordert, %2 laufen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Dev mode</source>
        <translation>Entwicklermodus</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Open the Space</source>
        <translation>Den Space öffnen</translation>
    </message>
    <message>
        <source>Settings on the Hub</source>
        <translation>Einstellungen auf dem Hub</translation>
    </message>
    <message>
        <source>Stop the Space; paused hardware is not billed</source>
        <translation>Den Space anhalten; pausierte Hardware wird nicht abgerechnet</translation>
    </message>
    <message>
        <source>Restart the Space on its current hardware</source>
        <translation>Den Space auf seiner aktuellen Hardware neu starten</translation>
    </message>
    <message>
        <source>Change the hardware tier</source>
        <translation>Die Hardwarestufe ändern</translation>
    </message>
    <message>
        <source>Change how long the Space waits before sleeping</source>
        <translation>Ändern, wie lange der Space wartet, bevor er ruht</translation>
    </message>
    <message>
        <source>Request or delete persistent storage</source>
        <translation>Dauerhaften Speicher anfordern oder löschen</translation>
    </message>
    <message>
        <source>Manage the Space&apos;s secrets</source>
        <translation>Die Secrets des Space verwalten</translation>
    </message>
    <message>
        <source>Manage the Space&apos;s variables</source>
        <translation>Die Variablen des Space verwalten</translation>
    </message>
    <message>
        <source>Follow the build and run logs</source>
        <translation>Den Build- und Laufzeitprotokollen folgen</translation>
    </message>
    <message>
        <source>Copy the Space under a new name</source>
        <translation>Den Space unter einem neuen Namen kopieren</translation>
    </message>
    <message>
        <source>Pause %1? This stops the Space and its billing; it stays offline until it is restarted.</source>
        <translation>%1 pausieren? Das hält den Space und seine Abrechnung an; er bleibt offline, bis er neu gestartet wird.</translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation>Ordner hochladen…</translation>
    </message>
    <message>
        <source>Send a folder&apos;s files to the Space in one commit (Ctrl+U), or drop a folder here</source>
        <translation>Die Dateien eines Ordners in einem Commit an den Space senden (Strg+U), oder einen Ordner hier ablegen</translation>
    </message>
    <message>
        <source>Start dev mode</source>
        <translation>Dev-Modus starten</translation>
    </message>
    <message>
        <source>Stop dev mode on %1? The Space restarts from its repository; changes not committed from the dev container are lost.</source>
        <translation>Dev-Modus für %1 beenden? Der Space startet neu aus seinem Repository; nicht aus dem Dev-Container committete Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Start dev mode on %1? The Space&apos;s container restarts so that you can connect to it (a PRO or Team &amp; Enterprise feature); dev mode stops after 48 hours of inactivity.</source>
        <translation>Dev-Modus für %1 starten? Der Container des Space startet neu, damit Sie sich verbinden können (eine PRO- oder Team-&amp;-Enterprise-Funktion); der Dev-Modus endet nach 48 Stunden Inaktivität.</translation>
    </message>
    <message>
        <source>Stop dev mode</source>
        <translation>Dev-Modus beenden</translation>
    </message>
    <message>
        <source>Restart the Space from its repository, without the dev container</source>
        <translation>Den Space aus seinem Repository neu starten, ohne den Dev-Container</translation>
    </message>
    <message>
        <source>Restart the Space&apos;s container so that you can connect to it with VS Code or SSH</source>
        <translation>Den Container des Space neu starten, damit Sie sich mit VS Code oder SSH verbinden können</translation>
    </message>
    <message>
        <source>%1 since at least %2 (first seen by HubDeck)</source>
        <translation>%1 seit mindestens %2 (zuerst von HubDeck gesehen)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 since about %2; seen before: %3</source>
        <translation>%1 seit etwa %2; zuvor gesehen: %3</translation>
    </message>
    <message>
        <source>The stages HubDeck saw this Space in since HubDeck started, each with the time it first saw it. The Hub does not say when a stage began: the first may have begun earlier, and each change happened between that time and the read before it.</source>
        <translation>Die Phasen, in denen HubDeck diesen Space seit seinem Start gesehen hat, jede mit der Zeit, zu der sie zuerst gesehen wurde. Der Hub sagt nicht, wann eine Phase begann: die erste kann früher begonnen haben, und jeder Wechsel geschah zwischen dieser Zeit und der Abfrage davor.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation>%1 angefordert</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpaceLogStream</name>
    <message>
        <source>[line cut at 1 MiB]</source>
        <translation>[Zeile bei 1 MiB abgeschnitten]</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesPage</name>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>New Space…</source>
        <translation>Neuer Space …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Filter Spaces by name</source>
        <translation>Spaces nach Namen filtern</translation>
    </message>
    <message>
        <source>Filter Spaces</source>
        <translation>Spaces filtern</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>building or starting</source>
        <translation>baut oder startet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>ruht</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> — organisations: %1</source>
        <translation> — Organisationen: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in to see your Spaces. The Cache page works without an account.</source>
        <translation>Melden Sie sich an, um Ihre Spaces zu sehen. Die Cache-Seite funktioniert ohne Konto.</translation>
    </message>
    <message>
        <source> Use &lt;b&gt;Sign in…&lt;/b&gt; with a new token.</source>
        <translation> Verwenden Sie &lt;b&gt;Anmelden …&lt;/b&gt; mit einem neuen Token.</translation>
    </message>
    <message>
        <source> Press F5 to try again.</source>
        <translation> Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Create a Space on the Hub</source>
        <translation>Einen Space auf dem Hub erstellen</translation>
    </message>
    <message>
        <source>Fetch the Spaces and their state again (F5)</source>
        <translation>Die Spaces und ihren Zustand neu abrufen (F5)</translation>
    </message>
    <message>
        <source>Sign in with a Hugging Face access token</source>
        <translation>Mit einem Hugging-Face-Zugriffstoken anmelden</translation>
    </message>
    <message>
        <source>Forget the stored token</source>
        <translation>Das gespeicherte Token vergessen</translation>
    </message>
    <message>
        <source>Show the Spaces of one owner</source>
        <translation>Die Spaces eines Eigentümers zeigen</translation>
    </message>
    <message>
        <source>Show the Spaces in one stage</source>
        <translation>Die Spaces in einer Phase zeigen</translation>
    </message>
    <message>
        <source>Your Spaces and your organisations&apos;, with their stage and hardware</source>
        <translation>Ihre Spaces und die Ihrer Organisationen, mit Phase und Hardware</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird pausiert …</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Wird neu gestartet …</translation>
    </message>
    <message>
        <source>Rebuilding from scratch…</source>
        <translation>Wird von Grund auf neu gebaut …</translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation>Ordner hochladen…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Protokolle…</translation>
    </message>
    <message>
        <source>Send a local folder&apos;s files to the selected Space in one commit</source>
        <translation>Die Dateien eines lokalen Ordners in einem Commit an den gewählten Space senden</translation>
    </message>
    <message>
        <source>Drop one folder at a time to upload it to %1.</source>
        <translation>Legen Sie jeweils einen Ordner ab, um ihn nach %1 hochzuladen.</translation>
    </message>
    <message>
        <source>Only a folder on this computer can be uploaded to %1.</source>
        <translation>Nur ein Ordner auf diesem Rechner kann nach %1 hochgeladen werden.</translation>
    </message>
    <message>
        <source>%1 is a file: drop the folder that holds it to upload it to %2.</source>
        <translation>%1 ist eine Datei: Legen Sie den Ordner ab, der sie enthält, um ihn nach %2 hochzuladen.</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The stored Hugging Face tokens. Choosing one makes it the active token for hf and hubdeck-cli too; &quot;All accounts&quot; lists the Spaces of every one.</source>
        <translation>Die gespeicherten Hugging-Face-Tokens. Die Wahl eines Tokens macht es auch für hf und hubdeck-cli zum aktiven; „Alle Konten“ listet die Spaces aller.</translation>
    </message>
    <message>
        <source>HF_TOKEN (or HUGGING_FACE_HUB_TOKEN) is set in the environment: it is the token used, whichever account is chosen here, as it is for hf and hubdeck-cli.</source>
        <translation>HF_TOKEN (oder HUGGING_FACE_HUB_TOKEN) ist in der Umgebung gesetzt: Es ist das verwendete Token, welches Konto hier auch gewählt ist, wie für hf und hubdeck-cli.</translation>
    </message>
    <message>
        <source>Starting dev mode…</source>
        <translation>Dev-Modus wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping dev mode…</source>
        <translation>Dev-Modus wird beendet…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — token refused</source>
        <translation>%1 — Token abgelehnt</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>No stored account active</source>
        <translation>Kein gespeichertes Konto aktiv</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Sign in with another access token; it becomes the active one</source>
        <translation>Mit einem weiteren Zugriffstoken anmelden; es wird das aktive</translation>
    </message>
    <message numerus="yes">
        <source>The Spaces of %n stored account(s); each row is acted on with its own account&apos;s token.</source>
        <translation>
            <numerusform>Die Spaces von %n gespeicherten Konto; jede Zeile wird mit dem Token ihres eigenen Kontos bedient.</numerusform>
            <numerusform>Die Spaces von %n gespeicherten Konten; jede Zeile wird mit dem Token ihres eigenen Kontos bedient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Costs: the Hub&apos;s hardware prices could not be read, so no cost is shown.</source>
        <translation>Kosten: Die Hardwarepreise des Hubs konnten nicht gelesen werden, daher werden keine Kosten gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Running now: %n Space(s), %1 an hour — about %2 a month if they keep running (× %3 h).</source>
        <translation>
            <numerusform>Läuft jetzt: %n Space, %1 pro Stunde — etwa %2 im Monat, wenn er weiterläuft (× %3 h).</numerusform>
            <numerusform>Läuft jetzt: %n Spaces, %1 pro Stunde — etwa %2 im Monat, wenn sie weiterlaufen (× %3 h).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them on hardware the Hub gave no price for, not counted.</source>
        <translation>
            <numerusform>%n davon auf Hardware ohne Preis vom Hub, nicht gezählt.</numerusform>
            <numerusform>%n davon auf Hardware ohne Preis vom Hub, nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>An estimate from the Hub&apos;s hardware prices: persistent storage and ZeroGPU are not included.</source>
        <translation>Eine Schätzung aus den Hardwarepreisen des Hubs: Dauerhafter Speicher und ZeroGPU sind nicht enthalten.</translation>
    </message>
    <message>
        <source>No stored account lists %1 any more: refresh (F5).</source>
        <translation>Kein gespeichertes Konto listet %1 mehr: aktualisieren (F5).</translation>
    </message>
    <message>
        <source>Not listed: %1. The other accounts&apos; Spaces are shown.</source>
        <translation>Nicht gelistet: %1. Die Spaces der anderen Konten werden gezeigt.</translation>
    </message>
    <message>
        <source>The Hub asked HubDeck to wait: Spaces refresh again at %1.</source>
        <translation>Der Hub hat HubDeck gebeten zu warten: Die Spaces werden um %1 wieder aktualisiert.</translation>
    </message>
    <message>
        <source>Hub request budget low: %1 of %2 left until %3, so Spaces refresh less often.</source>
        <translation>Anfragebudget des Hubs knapp: %1 von %2 übrig bis %3, daher werden Spaces seltener aktualisiert.</translation>
    </message>
    <message>
        <source>Hub request budget low: %1 left until %2, so Spaces refresh less often.</source>
        <translation>Anfragebudget des Hubs knapp: %1 übrig bis %2, daher werden Spaces seltener aktualisiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesTableModel</name>
    <message>
        <source>48 h (free hardware)</source>
        <translation>48 h (kostenlose Hardware)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
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
        <translation>Phase</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Sleeps after</source>
        <translation>Ruht nach</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Free cpu-basic hardware sleeps after 48 hours without visitors; upgraded hardware sleeps after the time you set.</source>
        <translation>Kostenlose cpu-basic-Hardware ruht nach 48 Stunden ohne Besucher; aufgerüstete Hardware ruht nach der von Ihnen gesetzten Zeit.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Running (rebuilding)</source>
        <translation>Läuft (wird neu gebaut)</translation>
    </message>
    <message>
        <source>Running (restarting)</source>
        <translation>Läuft (startet neu)</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Wird gebaut</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Runtime error</source>
        <translation>Laufzeitfehler</translation>
    </message>
    <message>
        <source>Build error</source>
        <translation>Build-Fehler</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>No app file</source>
        <translation>Keine App-Datei</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Schläft</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2 (%n min), far longer than usual (%3 min): its logs may say why.</source>
        <translation>
            <numerusform>%1 seit %2 (%n Min.), weit länger als üblich (%3 Min.): Die Logs sagen vielleicht, warum.</numerusform>
            <numerusform>%1 seit %2 (%n Min.), weit länger als üblich (%3 Min.): Die Logs sagen vielleicht, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cost/h (est.)</source>
        <translation>Kosten/h (geschätzt)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Paid hardware with no sleep time: once started, %1 is billed around the clock until paused. Set a sleep time to stop paying while nobody visits.</source>
        <translation>Bezahlte Hardware ohne Schlafzeit: Einmal gestartet, wird %1 rund um die Uhr berechnet, bis er pausiert. Setzen Sie eine Schlafzeit, um nicht zu zahlen, solange niemand ihn besucht.</translation>
    </message>
    <message>
        <source>The Hub&apos;s hardware prices could not be read: no cost is shown.</source>
        <translation>Die Hardwarepreise des Hubs konnten nicht gelesen werden: Es werden keine Kosten gezeigt.</translation>
    </message>
    <message>
        <source>Estimate: the Hub&apos;s price of the hardware the Space runs on now. Persistent storage and ZeroGPU are not included.</source>
        <translation>Schätzung: der Preis des Hubs für die Hardware, auf der der Space jetzt läuft. Dauerhafter Speicher und ZeroGPU sind nicht enthalten.</translation>
    </message>
    <message>
        <source>%1: seen by several accounts (%2); its actions use %3, the first.</source>
        <translation>%1: von mehreren Konten gesehen (%2); seine Aktionen verwenden %3, das erste.</translation>
    </message>
</context>
<context>
    <name>hubdeck::StopQuestion</name>
    <message>
        <source>Stop the Deletion</source>
        <translation>Löschen anhalten</translation>
    </message>
    <message>
        <source>Stop the deletion that is running?</source>
        <translation>Das laufende Löschen anhalten?</translation>
    </message>
    <message>
        <source>What was already deleted stays deleted, and an entry it was removing is left part-deleted: delete it again to finish.</source>
        <translation>Was schon gelöscht ist, bleibt gelöscht, und ein Eintrag, der gerade gelöscht wurde, bleibt teilweise gelöscht: Löschen Sie ihn erneut, um ihn fertig zu löschen.</translation>
    </message>
    <message>
        <source>Stop Deleting</source>
        <translation>Löschen anhalten</translation>
    </message>
    <message>
        <source>Keep Deleting</source>
        <translation>Weiter löschen</translation>
    </message>
</context>
<context>
    <name>hubdeck::StorageDialog</name>
    <message>
        <source>Storage of %1</source>
        <translation>Speicher von %1</translation>
    </message>
    <message>
        <source>Persistent storage tier</source>
        <translation>Stufe des dauerhaften Speichers</translation>
    </message>
    <message>
        <source>small — 20 GB</source>
        <translation>small — 20 GB</translation>
    </message>
    <message>
        <source>medium — 150 GB</source>
        <translation>medium — 150 GB</translation>
    </message>
    <message>
        <source>large — 1 TB</source>
        <translation>large — 1 TB</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source>Storage is billed monthly while it exists, whether the Space runs or not. A tier can be raised at any time but not lowered: delete the storage first (its data is lost), then request a smaller tier.</source>
        <translation>Speicher wird monatlich abgerechnet, solange er existiert, ob der Space läuft oder nicht. Eine Stufe lässt sich jederzeit erhöhen, aber nicht senken: Löschen Sie zuerst den Speicher (seine Daten gehen verloren) und fordern Sie dann eine kleinere Stufe an.</translation>
    </message>
    <message>
        <source>Volumes: none.</source>
        <translation>Volumes: keine.</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>Volumes:</translation>
    </message>
    <message>
        <source>Delete the storage</source>
        <translation>Den Speicher löschen</translation>
    </message>
    <message>
        <source>Type the Space&apos;s name (%1) to delete its storage and everything in it:</source>
        <translation>Geben Sie den Namen des Space (%1) ein, um seinen Speicher samt Inhalt zu löschen:</translation>
    </message>
    <message>
        <source>Delete storage</source>
        <translation>Speicher löschen</translation>
    </message>
    <message>
        <source>Request tier</source>
        <translation>Stufe anfordern</translation>
    </message>
    <message>
        <source>Billed monthly while it exists</source>
        <translation>Monatlich abgerechnet, solange er existiert</translation>
    </message>
    <message>
        <source>Lower than the current tier: delete the storage first</source>
        <translation>Niedriger als die aktuelle Stufe: Löschen Sie zuerst den Speicher</translation>
    </message>
    <message>
        <source>Type the Space&apos;s name to unlock the delete button</source>
        <translation>Geben Sie den Namen des Space ein, um die Schaltfläche zum Löschen freizugeben</translation>
    </message>
    <message>
        <source>Delete the storage and all its data; this cannot be undone</source>
        <translation>Den Speicher mit allen Daten löschen; dies lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>Ask the Hub for the chosen tier; it is billed monthly</source>
        <translation>Die gewählte Stufe beim Hub anfordern; sie wird monatlich abgerechnet</translation>
    </message>
</context>
<context>
    <name>hubdeck::SyntaxHighlighter</name>
    <message>
        <source>Plain text: install KDE Syntax-Highlighting&apos;s tool (Debian: libkf5syntaxhighlighting-tools) for colours.</source>
        <translation>Reiner Text: Installieren Sie das Werkzeug von KDE Syntax-Highlighting (Debian: libkf5syntaxhighlighting-tools) für Farben.</translation>
    </message>
    <message>
        <source>Plain text: could not prepare the highlighter&apos;s input.</source>
        <translation>Reiner Text: Die Eingabe für die Hervorhebung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Plain text: the highlighter failed.</source>
        <translation>Reiner Text: Die Hervorhebung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Plain text: the highlighter could not start.</source>
        <translation>Reiner Text: Die Hervorhebung konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>hubdeck::TreemapLegend</name>
    <message>
        <source>Colour legend</source>
        <translation>Farblegende</translation>
    </message>
    <message>
        <source>Areas are coloured by last access, from teal (%1) to grey (%2).</source>
        <translation>Flächen sind nach letztem Zugriff gefärbt, von Blaugrün (%1) bis Grau (%2).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>a year or more</source>
        <translation>ein Jahr oder mehr</translation>
    </message>
</context>
<context>
    <name>hubdeck::TreemapView</name>
    <message>
        <source>Treemap of the cache</source>
        <translation>Treemap des Caches</translation>
    </message>
    <message>
        <source>(detached)</source>
        <translation>(losgelöst)</translation>
    </message>
    <message>
        <source>Cache › %1 (%2) — Backspace or right-click to go back</source>
        <extracomment>The treemap&apos;s breadcrumb when zoomed into one repo; %1 is its id, %2 its size.</extracomment>
        <translation>Cache › %1 (%2) — Rücktaste oder Rechtsklick führt zurück</translation>
    </message>
    <message>
        <source>Cache — double-click a repo to zoom in</source>
        <translation>Cache — Doppelklick auf ein Repo vergrößert es</translation>
    </message>
    <message>
        <source>Each area is a repo, split into revisions and files, sized by bytes; the tree lists the same items as text. Arrows move between areas, Enter zooms into a repo, Backspace back out, Space ticks.</source>
        <translation>Jede Fläche ist ein Repo, aufgeteilt in Revisionen und Dateien, nach Bytes bemessen; der Baum listet dieselben Einträge als Text. Pfeiltasten wechseln zwischen Flächen, Eingabe vergrößert ein Repo, Rücktaste geht zurück, Leertaste hakt an.</translation>
    </message>
</context>
<context>
    <name>hubdeck::UploadFolderDialog</name>
    <message>
        <source>every file</source>
        <translation>jede Datei</translation>
    </message>
    <message>
        <source>Include patterns</source>
        <translation>Einschlussmuster</translation>
    </message>
    <message>
        <source>Exclude patterns</source>
        <translation>Ausschlussmuster</translation>
    </message>
    <message>
        <source>Delete patterns</source>
        <translation>Löschmuster</translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation>Einen Ordner nach %1 hochladen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Send the files listed above and commit them to the Space</source>
        <translation>Die oben aufgeführten Dateien senden und im Space committen</translation>
    </message>
    <message>
        <source>Cancel Upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Stop now: nothing is committed (Esc)</source>
        <translation>Jetzt anhalten: Nichts wird committet (Esc)</translation>
    </message>
    <message>
        <source>Listing the folder…</source>
        <translation>Ordner wird gelistet…</translation>
    </message>
    <message>
        <source>The folder to upload</source>
        <translation>Der hochzuladende Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Pick the folder in a file dialog</source>
        <translation>Den Ordner in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>the Space&apos;s root</source>
        <translation>die Wurzel des Space</translation>
    </message>
    <message>
        <source>Where the folder&apos;s files go in the Space, e.g. src or assets/images</source>
        <translation>Wohin die Dateien des Ordners im Space kommen, z. B. src oder assets/images</translation>
    </message>
    <message>
        <source>&amp;Path in the Space:</source>
        <translation>&amp;Pfad im Space:</translation>
    </message>
    <message>
        <source>The commit&apos;s title, shown in the Space&apos;s history</source>
        <translation>Der Titel des Commits, im Verlauf des Space gezeigt</translation>
    </message>
    <message>
        <source>Commit &amp;message:</source>
        <translation>Commit-&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Include (one pattern a line)</source>
        <translation>Einschließen (ein Muster je Zeile)</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Delete from the Space</source>
        <translation>Aus dem Space löschen</translation>
    </message>
    <message>
        <source>Only files matching one of these are sent (*.py, src/); empty: every file</source>
        <translation>Nur Dateien, die zu einem davon passen, werden gesendet (*.py, src/); leer: jede Datei</translation>
    </message>
    <message>
        <source>Files matching one of these are left out (*.ckpt, logs/)</source>
        <translation>Dateien, die zu einem davon passen, werden ausgelassen (*.ckpt, logs/)</translation>
    </message>
    <message>
        <source>The Space&apos;s files under the path that match one of these are deleted in the same commit, unless the folder sends them again</source>
        <translation>Die Dateien des Space unter dem Pfad, die zu einem davon passen, werden im selben Commit gelöscht, außer der Ordner sendet sie neu</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Hochzuladende Dateien</translation>
    </message>
    <message>
        <source>Choose a folder, or drop one on a Space.</source>
        <translation>Wählen Sie einen Ordner, oder legen Sie einen auf einem Space ab.</translation>
    </message>
    <message>
        <source>Folder to upload to %1</source>
        <translation>Ordner zum Hochladen nach %1</translation>
    </message>
    <message>
        <source>Cannot upload %1.</source>
        <translation>%1 kann nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Creating the Space…</source>
        <translation>Space wird erstellt…</translation>
    </message>
    <message>
        <source>Listing the Space&apos;s files…</source>
        <translation>Dateien des Space werden gelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 von %n Datei</numerusform>
            <numerusform>%1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Asking the Hub which files it needs…</source>
        <translation>Der Hub wird gefragt, welche Dateien er braucht…</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Commit läuft…</translation>
    </message>
    <message>
        <source>Nothing to commit: %1 already has every file, unchanged.</source>
        <translation>Nichts zu committen: %1 hat schon jede Datei, unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Committed %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 committet</numerusform>
            <numerusform>%n Dateien nach %1 committet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, deleting %n</source>
        <translation>
            <numerusform>, %n gelöscht</numerusform>
            <numerusform>, %n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n unchanged, not sent again)</source>
        <translation>
            <numerusform> (%n unverändert, nicht erneut gesendet)</numerusform>
            <numerusform> (%n unverändert, nicht erneut gesendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source> The Space rebuilds; its build logs open.</source>
        <translation> Der Space wird neu gebaut; seine Build-Protokolle öffnen sich.</translation>
    </message>
    <message>
        <source>Upload canceled: nothing was committed.</source>
        <translation>Hochladen abgebrochen: Nichts wurde committet.</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Committing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird committet…</numerusform>
            <numerusform>%n Dateien werden committet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::UploadPlanModel</name>
    <message>
        <source>to upload</source>
        <translation>hochzuladen</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>unchanged: already on the Hub</source>
        <translation>unverändert: schon auf dem Hub</translation>
    </message>
    <message>
        <source>ignored by the Space&apos;s .gitignore</source>
        <translation>von der .gitignore des Space ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 to upload</source>
        <translation>
            <numerusform>%n Datei, %1 hochzuladen</numerusform>
            <numerusform>%n Dateien, %1 hochzuladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n left out: %2</source>
        <translation>
            <numerusform>%1; %n ausgelassen: %2</numerusform>
            <numerusform>%1; %n ausgelassen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 in the Space</source>
        <translation>%1 → %2 im Space</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No file to upload</source>
        <translation>Keine Datei zum Hochladen</translation>
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
        <translation>Integritätsprüfung</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after checking %n blob(s)</source>
        <translation>
            <numerusform>Nach %n geprüftem Blob angehalten</numerusform>
            <numerusform>Nach %n geprüften Blobs angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n blob(s)</source>
        <translation>
            <numerusform>%n Blob geprüft</numerusform>
            <numerusform>%n Blobs geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 read). </source>
        <translation> (%1 gelesen). </translation>
    </message>
    <message>
        <source>Every blob matches the hash in its name.</source>
        <translation>Jeder Blob passt zum Hash in seinem Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) are damaged, missing or unreadable.</source>
        <translation>
            <numerusform>%n Blob ist beschädigt, fehlt oder ist unlesbar.</numerusform>
            <numerusform>%n Blobs sind beschädigt, fehlen oder sind unlesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n file(s) have no hash in their name and were not checked.</source>
        <translation>
            <numerusform> %n Datei hat keinen Hash im Namen und wurde nicht geprüft.</numerusform>
            <numerusform> %n Dateien haben keinen Hash im Namen und wurden nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Repo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>Tick the %n affected revision(s)</source>
        <translation>
            <numerusform>Die %n betroffene Revision anhaken</numerusform>
            <numerusform>Die %n betroffenen Revisionen anhaken</numerusform>
        </translation>
    </message>
    <message>
        <source>Then use Delete: they download again the next time a program needs them.</source>
        <translation>Dann Löschen verwenden: Sie werden erneut heruntergeladen, wenn ein Programm sie das nächste Mal braucht.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weitere)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in revision %2</source>
        <translation>%1 in Revision %2</translation>
    </message>
    <message>
        <source>Blob: %1</source>
        <translation>Blob: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Files whose blob does not match its name, or is missing or unreadable</source>
        <translation>Dateien, deren Blob nicht zu seinem Namen passt, fehlt oder nicht lesbar ist</translation>
    </message>
</context>
<context>
    <name>hubdeck::WarningsPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Entries huggingface_hub skips</source>
        <translation>Einträge, die huggingface_hub überspringt</translation>
    </message>
    <message>
        <source>Corrupted cache entries and why each is skipped; Enter on one selects it in the tree, where it can be ticked for removal</source>
        <translation>Beschädigte Cache-Einträge und warum jeder übersprungen wird; Eingabe auf einem Eintrag wählt ihn im Baum aus, wo er zum Entfernen angehakt werden kann</translation>
    </message>
    <message>
        <source>huggingface_hub says: %1</source>
        <translation>huggingface_hub meldet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) that no snapshot links to, left by a stopped deletion or download; Tools → Prune removes them</source>
        <translation>
            <numerusform>%n Blob, auf den kein Snapshot verweist, übrig von einer abgebrochenen Löschung oder einem Download; Werkzeuge → Aufräumen entfernt ihn</numerusform>
            <numerusform>%n Blobs, auf die kein Snapshot verweist, übrig von einer abgebrochenen Löschung oder einem Download; Werkzeuge → Aufräumen entfernt sie</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty repo: no revision left; Tools → Prune removes it</source>
        <translation>Ein leeres Repo: keine Revision mehr; Werkzeuge → Aufräumen entfernt es</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Warum es aufgeführt ist</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that are gone (manifests, locks), left by a stopped prune or deletion; Tools → Prune removes them</source>
        <translation>
            <numerusform>%n Datei geteilter Blobs, die nicht mehr existieren (Manifeste, Sperren), übrig von einem abgebrochenen Aufräumen oder einer abgebrochenen Löschung; Werkzeuge → Aufräumen entfernt sie</numerusform>
            <numerusform>%n Dateien geteilter Blobs, die nicht mehr existieren (Manifeste, Sperren), übrig von einem abgebrochenen Aufräumen oder einer abgebrochenen Löschung; Werkzeuge → Aufräumen entfernt sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Tree</source>
        <translation>Im Baum zeigen</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Aufräumen …</translation>
    </message>
</context>
</TS>
