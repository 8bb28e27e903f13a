<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CareDesk::AboutDialog</name>
    <message>
        <source>About CareDesk</source>
        <translation>About CareDesk</translation>
    </message>
    <message>
        <source>CareDesk icon</source>
        <translation>CareDesk icon</translation>
    </message>
    <message>
        <source>Version %1, commit %2, built %3</source>
        <translation>Version %1, commit %2, built %3</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A desktop workstation for social customer care: one inbox for X, Mastodon, Telegram, VK and Facebook, replies that never get lost, and a rehearsal mode for training.</source>
        <translation>A desktop workstation for social customer care: one inbox for X, Mastodon, Telegram, VK and Facebook, replies that never get lost, and a rehearsal mode for training.</translation>
    </message>
    <message>
        <source>Running on Qt %1.</source>
        <translation>Running on Qt %1.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>CareDesk is free software under the GNU General Public License, version 3 or later.

It includes or uses:
- Qt (LGPL-3.0), the Qt company and contributors;
- QtKeychain (BSD-3-Clause);
- Hunspell (MPL-1.1/GPL/LGPL) with the system&apos;s dictionaries;
- SQLite (public domain);
- the twitter-text TLD lists and conformance data (Apache-2.0), Twitter, Inc.;
- Unicode emoji sequence data (Unicode License v3).</source>
        <translation>CareDesk is free software under the GNU General Public License, version 3 or later.

It includes or uses:
- Qt (LGPL-3.0), the Qt company and contributors;
- QtKeychain (BSD-3-Clause);
- Hunspell (MPL-1.1/GPL/LGPL) with the system&apos;s dictionaries;
- SQLite (public domain);
- the twitter-text TLD lists and conformance data (Apache-2.0), Twitter, Inc.;
- Unicode emoji sequence data (Unicode License v3).</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountAdministration</name>
    <message>
        <source>&quot;%1&quot; is not an API address; give one like https://mastodon.example.</source>
        <translation>&quot;%1&quot; is not an API address; give one like https://mastodon.example.</translation>
    </message>
    <message>
        <source>CareDesk sends tokens only over https; use https://%1 (plain http is allowed only to this computer).</source>
        <translation>CareDesk sends tokens only over https; use https://%1 (plain http is allowed only to this computer).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>The token is empty.</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its token is still in the system keychain: %2</source>
        <translation>Account %1 is removed, but its token is still in the system keychain: %2</translation>
    </message>
    <message>
        <source>%1 is a built-in %2 account; it needs no sign-in.</source>
        <translation>%1 is a built-in %2 account; it needs no sign-in.</translation>
    </message>
    <message>
        <source>There is no token for %1 in the system keychain; sign in again or paste a token.</source>
        <translation>There is no token for %1 in the system keychain; sign in again or paste a token.</translation>
    </message>
    <message>
        <source>The Mastodon account %1 has no instance address.</source>
        <translation>The Mastodon account %1 has no instance address.</translation>
    </message>
    <message>
        <source>CareDesk cannot test %1 accounts yet.</source>
        <translation>CareDesk cannot test %1 accounts yet.</translation>
    </message>
    <message>
        <source>Signed in as @%1.</source>
        <translation>Signed in as @%1.</translation>
    </message>
    <message>
        <source>Signed in as the bot @%1.</source>
        <translation>Signed in as the bot @%1.</translation>
    </message>
    <message>
        <source>Signed in for the community %1.</source>
        <translation>Signed in for the community %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountHealthModel</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Built-in (%1)</source>
        <translation>Built-in (%1)</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) paused</source>
        <translation>
            <numerusform>%n account paused</numerusform>
            <numerusform>%n accounts paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) need a decision</source>
        <translation>
            <numerusform>%n reply need a decision</numerusform>
            <numerusform>%n replys need a decision</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 left, resets %3</source>
        <translation>%1 of %2 left, resets %3</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 of %2 left</translation>
    </message>
    <message>
        <source>%1 queued, %2 failed, %3 unknown</source>
        <translation>%1 queued, %2 failed, %3 unknown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Next poll</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Posts left today: %1</source>
        <translation>Posts left today: %1</translation>
    </message>
    <message>
        <source>Posts left today: %1 of %2; resets %3</source>
        <translation>Posts left today: %1 of %2; resets %3</translation>
    </message>
    <message>
        <source>Posts left today: %1 of %2</source>
        <translation>Posts left today: %1 of %2</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Daily budget</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountsCommand</name>
    <message>
        <source>The request stopped before answering.</source>
        <translation>The request stopped before answering.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; a token is read only from standard input (--token-stdin), never from the command line.</source>
        <translation>Unexpected argument &quot;%1&quot;; a token is read only from standard input (--token-stdin), never from the command line.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Missing argument.</translation>
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
        <source>Unknown platform &quot;%1&quot;.</source>
        <translation>Unknown platform &quot;%1&quot;.</translation>
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
        <source>&quot;%1&quot; is not an account id.</source>
        <translation>&quot;%1&quot; is not an account id.</translation>
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
    <message>
        <source>Unknown accounts command; use &quot;accounts list&quot;, &quot;accounts add&quot;, &quot;accounts test&quot;, &quot;accounts login&quot; or &quot;accounts remove&quot;.</source>
        <translation>Unknown accounts command; use &quot;accounts list&quot;, &quot;accounts add&quot;, &quot;accounts test&quot;, &quot;accounts login&quot; or &quot;accounts remove&quot;.</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>paused: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>Account %1 (%2): %3</source>
        <translation>Account %1 (%2): %3</translation>
    </message>
    <message>
        <source>Only Mastodon accounts sign in with the browser; give a Telegram bot&apos;s token with &quot;accounts add --token-stdin&quot;.</source>
        <translation>Only Mastodon accounts sign in with the browser; give a Telegram bot&apos;s token with &quot;accounts add --token-stdin&quot;.</translation>
    </message>
    <message>
        <source>The Mastodon account %1 has no instance address.</source>
        <translation>The Mastodon account %1 has no instance address.</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and allow CareDesk:</source>
        <translation>Open this address in a browser on this computer and allow CareDesk:</translation>
    </message>
    <message>
        <source>Signed in; the token of account %1 is in the system keychain.</source>
        <translation>Signed in; the token of account %1 is in the system keychain.</translation>
    </message>
    <message>
        <source>CareDesk cannot connect to %1 accounts yet; it connects to %2.</source>
        <translation>CareDesk cannot connect to %1 accounts yet; it connects to %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountsDesk</name>
    <message>
        <source>&amp;Accounts...</source>
        <translation>&amp;Accounts...</translation>
    </message>
    <message>
        <source>Add, test and remove the platform accounts, and see how they are doing</source>
        <translation>Add, test and remove the platform accounts, and see how they are doing</translation>
    </message>
    <message>
        <source>%1 (%2) is paused: %3</source>
        <translation>%1 (%2) is paused: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Remove...</translation>
    </message>
    <message>
        <source>New &amp;token...</source>
        <translation>New &amp;token...</translation>
    </message>
    <message>
        <source>Sign in again or paste a new token (a paused account resumes)</source>
        <translation>Sign in again or paste a new token (a paused account resumes)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Account %1 is added; its token is in the system keychain.</source>
        <translation>Account %1 is added; its token is in the system keychain.</translation>
    </message>
    <message>
        <source>The new token of %1 is in the system keychain.</source>
        <translation>The new token of %1 is in the system keychain.</translation>
    </message>
    <message>
        <source>Testing %1...</source>
        <translation>Testing %1...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be verified: %2</source>
        <translation>%1 could not be verified: %2</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? Its token is deleted from the system keychain; its cases stay in the workspace.</source>
        <translation>Remove %1 (%2)? Its token is deleted from the system keychain; its cases stay in the workspace.</translation>
    </message>
    <message>
        <source>Account %1 is removed.</source>
        <translation>Account %1 is removed.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ActionRegistry</name>
    <message>
        <source>%1 is the shortcut of %2.</source>
        <translation>%1 is the shortcut of %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Sign in with &amp;browser</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>New token for %1</source>
        <translation>New token for %1</translation>
    </message>
    <message>
        <source>&amp;Save token</source>
        <translation>&amp;Save token</translation>
    </message>
    <message>
        <source>@support@mastodon.example</source>
        <translation>@support@mastodon.example</translation>
    </message>
    <message>
        <source>@support_bot</source>
        <translation>@support_bot</translation>
    </message>
    <message>
        <source>https://mastodon.example (from the handle when empty)</source>
        <translation>https://mastodon.example (from the handle when empty)</translation>
    </message>
    <message>
        <source>https://api.telegram.org (when empty)</source>
        <translation>https://api.telegram.org (when empty)</translation>
    </message>
    <message>
        <source>Paste an access token, or sign in with the browser</source>
        <translation>Paste an access token, or sign in with the browser</translation>
    </message>
    <message>
        <source>Paste the bot token from @BotFather</source>
        <translation>Paste the bot token from @BotFather</translation>
    </message>
    <message>
        <source>Give the instance&apos;s address (Base URL) or a handle like @name@mastodon.example first.</source>
        <translation>Give the instance&apos;s address (Base URL) or a handle like @name@mastodon.example first.</translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in there and allow CareDesk.</source>
        <translation>Waiting for the browser: sign in there and allow CareDesk.</translation>
    </message>
    <message>
        <source>No browser could be started; open this address yourself: %1</source>
        <translation>No browser could be started; open this address yourself: %1</translation>
    </message>
    <message>
        <source>Signed in. Add the account to store its token in the system keychain.</source>
        <translation>Signed in. Add the account to store its token in the system keychain.</translation>
    </message>
    <message>
        <source>Paste the new token alone, or sign in with the browser.</source>
        <translation>Paste the new token alone, or sign in with the browser.</translation>
    </message>
    <message>
        <source>Give the account&apos;s handle.</source>
        <translation>Give the account&apos;s handle.</translation>
    </message>
    <message>
        <source>A Mastodon account needs its instance: a Base URL, or a handle like @name@mastodon.example.</source>
        <translation>A Mastodon account needs its instance: a Base URL, or a handle like @name@mastodon.example.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks in it; paste the token alone.</source>
        <translation>The token has spaces or line breaks in it; paste the token alone.</translation>
    </message>
    <message>
        <source>the community&apos;s short name, e.g. club_support</source>
        <translation>the community&apos;s short name, e.g. club_support</translation>
    </message>
    <message>
        <source>https://api.vk.com/method/ (when empty)</source>
        <translation>https://api.vk.com/method/ (when empty)</translation>
    </message>
    <message>
        <source>Paste the community token (community settings &gt; API usage)</source>
        <translation>Paste the community token (community settings &gt; API usage)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id of your X app (developer portal)</source>
        <translation>OAuth 2.0 client id of your X app (developer portal)</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client I&amp;D:</translation>
    </message>
    <message>
        <source>@support</source>
        <translation>@support</translation>
    </message>
    <message>
        <source>https://api.x.com (when empty)</source>
        <translation>https://api.x.com (when empty)</translation>
    </message>
    <message>
        <source>Enter the client id, then sign in with the browser</source>
        <translation>Enter the client id, then sign in with the browser</translation>
    </message>
    <message>
        <source>@brand (the Instagram business account)</source>
        <translation>@brand (the Instagram business account)</translation>
    </message>
    <message>
        <source>the page&apos;s name, e.g. Brand Support</source>
        <translation>the page&apos;s name, e.g. Brand Support</translation>
    </message>
    <message>
        <source>https://graph.facebook.com/v25.0 (when empty)</source>
        <translation>https://graph.facebook.com/v25.0 (when empty)</translation>
    </message>
    <message>
        <source>Paste the access token of the Facebook page linked to this account</source>
        <translation>Paste the access token of the Facebook page linked to this account</translation>
    </message>
    <message>
        <source>Paste the page access token (from a page admin)</source>
        <translation>Paste the page access token (from a page admin)</translation>
    </message>
    <message>
        <source>Enter the OAuth 2.0 client id of your X app first (developer portal &gt; your app &gt; Keys and tokens). Its callback URL must allow http://127.0.0.1.</source>
        <translation>Enter the OAuth 2.0 client id of your X app first (developer portal &gt; your app &gt; Keys and tokens). Its callback URL must allow http://127.0.0.1.</translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in to X there and authorize the app.</source>
        <translation>Waiting for the browser: sign in to X there and authorize the app.</translation>
    </message>
    <message>
        <source>Connected. Add the account to store its tokens in the system keychain.</source>
        <translation>Connected. Add the account to store its tokens in the system keychain.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Appearance</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
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
    <message>
        <source>Open the supervisor board at start (a wall screen).</source>
        <translation>Open the supervisor board at start (a wall screen).</translation>
    </message>
    <message>
        <source>Pause &amp;Notifications</source>
        <translation>Pause &amp;Notifications</translation>
    </message>
    <message>
        <source>Stop announcing new cases on the desktop</source>
        <translation>Stop announcing new cases on the desktop</translation>
    </message>
</context>
<context>
    <name>CareDesk::BoardAgentModel</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Handled today</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Median first response</translation>
    </message>
