<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HomeDeletion</name>
    <message numerus="yes">
        <source>%1: %n file(s) could not be removed.</source>
        <translation>
            <numerusform>%1: %n file could not be removed.</numerusform>
            <numerusform>%1: %n files could not be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheBrowser</name>
    <message numerus="yes">
        <source>Delete These %n Files from All Revisions…</source>
        <translation>
            <numerusform>Delete %n File from All Revisions…</numerusform>
            <numerusform>Delete These %n Files from All Revisions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheFilterBar</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::CachePage</name>
    <message numerus="yes">
        <source>Not Accessed for %n Day(s)</source>
        <translation>
            <numerusform>Not Accessed for %n Day</numerusform>
            <numerusform>Not Accessed for %n Days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) scanned.</source>
        <translation>
            <numerusform>%n repo scanned.</numerusform>
            <numerusform>%n repos scanned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Integrity check: %n problem(s).</source>
        <translation>
            <numerusform>Integrity check: %n problem.</numerusform>
            <numerusform>Integrity check: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n blob(s)…</source>
        <translation>
            <numerusform>Checking %n blob…</numerusform>
            <numerusform>Checking %n blobs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n repo(s) selected</source>
        <translation>
            <numerusform> in %n repo selected</numerusform>
            <numerusform> in %n repos selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, plus %n corrupted entr(ies)</source>
        <translation>
            <numerusform>, plus %n corrupted entry</numerusform>
            <numerusform>, plus %n corrupted entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s)</source>
        <translation>
            <numerusform>%n repo</numerusform>
            <numerusform>%n repos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrupted entry(ies)</source>
        <translation>
            <numerusform>%n corrupted entry</numerusform>
            <numerusform>%n corrupted entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced blob(s)</source>
        <translation>
            <numerusform>%n unreferenced blob</numerusform>
            <numerusform>%n unreferenced blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n partial download</numerusform>
            <numerusform>%n partial downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared blob(s)</source>
        <translation>
            <numerusform>%n shared blob</numerusform>
            <numerusform>%n shared blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n revision(s) untouched</source>
        <translation>
            <numerusform>; %n revision untouched</numerusform>
            <numerusform>; %n revisions untouched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) kept: their download is running</source>
        <translation>
            <numerusform>; %n file kept: its download is running</numerusform>
            <numerusform>; %n files kept: their download is running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) could not be removed; the rest was deleted as the status bar says.</source>
        <translation>
            <numerusform>%n path could not be removed; the rest was deleted as the status bar says.</numerusform>
            <numerusform>%n paths could not be removed; the rest was deleted as the status bar says.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that were gone</source>
        <translation>
            <numerusform>%n file of shared blobs that were gone</numerusform>
            <numerusform>%n files of shared blobs that were gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n detached revision(s).</source>
        <translation>
            <numerusform>Ticked %n detached revision.</numerusform>
            <numerusform>Ticked %n detached revisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No revision has gone unaccessed for %n day(s).</source>
        <translation>
            <numerusform>No revision has gone unaccessed for %n day.</numerusform>
            <numerusform>No revision has gone unaccessed for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n revision(s) not accessed for %1 days.</source>
        <translation>
            <numerusform>Ticked %n revision not accessed for %1 days.</numerusform>
            <numerusform>Ticked %n revisions not accessed for %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n matching entr(ies).</source>
        <translation>
            <numerusform>Ticked %n matching entry.</numerusform>
            <numerusform>Ticked %n matching entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n revision(s) that free %1. Press Delete to review and delete them.</source>
        <translation>
            <numerusform>Ticked %n revision that frees %1. Press Delete to review and delete it.</numerusform>
            <numerusform>Ticked %n revisions that free %1. Press Delete to review and delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking: %1 of %2, %3 of %n blob(s)</source>
        <translation>
            <numerusform>Checking: %1 of %2, %3 of %n blob</numerusform>
            <numerusform>Checking: %1 of %2, %3 of %n blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n step(s), %2 freed</source>
        <translation>
            <numerusform>Deleting: %1 of %n step, %2 freed</numerusform>
            <numerusform>Deleting: %1 of %n steps, %2 freed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) moved to the Trash</source>
        <translation>
            <numerusform>%n repo moved to the Trash</numerusform>
            <numerusform>%n repos moved to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) untouched</source>
        <translation>
            <numerusform>; %n file untouched</numerusform>
            <numerusform>; %n files untouched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is ticked: the %n selected file(s) go from every cached revision of their repo.</source>
        <translation>
            <numerusform>Nothing is ticked: the %n selected file goes from every cached revision of its repo.</numerusform>
            <numerusform>Nothing is ticked: the %n selected files go from every cached revision of their repo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the ticked revisions below are deleted, not the %n selected file(s): to delete those, clear the ticks first.</source>
        <translation>
            <numerusform>Only the ticked revisions below are deleted, not the %n selected file: to delete it, clear the ticks first.</numerusform>
            <numerusform>Only the ticked revisions below are deleted, not the %n selected files: to delete those, clear the ticks first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n revision(s) partly removed (delete again or prune to finish)</source>
        <translation>
            <numerusform>; %n revision partly removed (delete again or prune to finish)</numerusform>
            <numerusform>; %n revisions partly removed (delete again or prune to finish)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n blob(s) left that no file links to (prune removes them)</source>
        <translation>
            <numerusform>; %n blob left that no file links to (prune removes it)</numerusform>
            <numerusform>; %n blobs left that no file links to (prune removes them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::DeleteConfirmDialog</name>
    <message numerus="yes">
        <source>%1 — %n revision(s)</source>
        <translation>
            <numerusform>%1 — %n revision</numerusform>
            <numerusform>%1 — %n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) will not be deleted: part of each is a link to another place, and HubDeck never deletes through a link. Their rows below say where the links go.</source>
        <translation>
            <numerusform>%n entry will not be deleted: part of it is a link to another place, and HubDeck never deletes through a link. Its row below says where the link goes.</numerusform>
            <numerusform>%n entries will not be deleted: part of each is a link to another place, and HubDeck never deletes through a link. Their rows below say where the links go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) no snapshot links to</source>
        <translation>
            <numerusform>%n blob no snapshot links to</numerusform>
            <numerusform>%n blobs no snapshot links to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n partial download</numerusform>
            <numerusform>%n partial downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared blob(s) no repo links to</source>
        <translation>
            <numerusform>%n shared blob no repo links to</numerusform>
            <numerusform>%n shared blobs no repo links to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that are gone (manifests, locks)</source>
        <translation>
            <numerusform>%n file of shared blobs that are gone (manifests, locks)</numerusform>
            <numerusform>%n files of shared blobs that are gone (manifests, locks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s), from every revision that has them</source>
        <translation>
            <numerusform>%1 — %n file, from every revision that has it</numerusform>
            <numerusform>%1 — %n files, from every revision that has them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::FreeSpaceDialog</name>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n repo(s)</source>
        <translation>
            <numerusform> in %n repo</numerusform>
            <numerusform> in %n repos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeDeleteDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln entr(ies), %1 on disk&lt;/b&gt;, will be deleted (of %2 in the home).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln entry, %1 on disk&lt;/b&gt;, will be deleted (of %2 in the home).</numerusform>
            <numerusform>&lt;b&gt;%Ln entries, %1 on disk&lt;/b&gt;, will be deleted (of %2 in the home).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) cannot be deleted whole as they stand and will be left alone.</source>
        <translation>
            <numerusform>%Ln entry cannot be deleted whole as it stands and will be left alone.</numerusform>
            <numerusform>%Ln entries cannot be deleted whole as they stand and will be left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies), %1</source>
        <translation>
            <numerusform>%Ln entry, %1</numerusform>
            <numerusform>%Ln entries, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %1 in %n folder(s) that hold only these entries, removed with them.</source>
        <translation>
            <numerusform>And %1 in %n folder that holds only these entries, removed with them.</numerusform>
            <numerusform>And %1 in %n folders that hold only these entries, removed with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer in this deletion, as %Ln entr(ies) changed since they were listed (deleted or moved by another program, or now in use): %1. The Overview says why.</source>
        <translation>
            <numerusform>No longer in this deletion, as %Ln entry changed since it was listed (deleted or moved by another program, or now in use): %1. The Overview says why.</numerusform>
            <numerusform>No longer in this deletion, as %Ln entries changed since they were listed (deleted or moved by another program, or now in use): %1. The Overview says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeSession</name>
    <message numerus="yes">
        <source>Stopped: %Ln entr(ies) deleted, %1 freed</source>
        <translation>
            <numerusform>Stopped: %Ln entry deleted, %1 freed</numerusform>
            <numerusform>Stopped: %Ln entries deleted, %1 freed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entr(ies), %1 freed</source>
        <translation>
            <numerusform>Deleted %Ln entry, %1 freed</numerusform>
            <numerusform>Deleted %Ln entries, %1 freed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln partly deleted (delete them again to finish)</source>
        <translation>
            <numerusform>; %Ln partly deleted (delete it again to finish)</numerusform>
            <numerusform>; %Ln partly deleted (delete them again to finish)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln could not be deleted</source>
        <translation>
            <numerusform>; %Ln could not be deleted</numerusform>
            <numerusform>; %Ln could not be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln entr(ies) the confirmation said could not be deleted whole are unticked.</source>
        <translation>
            <numerusform>; %Ln entry the confirmation said could not be deleted whole is unticked.</numerusform>
            <numerusform>; %Ln entries the confirmation said could not be deleted whole are unticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; kept %Ln file(s) or folder(s) that another program wrote there after they were listed for deletion, first %1</source>
        <translation>
            <numerusform>; kept %Ln file or folder that another program wrote there after it was listed for deletion, first %1</numerusform>
            <numerusform>; kept %Ln files or folders that another program wrote there after they were listed for deletion, first %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; kept %Ln file(s) or folder(s) written or moved into it since its deletion began, first %1</source>
        <translation>
            <numerusform>; kept %Ln file or folder written or moved into it since its deletion began, first %1</numerusform>
            <numerusform>; kept %Ln files or folders written or moved into it since its deletion began, first %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::HomeTreeModel</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on disk (apparent size %2) in %Ln entr(ies).</source>
        <translation>
            <numerusform>%1 on disk (apparent size %2) in %Ln entry.</numerusform>
            <numerusform>%1 on disk (apparent size %2) in %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::LogsDialog</name>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n line.</numerusform>
            <numerusform>%n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::OverviewPage</name>
    <message numerus="yes">
        <source>No entry that can be deleted here has gone unaccessed for %n day(s).</source>
        <translation>
            <numerusform>No entry that can be deleted here has gone unaccessed for %n day.</numerusform>
            <numerusform>No entry that can be deleted here has gone unaccessed for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %Ln entr(ies) not accessed for %1 days.</source>
        <translation>
            <numerusform>Ticked %Ln entry not accessed for %1 days.</numerusform>
            <numerusform>Ticked %Ln entries not accessed for %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) ticked — frees &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>%Ln entry ticked — frees &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>%Ln entries ticked — frees &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln folder(s) could not be read&lt;/b&gt;: sizes count only what could be read.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln folder could not be read&lt;/b&gt;: sizes count only what could be read.</numerusform>
            <numerusform>&lt;b&gt;%Ln folders could not be read&lt;/b&gt;: sizes count only what could be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %2 freed, %3 of %Ln entr(ies) done</source>
        <translation>
            <numerusform>Deleting: %1 of %2 freed, %3 of %Ln entry done</numerusform>
            <numerusform>Deleting: %1 of %2 freed, %3 of %Ln entries done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) could not be deleted, and nothing else was.</source>
        <translation>
            <numerusform>%Ln entry could not be deleted, and nothing else was.</numerusform>
            <numerusform>%Ln entries could not be deleted, and nothing else was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) could not be deleted; %1 deleted, %2 freed.</source>
        <translation>
            <numerusform>%Ln entry could not be deleted; %1 deleted, %2 freed.</numerusform>
            <numerusform>%Ln entries could not be deleted; %1 deleted, %2 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unticked %Ln entr(ies): %1.</source>
        <translation>
            <numerusform>Unticked %Ln entry: %1.</numerusform>
            <numerusform>Unticked %Ln entries: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::SettingsListDialog</name>
    <message numerus="yes">
        <source>Add or update %n entr(ies): %1?</source>
        <translation>
            <numerusform>Add or update %n entry: %1?</numerusform>
            <numerusform>Add or update %n entries: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesPage</name>
    <message numerus="yes">
        <source>The Spaces of %n stored account(s); each row is acted on with its own account&apos;s token.</source>
        <translation>
            <numerusform>The Spaces of %n stored account; each row is acted on with its own account&apos;s token.</numerusform>
            <numerusform>The Spaces of %n stored accounts; each row is acted on with its own account&apos;s token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running now: %n Space(s), %1 an hour — about %2 a month if they keep running (× %3 h).</source>
        <translation>
            <numerusform>Running now: %n Space, %1 an hour — about %2 a month if it keeps running (× %3 h).</numerusform>
            <numerusform>Running now: %n Spaces, %1 an hour — about %2 a month if they keep running (× %3 h).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them on hardware the Hub gave no price for, not counted.</source>
        <translation>
            <numerusform>%n of them on hardware the Hub gave no price for, not counted.</numerusform>
            <numerusform>%n of them on hardware the Hub gave no price for, not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesTableModel</name>
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
    <message numerus="yes">
        <source>%1 since %2 (%n min), far longer than usual (%3 min): its logs may say why.</source>
        <translation>
            <numerusform>%1 since %2 (%n min), far longer than usual (%3 min): its logs may say why.</numerusform>
            <numerusform>%1 since %2 (%n min), far longer than usual (%3 min): its logs may say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::UploadFolderDialog</name>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %n file(s) to %1</source>
        <translation>
            <numerusform>Committed %n file to %1</numerusform>
            <numerusform>Committed %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, deleting %n</source>
        <translation>
            <numerusform>, deleting %n</numerusform>
            <numerusform>, deleting %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n unchanged, not sent again)</source>
        <translation>
            <numerusform> (%n unchanged, not sent again)</numerusform>
            <numerusform> (%n unchanged, not sent again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committing %n file(s)…</source>
        <translation>
            <numerusform>Committing %n file…</numerusform>
            <numerusform>Committing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::UploadPlanModel</name>
    <message numerus="yes">
        <source>%n file(s), %1 to upload</source>
        <translation>
            <numerusform>%n file, %1 to upload</numerusform>
            <numerusform>%n files, %1 to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n left out: %2</source>
        <translation>
            <numerusform>%1; %n left out: %2</numerusform>
            <numerusform>%1; %n left out: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::VerifyResultsDialog</name>
    <message numerus="yes">
        <source>Stopped after checking %n blob(s)</source>
        <translation>
            <numerusform>Stopped after checking %n blob</numerusform>
            <numerusform>Stopped after checking %n blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n blob(s)</source>
        <translation>
            <numerusform>Checked %n blob</numerusform>
            <numerusform>Checked %n blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) are damaged, missing or unreadable.</source>
        <translation>
            <numerusform>%n blob is damaged, missing or unreadable.</numerusform>
            <numerusform>%n blobs are damaged, missing or unreadable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n file(s) have no hash in their name and were not checked.</source>
        <translation>
            <numerusform> %n file has no hash in its name and was not checked.</numerusform>
            <numerusform> %n files have no hash in their name and were not checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the %n affected revision(s)</source>
        <translation>
            <numerusform>Tick the %n affected revision</numerusform>
            <numerusform>Tick the %n affected revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::WarningsPanel</name>
    <message numerus="yes">
        <source>%n blob(s) that no snapshot links to, left by a stopped deletion or download; Tools → Prune removes them</source>
        <translation>
            <numerusform>%n blob that no snapshot links to, left by a stopped deletion or download; Tools → Prune removes it</numerusform>
            <numerusform>%n blobs that no snapshot links to, left by a stopped deletion or download; Tools → Prune removes them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of shared blobs that are gone (manifests, locks), left by a stopped prune or deletion; Tools → Prune removes them</source>
        <translation>
            <numerusform>%n file of shared blobs that are gone (manifests, locks), left by a stopped prune or deletion; Tools → Prune removes it</numerusform>
            <numerusform>%n files of shared blobs that are gone (manifests, locks), left by a stopped prune or deletion; Tools → Prune removes them</numerusform>
        </translation>
    </message>
</context>
</TS>
