<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CareDesk::Application</name>
    <message>
        <source>Desktop workstation for social customer care</source>
        <translation>Desktop workstation for social customer care</translation>
    </message>
    <message>
        <source>Open the SQLite workspace at PATH.</source>
        <translation>Open the SQLite workspace at PATH.</translation>
    </message>
    <message>
        <source>Open the team workspace at a PostgreSQL URL.</source>
        <translation>Open the team workspace at a PostgreSQL URL.</translation>
    </message>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
</context>
<context>
    <name>CareDesk::ChangeWatcher</name>
    <message>
        <source>listen for changes</source>
        <translation>listen for changes</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>The connection to %1 was lost.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Cli</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation>The database thread stopped before answering.</translation>
    </message>
    <message>
        <source>Run "caredesk-cli --help" for the commands.</source>
        <translation>Run "caredesk-cli --help" for the commands.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation>Unknown option --%1 for this command.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Missing argument.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <source>Give either --workspace or --database, not both.</source>
        <translation>Give either --workspace or --database, not both.</translation>
    </message>
    <message>
        <source>Unknown workspace command; did you mean "workspace init"?</source>
        <translation>Unknown workspace command; did you mean "workspace init"?</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>Choose --demo or --training, not both.</source>
        <translation>Choose --demo or --training, not both.</translation>
    </message>
    <message>
        <source>Workspace %1 is ready (%2, schema %3).</source>
        <translation>Workspace %1 is ready (%2, schema %3).</translation>
    </message>
    <message>
        <source>Unknown status "%1"; use new, open, pending, snoozed, resolved or active.</source>
        <translation>Unknown status "%1"; use new, open, pending, snoozed, resolved or active.</translation>
    </message>
    <message>
        <source>Unknown platform "%1".</source>
        <translation>Unknown platform "%1".</translation>
    </message>
    <message>
        <source>The queue must be a queue id.</source>
        <translation>The queue must be a queue id.</translation>
    </message>
    <message>
        <source>Give either --limit or --all, not both.</source>
        <translation>Give either --limit or --all, not both.</translation>
    </message>
    <message>
        <source>The limit must be a positive number.</source>
        <translation>The limit must be a positive number.</translation>
    </message>
    <message>
        <source>More cases follow; use --limit N or --all.</source>
        <translation>More cases follow; use --limit N or --all.</translation>
    </message>
    <message>
        <source>"%1" is not a case id.</source>
        <translation>"%1" is not a case id.</translation>
    </message>
    <message>
        <source>Case %1 on %2 (%3), %4</source>
        <translation>Case %1 on %2 (%3), %4</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>Usage: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] COMMAND
Commands:
  workspace init [--demo | --training]   create or upgrade the workspace
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
  show CASE                              a case with its thread
  search QUERY [--limit N]               messages and customers, newest first
  reply CASE --text T [--private]        queue a reply in the outbox
  outbox                                 replies waiting, sent and failed
  sync [--account ID] [--once]           deliver the outbox
Exit codes: 0 success, 1 failure, 2 bad input, 3 not found, 4 conflict, 5 unavailable.</source>
        <translation>Usage: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] COMMAND
Commands:
  workspace init [--demo | --training]   create or upgrade the workspace
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
  show CASE                              a case with its thread
  search QUERY [--limit N]               messages and customers, newest first
  reply CASE --text T [--private]        queue a reply in the outbox
  outbox                                 replies waiting, sent and failed
  sync [--account ID] [--once]           deliver the outbox
