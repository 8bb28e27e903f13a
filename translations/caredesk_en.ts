<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CareDesk::AccountsCommand</name>
    <message>
        <source>The request stopped before answering.</source>
        <translation>The request stopped before answering.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <source>Unexpected argument "%1"; a token is read only from standard input (--token-stdin), never from the command line.</source>
        <translation>Unexpected argument "%1"; a token is read only from standard input (--token-stdin), never from the command line.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Missing argument.</translation>
    </message>
    <message>
        <source>Unknown accounts command; use "accounts list", "accounts add" or "accounts remove".</source>
        <translation>Unknown accounts command; use "accounts list", "accounts add" or "accounts remove".</translation>
    </message>
    <message>
        <source>Run "caredesk-cli --help" for the commands.</source>
        <translation>Run "caredesk-cli --help" for the commands.</translation>
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
        <source>"%1" is not an API address; give one like https://mastodon.example.</source>
        <translation>"%1" is not an API address; give one like https://mastodon.example.</translation>
    </message>
    <message>
        <source>CareDesk sends tokens only over https; use https://%1 (plain http is allowed only to this computer).</source>
        <translation>CareDesk sends tokens only over https; use https://%1 (plain http is allowed only to this computer).</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>An account needs --platform and --handle.</source>
        <translation>An account needs --platform and --handle.</translation>
    </message>
    <message>
        <source>Unknown platform "%1".</source>
        <translation>Unknown platform "%1".</translation>
    </message>
    <message>
        <source>CareDesk cannot connect to %1 accounts yet; it can to mastodon and telegram.</source>
        <translation>CareDesk cannot connect to %1 accounts yet; it can to mastodon and telegram.</translation>
    </message>
    <message>
        <source>A Mastodon account needs its instance: --base-url https://mastodon.example, or a handle like @name@mastodon.example.</source>
        <translation>A Mastodon account needs its instance: --base-url https://mastodon.example, or a handle like @name@mastodon.example.</translation>
    </message>
    <message>
        <source>--token-stdin read no token.</source>
        <translation>--token-stdin read no token.</translation>
    </message>
    <message>
        <source>The token read from standard input has spaces or line breaks in it; give the token alone.</source>
        <translation>The token read from standard input has spaces or line breaks in it; give the token alone.</translation>
    </message>
    <message>
        <source>Account %1 (%2 %3) is added; its token is in the system keychain.</source>
        <translation>Account %1 (%2 %3) is added; its token is in the system keychain.</translation>
    </message>
    <message>
        <source>Account %1 (%2 %3) is added without a token; it stays paused until one is stored (remove it and add it again with --token-stdin).</source>
        <translation>Account %1 (%2 %3) is added without a token; it stays paused until one is stored (remove it and add it again with --token-stdin).</translation>
    </message>
    <message>
        <source>"%1" is not an account id.</source>
        <translation>"%1" is not an account id.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its token is still in the system keychain: %2</source>
        <translation>Account %1 is removed, but its token is still in the system keychain: %2</translation>
    </message>
    <message>
        <source>Account %1 is removed; if it has cases, it stays in the workspace disabled, so their history is kept.</source>
        <translation>Account %1 is removed; if it has cases, it stays in the workspace disabled, so their history is kept.</translation>
    </message>
</context>
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
        <source>Usage: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] COMMAND
Commands:
  workspace init [--demo | --training]   create or upgrade the workspace
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
  show CASE                              a case with its thread
  search QUERY [--limit N]               messages and customers, newest first
  reply CASE --text T [--private]        queue a reply in the outbox
  outbox                                 replies waiting, sent and failed
  accounts list | add --platform P --handle H [--base-url URL] [--token-stdin] | remove ID
  sync [--account ID] [--once]           poll the accounts and deliver the outbox
  import FILE                            messages from JSON Lines (- for standard input)
  agents list | add NAME --role R [--team T] [--password-stdin]
  claim CASE                             take a case as the current agent
  assign CASE --to NAME                  give a case to an agent (supervisors)
  customers link IDENTITY --to CUSTOMER | unlink IDENTITY | suggestions CUSTOMER
  customers export CUSTOMER [--output FILE] | erase CUSTOMER --confirm
  customers settings [--order-pattern RE] [--link-window HOURS]
Exit codes: 0 success, 1 failure, 2 bad input, 3 not found, 4 conflict, 5 unavailable.</source>
        <translation>Usage: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] COMMAND
Commands:
  workspace init [--demo | --training]   create or upgrade the workspace
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
  show CASE                              a case with its thread
  search QUERY [--limit N]               messages and customers, newest first
  reply CASE --text T [--private]        queue a reply in the outbox
  outbox                                 replies waiting, sent and failed
  accounts list | add --platform P --handle H [--base-url URL] [--token-stdin] | remove ID
  sync [--account ID] [--once]           poll the accounts and deliver the outbox
  import FILE                            messages from JSON Lines (- for standard input)
  agents list | add NAME --role R [--team T] [--password-stdin]
  claim CASE                             take a case as the current agent
  assign CASE --to NAME                  give a case to an agent (supervisors)
  customers link IDENTITY --to CUSTOMER | unlink IDENTITY | suggestions CUSTOMER
  customers export CUSTOMER [--output FILE] | erase CUSTOMER --confirm
  customers settings [--order-pattern RE] [--link-window HOURS]
