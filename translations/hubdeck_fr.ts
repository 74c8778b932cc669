<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HubError</name>
    <message>
        <source>The Hub refused your token (401). Sign in again with a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this on this Space (403). Check that your token has write access and belongs to an owner of the Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404): it does not exist, or it is private and your token cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (409): it already exists or is being changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub is rate limiting you (429). Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub is rate limiting you (429). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub is having trouble (HTTP %1). Try again later; https://status.huggingface.co says whether it is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the Hub at %1: check your network connection and HF_ENDPOINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Hub: %1. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub did not answer within %1. Try again, or allow more time with --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was not what HubDeck expected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send a token over plain http:// to %1. Use https://, or http:// only for a server on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The Hub says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The header could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A binary file of %1: not shown as text.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No config.json in the newest revision.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Parameters (from the safetensors headers): &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::AboutDialog</name>
    <message>
        <source>About HubDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;HubDeck %1&lt;/h2&gt;&lt;p&gt;See and clean the Hugging Face hub cache, and run your Spaces.&lt;/p&gt;&lt;p&gt;HubDeck is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3). Colours in previews come from KDE Syntax-Highlighting (MIT), run as a separate program. Integrity checks use OpenSSL (Apache License 2.0).&lt;/p&gt;&lt;p&gt;Hugging Face is a trademark of Hugging Face, Inc.; HubDeck is not affiliated with it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheFilterBar</name>
    <message>
        <source>Filter by repo, revision, ref or file name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accessed for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::CacheTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes on disk. A blob shared by several revisions is counted once for the repo, so a repo can be smaller than the sum of its revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest access time of the repo&apos;s blobs. On file systems mounted with relatime (the Linux default) it is updated at most once a day, and never with noatime: treat it as approximate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on disk. Its revisions add up to %2 because they share blobs, which are stored once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on disk (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (approximate: access times are updated lazily on relatime and noatime mounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huggingface_hub skips this entry: %1
Tick it to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partial download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted download. &quot;Prune&quot; removes it unless the download is still running.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Blob: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::DeleteConfirmDialog</name>
    <message>
        <source>Delete from the cache?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 will be freed&lt;/b&gt; (of %2 in the cache). Deleted files are downloaded again the next time a program asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (corrupted entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — entire repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n revision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision&apos;s size. What deleting it frees depends on the blobs other revisions share, and is counted in the repo&apos;s line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared blobs that no remaining repo uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing outside the cache folder is touched. If you cancel, what was already removed stays removed and the cache stays consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::HardwareDialog</name>
    <message>
        <source>Also set the sleep time to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request this hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Changing the hardware restarts the Space.&lt;/b&gt; Upgraded hardware is billed by the minute while the Space runs, until it sleeps or is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the hardware catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tier. Changing the hardware restarts the Space and may be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be fetched (%1) Showing the known tiers without their prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::LogsDialog</name>
    <message>
        <source>Build logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream ended; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::MainWindow</name>
    <message>
        <source>HubDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache changed on disk; refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Cache Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Detached Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions no ref points to: what &quot;prune&quot; removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not Accessed for %n Day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything Matching the &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Ticked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the Whole Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every blob&apos;s hash and compare it with its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color the Treemap by &amp;Last Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubDeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Hugging Face Hub Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan canceled. Press F5 to scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cache to show&lt;/h3&gt;&lt;p&gt;HubDeck looked in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The folder is where huggingface_hub keeps downloads: it is made the first time a model or dataset is downloaded. Set HF_HUB_CACHE or HF_HOME, or use File → Open Cache Folder.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The cache is empty&lt;/h3&gt;&lt;p&gt;HubDeck looked in &lt;b&gt;%1&lt;/b&gt; and found no downloaded repos.&lt;/p&gt;&lt;p&gt;Models, datasets and Spaces appear here once a program downloads them with huggingface_hub.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) scanned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity check: no problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Integrity check: %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n blob(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected — the cache holds %1. Tick revisions or repos to free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n repo(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, plus %n corrupted entr(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — frees &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (frees %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion stopped. %1 freed; the rest is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. %1 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) could not be removed. Everything else was deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Repo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Revision Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HubDeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::NewSpaceDialog</name>
    <message>
        <source>Private (only you and your organisation can see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu-basic (free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, without &apos;--&apos; or &apos;..&apos;, up to 96 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: a Space needs an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom sleep time needs upgraded hardware: free hardware sleeps after 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets and variables are KEY=VALUE lines; check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a file to see it here, or a repo to see what its config says.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::SettingsDialog</name>
    <message>
        <source>Ask before deleting from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before Space actions that may be billed or interrupt the Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (as huggingface_hub finds it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered cache folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh building Spaces every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh other Spaces every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language or endpoint takes effect the next time HubDeck starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::SettingsListDialog</name>
    <message>
        <source>Secrets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are write-only: the Hub never returns them, so they are not shown after saving. Changing a secret restarts the Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .env…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env files (*.env .env);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key uses letters, digits and _, and does not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the secret %1? The Space restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the variable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add or update %n entr(ies): %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdeck::SignInDialog</name>
    <message>
        <source>Sign in to Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token. Create one at &lt;a href=&quot;%1/settings/tokens&quot;&gt;%1/settings/tokens&lt;/a&gt;; to manage Spaces it needs &lt;b&gt;write&lt;/b&gt; access.&lt;br&gt;It is saved in %2 (readable by you only), where huggingface_hub looks for it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::SleepTimeDialog</name>
    <message>
        <source>Sleep time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sleep time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Space runs on free cpu-basic hardware, which always sleeps after 48 hours without visitors. Upgrade its hardware to choose a sleep time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sleeping Space costs nothing and wakes up on the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::SpaceDetailPanel</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the Space from scratch, without the build cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 on %2? Upgraded hardware is billed while the Space runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild %1 from scratch? The build cache is dropped and the Space is down until the build ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Space selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a Space to see its runtime and change its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeps after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested, %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings on the Hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesPage</name>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Spaces by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building or starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — organisations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your Spaces. The Cache page works without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Use &lt;b&gt;Sign in…&lt;/b&gt; with a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::SpacesTableModel</name>
    <message>
        <source>48 h (free hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeps after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free cpu-basic hardware sleeps after 48 hours without visitors; upgraded hardware sleeps after the time you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::StorageDialog</name>
    <message>
        <source>Storage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent storage tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small — 20 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium — 150 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large — 1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage is billed monthly while it exists, whether the Space runs or not. A tier can be raised at any time but not lowered: delete the storage first (its data is lost), then request a smaller tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the Space&apos;s name (%1) to delete its storage and everything in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::SyntaxHighlighter</name>
    <message>
        <source>Plain text: install KDE Syntax-Highlighting&apos;s tool (Debian: libkf5syntaxhighlighting-tools) for colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: could not prepare the highlighter&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: the highlighter failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: the highlighter could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::TreemapView</name>
    <message>
        <source>Treemap of the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area is a repo, split into revisions and files, sized by bytes; the tree lists the same items as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(detached)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::VerifyResultsDialog</name>
    <message>
        <source>Integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after checking %n blob(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n blob(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 read). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every blob matches the hash in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) are damaged, missing or unreadable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n file(s) have no hash in their name and were not checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tick the %n affected revision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Then use Delete: they download again the next time a program needs them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubdeck::WarningsPanel</name>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why huggingface_hub skips it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