Exit codes: 0 success, 1 failure, 2 bad input, 3 not found, 4 conflict, 5 unavailable.</translation>
    </message>
    <message>
        <source>A reply needs --text.</source>
        <translation>A reply needs --text.</translation>
    </message>
    <message>
        <source>Reply %1 is queued in the outbox; "caredesk-cli sync" delivers it.</source>
        <translation>Reply %1 is queued in the outbox; "caredesk-cli sync" delivers it.</translation>
    </message>
    <message>
        <source>The account must be an account id.</source>
        <translation>The account must be an account id.</translation>
    </message>
    <message>
        <source>There is no enabled account %1.</source>
        <translation>There is no enabled account %1.</translation>
    </message>
    <message>
        <source>Reply %1 was not sent: %2</source>
        <translation>Reply %1 was not sent: %2</translation>
    </message>
    <message>
        <source>Sent %1 replies, %2 not sent.</source>
        <translation>Sent %1 replies, %2 not sent.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Connectors</name>
    <message>
        <source>This version cannot talk to %1 accounts of kind %2 yet (account %3).</source>
        <translation>This version cannot talk to %1 accounts of kind %2 yet (account %3).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Database</name>
    <message>
        <source>There is no account %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>A message without an id or a thread cannot be stored.</source>
        <translation>A message without an id or a thread cannot be stored.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>No workspace file was given.</translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one with "caredesk-cli workspace init".</source>
        <translation>There is no workspace at %1; create one with "caredesk-cli workspace init".</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>The Qt SQL driver for %1 is not installed.</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>open %1</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer CareDesk (schema %2; this version reads schema %3).</source>
        <translation>The workspace %1 was written by a newer CareDesk (schema %2; this version reads schema %3).</translation>
    </message>
    <message>
        <source>%1 holds no CareDesk workspace yet; create it with "caredesk-cli workspace init".</source>
        <translation>%1 holds no CareDesk workspace yet; create it with "caredesk-cli workspace init".</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade; run "caredesk-cli workspace init".</source>
        <translation>The workspace %1 needs an upgrade; run "caredesk-cli workspace init".</translation>
    </message>
    <message>
        <source>The workspace %1 cannot use write-ahead logging (is it on a network drive?).</source>
        <translation>The workspace %1 cannot use write-ahead logging (is it on a network drive?).</translation>
    </message>
    <message>
        <source>%1 is not a CareDesk workspace.</source>
        <translation>%1 is not a CareDesk workspace.</translation>
    </message>
    <message>
        <source>The migration %1 could not be read.</source>
        <translation>The migration %1 could not be read.</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Migration %1 is missing.</translation>
    </message>
    <message>
        <source>upgrade the workspace to schema %1</source>
        <translation>upgrade the workspace to schema %1</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>prepare a query</translation>
    </message>
    <message>
        <source>run a query</source>
        <translation>run a query</translation>
    </message>
    <message>
        <source>The workspace has no change counter.</source>
        <translation>The workspace has no change counter.</translation>
    </message>
    <message>
        <source>An insert returned no id.</source>
        <translation>An insert returned no id.</translation>
    </message>
    <message>
        <source>another program is holding the workspace</source>
        <translation>another program is holding the workspace</translation>
    </message>
    <message>
        <source>the file is damaged or is not a CareDesk workspace</source>
        <translation>the file is damaged or is not a CareDesk workspace</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Could not %1: %2.</translation>
    </message>
    <message>
        <source>The %1 account %2 is already in this workspace.</source>
        <translation>The %1 account %2 is already in this workspace.</translation>
    </message>
    <message>
        <source>The workspace has no header row.</source>
        <translation>The workspace has no header row.</translation>
    </message>
    <message>
        <source>create the workspace</source>
        <translation>create the workspace</translation>
    </message>
    <message>
        <source>Could not run a query: the transaction was already rolled back.</source>
        <translation>Could not run a query: the transaction was already rolled back.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>start a transaction</translation>
    </message>
    <message>
        <source>Could not save the changes: a statement failed and the transaction was rolled back.</source>
        <translation>Could not save the changes: a statement failed and the transaction was rolled back.</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>save the changes</translation>
    </message>
    <message>
        <source>There is no reply %1 in the outbox.</source>
        <translation>There is no reply %1 in the outbox.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>A reply needs some text.</translation>
    </message>
    <message>
        <source>The reply %1 is not being sent (it is %2).</source>
        <translation>The reply %1 is not being sent (it is %2).</translation>
    </message>
    <message>
        <source>The platform did not answer; check the thread before sending again.</source>
        <translation>The platform did not answer; check the thread before sending again.</translation>
    </message>
    <message>
        <source>CareDesk stopped while sending; check the thread before sending again.</source>
        <translation>CareDesk stopped while sending; check the thread before sending again.</translation>
    </message>
    <message>
        <source>Only a failed or unknown reply can be sent again.</source>
        <translation>Only a failed or unknown reply can be sent again.</translation>
    </message>
    <message>
        <source>A reply that is sending or sent cannot be cancelled.</source>
        <translation>A reply that is sending or sent cannot be cancelled.</translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseConfig</name>
    <message>
        <source>"%1" is not a PostgreSQL URL; expected postgresql://user@host[:port]/database.</source>
        <translation>"%1" is not a PostgreSQL URL; expected postgresql://user@host[:port]/database.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Demo::DemoLiveStream</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