Exit codes: 0 success, 1 failure, 2 bad input, 3 not found, 4 conflict, 5 unavailable.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Composer</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation><numerusform>%n over the limit</numerusform><numerusform>%n over the limit</numerusform></translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Public reply</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private message</translation>
    </message>
    <message>
        <source>Reply where everyone can see it (Ctrl+Shift+P switches)</source>
        <translation>Reply where everyone can see it (Ctrl+Shift+P switches)</translation>
    </message>
    <message>
        <source>Write to the customer alone (Ctrl+Shift+P switches)</source>
        <translation>Write to the customer alone (Ctrl+Shift+P switches)</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Write a reply… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <source>Split into thread…</source>
        <translation>Split into thread…</translation>
    </message>
    <message>
        <source>Split the text at word boundaries into numbered replies that each fit</source>
        <translation>Split the text at word boundaries into numbered replies that each fit</translation>
    </message>
    <message>
        <source>Take it private</source>
        <translation>Take it private</translation>
    </message>
    <message>
        <source>Send this text as a private message and post a short public note that you wrote privately</source>
        <translation>Send this text as a private message and post a short public note that you wrote privately</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Queue the reply (Ctrl+Enter)</source>
        <translation>Queue the reply (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <source>Everyone on %1 can see this reply</source>
        <translation>Everyone on %1 can see this reply</translation>
    </message>
    <message>
        <source>Only %1 sees this message</source>
        <translation>Only %1 sees this message</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Private messages possible for %1</source>
        <translation>Private messages possible for %1</translation>
    </message>
    <message>
        <source>Private message window closed</source>
        <translation>Private message window closed</translation>
    </message>
    <message>
        <source>%1 accepts a private message up to %2 after the customer's last message.</source>
        <translation>%1 accepts a private message up to %2 after the customer's last message.</translation>
    </message>
    <message>
        <source>Select a case to reply.</source>
        <translation>Select a case to reply.</translation>
    </message>
    <message>
        <source>%1 has no private messages.</source>
        <translation>%1 has no private messages.</translation>
    </message>
    <message>
        <source>%1 accepts private messages only within %2 after the customer's last message; that window has closed.</source>
        <translation>%1 accepts private messages only within %2 after the customer's last message; that window has closed.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation><numerusform>%n left</numerusform><numerusform>%n left</numerusform></translation>
    </message>
    <message>
        <source>Public reply, visible to everyone</source>
        <translation>Public reply, visible to everyone</translation>
    </message>
    <message>
        <source>Private message to %1</source>
        <translation>Private message to %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(nothing written yet)</translation>
    </message>
    <message>
        <source>We have written to you in private messages.</source>
        <translation>We have written to you in private messages.</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>This text cannot be split at word boundaries.</source>
        <translation>This text cannot be split at word boundaries.</translation>
    </message>
    <message>
        <source>Split into a thread</source>
        <translation>Split into a thread</translation>
    </message>
    <message numerus="yes">
        <source>%n replies on %1, queued in this order:</source>
        <translation><numerusform>%n replies on %1, queued in this order:</numerusform><numerusform>%n replies on %1, queued in this order:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queue %n replies</source>
        <translation><numerusform>Queue %n replies</numerusform><numerusform>Queue %n replies</numerusform></translation>
    </message>
    <message>
        <source>Could not queue the reply: %1</source>
        <translation>Could not queue the reply: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n reply(s) were queued: %1</source>
        <translation><numerusform>Only %n reply were queued: %1</numerusform><numerusform>Only %n replys were queued: %1</numerusform></translation>
    </message>
    <message>
        <source>Could not remove the draft: %1</source>
        <translation>Could not remove the draft: %1</translation>
    </message>
    <message>
        <source>Could not save the draft: %1</source>
        <translation>Could not save the draft: %1</translation>
    </message>
    <message>
        <source>Could not read the draft: %1</source>
        <translation>Could not read the draft: %1</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>Add “%1” to dictionary</source>
        <translation>Add “%1” to dictionary</translation>
    </message>
</context>
<context>
    <name>CareDesk::Connectors</name>
    <message>
        <source>This version cannot talk to %1 accounts of kind %2 yet (account %3).</source>
        <translation>This version cannot talk to %1 accounts of kind %2 yet (account %3).</translation>
    </message>
    <message>
        <source>This program does not connect to live accounts (account %1).</source>
        <translation>This program does not connect to live accounts (account %1).</translation>
    </message>
</context>
<context>
    <name>CareDesk::CountCommand</name>
    <message>
        <source>The option --platform is required; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</source>
        <translation>The option --platform is required; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</translation>
    </message>
    <message>
        <source>Unknown platform "%1"; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</source>
        <translation>Unknown platform "%1"; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</translation>
    </message>
    <message>
        <source>Unknown surface "%1"; use public or private.</source>
        <translation>Unknown surface "%1"; use public or private.</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8.</source>
        <translation>The input is not valid UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Line %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Line %1 has no "text" string.</source>
        <translation>Line %1 has no "text" string.</translation>
    </message>
    <message>
        <source>Line %1 has an unknown surface; use public or private.</source>
        <translation>Line %1 has an unknown surface; use public or private.</translation>
    </message>
    <message>
        <source>Line %1 has a "spoiler_text" that is not a string.</source>
        <translation>Line %1 has a "spoiler_text" that is not a string.</translation>
    </message>
</context>
<context>
    <name>CareDesk::CustomersCommand</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation>The database thread stopped before answering.</translation>
    </message>
    <message>
        <source>Run "caredesk-cli --help" for the commands.</source>
        <translation>Run "caredesk-cli --help" for the commands.</translation>
    </message>
    <message>
        <source>Missing argument: the %1 id.</source>
        <translation>Missing argument: the %1 id.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a %2 id.</source>
        <translation>"%1" is not a %2 id.</translation>
    </message>
    <message>
        <source>Missing customers command; use link, unlink, suggestions, export, erase or settings.</source>
        <translation>Missing customers command; use link, unlink, suggestions, export, erase or settings.</translation>
    </message>
    <message>
        <source>Unknown customers command "%1"; use link, unlink, suggestions, export, erase or settings.</source>
        <translation>Unknown customers command "%1"; use link, unlink, suggestions, export, erase or settings.</translation>
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
        <source>Erasing a customer cannot be undone; add --confirm to erase customer %1.</source>
        <translation>Erasing a customer cannot be undone; add --confirm to erase customer %1.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CUSTOMER</translation>
    </message>
    <message>
        <source>Say which customer the identity joins: --to CUSTOMER.</source>
        <translation>Say which customer the identity joins: --to CUSTOMER.</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message numerus="yes">
        <source>Identity %1 now belongs to customer %2 (it was with customer %3; %n case(s) moved). "caredesk-cli customers unlink %1" undoes this.</source>
        <translation><numerusform>Identity %1 now belongs to customer %2 (it was with customer %3; %n case moved). "caredesk-cli customers unlink %1" undoes this.</numerusform><numerusform>Identity %1 now belongs to customer %2 (it was with customer %3; %n cases moved). "caredesk-cli customers unlink %1" undoes this.</numerusform></translation>
    </message>
    <message>
        <source>Identity %1 left customer %2 for a new customer %3 of its own.</source>
        <translation>Identity %1 left customer %2 for a new customer %3 of its own.</translation>
    </message>
    <message>
        <source>Identity %1 is back with customer %2, as before the link.</source>
        <translation>Identity %1 is back with customer %2, as before the link.</translation>
    </message>
    <message>
        <source>customers link %1 --to %2   # %3</source>
        <translation>customers link %1 --to %2   # %3</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to --output.</source>
        <translation>%1 is a folder; give a file name to --output.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Could not write %1: %2.</translation>
    </message>
    <message>
        <source>Customer %1 was exported to %2.</source>
        <translation>Customer %1 was exported to %2.</translation>
    </message>
    <message>
        <source>Customer %1 was erased: their texts and profile are gone; case statistics stay.</source>
        <translation>Customer %1 was erased: their texts and profile are gone; case statistics stay.</translation>
    </message>
    <message>
        <source>The order pattern is not a valid regular expression: %1.</source>
        <translation>The order pattern is not a valid regular expression: %1.</translation>
    </message>
    <message>
        <source>The link window is a number of hours, more than 0.</source>
        <translation>The link window is a number of hours, more than 0.</translation>
    </message>
    <message>
        <source>Order numbers: %1</source>
        <translation>Order numbers: %1</translation>
    </message>
    <message>
        <source>Cases are proposed for linking when opened within %1 hours of each other.</source>
        <translation>Cases are proposed for linking when opened within %1 hours of each other.</translation>
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
    <message>
        <source>A team needs a name.</source>
        <translation>A team needs a name.</translation>
    </message>
    <message>
        <source>Only administrators add teams.</source>
        <translation>Only administrators add teams.</translation>
    </message>
    <message>
        <source>A queue needs a name.</source>
        <translation>A queue needs a name.</translation>
    </message>
    <message>
        <source>There is a queue %1 already.</source>
        <translation>There is a queue %1 already.</translation>
    </message>
    <message>
        <source>Only administrators add queues.</source>
        <translation>Only administrators add queues.</translation>
    </message>
    <message>
        <source>Only supervisors of the queue's team change how it assigns.</source>
        <translation>Only supervisors of the queue's team change how it assigns.</translation>
    </message>
    <message>
        <source>There is no queue %1.</source>
        <translation>There is no queue %1.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>The capacity cannot be negative.</translation>
    </message>
    <message>
        <source>Only supervisors of the agent's team change their capacity.</source>
        <translation>Only supervisors of the agent's team change their capacity.</translation>
    </message>
    <message>
        <source>There is no agent %1 you may change.</source>
        <translation>There is no agent %1 you may change.</translation>
    </message>
    <message>
        <source>"%1" cannot be an agent's name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>"%1" cannot be an agent's name: use lowercase letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>Agents of a local workspace have no password; passwords belong to team workspaces on PostgreSQL.</source>
        <translation>Agents of a local workspace have no password; passwords belong to team workspaces on PostgreSQL.</translation>
    </message>
    <message>
        <source>Only administrators add agents.</source>
        <translation>Only administrators add agents.</translation>
    </message>
    <message>
        <source>There is an agent %1 already.</source>
        <translation>There is an agent %1 already.</translation>
    </message>
    <message>
        <source>The database role %1 exists and has privileges of its own; an agent needs a role of their own.</source>
        <translation>The database role %1 exists and has privileges of its own; an agent needs a role of their own.</translation>
    </message>
    <message>
        <source>The database login %1 is not a CareDesk agent; an administrator adds it with "caredesk-cli agents add %1 --role agent".</source>
        <translation>The database login %1 is not a CareDesk agent; an administrator adds it with "caredesk-cli agents add %1 --role agent".</translation>
    </message>
    <message>
        <source>There is no agent %1; add one with "caredesk-cli agents add %1 --role agent".</source>
        <translation>There is no agent %1; add one with "caredesk-cli agents add %1 --role agent".</translation>
    </message>
    <message>
        <source>The field "%1" %2.</source>
        <translation>The field "%1" %2.</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>must be text or a number</translation>
    </message>
    <message>
        <source>is missing (phone, email, chat, shop ...)</source>
        <translation>is missing (phone, email, chat, shop ...)</translation>
    </message>
    <message>
        <source>must be one short word</source>
        <translation>must be one short word</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time</source>
        <translation>must be an ISO 8601 time</translation>
    </message>
    <message>
        <source>must be "in" or "out"</source>
        <translation>must be "in" or "out"</translation>
    </message>
    <message>
        <source>A contact needs a customer: customer_ref, email or phone.</source>
        <translation>A contact needs a customer: customer_ref, email or phone.</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>is not an e-mail address</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <source>The customer %1 was erased already, on %2.</source>
        <translation>The customer %1 was erased already, on %2.</translation>
    </message>
    <message>
        <source>The customer %1 was erased.</source>
        <translation>The customer %1 was erased.</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>There is no agent %1.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>There is no identity %1.</source>
        <translation>There is no identity %1.</translation>
    </message>
    <message>
        <source>The identity %1 belongs to the customer %2 already.</source>
        <translation>The identity %1 belongs to the customer %2 already.</translation>
    </message>
    <message>
        <source>The identity %1 is not linked to a customer.</source>
        <translation>The identity %1 is not linked to a customer.</translation>
    </message>
    <message>
        <source>The previous link of identity %1 is missing.</source>
        <translation>The previous link of identity %1 is missing.</translation>
    </message>
    <message>
        <source>The identity %1 is the only one of customer %2; there is nothing to unlink it from.</source>
        <translation>The identity %1 is the only one of customer %2; there is nothing to unlink it from.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>A case cannot be linked to itself.</translation>
    </message>
    <message>
        <source>Could not run a query: the values do not fill whole rows.</source>
        <translation>Could not run a query: the values do not fill whole rows.</translation>
    </message>
    <message>
        <source>The workspace has no evidence index.</source>
        <translation>The workspace has no evidence index.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>There is no message %1.</translation>
    </message>
    <message>
        <source>Only an agent can claim a case.</source>
        <translation>Only an agent can claim a case.</translation>
    </message>
    <message>
        <source>Case %1 is already claimed by %2.</source>
        <translation>Case %1 is already claimed by %2.</translation>
    </message>
    <message>
        <source>Case %1 keeps changing hands; try again.</source>
        <translation>Case %1 keeps changing hands; try again.</translation>
    </message>
    <message>
        <source>The agent %1 is deactivated.</source>
        <translation>The agent %1 is deactivated.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators assign cases to others.</source>
        <translation>Only supervisors and administrators assign cases to others.</translation>
    </message>
    <message>
        <source>Presence needs an agent.</source>
        <translation>Presence needs an agent.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: since you opened case %1 the customer wrote %n new message(s) and %2 replied.</source>
        <translation><numerusform>Not sent: since you opened case %1 the customer wrote %n new message and %2 replied.</numerusform><numerusform>Not sent: since you opened case %1 the customer wrote %n new messages and %2 replied.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not sent: since you opened case %1 the customer wrote %n new message(s).</source>
        <translation><numerusform>Not sent: since you opened case %1 the customer wrote %n new message.</numerusform><numerusform>Not sent: since you opened case %1 the customer wrote %n new messages.</numerusform></translation>
    </message>
    <message>
        <source>Not sent: since you opened case %1 %2 replied.</source>
        <translation>Not sent: since you opened case %1 %2 replied.</translation>
    </message>
    <message>
        <source>A poll lease needs a holder.</source>
        <translation>A poll lease needs a holder.</translation>
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
    <name>CareDesk::HttpClient</name>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>The server %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>The server %1 refused the connection.</translation>
    </message>
    <message>
        <source>The server %1 cannot be found; check the address and the network.</source>
        <translation>The server %1 cannot be found; check the address and the network.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before answering.</source>
        <translation>The server %1 closed the connection before answering.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established; check the address and the system's certificates.</source>
        <translation>A secure connection to %1 could not be established; check the address and the system's certificates.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>The network is not available.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection to %1.</source>
        <translation>The proxy refused or failed the connection to %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>The connection to %1 failed (network error %2).</translation>
    </message>
    <message>
        <source>Waiting for the platform's rate limit until %1.</source>
        <translation>Waiting for the platform's rate limit until %1.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer too large to read.</source>
        <translation>The server %1 sent an answer too large to read.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ImportCommand</name>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>the field "type" must be a string</source>
        <translation>the field "type" must be a string</translation>
    </message>
    <message>
        <source>records of type "%1" are not supported yet; skipped</source>
        <translation>records of type "%1" are not supported yet; skipped</translation>
    </message>
    <message>
        <source>unknown record type "%1"</source>
        <translation>unknown record type "%1"</translation>
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation>the field "%1" is missing</translation>
    </message>
    <message>
        <source>the field "%1" must be a string</source>
        <translation>the field "%1" must be a string</translation>
    </message>
    <message>
        <source>the field "%1" is empty</source>
        <translation>the field "%1" is empty</translation>
    </message>
    <message>
        <source>unknown platform "%1"</source>
        <translation>unknown platform "%1"</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 8601 time</source>
        <translation>"%1" is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>the direction must be in or out, not "%1"</source>
        <translation>the direction must be in or out, not "%1"</translation>
    </message>
    <message>
        <source>the visibility must be public or private, not "%1"</source>
        <translation>the visibility must be public or private, not "%1"</translation>
    </message>
    <message>
        <source>the text is longer than 1 MB</source>
        <translation>the text is longer than 1 MB</translation>
    </message>
    <message>
        <source>Could not read standard input: %1.</source>
        <translation>Could not read standard input: %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Could not read %1: %2.</translation>
    </message>
    <message>
        <source>Could not read %1 to the end: %2.</source>
        <translation>Could not read %1 to the end: %2.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>Nothing in %1 could be imported.</source>
        <translation>Nothing in %1 could be imported.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the %1 account %2 cannot be created: %3</source>
        <translation>the %1 account %2 cannot be created: %3</translation>
    </message>
    <message>
        <source>Created the live %1 account %2 (id %3) for the imported messages.</source>
        <translation>Created the live %1 account %2 (id %3) for the imported messages.</translation>
    </message>
    <message>
        <source>Read %1 lines: %2 messages imported, %3 duplicates, %4 cases opened, %5 bad lines.</source>
        <translation>Read %1 lines: %2 messages imported, %3 duplicates, %4 cases opened, %5 bad lines.</translation>
    </message>
    <message>
        <source>%1 contact or customer records were skipped: not supported yet.</source>
        <translation>%1 contact or customer records were skipped: not supported yet.</translation>
    </message>
    <message>
        <source>%1 contacts and %2 customer profiles imported.</source>
        <translation>%1 contacts and %2 customer profiles imported.</translation>
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
    <name>CareDesk::JourneyModel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private message</translation>
    </message>
    <message>
        <source>Public post</source>
        <translation>Public post</translation>
    </message>
    <message>
        <source>Reply, private message</source>
        <translation>Reply, private message</translation>
    </message>
    <message>
        <source>Reply, public</source>
        <translation>Reply, public</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Sentiment %1</source>
        <translation>Sentiment %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>%1, from the customer</source>
        <translation>%1, from the customer</translation>
    </message>
    <message>
        <source>%1, to the customer</source>
        <translation>%1, to the customer</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Other channels</translation>
    </message>
    <message>
        <source>%1 · case %2 · %3</source>
        <translation>%1 · case %2 · %3</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::JourneyPanel</name>
    <message>
        <source>Erase customer</source>
        <translation>Erase customer</translation>
    </message>
    <message>
        <source>Erasing replaces every message, note, contact and profile field of %1 with "%2". Case statistics stay; nothing can bring the texts back.</source>
        <translation>Erasing replaces every message, note, contact and profile field of %1 with "%2". Case statistics stay; nothing can bring the texts back.</translation>
    </message>
    <message>
        <source>Type "%1" to confirm:</source>
        <translation>Type "%1" to confirm:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>The customer's journey appears here.</source>
        <translation>The customer's journey appears here.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identities</translation>
    </message>
    <message>
        <source>Probably the same person</source>
        <translation>Probably the same person</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Edit profile…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Could not read the journey: %1</source>
        <translation>Could not read the journey: %1</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Loading customer…</translation>
    </message>
    <message>
        <source>Could not read the customer: %1</source>
        <translation>Could not read the customer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Return this identity to customer %1, as it was before the link</source>
        <translation>Return this identity to customer %1, as it was before the link</translation>
    </message>
    <message>
        <source>Give this identity a customer of its own</source>
        <translation>Give this identity a customer of its own</translation>
    </message>
    <message>
        <source>CRM %1</source>
        <translation>CRM %1</translation>
    </message>
    <message>
        <source>Erased on request %1: texts and profile were removed; statistics stay.</source>
        <translation>Erased on request %1: texts and profile were removed; statistics stay.</translation>
    </message>
    <message>
        <source>No other open cases.</source>
        <translation>No other open cases.</translation>
    </message>
    <message>
        <source>%1 case %2</source>
        <translation>%1 case %2</translation>
    </message>
    <message>
        <source>Open elsewhere: %1</source>
        <translation>Open elsewhere: %1</translation>
    </message>
    <message>
        <source>Previous contact: %1, %2</source>
        <translation>Previous contact: %1, %2</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>No earlier contact.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the last 30 days</source>
        <translation><numerusform>%n contact in the last 30 days</numerusform><numerusform>%n contacts in the last 30 days</numerusform></translation>
    </message>
    <message>
        <source>Sentiment improving (now %1)</source>
        <translation>Sentiment improving (now %1)</translation>
    </message>
    <message>
        <source>Sentiment worsening (now %1)</source>
        <translation>Sentiment worsening (now %1)</translation>
    </message>
    <message>
        <source>Sentiment steady (%1)</source>
        <translation>Sentiment steady (%1)</translation>
    </message>
    <message>
        <source>Sentiment %1</source>
        <translation>Sentiment %1</translation>
    </message>
    <message>
        <source>Linked with %1</source>
        <translation>Linked with %1</translation>
    </message>
    <message>
        <source>%1 (now with %2)</source>
        <translation>%1 (now with %2)</translation>
    </message>
    <message>
        <source>This customer's %1 belongs with %2</source>
        <translation>This customer's %1 belongs with %2</translation>
    </message>
    <message>
        <source>Link to this customer</source>
        <translation>Link to this customer</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Link to %1</translation>
    </message>
    <message numerus="yes">
        <source>The same customer opened case %1 on %2 within %n hour(s) of this one.</source>
        <translation><numerusform>The same customer opened case %1 on %2 within %n hour of this one.</numerusform><numerusform>The same customer opened case %1 on %2 within %n hours of this one.</numerusform></translation>
    </message>
    <message>
        <source>Both mention: %1.</source>
        <translation>Both mention: %1.</translation>
    </message>
    <message>
        <source>Link the cases so one answer covers both.</source>
        <translation>Link the cases so one answer covers both.</translation>
    </message>
    <message>
        <source>Link cases</source>
        <translation>Link cases</translation>
    </message>
    <message>
        <source>Could not link: %1</source>
        <translation>Could not link: %1</translation>
    </message>
    <message>
        <source>Linked. Unlink restores both customers as they were.</source>
        <translation>Linked. Unlink restores both customers as they were.</translation>
    </message>
    <message>
        <source>Could not unlink: %1</source>
        <translation>Could not unlink: %1</translation>
    </message>
    <message>
        <source>Unlinked: the identity has a customer of its own now.</source>
        <translation>Unlinked: the identity has a customer of its own now.</translation>
    </message>
    <message>
        <source>Unlinked: the identity is back with customer %1.</source>
        <translation>Unlinked: the identity is back with customer %1.</translation>
    </message>
    <message>
        <source>same problem on two platforms</source>
        <translation>same problem on two platforms</translation>
    </message>
    <message>
        <source>Could not link the cases: %1</source>
        <translation>Could not link the cases: %1</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Customer profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM id</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Could not save the profile: %1</translation>
    </message>
    <message>
        <source>Export customer</source>
        <translation>Export customer</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>customer %1</translation>
    </message>
    <message>
        <source>Could not erase: %1</source>
        <translation>Could not erase: %1</translation>
    </message>
    <message>
        <source>The customer was erased.</source>
        <translation>The customer was erased.</translation>
    </message>
</context>
<context>
    <name>CareDesk::JourneyText</name>
    <message>
        <source>Same handle</source>
        <translation>Same handle</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM id</translation>
    </message>
    <message>
        <source>Same name and a linked case</source>
        <translation>Same name and a linked case</translation>
    </message>
    <message>
        <source>this customer's profile</source>
        <translation>this customer's profile</translation>
    </message>
    <message>
        <source>the records of %1</source>
        <translation>the records of %1</translation>
    </message>
    <message>
        <source>%1 and %2 use the same handle "%3".</source>
        <translation>%1 and %2 use the same handle "%3".</translation>
    </message>
    <message>
        <source>The e-mail address %1 is written in private messages of %2 and of %3.</source>
        <translation>The e-mail address %1 is written in private messages of %2 and of %3.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is written in a private message of %2 and is in %3.</source>
        <translation>The e-mail address %1 is written in a private message of %2 and is in %3.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is in %2 and is written in a private message of %3.</source>
        <translation>The e-mail address %1 is in %2 and is written in a private message of %3.</translation>
    </message>
    <message>
        <source>The phone number +%1 is written in private messages of %2 and of %3.</source>
        <translation>The phone number +%1 is written in private messages of %2 and of %3.</translation>
    </message>
    <message>
        <source>The phone number +%1 is written in a private message of %2 and is in %3.</source>
        <translation>The phone number +%1 is written in a private message of %2 and is in %3.</translation>
    </message>
    <message>
        <source>The phone number +%1 is in %2 and is written in a private message of %3.</source>
        <translation>The phone number +%1 is in %2 and is written in a private message of %3.</translation>
    </message>
    <message>
        <source>The order number %1 is written in private messages of %2 and of %3.</source>
        <translation>The order number %1 is written in private messages of %2 and of %3.</translation>
    </message>
    <message>
        <source>This customer and %1 have the same CRM id %2.</source>
        <translation>This customer and %1 have the same CRM id %2.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same name "%3", and cases of both are linked.</source>
        <translation>%1 and %2 have the same name "%3", and cases of both are linked.</translation>
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
    <name>CareDesk::LiveConnector</name>
    <message>
        <source>There is no access token for the %1 account %2 in the system keychain; add the account again with its token.</source>
        <translation>There is no access token for the %1 account %2 in the system keychain; add the account again with its token.</translation>
    </message>
    <message>
        <source>%1 CareDesk will try again.</source>
        <translation>%1 CareDesk will try again.</translation>
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
    <message>
        <source>Case %1 is not in the loaded part of the inbox.</source>
        <translation>Case %1 is not in the loaded part of the inbox.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::LoopbackListener</name>
    <message>
        <source>Nobody came back from the sign-in page within five minutes; start the sign-in again.</source>
        <translation>Nobody came back from the sign-in page within five minutes; start the sign-in again.</translation>
    </message>
    <message>
        <source>CareDesk expected the browser to come back from the sign-in page.</source>
        <translation>CareDesk expected the browser to come back from the sign-in page.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>There is nothing here.</translation>
    </message>
    <message>
        <source>This sign-in link is not the one CareDesk is waiting for; start the sign-in again from CareDesk.</source>
        <translation>This sign-in link is not the one CareDesk is waiting for; start the sign-in again from CareDesk.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this page.</source>
        <translation>The sign-in was not completed. You can close this page.</translation>
    </message>
    <message>
        <source>The Mastodon instance did not grant access (%1).</source>
        <translation>The Mastodon instance did not grant access (%1).</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>no code</translation>
    </message>
    <message>
        <source>CareDesk is signed in. You can close this page and return to CareDesk.</source>
        <translation>CareDesk is signed in. You can close this page and return to CareDesk.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::MastodonConnector</name>
    <message>
        <source>The Mastodon account %1 has no instance address; add it with --base-url https://your.instance.</source>
        <translation>The Mastodon account %1 has no instance address; add it with --base-url https://your.instance.</translation>
    </message>
    <message>
        <source>Mastodon accounts have no stream called "%1".</source>
        <translation>Mastodon accounts have no stream called "%1".</translation>
    </message>
    <message>
        <source>The Mastodon account %1 has no instance address.</source>
        <translation>The Mastodon account %1 has no instance address.</translation>
    </message>
    <message>
        <source>This case has no customer to write to privately.</source>
        <translation>This case has no customer to write to privately.</translation>
    </message>
    <message>
        <source>Mastodon did not tell the customer's address.</source>
        <translation>Mastodon did not tell the customer's address.</translation>
    </message>
    <message>
        <source>%1 The reply may have been posted; CareDesk sends it again with the same Idempotency-Key, which Mastodon recognises.</source>
        <translation>%1 The reply may have been posted; CareDesk sends it again with the same Idempotency-Key, which Mastodon recognises.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::MastodonOAuth</name>
    <message>
        <source>The Mastodon instance address is not valid.</source>
        <translation>The Mastodon instance address is not valid.</translation>
    </message>
    <message>
        <source>CareDesk cannot open a port on 127.0.0.1 for the sign-in to come back to.</source>
        <translation>CareDesk cannot open a port on 127.0.0.1 for the sign-in to come back to.</translation>
    </message>
    <message>
        <source>The Mastodon instance did not register CareDesk: %1</source>
        <translation>The Mastodon instance did not register CareDesk: %1</translation>
    </message>
    <message>
        <source>its answer cannot be read.</source>
        <translation>its answer cannot be read.</translation>
    </message>
    <message>
        <source>The Mastodon instance did not give CareDesk an access token: %1</source>
        <translation>The Mastodon instance did not give CareDesk an access token: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::MastodonParser</name>
    <message>
        <source>Mastodon sent an answer CareDesk cannot read (%1 at byte %2).</source>
        <translation>Mastodon sent an answer CareDesk cannot read (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Mastodon sent an answer CareDesk cannot read (a list was expected).</source>
        <translation>Mastodon sent an answer CareDesk cannot read (a list was expected).</translation>
    </message>
    <message>
        <source>Mastodon sent an answer CareDesk cannot read (an object was expected).</source>
        <translation>Mastodon sent an answer CareDesk cannot read (an object was expected).</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Content warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n attachment(s)]</source>
        <translation><numerusform>[%n attachment]</numerusform><numerusform>[%n attachments]</numerusform></translation>
    </message>
    <message>
        <source>Mastodon sent a post CareDesk cannot read (its id, author or time is missing).</source>
        <translation>Mastodon sent a post CareDesk cannot read (its id, author or time is missing).</translation>
    </message>
    <message>
        <source>Mastodon sent a thread CareDesk cannot read (ancestors and descendants are missing).</source>
        <translation>Mastodon sent a thread CareDesk cannot read (ancestors and descendants are missing).</translation>
    </message>
    <message>
        <source>Mastodon sent an answer CareDesk cannot read (no instance description).</source>
        <translation>Mastodon sent an answer CareDesk cannot read (no instance description).</translation>
    </message>
    <message>
        <source>Mastodon sent an account CareDesk cannot read (its id is missing).</source>
        <translation>Mastodon sent an account CareDesk cannot read (its id is missing).</translation>
    </message>
    <message>
        <source>Mastodon accepted the post, but its answer cannot be read.</source>
        <translation>Mastodon accepted the post, but its answer cannot be read.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Mastodon rejected the access token: it was revoked or lacks a needed permission (%1). Sign in to the account again.</source>
        <translation>Mastodon rejected the access token: it was revoked or lacks a needed permission (%1). Sign in to the account again.</translation>
    </message>
    <message>
        <source>Mastodon cannot find it: the post or account was deleted or is not visible to this account (%1).</source>
        <translation>Mastodon cannot find it: the post or account was deleted or is not visible to this account (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Mastodon's rate limit is reached; CareDesk waits %n second(s) before trying again.</source>
        <translation><numerusform>Mastodon's rate limit is reached; CareDesk waits %n second before trying again.</numerusform><numerusform>Mastodon's rate limit is reached; CareDesk waits %n seconds before trying again.</numerusform></translation>
    </message>
    <message>
        <source>The Mastodon server is unavailable (%1); CareDesk will try again.</source>
        <translation>The Mastodon server is unavailable (%1); CareDesk will try again.</translation>
    </message>
    <message>
        <source>Mastodon refused the request: %1</source>
        <translation>Mastodon refused the request: %1</translation>
    </message>
    <message>
        <source>Mastodon sent an unexpected answer (HTTP %1).</source>
        <translation>Mastodon sent an unexpected answer (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Poller</name>
    <message>
        <source>Another CareDesk program is polling this account; this one leaves it alone.</source>
        <translation>Another CareDesk program is polling this account; this one leaves it alone.</translation>
    </message>
</context>
<context>
    <name>CareDesk::SyncCommand</name>
    <message>
        <source>The request stopped before answering.</source>
        <translation>The request stopped before answering.</translation>
    </message>
    <message>
        <source>Account %1 (%2): %3</source>
        <translation>Account %1 (%2): %3</translation>
    </message>
    <message>
        <source>Account %1 (%2), %3: %4</source>
        <translation>Account %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>There is no enabled account %1.</source>
        <translation>There is no enabled account %1.</translation>
    </message>
    <message>
        <source>Reply %1 was not sent (%2): %3</source>
        <translation>Reply %1 was not sent (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Polled %n account(s): %1 new messages.</source>
        <translation><numerusform>Polled %n account: %1 new messages.</numerusform><numerusform>Polled %n accounts: %1 new messages.</numerusform></translation>
    </message>
    <message>
        <source>Sent %1 replies, %2 not sent.</source>
        <translation>Sent %1 replies, %2 not sent.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamCommands</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation>The database thread stopped before answering.</translation>
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
        <source>Too many arguments.</source>
        <translation>Too many arguments.</translation>
    </message>
    <message>
        <source>On a team workspace you act as your database login (%1); --agent names agents of a local workspace.</source>
        <translation>On a team workspace you act as your database login (%1); --agent names agents of a local workspace.</translation>
    </message>
    <message>
        <source>Unknown agents command; use "agents list" or "agents add NAME --role ROLE".</source>
        <translation>Unknown agents command; use "agents list" or "agents add NAME --role ROLE".</translation>
    </message>
    <message>
        <source>(deactivated) </source>
        <translation>(deactivated) </translation>
    </message>
    <message>
        <source>An agent needs --role agent, supervisor, trainer or admin.</source>
        <translation>An agent needs --role agent, supervisor, trainer or admin.</translation>
    </message>
    <message>
        <source>Unknown role "%1"; use agent, supervisor, trainer or admin.</source>
        <translation>Unknown role "%1"; use agent, supervisor, trainer or admin.</translation>
    </message>
    <message>
        <source>"%1" cannot be an agent's name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>"%1" cannot be an agent's name: use lowercase letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>--password-stdin read no password.</source>
        <translation>--password-stdin read no password.</translation>
    </message>
    <message>
        <source>Agent %1 (%2) is added; they log in to the team database as %1.</source>
        <translation>Agent %1 (%2) is added; they log in to the team database as %1.</translation>
    </message>
    <message>
        <source>Agent %1 (%2) is added.</source>
        <translation>Agent %1 (%2) is added.</translation>
    </message>
    <message>
        <source>"%1" is not a case id.</source>
        <translation>"%1" is not a case id.</translation>
    </message>
    <message>
        <source>Case %1 is yours now.</source>
        <translation>Case %1 is yours now.</translation>
    </message>
    <message>
        <source>Case %1 was yours already.</source>
        <translation>Case %1 was yours already.</translation>
    </message>
    <message>
        <source>Name the agent with --to NAME.</source>
        <translation>Name the agent with --to NAME.</translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2.</source>
        <translation>Case %1 is assigned to %2.</translation>
    </message>
    <message>
        <source>Case %1 was assigned to %2 already.</source>
        <translation>Case %1 was assigned to %2 already.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Telegram::TelegramConnector</name>
    <message>
        <source>Telegram bots have no stream called "%1".</source>
        <translation>Telegram bots have no stream called "%1".</translation>
    </message>
    <message>
        <source>The Telegram account %1 has an invalid Bot API address.</source>
        <translation>The Telegram account %1 has an invalid Bot API address.</translation>
    </message>
    <message>
        <source>This case has no Telegram user to write to privately.</source>
        <translation>This case has no Telegram user to write to privately.</translation>
    </message>
    <message>
        <source>This case is not a Telegram chat CareDesk can answer in.</source>
        <translation>This case is not a Telegram chat CareDesk can answer in.</translation>
    </message>
    <message>
        <source>%1 The message may have been delivered; check the chat before sending it again.</source>
        <translation>%1 The message may have been delivered; check the chat before sending it again.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Telegram::TelegramParser</name>
    <message>
        <source>Telegram sent an answer CareDesk cannot read (%1 at byte %2).</source>
        <translation>Telegram sent an answer CareDesk cannot read (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Telegram sent an answer CareDesk cannot read (no "ok" field).</source>
        <translation>Telegram sent an answer CareDesk cannot read (no "ok" field).</translation>
    </message>
    <message>
        <source>[Animation]</source>
        <translation>[Animation]</translation>
    </message>
    <message>
        <source>[Photo]</source>
        <translation>[Photo]</translation>
    </message>
    <message>
        <source>[Video]</source>
        <translation>[Video]</translation>
    </message>
    <message>
        <source>[Video message]</source>
        <translation>[Video message]</translation>
    </message>
    <message>
        <source>[Voice message]</source>
        <translation>[Voice message]</translation>
    </message>
    <message>
        <source>[Audio]</source>
        <translation>[Audio]</translation>
    </message>
    <message>
        <source>[Sticker]</source>
        <translation>[Sticker]</translation>
    </message>
    <message>
        <source>[Sticker %1]</source>
        <translation>[Sticker %1]</translation>
    </message>
    <message>
        <source>[File]</source>
        <translation>[File]</translation>
    </message>
    <message>
        <source>[File: %1]</source>
        <translation>[File: %1]</translation>
    </message>
    <message>
        <source>[Location]</source>
        <translation>[Location]</translation>
    </message>
    <message>
        <source>[Contact]</source>
        <translation>[Contact]</translation>
    </message>
    <message>
        <source>[Poll: %1]</source>
        <translation>[Poll: %1]</translation>
    </message>
    <message>
        <source>Telegram sent updates CareDesk cannot read (a list was expected).</source>
        <translation>Telegram sent updates CareDesk cannot read (a list was expected).</translation>
    </message>
    <message>
        <source>Telegram sent a bot description CareDesk cannot read (its id is missing).</source>
        <translation>Telegram sent a bot description CareDesk cannot read (its id is missing).</translation>
    </message>
    <message>
        <source>Telegram's answer to the message cannot be read; check the chat before sending it again.</source>
        <translation>Telegram's answer to the message cannot be read; check the chat before sending it again.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>Telegram's flood limit is reached; CareDesk waits %n second(s) before trying again.</source>
        <translation><numerusform>Telegram's flood limit is reached; CareDesk waits %n second before trying again.</numerusform><numerusform>Telegram's flood limit is reached; CareDesk waits %n seconds before trying again.</numerusform></translation>
    </message>
    <message>
        <source>Telegram rejected the bot token: it is wrong or was revoked in @BotFather (%1). Enter the bot's current token.</source>
        <translation>Telegram rejected the bot token: it is wrong or was revoked in @BotFather (%1). Enter the bot's current token.</translation>
    </message>
    <message>
        <source>Telegram does not let the bot write there: %1</source>
        <translation>Telegram does not let the bot write there: %1</translation>
    </message>
    <message>
        <source>Telegram sends this bot's updates to a webhook; delete the webhook so CareDesk can receive them (%1).</source>
        <translation>Telegram sends this bot's updates to a webhook; delete the webhook so CareDesk can receive them (%1).</translation>
    </message>
    <message>
        <source>Another program is receiving this bot's updates, and Telegram allows only one at a time: stop the other bot instance or CareDesk (%1).</source>
        <translation>Another program is receiving this bot's updates, and Telegram allows only one at a time: stop the other bot instance or CareDesk (%1).</translation>
    </message>
    <message>
        <source>The Telegram server is unavailable (%1); CareDesk will try again.</source>
        <translation>The Telegram server is unavailable (%1); CareDesk will try again.</translation>
    </message>
    <message>
        <source>The group became a supergroup with the id %1; replies must go there (%2).</source>
        <translation>The group became a supergroup with the id %1; replies must go there (%2).</translation>
    </message>
    <message>
        <source>Telegram refused the request: %1</source>
        <translation>Telegram refused the request: %1</translation>
    </message>
    <message>
        <source>Telegram sent an unexpected answer (%1).</source>
        <translation>Telegram sent an unexpected answer (%1).</translation>
    </message>
</context>
<context>
    <name>CareDesk::TextCounter</name>
    <message>
        <source>The text is empty.</source>
        <translation>The text is empty.</translation>
    </message>
    <message>
        <source>The text contains characters X does not accept (U+FFFE, U+FEFF or U+FFFF).</source>
        <translation>The text contains characters X does not accept (U+FFFE, U+FEFF or U+FFFF).</translation>
    </message>
    <message numerus="yes">
        <source>The text is %n character(s) over the limit.</source>
        <translation><numerusform>The text is %n character over the limit.</numerusform><numerusform>The text is %n characters over the limit.</numerusform></translation>
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
