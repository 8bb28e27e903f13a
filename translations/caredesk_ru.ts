<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CareDesk::Application</name>
    <message>
        <source>Desktop workstation for social customer care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SQLite workspace at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team workspace at a PostgreSQL URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::ChangeWatcher</name>
    <message>
        <source>listen for changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::Cli</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;caredesk-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] COMMAND
Commands:
  workspace init [--demo | --training]   create or upgrade the workspace
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
  show CASE                              a case with its thread
  search QUERY [--limit N]               messages and customers, newest first
Exit codes: 0 success, 1 failure, 2 bad input, 3 not found, 4 conflict, 5 unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --workspace or --database, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown workspace command; did you mean &quot;workspace init&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --demo or --training, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is ready (%2, schema %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use new, open, pending, snoozed, resolved or active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue must be a queue id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --limit or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More cases follow; use --limit N or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 on %2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::Database</name>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message without an id or a thread cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one with &quot;caredesk-cli workspace init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer CareDesk (schema %2; this version reads schema %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no CareDesk workspace yet; create it with &quot;caredesk-cli workspace init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade; run &quot;caredesk-cli workspace init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot use write-ahead logging (is it on a network drive?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CareDesk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the workspace to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no change counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insert returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is holding the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or is not a CareDesk workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account %2 is already in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseConfig</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL; expected postgresql://user@host[:port]/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::Demo::DemoLiveStream</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::Demo::DemoTraffic</name>
    <message>
        <source>The demo traffic (%1) is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo traffic is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo traffic names no language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo customer lacks a key, a name or a handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo thread has no known customer or does not start with one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::KeychainSecretStore</name>
    <message>
        <source>The request to the system keychain was cancelled because CareDesk closed the secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareDesk could not read a password or token from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareDesk could not save a password or token in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareDesk could not delete a password or token from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service such as GNOME Keyring or KWallet is running; start one and try again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access; unlock it and allow CareDesk, then try again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keychain does not support the operation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain service could not be reached or reported an error: %1. Check that GNOME Keyring or KWallet is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::MainWindow</name>
    <message>
        <source>CareDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace</name>
    <message>
        <source>%1 already holds a %2 workspace; a %3 workspace needs an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