</context>
<context>
    <name>CareDesk::Demo::DemoTraffic</name>
    <message>
        <source>The demo traffic (%1) is missing from this build.</source>
        <translation>The demo traffic (%1) is missing from this build.</translation>
    </message>
    <message>
        <source>The demo traffic is not valid JSON: %1.</source>
        <translation>The demo traffic is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The demo traffic names no language.</source>
        <translation>The demo traffic names no language.</translation>
    </message>
    <message>
        <source>A demo customer lacks a key, a name or a handle.</source>
        <translation>A demo customer lacks a key, a name or a handle.</translation>
    </message>
    <message>
        <source>A demo thread has no known customer or does not start with one.</source>
        <translation>A demo thread has no known customer or does not start with one.</translation>
    </message>
</context>
<context>
    <name>CareDesk::InboxModel</name>
    <message>
        <source>Unknown customer</source>
        <translation>Unknown customer</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>The latest message of the case</source>
        <translation>The latest message of the case</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>How long the customer has waited for an answer</source>
        <translation>How long the customer has waited for an answer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service level: the nearest response target</source>
        <translation>Service level: the nearest response target</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>CareDesk::KeychainSecretStore</name>
    <message>
        <source>The request to the system keychain was cancelled because CareDesk closed the secret store.</source>
        <translation>The request to the system keychain was cancelled because CareDesk closed the secret store.</translation>
    </message>
    <message>
        <source>CareDesk could not read a password or token from the system keychain.</source>
        <translation>CareDesk could not read a password or token from the system keychain.</translation>
    </message>
    <message>
        <source>CareDesk could not save a password or token in the system keychain.</source>
        <translation>CareDesk could not save a password or token in the system keychain.</translation>
    </message>
    <message>
        <source>CareDesk could not delete a password or token from the system keychain.</source>
        <translation>CareDesk could not delete a password or token from the system keychain.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>No keychain service such as GNOME Keyring or KWallet is running; start one and try again (%1).</source>
        <translation>No keychain service such as GNOME Keyring or KWallet is running; start one and try again (%1).</translation>
    </message>
    <message>
        <source>The keychain refused access; unlock it and allow CareDesk, then try again (%1).</source>
        <translation>The keychain refused access; unlock it and allow CareDesk, then try again (%1).</translation>
    </message>
    <message>
        <source>This keychain does not support the operation (%1).</source>
        <translation>This keychain does not support the operation (%1).</translation>
    </message>
    <message>
        <source>The keychain service could not be reached or reported an error: %1. Check that GNOME Keyring or KWallet is running and unlocked.</source>
        <translation>The keychain service could not be reached or reported an error: %1. Check that GNOME Keyring or KWallet is running and unlocked.</translation>
    </message>
</context>
<context>
    <name>CareDesk::MainWindow</name>
    <message>
        <source>%1 — CareDesk</source>
        <translation>%1 — CareDesk</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Loading cases…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded, more below</source>
        <translation><numerusform>%n case loaded, more below</numerusform><numerusform>%n cases loaded, more below</numerusform></translation>
    </message>
    <message>
        <source>Live updates paused: %1</source>
        <translation>Live updates paused: %1</translation>
    </message>
    <message>
        <source>Stop and resume the demo's incoming customer messages</source>
        <translation>Stop and resume the demo's incoming customer messages</translation>
    </message>
    <message>
        <source>This workspace has no live demo traffic</source>
        <translation>This workspace has no live demo traffic</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Pause live traffic</source>
        <translation>Pause live traffic</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Could not read the inbox: %1</source>
        <translation>Could not read the inbox: %1</translation>
    </message>
    <message>
        <source>Select a case to read its conversation.</source>
        <translation>Select a case to read its conversation.</translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation>Loading conversation…</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>Could not read the conversation: %1</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unknown customer</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n message(s)</source>
        <translation><numerusform>%1 · %2 · %3 · %n message</numerusform><numerusform>%1 · %2 · %3 · %n messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>CareDesk::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (edited)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private message</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Yesterday %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace</name>
    <message>
        <source>%1 already holds a %2 workspace; a %3 workspace needs an empty one.</source>
        <translation>%1 already holds a %2 workspace; a %3 workspace needs an empty one.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo workspace</translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation>Training workspace</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
</context>
</TS>