</context>
<context>
    <name>CareDesk::BoardAlertModel</name>
    <message>
        <source>Case #%1 (%2) breaches its SLA in %3: %4</source>
        <translation>Case #%1 (%2) breaches its SLA in %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Spike in %1: %n new case(s) this hour (usually %2 ± %3)</source>
        <translation>
            <numerusform>Spike in %1: %n new case this hour (usually %2 ± %3)</numerusform>
            <numerusform>Spike in %1: %n new cases this hour (usually %2 ± %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongly negative post from a VIP, case #%1 (sentiment %2) at %3: %4</source>
        <translation>Strongly negative post from a VIP, case #%1 (sentiment %2) at %3: %4</translation>
    </message>
    <message>
        <source>Strongly negative post from an author with %L1 followers, case #%2 (sentiment %3) at %4: %5</source>
        <translation>Strongly negative post from an author with %L1 followers, case #%2 (sentiment %3) at %4: %5</translation>
    </message>
</context>
<context>
    <name>CareDesk::BoardCaseModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
</context>
<context>
    <name>CareDesk::BoardQueueModel</name>
    <message>
        <source>Shared inbox</source>
        <translation>Shared inbox</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
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
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
    <message>
        <source>SLA today</source>
        <translation>SLA today</translation>
    </message>
    <message>
        <source>This hour</source>
        <translation>This hour</translation>
    </message>
</context>
<context>
    <name>CareDesk::CaseActions</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Claim case</source>
        <translation>Claim case</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Mark open</translation>
    </message>
    <message>
        <source>Mark pending (waiting for the customer)</source>
        <translation>Mark pending (waiting for the customer)</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Snooze…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Priority: low</source>
        <translation>Priority: low</translation>
    </message>
    <message>
        <source>Priority: normal</source>
        <translation>Priority: normal</translation>
    </message>
    <message>
        <source>Priority: high</source>
        <translation>Priority: high</translation>
    </message>
    <message>
        <source>Priority: urgent</source>
        <translation>Priority: urgent</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Tags…</translation>
    </message>
    <message>
        <source>Add internal note…</source>
        <translation>Add internal note…</translation>
    </message>
    <message>
        <source>Link to case…</source>
        <translation>Link to case…</translation>
    </message>
    <message>
        <source>Register message as a new case</source>
        <translation>Register message as a new case</translation>
    </message>
    <message>
        <source>Open message on its platform…</source>
        <translation>Open message on its platform…</translation>
    </message>
    <message>
        <source>A note for the team; it is never sent to the customer.</source>
        <translation>A note for the team; it is never sent to the customer.</translation>
    </message>
    <message>
        <source>Moves the selected customer message into a case of its own, linked to this one.</source>
        <translation>Moves the selected customer message into a case of its own, linked to this one.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>No tags</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Linked: %1</translation>
    </message>
    <message>
        <source>You claimed case %1.</source>
        <translation>You claimed case %1.</translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2.</source>
        <translation>Case %1 is assigned to %2.</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Case %1 is now %2.</translation>
    </message>
    <message>
        <source>Priority of case %1: %2.</source>
        <translation>Priority of case %1: %2.</translation>
    </message>
    <message>
        <source>Internal note added; the customer does not see it.</source>
        <translation>Internal note added; the customer does not see it.</translation>
    </message>
    <message>
        <source>Case %1 is linked to case %2.</source>
        <translation>Case %1 is linked to case %2.</translation>
    </message>
    <message>
        <source>The message is now case %1, linked to case %2.</source>
        <translation>The message is now case %1, linked to case %2.</translation>
    </message>
    <message>
        <source>This message has no web address that can be opened.</source>
        <translation>This message has no web address that can be opened.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <source>Open this message on %1?</source>
        <translation>Open this message on %1?</translation>
    </message>
    <message>
        <source>Assign case %1</source>
        <translation>Assign case %1</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n open case(s)</source>
        <translation>
            <numerusform>%1 · %n open case</numerusform>
            <numerusform>%1 · %n open cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags of case %1</source>
        <translation>Tags of case %1</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Add a tag and press Enter</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <source>Internal note on case %1</source>
        <translation>Internal note on case %1</translation>
    </message>
    <message>
        <source>Only your team sees this note; it is never sent to the customer.</source>
        <translation>Only your team sees this note; it is never sent to the customer.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Link case %1 to…</source>
        <translation>Link case %1 to…</translation>
    </message>
    <message>
        <source>A case number, or words to search for</source>
        <translation>A case number, or words to search for</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Case %1 · %2: %3</source>
        <translation>Case %1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>CareDesk::CaseNotifier</name>
    <message>
        <source>Unknown customer</source>
        <translation>Unknown customer</translation>
    </message>
    <message>
        <source>New case from %1 on %2</source>
        <translation>New case from %1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n new case</numerusform>
            <numerusform>%n new cases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>CareDesk::CaseWindow</name>
    <message>
        <source>Case %1 — CareDesk</source>
        <translation>Case %1 — CareDesk</translation>
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
        <translation>
            <numerusform>%1 · %2 · %3 · %n message</numerusform>
            <numerusform>%1 · %2 · %3 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Case %2 — CareDesk</source>
        <translation>%1 — Case %2 — CareDesk</translation>
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
    <name>CareDesk::CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>CareDesk::Cli</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation>The database thread stopped before answering.</translation>
    </message>
    <message>
        <source>Run &quot;caredesk-cli --help&quot; for the commands.</source>
        <translation>Run &quot;caredesk-cli --help&quot; for the commands.</translation>
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
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --workspace or --database, not both.</source>
        <translation>Give either --workspace or --database, not both.</translation>
    </message>
    <message>
        <source>Unknown workspace command; did you mean &quot;workspace init&quot;?</source>
        <translation>Unknown workspace command; did you mean &quot;workspace init&quot;?</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
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
        <source>Unknown status &quot;%1&quot;; use new, open, pending, snoozed, resolved or active.</source>
        <translation>Unknown status &quot;%1&quot;; use new, open, pending, snoozed, resolved or active.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;.</source>
        <translation>Unknown platform &quot;%1&quot;.</translation>
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
        <source>&quot;%1&quot; is not a case id.</source>
        <translation>&quot;%1&quot; is not a case id.</translation>
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
        <source>Reply %1 is queued in the outbox; &quot;caredesk-cli sync&quot; delivers it.</source>
        <translation>Reply %1 is queued in the outbox; &quot;caredesk-cli sync&quot; delivers it.</translation>
    </message>
    <message>
        <source>The account must be an account id.</source>
        <translation>The account must be an account id.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <source>Unknown SLA state &quot;%1&quot;; use at-risk or breached.</source>
        <translation>Unknown SLA state &quot;%1&quot;; use at-risk or breached.</translation>
    </message>
    <message>
        <source>Unknown sort &quot;%1&quot;; use newest, sla, waiting or priority.</source>
        <translation>Unknown sort &quot;%1&quot;; use newest, sla, waiting or priority.</translation>
    </message>
    <message>
        <source>Usage: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] COMMAND
Commands:
  workspace init [--demo | --training]   create or upgrade the workspace
  workspace login --database URL         keep the database password (standard input) in the keychain
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
        [--account ID] [--language L] [--tag T] [--sla at-risk|breached] [--negative]
        [--unanswered] [--unassigned] [--sort newest|sla|waiting|priority]
  show CASE                              a case with its thread
  search QUERY [--limit N]               messages and customers, newest first
  reply CASE --text T [--private]        queue a reply in the outbox
  outbox                                 replies waiting, sent and failed
  accounts list | add --platform P --handle H [--base-url URL] [--token-stdin] | remove ID
  accounts test ID | login ID            verify a token; sign in to Mastodon with the browser
  sync [--account ID] [--once]           poll the accounts and deliver the outbox
  import FILE                            messages from JSON Lines (- for standard input)
  sentiment [--jsonl]                    score standard input: {&quot;score&quot;,&quot;label&quot;} per text
  agents list | add NAME --role R [--team T] [--password-stdin]
  claim CASE                             take a case as the current agent
  assign CASE --to NAME                  give a case to an agent (supervisors)
  customers link IDENTITY --to CUSTOMER | unlink IDENTITY | suggestions CUSTOMER
  customers export CUSTOMER [--output FILE] | erase CUSTOMER --confirm
  customers settings [--order-pattern RE] [--link-window HOURS]
  stats [--from DATE] [--to DATE] [--group-by platform|account|queue|agent|language|hour] [--csv]
  scripts list | import FILE | import --default | export FILE [--format json|csv]
  training scenarios | results           shipped scenarios; kept rehearsal results
  training rehearse SCENARIO --replies FILE [--rubric FILE]  play a scenario headless
  training from-case CASE --out FILE     a resolved case as an anonymised scenario
Exit codes: 0 success, 1 failure, 2 bad input, 3 not found, 4 conflict, 5 unavailable.</source>
        <translation>Usage: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] COMMAND
Commands:
  workspace init [--demo | --training]   create or upgrade the workspace
  workspace login --database URL         keep the database password (standard input) in the keychain
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
        [--account ID] [--language L] [--tag T] [--sla at-risk|breached] [--negative]
        [--unanswered] [--unassigned] [--sort newest|sla|waiting|priority]
  show CASE                              a case with its thread
  search QUERY [--limit N]               messages and customers, newest first
  reply CASE --text T [--private]        queue a reply in the outbox
  outbox                                 replies waiting, sent and failed
  accounts list | add --platform P --handle H [--base-url URL] [--token-stdin] | remove ID
  accounts test ID | login ID            verify a token; sign in to Mastodon with the browser
  sync [--account ID] [--once]           poll the accounts and deliver the outbox
  import FILE                            messages from JSON Lines (- for standard input)
  sentiment [--jsonl]                    score standard input: {&quot;score&quot;,&quot;label&quot;} per text
  agents list | add NAME --role R [--team T] [--password-stdin]
  claim CASE                             take a case as the current agent
  assign CASE --to NAME                  give a case to an agent (supervisors)
  customers link IDENTITY --to CUSTOMER | unlink IDENTITY | suggestions CUSTOMER
  customers export CUSTOMER [--output FILE] | erase CUSTOMER --confirm
  customers settings [--order-pattern RE] [--link-window HOURS]
  stats [--from DATE] [--to DATE] [--group-by platform|account|queue|agent|language|hour] [--csv]
  scripts list | import FILE | import --default | export FILE [--format json|csv]
  training scenarios | results           shipped scenarios; kept rehearsal results
  training rehearse SCENARIO --replies FILE [--rubric FILE]  play a scenario headless
  training from-case CASE --out FILE     a resolved case as an anonymised scenario
Exit codes: 0 success, 1 failure, 2 bad input, 3 not found, 4 conflict, 5 unavailable.</translation>
    </message>
</context>
<context>
    <name>CareDesk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <source>Type an action&apos;s name…</source>
        <translation>Type an action&apos;s name…</translation>
    </message>
    <message>
        <source>Find an action</source>
        <translation>Find an action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>CareDesk::CommandPaletteModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
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
        <translation>
            <numerusform>%n over the limit</numerusform>
            <numerusform>%n over the limit</numerusform>
        </translation>
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
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
        <source>%1 accepts a private message up to %2 after the customer&apos;s last message.</source>
        <translation>%1 accepts a private message up to %2 after the customer&apos;s last message.</translation>
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
        <source>%1 accepts private messages only within %2 after the customer&apos;s last message; that window has closed.</source>
        <translation>%1 accepts private messages only within %2 after the customer&apos;s last message; that window has closed.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n replies on %1, queued in this order:</numerusform>
            <numerusform>%n replies on %1, queued in this order:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n replies</source>
        <translation>
            <numerusform>Queue %n replies</numerusform>
            <numerusform>Queue %n replies</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue the reply: %1</source>
        <translation>Could not queue the reply: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n reply(s) were queued: %1</source>
        <translation>
            <numerusform>Only %n reply were queued: %1</numerusform>
            <numerusform>Only %n replys were queued: %1</numerusform>
        </translation>
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
    <message>
        <source>Send Reply</source>
        <translation>Send Reply</translation>
    </message>
    <message>
        <source>Switch Public Reply / Private Message</source>
        <translation>Switch Public Reply / Private Message</translation>
    </message>
    <message>
        <source>Take It Private</source>
        <translation>Take It Private</translation>
    </message>
    <message>
        <source>Split into Thread…</source>
        <translation>Split into Thread…</translation>
    </message>
    <message>
        <source>Scripts Panel</source>
        <translation>Scripts Panel</translation>
    </message>
    <message>
        <source>Show the scripts: categories, search, insert at the cursor</source>
        <translation>Show the scripts: categories, search, insert at the cursor</translation>
    </message>
    <message>
        <source>Insert Script…</source>
        <translation>Insert Script…</translation>
    </message>
    <message>
        <source>Type / and a shortcut or part of a title to insert a script</source>
        <translation>Type / and a shortcut or part of a title to insert a script</translation>
    </message>
    <message numerus="yes">
        <source>Replace %1 with the real value before sending.</source>
        <translation>
            <numerusform>Replace %1 with the real value before sending.</numerusform>
            <numerusform>Replace %1 with the real value before sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the scripts: %1</source>
        <translation>Could not read the scripts: %1</translation>
    </message>
    <message>
        <source>Could not count the script&apos;s use: %1</source>
        <translation>Could not count the script&apos;s use: %1</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Reply text</translation>
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
        <source>Unknown platform &quot;%1&quot;; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</source>
        <translation>Unknown platform &quot;%1&quot;; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</translation>
    </message>
    <message>
        <source>Unknown surface &quot;%1&quot;; use public or private.</source>
        <translation>Unknown surface &quot;%1&quot;; use public or private.</translation>
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
        <source>Line %1 has no &quot;text&quot; string.</source>
        <translation>Line %1 has no &quot;text&quot; string.</translation>
    </message>
    <message>
        <source>Line %1 has an unknown surface; use public or private.</source>
        <translation>Line %1 has an unknown surface; use public or private.</translation>
    </message>
    <message>
        <source>Line %1 has a &quot;spoiler_text&quot; that is not a string.</source>
        <translation>Line %1 has a &quot;spoiler_text&quot; that is not a string.</translation>
    </message>
</context>
<context>
    <name>CareDesk::CustomersCommand</name>
    <message>
        <source>Missing argument: the %1 id.</source>
        <translation>Missing argument: the %1 id.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id.</source>
        <translation>&quot;%1&quot; is not a %2 id.</translation>
    </message>
    <message>
        <source>Missing customers command; use link, unlink, suggestions, export, erase or settings.</source>
        <translation>Missing customers command; use link, unlink, suggestions, export, erase or settings.</translation>
    </message>
    <message>
        <source>Unknown customers command &quot;%1&quot;; use link, unlink, suggestions, export, erase or settings.</source>
        <translation>Unknown customers command &quot;%1&quot;; use link, unlink, suggestions, export, erase or settings.</translation>
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
        <source>Identity %1 now belongs to customer %2 (it was with customer %3; %n case(s) moved). &quot;caredesk-cli customers unlink %1&quot; undoes this.</source>
        <translation>
            <numerusform>Identity %1 now belongs to customer %2 (it was with customer %3; %n case moved). &quot;caredesk-cli customers unlink %1&quot; undoes this.</numerusform>
            <numerusform>Identity %1 now belongs to customer %2 (it was with customer %3; %n cases moved). &quot;caredesk-cli customers unlink %1&quot; undoes this.</numerusform>
        </translation>
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
        <source>There is no workspace at %1; create one with &quot;caredesk-cli workspace init&quot;.</source>
        <translation>There is no workspace at %1; create one with &quot;caredesk-cli workspace init&quot;.</translation>
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
        <source>%1 holds no CareDesk workspace yet; create it with &quot;caredesk-cli workspace init&quot;.</source>
        <translation>%1 holds no CareDesk workspace yet; create it with &quot;caredesk-cli workspace init&quot;.</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade; run &quot;caredesk-cli workspace init&quot;.</source>
        <translation>The workspace %1 needs an upgrade; run &quot;caredesk-cli workspace init&quot;.</translation>
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
        <source>Only supervisors of the queue&apos;s team change how it assigns.</source>
        <translation>Only supervisors of the queue&apos;s team change how it assigns.</translation>
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
        <source>Only supervisors of the agent&apos;s team change their capacity.</source>
        <translation>Only supervisors of the agent&apos;s team change their capacity.</translation>
    </message>
    <message>
        <source>There is no agent %1 you may change.</source>
        <translation>There is no agent %1 you may change.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an agent&apos;s name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>&quot;%1&quot; cannot be an agent&apos;s name: use lowercase letters, digits and underscores, starting with a letter.</translation>
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
        <source>The database login %1 is not a CareDesk agent; an administrator adds it with &quot;caredesk-cli agents add %1 --role agent&quot;.</source>
        <translation>The database login %1 is not a CareDesk agent; an administrator adds it with &quot;caredesk-cli agents add %1 --role agent&quot;.</translation>
    </message>
    <message>
        <source>There is no agent %1; add one with &quot;caredesk-cli agents add %1 --role agent&quot;.</source>
        <translation>There is no agent %1; add one with &quot;caredesk-cli agents add %1 --role agent&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; %2.</source>
        <translation>The field &quot;%1&quot; %2.</translation>
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
        <source>must be &quot;in&quot; or &quot;out&quot;</source>
        <translation>must be &quot;in&quot; or &quot;out&quot;</translation>
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
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
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
        <translation>
            <numerusform>Not sent: since you opened case %1 the customer wrote %n new message and %2 replied.</numerusform>
            <numerusform>Not sent: since you opened case %1 the customer wrote %n new messages and %2 replied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: since you opened case %1 the customer wrote %n new message(s).</source>
        <translation>
            <numerusform>Not sent: since you opened case %1 the customer wrote %n new message.</numerusform>
            <numerusform>Not sent: since you opened case %1 the customer wrote %n new messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: since you opened case %1 %2 replied.</source>
        <translation>Not sent: since you opened case %1 %2 replied.</translation>
    </message>
    <message>
        <source>A poll lease needs a holder.</source>
        <translation>A poll lease needs a holder.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <source>An internal note needs some text.</source>
        <translation>An internal note needs some text.</translation>
    </message>
    <message>
        <source>An internal note is limited to %1 characters.</source>
        <translation>An internal note is limited to %1 characters.</translation>
    </message>
    <message>
        <source>Only a customer&apos;s message can become a case of its own.</source>
        <translation>Only a customer&apos;s message can become a case of its own.</translation>
    </message>
    <message>
        <source>This message is the whole of case %1 already.</source>
        <translation>This message is the whole of case %1 already.</translation>
    </message>
    <message>
        <source>This message has been registered as a case already.</source>
        <translation>This message has been registered as a case already.</translation>
    </message>
    <message>
        <source>The report&apos;s period ends before it starts.</source>
        <translation>The report&apos;s period ends before it starts.</translation>
    </message>
    <message>
        <source>A satisfaction score is a number from 1 to 5.</source>
        <translation>A satisfaction score is a number from 1 to 5.</translation>
    </message>
    <message>
        <source>A script with the key “%1” exists already.</source>
        <translation>A script with the key “%1” exists already.</translation>
    </message>
    <message>
        <source>There is no script %1.</source>
        <translation>There is no script %1.</translation>
    </message>
    <message>
        <source>Script %1 (“%2”): %3</source>
        <translation>Script %1 (“%2”): %3</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>A view needs a name.</translation>
    </message>
    <message>
        <source>You already have a view named %1.</source>
        <translation>You already have a view named %1.</translation>
    </message>
    <message>
        <source>There is no view %1.</source>
        <translation>There is no view %1.</translation>
    </message>
    <message>
        <source>Case %1 stays in the shared inbox: this login may not put cases in its account&apos;s queue.</source>
        <translation>Case %1 stays in the shared inbox: this login may not put cases in its account&apos;s queue.</translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseConfig</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL; expected postgresql://user@host[:port]/database.</source>
        <translation>&quot;%1&quot; is not a PostgreSQL URL; expected postgresql://user@host[:port]/database.</translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseLogin</name>
    <message>
        <source>The keychain stopped before answering.</source>
        <translation>The keychain stopped before answering.</translation>
    </message>
    <message>
        <source>workspace login needs --database postgresql://user@host/database.</source>
        <translation>workspace login needs --database postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The URL names no user; write postgresql://user@host/database.</source>
        <translation>The URL names no user; write postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <source>The password for %1 is in the system keychain.</source>
        <translation>The password for %1 is in the system keychain.</translation>
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
    <name>CareDesk::Facebook::FacebookConnector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is for the Facebook page %1, which has no Instagram business account linked; link one in the page&apos;s settings.</source>
        <translation>The token is for the Facebook page %1, which has no Instagram business account linked; link one in the page&apos;s settings.</translation>
    </message>
    <message>
        <source>Signed in for the Instagram account @%1 of the page %2.</source>
        <translation>Signed in for the Instagram account @%1 of the page %2.</translation>
    </message>
    <message>
        <source>Signed in for the page %1.</source>
        <translation>Signed in for the page %1.</translation>
    </message>
    <message>
        <source>Signed in for the page %1; its Instagram account @%2 can be added with the same token.</source>
        <translation>Signed in for the page %1; its Instagram account @%2 can be added with the same token.</translation>
    </message>
    <message>
        <source>The Facebook page %1 has no Instagram business account linked; link one in the page&apos;s settings.</source>
        <translation>The Facebook page %1 has no Instagram business account linked; link one in the page&apos;s settings.</translation>
    </message>
    <message>
        <source>%1 accounts have no stream called &quot;%2&quot;.</source>
        <translation>%1 accounts have no stream called &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The %1 account %2 has an invalid API address.</source>
        <translation>The %1 account %2 has an invalid API address.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n page(s) of new items arrived at once on %1; the oldest of them were not read.</source>
        <translation>
            <numerusform>More than %n page of new items arrived at once on %1; the oldest of them were not read.</numerusform>
            <numerusform>More than %n pages of new items arrived at once on %1; the oldest of them were not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>This case is not a %1 comment or conversation CareDesk can answer.</source>
        <translation>This case is not a %1 comment or conversation CareDesk can answer.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message>
        <source>The customer has not written in this conversation; %1 lets the page write only after the customer.</source>
        <translation>The customer has not written in this conversation; %1 lets the page write only after the customer.</translation>
    </message>
    <message>
        <source>The customer&apos;s last message was %1 ago, more than the 7 days %2 allows with the human agent tag; the customer must write first.</source>
        <translation>The customer&apos;s last message was %1 ago, more than the 7 days %2 allows with the human agent tag; the customer must write first.</translation>
    </message>
    <message>
        <source>This conversation names no customer to write to.</source>
        <translation>This conversation names no customer to write to.</translation>
    </message>
    <message>
        <source>%1 did not tell when the comment was written, so CareDesk cannot tell whether a private reply is still allowed.</source>
        <translation>%1 did not tell when the comment was written, so CareDesk cannot tell whether a private reply is still allowed.</translation>
    </message>
    <message>
        <source>The comment was written %1 ago; %2 allows a private reply to a comment only within 7 days.</source>
        <translation>The comment was written %1 ago; %2 allows a private reply to a comment only within 7 days.</translation>
    </message>
    <message>
        <source>Facebook answered HTTP %1 to the reply.</source>
        <translation>Facebook answered HTTP %1 to the reply.</translation>
    </message>
    <message>
        <source>%1 The reply may have been posted, and %2 offers no way to send it again safely: CareDesk did not find it in the thread. Check the thread before sending it again.</source>
        <translation>%1 The reply may have been posted, and %2 offers no way to send it again safely: CareDesk did not find it in the thread. Check the thread before sending it again.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Facebook::GraphParser</name>
    <message>
        <source>Facebook sent %1 CareDesk cannot read (%2).</source>
        <translation>Facebook sent %1 CareDesk cannot read (%2).</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>an object was expected</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list</source>
        <translation>&quot;data&quot; is not a list</translation>
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
        <source>[Sticker]</source>
        <translation>[Sticker]</translation>
    </message>
    <message>
        <source>[Audio]</source>
        <translation>[Audio]</translation>
    </message>
    <message>
        <source>[Attachment]</source>
        <translation>[Attachment]</translation>
    </message>
    <message>
        <source>Facebook is throttling this page&apos;s requests (#%1: %2); the account&apos;s queue waits until access is regained.</source>
        <translation>Facebook is throttling this page&apos;s requests (#%1: %2); the account&apos;s queue waits until access is regained.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Facebook says too many requests (%1); the account&apos;s queue waits until access is regained.</source>
        <translation>Facebook says too many requests (%1); the account&apos;s queue waits until access is regained.</translation>
    </message>
    <message>
        <source>Facebook refused the page access token (%1). The account is paused: add a new page token.</source>
        <translation>Facebook refused the page access token (%1). The account is paused: add a new page token.</translation>
    </message>
    <message>
        <source>The Facebook server is unavailable (%1); CareDesk will try again.</source>
        <translation>The Facebook server is unavailable (%1); CareDesk will try again.</translation>
    </message>
    <message>
        <source>Facebook sent an answer CareDesk cannot read; it will try again.</source>
        <translation>Facebook sent an answer CareDesk cannot read; it will try again.</translation>
    </message>
    <message>
        <source>Facebook refused the request (%1).</source>
        <translation>Facebook refused the request (%1).</translation>
    </message>
    <message>
        <source> (trace %1)</source>
        <translation> (trace %1)</translation>
    </message>
    <message>
        <source>Facebook no longer accepts the page access token (#%1: %2). The account is paused: create a new page access token and add it again.</source>
        <translation>Facebook no longer accepts the page access token (#%1: %2). The account is paused: create a new page access token and add it again.</translation>
    </message>
    <message>
        <source>Facebook refused the message: it is outside the window in which the page may write to this customer (#%1: %2).</source>
        <translation>Facebook refused the message: it is outside the window in which the page may write to this customer (#%1: %2).</translation>
    </message>
    <message>
        <source>The page access token lacks a permission Facebook requires (#%1: %2). A page admin must grant it to the app, then add the token again.%3</source>
        <translation>The page access token lacks a permission Facebook requires (#%1: %2). A page admin must grant it to the app, then add the token again.%3</translation>
    </message>
    <message>
        <source>Facebook had a temporary problem (#%1: %2); CareDesk will try again.</source>
        <translation>Facebook had a temporary problem (#%1: %2); CareDesk will try again.</translation>
    </message>
    <message>
        <source>Facebook refused the request (#%1: %2).%3</source>
        <translation>Facebook refused the request (#%1: %2).%3</translation>
    </message>
    <message>
        <source>a page</source>
        <translation>a page</translation>
    </message>
    <message>
        <source>no &quot;id&quot;</source>
        <translation>no &quot;id&quot;</translation>
    </message>
    <message>
        <source>a page feed</source>
        <translation>a page feed</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comments</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>a conversation</translation>
    </message>
    <message>
        <source>Instagram media</source>
        <translation>Instagram media</translation>
    </message>
    <message>
        <source>Instagram comments</source>
        <translation>Instagram comments</translation>
    </message>
    <message>
        <source>Facebook answered without the new comment&apos;s id; the reply may have been posted. Check the thread before sending again.</source>
        <translation>Facebook answered without the new comment&apos;s id; the reply may have been posted. Check the thread before sending again.</translation>
    </message>
    <message>
        <source>Facebook answered without the message&apos;s id; the message may have been sent. Check the conversation before sending again.</source>
        <translation>Facebook answered without the message&apos;s id; the message may have been sent. Check the conversation before sending again.</translation>
    </message>
</context>
<context>
    <name>CareDesk::FromCaseCommand</name>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation>Unknown option --%1 for this command.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>Missing argument: the case id.</source>
        <translation>Missing argument: the case id.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id.</source>
        <translation>&quot;%1&quot; is not a case id.</translation>
    </message>
    <message>
        <source>Name the scenario file with --out FILE.</source>
        <translation>Name the scenario file with --out FILE.</translation>
    </message>
    <message>
        <source>Only supervisors, trainers and administrators turn cases into training scenarios.</source>
        <translation>Only supervisors, trainers and administrators turn cases into training scenarios.</translation>
    </message>
    <message>
        <source>Case %1 is not resolved; only resolved cases become training scenarios.</source>
        <translation>Case %1 is not resolved; only resolved cases become training scenarios.</translation>
    </message>
    <message>
        <source>The scenario still holds personal data; nothing was written.</source>
        <translation>The scenario still holds personal data; nothing was written.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scenario %1 written to %2 (%n opening post(s)).</source>
        <translation>
            <numerusform>Scenario %1 written to %2 (%n opening post).</numerusform>
            <numerusform>Scenario %1 written to %2 (%n opening posts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::HeatmapWidget</name>
    <message>
        <source>Customer messages by weekday and hour</source>
        <translation>Customer messages by weekday and hour</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n message(s)</source>
        <translation>
            <numerusform>%1 %2:00–%2:59: %n message</numerusform>
            <numerusform>%1 %2:00–%2:59: %n messages</numerusform>
        </translation>
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
        <source>A secure connection to %1 could not be established; check the address and the system&apos;s certificates.</source>
        <translation>A secure connection to %1 could not be established; check the address and the system&apos;s certificates.</translation>
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
        <source>Waiting for the platform&apos;s rate limit until %1.</source>
        <translation>Waiting for the platform&apos;s rate limit until %1.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer too large to read.</source>
        <translation>The server %1 sent an answer too large to read.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ImportCommand</name>
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
    <name>CareDesk::ImportFormat</name>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>the field &quot;type&quot; must be a string</source>
        <translation>the field &quot;type&quot; must be a string</translation>
    </message>
    <message>
        <source>records of type &quot;%1&quot; are not supported yet; skipped</source>
        <translation>records of type &quot;%1&quot; are not supported yet; skipped</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;</source>
        <translation>unknown record type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>the field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a string</source>
        <translation>the field &quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>the field &quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>the field &quot;sentiment&quot; must be a whole number from -100 to 100</source>
        <translation>the field &quot;sentiment&quot; must be a whole number from -100 to 100</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>unknown platform &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>&quot;%1&quot; is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>the direction must be in or out, not &quot;%1&quot;</source>
        <translation>the direction must be in or out, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the visibility must be public or private, not &quot;%1&quot;</source>
        <translation>the visibility must be public or private, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the text is longer than 1 MB</source>
        <translation>the text is longer than 1 MB</translation>
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
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
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
        <source>Erasing replaces every message, note, contact and profile field of %1 with &quot;%2&quot;. Case statistics stay; nothing can bring the texts back.</source>
        <translation>Erasing replaces every message, note, contact and profile field of %1 with &quot;%2&quot;. Case statistics stay; nothing can bring the texts back.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Type &quot;%1&quot; to confirm:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>The customer&apos;s journey appears here.</source>
        <translation>The customer&apos;s journey appears here.</translation>
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
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n contact in the last 30 days</numerusform>
            <numerusform>%n contacts in the last 30 days</numerusform>
        </translation>
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
        <source>This customer&apos;s %1 belongs with %2</source>
        <translation>This customer&apos;s %1 belongs with %2</translation>
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
        <translation>
            <numerusform>The same customer opened case %1 on %2 within %n hour of this one.</numerusform>
            <numerusform>The same customer opened case %1 on %2 within %n hours of this one.</numerusform>
        </translation>
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
    <message>
        <source>Customer journey</source>
        <translation>Customer journey</translation>
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
        <source>this customer&apos;s profile</source>
        <translation>this customer&apos;s profile</translation>
    </message>
    <message>
        <source>the records of %1</source>
        <translation>the records of %1</translation>
    </message>
    <message>
        <source>%1 and %2 use the same handle &quot;%3&quot;.</source>
        <translation>%1 and %2 use the same handle &quot;%3&quot;.</translation>
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
        <source>%1 and %2 have the same name &quot;%3&quot;, and cases of both are linked.</source>
        <translation>%1 and %2 have the same name &quot;%3&quot;, and cases of both are linked.</translation>
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
        <translation>
            <numerusform>%n case loaded, more below</numerusform>
            <numerusform>%n cases loaded, more below</numerusform>
        </translation>
    </message>
    <message>
        <source>Live updates paused: %1</source>
        <translation>Live updates paused: %1</translation>
    </message>
    <message>
        <source>Stop and resume the demo&apos;s incoming customer messages</source>
        <translation>Stop and resume the demo&apos;s incoming customer messages</translation>
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
        <translation>
            <numerusform>%1 · %2 · %3 · %n message</numerusform>
            <numerusform>%1 · %2 · %3 · %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is not in the loaded part of the inbox.</source>
        <translation>Case %1 is not in the loaded part of the inbox.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;About CareDesk</source>
        <translation>&amp;About CareDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Open in a &amp;New Window</source>
        <translation>Open in a &amp;New Window</translation>
    </message>
    <message>
        <source>Keep the selected case in a window of its own</source>
        <translation>Keep the selected case in a window of its own</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Next case</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Previous case</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Go to the inbox</translation>
    </message>
    <message>
        <source>Go to the conversation</source>
        <translation>Go to the conversation</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>There is no search field in this window yet.</source>
        <translation>There is no search field in this window yet.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply privately</source>
        <translation>Reply privately</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Command palette…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <source>Switch between public reply and private message</source>
        <translation>Switch between public reply and private message</translation>
    </message>
    <message>
        <source>Search all messages and customer names</source>
        <translation>Search all messages and customer names</translation>
    </message>
    <message>
        <source>Views: %1</source>
        <translation>Views: %1</translation>
    </message>
    <message>
        <source>Switch to view %1</source>
        <translation>Switch to view %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
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
        <source>Mastodon accounts have no stream called &quot;%1&quot;.</source>
        <translation>Mastodon accounts have no stream called &quot;%1&quot;.</translation>
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
        <source>Mastodon did not tell the customer&apos;s address.</source>
        <translation>Mastodon did not tell the customer&apos;s address.</translation>
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
        <translation>
            <numerusform>[%n attachment]</numerusform>
            <numerusform>[%n attachments]</numerusform>
        </translation>
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
        <source>Mastodon&apos;s rate limit is reached; CareDesk waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>Mastodon&apos;s rate limit is reached; CareDesk waits %n second before trying again.</numerusform>
            <numerusform>Mastodon&apos;s rate limit is reached; CareDesk waits %n seconds before trying again.</numerusform>
        </translation>
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
    <name>CareDesk::Mastodon::MastodonStream</name>
    <message>
        <source>The Mastodon stream sent a notification that is not a JSON object.</source>
        <translation>The Mastodon stream sent a notification that is not a JSON object.</translation>
    </message>
    <message>
        <source>The Mastodon stream went silent; CareDesk polls until it reconnects.</source>
        <translation>The Mastodon stream went silent; CareDesk polls until it reconnects.</translation>
    </message>
    <message>
        <source>Mastodon refused the stream (HTTP %1); CareDesk polls instead.</source>
        <translation>Mastodon refused the stream (HTTP %1); CareDesk polls instead.</translation>
    </message>
    <message>
        <source>Mastodon&apos;s streaming is unavailable (HTTP %1); CareDesk polls instead.</source>
        <translation>Mastodon&apos;s streaming is unavailable (HTTP %1); CareDesk polls instead.</translation>
    </message>
    <message>
        <source>The Mastodon stream dropped; CareDesk polls until it reconnects.</source>
        <translation>The Mastodon stream dropped; CareDesk polls until it reconnects.</translation>
    </message>
    <message>
        <source>The Mastodon stream could not be opened (%1); CareDesk polls instead.</source>
        <translation>The Mastodon stream could not be opened (%1); CareDesk polls instead.</translation>
    </message>
</context>
<context>
    <name>CareDesk::MessageDelegate</name>
    <message numerus="yes">
        <source>[… %n more character(s) not shown]</source>
        <translation>
            <numerusform>[… %n more character not shown]</numerusform>
            <numerusform>[… %n more characters not shown]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::MetricsTables</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA attainment</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Target, min</source>
        <translation>Target, min</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Volume by day</source>
        <translation>Volume by day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Customer messages</translation>
    </message>
    <message>
        <source>Agent replies</source>
        <translation>Agent replies</translation>
    </message>
    <message>
        <source>Customer messages by weekday and hour</source>
        <translation>Customer messages by weekday and hour</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
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
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>First response times</source>
        <translation>First response times</translation>
    </message>
    <message>
        <source>Up to, min</source>
        <translation>Up to, min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>no reply</translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>Top topics</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>CareDesk::MetricsText</name>
    <message>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Customer messages</translation>
    </message>
    <message>
        <source>Agent replies</source>
        <translation>Agent replies</translation>
    </message>
    <message>
        <source>First response (from the post)</source>
        <translation>First response (from the post)</translation>
    </message>
    <message>
        <source>First response (from assignment)</source>
        <translation>First response (from assignment)</translation>
    </message>
    <message>
        <source>Routing delay</source>
        <translation>Routing delay</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Next response</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Resolution time</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <source>Answered within SLA</source>
        <translation>Answered within SLA</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>First contact resolution</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Reopen rate</translation>
    </message>
    <message>
        <source>Taken private</source>
        <translation>Taken private</translation>
    </message>
    <message>
        <source>Praise thanked</source>
        <translation>Praise thanked</translation>
    </message>
    <message>
        <source>Sentiment at entry</source>
        <translation>Sentiment at entry</translation>
    </message>
    <message>
        <source>Sentiment at exit</source>
        <translation>Sentiment at exit</translation>
    </message>
    <message>
        <source>Sentiment shift</source>
        <translation>Sentiment shift</translation>
    </message>
    <message>
        <source>Negative moved to neutral or positive</source>
        <translation>Negative moved to neutral or positive</translation>
    </message>
    <message>
        <source>CSAT surveys sent</source>
        <translation>CSAT surveys sent</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT answers</translation>
    </message>
    <message>
        <source>CSAT (survey)</source>
        <translation>CSAT (survey)</translation>
    </message>
    <message>
        <source>CSAT (predicted)</source>
        <translation>CSAT (predicted)</translation>
    </message>
    <message>
        <source>%1%2%</source>
        <translation>%1%2%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
    <name>CareDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Black and white colours with strong highlights</source>
        <translation>Black and white colours with strong highlights</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>The new language applies when CareDesk starts next time.</source>
        <translation>The new language applies when CareDesk starts next time.</translation>
    </message>
</context>
<context>
    <name>CareDesk::PresenterWindow</name>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Shipped scenarios</source>
        <translation>Shipped scenarios</translation>
    </message>
    <message>
        <source>Present a scenario shipped with CareDesk</source>
        <translation>Present a scenario shipped with CareDesk</translation>
    </message>
    <message>
        <source>Open scenario…</source>
        <translation>Open scenario…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Open a scenario file</translation>
    </message>
    <message>
        <source>Current case</source>
        <translation>Current case</translation>
    </message>
    <message>
        <source>Present the case selected in the main window</source>
        <translation>Present the case selected in the main window</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Previous message (Left)</source>
        <translation>Previous message (Left)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Next message (Space or Right)</source>
        <translation>Next message (Space or Right)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Highlight the selected text (H; Esc clears)</source>
        <translation>Highlight the selected text (H; Esc clears)</translation>
    </message>
    <message>
        <source>Show exemplary reply</source>
        <translation>Show exemplary reply</translation>
    </message>
    <message>
        <source>Show the exemplary reply (R)</source>
        <translation>Show the exemplary reply (R)</translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation>Mask personal data</translation>
    </message>
    <message>
        <source>Mask personal data on screen (M)</source>
        <translation>Mask personal data on screen (M)</translation>
    </message>
    <message>
        <source>Names, handles, order numbers, e-mails and phones are replaced on screen; nothing stored changes (M)</source>
        <translation>Names, handles, order numbers, e-mails and phones are replaced on screen; nothing stored changes (M)</translation>
    </message>
    <message>
        <source>Presented thread</source>
        <translation>Presented thread</translation>
    </message>
    <message>
        <source>Presenter composer</source>
        <translation>Presenter composer</translation>
    </message>
    <message>
        <source>Write a reply in front of the group…</source>
        <translation>Write a reply in front of the group…</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Exemplary reply</source>
        <translation>Exemplary reply</translation>
    </message>
    <message>
        <source>Presented scenario or case</source>
        <translation>Presented scenario or case</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Next message</translation>
    </message>
    <message>
        <source>Previous message</source>
        <translation>Previous message</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Highlight selection</translation>
    </message>
    <message>
        <source>Clear highlights</source>
        <translation>Clear highlights</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Scenarios (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Agent (exemplary reply)</source>
        <translation>Agent (exemplary reply)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>Message %1 of %2</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>Choose a scenario or present the current case</source>
        <translation>Choose a scenario or present the current case</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::QualityDesk</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presenter mode</translation>
    </message>
    <message>
        <source>Present a scenario or the current case at a projector: large type, one message at a time, personal data masked</source>
        <translation>Present a scenario or the current case at a projector: large type, one message at a time, personal data masked</translation>
    </message>
    <message>
        <source>Turn into &amp;training scenario…</source>
        <translation>Turn into &amp;training scenario…</translation>
    </message>
    <message>
        <source>Make an anonymised training scenario of this resolved case</source>
        <translation>Make an anonymised training scenario of this resolved case</translation>
    </message>
    <message>
        <source>Re&amp;view reply…</source>
        <translation>Re&amp;view reply…</translation>
    </message>
    <message>
        <source>Score the selected sent reply with the training rubric</source>
        <translation>Score the selected sent reply with the training rubric</translation>
    </message>
    <message>
        <source>&amp;Quality review</source>
        <translation>&amp;Quality review</translation>
    </message>
    <message>
        <source>Review scores per agent and replies worth showing in training</source>
        <translation>Review scores per agent and replies worth showing in training</translation>
    </message>
    <message>
        <source>Select a case in the main window to present it.</source>
        <translation>Select a case in the main window to present it.</translation>
    </message>
    <message>
        <source>Only resolved cases become training scenarios.</source>
        <translation>Only resolved cases become training scenarios.</translation>
    </message>
    <message>
        <source>The training scenario is saved.</source>
        <translation>The training scenario is saved.</translation>
    </message>
    <message>
        <source>This case has no sent reply to review.</source>
        <translation>This case has no sent reply to review.</translation>
    </message>
    <message>
        <source>Review saved: %1 of %2.</source>
        <translation>Review saved: %1 of %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::QualityReviewWindow</name>
    <message>
        <source>Quality review</source>
        <translation>Quality review</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Last 12 weeks</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Average score per agent and week</source>
        <translation>Average score per agent and week</translation>
    </message>
    <message>
        <source>Average score per week</source>
        <translation>Average score per week</translation>
    </message>
    <message>
        <source>Average score per week, per agent</source>
        <translation>Average score per week, per agent</translation>
    </message>
    <message>
        <source>Replies worth showing in training (double-click opens the case)</source>
        <translation>Replies worth showing in training (double-click opens the case)</translation>
    </message>
    <message>
        <source>Replies worth showing in training</source>
        <translation>Replies worth showing in training</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
</context>
<context>
    <name>CareDesk::RehearsalDialog</name>
    <message>
        <source>Start rehearsal</source>
        <translation>Start rehearsal</translation>
    </message>
    <message>
        <source>Tick one scenario, or several to practise a busy hour. The simulated customers write into the inbox; reply as you would.</source>
        <translation>Tick one scenario, or several to practise a busy hour. The simulated customers write into the inbox; reply as you would.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Opening posts</source>
        <translation>Opening posts</translation>
    </message>
    <message>
        <source>&amp;Open scenario file...</source>
        <translation>&amp;Open scenario file...</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Open scenario file</source>
        <translation>Open scenario file</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n scenario(s)</source>
        <translation>
            <numerusform>&amp;Start %n scenario</numerusform>
            <numerusform>&amp;Start %n scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::ReplyWindowLine</name>
    <message>
        <source>No messaging window: the customer must write first</source>
        <translation>No messaging window: the customer must write first</translation>
    </message>
    <message>
        <source>Instagram window: %1 left (standard 24 h)</source>
        <translation>Instagram window: %1 left (standard 24 h)</translation>
    </message>
    <message>
        <source>Messenger window: %1 left (standard 24 h)</source>
        <translation>Messenger window: %1 left (standard 24 h)</translation>
    </message>
    <message>
        <source>Human agent tag: %1 left</source>
        <translation>Human agent tag: %1 left</translation>
    </message>
    <message>
        <source>Window closed %1 ago: the customer must write first</source>
        <translation>Window closed %1 ago: the customer must write first</translation>
    </message>
    <message>
        <source>%1 accepts a page&apos;s private message within 24 hours of the customer&apos;s last message, and within 7 days with the human agent tag, which is for a person answering an enquiry.</source>
        <translation>%1 accepts a page&apos;s private message within 24 hours of the customer&apos;s last message, and within 7 days with the human agent tag, which is for a person answering an enquiry.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>CareDesk executive summary</source>
        <translation>CareDesk executive summary</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Social care: executive summary</source>
        <translation>Social care: executive summary</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 to %2 (%3)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>%1 new cases (%2 against the previous period)</source>
        <translation>%1 new cases (%2 against the previous period)</translation>
    </message>
    <message>
        <source>%1 customer messages, %2 agent replies</source>
        <translation>%1 customer messages, %2 agent replies</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>First response %1 on average (median %2); %3 after assignment</source>
        <translation>First response %1 on average (median %2); %3 after assignment</translation>
    </message>
    <message>
        <source>%1 answered within the SLA target; next response %2; resolution %3; handle time %4</source>
        <translation>%1 answered within the SLA target; next response %2; resolution %3; handle time %4</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>%1 resolved; first contact resolution %2; reopen rate %3</source>
        <translation>%1 resolved; first contact resolution %2; reopen rate %3</translation>
    </message>
    <message>
        <source>%1 cases taken private; %2 of praise thanked</source>
        <translation>%1 cases taken private; %2 of praise thanked</translation>
    </message>
    <message>
        <source>Sentiment shift</source>
        <translation>Sentiment shift</translation>
    </message>
    <message>
        <source>Entry %1, exit %2: shift %3</source>
        <translation>Entry %1, exit %2: shift %3</translation>
    </message>
    <message>
        <source>%1 of negative arrivals left neutral or positive</source>
        <translation>%1 of negative arrivals left neutral or positive</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message numerus="yes">
        <source>Survey CSAT %1 from %n answer(s)</source>
        <translation>
            <numerusform>Survey CSAT %1 from %n answer</numerusform>
            <numerusform>Survey CSAT %1 from %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey(s) sent</source>
        <translation>
            <numerusform>%n survey sent</numerusform>
            <numerusform>%n surveys sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>predicted CSAT %1 over %n resolved case(s)</source>
        <translation>
            <numerusform>predicted CSAT %1 over %n resolved case</numerusform>
            <numerusform>predicted CSAT %1 over %n resolved cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>Top topics</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New cases by day</source>
        <translation>New cases by day</translation>
    </message>
    <message>
        <source>Customer messages by weekday and hour</source>
        <translation>Customer messages by weekday and hour</translation>
    </message>
    <message>
        <source>Predicted CSAT, handle time and first contact resolution are defined in the README (Metrics).</source>
        <translation>Predicted CSAT, handle time and first contact resolution are defined in the README (Metrics).</translation>
    </message>
</context>
<context>
    <name>CareDesk::ReportsDesk</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Volume, speed, resolution, sentiment and satisfaction for a period</source>
        <translation>Volume, speed, resolution, sentiment and satisfaction for a period</translation>
    </message>
    <message>
        <source>Send CSAT &amp;survey</source>
        <translation>Send CSAT &amp;survey</translation>
    </message>
    <message>
        <source>Ask the customer how satisfied they are (best sent at resolution)</source>
        <translation>Ask the customer how satisfied they are (best sent at resolution)</translation>
    </message>
    <message>
        <source>Thank you for contacting us! How satisfied are you with our help? Reply with a number from 1 (not at all) to 5 (very satisfied).</source>
        <translation>Thank you for contacting us! How satisfied are you with our help? Reply with a number from 1 (not at all) to 5 (very satisfied).</translation>
    </message>
    <message>
        <source>Select a case to send the survey to.</source>
        <translation>Select a case to send the survey to.</translation>
    </message>
    <message>
        <source>The CSAT survey for case %1 is in the outbox.</source>
        <translation>The CSAT survey for case %1 is in the outbox.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Volume over time</source>
        <translation>Volume over time</translation>
    </message>
    <message>
        <source>Customer messages by weekday and hour</source>
        <translation>Customer messages by weekday and hour</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>First response times</source>
        <translation>First response times</translation>
    </message>
    <message>
        <source>Answered within SLA, by platform</source>
        <translation>Answered within SLA, by platform</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Sentiment at entry and exit, by platform</source>
        <translation>Sentiment at entry and exit, by platform</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Group by</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Updated %1.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>First response, median</translation>
    </message>
    <message>
        <source>Cases without a reply</source>
        <translation>Cases without a reply</translation>
    </message>
    <message>
        <source>%1 new cases · first response %2 · %3 within SLA · first contact resolution %4 · sentiment shift %5 · CSAT %6 (predicted %7)</source>
        <translation>%1 new cases · first response %2 · %3 within SLA · first contact resolution %4 · sentiment shift %5 · CSAT %6 (predicted %7)</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Customer messages</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>no reply</translation>
    </message>
    <message>
        <source>Answered within SLA, %</source>
        <translation>Answered within SLA, %</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>At entry</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>At exit</translation>
    </message>
    <message>
        <source>Sentiment at entry and exit, by platform: shift %1, %2 of negative arrivals recovered</source>
        <translation>Sentiment at entry and exit, by platform: shift %1, %2 of negative arrivals recovered</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>There is no report yet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export the executive summary</source>
        <translation>Export the executive summary</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Export every table as CSV into</source>
        <translation>Export every table as CSV into</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n table(s) in %1.</source>
        <translation>
            <numerusform>Saved %n table in %1.</numerusform>
            <numerusform>Saved %n tables in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Messages by weekday and hour</source>
        <translation>Messages by weekday and hour</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA attainment</translation>
    </message>
    <message>
        <source>SLA by platform and priority</source>
        <translation>SLA by platform and priority</translation>
    </message>
    <message>
        <source>Sentiment at entry and exit</source>
        <translation>Sentiment at entry and exit</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Break down by</translation>
    </message>
</context>
<context>
    <name>CareDesk::ReviewDialog</name>
    <message>
        <source>Review reply</source>
        <translation>Review reply</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Reply by %1</translation>
    </message>
    <message>
        <source>Reviewed reply</source>
        <translation>Reviewed reply</translation>
    </message>
    <message>
        <source>Rubric points</source>
        <translation>Rubric points</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>Does not apply: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Score for %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Reviewer&apos;s comment</translation>
    </message>
    <message>
        <source>What was good, what to do next time</source>
        <translation>What was good, what to do next time</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Worth showing in training</source>
        <translation>&amp;Worth showing in training</translation>
    </message>
    <message>
        <source>Worth showing in training</source>
        <translation>Worth showing in training</translation>
    </message>
    <message>
        <source>Total: %1 of %2 (%3%)</source>
        <translation>Total: %1 of %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 of %2 (%3%), %n point(s) overridden</source>
        <translation>
            <numerusform>Total: %1 of %2 (%3%), %n point overridden</numerusform>
            <numerusform>Total: %1 of %2 (%3%), %n points overridden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::ReviewTrendModel</name>
    <message>
        <source>(local agent)</source>
        <translation>(local agent)</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
</context>
<context>
    <name>CareDesk::Rubric</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must be a whole number between %2 and %3</source>
        <translation>%1: must be a whole number between %2 and %3</translation>
    </message>
    <message>
        <source>require_private_for_complaints: must be true or false</source>
        <translation>require_private_for_complaints: must be true or false</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>Time to first response</translation>
    </message>
    <message>
        <source>Within the platform&apos;s limit</source>
        <translation>Within the platform&apos;s limit</translation>
    </message>
    <message>
        <source>Placeholders filled</source>
        <translation>Placeholders filled</translation>
    </message>
    <message>
        <source>Script used</source>
        <translation>Script used</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <source>Taken private</source>
        <translation>Taken private</translation>
    </message>
    <message>
        <source>Concrete time or link</source>
        <translation>Concrete time or link</translation>
    </message>
    <message>
        <source>No personal data in public</source>
        <translation>No personal data in public</translation>
    </message>
    <message>
        <source>Only the first reply is timed.</source>
        <translation>Only the first reply is timed.</translation>
    </message>
    <message>
        <source>Answered in %1, within the target of %2.</source>
        <translation>Answered in %1, within the target of %2.</translation>
    </message>
    <message>
        <source>Answered in %1: over the target of %2, half the points.</source>
        <translation>Answered in %1: over the target of %2, half the points.</translation>
    </message>
    <message>
        <source>Answered in %1: more than twice the target of %2.</source>
        <translation>Answered in %1: more than twice the target of %2.</translation>
    </message>
    <message>
        <source>%1 of %2 characters allowed on %3.</source>
        <translation>%1 of %2 characters allowed on %3.</translation>
    </message>
    <message>
        <source>%1 characters: over the limit of %2 on %3.</source>
        <translation>%1 characters: over the limit of %2 on %3.</translation>
    </message>
    <message>
        <source>No placeholder was left unfilled.</source>
        <translation>No placeholder was left unfilled.</translation>
    </message>
    <message>
        <source>Left unfilled: %1.</source>
        <translation>Left unfilled: %1.</translation>
    </message>
    <message>
        <source>No script fits this case.</source>
        <translation>No script fits this case.</translation>
    </message>
    <message>
        <source>Built from the script that fits.</source>
        <translation>Built from the script that fits.</translation>
    </message>
    <message>
        <source>A script fits this case but was not used.</source>
        <translation>A script fits this case but was not used.</translation>
    </message>
    <message>
        <source>The tone scores %1 (at least %2 asked).</source>
        <translation>The tone scores %1 (at least %2 asked).</translation>
    </message>
    <message>
        <source>The tone scores %1, below the %2 asked.</source>
        <translation>The tone scores %1, below the %2 asked.</translation>
    </message>
    <message>
        <source>This case need not be taken private.</source>
        <translation>This case need not be taken private.</translation>
    </message>
    <message>
        <source>Answered in a private message.</source>
        <translation>Answered in a private message.</translation>
    </message>
    <message>
        <source>Invited the customer to a private message.</source>
        <translation>Invited the customer to a private message.</translation>
    </message>
    <message>
        <source>A complaint to take private was answered only in public.</source>
        <translation>A complaint to take private was answered only in public.</translation>
    </message>
    <message>
        <source>Gives a concrete time and a link.</source>
        <translation>Gives a concrete time and a link.</translation>
    </message>
    <message>
        <source>Gives a concrete time.</source>
        <translation>Gives a concrete time.</translation>
    </message>
    <message>
        <source>Gives a concrete link.</source>
        <translation>Gives a concrete link.</translation>
    </message>
    <message>
        <source>Sends the customer elsewhere without a concrete link.</source>
        <translation>Sends the customer elsewhere without a concrete link.</translation>
    </message>
    <message>
        <source>Gives neither a concrete time nor a link.</source>
        <translation>Gives neither a concrete time nor a link.</translation>
    </message>
    <message>
        <source>A private message may carry personal data.</source>
        <translation>A private message may carry personal data.</translation>
    </message>
    <message>
        <source>No personal data in the public reply.</source>
        <translation>No personal data in the public reply.</translation>
    </message>
    <message>
        <source>Personal data in public: %1.</source>
        <translation>Personal data in public: %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::SavedViewDialog</name>
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
        <source>Saved view</source>
        <translation>Saved view</translation>
    </message>
    <message>
        <source>e.g. Urgent on X</source>
        <translation>e.g. Urgent on X</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Assignee:</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>Any of these tags, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Only negative sentiment</source>
        <translation>Only negative sentiment</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>At risk: due within</source>
        <translation>At risk: due within</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;SLA:</source>
        <translation>&amp;SLA:</translation>
    </message>
    <message>
        <source>Has an unanswered customer message</source>
        <translation>Has an unanswered customer message</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Last activity:</translation>
    </message>
    <message>
        <source>Newest activity first</source>
        <translation>Newest activity first</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>SLA due first</translation>
    </message>
    <message>
        <source>Oldest waiting first</source>
        <translation>Oldest waiting first</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <source>Edit saved view</source>
        <translation>Edit saved view</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Give the view a name.</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorities</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScenarioFormat</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be &quot;public&quot; or &quot;private&quot;, not &quot;%1&quot;</source>
        <translation>must be &quot;public&quot; or &quot;private&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>has more than %1 entries</translation>
    </message>
    <message>
        <source>The scenario is not valid JSON (at byte %1: %2)</source>
        <translation>The scenario is not valid JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>The scenario must be a JSON object</source>
        <translation>The scenario must be a JSON object</translation>
    </message>
    <message>
        <source>version %1 is newer than this CareDesk reads (%2)</source>
        <translation>version %1 is newer than this CareDesk reads (%2)</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 100)</source>
        <translation>must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 100)</translation>
    </message>
    <message>
        <source>needs &quot;ru&quot; or &quot;en&quot;</source>
        <translation>needs &quot;ru&quot; or &quot;en&quot;</translation>
    </message>
    <message>
        <source>must be &quot;ru&quot; or &quot;en&quot;, not &quot;%1&quot;</source>
        <translation>must be &quot;ru&quot; or &quot;en&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform CareDesk knows</source>
        <translation>&quot;%1&quot; is not a platform CareDesk knows</translation>
    </message>
    <message>
        <source>needs at least one post</source>
        <translation>needs at least one post</translation>
    </message>
    <message>
        <source>needs at least one reaction rule</source>
        <translation>needs at least one reaction rule</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition (one of: %2)</source>
        <translation>&quot;%1&quot; is not a condition (one of: %2)</translation>
    </message>
    <message>
        <source>is required for ignored_for</source>
        <translation>is required for ignored_for</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome (escalate, follow_up, calm or close)</source>
        <translation>&quot;%1&quot; is not an outcome (escalate, follow_up, calm or close)</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScenarioFromCaseDialog</name>
    <message>
        <source>Turn into training scenario</source>
        <translation>Turn into training scenario</translation>
    </message>
    <message>
        <source>Names, handles, ids, e-mails and phone numbers of the customer are replaced. The agent&apos;s actual reply is the exemplary reply: edit it as you see fit.</source>
        <translation>Names, handles, ids, e-mails and phone numbers of the customer are replaced. The agent&apos;s actual reply is the exemplary reply: edit it as you see fit.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Scenario id</source>
        <translation>Scenario id</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Title in Russian</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <source>Customer&apos;s handle</source>
        <translation>Customer&apos;s handle</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Title (&amp;English):</translation>
    </message>
    <message>
        <source>Title (&amp;Russian):</source>
        <translation>Title (&amp;Russian):</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>Customer &amp;name:</translation>
    </message>
    <message>
        <source>Customer &amp;handle:</source>
        <translation>Customer &amp;handle:</translation>
    </message>
    <message>
        <source>Opening posts</source>
        <translation>Opening posts</translation>
    </message>
    <message>
        <source>Opening posts:</source>
        <translation>Opening posts:</translation>
    </message>
    <message>
        <source>Exemplary reply</source>
        <translation>Exemplary reply</translation>
    </message>
    <message>
        <source>E&amp;xemplary reply:</source>
        <translation>E&amp;xemplary reply:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Scenario JSON</source>
        <translation>Scenario JSON</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The scenario still contains the customer&apos;s personal data (%1); replace it before saving.</source>
        <translation>The scenario still contains the customer&apos;s personal data (%1); replace it before saving.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Save training scenario</source>
        <translation>Save training scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scenarios (*.json)</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScenarioLibrary</name>
    <message>
        <source>Cannot read the scenario %1: %2</source>
        <translation>Cannot read the scenario %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScreenMask</name>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>phone %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScriptFile</name>
    <message>
        <source>“%1” must be a string.</source>
        <translation>“%1” must be a string.</translation>
    </message>
    <message>
        <source>The scope “%1” is neither team nor personal.</source>
        <translation>The scope “%1” is neither team nor personal.</translation>
    </message>
    <message>
        <source>Record %1 (line %2)</source>
        <translation>Record %1 (line %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the key “%2” appears twice in the file.</source>
        <translation>%1: the key “%2” appears twice in the file.</translation>
    </message>
    <message>
        <source>The link name “%1” may hold only letters, digits, _, - and .</source>
        <translation>The link name “%1” may hold only letters, digits, _, - and .</translation>
    </message>
    <message>
        <source>The link “%1” is not an http or https address.</source>
        <translation>The link “%1” is not an http or https address.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field (write it as &quot;&quot; inside a quoted field).</source>
        <translation>Line %1: a quote inside an unquoted field (write it as &quot;&quot; inside a quoted field).</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Line %1: text after a closing quote.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Line %1: %2.</translation>
    </message>
    <message>
        <source>The file is a “%1” file, not a CareDesk script library.</source>
        <translation>The file is a “%1” file, not a CareDesk script library.</translation>
    </message>
    <message>
        <source>The script library has version %1; this CareDesk reads version 1.</source>
        <translation>The script library has version %1; this CareDesk reads version 1.</translation>
    </message>
    <message>
        <source>The file has no “scripts” list.</source>
        <translation>The file has no “scripts” list.</translation>
    </message>
    <message>
        <source>“links” must be an object of names and addresses.</source>
        <translation>“links” must be an object of names and addresses.</translation>
    </message>
    <message>
        <source>The link “%1” must be a string.</source>
        <translation>The link “%1” must be a string.</translation>
    </message>
    <message>
        <source>%1: a script must be an object.</source>
        <translation>%1: a script must be an object.</translation>
    </message>
    <message>
        <source>“variants” must be a list.</source>
        <translation>“variants” must be a list.</translation>
    </message>
    <message>
        <source>variant %1 must be an object.</source>
        <translation>variant %1 must be an object.</translation>
    </message>
    <message>
        <source>variant %1: %2</source>
        <translation>variant %1: %2</translation>
    </message>
    <message>
        <source>The CSV file is empty; it needs a header row (%1).</source>
        <translation>The CSV file is empty; it needs a header row (%1).</translation>
    </message>
    <message>
        <source>Line 1: unknown column “%1” (expected %2).</source>
        <translation>Line 1: unknown column “%1” (expected %2).</translation>
    </message>
    <message>
        <source>Line 1: the header has no “%1” column.</source>
        <translation>Line 1: the header has no “%1” column.</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3.</source>
        <translation>%1: %2 fields where the header has %3.</translation>
    </message>
    <message>
        <source>%1: the row has neither a key nor a title.</source>
        <translation>%1: the row has neither a key nor a title.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Scripts</name>
    <message>
        <source>The script has no title.</source>
        <translation>The script has no title.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>The title is longer than %n characters.</numerusform>
            <numerusform>The title is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The shortcut is longer than %n characters.</source>
        <translation>
            <numerusform>The shortcut is longer than %n characters.</numerusform>
            <numerusform>The shortcut is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shortcut “%1” may not contain spaces or slashes.</source>
        <translation>The shortcut “%1” may not contain spaces or slashes.</translation>
    </message>
    <message>
        <source>The script “%1” has no text.</source>
        <translation>The script “%1” has no text.</translation>
    </message>
    <message>
        <source>A text of the script “%1” is empty.</source>
        <translation>A text of the script “%1” is empty.</translation>
    </message>
    <message numerus="yes">
        <source>A text of the script “%1” is longer than %n characters.</source>
        <translation>
            <numerusform>A text of the script “%1” is longer than %n characters.</numerusform>
            <numerusform>A text of the script “%1” is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a platform (one of %2).</source>
        <translation>“%1” is not a platform (one of %2).</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as ru or en.</source>
        <translation>“%1” is not a language code such as ru or en.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScriptsCommand</name>
    <message>
        <source>Missing scripts command; use list, import or export.</source>
        <translation>Missing scripts command; use list, import or export.</translation>
    </message>
    <message>
        <source>Unknown scripts command &quot;%1&quot;; use list, import or export.</source>
        <translation>Unknown scripts command &quot;%1&quot;; use list, import or export.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Missing argument: the file.</source>
        <translation>Missing argument: the file.</translation>
    </message>
    <message>
        <source>Give either a file or --default, not both.</source>
        <translation>Give either a file or --default, not both.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json or csv.</source>
        <translation>Unknown format &quot;%1&quot;; use json or csv.</translation>
    </message>
    <message>
        <source>Personal scripts belong to an agent: name them with --agent NAME.</source>
        <translation>Personal scripts belong to an agent: name them with --agent NAME.</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>the default library</source>
        <translation>the default library</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its name; add --format json or --format csv.</source>
        <translation>Cannot tell the format of %1 from its name; add --format json or --format csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nothing was imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n script(s) from %1</source>
        <translation>
            <numerusform>Imported %n script from %1</numerusform>
            <numerusform>Imported %n scripts from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Cannot write to standard output.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script(s) to %1.</source>
        <translation>
            <numerusform>Exported %n script to %1.</numerusform>
            <numerusform>Exported %n scripts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::ScriptsPanel</name>
    <message>
        <source>Search scripts…</source>
        <translation>Search scripts…</translation>
    </message>
    <message>
        <source>Insert at cursor</source>
        <translation>Insert at cursor</translation>
    </message>
    <message>
        <source>Insert the script where the cursor is in the reply</source>
        <translation>Insert the script where the cursor is in the reply</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>No script matches.</source>
        <translation>No script matches.</translation>
    </message>
</context>
<context>
    <name>CareDesk::SearchField</name>
    <message>
        <source>Search messages and customers (Ctrl+F)</source>
        <translation>Search messages and customers (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search messages and customers</source>
        <translation>Search messages and customers</translation>
    </message>
</context>
<context>
    <name>CareDesk::SearchResults</name>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>No messages match “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), newest first</source>
        <translation>
            <numerusform>%n match(es), newest first</numerusform>
            <numerusform>%n match(es), newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::SentimentCommand</name>
    <message>
        <source>The input is not valid UTF-8.</source>
        <translation>The input is not valid UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Line %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Line %1 has no &quot;text&quot; string.</source>
        <translation>Line %1 has no &quot;text&quot; string.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ShowcaseModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>CareDesk::SnoozeDialog</name>
    <message>
        <source>Snooze case</source>
        <translation>Snooze case</translation>
    </message>
    <message>
        <source>In 1 hour (%1)</source>
        <translation>In 1 hour (%1)</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00 (%1)</source>
        <translation>Tomorrow at 9:00 (%1)</translation>
    </message>
    <message>
        <source>Next Monday at 9:00 (%1)</source>
        <translation>Next Monday at 9:00 (%1)</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
</context>
<context>
    <name>CareDesk::StatsCommand</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Unknown time zone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 needs a date (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>The option --%1 needs a date (YYYY-MM-DD) or an ISO 8601 time.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;.</source>
        <translation>Unknown platform &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --account needs an account id.</source>
        <translation>The option --account needs an account id.</translation>
    </message>
    <message>
        <source>The option --queue needs a queue id.</source>
        <translation>The option --queue needs a queue id.</translation>
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
        <source>Choose --json or --csv, not both.</source>
        <translation>Choose --json or --csv, not both.</translation>
    </message>
    <message>
        <source>--group-by takes one of: %1.</source>
        <translation>--group-by takes one of: %1.</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>Period: %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>CareDesk::SupervisorBoard</name>
    <message>
        <source>Supervisor board</source>
        <translation>Supervisor board</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Cases needing attention</source>
        <translation>Cases needing attention</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation>&amp;Reassign to…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Open read-only</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>Set &amp;capacity…</source>
        <translation>Set &amp;capacity…</translation>
    </message>
    <message>
        <source>&amp;Large type (wall screen)</source>
        <translation>&amp;Large type (wall screen)</translation>
    </message>
    <message>
        <source>Alert &amp;settings…</source>
        <translation>Alert &amp;settings…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Reassign case #%1</source>
        <translation>Reassign case #%1</translation>
    </message>
    <message>
        <source>Give case #%1 to:</source>
        <translation>Give case #%1 to:</translation>
    </message>
    <message>
        <source>Case #%1 (read-only)</source>
        <translation>Case #%1 (read-only)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source> (reply)</source>
        <translation> (reply)</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Capacity of %1</translation>
    </message>
    <message>
        <source>Open cases %1 takes at most:</source>
        <translation>Open cases %1 takes at most:</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Alert settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warn before a breach:</source>
        <translation>Warn before a breach:</translation>
    </message>
    <message>
        <source>A spike needs at least (cases):</source>
        <translation>A spike needs at least (cases):</translation>
    </message>
    <message>
        <source>Strongly negative at or below:</source>
        <translation>Strongly negative at or below:</translation>
    </message>
    <message>
        <source>Influential above (followers):</source>
        <translation>Influential above (followers):</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
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
        <translation>
            <numerusform>Polled %n account: %1 new messages.</numerusform>
            <numerusform>Polled %n accounts: %1 new messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 replies, %2 not sent.</source>
        <translation>Sent %1 replies, %2 not sent.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamCommands</name>
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
        <source>Unknown agents command; use &quot;agents list&quot; or &quot;agents add NAME --role ROLE&quot;.</source>
        <translation>Unknown agents command; use &quot;agents list&quot; or &quot;agents add NAME --role ROLE&quot;.</translation>
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
        <source>Unknown role &quot;%1&quot;; use agent, supervisor, trainer or admin.</source>
        <translation>Unknown role &quot;%1&quot;; use agent, supervisor, trainer or admin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an agent&apos;s name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>&quot;%1&quot; cannot be an agent&apos;s name: use lowercase letters, digits and underscores, starting with a letter.</translation>
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
        <source>&quot;%1&quot; is not a case id.</source>
        <translation>&quot;%1&quot; is not a case id.</translation>
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
    <name>CareDesk::TeamConnectDesk</name>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Connect to &amp;Team Workspace…</translation>
    </message>
    <message>
        <source>Work with your team on a shared PostgreSQL database</source>
        <translation>Work with your team on a shared PostgreSQL database</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamConnectDialog</name>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>Connect to Team Workspace</translation>
    </message>
    <message>
        <source>A care team shares one PostgreSQL database. Ask your administrator for the server, the database and your login.</source>
        <translation>A care team shares one PostgreSQL database. Ask your administrator for the server, the database and your login.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>&amp;Remember password in the keychain</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in CareDesk&apos;s settings or files.</source>
        <translation>The password is kept only in the system keychain, never in CareDesk&apos;s settings or files.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Fill in the server, the database and the user.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <source>The connection works: %1 is a CareDesk team workspace.</source>
        <translation>The connection works: %1 is a CareDesk team workspace.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connected.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamCredentials</name>
    <message>
        <source>The server %1 refused the login &quot;%2&quot;: check the user name and password.</source>
        <translation>The server %1 refused the login &quot;%2&quot;: check the user name and password.</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;; ask the administrator to create it and run &quot;caredesk-cli workspace init&quot;.</source>
        <translation>The server has no database &quot;%1&quot;; ask the administrator to create it and run &quot;caredesk-cli workspace init&quot;.</translation>
    </message>
    <message>
        <source>The server %1 port %2 cannot be reached: %3</source>
        <translation>The server %1 port %2 cannot be reached: %3</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Could not open %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamDesk</name>
    <message>
        <source>Supervisor &amp;board</source>
        <translation>Supervisor &amp;board</translation>
    </message>
    <message>
        <source>Queues, agents and alerts, live</source>
        <translation>Queues, agents and alerts, live</translation>
    </message>
    <message>
        <source>Sign &amp;out and quit</source>
        <translation>Sign &amp;out and quit</translation>
    </message>
    <message>
        <source>%1 is replying</source>
        <translation>%1 is replying</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 is viewing</translation>
    </message>
</context>
<context>
    <name>CareDesk::Telegram::TelegramConnector</name>
    <message>
        <source>Telegram bots have no stream called &quot;%1&quot;.</source>
        <translation>Telegram bots have no stream called &quot;%1&quot;.</translation>
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
        <source>Telegram sent an answer CareDesk cannot read (no &quot;ok&quot; field).</source>
        <translation>Telegram sent an answer CareDesk cannot read (no &quot;ok&quot; field).</translation>
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
        <source>Telegram&apos;s answer to the message cannot be read; check the chat before sending it again.</source>
        <translation>Telegram&apos;s answer to the message cannot be read; check the chat before sending it again.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>Telegram&apos;s flood limit is reached; CareDesk waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>Telegram&apos;s flood limit is reached; CareDesk waits %n second before trying again.</numerusform>
            <numerusform>Telegram&apos;s flood limit is reached; CareDesk waits %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram rejected the bot token: it is wrong or was revoked in @BotFather (%1). Enter the bot&apos;s current token.</source>
        <translation>Telegram rejected the bot token: it is wrong or was revoked in @BotFather (%1). Enter the bot&apos;s current token.</translation>
    </message>
    <message>
        <source>Telegram does not let the bot write there: %1</source>
        <translation>Telegram does not let the bot write there: %1</translation>
    </message>
    <message>
        <source>Telegram sends this bot&apos;s updates to a webhook; delete the webhook so CareDesk can receive them (%1).</source>
        <translation>Telegram sends this bot&apos;s updates to a webhook; delete the webhook so CareDesk can receive them (%1).</translation>
    </message>
    <message>
        <source>Another program is receiving this bot&apos;s updates, and Telegram allows only one at a time: stop the other bot instance or CareDesk (%1).</source>
        <translation>Another program is receiving this bot&apos;s updates, and Telegram allows only one at a time: stop the other bot instance or CareDesk (%1).</translation>
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
        <translation>
            <numerusform>The text is %n character over the limit.</numerusform>
            <numerusform>The text is %n characters over the limit.</numerusform>
        </translation>
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
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Attachment (%1): %2</source>
        <translation>Attachment (%1): %2</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
</context>
<context>
    <name>CareDesk::ThreadView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingBanner</name>
    <message>
        <source>Training workspace banner</source>
        <translation>Training workspace banner</translation>
    </message>
    <message>
        <source>Training workspace — nothing here reaches a real customer</source>
        <translation>Training workspace — nothing here reaches a real customer</translation>
    </message>
    <message>
        <source>Rehearsal status</source>
        <translation>Rehearsal status</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingCommand</name>
    <message>
        <source>Missing training command; use scenarios, results or rehearse.</source>
        <translation>Missing training command; use scenarios, results or rehearse.</translation>
    </message>
    <message>
        <source>Unknown training command &quot;%1&quot;; use scenarios, results or rehearse.</source>
        <translation>Unknown training command &quot;%1&quot;; use scenarios, results or rehearse.</translation>
    </message>
    <message>
        <source>Missing argument: the scenario (an id or a file).</source>
        <translation>Missing argument: the scenario (an id or a file).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the trainee&apos;s replies with --replies FILE.</source>
        <translation>Name the trainee&apos;s replies with --replies FILE.</translation>
    </message>
    <message>
        <source>No scenario &quot;%1&quot;: give a shipped scenario&apos;s id (caredesk-cli training scenarios) or a scenario file.</source>
        <translation>No scenario &quot;%1&quot;: give a shipped scenario&apos;s id (caredesk-cli training scenarios) or a scenario file.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Cannot read the replies file %1.</source>
        <translation>Cannot read the replies file %1.</translation>
    </message>
    <message>
        <source>Line %1 of the replies file is not a reply: {&quot;text&quot;, &quot;after_seconds&quot;, &quot;visibility&quot;: public|private}.</source>
        <translation>Line %1 of the replies file is not a reply: {&quot;text&quot;, &quot;after_seconds&quot;, &quot;visibility&quot;: public|private}.</translation>
    </message>
    <message>
        <source>Cannot read the rubric file %1.</source>
        <translation>Cannot read the rubric file %1.</translation>
    </message>
    <message>
        <source>%1 is not a training workspace; rehearsals run only in one (caredesk-cli workspace init --training).</source>
        <translation>%1 is not a training workspace; rehearsals run only in one (caredesk-cli workspace init --training).</translation>
    </message>
    <message>
        <source>The workspace did not answer.</source>
        <translation>The workspace did not answer.</translation>
    </message>
    <message>
        <source>The workspace has no simulator account for %1.</source>
        <translation>The workspace has no simulator account for %1.</translation>
    </message>
    <message>
        <source>The rehearsal did not finish.</source>
        <translation>The rehearsal did not finish.</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2, %3, %4)</source>
        <translation>Scenario: %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>Score: %1 of %2 (%3%), the customer: %4</source>
        <translation>Score: %1 of %2 (%3%), the customer: %4</translation>
    </message>
    <message>
        <source>Reply %1 (%2): %3</source>
        <translation>Reply %1 (%2): %3</translation>
    </message>
    <message>
        <source>Exemplary reply:</source>
        <translation>Exemplary reply:</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingDesk</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>[Training] %1</source>
        <translation>[Training] %1</translation>
    </message>
    <message>
        <source>Start &amp;rehearsal...</source>
        <translation>Start &amp;rehearsal...</translation>
    </message>
    <message>
        <source>Play one or several training scenarios in the inbox</source>
        <translation>Play one or several training scenarios in the inbox</translation>
    </message>
    <message>
        <source>&amp;End rehearsal</source>
        <translation>&amp;End rehearsal</translation>
    </message>
    <message>
        <source>End the running scenarios now and see their scores</source>
        <translation>End the running scenarios now and see their scores</translation>
    </message>
    <message>
        <source>&amp;Load training rubric...</source>
        <translation>&amp;Load training rubric...</translation>
    </message>
    <message>
        <source>Score rehearsals in this workspace with a rubric file</source>
        <translation>Score rehearsals in this workspace with a rubric file</translation>
    </message>
    <message>
        <source>Load training rubric</source>
        <translation>Load training rubric</translation>
    </message>
    <message>
        <source>Rubric files (*.json)</source>
        <translation>Rubric files (*.json)</translation>
    </message>
    <message>
        <source>Rehearsals are now scored with %1.</source>
        <translation>Rehearsals are now scored with %1.</translation>
    </message>
    <message>
        <source>Sa&amp;ve training rubric...</source>
        <translation>Sa&amp;ve training rubric...</translation>
    </message>
    <message>
        <source>Save the rubric this workspace scores with, to edit or share</source>
        <translation>Save the rubric this workspace scores with, to edit or share</translation>
    </message>
    <message>
        <source>Save training rubric</source>
        <translation>Save training rubric</translation>
    </message>
    <message>
        <source>No simulator account for %1 in this workspace.</source>
        <translation>No simulator account for %1 in this workspace.</translation>
    </message>
    <message>
        <source>No rehearsal running (Tools &gt; Start rehearsal...)</source>
        <translation>No rehearsal running (Tools &gt; Start rehearsal...)</translation>
    </message>
    <message>
        <source>%1: waiting for the first post</source>
        <translation>%1: waiting for the first post</translation>
    </message>
    <message>
        <source>%1: %2 since the opening post</source>
        <translation>%1: %2 since the opening post</translation>
    </message>
    <message numerus="yes">
        <source>Rehearsal, %n scenario(s) running: </source>
        <translation>
            <numerusform>Rehearsal, %n scenario running: </numerusform>
            <numerusform>Rehearsal, %n scenarios running: </numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;training workspace...</source>
        <translation>New &amp;training workspace...</translation>
    </message>
    <message>
        <source>Create a sealed workspace where trainees rehearse with simulated customers</source>
        <translation>Create a sealed workspace where trainees rehearse with simulated customers</translation>
    </message>
    <message>
        <source>New training workspace</source>
        <translation>New training workspace</translation>
    </message>
    <message>
        <source>CareDesk workspaces (*.caredesk)</source>
        <translation>CareDesk workspaces (*.caredesk)</translation>
    </message>
    <message>
        <source>%1 exists already; a training workspace needs a new file.</source>
        <translation>%1 exists already; a training workspace needs a new file.</translation>
    </message>
    <message>
        <source>The training workspace is ready: open it with caredesk --workspace %1</source>
        <translation>The training workspace is ready: open it with caredesk --workspace %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingResultsDialog</name>
    <message>
        <source>Rehearsal results: %1</source>
        <translation>Rehearsal results: %1</translation>
    </message>
    <message>
        <source>Score: %1 of %2 (%3%)</source>
        <translation>Score: %1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>The customer calmed down.</source>
        <translation>The customer calmed down.</translation>
    </message>
    <message>
        <source>The customer closed the conversation.</source>
        <translation>The customer closed the conversation.</translation>
    </message>
    <message>
        <source>You ended the scenario.</source>
        <translation>You ended the scenario.</translation>
    </message>
    <message>
        <source>The customer was not satisfied.</source>
        <translation>The customer was not satisfied.</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>Reply %1 (%2): %3</source>
        <translation>Reply %1 (%2): %3</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>earned</translation>
    </message>
    <message>
        <source>partly earned</source>
        <translation>partly earned</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>Rubric points</source>
        <translation>Rubric points</translation>
    </message>
    <message>
        <source>An exemplary reply:</source>
        <translation>An exemplary reply:</translation>
    </message>
    <message>
        <source>Exemplary reply</source>
        <translation>Exemplary reply</translation>
    </message>
    <message>
        <source>&amp;Export JSON...</source>
        <translation>&amp;Export JSON...</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Export result</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingScoring</name>
    <message>
        <source>No reply was sent.</source>
        <translation>No reply was sent.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrayIcon</name>
    <message>
        <source>Hide CareDesk</source>
        <translation>Hide CareDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
    <message numerus="yes">
        <source>CareDesk: %n unanswered case(s)</source>
        <translation>
            <numerusform>CareDesk: %n unanswered case</numerusform>
            <numerusform>CareDesk: %n unanswered cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Show CareDesk</source>
        <translation>Show CareDesk</translation>
    </message>
</context>
<context>
    <name>CareDesk::ViewsModel</name>
    <message>
        <source>%1: counting…</source>
        <translation>%1: counting…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SLA at risk (%n min)</source>
        <translation>
            <numerusform>SLA at risk (%n min)</numerusform>
            <numerusform>SLA at risk (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation>Negative sentiment</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
</context>
<context>
    <name>CareDesk::ViewsPanel</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>New saved view…</source>
        <translation>New saved view…</translation>
    </message>
    <message>
        <source>Build a view from filters and a sort, and keep it in this panel</source>
        <translation>Build a view from filters and a sort, and keep it in this panel</translation>
    </message>
    <message>
        <source>Edit saved view…</source>
        <translation>Edit saved view…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Delete saved view</translation>
    </message>
    <message>
        <source>Change the at-risk window…</source>
        <translation>Change the at-risk window…</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <source>Show cases whose response is due within (minutes):</source>
        <translation>Show cases whose response is due within (minutes):</translation>
    </message>
</context>
<context>
    <name>CareDesk::Vk::VkConnector</name>
    <message>
        <source>VK communities have no stream called &quot;%1&quot;.</source>
        <translation>VK communities have no stream called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The VK account %1 has an invalid API address.</source>
        <translation>The VK account %1 has an invalid API address.</translation>
    </message>
    <message>
        <source>The VK long poll server refused the request (HTTP %1); CareDesk asks for a new one.</source>
        <translation>The VK long poll server refused the request (HTTP %1); CareDesk asks for a new one.</translation>
    </message>
    <message>
        <source>This case has no VK user to write to privately.</source>
        <translation>This case has no VK user to write to privately.</translation>
    </message>
    <message>
        <source>This case is not a VK post CareDesk can comment on.</source>
        <translation>This case is not a VK post CareDesk can comment on.</translation>
    </message>
    <message>
        <source>The reply has no idempotency key, so VK could not recognise a repeat.</source>
        <translation>The reply has no idempotency key, so VK could not recognise a repeat.</translation>
    </message>
    <message>
        <source>%1 The reply may have been posted; CareDesk sends it again with the same identifier, which VK recognises.</source>
        <translation>%1 The reply may have been posted; CareDesk sends it again with the same identifier, which VK recognises.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Vk::VkParser</name>
    <message>
        <source>VK sent %1 CareDesk cannot read (%2).</source>
        <translation>VK sent %1 CareDesk cannot read (%2).</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>an object was expected</translation>
    </message>
    <message>
        <source>no &quot;response&quot; field</source>
        <translation>no &quot;response&quot; field</translation>
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
        <source>[Audio]</source>
        <translation>[Audio]</translation>
    </message>
    <message>
        <source>[Voice message]</source>
        <translation>[Voice message]</translation>
    </message>
    <message>
        <source>[File]</source>
        <translation>[File]</translation>
    </message>
    <message>
        <source>[Sticker]</source>
        <translation>[Sticker]</translation>
    </message>
    <message>
        <source>[Link]</source>
        <translation>[Link]</translation>
    </message>
    <message>
        <source>[Post]</source>
        <translation>[Post]</translation>
    </message>
    <message>
        <source>[Attachment]</source>
        <translation>[Attachment]</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>error %1: %2</translation>
    </message>
    <message>
        <source>VK says too many requests per second (%1); the account&apos;s queue waits a moment.</source>
        <translation>VK says too many requests per second (%1); the account&apos;s queue waits a moment.</translation>
    </message>
    <message>
        <source>VK&apos;s flood control stopped the community for now (%1); the account&apos;s queue waits before trying again.</source>
        <translation>VK&apos;s flood control stopped the community for now (%1); the account&apos;s queue waits before trying again.</translation>
    </message>
    <message>
        <source>VK refused the community token (%1). The account is paused: create a new token in the community&apos;s settings and add it again.</source>
        <translation>VK refused the community token (%1). The account is paused: create a new token in the community&apos;s settings and add it again.</translation>
    </message>
    <message>
        <source>VK asks for a captcha before it accepts this from the community (%1). Wait a while, or post the reply on vk.com.</source>
        <translation>VK asks for a captcha before it accepts this from the community (%1). Wait a while, or post the reply on vk.com.</translation>
    </message>
    <message>
        <source>VK asks for a captcha before it accepts this from the community (%1; captcha: %2). Wait a while, or post the reply on vk.com.</source>
        <translation>VK asks for a captcha before it accepts this from the community (%1; captcha: %2). Wait a while, or post the reply on vk.com.</translation>
    </message>
    <message>
        <source>VK had an internal error (%1); CareDesk will try again.</source>
        <translation>VK had an internal error (%1); CareDesk will try again.</translation>
    </message>
    <message>
        <source>VK denied access (%1). Check the token&apos;s rights in the community&apos;s settings.</source>
        <translation>VK denied access (%1). Check the token&apos;s rights in the community&apos;s settings.</translation>
    </message>
    <message>
        <source>The customer has not allowed messages from the community (%1).</source>
        <translation>The customer has not allowed messages from the community (%1).</translation>
    </message>
    <message>
        <source>The message is too long for VK (%1).</source>
        <translation>The message is too long for VK (%1).</translation>
    </message>
    <message>
        <source>VK refused the request (%1).</source>
        <translation>VK refused the request (%1).</translation>
    </message>
    <message>
        <source>VK&apos;s answer to the reply cannot be read; CareDesk sends it again with the same identifier, which VK recognises, so it cannot appear twice.</source>
        <translation>VK&apos;s answer to the reply cannot be read; CareDesk sends it again with the same identifier, which VK recognises, so it cannot appear twice.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>VK says too many requests (%1); the account&apos;s queue waits a moment.</source>
        <translation>VK says too many requests (%1); the account&apos;s queue waits a moment.</translation>
    </message>
    <message>
        <source>The VK server is unavailable (%1); CareDesk will try again.</source>
        <translation>The VK server is unavailable (%1); CareDesk will try again.</translation>
    </message>
    <message>
        <source>VK sent an answer CareDesk cannot read; it will try again.</source>
        <translation>VK sent an answer CareDesk cannot read; it will try again.</translation>
    </message>
    <message>
        <source>a long poll server</source>
        <translation>a long poll server</translation>
    </message>
    <message>
        <source>key, server or ts is missing</source>
        <translation>key, server or ts is missing</translation>
    </message>
    <message>
        <source>a community description</source>
        <translation>a community description</translation>
    </message>
    <message>
        <source>its id is missing</source>
        <translation>its id is missing</translation>
    </message>
    <message>
        <source>long poll events</source>
        <translation>long poll events</translation>
    </message>
    <message>
        <source>failed 1 without ts</source>
        <translation>failed 1 without ts</translation>
    </message>
    <message>
        <source>an unknown &quot;failed&quot; code</source>
        <translation>an unknown &quot;failed&quot; code</translation>
    </message>
    <message>
        <source>ts or updates is missing</source>
        <translation>ts or updates is missing</translation>
    </message>
    <message>
        <source>the community&apos;s posts</source>
        <translation>the community&apos;s posts</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>no items</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comments</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>the comment</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>the message</translation>
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
    <message>
        <source>The default script library is damaged: %1</source>
        <translation>The default script library is damaged: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::X::XConnector</name>
    <message>
        <source>The keychain entry of the X account %1 holds no access token; connect the account again.</source>
        <translation>The keychain entry of the X account %1 holds no access token; connect the account again.</translation>
    </message>
    <message>
        <source>The X account %1 is paused.</source>
        <translation>The X account %1 is paused.</translation>
    </message>
    <message>
        <source>X&apos;s access token for %1 expired and cannot be renewed (no refresh token); connect the account again.</source>
        <translation>X&apos;s access token for %1 expired and cannot be renewed (no refresh token); connect the account again.</translation>
    </message>
    <message>
        <source>X refused to renew the access token of %1 (%2); connect the account again.</source>
        <translation>X refused to renew the access token of %1 (%2); connect the account again.</translation>
    </message>
    <message>
        <source>X accounts have no stream called &quot;%1&quot;.</source>
        <translation>X accounts have no stream called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The X account %1 has an invalid API address.</source>
        <translation>The X account %1 has an invalid API address.</translation>
    </message>
    <message>
        <source>This case has no X user to write to privately.</source>
        <translation>This case has no X user to write to privately.</translation>
    </message>
    <message>
        <source>This case is not an X post CareDesk can reply to.</source>
        <translation>This case is not an X post CareDesk can reply to.</translation>
    </message>
    <message>
        <source>X answered HTTP %1.</source>
        <translation>X answered HTTP %1.</translation>
    </message>
    <message>
        <source>%1 X does not show the reply among the account&apos;s recent posts%2; it may still appear. Check on X, then send it again or cancel it.</source>
        <translation>%1 X does not show the reply among the account&apos;s recent posts%2; it may still appear. Check on X, then send it again or cancel it.</translation>
    </message>
</context>
<context>
    <name>CareDesk::X::XOAuth</name>
    <message>
        <source>X did not give CareDesk a token (HTTP %1%2).</source>
        <translation>X did not give CareDesk a token (HTTP %1%2).</translation>
    </message>
    <message>
        <source>Enter the OAuth 2.0 client id of your X app (developer portal, Keys and tokens) first.</source>
        <translation>Enter the OAuth 2.0 client id of your X app (developer portal, Keys and tokens) first.</translation>
    </message>
    <message>
        <source>The X address is not valid.</source>
        <translation>The X address is not valid.</translation>
    </message>
    <message>
        <source>CareDesk cannot open a port on 127.0.0.1 for the sign-in to come back to.</source>
        <translation>CareDesk cannot open a port on 127.0.0.1 for the sign-in to come back to.</translation>
    </message>
</context>
<context>
    <name>CareDesk::X::XParser</name>
    <message>
        <source>X sent an answer CareDesk cannot read (%1).</source>
        <translation>X sent an answer CareDesk cannot read (%1).</translation>
    </message>
    <message>
        <source>X did not say which account the token belongs to.</source>
        <translation>X did not say which account the token belongs to.</translation>
    </message>
    <message>
        <source>X did not say which account the token belongs to: %1</source>
        <translation>X did not say which account the token belongs to: %1</translation>
    </message>
    <message>
        <source>X sent mentions CareDesk cannot read (data is not a list).</source>
        <translation>X sent mentions CareDesk cannot read (data is not a list).</translation>
    </message>
    <message>
        <source>X answered with an error: %1</source>
        <translation>X answered with an error: %1</translation>
    </message>
    <message>
        <source>X sent direct messages CareDesk cannot read (data is not a list).</source>
        <translation>X sent direct messages CareDesk cannot read (data is not a list).</translation>
    </message>
    <message>
        <source>X sent a timeline CareDesk cannot read (data is not a list).</source>
        <translation>X sent a timeline CareDesk cannot read (data is not a list).</translation>
    </message>
    <message>
        <source>X accepted the post but did not say its id; CareDesk looks for it in the account&apos;s posts before anything is sent again.</source>
        <translation>X accepted the post but did not say its id; CareDesk looks for it in the account&apos;s posts before anything is sent again.</translation>
    </message>
    <message>
        <source>X accepted the direct message but did not say its id; CareDesk looks for it before anything is sent again.</source>
        <translation>X accepted the direct message but did not say its id; CareDesk looks for it before anything is sent again.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>X refused the reply as duplicate content: this account already posted the same text. Change the wording to send it again.</source>
        <translation>X refused the reply as duplicate content: this account already posted the same text. Change the wording to send it again.</translation>
    </message>
    <message>
        <source>X rejected the access token (%1). Connect the account again.</source>
        <translation>X rejected the access token (%1). Connect the account again.</translation>
    </message>
    <message numerus="yes">
        <source>The X account&apos;s 24-hour limit is used up; CareDesk waits %n minute(s) before trying again.</source>
        <translation>
            <numerusform>The X account&apos;s 24-hour limit is used up; CareDesk waits %n minute before trying again.</numerusform>
            <numerusform>The X account&apos;s 24-hour limit is used up; CareDesk waits %n minutes before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X&apos;s rate limit is reached; CareDesk waits %n minute(s) before trying again.</source>
        <translation>
            <numerusform>X&apos;s rate limit is reached; CareDesk waits %n minute before trying again.</numerusform>
            <numerusform>X&apos;s rate limit is reached; CareDesk waits %n minutes before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>X does not allow this (%1).</source>
        <translation>X does not allow this (%1).</translation>
    </message>
    <message>
        <source>X cannot find it: the post or user was deleted or is not visible (%1).</source>
        <translation>X cannot find it: the post or user was deleted or is not visible (%1).</translation>
    </message>
    <message>
        <source>X is unavailable (%1); CareDesk will try again.</source>
        <translation>X is unavailable (%1); CareDesk will try again.</translation>
    </message>
    <message>
        <source>X refused the request: %1</source>
        <translation>X refused the request: %1</translation>
    </message>
    <message>
        <source>X sent an unexpected answer (HTTP %1).</source>
        <translation>X sent an unexpected answer (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>A newer search replaced this one.</source>
        <translation>A newer search replaced this one.</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Message %1 does not exist.</source>
        <translation>Message %1 does not exist.</translation>
    </message>
    <message>
        <source>Only a sent reply can be reviewed.</source>
        <translation>Only a sent reply can be reviewed.</translation>
    </message>
    <message>
        <source>The review was not stored.</source>
        <translation>The review was not stored.</translation>
    </message>
</context>
</TS>
