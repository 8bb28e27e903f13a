<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CareDesk::AboutDialog</name>
    <message>
        <source>About CareDesk</source>
        <translation>О CareDesk</translation>
    </message>
    <message>
        <source>CareDesk icon</source>
        <translation>Значок CareDesk</translation>
    </message>
    <message>
        <source>Version %1, commit %2, built %3</source>
        <translation>Версия %1, коммит %2, сборка %3</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>A desktop workstation for social customer care: one inbox for X, Mastodon, Telegram, VK and Facebook, replies that never get lost, and a rehearsal mode for training.</source>
        <translation>Рабочее место для обслуживания клиентов в соцсетях: единые входящие для X, Mastodon, Telegram, VK и Facebook, ответы, которые никогда не теряются, и режим тренировки для обучения.</translation>
    </message>
    <message>
        <source>Running on Qt %1.</source>
        <translation>Работает на Qt %1.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
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
        <translation>CareDesk — свободное программное обеспечение, распространяемое на условиях GNU General Public License версии 3 или более поздней.

В нём используются:
- Qt (LGPL-3.0), компания Qt и участники проекта;
- QtKeychain (BSD-3-Clause);
- Hunspell (MPL-1.1/GPL/LGPL) со словарями системы;
- SQLite (общественное достояние);
- списки TLD и данные для проверки соответствия twitter-text (Apache-2.0), Twitter, Inc.;
- данные о последовательностях эмодзи Unicode (Unicode License v3).</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountAdministration</name>
    <message>
        <source>&quot;%1&quot; is not an API address; give one like https://mastodon.example.</source>
        <translation>«%1» — не адрес API; укажите адрес вида https://mastodon.example.</translation>
    </message>
    <message>
        <source>CareDesk sends tokens only over https; use https://%1 (plain http is allowed only to this computer).</source>
        <translation>CareDesk передаёт токены только по https; используйте https://%1 (обычный http разрешён только для этого компьютера).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Токен пуст.</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its token is still in the system keychain: %2</source>
        <translation>Аккаунт %1 удалён, но его токен остался в системной связке ключей: %2</translation>
    </message>
    <message>
        <source>%1 is a built-in %2 account; it needs no sign-in.</source>
        <translation>%1 — встроенный аккаунт %2; вход для него не нужен.</translation>
    </message>
    <message>
        <source>There is no token for %1 in the system keychain; sign in again or paste a token.</source>
        <translation>В системной связке ключей нет токена для %1; войдите снова или вставьте токен.</translation>
    </message>
    <message>
        <source>The Mastodon account %1 has no instance address.</source>
        <translation>У аккаунта Mastodon %1 нет адреса сервера.</translation>
    </message>
    <message>
        <source>CareDesk cannot test %1 accounts yet.</source>
        <translation>CareDesk пока не умеет проверять аккаунты %1.</translation>
    </message>
    <message>
        <source>Signed in as @%1.</source>
        <translation>Вход выполнен как @%1.</translation>
    </message>
    <message>
        <source>Signed in as the bot @%1.</source>
        <translation>Вход выполнен как бот @%1.</translation>
    </message>
    <message>
        <source>Signed in for the community %1.</source>
        <translation>Вход выполнен для сообщества %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountHealthModel</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Built-in (%1)</source>
        <translation>Встроенный (%1)</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Приостановлен: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизирован</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Потоковая передача</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Опрос</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) paused</source>
        <translation>
            <numerusform>%n аккаунт приостановлен</numerusform>
            <numerusform>%n аккаунта приостановлены</numerusform>
            <numerusform>%n аккаунтов приостановлены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) need a decision</source>
        <translation>
            <numerusform>%n ответ требует решения</numerusform>
            <numerusform>%n ответа требуют решения</numerusform>
            <numerusform>%n ответов требуют решения</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 left, resets %3</source>
        <translation>Осталось %1 из %2, сброс %3</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>Осталось %1 из %2</translation>
    </message>
    <message>
        <source>%1 queued, %2 failed, %3 unknown</source>
        <translation>%1 в очереди, %2 с ошибкой, %3 неизвестно</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Следующий опрос</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Лимит запросов</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Posts left today: %1</source>
        <translation>Осталось публикаций на сегодня: %1</translation>
    </message>
    <message>
        <source>Posts left today: %1 of %2; resets %3</source>
        <translation>Осталось публикаций на сегодня: %1 из %2; сброс %3</translation>
    </message>
    <message>
        <source>Posts left today: %1 of %2</source>
        <translation>Осталось публикаций на сегодня: %1 из %2</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Дневной лимит</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountsCommand</name>
    <message>
        <source>The request stopped before answering.</source>
        <translation>Запрос прервался, не получив ответа.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; a token is read only from standard input (--token-stdin), never from the command line.</source>
        <translation>Лишний аргумент &quot;%1&quot;; токен читается только из стандартного ввода (--token-stdin), но не из командной строки.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Не хватает аргумента.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>включён</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>An account needs --platform and --handle.</source>
        <translation>Для аккаунта нужны --platform и --handle.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;.</source>
        <translation>Неизвестная платформа «%1».</translation>
    </message>
    <message>
        <source>A Mastodon account needs its instance: --base-url https://mastodon.example, or a handle like @name@mastodon.example.</source>
        <translation>Для аккаунта Mastodon нужен его сервер: --base-url https://mastodon.example или имя вида @name@mastodon.example.</translation>
    </message>
    <message>
        <source>--token-stdin read no token.</source>
        <translation>--token-stdin не прочитал токен.</translation>
    </message>
    <message>
        <source>The token read from standard input has spaces or line breaks in it; give the token alone.</source>
        <translation>Токен из стандартного ввода содержит пробелы или переводы строк; передайте только токен.</translation>
    </message>
    <message>
        <source>Account %1 (%2 %3) is added; its token is in the system keychain.</source>
        <translation>Аккаунт %1 (%2 %3) добавлен; его токен хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>Account %1 (%2 %3) is added without a token; it stays paused until one is stored (remove it and add it again with --token-stdin).</source>
        <translation>Аккаунт %1 (%2 %3) добавлен без токена и будет приостановлен, пока токен не сохранён (удалите аккаунт и добавьте его снова с --token-stdin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account id.</source>
        <translation>«%1» — не номер аккаунта.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Аккаунта %1 нет.</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its token is still in the system keychain: %2</source>
        <translation>Аккаунт %1 удалён, но его токен остался в системной связке ключей: %2</translation>
    </message>
    <message>
        <source>Account %1 is removed; if it has cases, it stays in the workspace disabled, so their history is kept.</source>
        <translation>Аккаунт %1 удалён; если у него есть обращения, он остаётся в рабочем пространстве отключённым, чтобы сохранить их историю.</translation>
    </message>
    <message>
        <source>Unknown accounts command; use &quot;accounts list&quot;, &quot;accounts add&quot;, &quot;accounts test&quot;, &quot;accounts login&quot; or &quot;accounts remove&quot;.</source>
        <translation>Неизвестная команда accounts; используйте &quot;accounts list&quot;, &quot;accounts add&quot;, &quot;accounts test&quot;, &quot;accounts login&quot; или &quot;accounts remove&quot;.</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>приостановлен: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>последняя синхронизация %1</translation>
    </message>
    <message>
        <source>Account %1 (%2): %3</source>
        <translation>Аккаунт %1 (%2): %3</translation>
    </message>
    <message>
        <source>Only Mastodon accounts sign in with the browser; give a Telegram bot&apos;s token with &quot;accounts add --token-stdin&quot;.</source>
        <translation>Через браузер входят только аккаунты Mastodon; токен бота Telegram передайте командой &quot;accounts add --token-stdin&quot;.</translation>
    </message>
    <message>
        <source>The Mastodon account %1 has no instance address.</source>
        <translation>У аккаунта Mastodon %1 нет адреса сервера.</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and allow CareDesk:</source>
        <translation>Откройте этот адрес в браузере на этом компьютере и разрешите доступ CareDesk:</translation>
    </message>
    <message>
        <source>Signed in; the token of account %1 is in the system keychain.</source>
        <translation>Вход выполнен; токен аккаунта %1 сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>CareDesk cannot connect to %1 accounts yet; it connects to %2.</source>
        <translation>CareDesk пока не умеет подключаться к аккаунтам %1; поддерживаются: %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::AccountsDesk</name>
    <message>
        <source>&amp;Accounts...</source>
        <translation>&amp;Аккаунты...</translation>
    </message>
    <message>
        <source>Add, test and remove the platform accounts, and see how they are doing</source>
        <translation>Добавление, проверка и удаление аккаунтов платформ и их состояние</translation>
    </message>
    <message>
        <source>%1 (%2) is paused: %3</source>
        <translation>%1 (%2) приостановлен: %3</translation>
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
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Добавить...</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Удалить...</translation>
    </message>
    <message>
        <source>New &amp;token...</source>
        <translation>Новый &amp;токен...</translation>
    </message>
    <message>
        <source>Sign in again or paste a new token (a paused account resumes)</source>
        <translation>Войти снова или вставить новый токен (приостановленный аккаунт возобновит работу)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Account %1 is added; its token is in the system keychain.</source>
        <translation>Аккаунт %1 добавлен; его токен сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>The new token of %1 is in the system keychain.</source>
        <translation>Новый токен %1 сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>Testing %1...</source>
        <translation>Проверка %1...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be verified: %2</source>
        <translation>Не удалось проверить %1: %2</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? Its token is deleted from the system keychain; its cases stay in the workspace.</source>
        <translation>Удалить %1 (%2)? Его токен будет удалён из системной связки ключей; его обращения останутся в рабочем пространстве.</translation>
    </message>
    <message>
        <source>Account %1 is removed.</source>
        <translation>Аккаунт %1 удалён.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ActionRegistry</name>
    <message>
        <source>%1 is the shortcut of %2.</source>
        <translation>%1 — сочетание клавиш для действия «%2».</translation>
    </message>
</context>
<context>
    <name>CareDesk::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Платформа:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Войти через &amp;браузер</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>New token for %1</source>
        <translation>Новый токен для %1</translation>
    </message>
    <message>
        <source>&amp;Save token</source>
        <translation>&amp;Сохранить токен</translation>
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
        <translation>https://mastodon.example (если пусто — из имени)</translation>
    </message>
    <message>
        <source>https://api.telegram.org (when empty)</source>
        <translation>https://api.telegram.org (если пусто)</translation>
    </message>
    <message>
        <source>Paste an access token, or sign in with the browser</source>
        <translation>Вставьте токен доступа или войдите через браузер</translation>
    </message>
    <message>
        <source>Paste the bot token from @BotFather</source>
        <translation>Вставьте токен бота от @BotFather</translation>
    </message>
    <message>
        <source>Give the instance&apos;s address (Base URL) or a handle like @name@mastodon.example first.</source>
        <translation>Сначала укажите адрес инстанса (базовый URL) или имя вида @name@mastodon.example.</translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in there and allow CareDesk.</source>
        <translation>Ожидание браузера: войдите там и разрешите доступ CareDesk.</translation>
    </message>
    <message>
        <source>No browser could be started; open this address yourself: %1</source>
        <translation>Не удалось запустить браузер; откройте этот адрес сами: %1</translation>
    </message>
    <message>
        <source>Signed in. Add the account to store its token in the system keychain.</source>
        <translation>Вход выполнен. Добавьте аккаунт, чтобы сохранить его токен в системной связке ключей.</translation>
    </message>
    <message>
        <source>Paste the new token alone, or sign in with the browser.</source>
        <translation>Вставьте только новый токен или войдите через браузер.</translation>
    </message>
    <message>
        <source>Give the account&apos;s handle.</source>
        <translation>Укажите имя аккаунта.</translation>
    </message>
    <message>
        <source>A Mastodon account needs its instance: a Base URL, or a handle like @name@mastodon.example.</source>
        <translation>Аккаунту Mastodon нужен инстанс: базовый URL или имя вида @name@mastodon.example.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks in it; paste the token alone.</source>
        <translation>В токене есть пробелы или переносы строк; вставьте только сам токен.</translation>
    </message>
    <message>
        <source>the community&apos;s short name, e.g. club_support</source>
        <translation>короткое имя сообщества, например club_support</translation>
    </message>
    <message>
        <source>https://api.vk.com/method/ (when empty)</source>
        <translation>https://api.vk.com/method/ (если пусто)</translation>
    </message>
    <message>
        <source>Paste the community token (community settings &gt; API usage)</source>
        <translation>Вставьте токен сообщества (настройки сообщества &gt; Работа с API)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id of your X app (developer portal)</source>
        <translation>ID клиента OAuth 2.0 вашего приложения X (портал разработчика)</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>ID &amp;клиента:</translation>
    </message>
    <message>
        <source>@support</source>
        <translation>@support</translation>
    </message>
    <message>
        <source>https://api.x.com (when empty)</source>
        <translation>https://api.x.com (если пусто)</translation>
    </message>
    <message>
        <source>Enter the client id, then sign in with the browser</source>
        <translation>Введите ID клиента, затем войдите через браузер</translation>
    </message>
    <message>
        <source>@brand (the Instagram business account)</source>
        <translation>@brand (бизнес-аккаунт Instagram)</translation>
    </message>
    <message>
        <source>the page&apos;s name, e.g. Brand Support</source>
        <translation>название страницы, например Brand Support</translation>
    </message>
    <message>
        <source>https://graph.facebook.com/v25.0 (when empty)</source>
        <translation>https://graph.facebook.com/v25.0 (если пусто)</translation>
    </message>
    <message>
        <source>Paste the access token of the Facebook page linked to this account</source>
        <translation>Вставьте токен доступа страницы Facebook, связанной с этим аккаунтом</translation>
    </message>
    <message>
        <source>Paste the page access token (from a page admin)</source>
        <translation>Вставьте токен доступа страницы (от администратора страницы)</translation>
    </message>
    <message>
        <source>Enter the OAuth 2.0 client id of your X app first (developer portal &gt; your app &gt; Keys and tokens). Its callback URL must allow http://127.0.0.1.</source>
        <translation>Сначала введите ID клиента OAuth 2.0 вашего приложения X (портал разработчика &gt; ваше приложение &gt; Keys and tokens). Его callback URL должен разрешать http://127.0.0.1.</translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in to X there and authorize the app.</source>
        <translation>Ожидание браузера: войдите там в X и авторизуйте приложение.</translation>
    </message>
    <message>
        <source>Connected. Add the account to store its tokens in the system keychain.</source>
        <translation>Подключено. Добавьте аккаунт, чтобы сохранить его токены в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Appearance</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>CareDesk::Application</name>
    <message>
        <source>Desktop workstation for social customer care</source>
        <translation>Рабочее место для поддержки клиентов в соцсетях</translation>
    </message>
    <message>
        <source>Open the SQLite workspace at PATH.</source>
        <translation>Открыть рабочее пространство SQLite по пути PATH.</translation>
    </message>
    <message>
        <source>Open the team workspace at a PostgreSQL URL.</source>
        <translation>Открыть командное рабочее пространство по адресу PostgreSQL.</translation>
    </message>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
    <message>
        <source>Open the supervisor board at start (a wall screen).</source>
        <translation>Открывать табло супервайзера при запуске (настенный экран).</translation>
    </message>
    <message>
        <source>Pause &amp;Notifications</source>
        <translation>Приостановить &amp;уведомления</translation>
    </message>
    <message>
        <source>Stop announcing new cases on the desktop</source>
        <translation>Не сообщать о новых обращениях на рабочем столе</translation>
    </message>
</context>
<context>
    <name>CareDesk::BoardAgentModel</name>
    <message>
        <source>Available</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занят</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Обработано сегодня</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Медиана первого ответа</translation>
    </message>
</context>
<context>
    <name>CareDesk::BoardAlertModel</name>
    <message>
        <source>Case #%1 (%2) breaches its SLA in %3: %4</source>
        <translation>SLA обращения #%1 (%2) будет просрочено через %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Spike in %1: %n new case(s) this hour (usually %2 ± %3)</source>
        <translation>
            <numerusform>Всплеск в %1: %n новое обращение за этот час (обычно %2 ± %3)</numerusform>
            <numerusform>Всплеск в %1: %n новых обращения за этот час (обычно %2 ± %3)</numerusform>
            <numerusform>Всплеск в %1: %n новых обращений за этот час (обычно %2 ± %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongly negative post from a VIP, case #%1 (sentiment %2) at %3: %4</source>
        <translation>Резко негативный пост от VIP, обращение #%1 (тональность %2) в %3: %4</translation>
    </message>
    <message>
        <source>Strongly negative post from an author with %L1 followers, case #%2 (sentiment %3) at %4: %5</source>
        <translation>Резко негативный пост от автора с %L1 подписчиками, обращение #%2 (тональность %3) в %4: %5</translation>
    </message>
</context>
<context>
    <name>CareDesk::BoardCaseModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
</context>
<context>
    <name>CareDesk::BoardQueueModel</name>
    <message>
        <source>Shared inbox</source>
        <translation>Общие входящие</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Дольше всех ждёт</translation>
    </message>
    <message>
        <source>SLA today</source>
        <translation>SLA сегодня</translation>
    </message>
    <message>
        <source>This hour</source>
        <translation>За этот час</translation>
    </message>
</context>
<context>
    <name>CareDesk::CaseActions</name>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Claim case</source>
        <translation>Взять обращение</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Отметить как открытое</translation>
    </message>
    <message>
        <source>Mark pending (waiting for the customer)</source>
        <translation>Отметить как ожидающее клиента</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Priority: low</source>
        <translation>Приоритет: низкий</translation>
    </message>
    <message>
        <source>Priority: normal</source>
        <translation>Приоритет: обычный</translation>
    </message>
    <message>
        <source>Priority: high</source>
        <translation>Приоритет: высокий</translation>
    </message>
    <message>
        <source>Priority: urgent</source>
        <translation>Приоритет: срочный</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Теги…</translation>
    </message>
    <message>
        <source>Add internal note…</source>
        <translation>Добавить внутреннюю заметку…</translation>
    </message>
    <message>
        <source>Link to case…</source>
        <translation>Связать с обращением…</translation>
    </message>
    <message>
        <source>Register message as a new case</source>
        <translation>Зарегистрировать сообщение как новое обращение</translation>
    </message>
    <message>
        <source>Open message on its platform…</source>
        <translation>Открыть сообщение на его платформе…</translation>
    </message>
    <message>
        <source>A note for the team; it is never sent to the customer.</source>
        <translation>Заметка для команды; клиенту она никогда не отправляется.</translation>
    </message>
    <message>
        <source>Moves the selected customer message into a case of its own, linked to this one.</source>
        <translation>Переносит выбранное сообщение клиента в отдельное обращение, связанное с этим.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначено вам</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначено: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Нет тегов</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Связано: %1</translation>
    </message>
    <message>
        <source>You claimed case %1.</source>
        <translation>Вы взяли обращение %1.</translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2.</source>
        <translation>Обращение %1 назначено оператору %2.</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Обращение %1 теперь в статусе «%2».</translation>
    </message>
    <message>
        <source>Priority of case %1: %2.</source>
        <translation>Приоритет обращения %1: %2.</translation>
    </message>
    <message>
        <source>Internal note added; the customer does not see it.</source>
        <translation>Внутренняя заметка добавлена; клиент её не видит.</translation>
    </message>
    <message>
        <source>Case %1 is linked to case %2.</source>
        <translation>Обращение %1 связано с обращением %2.</translation>
    </message>
    <message>
        <source>The message is now case %1, linked to case %2.</source>
        <translation>Сообщение стало обращением %1, связанным с обращением %2.</translation>
    </message>
    <message>
        <source>This message has no web address that can be opened.</source>
        <translation>У этого сообщения нет веб-адреса, который можно открыть.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>Open this message on %1?</source>
        <translation>Открыть это сообщение в %1?</translation>
    </message>
    <message>
        <source>Assign case %1</source>
        <translation>Назначить обращение %1</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Агент:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n open case(s)</source>
        <translation>
            <numerusform>%1 · %n открытое обращение</numerusform>
            <numerusform>%1 · %n открытых обращения</numerusform>
            <numerusform>%1 · %n открытых обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags of case %1</source>
        <translation>Теги обращения %1</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Введите тег и нажмите Enter</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <source>Internal note on case %1</source>
        <translation>Внутренняя заметка к обращению %1</translation>
    </message>
    <message>
        <source>Only your team sees this note; it is never sent to the customer.</source>
        <translation>Эту заметку видит только ваша команда; клиенту она никогда не отправляется.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Link case %1 to…</source>
        <translation>Связать обращение %1 с…</translation>
    </message>
    <message>
        <source>A case number, or words to search for</source>
        <translation>Номер обращения или слова для поиска</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <source>Case %1 · %2: %3</source>
        <translation>Обращение %1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>CareDesk::CaseNotifier</name>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>New case from %1 on %2</source>
        <translation>Новое обращение от %1 в %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n новое обращение</numerusform>
            <numerusform>%n новых обращения</numerusform>
            <numerusform>%n новых обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
</context>
<context>
    <name>CareDesk::CaseWindow</name>
    <message>
        <source>Case %1 — CareDesk</source>
        <translation>Обращение %1 — CareDesk</translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation>Загрузка переписки…</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>Не удалось прочитать переписку: %1</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n сообщение</numerusform>
            <numerusform>%1 · %2 · %3 · %n сообщения</numerusform>
            <numerusform>%1 · %2 · %3 · %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Case %2 — CareDesk</source>
        <translation>%1 — Обращение %2 — CareDesk</translation>
    </message>
</context>
<context>
    <name>CareDesk::ChangeWatcher</name>
    <message>
        <source>listen for changes</source>
        <translation>подписаться на изменения</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Соединение с %1 потеряно.</translation>
    </message>
</context>
<context>
    <name>CareDesk::CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
</context>
<context>
    <name>CareDesk::Cli</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation>Поток базы данных остановился, не ответив.</translation>
    </message>
    <message>
        <source>Run &quot;caredesk-cli --help&quot; for the commands.</source>
        <translation>Список команд: «caredesk-cli --help».</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Параметру --%1 нужно значение.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>Параметр --%1 указан дважды.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation>Неизвестный для этой команды параметр --%1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Не хватает аргумента.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Give either --workspace or --database, not both.</source>
        <translation>Укажите --workspace или --database, но не оба.</translation>
    </message>
    <message>
        <source>Unknown workspace command; did you mean &quot;workspace init&quot;?</source>
        <translation>Неизвестная команда workspace; может быть, «workspace init»?</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Choose --demo or --training, not both.</source>
        <translation>Выберите --demo или --training, но не оба.</translation>
    </message>
    <message>
        <source>Workspace %1 is ready (%2, schema %3).</source>
        <translation>Рабочее пространство %1 готово (%2, схема %3).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use new, open, pending, snoozed, resolved or active.</source>
        <translation>Неизвестный статус «%1»; используйте new, open, pending, snoozed, resolved или active.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;.</source>
        <translation>Неизвестная платформа «%1».</translation>
    </message>
    <message>
        <source>The queue must be a queue id.</source>
        <translation>Очередь задаётся её номером.</translation>
    </message>
    <message>
        <source>Give either --limit or --all, not both.</source>
        <translation>Укажите --limit или --all, но не оба.</translation>
    </message>
    <message>
        <source>The limit must be a positive number.</source>
        <translation>Предел должен быть положительным числом.</translation>
    </message>
    <message>
        <source>More cases follow; use --limit N or --all.</source>
        <translation>Есть ещё обращения; используйте --limit N или --all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id.</source>
        <translation>«%1» — не номер обращения.</translation>
    </message>
    <message>
        <source>Case %1 on %2 (%3), %4</source>
        <translation>Обращение %1 в %2 (%3), %4</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публично</translation>
    </message>
    <message>
        <source>private</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>A reply needs --text.</source>
        <translation>Для ответа нужен --text.</translation>
    </message>
    <message>
        <source>Reply %1 is queued in the outbox; &quot;caredesk-cli sync&quot; delivers it.</source>
        <translation>Ответ %1 в очереди отправки; его отправит «caredesk-cli sync».</translation>
    </message>
    <message>
        <source>The account must be an account id.</source>
        <translation>Аккаунт задаётся его номером.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>Unknown SLA state &quot;%1&quot;; use at-risk or breached.</source>
        <translation>Неизвестное состояние SLA &quot;%1&quot;; используйте at-risk или breached.</translation>
    </message>
    <message>
        <source>Unknown sort &quot;%1&quot;; use newest, sla, waiting or priority.</source>
        <translation>Неизвестная сортировка &quot;%1&quot;; используйте newest, sla, waiting или priority.</translation>
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
        <translation>Использование: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] COMMAND
Команды:
  workspace init [--demo | --training]   создать или обновить рабочее пространство
  workspace login --database URL         сохранить пароль базы данных (стандартный ввод) в связке ключей
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
        [--account ID] [--language L] [--tag T] [--sla at-risk|breached] [--negative]
        [--unanswered] [--unassigned] [--sort newest|sla|waiting|priority]
  show CASE                              обращение с его перепиской
  search QUERY [--limit N]               сообщения и клиенты, сначала новые
  reply CASE --text T [--private]        поставить ответ в очередь исходящих
  outbox                                 ожидающие, отправленные и неудачные ответы
  accounts list | add --platform P --handle H [--base-url URL] [--token-stdin] | remove ID
  accounts test ID | login ID            проверить токен; войти в Mastodon через браузер
  sync [--account ID] [--once]           опросить аккаунты и отправить исходящие
  import FILE                            сообщения из JSON Lines (- — стандартный ввод)
  sentiment [--jsonl]                    оценить стандартный ввод: {&quot;score&quot;,&quot;label&quot;} на текст
  agents list | add NAME --role R [--team T] [--password-stdin]
  claim CASE                             взять обращение в работу от имени текущего агента
  assign CASE --to NAME                  передать обращение агенту (супервайзеры)
  customers link IDENTITY --to CUSTOMER | unlink IDENTITY | suggestions CUSTOMER
  customers export CUSTOMER [--output FILE] | erase CUSTOMER --confirm
  customers settings [--order-pattern RE] [--link-window HOURS]
  stats [--from DATE] [--to DATE] [--group-by platform|account|queue|agent|language|hour] [--csv]
  scripts list | import FILE | import --default | export FILE [--format json|csv]
  training scenarios | results           встроенные сценарии; сохранённые результаты тренировок
  training rehearse SCENARIO --replies FILE [--rubric FILE]  пройти сценарий без интерфейса
  training from-case CASE --out FILE     решённое обращение как обезличенный сценарий
Коды выхода: 0 успех, 1 ошибка, 2 неверные входные данные, 3 не найдено, 4 конфликт, 5 недоступно.</translation>
    </message>
</context>
<context>
    <name>CareDesk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Палитра команд</translation>
    </message>
    <message>
        <source>Type an action&apos;s name…</source>
        <translation>Введите название действия…</translation>
    </message>
    <message>
        <source>Find an action</source>
        <translation>Найти действие</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
</context>
<context>
    <name>CareDesk::CommandPaletteModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
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
            <numerusform>на %n больше лимита</numerusform>
            <numerusform>на %n больше лимита</numerusform>
            <numerusform>на %n больше лимита</numerusform>
        </translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Публичный ответ</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Личное сообщение</translation>
    </message>
    <message>
        <source>Reply where everyone can see it (Ctrl+Shift+P switches)</source>
        <translation>Ответить так, чтобы видели все (переключение: Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Write to the customer alone (Ctrl+Shift+P switches)</source>
        <translation>Написать только клиенту (переключение: Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Напишите ответ… (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Split into thread…</source>
        <translation>Разбить на цепочку…</translation>
    </message>
    <message>
        <source>Split the text at word boundaries into numbered replies that each fit</source>
        <translation>Разбить текст по границам слов на пронумерованные ответы, каждый из которых умещается в лимит</translation>
    </message>
    <message>
        <source>Take it private</source>
        <translation>Перевести в личные</translation>
    </message>
    <message>
        <source>Send this text as a private message and post a short public note that you wrote privately</source>
        <translation>Отправить этот текст личным сообщением и опубликовать короткий публичный ответ о том, что вы написали в личные сообщения</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Queue the reply (Ctrl+Enter)</source>
        <translation>Поставить ответ в очередь (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>Everyone on %1 can see this reply</source>
        <translation>Этот ответ увидят все в %1</translation>
    </message>
    <message>
        <source>Only %1 sees this message</source>
        <translation>Это сообщение увидит только %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Private messages possible for %1</source>
        <translation>Личные сообщения доступны ещё %1</translation>
    </message>
    <message>
        <source>Private message window closed</source>
        <translation>Окно для личных сообщений закрыто</translation>
    </message>
    <message>
        <source>%1 accepts a private message up to %2 after the customer&apos;s last message.</source>
        <translation>%1 принимает личное сообщение в течение %2 после последнего сообщения клиента.</translation>
    </message>
    <message>
        <source>Select a case to reply.</source>
        <translation>Выберите обращение, чтобы ответить.</translation>
    </message>
    <message>
        <source>%1 has no private messages.</source>
        <translation>В %1 нет личных сообщений.</translation>
    </message>
    <message>
        <source>%1 accepts private messages only within %2 after the customer&apos;s last message; that window has closed.</source>
        <translation>%1 принимает личные сообщения только в течение %2 после последнего сообщения клиента; это окно закрылось.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Ответ пуст.</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>осталось %n</numerusform>
            <numerusform>осталось %n</numerusform>
            <numerusform>осталось %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Public reply, visible to everyone</source>
        <translation>Публичный ответ, виден всем</translation>
    </message>
    <message>
        <source>Private message to %1</source>
        <translation>Личное сообщение для %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(пока ничего не написано)</translation>
    </message>
    <message>
        <source>We have written to you in private messages.</source>
        <translation>Мы написали вам в личные сообщения.</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>This text cannot be split at word boundaries.</source>
        <translation>Этот текст нельзя разбить по границам слов.</translation>
    </message>
    <message>
        <source>Split into a thread</source>
        <translation>Разбить на цепочку</translation>
    </message>
    <message numerus="yes">
        <source>%n replies on %1, queued in this order:</source>
        <translation>
            <numerusform>%n ответ в %1, в очередь в таком порядке:</numerusform>
            <numerusform>%n ответа в %1, в очередь в таком порядке:</numerusform>
            <numerusform>%n ответов в %1, в очередь в таком порядке:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n replies</source>
        <translation>
            <numerusform>Поставить в очередь %n ответ</numerusform>
            <numerusform>Поставить в очередь %n ответа</numerusform>
            <numerusform>Поставить в очередь %n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue the reply: %1</source>
        <translation>Не удалось поставить ответ в очередь: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n reply(s) were queued: %1</source>
        <translation>
            <numerusform>В очередь поставлен только %n ответ: %1</numerusform>
            <numerusform>В очередь поставлены только %n ответа: %1</numerusform>
            <numerusform>В очередь поставлены только %n ответов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove the draft: %1</source>
        <translation>Не удалось удалить черновик: %1</translation>
    </message>
    <message>
        <source>Could not save the draft: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Could not read the draft: %1</source>
        <translation>Не удалось прочитать черновик: %1</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Add “%1” to dictionary</source>
        <translation>Добавить «%1» в словарь</translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Switch Public Reply / Private Message</source>
        <translation>Переключить: публичный ответ / личное сообщение</translation>
    </message>
    <message>
        <source>Take It Private</source>
        <translation>Перевести в личные</translation>
    </message>
    <message>
        <source>Split into Thread…</source>
        <translation>Разбить на цепочку…</translation>
    </message>
    <message>
        <source>Scripts Panel</source>
        <translation>Панель шаблонов</translation>
    </message>
    <message>
        <source>Show the scripts: categories, search, insert at the cursor</source>
        <translation>Показать шаблоны: категории, поиск, вставка в позицию курсора</translation>
    </message>
    <message>
        <source>Insert Script…</source>
        <translation>Вставить шаблон…</translation>
    </message>
    <message>
        <source>Type / and a shortcut or part of a title to insert a script</source>
        <translation>Введите / и сокращение или часть названия, чтобы вставить шаблон</translation>
    </message>
    <message numerus="yes">
        <source>Replace %1 with the real value before sending.</source>
        <translation>
            <numerusform>Замените %1 на настоящее значение перед отправкой.</numerusform>
            <numerusform>Замените %1 на настоящие значения перед отправкой.</numerusform>
            <numerusform>Замените %1 на настоящие значения перед отправкой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the scripts: %1</source>
        <translation>Не удалось прочитать шаблоны: %1</translation>
    </message>
    <message>
        <source>Could not count the script&apos;s use: %1</source>
        <translation>Не удалось учесть использование шаблона: %1</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
</context>
<context>
    <name>CareDesk::Connectors</name>
    <message>
        <source>This version cannot talk to %1 accounts of kind %2 yet (account %3).</source>
        <translation>Эта версия пока не работает с аккаунтами %1 вида %2 (аккаунт %3).</translation>
    </message>
    <message>
        <source>This program does not connect to live accounts (account %1).</source>
        <translation>Эта программа не подключается к реальным аккаунтам (аккаунт %1).</translation>
    </message>
</context>
<context>
    <name>CareDesk::CountCommand</name>
    <message>
        <source>The option --platform is required; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</source>
        <translation>Параметр --platform обязателен; используйте x, mastodon, telegram, vk, facebook, instagram, youtube или reddit.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</source>
        <translation>Неизвестная платформа «%1»; используйте x, mastodon, telegram, vk, facebook, instagram, youtube или reddit.</translation>
    </message>
    <message>
        <source>Unknown surface &quot;%1&quot;; use public or private.</source>
        <translation>Неизвестный тип публикации «%1»; используйте public или private.</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8.</source>
        <translation>Входные данные — некорректный UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Строка %1 — не объект JSON.</translation>
    </message>
    <message>
        <source>Line %1 has no &quot;text&quot; string.</source>
        <translation>В строке %1 нет строкового поля &quot;text&quot;.</translation>
    </message>
    <message>
        <source>Line %1 has an unknown surface; use public or private.</source>
        <translation>В строке %1 неизвестный тип публикации; используйте public или private.</translation>
    </message>
    <message>
        <source>Line %1 has a &quot;spoiler_text&quot; that is not a string.</source>
        <translation>В строке %1 поле &quot;spoiler_text&quot; не является строкой.</translation>
    </message>
</context>
<context>
    <name>CareDesk::CustomersCommand</name>
    <message>
        <source>Missing argument: the %1 id.</source>
        <translation>Не хватает аргумента: номер %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id.</source>
        <translation>«%1» — не номер %2.</translation>
    </message>
    <message>
        <source>Missing customers command; use link, unlink, suggestions, export, erase or settings.</source>
        <translation>Не указана команда customers; используйте link, unlink, suggestions, export, erase или settings.</translation>
    </message>
    <message>
        <source>Unknown customers command &quot;%1&quot;; use link, unlink, suggestions, export, erase or settings.</source>
        <translation>Неизвестная команда customers «%1»; используйте link, unlink, suggestions, export, erase или settings.</translation>
    </message>
    <message>
        <source>Erasing a customer cannot be undone; add --confirm to erase customer %1.</source>
        <translation>Стирание клиента нельзя отменить; чтобы стереть клиента %1, добавьте --confirm.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CUSTOMER</translation>
    </message>
    <message>
        <source>Say which customer the identity joins: --to CUSTOMER.</source>
        <translation>Укажите, к какому клиенту присоединить профиль: --to CUSTOMER.</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>профиля</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиента</translation>
    </message>
    <message numerus="yes">
        <source>Identity %1 now belongs to customer %2 (it was with customer %3; %n case(s) moved). &quot;caredesk-cli customers unlink %1&quot; undoes this.</source>
        <translation>
            <numerusform>Профиль %1 теперь принадлежит клиенту %2 (ранее — клиенту %3; перенесено %n обращение). Отменить: &quot;caredesk-cli customers unlink %1&quot;.</numerusform>
            <numerusform>Профиль %1 теперь принадлежит клиенту %2 (ранее — клиенту %3; перенесено %n обращения). Отменить: &quot;caredesk-cli customers unlink %1&quot;.</numerusform>
            <numerusform>Профиль %1 теперь принадлежит клиенту %2 (ранее — клиенту %3; перенесено %n обращений). Отменить: &quot;caredesk-cli customers unlink %1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity %1 left customer %2 for a new customer %3 of its own.</source>
        <translation>Профиль %1 отделён от клиента %2 и получил собственного нового клиента %3.</translation>
    </message>
    <message>
        <source>Identity %1 is back with customer %2, as before the link.</source>
        <translation>Профиль %1 снова принадлежит клиенту %2, как до связывания.</translation>
    </message>
    <message>
        <source>customers link %1 --to %2   # %3</source>
        <translation>customers link %1 --to %2   # %3</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to --output.</source>
        <translation>%1 — папка; укажите в --output имя файла.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>Customer %1 was exported to %2.</source>
        <translation>Клиент %1 экспортирован в %2.</translation>
    </message>
    <message>
        <source>Customer %1 was erased: their texts and profile are gone; case statistics stay.</source>
        <translation>Клиент %1 стёрт: его тексты и профиль удалены, статистика обращений сохранена.</translation>
    </message>
    <message>
        <source>The order pattern is not a valid regular expression: %1.</source>
        <translation>Шаблон номера заказа — некорректное регулярное выражение: %1.</translation>
    </message>
    <message>
        <source>The link window is a number of hours, more than 0.</source>
        <translation>Окно связывания задаётся числом часов больше 0.</translation>
    </message>
    <message>
        <source>Order numbers: %1</source>
        <translation>Номера заказов: %1</translation>
    </message>
    <message>
        <source>Cases are proposed for linking when opened within %1 hours of each other.</source>
        <translation>Обращения предлагается связать, если они открыты с разницей не более %1 ч.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Database</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Аккаунта %1 нет.</translation>
    </message>
    <message>
        <source>A message without an id or a thread cannot be stored.</source>
        <translation>Сообщение без номера или ветки нельзя сохранить.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Обращения %1 нет.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Клиента %1 нет.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Не указан файл рабочего пространства.</translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one with &quot;caredesk-cli workspace init&quot;.</source>
        <translation>В %1 нет рабочего пространства; создайте его командой «caredesk-cli workspace init».</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Драйвер Qt SQL для %1 не установлен.</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>открыть %1</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer CareDesk (schema %2; this version reads schema %3).</source>
        <translation>Рабочее пространство %1 записано более новой версией CareDesk (схема %2; эта версия читает схему %3).</translation>
    </message>
    <message>
        <source>%1 holds no CareDesk workspace yet; create it with &quot;caredesk-cli workspace init&quot;.</source>
        <translation>В %1 ещё нет рабочего пространства CareDesk; создайте его командой «caredesk-cli workspace init».</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade; run &quot;caredesk-cli workspace init&quot;.</source>
        <translation>Рабочее пространство %1 нужно обновить; выполните «caredesk-cli workspace init».</translation>
    </message>
    <message>
        <source>The workspace %1 cannot use write-ahead logging (is it on a network drive?).</source>
        <translation>Рабочее пространство %1 не может использовать журнал упреждающей записи (оно на сетевом диске?).</translation>
    </message>
    <message>
        <source>%1 is not a CareDesk workspace.</source>
        <translation>%1 — не рабочее пространство CareDesk.</translation>
    </message>
    <message>
        <source>The migration %1 could not be read.</source>
        <translation>Не удалось прочитать миграцию %1.</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Миграция %1 отсутствует.</translation>
    </message>
    <message>
        <source>upgrade the workspace to schema %1</source>
        <translation>обновить рабочее пространство до схемы %1</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>подготовить запрос</translation>
    </message>
    <message>
        <source>run a query</source>
        <translation>выполнить запрос</translation>
    </message>
    <message>
        <source>The workspace has no change counter.</source>
        <translation>В рабочем пространстве нет счётчика изменений.</translation>
    </message>
    <message>
        <source>An insert returned no id.</source>
        <translation>Вставка не вернула номер.</translation>
    </message>
    <message>
        <source>another program is holding the workspace</source>
        <translation>рабочее пространство занято другой программой</translation>
    </message>
    <message>
        <source>the file is damaged or is not a CareDesk workspace</source>
        <translation>файл повреждён или не является рабочим пространством CareDesk</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Не удалось %1: %2.</translation>
    </message>
    <message>
        <source>The %1 account %2 is already in this workspace.</source>
        <translation>Аккаунт %1 %2 уже есть в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>The workspace has no header row.</source>
        <translation>В рабочем пространстве нет заголовочной записи.</translation>
    </message>
    <message>
        <source>create the workspace</source>
        <translation>создать рабочее пространство</translation>
    </message>
    <message>
        <source>Could not run a query: the transaction was already rolled back.</source>
        <translation>Не удалось выполнить запрос: транзакция уже отменена.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>начать транзакцию</translation>
    </message>
    <message>
        <source>Could not save the changes: a statement failed and the transaction was rolled back.</source>
        <translation>Не удалось сохранить изменения: запрос не выполнился, и транзакция отменена.</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>сохранить изменения</translation>
    </message>
    <message>
        <source>There is no reply %1 in the outbox.</source>
        <translation>В очереди отправки нет ответа %1.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>В ответе должен быть текст.</translation>
    </message>
    <message>
        <source>The reply %1 is not being sent (it is %2).</source>
        <translation>Ответ %1 сейчас не отправляется (его состояние: %2).</translation>
    </message>
    <message>
        <source>The platform did not answer; check the thread before sending again.</source>
        <translation>Платформа не ответила; проверьте переписку, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>CareDesk stopped while sending; check the thread before sending again.</source>
        <translation>CareDesk остановился во время отправки; проверьте переписку, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>Only a failed or unknown reply can be sent again.</source>
        <translation>Повторно отправить можно только неудавшийся или неподтверждённый ответ.</translation>
    </message>
    <message>
        <source>A reply that is sending or sent cannot be cancelled.</source>
        <translation>Отправляемый или отправленный ответ отменить нельзя.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Для команды нужно название.</translation>
    </message>
    <message>
        <source>Only administrators add teams.</source>
        <translation>Команды добавляют только администраторы.</translation>
    </message>
    <message>
        <source>A queue needs a name.</source>
        <translation>Для очереди нужно название.</translation>
    </message>
    <message>
        <source>There is a queue %1 already.</source>
        <translation>Очередь %1 уже существует.</translation>
    </message>
    <message>
        <source>Only administrators add queues.</source>
        <translation>Очереди добавляют только администраторы.</translation>
    </message>
    <message>
        <source>Only supervisors of the queue&apos;s team change how it assigns.</source>
        <translation>Способ распределения очереди меняют только супервайзеры её команды.</translation>
    </message>
    <message>
        <source>There is no queue %1.</source>
        <translation>Очереди %1 нет.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Ёмкость не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Only supervisors of the agent&apos;s team change their capacity.</source>
        <translation>Ёмкость оператора меняют только супервайзеры его команды.</translation>
    </message>
    <message>
        <source>There is no agent %1 you may change.</source>
        <translation>Нет оператора %1, которого вы можете изменить.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an agent&apos;s name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>«%1» не может быть именем оператора: используйте строчные латинские буквы, цифры и подчёркивания, начиная с буквы.</translation>
    </message>
    <message>
        <source>Agents of a local workspace have no password; passwords belong to team workspaces on PostgreSQL.</source>
        <translation>У операторов локального рабочего пространства нет паролей; пароли есть только в командных рабочих пространствах на PostgreSQL.</translation>
    </message>
    <message>
        <source>Only administrators add agents.</source>
        <translation>Операторов добавляют только администраторы.</translation>
    </message>
    <message>
        <source>There is an agent %1 already.</source>
        <translation>Оператор %1 уже существует.</translation>
    </message>
    <message>
        <source>The database role %1 exists and has privileges of its own; an agent needs a role of their own.</source>
        <translation>Роль базы данных %1 уже существует и имеет собственные привилегии; оператору нужна отдельная роль.</translation>
    </message>
    <message>
        <source>The database login %1 is not a CareDesk agent; an administrator adds it with &quot;caredesk-cli agents add %1 --role agent&quot;.</source>
        <translation>Логин базы данных %1 не является оператором CareDesk; администратор может добавить его командой &quot;caredesk-cli agents add %1 --role agent&quot;.</translation>
    </message>
    <message>
        <source>There is no agent %1; add one with &quot;caredesk-cli agents add %1 --role agent&quot;.</source>
        <translation>Оператора %1 нет; добавьте его командой &quot;caredesk-cli agents add %1 --role agent&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; %2.</source>
        <translation>Поле «%1» %2.</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>должно быть текстом или числом</translation>
    </message>
    <message>
        <source>is missing (phone, email, chat, shop ...)</source>
        <translation>отсутствует (phone, email, chat, shop ...)</translation>
    </message>
    <message>
        <source>must be one short word</source>
        <translation>должно быть одним коротким словом</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time</source>
        <translation>должно быть временем в формате ISO 8601</translation>
    </message>
    <message>
        <source>must be &quot;in&quot; or &quot;out&quot;</source>
        <translation>должно быть &quot;in&quot; или &quot;out&quot;</translation>
    </message>
    <message>
        <source>A contact needs a customer: customer_ref, email or phone.</source>
        <translation>Для контакта нужен клиент: customer_ref, email или phone.</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>не является адресом эл. почты</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>должно быть списком текстов</translation>
    </message>
    <message>
        <source>The customer %1 was erased already, on %2.</source>
        <translation>Клиент %1 уже был стёрт %2.</translation>
    </message>
    <message>
        <source>The customer %1 was erased.</source>
        <translation>Клиент %1 стёрт.</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>Оператора %1 нет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>There is no identity %1.</source>
        <translation>Профиля %1 нет.</translation>
    </message>
    <message>
        <source>The identity %1 belongs to the customer %2 already.</source>
        <translation>Профиль %1 уже принадлежит клиенту %2.</translation>
    </message>
    <message>
        <source>The identity %1 is not linked to a customer.</source>
        <translation>Профиль %1 не связан с клиентом.</translation>
    </message>
    <message>
        <source>The previous link of identity %1 is missing.</source>
        <translation>Предыдущая связь профиля %1 не найдена.</translation>
    </message>
    <message>
        <source>The identity %1 is the only one of customer %2; there is nothing to unlink it from.</source>
        <translation>Профиль %1 — единственный у клиента %2; отделять его не от чего.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Обращение нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>Could not run a query: the values do not fill whole rows.</source>
        <translation>Не удалось выполнить запрос: значения не заполняют строки целиком.</translation>
    </message>
    <message>
        <source>The workspace has no evidence index.</source>
        <translation>В рабочем пространстве нет индекса признаков.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Сообщения %1 нет.</translation>
    </message>
    <message>
        <source>Only an agent can claim a case.</source>
        <translation>Взять обращение в работу может только оператор.</translation>
    </message>
    <message>
        <source>Case %1 is already claimed by %2.</source>
        <translation>Обращение %1 уже взял в работу %2.</translation>
    </message>
    <message>
        <source>Case %1 keeps changing hands; try again.</source>
        <translation>Обращение %1 постоянно переходит от одного оператора к другому; повторите попытку.</translation>
    </message>
    <message>
        <source>The agent %1 is deactivated.</source>
        <translation>Оператор %1 деактивирован.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators assign cases to others.</source>
        <translation>Назначать обращения другим могут только супервайзеры и администраторы.</translation>
    </message>
    <message>
        <source>Presence needs an agent.</source>
        <translation>Для статуса присутствия нужен оператор.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: since you opened case %1 the customer wrote %n new message(s) and %2 replied.</source>
        <translation>
            <numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новое сообщение, а %2 ответил(и).</numerusform>
            <numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новых сообщения, а %2 ответил(и).</numerusform>
            <numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новых сообщений, а %2 ответил(и).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: since you opened case %1 the customer wrote %n new message(s).</source>
        <translation>
            <numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новое сообщение.</numerusform>
            <numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новых сообщения.</numerusform>
            <numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новых сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: since you opened case %1 %2 replied.</source>
        <translation>Не отправлено: после того как вы открыли обращение %1, %2 ответил(и).</translation>
    </message>
    <message>
        <source>A poll lease needs a holder.</source>
        <translation>Для аренды опроса нужен владелец.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>У тега должно быть имя.</translation>
    </message>
    <message>
        <source>An internal note needs some text.</source>
        <translation>Во внутренней заметке должен быть текст.</translation>
    </message>
    <message>
        <source>An internal note is limited to %1 characters.</source>
        <translation>Внутренняя заметка не может быть длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Only a customer&apos;s message can become a case of its own.</source>
        <translation>Отдельным обращением может стать только сообщение клиента.</translation>
    </message>
    <message>
        <source>This message is the whole of case %1 already.</source>
        <translation>Это сообщение уже составляет всё обращение %1.</translation>
    </message>
    <message>
        <source>This message has been registered as a case already.</source>
        <translation>Это сообщение уже зарегистрировано как обращение.</translation>
    </message>
    <message>
        <source>The report&apos;s period ends before it starts.</source>
        <translation>Период отчёта заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A satisfaction score is a number from 1 to 5.</source>
        <translation>Оценка удовлетворённости — число от 1 до 5.</translation>
    </message>
    <message>
        <source>A script with the key “%1” exists already.</source>
        <translation>Шаблон с ключом «%1» уже существует.</translation>
    </message>
    <message>
        <source>There is no script %1.</source>
        <translation>Шаблона %1 нет.</translation>
    </message>
    <message>
        <source>Script %1 (“%2”): %3</source>
        <translation>Шаблон %1 («%2»): %3</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>У представления должно быть имя.</translation>
    </message>
    <message>
        <source>You already have a view named %1.</source>
        <translation>У вас уже есть представление с именем %1.</translation>
    </message>
    <message>
        <source>There is no view %1.</source>
        <translation>Представления %1 нет.</translation>
    </message>
    <message>
        <source>Case %1 stays in the shared inbox: this login may not put cases in its account&apos;s queue.</source>
        <translation>Обращение %1 остаётся в общих входящих: этой учётной записи нельзя помещать обращения в очередь своего аккаунта.</translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseConfig</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL; expected postgresql://user@host[:port]/database.</source>
        <translation>«%1» — не адрес PostgreSQL; ожидается postgresql://пользователь@сервер[:порт]/база.</translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseLogin</name>
    <message>
        <source>The keychain stopped before answering.</source>
        <translation>Связка ключей прекратила работу, не дав ответа.</translation>
    </message>
    <message>
        <source>workspace login needs --database postgresql://user@host/database.</source>
        <translation>Для workspace login нужен параметр --database postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The URL names no user; write postgresql://user@host/database.</source>
        <translation>В адресе не указан пользователь; укажите postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Пароль не передан через стандартный ввод.</translation>
    </message>
    <message>
        <source>The password for %1 is in the system keychain.</source>
        <translation>Пароль для %1 сохранён в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Demo::DemoLiveStream</name>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
</context>
<context>
    <name>CareDesk::Demo::DemoTraffic</name>
    <message>
        <source>The demo traffic (%1) is missing from this build.</source>
        <translation>В этой сборке нет демо-трафика (%1).</translation>
    </message>
    <message>
        <source>The demo traffic is not valid JSON: %1.</source>
        <translation>Демо-трафик — некорректный JSON: %1.</translation>
    </message>
    <message>
        <source>The demo traffic names no language.</source>
        <translation>В демо-трафике не указан язык.</translation>
    </message>
    <message>
        <source>A demo customer lacks a key, a name or a handle.</source>
        <translation>У демо-клиента нет ключа, имени или аккаунта.</translation>
    </message>
    <message>
        <source>A demo thread has no known customer or does not start with one.</source>
        <translation>Демо-ветка не привязана к известному клиенту или начинается не с него.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Facebook::FacebookConnector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is for the Facebook page %1, which has no Instagram business account linked; link one in the page&apos;s settings.</source>
        <translation>Токен выдан для страницы Facebook %1, к которой не привязан бизнес-аккаунт Instagram; привяжите его в настройках страницы.</translation>
    </message>
    <message>
        <source>Signed in for the Instagram account @%1 of the page %2.</source>
        <translation>Вход выполнен для аккаунта Instagram @%1 страницы %2.</translation>
    </message>
    <message>
        <source>Signed in for the page %1.</source>
        <translation>Вход выполнен для страницы %1.</translation>
    </message>
    <message>
        <source>Signed in for the page %1; its Instagram account @%2 can be added with the same token.</source>
        <translation>Вход выполнен для страницы %1; её аккаунт Instagram @%2 можно добавить с тем же токеном.</translation>
    </message>
    <message>
        <source>The Facebook page %1 has no Instagram business account linked; link one in the page&apos;s settings.</source>
        <translation>К странице Facebook %1 не привязан бизнес-аккаунт Instagram; привяжите его в настройках страницы.</translation>
    </message>
    <message>
        <source>%1 accounts have no stream called &quot;%2&quot;.</source>
        <translation>У аккаунтов %1 нет потока «%2».</translation>
    </message>
    <message>
        <source>The %1 account %2 has an invalid API address.</source>
        <translation>У аккаунта %1 %2 неверный адрес API.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n page(s) of new items arrived at once on %1; the oldest of them were not read.</source>
        <translation>
            <numerusform>В %1 одновременно пришло более %n страницы новых элементов; самые старые из них не прочитаны.</numerusform>
            <numerusform>В %1 одновременно пришло более %n страниц новых элементов; самые старые из них не прочитаны.</numerusform>
            <numerusform>В %1 одновременно пришло более %n страниц новых элементов; самые старые из них не прочитаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>This case is not a %1 comment or conversation CareDesk can answer.</source>
        <translation>Это обращение не является комментарием или перепиской %1, на которые CareDesk может ответить.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Ответ пуст.</translation>
    </message>
    <message>
        <source>The customer has not written in this conversation; %1 lets the page write only after the customer.</source>
        <translation>Клиент ещё не писал в этой переписке; %1 позволяет странице писать только после клиента.</translation>
    </message>
    <message>
        <source>The customer&apos;s last message was %1 ago, more than the 7 days %2 allows with the human agent tag; the customer must write first.</source>
        <translation>Последнее сообщение клиента было %1 назад — больше 7 дней, которые %2 допускает с тегом human agent; сначала должен написать клиент.</translation>
    </message>
    <message>
        <source>This conversation names no customer to write to.</source>
        <translation>В этой переписке не указан клиент, которому можно написать.</translation>
    </message>
    <message>
        <source>%1 did not tell when the comment was written, so CareDesk cannot tell whether a private reply is still allowed.</source>
        <translation>%1 не сообщил, когда был написан комментарий, поэтому CareDesk не может определить, разрешён ли ещё личный ответ.</translation>
    </message>
    <message>
        <source>The comment was written %1 ago; %2 allows a private reply to a comment only within 7 days.</source>
        <translation>Комментарий написан %1 назад; %2 разрешает личный ответ на комментарий только в течение 7 дней.</translation>
    </message>
    <message>
        <source>Facebook answered HTTP %1 to the reply.</source>
        <translation>Facebook ответил на отправку ответа кодом HTTP %1.</translation>
    </message>
    <message>
        <source>%1 The reply may have been posted, and %2 offers no way to send it again safely: CareDesk did not find it in the thread. Check the thread before sending it again.</source>
        <translation>%1 Ответ мог быть опубликован, а %2 не даёт способа безопасно отправить его повторно: CareDesk не нашёл его в ветке. Проверьте ветку, прежде чем отправлять снова.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Facebook::GraphParser</name>
    <message>
        <source>Facebook sent %1 CareDesk cannot read (%2).</source>
        <translation>Facebook прислал данные, которые CareDesk не может прочитать: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 (байт %2)</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list</source>
        <translation>«data» — не список</translation>
    </message>
    <message>
        <source>[Photo]</source>
        <translation>[Фото]</translation>
    </message>
    <message>
        <source>[Video]</source>
        <translation>[Видео]</translation>
    </message>
    <message>
        <source>[Sticker]</source>
        <translation>[Стикер]</translation>
    </message>
    <message>
        <source>[Audio]</source>
        <translation>[Аудио]</translation>
    </message>
    <message>
        <source>[Attachment]</source>
        <translation>[Вложение]</translation>
    </message>
    <message>
        <source>Facebook is throttling this page&apos;s requests (#%1: %2); the account&apos;s queue waits until access is regained.</source>
        <translation>Facebook ограничивает запросы этой страницы (#%1: %2); очередь аккаунта ждёт восстановления доступа.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Facebook says too many requests (%1); the account&apos;s queue waits until access is regained.</source>
        <translation>Facebook сообщает о слишком большом числе запросов (%1); очередь аккаунта ждёт восстановления доступа.</translation>
    </message>
    <message>
        <source>Facebook refused the page access token (%1). The account is paused: add a new page token.</source>
        <translation>Facebook отклонил токен доступа страницы (%1). Аккаунт приостановлен: добавьте новый токен страницы.</translation>
    </message>
    <message>
        <source>The Facebook server is unavailable (%1); CareDesk will try again.</source>
        <translation>Сервер Facebook недоступен (%1); CareDesk повторит попытку.</translation>
    </message>
    <message>
        <source>Facebook sent an answer CareDesk cannot read; it will try again.</source>
        <translation>Facebook прислал ответ, который CareDesk не может прочитать; попытка будет повторена.</translation>
    </message>
    <message>
        <source>Facebook refused the request (%1).</source>
        <translation>Facebook отклонил запрос (%1).</translation>
    </message>
    <message>
        <source> (trace %1)</source>
        <translation> (трассировка %1)</translation>
    </message>
    <message>
        <source>Facebook no longer accepts the page access token (#%1: %2). The account is paused: create a new page access token and add it again.</source>
        <translation>Facebook больше не принимает токен доступа страницы (#%1: %2). Аккаунт приостановлен: создайте новый токен доступа страницы и добавьте его снова.</translation>
    </message>
    <message>
        <source>Facebook refused the message: it is outside the window in which the page may write to this customer (#%1: %2).</source>
        <translation>Facebook отклонил сообщение: истёк период, в течение которого страница может писать этому клиенту (#%1: %2).</translation>
    </message>
    <message>
        <source>The page access token lacks a permission Facebook requires (#%1: %2). A page admin must grant it to the app, then add the token again.%3</source>
        <translation>У токена доступа страницы нет разрешения, которого требует Facebook (#%1: %2). Администратор страницы должен предоставить его приложению, после чего добавьте токен снова.%3</translation>
    </message>
    <message>
        <source>Facebook had a temporary problem (#%1: %2); CareDesk will try again.</source>
        <translation>Временная ошибка Facebook (#%1: %2); CareDesk повторит попытку.</translation>
    </message>
    <message>
        <source>Facebook refused the request (#%1: %2).%3</source>
        <translation>Facebook отклонил запрос (#%1: %2).%3</translation>
    </message>
    <message>
        <source>a page</source>
        <translation>страница</translation>
    </message>
    <message>
        <source>no &quot;id&quot;</source>
        <translation>нет «id»</translation>
    </message>
    <message>
        <source>a page feed</source>
        <translation>лента страницы</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>беседы</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>переписка</translation>
    </message>
    <message>
        <source>Instagram media</source>
        <translation>медиафайлы Instagram</translation>
    </message>
    <message>
        <source>Instagram comments</source>
        <translation>комментарии Instagram</translation>
    </message>
    <message>
        <source>Facebook answered without the new comment&apos;s id; the reply may have been posted. Check the thread before sending again.</source>
        <translation>Facebook ответил без идентификатора нового комментария; ответ мог быть опубликован. Проверьте ветку, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>Facebook answered without the message&apos;s id; the message may have been sent. Check the conversation before sending again.</source>
        <translation>Facebook ответил без идентификатора сообщения; сообщение могло быть отправлено. Проверьте переписку, прежде чем отправлять снова.</translation>
    </message>
</context>
<context>
    <name>CareDesk::FromCaseCommand</name>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation>Неизвестный для этой команды параметр --%1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
    </message>
    <message>
        <source>Missing argument: the case id.</source>
        <translation>Не хватает аргумента: номер обращения.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id.</source>
        <translation>«%1» — не номер обращения.</translation>
    </message>
    <message>
        <source>Name the scenario file with --out FILE.</source>
        <translation>Укажите файл сценария: --out FILE.</translation>
    </message>
    <message>
        <source>Only supervisors, trainers and administrators turn cases into training scenarios.</source>
        <translation>Превращать обращения в учебные сценарии могут только супервайзеры, тренеры и администраторы.</translation>
    </message>
    <message>
        <source>Case %1 is not resolved; only resolved cases become training scenarios.</source>
        <translation>Обращение %1 не решено; учебными сценариями становятся только решённые обращения.</translation>
    </message>
    <message>
        <source>The scenario still holds personal data; nothing was written.</source>
        <translation>В сценарии остались персональные данные; ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scenario %1 written to %2 (%n opening post(s)).</source>
        <translation>
            <numerusform>Сценарий %1 записан в %2 (%n начальная публикация).</numerusform>
            <numerusform>Сценарий %1 записан в %2 (%n начальные публикации).</numerusform>
            <numerusform>Сценарий %1 записан в %2 (%n начальных публикаций).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::HeatmapWidget</name>
    <message>
        <source>Customer messages by weekday and hour</source>
        <translation>Сообщения клиентов по дням недели и часам</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n message(s)</source>
        <translation>
            <numerusform>%1 %2:00–%2:59: %n сообщение</numerusform>
            <numerusform>%1 %2:00–%2:59: %n сообщения</numerusform>
            <numerusform>%1 %2:00–%2:59: %n сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::HttpClient</name>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Сервер %1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Сервер %1 отклонил соединение.</translation>
    </message>
    <message>
        <source>The server %1 cannot be found; check the address and the network.</source>
        <translation>Сервер %1 не найден; проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before answering.</source>
        <translation>Сервер %1 закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established; check the address and the system&apos;s certificates.</source>
        <translation>Не удалось установить защищённое соединение с %1; проверьте адрес и системные сертификаты.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Сеть недоступна.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection to %1.</source>
        <translation>Прокси-сервер отклонил или не смог установить соединение с %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Не удалось соединиться с %1 (сетевая ошибка %2).</translation>
    </message>
    <message>
        <source>Waiting for the platform&apos;s rate limit until %1.</source>
        <translation>Ожидание снятия лимита запросов платформы до %1.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer too large to read.</source>
        <translation>Сервер %1 прислал слишком большой ответ.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ImportCommand</name>
    <message>
        <source>Could not read standard input: %1.</source>
        <translation>Не удалось прочитать стандартный ввод: %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Could not read %1 to the end: %2.</source>
        <translation>Не удалось дочитать %1 до конца: %2.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>Nothing in %1 could be imported.</source>
        <translation>Из %1 ничего не удалось импортировать.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>the %1 account %2 cannot be created: %3</source>
        <translation>не удалось создать аккаунт %1 %2: %3</translation>
    </message>
    <message>
        <source>Created the live %1 account %2 (id %3) for the imported messages.</source>
        <translation>Для импортированных сообщений создан реальный аккаунт %1 %2 (номер %3).</translation>
    </message>
    <message>
        <source>Read %1 lines: %2 messages imported, %3 duplicates, %4 cases opened, %5 bad lines.</source>
        <translation>Прочитано строк: %1; импортировано сообщений: %2, дубликатов: %3, открыто обращений: %4, ошибочных строк: %5.</translation>
    </message>
    <message>
        <source>%1 contact or customer records were skipped: not supported yet.</source>
        <translation>Пропущено записей контактов или клиентов: %1 (пока не поддерживаются).</translation>
    </message>
    <message>
        <source>%1 contacts and %2 customer profiles imported.</source>
        <translation>Импортировано контактов: %1, профилей клиентов: %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ImportFormat</name>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>the field &quot;type&quot; must be a string</source>
        <translation>поле &quot;type&quot; должно быть строкой</translation>
    </message>
    <message>
        <source>records of type &quot;%1&quot; are not supported yet; skipped</source>
        <translation>записи типа «%1» пока не поддерживаются; пропущено</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;</source>
        <translation>неизвестный тип записи «%1»</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>нет поля &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a string</source>
        <translation>поле &quot;%1&quot; должно быть строкой</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>поле &quot;%1&quot; пустое</translation>
    </message>
    <message>
        <source>the field &quot;sentiment&quot; must be a whole number from -100 to 100</source>
        <translation>поле &quot;sentiment&quot; должно быть целым числом от -100 до 100</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>неизвестная платформа «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>«%1» — не время в формате ISO 8601</translation>
    </message>
    <message>
        <source>the direction must be in or out, not &quot;%1&quot;</source>
        <translation>направление должно быть in или out, а не «%1»</translation>
    </message>
    <message>
        <source>the visibility must be public or private, not &quot;%1&quot;</source>
        <translation>видимость должна быть public или private, а не «%1»</translation>
    </message>
    <message>
        <source>the text is longer than 1 MB</source>
        <translation>текст длиннее 1 МБ</translation>
    </message>
</context>
<context>
    <name>CareDesk::InboxModel</name>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>The latest message of the case</source>
        <translation>Последнее сообщение обращения</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>How long the customer has waited for an answer</source>
        <translation>Сколько клиент ждёт ответа</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Service level: the nearest response target</source>
        <translation>Уровень сервиса: ближайший срок ответа</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
</context>
<context>
    <name>CareDesk::JourneyModel</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Обращение открыто</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Личное сообщение</translation>
    </message>
    <message>
        <source>Public post</source>
        <translation>Публичный пост</translation>
    </message>
    <message>
        <source>Reply, private message</source>
        <translation>Ответ, личное сообщение</translation>
    </message>
    <message>
        <source>Reply, public</source>
        <translation>Ответ, публичный</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Открыто повторно</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Статус: %1 → %2</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Взято в работу</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Sentiment %1</source>
        <translation>Тональность: %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT: %1</translation>
    </message>
    <message>
        <source>%1, from the customer</source>
        <translation>%1, от клиента</translation>
    </message>
    <message>
        <source>%1, to the customer</source>
        <translation>%1, клиенту</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Другие каналы</translation>
    </message>
    <message>
        <source>%1 · case %2 · %3</source>
        <translation>%1 · обращение %2 · %3</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
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
        <translation>Стереть клиента</translation>
    </message>
    <message>
        <source>Erasing replaces every message, note, contact and profile field of %1 with &quot;%2&quot;. Case statistics stay; nothing can bring the texts back.</source>
        <translation>При стирании все сообщения, заметки, контакты и поля профиля клиента %1 заменяются на «%2». Статистика обращений сохраняется, но тексты восстановить будет невозможно.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Для подтверждения введите «%1»:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>The customer&apos;s journey appears here.</source>
        <translation>Здесь появится история клиента.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Probably the same person</source>
        <translation>Вероятно, тот же человек</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Стереть…</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>История клиента</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Could not read the journey: %1</source>
        <translation>Не удалось прочитать историю клиента: %1</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Загрузка клиента…</translation>
    </message>
    <message>
        <source>Could not read the customer: %1</source>
        <translation>Не удалось прочитать клиента: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Разъединить</translation>
    </message>
    <message>
        <source>Return this identity to customer %1, as it was before the link</source>
        <translation>Вернуть этот профиль клиенту %1, как было до связывания</translation>
    </message>
    <message>
        <source>Give this identity a customer of its own</source>
        <translation>Создать для этого профиля отдельного клиента</translation>
    </message>
    <message>
        <source>CRM %1</source>
        <translation>CRM %1</translation>
    </message>
    <message>
        <source>Erased on request %1: texts and profile were removed; statistics stay.</source>
        <translation>Стёрт по запросу %1: тексты и профиль удалены, статистика сохранена.</translation>
    </message>
    <message>
        <source>No other open cases.</source>
        <translation>Других открытых обращений нет.</translation>
    </message>
    <message>
        <source>%1 case %2</source>
        <translation>%1, обращение %2</translation>
    </message>
    <message>
        <source>Open elsewhere: %1</source>
        <translation>Открыто в других каналах: %1</translation>
    </message>
    <message>
        <source>Previous contact: %1, %2</source>
        <translation>Предыдущий контакт: %1, %2</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Более ранних контактов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the last 30 days</source>
        <translation>
            <numerusform>%n контакт за последние 30 дней</numerusform>
            <numerusform>%n контакта за последние 30 дней</numerusform>
            <numerusform>%n контактов за последние 30 дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Sentiment improving (now %1)</source>
        <translation>Тональность улучшается (сейчас %1)</translation>
    </message>
    <message>
        <source>Sentiment worsening (now %1)</source>
        <translation>Тональность ухудшается (сейчас %1)</translation>
    </message>
    <message>
        <source>Sentiment steady (%1)</source>
        <translation>Тональность стабильна (%1)</translation>
    </message>
    <message>
        <source>Sentiment %1</source>
        <translation>Тональность: %1</translation>
    </message>
    <message>
        <source>Linked with %1</source>
        <translation>Связано с: %1</translation>
    </message>
    <message>
        <source>%1 (now with %2)</source>
        <translation>%1 (сейчас у клиента %2)</translation>
    </message>
    <message>
        <source>This customer&apos;s %1 belongs with %2</source>
        <translation>%1 этого клиента относится к клиенту %2</translation>
    </message>
    <message>
        <source>Link to this customer</source>
        <translation>Связать с этим клиентом</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Связать с клиентом %1</translation>
    </message>
    <message numerus="yes">
        <source>The same customer opened case %1 on %2 within %n hour(s) of this one.</source>
        <translation>
            <numerusform>Этот же клиент открыл обращение %1 в %2 в пределах %n часа от текущего.</numerusform>
            <numerusform>Этот же клиент открыл обращение %1 в %2 в пределах %n часов от текущего.</numerusform>
            <numerusform>Этот же клиент открыл обращение %1 в %2 в пределах %n часов от текущего.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both mention: %1.</source>
        <translation>В обоих упоминается: %1.</translation>
    </message>
    <message>
        <source>Link the cases so one answer covers both.</source>
        <translation>Свяжите обращения, чтобы один ответ закрыл оба.</translation>
    </message>
    <message>
        <source>Link cases</source>
        <translation>Связать обращения</translation>
    </message>
    <message>
        <source>Could not link: %1</source>
        <translation>Не удалось связать: %1</translation>
    </message>
    <message>
        <source>Linked. Unlink restores both customers as they were.</source>
        <translation>Связано. Разъединение вернёт обоих клиентов в прежнее состояние.</translation>
    </message>
    <message>
        <source>Could not unlink: %1</source>
        <translation>Не удалось разъединить: %1</translation>
    </message>
    <message>
        <source>Unlinked: the identity has a customer of its own now.</source>
        <translation>Разъединено: у профиля теперь собственный клиент.</translation>
    </message>
    <message>
        <source>Unlinked: the identity is back with customer %1.</source>
        <translation>Разъединено: профиль снова принадлежит клиенту %1.</translation>
    </message>
    <message>
        <source>same problem on two platforms</source>
        <translation>одна проблема на двух платформах</translation>
    </message>
    <message>
        <source>Could not link the cases: %1</source>
        <translation>Не удалось связать обращения: %1</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID в CRM</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Не удалось сохранить профиль: %1</translation>
    </message>
    <message>
        <source>Export customer</source>
        <translation>Экспорт клиента</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Не удалось экспортировать: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>клиент %1</translation>
    </message>
    <message>
        <source>Could not erase: %1</source>
        <translation>Не удалось стереть: %1</translation>
    </message>
    <message>
        <source>The customer was erased.</source>
        <translation>Клиент стёрт.</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>История клиента</translation>
    </message>
</context>
<context>
    <name>CareDesk::JourneyText</name>
    <message>
        <source>Same handle</source>
        <translation>Одинаковое имя пользователя</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID в CRM</translation>
    </message>
    <message>
        <source>Same name and a linked case</source>
        <translation>Одинаковое имя и связанное обращение</translation>
    </message>
    <message>
        <source>this customer&apos;s profile</source>
        <translation>профиле этого клиента</translation>
    </message>
    <message>
        <source>the records of %1</source>
        <translation>карточке клиента %1</translation>
    </message>
    <message>
        <source>%1 and %2 use the same handle &quot;%3&quot;.</source>
        <translation>%1 и %2 используют одно и то же имя пользователя «%3».</translation>
    </message>
    <message>
        <source>The e-mail address %1 is written in private messages of %2 and of %3.</source>
        <translation>Адрес эл. почты %1 указан в личных сообщениях %2 и %3.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is written in a private message of %2 and is in %3.</source>
        <translation>Адрес эл. почты %1 указан в личном сообщении %2 и есть в %3.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is in %2 and is written in a private message of %3.</source>
        <translation>Адрес эл. почты %1 есть в %2 и указан в личном сообщении %3.</translation>
    </message>
    <message>
        <source>The phone number +%1 is written in private messages of %2 and of %3.</source>
        <translation>Номер телефона +%1 указан в личных сообщениях %2 и %3.</translation>
    </message>
    <message>
        <source>The phone number +%1 is written in a private message of %2 and is in %3.</source>
        <translation>Номер телефона +%1 указан в личном сообщении %2 и есть в %3.</translation>
    </message>
    <message>
        <source>The phone number +%1 is in %2 and is written in a private message of %3.</source>
        <translation>Номер телефона +%1 есть в %2 и указан в личном сообщении %3.</translation>
    </message>
    <message>
        <source>The order number %1 is written in private messages of %2 and of %3.</source>
        <translation>Номер заказа %1 указан в личных сообщениях %2 и %3.</translation>
    </message>
    <message>
        <source>This customer and %1 have the same CRM id %2.</source>
        <translation>У этого клиента и у %1 одинаковый ID в CRM: %2.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same name &quot;%3&quot;, and cases of both are linked.</source>
        <translation>У %1 и %2 одинаковое имя «%3», и их обращения связаны.</translation>
    </message>
</context>
<context>
    <name>CareDesk::KeychainSecretStore</name>
    <message>
        <source>The request to the system keychain was cancelled because CareDesk closed the secret store.</source>
        <translation>Запрос к системной связке ключей отменён: CareDesk закрыл хранилище секретов.</translation>
    </message>
    <message>
        <source>CareDesk could not read a password or token from the system keychain.</source>
        <translation>CareDesk не смог прочитать пароль или токен из системной связки ключей.</translation>
    </message>
    <message>
        <source>CareDesk could not save a password or token in the system keychain.</source>
        <translation>CareDesk не смог сохранить пароль или токен в системной связке ключей.</translation>
    </message>
    <message>
        <source>CareDesk could not delete a password or token from the system keychain.</source>
        <translation>CareDesk не смог удалить пароль или токен из системной связки ключей.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>без подробностей</translation>
    </message>
    <message>
        <source>No keychain service such as GNOME Keyring or KWallet is running; start one and try again (%1).</source>
        <translation>Не запущена служба связки ключей, например GNOME Keyring или KWallet; запустите её и повторите (%1).</translation>
    </message>
    <message>
        <source>The keychain refused access; unlock it and allow CareDesk, then try again (%1).</source>
        <translation>Связка ключей отказала в доступе; разблокируйте её, разрешите доступ CareDesk и повторите (%1).</translation>
    </message>
    <message>
        <source>This keychain does not support the operation (%1).</source>
        <translation>Эта связка ключей не поддерживает операцию (%1).</translation>
    </message>
    <message>
        <source>The keychain service could not be reached or reported an error: %1. Check that GNOME Keyring or KWallet is running and unlocked.</source>
        <translation>Служба связки ключей недоступна или сообщила об ошибке: %1. Проверьте, что GNOME Keyring или KWallet запущены и разблокированы.</translation>
    </message>
</context>
<context>
    <name>CareDesk::LiveConnector</name>
    <message>
        <source>There is no access token for the %1 account %2 in the system keychain; add the account again with its token.</source>
        <translation>В системной связке ключей нет токена доступа для аккаунта %1 %2; добавьте аккаунт заново вместе с токеном.</translation>
    </message>
    <message>
        <source>%1 CareDesk will try again.</source>
        <translation>%1 CareDesk повторит попытку.</translation>
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
        <translation>Загрузка обращений…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded, more below</source>
        <translation>
            <numerusform>Загружено %n обращение, ниже есть ещё</numerusform>
            <numerusform>Загружено %n обращения, ниже есть ещё</numerusform>
            <numerusform>Загружено %n обращений, ниже есть ещё</numerusform>
        </translation>
    </message>
    <message>
        <source>Live updates paused: %1</source>
        <translation>Обновления приостановлены: %1</translation>
    </message>
    <message>
        <source>Stop and resume the demo&apos;s incoming customer messages</source>
        <translation>Остановить или возобновить входящие сообщения демо-клиентов</translation>
    </message>
    <message>
        <source>This workspace has no live demo traffic</source>
        <translation>В этом рабочем пространстве нет живого демо-трафика</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Pause live traffic</source>
        <translation>Пауза живого трафика</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Could not read the inbox: %1</source>
        <translation>Не удалось прочитать входящие: %1</translation>
    </message>
    <message>
        <source>Select a case to read its conversation.</source>
        <translation>Выберите обращение, чтобы прочитать переписку.</translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation>Загрузка переписки…</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>Не удалось прочитать переписку: %1</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n сообщение</numerusform>
            <numerusform>%1 · %2 · %3 · %n сообщения</numerusform>
            <numerusform>%1 · %2 · %3 · %n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is not in the loaded part of the inbox.</source>
        <translation>Обращения %1 нет в загруженной части входящих.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About CareDesk</source>
        <translation>&amp;О CareDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Open in a &amp;New Window</source>
        <translation>Открыть в &amp;новом окне</translation>
    </message>
    <message>
        <source>Keep the selected case in a window of its own</source>
        <translation>Открыть выбранное обращение в отдельном окне</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Следующее обращение</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Предыдущее обращение</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Перейти к входящим</translation>
    </message>
    <message>
        <source>Go to the conversation</source>
        <translation>Перейти к переписке</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>There is no search field in this window yet.</source>
        <translation>В этом окне пока нет поля поиска.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Reply privately</source>
        <translation>Ответить лично</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Палитра команд…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Switch between public reply and private message</source>
        <translation>Переключиться между публичным ответом и личным сообщением</translation>
    </message>
    <message>
        <source>Search all messages and customer names</source>
        <translation>Искать по всем сообщениям и именам клиентов</translation>
    </message>
    <message>
        <source>Views: %1</source>
        <translation>Представления: %1</translation>
    </message>
    <message>
        <source>Switch to view %1</source>
        <translation>Перейти к представлению %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::LoopbackListener</name>
    <message>
        <source>Nobody came back from the sign-in page within five minutes; start the sign-in again.</source>
        <translation>За пять минут со страницы входа так никто и не вернулся; начните вход заново.</translation>
    </message>
    <message>
        <source>CareDesk expected the browser to come back from the sign-in page.</source>
        <translation>CareDesk ожидал, что браузер вернётся со страницы входа.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <source>This sign-in link is not the one CareDesk is waiting for; start the sign-in again from CareDesk.</source>
        <translation>Это не та ссылка входа, которую ожидает CareDesk; начните вход заново из CareDesk.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this page.</source>
        <translation>Вход не завершён. Эту страницу можно закрыть.</translation>
    </message>
    <message>
        <source>The Mastodon instance did not grant access (%1).</source>
        <translation>Сервер Mastodon не предоставил доступ (%1).</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>нет кода</translation>
    </message>
    <message>
        <source>CareDesk is signed in. You can close this page and return to CareDesk.</source>
        <translation>Вход в CareDesk выполнен. Закройте эту страницу и вернитесь в CareDesk.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::MastodonConnector</name>
    <message>
        <source>The Mastodon account %1 has no instance address; add it with --base-url https://your.instance.</source>
        <translation>У аккаунта Mastodon %1 нет адреса сервера; укажите его с помощью --base-url https://your.instance.</translation>
    </message>
    <message>
        <source>Mastodon accounts have no stream called &quot;%1&quot;.</source>
        <translation>У аккаунтов Mastodon нет потока «%1».</translation>
    </message>
    <message>
        <source>The Mastodon account %1 has no instance address.</source>
        <translation>У аккаунта Mastodon %1 нет адреса сервера.</translation>
    </message>
    <message>
        <source>This case has no customer to write to privately.</source>
        <translation>В этом обращении нет клиента, которому можно написать лично.</translation>
    </message>
    <message>
        <source>Mastodon did not tell the customer&apos;s address.</source>
        <translation>Mastodon не сообщил адрес клиента.</translation>
    </message>
    <message>
        <source>%1 The reply may have been posted; CareDesk sends it again with the same Idempotency-Key, which Mastodon recognises.</source>
        <translation>%1 Ответ мог быть опубликован; CareDesk отправит его снова с тем же Idempotency-Key, и Mastodon распознает повтор.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::MastodonOAuth</name>
    <message>
        <source>The Mastodon instance address is not valid.</source>
        <translation>Недопустимый адрес сервера Mastodon.</translation>
    </message>
    <message>
        <source>CareDesk cannot open a port on 127.0.0.1 for the sign-in to come back to.</source>
        <translation>CareDesk не может открыть порт на 127.0.0.1 для возврата после входа.</translation>
    </message>
    <message>
        <source>The Mastodon instance did not register CareDesk: %1</source>
        <translation>Сервер Mastodon не зарегистрировал CareDesk: %1</translation>
    </message>
    <message>
        <source>its answer cannot be read.</source>
        <translation>не удаётся прочитать его ответ.</translation>
    </message>
    <message>
        <source>The Mastodon instance did not give CareDesk an access token: %1</source>
        <translation>Сервер Mastodon не выдал CareDesk токен доступа: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::MastodonParser</name>
    <message>
        <source>Mastodon sent an answer CareDesk cannot read (%1 at byte %2).</source>
        <translation>Mastodon прислал ответ, который CareDesk не может прочитать (%1, байт %2).</translation>
    </message>
    <message>
        <source>Mastodon sent an answer CareDesk cannot read (a list was expected).</source>
        <translation>Mastodon прислал ответ, который CareDesk не может прочитать (ожидался список).</translation>
    </message>
    <message>
        <source>Mastodon sent an answer CareDesk cannot read (an object was expected).</source>
        <translation>Mastodon прислал ответ, который CareDesk не может прочитать (ожидался объект).</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Предупреждение о содержимом: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n attachment(s)]</source>
        <translation>
            <numerusform>[%n вложение]</numerusform>
            <numerusform>[%n вложения]</numerusform>
            <numerusform>[%n вложений]</numerusform>
        </translation>
    </message>
    <message>
        <source>Mastodon sent a post CareDesk cannot read (its id, author or time is missing).</source>
        <translation>Mastodon прислал пост, который CareDesk не может прочитать (нет номера, автора или времени).</translation>
    </message>
    <message>
        <source>Mastodon sent a thread CareDesk cannot read (ancestors and descendants are missing).</source>
        <translation>Mastodon прислал ветку, которую CareDesk не может прочитать (нет предков и потомков).</translation>
    </message>
    <message>
        <source>Mastodon sent an answer CareDesk cannot read (no instance description).</source>
        <translation>Mastodon прислал ответ, который CareDesk не может прочитать (нет описания сервера).</translation>
    </message>
    <message>
        <source>Mastodon sent an account CareDesk cannot read (its id is missing).</source>
        <translation>Mastodon прислал аккаунт, который CareDesk не может прочитать (нет номера).</translation>
    </message>
    <message>
        <source>Mastodon accepted the post, but its answer cannot be read.</source>
        <translation>Mastodon принял пост, но его ответ прочитать не удалось.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Mastodon rejected the access token: it was revoked or lacks a needed permission (%1). Sign in to the account again.</source>
        <translation>Mastodon отклонил токен доступа: он отозван или у него нет нужного разрешения (%1). Войдите в аккаунт заново.</translation>
    </message>
    <message>
        <source>Mastodon cannot find it: the post or account was deleted or is not visible to this account (%1).</source>
        <translation>Mastodon не находит объект: пост или аккаунт удалён либо недоступен этому аккаунту (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Mastodon&apos;s rate limit is reached; CareDesk waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>Достигнут лимит запросов Mastodon; CareDesk повторит попытку через %n секунду.</numerusform>
            <numerusform>Достигнут лимит запросов Mastodon; CareDesk повторит попытку через %n секунды.</numerusform>
            <numerusform>Достигнут лимит запросов Mastodon; CareDesk повторит попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mastodon server is unavailable (%1); CareDesk will try again.</source>
        <translation>Сервер Mastodon недоступен (%1); CareDesk повторит попытку.</translation>
    </message>
    <message>
        <source>Mastodon refused the request: %1</source>
        <translation>Mastodon отклонил запрос: %1</translation>
    </message>
    <message>
        <source>Mastodon sent an unexpected answer (HTTP %1).</source>
        <translation>Mastodon прислал неожиданный ответ (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Mastodon::MastodonStream</name>
    <message>
        <source>The Mastodon stream sent a notification that is not a JSON object.</source>
        <translation>Поток Mastodon прислал уведомление, которое не является объектом JSON.</translation>
    </message>
    <message>
        <source>The Mastodon stream went silent; CareDesk polls until it reconnects.</source>
        <translation>Поток Mastodon замолчал; CareDesk опрашивает сервер, пока соединение не восстановится.</translation>
    </message>
    <message>
        <source>Mastodon refused the stream (HTTP %1); CareDesk polls instead.</source>
        <translation>Mastodon отказал в потоке (HTTP %1); вместо него CareDesk опрашивает сервер.</translation>
    </message>
    <message>
        <source>Mastodon&apos;s streaming is unavailable (HTTP %1); CareDesk polls instead.</source>
        <translation>Потоковая передача Mastodon недоступна (HTTP %1); вместо неё CareDesk опрашивает сервер.</translation>
    </message>
    <message>
        <source>The Mastodon stream dropped; CareDesk polls until it reconnects.</source>
        <translation>Поток Mastodon прервался; CareDesk опрашивает сервер, пока соединение не восстановится.</translation>
    </message>
    <message>
        <source>The Mastodon stream could not be opened (%1); CareDesk polls instead.</source>
        <translation>Не удалось открыть поток Mastodon (%1); вместо него CareDesk опрашивает сервер.</translation>
    </message>
</context>
<context>
    <name>CareDesk::MessageDelegate</name>
    <message numerus="yes">
        <source>[… %n more character(s) not shown]</source>
        <translation>
            <numerusform>[… ещё %n символ не показан]</numerusform>
            <numerusform>[… ещё %n символа не показаны]</numerusform>
            <numerusform>[… ещё %n символов не показаны]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::MetricsTables</name>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>По %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Target, min</source>
        <translation>Цель, мин</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Соблюдение</translation>
    </message>
    <message>
        <source>Volume by day</source>
        <translation>Объём по дням</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Новые обращения</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Сообщения клиентов</translation>
    </message>
    <message>
        <source>Agent replies</source>
        <translation>Ответы агентов</translation>
    </message>
    <message>
        <source>Customer messages by weekday and hour</source>
        <translation>Сообщения клиентов по дням недели и часам</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
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
        <translation>Время первого ответа</translation>
    </message>
    <message>
        <source>Up to, min</source>
        <translation>До, мин</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>Популярные темы</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>CareDesk::MetricsText</name>
    <message>
        <source>New cases</source>
        <translation>Новые обращения</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Сообщения клиентов</translation>
    </message>
    <message>
        <source>Agent replies</source>
        <translation>Ответы агентов</translation>
    </message>
    <message>
        <source>First response (from the post)</source>
        <translation>Первый ответ (от публикации)</translation>
    </message>
    <message>
        <source>First response (from assignment)</source>
        <translation>Первый ответ (от назначения)</translation>
    </message>
    <message>
        <source>Routing delay</source>
        <translation>Задержка маршрутизации</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Время решения</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Время обработки</translation>
    </message>
    <message>
        <source>Answered within SLA</source>
        <translation>Ответ в рамках SLA</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Решение с первого обращения</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Доля повторных открытий</translation>
    </message>
    <message>
        <source>Taken private</source>
        <translation>Переведено в личные</translation>
    </message>
    <message>
        <source>Praise thanked</source>
        <translation>Благодарность за похвалу</translation>
    </message>
    <message>
        <source>Sentiment at entry</source>
        <translation>Тональность на входе</translation>
    </message>
    <message>
        <source>Sentiment at exit</source>
        <translation>Тональность на выходе</translation>
    </message>
    <message>
        <source>Sentiment shift</source>
        <translation>Сдвиг тональности</translation>
    </message>
    <message>
        <source>Negative moved to neutral or positive</source>
        <translation>Негатив, ставший нейтральным или позитивным</translation>
    </message>
    <message>
        <source>CSAT surveys sent</source>
        <translation>Отправлено опросов CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Ответы на CSAT</translation>
    </message>
    <message>
        <source>CSAT (survey)</source>
        <translation>CSAT (опрос)</translation>
    </message>
    <message>
        <source>CSAT (predicted)</source>
        <translation>CSAT (прогноз)</translation>
    </message>
    <message>
        <source>%1%2%</source>
        <translation>%1%2%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
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
        <translation>Этот аккаунт уже опрашивает другая программа CareDesk; эта его не трогает.</translation>
    </message>
</context>
<context>
    <name>CareDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокий контраст</translation>
    </message>
    <message>
        <source>Black and white colours with strong highlights</source>
        <translation>Чёрно-белые цвета с яркой подсветкой</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <source>The new language applies when CareDesk starts next time.</source>
        <translation>Новый язык будет применён при следующем запуске CareDesk.</translation>
    </message>
</context>
<context>
    <name>CareDesk::PresenterWindow</name>
    <message>
        <source>Presenter</source>
        <translation>Режим презентации</translation>
    </message>
    <message>
        <source>Shipped scenarios</source>
        <translation>Встроенные сценарии</translation>
    </message>
    <message>
        <source>Present a scenario shipped with CareDesk</source>
        <translation>Показать сценарий, поставляемый с CareDesk</translation>
    </message>
    <message>
        <source>Open scenario…</source>
        <translation>Открыть сценарий…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Открыть файл сценария</translation>
    </message>
    <message>
        <source>Current case</source>
        <translation>Текущее обращение</translation>
    </message>
    <message>
        <source>Present the case selected in the main window</source>
        <translation>Показать обращение, выбранное в главном окне</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Previous message (Left)</source>
        <translation>Предыдущее сообщение (стрелка влево)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Next message (Space or Right)</source>
        <translation>Следующее сообщение (пробел или стрелка вправо)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <source>Highlight the selected text (H; Esc clears)</source>
        <translation>Выделить выбранный текст (H; Esc — снять выделение)</translation>
    </message>
    <message>
        <source>Show exemplary reply</source>
        <translation>Показать образцовый ответ</translation>
    </message>
    <message>
        <source>Show the exemplary reply (R)</source>
        <translation>Показать образцовый ответ (R)</translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation>Скрыть персональные данные</translation>
    </message>
    <message>
        <source>Mask personal data on screen (M)</source>
        <translation>Скрыть персональные данные на экране (M)</translation>
    </message>
    <message>
        <source>Names, handles, order numbers, e-mails and phones are replaced on screen; nothing stored changes (M)</source>
        <translation>Имена, ники, номера заказов, адреса e-mail и телефоны заменяются на экране; сохранённые данные не меняются (M)</translation>
    </message>
    <message>
        <source>Presented thread</source>
        <translation>Показываемая переписка</translation>
    </message>
    <message>
        <source>Presenter composer</source>
        <translation>Поле ответа в режиме презентации</translation>
    </message>
    <message>
        <source>Write a reply in front of the group…</source>
        <translation>Напишите ответ перед группой…</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Символы</translation>
    </message>
    <message>
        <source>Exemplary reply</source>
        <translation>Образцовый ответ</translation>
    </message>
    <message>
        <source>Presented scenario or case</source>
        <translation>Показываемый сценарий или обращение</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Следующее сообщение</translation>
    </message>
    <message>
        <source>Previous message</source>
        <translation>Предыдущее сообщение</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Выделить выбранное</translation>
    </message>
    <message>
        <source>Clear highlights</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Увеличить текст</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Сценарии (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Agent (exemplary reply)</source>
        <translation>Агент (образцовый ответ)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>Сообщение %1 из %2</translation>
    </message>
    <message>
        <source>private</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публично</translation>
    </message>
    <message>
        <source>Choose a scenario or present the current case</source>
        <translation>Выберите сценарий или покажите текущее обращение</translation>
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
        <translation>&amp;Режим презентации</translation>
    </message>
    <message>
        <source>Present a scenario or the current case at a projector: large type, one message at a time, personal data masked</source>
        <translation>Показать сценарий или текущее обращение на проекторе: крупный шрифт, по одному сообщению, персональные данные скрыты</translation>
    </message>
    <message>
        <source>Turn into &amp;training scenario…</source>
        <translation>Превратить в &amp;учебный сценарий…</translation>
    </message>
    <message>
        <source>Make an anonymised training scenario of this resolved case</source>
        <translation>Создать обезличенный учебный сценарий из этого решённого обращения</translation>
    </message>
    <message>
        <source>Re&amp;view reply…</source>
        <translation>&amp;Оценить ответ…</translation>
    </message>
    <message>
        <source>Score the selected sent reply with the training rubric</source>
        <translation>Оценить выбранный отправленный ответ по учебным критериям оценки</translation>
    </message>
    <message>
        <source>&amp;Quality review</source>
        <translation>&amp;Контроль качества</translation>
    </message>
    <message>
        <source>Review scores per agent and replies worth showing in training</source>
        <translation>Оценки по агентам и ответы, которые стоит показать на обучении</translation>
    </message>
    <message>
        <source>Select a case in the main window to present it.</source>
        <translation>Выберите обращение в главном окне, чтобы показать его.</translation>
    </message>
    <message>
        <source>Only resolved cases become training scenarios.</source>
        <translation>Учебными сценариями могут стать только решённые обращения.</translation>
    </message>
    <message>
        <source>The training scenario is saved.</source>
        <translation>Учебный сценарий сохранён.</translation>
    </message>
    <message>
        <source>This case has no sent reply to review.</source>
        <translation>В этом обращении нет отправленного ответа для оценки.</translation>
    </message>
    <message>
        <source>Review saved: %1 of %2.</source>
        <translation>Оценка сохранена: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::QualityReviewWindow</name>
    <message>
        <source>Quality review</source>
        <translation>Контроль качества</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Последние 4 недели</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Последние 12 недель</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Average score per agent and week</source>
        <translation>Средний балл по агентам и неделям</translation>
    </message>
    <message>
        <source>Average score per week</source>
        <translation>Средний балл по неделям</translation>
    </message>
    <message>
        <source>Average score per week, per agent</source>
        <translation>Средний балл по неделям для каждого агента</translation>
    </message>
    <message>
        <source>Replies worth showing in training (double-click opens the case)</source>
        <translation>Ответы, которые стоит показать на обучении (двойной щелчок открывает обращение)</translation>
    </message>
    <message>
        <source>Replies worth showing in training</source>
        <translation>Ответы, которые стоит показать на обучении</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть обращение</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Средний балл</translation>
    </message>
</context>
<context>
    <name>CareDesk::RehearsalDialog</name>
    <message>
        <source>Start rehearsal</source>
        <translation>Начать тренировку</translation>
    </message>
    <message>
        <source>Tick one scenario, or several to practise a busy hour. The simulated customers write into the inbox; reply as you would.</source>
        <translation>Отметьте один сценарий или несколько, чтобы отработать час пик. Смоделированные клиенты пишут во входящие; отвечайте так, как ответили бы обычно.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Сложность</translation>
    </message>
    <message>
        <source>Opening posts</source>
        <translation>Начальные публикации</translation>
    </message>
    <message>
        <source>&amp;Open scenario file...</source>
        <translation>&amp;Открыть файл сценария...</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>Open scenario file</source>
        <translation>Открыть файл сценария</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Файлы сценариев (*.json)</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Сложный</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Лёгкий</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n scenario(s)</source>
        <translation>
            <numerusform>&amp;Запустить %n сценарий</numerusform>
            <numerusform>&amp;Запустить %n сценария</numerusform>
            <numerusform>&amp;Запустить %n сценариев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::ReplyWindowLine</name>
    <message>
        <source>No messaging window: the customer must write first</source>
        <translation>Окно для сообщений не открыто: клиент должен написать первым</translation>
    </message>
    <message>
        <source>Instagram window: %1 left (standard 24 h)</source>
        <translation>Окно Instagram: осталось %1 (стандартно 24 ч)</translation>
    </message>
    <message>
        <source>Messenger window: %1 left (standard 24 h)</source>
        <translation>Окно Messenger: осталось %1 (стандартно 24 ч)</translation>
    </message>
    <message>
        <source>Human agent tag: %1 left</source>
        <translation>Тег «Human Agent»: осталось %1</translation>
    </message>
    <message>
        <source>Window closed %1 ago: the customer must write first</source>
        <translation>Окно закрылось %1 назад: клиент должен написать первым</translation>
    </message>
    <message>
        <source>%1 accepts a page&apos;s private message within 24 hours of the customer&apos;s last message, and within 7 days with the human agent tag, which is for a person answering an enquiry.</source>
        <translation>%1 принимает личные сообщения от страницы в течение 24 часов после последнего сообщения клиента и в течение 7 дней с тегом «Human Agent», который предназначен для ответа живого сотрудника на запрос.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>CareDesk executive summary</source>
        <translation>Сводка CareDesk для руководства</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Social care: executive summary</source>
        <translation>Обслуживание в соцсетях: сводка для руководства</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>С %1 по %2 (%3)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>%1 new cases (%2 against the previous period)</source>
        <translation>Новых обращений: %1 (%2 к предыдущему периоду)</translation>
    </message>
    <message>
        <source>%1 customer messages, %2 agent replies</source>
        <translation>Сообщений клиентов: %1, ответов агентов: %2</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>First response %1 on average (median %2); %3 after assignment</source>
        <translation>Первый ответ в среднем за %1 (медиана %2); %3 после назначения</translation>
    </message>
    <message>
        <source>%1 answered within the SLA target; next response %2; resolution %3; handle time %4</source>
        <translation>В рамках цели SLA: %1; следующий ответ %2; решение %3; время обработки %4</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1 resolved; first contact resolution %2; reopen rate %3</source>
        <translation>Решено: %1; решение с первого обращения %2; доля повторных открытий %3</translation>
    </message>
    <message>
        <source>%1 cases taken private; %2 of praise thanked</source>
        <translation>Переведено в личные: %1; поблагодарили за похвалу: %2</translation>
    </message>
    <message>
        <source>Sentiment shift</source>
        <translation>Сдвиг тональности</translation>
    </message>
    <message>
        <source>Entry %1, exit %2: shift %3</source>
        <translation>На входе %1, на выходе %2: сдвиг %3</translation>
    </message>
    <message>
        <source>%1 of negative arrivals left neutral or positive</source>
        <translation>Доля негативных обращений, завершившихся нейтрально или позитивно: %1</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message numerus="yes">
        <source>Survey CSAT %1 from %n answer(s)</source>
        <translation>
            <numerusform>CSAT по опросу %1 по %n ответу</numerusform>
            <numerusform>CSAT по опросу %1 по %n ответам</numerusform>
            <numerusform>CSAT по опросу %1 по %n ответам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey(s) sent</source>
        <translation>
            <numerusform>отправлен %n опрос</numerusform>
            <numerusform>отправлено %n опроса</numerusform>
            <numerusform>отправлено %n опросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>predicted CSAT %1 over %n resolved case(s)</source>
        <translation>
            <numerusform>прогнозный CSAT %1 по %n решённому обращению</numerusform>
            <numerusform>прогнозный CSAT %1 по %n решённым обращениям</numerusform>
            <numerusform>прогнозный CSAT %1 по %n решённым обращениям</numerusform>
        </translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>Популярные темы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New cases by day</source>
        <translation>Новые обращения по дням</translation>
    </message>
    <message>
        <source>Customer messages by weekday and hour</source>
        <translation>Сообщения клиентов по дням недели и часам</translation>
    </message>
    <message>
        <source>Predicted CSAT, handle time and first contact resolution are defined in the README (Metrics).</source>
        <translation>Прогнозный CSAT, время обработки и решение с первого обращения описаны в README (раздел Metrics).</translation>
    </message>
</context>
<context>
    <name>CareDesk::ReportsDesk</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Volume, speed, resolution, sentiment and satisfaction for a period</source>
        <translation>Объём, скорость, решение, тональность и удовлетворённость за период</translation>
    </message>
    <message>
        <source>Send CSAT &amp;survey</source>
        <translation>Отправить опрос &amp;CSAT</translation>
    </message>
    <message>
        <source>Ask the customer how satisfied they are (best sent at resolution)</source>
        <translation>Спросить клиента, насколько он доволен (лучше всего при закрытии)</translation>
    </message>
    <message>
        <source>Thank you for contacting us! How satisfied are you with our help? Reply with a number from 1 (not at all) to 5 (very satisfied).</source>
        <translation>Спасибо, что обратились к нам! Насколько вы довольны нашей помощью? Ответьте числом от 1 (совсем не доволен) до 5 (очень доволен).</translation>
    </message>
    <message>
        <source>Select a case to send the survey to.</source>
        <translation>Выберите обращение, которому нужно отправить опрос.</translation>
    </message>
    <message>
        <source>The CSAT survey for case %1 is in the outbox.</source>
        <translation>Опрос CSAT для обращения %1 помещён в исходящие.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Все агенты</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Volume over time</source>
        <translation>Объём во времени</translation>
    </message>
    <message>
        <source>Customer messages by weekday and hour</source>
        <translation>Сообщения клиентов по дням недели и часам</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>First response times</source>
        <translation>Время первого ответа</translation>
    </message>
    <message>
        <source>Answered within SLA, by platform</source>
        <translation>Ответ в рамках SLA по платформам</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Sentiment at entry and exit, by platform</source>
        <translation>Тональность на входе и выходе по платформам</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Группировать по</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Обновлено %1.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Первый ответ, медиана</translation>
    </message>
    <message>
        <source>Cases without a reply</source>
        <translation>Обращения без ответа</translation>
    </message>
    <message>
        <source>%1 new cases · first response %2 · %3 within SLA · first contact resolution %4 · sentiment shift %5 · CSAT %6 (predicted %7)</source>
        <translation>Новых обращений: %1 · первый ответ %2 · %3 в рамках SLA · решение с первого обращения %4 · сдвиг тональности %5 · CSAT %6 (прогноз %7)</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Новые обращения</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Сообщения клиентов</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Answered within SLA, %</source>
        <translation>Ответ в рамках SLA, %</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>На входе</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>На выходе</translation>
    </message>
    <message>
        <source>Sentiment at entry and exit, by platform: shift %1, %2 of negative arrivals recovered</source>
        <translation>Тональность на входе и выходе по платформам: сдвиг %1, восстановлено негативных обращений: %2</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>Отчёта пока нет.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Export the executive summary</source>
        <translation>Экспорт сводки для руководства</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Export every table as CSV into</source>
        <translation>Экспортировать все таблицы в CSV в папку</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n table(s) in %1.</source>
        <translation>
            <numerusform>Сохранена %n таблица в %1.</numerusform>
            <numerusform>Сохранены %n таблицы в %1.</numerusform>
            <numerusform>Сохранено %n таблиц в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Messages by weekday and hour</source>
        <translation>Сообщения по дням недели и часам</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>SLA by platform and priority</source>
        <translation>SLA по платформам и приоритетам</translation>
    </message>
    <message>
        <source>Sentiment at entry and exit</source>
        <translation>Тональность на входе и на выходе</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Разбивка по</translation>
    </message>
</context>
<context>
    <name>CareDesk::ReviewDialog</name>
    <message>
        <source>Review reply</source>
        <translation>Оценка ответа</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Ответ агента %1</translation>
    </message>
    <message>
        <source>Reviewed reply</source>
        <translation>Оцениваемый ответ</translation>
    </message>
    <message>
        <source>Rubric points</source>
        <translation>Пункты критериев оценки</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>Не применимо: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> из %1</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Балл за %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Комментарий проверяющего</translation>
    </message>
    <message>
        <source>What was good, what to do next time</source>
        <translation>Что получилось хорошо и что сделать иначе в следующий раз</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Worth showing in training</source>
        <translation>&amp;Стоит показать на обучении</translation>
    </message>
    <message>
        <source>Worth showing in training</source>
        <translation>Стоит показать на обучении</translation>
    </message>
    <message>
        <source>Total: %1 of %2 (%3%)</source>
        <translation>Итого: %1 из %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 of %2 (%3%), %n point(s) overridden</source>
        <translation>
            <numerusform>Итого: %1 из %2 (%3%), %n пункт изменён вручную</numerusform>
            <numerusform>Итого: %1 из %2 (%3%), %n пункта изменено вручную</numerusform>
            <numerusform>Итого: %1 из %2 (%3%), %n пунктов изменено вручную</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::ReviewTrendModel</name>
    <message>
        <source>(local agent)</source>
        <translation>(локальный агент)</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Агент %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Неделя с %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Средний балл</translation>
    </message>
</context>
<context>
    <name>CareDesk::Rubric</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must be a whole number between %2 and %3</source>
        <translation>%1: должно быть целым числом от %2 до %3</translation>
    </message>
    <message>
        <source>require_private_for_complaints: must be true or false</source>
        <translation>require_private_for_complaints: должно быть true или false</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>Время до первого ответа</translation>
    </message>
    <message>
        <source>Within the platform&apos;s limit</source>
        <translation>В пределах лимита платформы</translation>
    </message>
    <message>
        <source>Placeholders filled</source>
        <translation>Подстановки заполнены</translation>
    </message>
    <message>
        <source>Script used</source>
        <translation>Использован шаблон</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Тон</translation>
    </message>
    <message>
        <source>Taken private</source>
        <translation>Переведено в личные</translation>
    </message>
    <message>
        <source>Concrete time or link</source>
        <translation>Конкретное время или ссылка</translation>
    </message>
    <message>
        <source>No personal data in public</source>
        <translation>Нет персональных данных в публичном ответе</translation>
    </message>
    <message>
        <source>Only the first reply is timed.</source>
        <translation>Засекается только первый ответ.</translation>
    </message>
    <message>
        <source>Answered in %1, within the target of %2.</source>
        <translation>Ответ за %1, в пределах цели %2.</translation>
    </message>
    <message>
        <source>Answered in %1: over the target of %2, half the points.</source>
        <translation>Ответ за %1: больше цели %2, половина баллов.</translation>
    </message>
    <message>
        <source>Answered in %1: more than twice the target of %2.</source>
        <translation>Ответ за %1: более чем вдвое больше цели %2.</translation>
    </message>
    <message>
        <source>%1 of %2 characters allowed on %3.</source>
        <translation>%1 из %2 допустимых символов в %3.</translation>
    </message>
    <message>
        <source>%1 characters: over the limit of %2 on %3.</source>
        <translation>%1 символов: больше лимита %2 в %3.</translation>
    </message>
    <message>
        <source>No placeholder was left unfilled.</source>
        <translation>Незаполненных подстановок не осталось.</translation>
    </message>
    <message>
        <source>Left unfilled: %1.</source>
        <translation>Не заполнено: %1.</translation>
    </message>
    <message>
        <source>No script fits this case.</source>
        <translation>Для этого обращения нет подходящего шаблона.</translation>
    </message>
    <message>
        <source>Built from the script that fits.</source>
        <translation>Составлен по подходящему шаблону.</translation>
    </message>
    <message>
        <source>A script fits this case but was not used.</source>
        <translation>Для этого обращения есть подходящий шаблон, но он не использован.</translation>
    </message>
    <message>
        <source>The tone scores %1 (at least %2 asked).</source>
        <translation>Оценка тона: %1 (требуется не менее %2).</translation>
    </message>
    <message>
        <source>The tone scores %1, below the %2 asked.</source>
        <translation>Оценка тона: %1, ниже требуемых %2.</translation>
    </message>
    <message>
        <source>This case need not be taken private.</source>
        <translation>Это обращение не требуется переводить в личные.</translation>
    </message>
    <message>
        <source>Answered in a private message.</source>
        <translation>Ответ дан в личном сообщении.</translation>
    </message>
    <message>
        <source>Invited the customer to a private message.</source>
        <translation>Клиенту предложено перейти в личные сообщения.</translation>
    </message>
    <message>
        <source>A complaint to take private was answered only in public.</source>
        <translation>На жалобу, которую следовало перевести в личные, ответили только публично.</translation>
    </message>
    <message>
        <source>Gives a concrete time and a link.</source>
        <translation>Указаны конкретное время и ссылка.</translation>
    </message>
    <message>
        <source>Gives a concrete time.</source>
        <translation>Указано конкретное время.</translation>
    </message>
    <message>
        <source>Gives a concrete link.</source>
        <translation>Указана конкретная ссылка.</translation>
    </message>
    <message>
        <source>Sends the customer elsewhere without a concrete link.</source>
        <translation>Клиента отсылают в другое место без конкретной ссылки.</translation>
    </message>
    <message>
        <source>Gives neither a concrete time nor a link.</source>
        <translation>Не указаны ни конкретное время, ни ссылка.</translation>
    </message>
    <message>
        <source>A private message may carry personal data.</source>
        <translation>Личное сообщение может содержать персональные данные.</translation>
    </message>
    <message>
        <source>No personal data in the public reply.</source>
        <translation>В публичном ответе нет персональных данных.</translation>
    </message>
    <message>
        <source>Personal data in public: %1.</source>
        <translation>Персональные данные в публичном ответе: %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::SavedViewDialog</name>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Сохранённое представление</translation>
    </message>
    <message>
        <source>e.g. Urgent on X</source>
        <translation>например, Срочные в X</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>Любой из этих тегов, через запятую</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Only negative sentiment</source>
        <translation>Только негативная тональность</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любое</translation>
    </message>
    <message>
        <source>At risk: due within</source>
        <translation>Под угрозой: срок в течение</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;SLA:</source>
        <translation>&amp;SLA:</translation>
    </message>
    <message>
        <source>Has an unanswered customer message</source>
        <translation>Есть сообщение клиента без ответа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Последняя активность:</translation>
    </message>
    <message>
        <source>Newest activity first</source>
        <translation>Сначала недавняя активность</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>Сначала с ближайшим сроком SLA</translation>
    </message>
    <message>
        <source>Oldest waiting first</source>
        <translation>Сначала дольше всех ждущие</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>Со&amp;ртировка:</translation>
    </message>
    <message>
        <source>Edit saved view</source>
        <translation>Изменить сохранённое представление</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Дайте представлению имя.</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
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
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>должно быть от %1 до %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be &quot;public&quot; or &quot;private&quot;, not &quot;%1&quot;</source>
        <translation>должно быть &quot;public&quot; или &quot;private&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>содержит больше %1 элементов</translation>
    </message>
    <message>
        <source>The scenario is not valid JSON (at byte %1: %2)</source>
        <translation>Сценарий не является корректным JSON (байт %1: %2)</translation>
    </message>
    <message>
        <source>The scenario must be a JSON object</source>
        <translation>Сценарий должен быть объектом JSON</translation>
    </message>
    <message>
        <source>version %1 is newer than this CareDesk reads (%2)</source>
        <translation>версия %1 новее той, которую читает этот CareDesk (%2)</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 100)</source>
        <translation>допускаются только строчные буквы, цифры, &apos;.&apos;, &apos;_&apos; или &apos;-&apos; (не более 100)</translation>
    </message>
    <message>
        <source>needs &quot;ru&quot; or &quot;en&quot;</source>
        <translation>требуется &quot;ru&quot; или &quot;en&quot;</translation>
    </message>
    <message>
        <source>must be &quot;ru&quot; or &quot;en&quot;, not &quot;%1&quot;</source>
        <translation>должно быть &quot;ru&quot; или &quot;en&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform CareDesk knows</source>
        <translation>&quot;%1&quot; — неизвестная CareDesk платформа</translation>
    </message>
    <message>
        <source>needs at least one post</source>
        <translation>требуется хотя бы один пост</translation>
    </message>
    <message>
        <source>needs at least one reaction rule</source>
        <translation>требуется хотя бы одно правило реакции</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition (one of: %2)</source>
        <translation>&quot;%1&quot; — не условие (допустимы: %2)</translation>
    </message>
    <message>
        <source>is required for ignored_for</source>
        <translation>обязательно для ignored_for</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome (escalate, follow_up, calm or close)</source>
        <translation>&quot;%1&quot; — не исход (escalate, follow_up, calm или close)</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScenarioFromCaseDialog</name>
    <message>
        <source>Turn into training scenario</source>
        <translation>Превратить в учебный сценарий</translation>
    </message>
    <message>
        <source>Names, handles, ids, e-mails and phone numbers of the customer are replaced. The agent&apos;s actual reply is the exemplary reply: edit it as you see fit.</source>
        <translation>Имена, имена пользователей, идентификаторы, адреса электронной почты и номера телефонов клиента заменяются. Фактический ответ агента становится образцовым ответом: отредактируйте его по своему усмотрению.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Scenario id</source>
        <translation>Идентификатор сценария</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <source>Customer&apos;s handle</source>
        <translation>Имя пользователя клиента</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>Title (&amp;Russian):</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>И&amp;мя клиента:</translation>
    </message>
    <message>
        <source>Customer &amp;handle:</source>
        <translation>Имя &amp;пользователя клиента:</translation>
    </message>
    <message>
        <source>Opening posts</source>
        <translation>Начальные публикации</translation>
    </message>
    <message>
        <source>Opening posts:</source>
        <translation>Начальные публикации:</translation>
    </message>
    <message>
        <source>Exemplary reply</source>
        <translation>Образцовый ответ</translation>
    </message>
    <message>
        <source>E&amp;xemplary reply:</source>
        <translation>&amp;Образцовый ответ:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Scenario JSON</source>
        <translation>JSON сценария</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The scenario still contains the customer&apos;s personal data (%1); replace it before saving.</source>
        <translation>Сценарий всё ещё содержит персональные данные клиента (%1); замените их перед сохранением.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Save training scenario</source>
        <translation>Сохранить учебный сценарий</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Сценарии (*.json)</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScenarioLibrary</name>
    <message>
        <source>Cannot read the scenario %1: %2</source>
        <translation>Не удалось прочитать сценарий %1: %2</translation>
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
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>телефон %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScriptFile</name>
    <message>
        <source>“%1” must be a string.</source>
        <translation>«%1» должно быть строкой.</translation>
    </message>
    <message>
        <source>The scope “%1” is neither team nor personal.</source>
        <translation>Область «%1» — ни team, ни personal.</translation>
    </message>
    <message>
        <source>Record %1 (line %2)</source>
        <translation>Запись %1 (строка %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the key “%2” appears twice in the file.</source>
        <translation>%1: ключ «%2» встречается в файле дважды.</translation>
    </message>
    <message>
        <source>The link name “%1” may hold only letters, digits, _, - and .</source>
        <translation>Имя ссылки «%1» может содержать только буквы, цифры, _, - и .</translation>
    </message>
    <message>
        <source>The link “%1” is not an http or https address.</source>
        <translation>Ссылка «%1» не является адресом http или https.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field (write it as &quot;&quot; inside a quoted field).</source>
        <translation>Строка %1: кавычка внутри поля без кавычек (внутри поля в кавычках пишите её как &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Строка %1: текст после закрывающей кавычки.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Строка %1: поле в кавычках не закрыто.</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Строка %1: %2.</translation>
    </message>
    <message>
        <source>The file is a “%1” file, not a CareDesk script library.</source>
        <translation>Это файл «%1», а не библиотека шаблонов CareDesk.</translation>
    </message>
    <message>
        <source>The script library has version %1; this CareDesk reads version 1.</source>
        <translation>Библиотека шаблонов имеет версию %1; этот CareDesk читает версию 1.</translation>
    </message>
    <message>
        <source>The file has no “scripts” list.</source>
        <translation>В файле нет списка «scripts».</translation>
    </message>
    <message>
        <source>“links” must be an object of names and addresses.</source>
        <translation>«links» должно быть объектом из имён и адресов.</translation>
    </message>
    <message>
        <source>The link “%1” must be a string.</source>
        <translation>Ссылка «%1» должна быть строкой.</translation>
    </message>
    <message>
        <source>%1: a script must be an object.</source>
        <translation>%1: шаблон должен быть объектом.</translation>
    </message>
    <message>
        <source>“variants” must be a list.</source>
        <translation>«variants» должно быть списком.</translation>
    </message>
    <message>
        <source>variant %1 must be an object.</source>
        <translation>вариант %1 должен быть объектом.</translation>
    </message>
    <message>
        <source>variant %1: %2</source>
        <translation>вариант %1: %2</translation>
    </message>
    <message>
        <source>The CSV file is empty; it needs a header row (%1).</source>
        <translation>Файл CSV пуст; в нём нужна строка заголовка (%1).</translation>
    </message>
    <message>
        <source>Line 1: unknown column “%1” (expected %2).</source>
        <translation>Строка 1: неизвестный столбец «%1» (ожидаются %2).</translation>
    </message>
    <message>
        <source>Line 1: the header has no “%1” column.</source>
        <translation>Строка 1: в заголовке нет столбца «%1».</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3.</source>
        <translation>%1: %2 полей, а в заголовке %3.</translation>
    </message>
    <message>
        <source>%1: the row has neither a key nor a title.</source>
        <translation>%1: в строке нет ни ключа, ни названия.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Scripts</name>
    <message>
        <source>The script has no title.</source>
        <translation>У шаблона нет названия.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>Название длиннее %n символа.</numerusform>
            <numerusform>Название длиннее %n символов.</numerusform>
            <numerusform>Название длиннее %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The shortcut is longer than %n characters.</source>
        <translation>
            <numerusform>Сокращение длиннее %n символа.</numerusform>
            <numerusform>Сокращение длиннее %n символов.</numerusform>
            <numerusform>Сокращение длиннее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shortcut “%1” may not contain spaces or slashes.</source>
        <translation>Сокращение «%1» не может содержать пробелы или косые черты.</translation>
    </message>
    <message>
        <source>The script “%1” has no text.</source>
        <translation>В шаблоне «%1» нет текста.</translation>
    </message>
    <message>
        <source>A text of the script “%1” is empty.</source>
        <translation>Один из текстов шаблона «%1» пуст.</translation>
    </message>
    <message numerus="yes">
        <source>A text of the script “%1” is longer than %n characters.</source>
        <translation>
            <numerusform>Один из текстов шаблона «%1» длиннее %n символа.</numerusform>
            <numerusform>Один из текстов шаблона «%1» длиннее %n символов.</numerusform>
            <numerusform>Один из текстов шаблона «%1» длиннее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a platform (one of %2).</source>
        <translation>«%1» — не платформа (допустимы: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as ru or en.</source>
        <translation>«%1» — не код языка, например ru или en.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ScriptsCommand</name>
    <message>
        <source>Missing scripts command; use list, import or export.</source>
        <translation>Не указана команда scripts; используйте list, import или export.</translation>
    </message>
    <message>
        <source>Unknown scripts command &quot;%1&quot;; use list, import or export.</source>
        <translation>Неизвестная команда scripts &quot;%1&quot;; используйте list, import или export.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Missing argument: the file.</source>
        <translation>Не хватает аргумента: файла.</translation>
    </message>
    <message>
        <source>Give either a file or --default, not both.</source>
        <translation>Укажите либо файл, либо --default, но не оба сразу.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json or csv.</source>
        <translation>Неизвестный формат &quot;%1&quot;; используйте json или csv.</translation>
    </message>
    <message>
        <source>Personal scripts belong to an agent: name them with --agent NAME.</source>
        <translation>Личные шаблоны принадлежат агенту: укажите его через --agent NAME.</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n использование</numerusform>
            <numerusform>%n использования</numerusform>
            <numerusform>%n использований</numerusform>
        </translation>
    </message>
    <message>
        <source>personal</source>
        <translation>личный</translation>
    </message>
    <message>
        <source>team</source>
        <translation>командный</translation>
    </message>
    <message>
        <source>the default library</source>
        <translation>библиотека по умолчанию</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its name; add --format json or --format csv.</source>
        <translation>Не удаётся определить формат %1 по имени; добавьте --format json или --format csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: ничего не импортировано: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n script(s) from %1</source>
        <translation>
            <numerusform>Импортирован %n шаблон из %1</numerusform>
            <numerusform>Импортировано %n шаблона из %1</numerusform>
            <numerusform>Импортировано %n шаблонов из %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новый</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n заменён</numerusform>
            <numerusform>%n заменено</numerusform>
            <numerusform>%n заменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n ссылка</numerusform>
            <numerusform>%n ссылки</numerusform>
            <numerusform>%n ссылок</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не удалось записать в стандартный вывод.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n шаблон в %1.</numerusform>
            <numerusform>Экспортировано %n шаблона в %1.</numerusform>
            <numerusform>Экспортировано %n шаблонов в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::ScriptsPanel</name>
    <message>
        <source>Search scripts…</source>
        <translation>Поиск шаблонов…</translation>
    </message>
    <message>
        <source>Insert at cursor</source>
        <translation>Вставить в позицию курсора</translation>
    </message>
    <message>
        <source>Insert the script where the cursor is in the reply</source>
        <translation>Вставить шаблон в ответ в позицию курсора</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>No script matches.</source>
        <translation>Подходящих шаблонов нет.</translation>
    </message>
</context>
<context>
    <name>CareDesk::SearchField</name>
    <message>
        <source>Search messages and customers (Ctrl+F)</source>
        <translation>Поиск по сообщениям и клиентам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search messages and customers</source>
        <translation>Поиск по сообщениям и клиентам</translation>
    </message>
</context>
<context>
    <name>CareDesk::SearchResults</name>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>Нет сообщений, соответствующих «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), newest first</source>
        <translation>
            <numerusform>%n совпадение, сначала новые</numerusform>
            <numerusform>%n совпадения, сначала новые</numerusform>
            <numerusform>%n совпадений, сначала новые</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::SentimentCommand</name>
    <message>
        <source>The input is not valid UTF-8.</source>
        <translation>Входные данные — некорректный UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Строка %1 — не объект JSON.</translation>
    </message>
    <message>
        <source>Line %1 has no &quot;text&quot; string.</source>
        <translation>В строке %1 нет строкового поля &quot;text&quot;.</translation>
    </message>
</context>
<context>
    <name>CareDesk::ShowcaseModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>CareDesk::SnoozeDialog</name>
    <message>
        <source>Snooze case</source>
        <translation>Отложить обращение</translation>
    </message>
    <message>
        <source>In 1 hour (%1)</source>
        <translation>Через 1 час (%1)</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00 (%1)</source>
        <translation>Завтра в 9:00 (%1)</translation>
    </message>
    <message>
        <source>Next Monday at 9:00 (%1)</source>
        <translation>В следующий понедельник в 9:00 (%1)</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
</context>
<context>
    <name>CareDesk::StatsCommand</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Неизвестный часовой пояс &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 needs a date (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>Параметру --%1 нужна дата (ГГГГ-ММ-ДД) или время в формате ISO 8601.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;.</source>
        <translation>Неизвестная платформа «%1».</translation>
    </message>
    <message>
        <source>The option --account needs an account id.</source>
        <translation>Параметру --account нужен идентификатор аккаунта.</translation>
    </message>
    <message>
        <source>The option --queue needs a queue id.</source>
        <translation>Параметру --queue нужен идентификатор очереди.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation>Неизвестный для этой команды параметр --%1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Выберите --json или --csv, но не оба сразу.</translation>
    </message>
    <message>
        <source>--group-by takes one of: %1.</source>
        <translation>--group-by принимает одно из значений: %1.</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>Период: с %1 по %2 (%3)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущий</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>CareDesk::SupervisorBoard</name>
    <message>
        <source>Supervisor board</source>
        <translation>Табло супервайзера</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>Cases needing attention</source>
        <translation>Обращения, требующие внимания</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Агент</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation>&amp;Переназначить…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Открыть только для чтения</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>П&amp;риоритет</translation>
    </message>
    <message>
        <source>Set &amp;capacity…</source>
        <translation>Задать &amp;вместимость…</translation>
    </message>
    <message>
        <source>&amp;Large type (wall screen)</source>
        <translation>&amp;Крупный шрифт (настенный экран)</translation>
    </message>
    <message>
        <source>Alert &amp;settings…</source>
        <translation>&amp;Настройки оповещений…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <source>Reassign case #%1</source>
        <translation>Переназначить обращение #%1</translation>
    </message>
    <message>
        <source>Give case #%1 to:</source>
        <translation>Передать обращение #%1:</translation>
    </message>
    <message>
        <source>Case #%1 (read-only)</source>
        <translation>Обращение #%1 (только чтение)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <source> (reply)</source>
        <translation> (ответ)</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Вместимость: %1</translation>
    </message>
    <message>
        <source>Open cases %1 takes at most:</source>
        <translation>Максимум открытых обращений у %1:</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Настройки оповещений</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Warn before a breach:</source>
        <translation>Предупреждать до просрочки за:</translation>
    </message>
    <message>
        <source>A spike needs at least (cases):</source>
        <translation>Минимум обращений для всплеска:</translation>
    </message>
    <message>
        <source>Strongly negative at or below:</source>
        <translation>Резко негативно при значении не выше:</translation>
    </message>
    <message>
        <source>Influential above (followers):</source>
        <translation>Влиятельный при числе подписчиков более:</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
</context>
<context>
    <name>CareDesk::SyncCommand</name>
    <message>
        <source>The request stopped before answering.</source>
        <translation>Запрос прервался, не получив ответа.</translation>
    </message>
    <message>
        <source>Account %1 (%2): %3</source>
        <translation>Аккаунт %1 (%2): %3</translation>
    </message>
    <message>
        <source>Account %1 (%2), %3: %4</source>
        <translation>Аккаунт %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>There is no enabled account %1.</source>
        <translation>Включённого аккаунта %1 нет.</translation>
    </message>
    <message>
        <source>Reply %1 was not sent (%2): %3</source>
        <translation>Ответ %1 не отправлен (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Polled %n account(s): %1 new messages.</source>
        <translation>
            <numerusform>Опрошен %n аккаунт; новых сообщений: %1.</numerusform>
            <numerusform>Опрошено %n аккаунта; новых сообщений: %1.</numerusform>
            <numerusform>Опрошено %n аккаунтов; новых сообщений: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 replies, %2 not sent.</source>
        <translation>Отправлено ответов: %1, не отправлено: %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamCommands</name>
    <message>
        <source>Missing argument.</source>
        <translation>Не хватает аргумента.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Слишком много аргументов.</translation>
    </message>
    <message>
        <source>On a team workspace you act as your database login (%1); --agent names agents of a local workspace.</source>
        <translation>В командном рабочем пространстве вы действуете под своим логином базы данных (%1); --agent указывает операторов локального рабочего пространства.</translation>
    </message>
    <message>
        <source>Unknown agents command; use &quot;agents list&quot; or &quot;agents add NAME --role ROLE&quot;.</source>
        <translation>Неизвестная команда agents; используйте &quot;agents list&quot; или &quot;agents add NAME --role ROLE&quot;.</translation>
    </message>
    <message>
        <source>(deactivated) </source>
        <translation>(деактивирован) </translation>
    </message>
    <message>
        <source>An agent needs --role agent, supervisor, trainer or admin.</source>
        <translation>Для оператора нужен --role agent, supervisor, trainer или admin.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use agent, supervisor, trainer or admin.</source>
        <translation>Неизвестная роль «%1»; используйте agent, supervisor, trainer или admin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an agent&apos;s name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>«%1» не может быть именем оператора: используйте строчные латинские буквы, цифры и подчёркивания, начиная с буквы.</translation>
    </message>
    <message>
        <source>--password-stdin read no password.</source>
        <translation>--password-stdin не прочитал пароль.</translation>
    </message>
    <message>
        <source>Agent %1 (%2) is added; they log in to the team database as %1.</source>
        <translation>Оператор %1 (%2) добавлен; он входит в командную базу данных под логином %1.</translation>
    </message>
    <message>
        <source>Agent %1 (%2) is added.</source>
        <translation>Оператор %1 (%2) добавлен.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id.</source>
        <translation>«%1» — не номер обращения.</translation>
    </message>
    <message>
        <source>Case %1 is yours now.</source>
        <translation>Обращение %1 теперь ваше.</translation>
    </message>
    <message>
        <source>Case %1 was yours already.</source>
        <translation>Обращение %1 уже ваше.</translation>
    </message>
    <message>
        <source>Name the agent with --to NAME.</source>
        <translation>Укажите оператора: --to NAME.</translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2.</source>
        <translation>Обращение %1 назначено оператору %2.</translation>
    </message>
    <message>
        <source>Case %1 was assigned to %2 already.</source>
        <translation>Обращение %1 уже назначено оператору %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamConnectDesk</name>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Подключиться к &amp;командному рабочему пространству…</translation>
    </message>
    <message>
        <source>Work with your team on a shared PostgreSQL database</source>
        <translation>Работать с командой в общей базе данных PostgreSQL</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamConnectDialog</name>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>Подключение к командному рабочему пространству</translation>
    </message>
    <message>
        <source>A care team shares one PostgreSQL database. Ask your administrator for the server, the database and your login.</source>
        <translation>Команда поддержки использует одну общую базу данных PostgreSQL. Узнайте у администратора сервер, базу данных и ваш логин.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>&amp;Запомнить пароль в связке ключей</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in CareDesk&apos;s settings or files.</source>
        <translation>Пароль хранится только в системной связке ключей и никогда — в настройках или файлах CareDesk.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Укажите сервер, базу данных и пользователя.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>The connection works: %1 is a CareDesk team workspace.</source>
        <translation>Подключение работает: %1 — командное рабочее пространство CareDesk.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamCredentials</name>
    <message>
        <source>The server %1 refused the login &quot;%2&quot;: check the user name and password.</source>
        <translation>Сервер %1 отклонил вход «%2»: проверьте имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;; ask the administrator to create it and run &quot;caredesk-cli workspace init&quot;.</source>
        <translation>На сервере нет базы данных «%1»; попросите администратора создать её и выполнить «caredesk-cli workspace init».</translation>
    </message>
    <message>
        <source>The server %1 port %2 cannot be reached: %3</source>
        <translation>Сервер %1, порт %2, недоступен: %3</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Не удалось открыть %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamDesk</name>
    <message>
        <source>Supervisor &amp;board</source>
        <translation>&amp;Табло супервайзера</translation>
    </message>
    <message>
        <source>Queues, agents and alerts, live</source>
        <translation>Очереди, агенты и оповещения в реальном времени</translation>
    </message>
    <message>
        <source>Sign &amp;out and quit</source>
        <translation>В&amp;ыйти из системы и закрыть</translation>
    </message>
    <message>
        <source>%1 is replying</source>
        <translation>%1 отвечает</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 просматривает</translation>
    </message>
</context>
<context>
    <name>CareDesk::Telegram::TelegramConnector</name>
    <message>
        <source>Telegram bots have no stream called &quot;%1&quot;.</source>
        <translation>У ботов Telegram нет потока «%1».</translation>
    </message>
    <message>
        <source>The Telegram account %1 has an invalid Bot API address.</source>
        <translation>У аккаунта Telegram %1 недопустимый адрес Bot API.</translation>
    </message>
    <message>
        <source>This case has no Telegram user to write to privately.</source>
        <translation>В этом обращении нет пользователя Telegram, которому можно написать лично.</translation>
    </message>
    <message>
        <source>This case is not a Telegram chat CareDesk can answer in.</source>
        <translation>Это обращение не является чатом Telegram, в котором CareDesk может ответить.</translation>
    </message>
    <message>
        <source>%1 The message may have been delivered; check the chat before sending it again.</source>
        <translation>%1 Сообщение могло быть доставлено; проверьте чат, прежде чем отправлять снова.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Telegram::TelegramParser</name>
    <message>
        <source>Telegram sent an answer CareDesk cannot read (%1 at byte %2).</source>
        <translation>Telegram прислал ответ, который CareDesk не может прочитать (%1, байт %2).</translation>
    </message>
    <message>
        <source>Telegram sent an answer CareDesk cannot read (no &quot;ok&quot; field).</source>
        <translation>Telegram прислал ответ, который CareDesk не может прочитать (нет поля &quot;ok&quot;).</translation>
    </message>
    <message>
        <source>[Animation]</source>
        <translation>[Анимация]</translation>
    </message>
    <message>
        <source>[Photo]</source>
        <translation>[Фото]</translation>
    </message>
    <message>
        <source>[Video]</source>
        <translation>[Видео]</translation>
    </message>
    <message>
        <source>[Video message]</source>
        <translation>[Видеосообщение]</translation>
    </message>
    <message>
        <source>[Voice message]</source>
        <translation>[Голосовое сообщение]</translation>
    </message>
    <message>
        <source>[Audio]</source>
        <translation>[Аудио]</translation>
    </message>
    <message>
        <source>[Sticker]</source>
        <translation>[Стикер]</translation>
    </message>
    <message>
        <source>[Sticker %1]</source>
        <translation>[Стикер %1]</translation>
    </message>
    <message>
        <source>[File]</source>
        <translation>[Файл]</translation>
    </message>
    <message>
        <source>[File: %1]</source>
        <translation>[Файл: %1]</translation>
    </message>
    <message>
        <source>[Location]</source>
        <translation>[Геопозиция]</translation>
    </message>
    <message>
        <source>[Contact]</source>
        <translation>[Контакт]</translation>
    </message>
    <message>
        <source>[Poll: %1]</source>
        <translation>[Опрос: %1]</translation>
    </message>
    <message>
        <source>Telegram sent updates CareDesk cannot read (a list was expected).</source>
        <translation>Telegram прислал обновления, которые CareDesk не может прочитать (ожидался список).</translation>
    </message>
    <message>
        <source>Telegram sent a bot description CareDesk cannot read (its id is missing).</source>
        <translation>Telegram прислал описание бота, которое CareDesk не может прочитать (нет номера).</translation>
    </message>
    <message>
        <source>Telegram&apos;s answer to the message cannot be read; check the chat before sending it again.</source>
        <translation>Не удалось прочитать ответ Telegram на сообщение; проверьте чат, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>Telegram&apos;s flood limit is reached; CareDesk waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>Достигнут лимит флуда Telegram; CareDesk повторит попытку через %n секунду.</numerusform>
            <numerusform>Достигнут лимит флуда Telegram; CareDesk повторит попытку через %n секунды.</numerusform>
            <numerusform>Достигнут лимит флуда Telegram; CareDesk повторит попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram rejected the bot token: it is wrong or was revoked in @BotFather (%1). Enter the bot&apos;s current token.</source>
        <translation>Telegram отклонил токен бота: он неверен или отозван в @BotFather (%1). Введите действующий токен бота.</translation>
    </message>
    <message>
        <source>Telegram does not let the bot write there: %1</source>
        <translation>Telegram не разрешает боту писать туда: %1</translation>
    </message>
    <message>
        <source>Telegram sends this bot&apos;s updates to a webhook; delete the webhook so CareDesk can receive them (%1).</source>
        <translation>Telegram отправляет обновления этого бота на вебхук; удалите вебхук, чтобы CareDesk мог их получать (%1).</translation>
    </message>
    <message>
        <source>Another program is receiving this bot&apos;s updates, and Telegram allows only one at a time: stop the other bot instance or CareDesk (%1).</source>
        <translation>Обновления этого бота получает другая программа, а Telegram разрешает только одну одновременно: остановите другой экземпляр бота или CareDesk (%1).</translation>
    </message>
    <message>
        <source>The Telegram server is unavailable (%1); CareDesk will try again.</source>
        <translation>Сервер Telegram недоступен (%1); CareDesk повторит попытку.</translation>
    </message>
    <message>
        <source>The group became a supergroup with the id %1; replies must go there (%2).</source>
        <translation>Группа стала супергруппой с номером %1; ответы нужно отправлять туда (%2).</translation>
    </message>
    <message>
        <source>Telegram refused the request: %1</source>
        <translation>Telegram отклонил запрос: %1</translation>
    </message>
    <message>
        <source>Telegram sent an unexpected answer (%1).</source>
        <translation>Telegram прислал неожиданный ответ (%1).</translation>
    </message>
</context>
<context>
    <name>CareDesk::TextCounter</name>
    <message>
        <source>The text is empty.</source>
        <translation>Текст пуст.</translation>
    </message>
    <message>
        <source>The text contains characters X does not accept (U+FFFE, U+FEFF or U+FFFF).</source>
        <translation>Текст содержит символы, которые X не принимает (U+FFFE, U+FEFF или U+FFFF).</translation>
    </message>
    <message numerus="yes">
        <source>The text is %n character(s) over the limit.</source>
        <translation>
            <numerusform>Текст превышает лимит на %n символ.</numerusform>
            <numerusform>Текст превышает лимит на %n символа.</numerusform>
            <numerusform>Текст превышает лимит на %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (изменено)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Публично</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Личное сообщение</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Вчера %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Attachment (%1): %2</source>
        <translation>Вложение (%1): %2</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
</context>
<context>
    <name>CareDesk::ThreadView</name>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingBanner</name>
    <message>
        <source>Training workspace banner</source>
        <translation>Баннер учебного рабочего пространства</translation>
    </message>
    <message>
        <source>Training workspace — nothing here reaches a real customer</source>
        <translation>Учебное рабочее пространство — отсюда ничего не дойдёт до настоящего клиента</translation>
    </message>
    <message>
        <source>Rehearsal status</source>
        <translation>Состояние тренировки</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingCommand</name>
    <message>
        <source>Missing training command; use scenarios, results or rehearse.</source>
        <translation>Не указана команда training; используйте scenarios, results или rehearse.</translation>
    </message>
    <message>
        <source>Unknown training command &quot;%1&quot;; use scenarios, results or rehearse.</source>
        <translation>Неизвестная команда training «%1»; используйте scenarios, results или rehearse.</translation>
    </message>
    <message>
        <source>Missing argument: the scenario (an id or a file).</source>
        <translation>Не хватает аргумента: сценария (идентификатора или файла).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Name the trainee&apos;s replies with --replies FILE.</source>
        <translation>Укажите ответы стажёра с помощью --replies FILE.</translation>
    </message>
    <message>
        <source>No scenario &quot;%1&quot;: give a shipped scenario&apos;s id (caredesk-cli training scenarios) or a scenario file.</source>
        <translation>Нет сценария «%1»: укажите идентификатор поставляемого сценария (caredesk-cli training scenarios) или файл сценария.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 из %2 (%3%)</translation>
    </message>
    <message>
        <source>Cannot read the replies file %1.</source>
        <translation>Не удалось прочитать файл ответов %1.</translation>
    </message>
    <message>
        <source>Line %1 of the replies file is not a reply: {&quot;text&quot;, &quot;after_seconds&quot;, &quot;visibility&quot;: public|private}.</source>
        <translation>Строка %1 файла ответов не является ответом: {&quot;text&quot;, &quot;after_seconds&quot;, &quot;visibility&quot;: public|private}.</translation>
    </message>
    <message>
        <source>Cannot read the rubric file %1.</source>
        <translation>Не удалось прочитать файл критериев оценки %1.</translation>
    </message>
    <message>
        <source>%1 is not a training workspace; rehearsals run only in one (caredesk-cli workspace init --training).</source>
        <translation>%1 — не учебное рабочее пространство; тренировки проходят только в нём (caredesk-cli workspace init --training).</translation>
    </message>
    <message>
        <source>The workspace did not answer.</source>
        <translation>Рабочее пространство не ответило.</translation>
    </message>
    <message>
        <source>The workspace has no simulator account for %1.</source>
        <translation>В рабочем пространстве нет аккаунта-симулятора для %1.</translation>
    </message>
    <message>
        <source>The rehearsal did not finish.</source>
        <translation>Тренировка не завершилась.</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2, %3, %4)</source>
        <translation>Сценарий: %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>Score: %1 of %2 (%3%), the customer: %4</source>
        <translation>Оценка: %1 из %2 (%3%), клиент: %4</translation>
    </message>
    <message>
        <source>Reply %1 (%2): %3</source>
        <translation>Ответ %1 (%2): %3</translation>
    </message>
    <message>
        <source>Exemplary reply:</source>
        <translation>Образцовый ответ:</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingDesk</name>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>[Training] %1</source>
        <translation>[Обучение] %1</translation>
    </message>
    <message>
        <source>Start &amp;rehearsal...</source>
        <translation>Начать &amp;тренировку...</translation>
    </message>
    <message>
        <source>Play one or several training scenarios in the inbox</source>
        <translation>Разыграть один или несколько учебных сценариев во входящих</translation>
    </message>
    <message>
        <source>&amp;End rehearsal</source>
        <translation>&amp;Завершить тренировку</translation>
    </message>
    <message>
        <source>End the running scenarios now and see their scores</source>
        <translation>Завершить идущие сценарии сейчас и посмотреть их оценки</translation>
    </message>
    <message>
        <source>&amp;Load training rubric...</source>
        <translation>&amp;Загрузить критерии оценки...</translation>
    </message>
    <message>
        <source>Score rehearsals in this workspace with a rubric file</source>
        <translation>Оценивать тренировки в этом рабочем пространстве по файлу критериев</translation>
    </message>
    <message>
        <source>Load training rubric</source>
        <translation>Загрузка критериев оценки</translation>
    </message>
    <message>
        <source>Rubric files (*.json)</source>
        <translation>Файлы критериев оценки (*.json)</translation>
    </message>
    <message>
        <source>Rehearsals are now scored with %1.</source>
        <translation>Теперь тренировки оцениваются по %1.</translation>
    </message>
    <message>
        <source>Sa&amp;ve training rubric...</source>
        <translation>Со&amp;хранить критерии оценки...</translation>
    </message>
    <message>
        <source>Save the rubric this workspace scores with, to edit or share</source>
        <translation>Сохранить критерии оценки этого рабочего пространства, чтобы изменить их или поделиться ими</translation>
    </message>
    <message>
        <source>Save training rubric</source>
        <translation>Сохранение критериев оценки</translation>
    </message>
    <message>
        <source>No simulator account for %1 in this workspace.</source>
        <translation>В этом рабочем пространстве нет аккаунта-симулятора для %1.</translation>
    </message>
    <message>
        <source>No rehearsal running (Tools &gt; Start rehearsal...)</source>
        <translation>Тренировка не идёт (Инструменты &gt; Начать тренировку...)</translation>
    </message>
    <message>
        <source>%1: waiting for the first post</source>
        <translation>%1: ожидание первой публикации</translation>
    </message>
    <message>
        <source>%1: %2 since the opening post</source>
        <translation>%1: %2 с первой публикации</translation>
    </message>
    <message numerus="yes">
        <source>Rehearsal, %n scenario(s) running: </source>
        <translation>
            <numerusform>Тренировка, идёт %n сценарий: </numerusform>
            <numerusform>Тренировка, идут %n сценария: </numerusform>
            <numerusform>Тренировка, идут %n сценариев: </numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;training workspace...</source>
        <translation>Новое &amp;учебное рабочее пространство...</translation>
    </message>
    <message>
        <source>Create a sealed workspace where trainees rehearse with simulated customers</source>
        <translation>Создать изолированное рабочее пространство, где стажёры тренируются с имитацией клиентов</translation>
    </message>
    <message>
        <source>New training workspace</source>
        <translation>Новое учебное рабочее пространство</translation>
    </message>
    <message>
        <source>CareDesk workspaces (*.caredesk)</source>
        <translation>Рабочие пространства CareDesk (*.caredesk)</translation>
    </message>
    <message>
        <source>%1 exists already; a training workspace needs a new file.</source>
        <translation>%1 уже существует; для учебного рабочего пространства нужен новый файл.</translation>
    </message>
    <message>
        <source>The training workspace is ready: open it with caredesk --workspace %1</source>
        <translation>Учебное рабочее пространство готово: откройте его командой caredesk --workspace %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingResultsDialog</name>
    <message>
        <source>Rehearsal results: %1</source>
        <translation>Результаты тренировки: %1</translation>
    </message>
    <message>
        <source>Score: %1 of %2 (%3%)</source>
        <translation>Оценка: %1 из %2 (%3%)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>The customer calmed down.</source>
        <translation>Клиент успокоился.</translation>
    </message>
    <message>
        <source>The customer closed the conversation.</source>
        <translation>Клиент завершил разговор.</translation>
    </message>
    <message>
        <source>You ended the scenario.</source>
        <translation>Вы завершили сценарий.</translation>
    </message>
    <message>
        <source>The customer was not satisfied.</source>
        <translation>Клиент остался недоволен.</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>private</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публично</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Reply %1 (%2): %3</source>
        <translation>Ответ %1 (%2): %3</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>partly earned</source>
        <translation>получено частично</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>упущено</translation>
    </message>
    <message>
        <source>Rubric points</source>
        <translation>Пункты критериев оценки</translation>
    </message>
    <message>
        <source>An exemplary reply:</source>
        <translation>Образцовый ответ:</translation>
    </message>
    <message>
        <source>Exemplary reply</source>
        <translation>Образцовый ответ</translation>
    </message>
    <message>
        <source>&amp;Export JSON...</source>
        <translation>&amp;Экспорт в JSON...</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Экспорт результата</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingScoring</name>
    <message>
        <source>No reply was sent.</source>
        <translation>Ответ не был отправлен.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrayIcon</name>
    <message>
        <source>Hide CareDesk</source>
        <translation>Скрыть CareDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
    <message numerus="yes">
        <source>CareDesk: %n unanswered case(s)</source>
        <translation>
            <numerusform>CareDesk: %n обращение без ответа</numerusform>
            <numerusform>CareDesk: %n обращения без ответа</numerusform>
            <numerusform>CareDesk: %n обращений без ответа</numerusform>
        </translation>
    </message>
    <message>
        <source>Show CareDesk</source>
        <translation>Показать CareDesk</translation>
    </message>
</context>
<context>
    <name>CareDesk::ViewsModel</name>
    <message>
        <source>%1: counting…</source>
        <translation>%1: подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n обращение</numerusform>
            <numerusform>%1: %n обращения</numerusform>
            <numerusform>%1: %n обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SLA at risk (%n min)</source>
        <translation>
            <numerusform>SLA под угрозой (%n мин)</numerusform>
            <numerusform>SLA под угрозой (%n мин)</numerusform>
            <numerusform>SLA под угрозой (%n мин)</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation>Негативная тональность</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые представления</translation>
    </message>
</context>
<context>
    <name>CareDesk::ViewsPanel</name>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>New saved view…</source>
        <translation>Новое сохранённое представление…</translation>
    </message>
    <message>
        <source>Build a view from filters and a sort, and keep it in this panel</source>
        <translation>Составить представление из фильтров и сортировки и сохранить его на этой панели</translation>
    </message>
    <message>
        <source>Edit saved view…</source>
        <translation>Изменить сохранённое представление…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Удалить сохранённое представление</translation>
    </message>
    <message>
        <source>Change the at-risk window…</source>
        <translation>Изменить окно «под угрозой»…</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA под угрозой</translation>
    </message>
    <message>
        <source>Show cases whose response is due within (minutes):</source>
        <translation>Показывать обращения, срок ответа по которым наступает в течение (минут):</translation>
    </message>
</context>
<context>
    <name>CareDesk::Vk::VkConnector</name>
    <message>
        <source>VK communities have no stream called &quot;%1&quot;.</source>
        <translation>У сообществ VK нет потока &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The VK account %1 has an invalid API address.</source>
        <translation>У аккаунта VK %1 неверный адрес API.</translation>
    </message>
    <message>
        <source>The VK long poll server refused the request (HTTP %1); CareDesk asks for a new one.</source>
        <translation>Сервер long poll VK отклонил запрос (HTTP %1); CareDesk запрашивает новый.</translation>
    </message>
    <message>
        <source>This case has no VK user to write to privately.</source>
        <translation>В этом обращении нет пользователя VK, которому можно написать лично.</translation>
    </message>
    <message>
        <source>This case is not a VK post CareDesk can comment on.</source>
        <translation>Это обращение — не пост VK, который CareDesk может прокомментировать.</translation>
    </message>
    <message>
        <source>The reply has no idempotency key, so VK could not recognise a repeat.</source>
        <translation>У ответа нет ключа идемпотентности, поэтому VK не смог бы распознать повтор.</translation>
    </message>
    <message>
        <source>%1 The reply may have been posted; CareDesk sends it again with the same identifier, which VK recognises.</source>
        <translation>%1 Ответ мог быть опубликован; CareDesk отправляет его снова с тем же идентификатором, который VK распознаёт.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Vk::VkParser</name>
    <message>
        <source>VK sent %1 CareDesk cannot read (%2).</source>
        <translation>VK прислал данные, которые CareDesk не может прочитать: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 (байт %2)</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>no &quot;response&quot; field</source>
        <translation>нет поля &quot;response&quot;</translation>
    </message>
    <message>
        <source>[Photo]</source>
        <translation>[Фото]</translation>
    </message>
    <message>
        <source>[Video]</source>
        <translation>[Видео]</translation>
    </message>
    <message>
        <source>[Audio]</source>
        <translation>[Аудио]</translation>
    </message>
    <message>
        <source>[Voice message]</source>
        <translation>[Голосовое сообщение]</translation>
    </message>
    <message>
        <source>[File]</source>
        <translation>[Файл]</translation>
    </message>
    <message>
        <source>[Sticker]</source>
        <translation>[Стикер]</translation>
    </message>
    <message>
        <source>[Link]</source>
        <translation>[Ссылка]</translation>
    </message>
    <message>
        <source>[Post]</source>
        <translation>[Пост]</translation>
    </message>
    <message>
        <source>[Attachment]</source>
        <translation>[Вложение]</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>ошибка %1</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>ошибка %1: %2</translation>
    </message>
    <message>
        <source>VK says too many requests per second (%1); the account&apos;s queue waits a moment.</source>
        <translation>VK сообщает о слишком большом числе запросов в секунду (%1); очередь аккаунта немного подождёт.</translation>
    </message>
    <message>
        <source>VK&apos;s flood control stopped the community for now (%1); the account&apos;s queue waits before trying again.</source>
        <translation>Контроль флуда VK временно остановил сообщество (%1); очередь аккаунта подождёт перед повторной попыткой.</translation>
    </message>
    <message>
        <source>VK refused the community token (%1). The account is paused: create a new token in the community&apos;s settings and add it again.</source>
        <translation>VK отклонил токен сообщества (%1). Аккаунт приостановлен: создайте новый токен в настройках сообщества и добавьте его снова.</translation>
    </message>
    <message>
        <source>VK asks for a captcha before it accepts this from the community (%1). Wait a while, or post the reply on vk.com.</source>
        <translation>VK требует ввести капчу, прежде чем принять это от сообщества (%1). Подождите некоторое время или опубликуйте ответ на vk.com.</translation>
    </message>
    <message>
        <source>VK asks for a captcha before it accepts this from the community (%1; captcha: %2). Wait a while, or post the reply on vk.com.</source>
        <translation>VK требует ввести капчу, прежде чем принять это от сообщества (%1; капча: %2). Подождите некоторое время или опубликуйте ответ на vk.com.</translation>
    </message>
    <message>
        <source>VK had an internal error (%1); CareDesk will try again.</source>
        <translation>Внутренняя ошибка VK (%1); CareDesk повторит попытку.</translation>
    </message>
    <message>
        <source>VK denied access (%1). Check the token&apos;s rights in the community&apos;s settings.</source>
        <translation>VK отказал в доступе (%1). Проверьте права токена в настройках сообщества.</translation>
    </message>
    <message>
        <source>The customer has not allowed messages from the community (%1).</source>
        <translation>Клиент не разрешил сообщения от сообщества (%1).</translation>
    </message>
    <message>
        <source>The message is too long for VK (%1).</source>
        <translation>Сообщение слишком длинное для VK (%1).</translation>
    </message>
    <message>
        <source>VK refused the request (%1).</source>
        <translation>VK отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>VK&apos;s answer to the reply cannot be read; CareDesk sends it again with the same identifier, which VK recognises, so it cannot appear twice.</source>
        <translation>Ответ VK на отправку нельзя прочитать; CareDesk отправляет его снова с тем же идентификатором, который VK распознаёт, поэтому дубля не будет.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>VK says too many requests (%1); the account&apos;s queue waits a moment.</source>
        <translation>VK сообщает о слишком большом числе запросов (%1); очередь аккаунта немного подождёт.</translation>
    </message>
    <message>
        <source>The VK server is unavailable (%1); CareDesk will try again.</source>
        <translation>Сервер VK недоступен (%1); CareDesk повторит попытку.</translation>
    </message>
    <message>
        <source>VK sent an answer CareDesk cannot read; it will try again.</source>
        <translation>VK прислал ответ, который CareDesk не может прочитать; попытка будет повторена.</translation>
    </message>
    <message>
        <source>a long poll server</source>
        <translation>сервер long poll</translation>
    </message>
    <message>
        <source>key, server or ts is missing</source>
        <translation>отсутствует key, server или ts</translation>
    </message>
    <message>
        <source>a community description</source>
        <translation>описание сообщества</translation>
    </message>
    <message>
        <source>its id is missing</source>
        <translation>отсутствует его id</translation>
    </message>
    <message>
        <source>long poll events</source>
        <translation>события long poll</translation>
    </message>
    <message>
        <source>failed 1 without ts</source>
        <translation>failed 1 без ts</translation>
    </message>
    <message>
        <source>an unknown &quot;failed&quot; code</source>
        <translation>неизвестный код &quot;failed&quot;</translation>
    </message>
    <message>
        <source>ts or updates is missing</source>
        <translation>отсутствует ts или updates</translation>
    </message>
    <message>
        <source>the community&apos;s posts</source>
        <translation>посты сообщества</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>нет элементов</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>беседы</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>сообщение</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace</name>
    <message>
        <source>%1 already holds a %2 workspace; a %3 workspace needs an empty one.</source>
        <translation>В %1 уже есть рабочее пространство %2; для пространства %3 нужно пустое.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демо-пространство</translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation>Учебное пространство</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <source>The default script library is damaged: %1</source>
        <translation>Библиотека шаблонов по умолчанию повреждена: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::X::XConnector</name>
    <message>
        <source>The keychain entry of the X account %1 holds no access token; connect the account again.</source>
        <translation>В записи связки ключей для аккаунта X %1 нет токена доступа; подключите аккаунт заново.</translation>
    </message>
    <message>
        <source>The X account %1 is paused.</source>
        <translation>Аккаунт X %1 приостановлен.</translation>
    </message>
    <message>
        <source>X&apos;s access token for %1 expired and cannot be renewed (no refresh token); connect the account again.</source>
        <translation>Срок действия токена доступа X для %1 истёк, и его нельзя продлить (нет токена обновления); подключите аккаунт заново.</translation>
    </message>
    <message>
        <source>X refused to renew the access token of %1 (%2); connect the account again.</source>
        <translation>X отказался продлить токен доступа %1 (%2); подключите аккаунт заново.</translation>
    </message>
    <message>
        <source>X accounts have no stream called &quot;%1&quot;.</source>
        <translation>У аккаунтов X нет потока «%1».</translation>
    </message>
    <message>
        <source>The X account %1 has an invalid API address.</source>
        <translation>У аккаунта X %1 неверный адрес API.</translation>
    </message>
    <message>
        <source>This case has no X user to write to privately.</source>
        <translation>В этом обращении нет пользователя X, которому можно написать лично.</translation>
    </message>
    <message>
        <source>This case is not an X post CareDesk can reply to.</source>
        <translation>Это обращение не является публикацией X, на которую CareDesk может ответить.</translation>
    </message>
    <message>
        <source>X answered HTTP %1.</source>
        <translation>X ответил HTTP %1.</translation>
    </message>
    <message>
        <source>%1 X does not show the reply among the account&apos;s recent posts%2; it may still appear. Check on X, then send it again or cancel it.</source>
        <translation>%1 X не показывает ответ среди последних публикаций аккаунта%2; он ещё может появиться. Проверьте в X, затем отправьте ответ снова или отмените его.</translation>
    </message>
</context>
<context>
    <name>CareDesk::X::XOAuth</name>
    <message>
        <source>X did not give CareDesk a token (HTTP %1%2).</source>
        <translation>X не выдал CareDesk токен (HTTP %1%2).</translation>
    </message>
    <message>
        <source>Enter the OAuth 2.0 client id of your X app (developer portal, Keys and tokens) first.</source>
        <translation>Сначала введите идентификатор клиента OAuth 2.0 вашего приложения X (портал разработчика, Keys and tokens).</translation>
    </message>
    <message>
        <source>The X address is not valid.</source>
        <translation>Адрес X недействителен.</translation>
    </message>
    <message>
        <source>CareDesk cannot open a port on 127.0.0.1 for the sign-in to come back to.</source>
        <translation>CareDesk не может открыть порт на 127.0.0.1 для возврата после входа.</translation>
    </message>
</context>
<context>
    <name>CareDesk::X::XParser</name>
    <message>
        <source>X sent an answer CareDesk cannot read (%1).</source>
        <translation>X прислал ответ, который CareDesk не может прочитать (%1).</translation>
    </message>
    <message>
        <source>X did not say which account the token belongs to.</source>
        <translation>X не сообщил, какому аккаунту принадлежит токен.</translation>
    </message>
    <message>
        <source>X did not say which account the token belongs to: %1</source>
        <translation>X не сообщил, какому аккаунту принадлежит токен: %1</translation>
    </message>
    <message>
        <source>X sent mentions CareDesk cannot read (data is not a list).</source>
        <translation>X прислал упоминания, которые CareDesk не может прочитать (data — не список).</translation>
    </message>
    <message>
        <source>X answered with an error: %1</source>
        <translation>X ответил ошибкой: %1</translation>
    </message>
    <message>
        <source>X sent direct messages CareDesk cannot read (data is not a list).</source>
        <translation>X прислал личные сообщения, которые CareDesk не может прочитать (data — не список).</translation>
    </message>
    <message>
        <source>X sent a timeline CareDesk cannot read (data is not a list).</source>
        <translation>X прислал ленту, которую CareDesk не может прочитать (data — не список).</translation>
    </message>
    <message>
        <source>X accepted the post but did not say its id; CareDesk looks for it in the account&apos;s posts before anything is sent again.</source>
        <translation>X принял публикацию, но не сообщил её идентификатор; прежде чем что-либо отправлять снова, CareDesk ищет её среди публикаций аккаунта.</translation>
    </message>
    <message>
        <source>X accepted the direct message but did not say its id; CareDesk looks for it before anything is sent again.</source>
        <translation>X принял личное сообщение, но не сообщил его идентификатор; прежде чем что-либо отправлять снова, CareDesk ищет его.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>X refused the reply as duplicate content: this account already posted the same text. Change the wording to send it again.</source>
        <translation>X отклонил ответ как повторяющийся: этот аккаунт уже публиковал такой же текст. Измените формулировку, чтобы отправить его снова.</translation>
    </message>
    <message>
        <source>X rejected the access token (%1). Connect the account again.</source>
        <translation>X отклонил токен доступа (%1). Подключите аккаунт заново.</translation>
    </message>
    <message numerus="yes">
        <source>The X account&apos;s 24-hour limit is used up; CareDesk waits %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Суточный лимит аккаунта X исчерпан; CareDesk повторит попытку через %n минуту.</numerusform>
            <numerusform>Суточный лимит аккаунта X исчерпан; CareDesk повторит попытку через %n минуты.</numerusform>
            <numerusform>Суточный лимит аккаунта X исчерпан; CareDesk повторит попытку через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X&apos;s rate limit is reached; CareDesk waits %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Достигнут лимит запросов X; CareDesk повторит попытку через %n минуту.</numerusform>
            <numerusform>Достигнут лимит запросов X; CareDesk повторит попытку через %n минуты.</numerusform>
            <numerusform>Достигнут лимит запросов X; CareDesk повторит попытку через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>X does not allow this (%1).</source>
        <translation>X не разрешает это (%1).</translation>
    </message>
    <message>
        <source>X cannot find it: the post or user was deleted or is not visible (%1).</source>
        <translation>X не находит объект: публикация или пользователь удалены либо недоступны (%1).</translation>
    </message>
    <message>
        <source>X is unavailable (%1); CareDesk will try again.</source>
        <translation>X недоступен (%1); CareDesk повторит попытку.</translation>
    </message>
    <message>
        <source>X refused the request: %1</source>
        <translation>X отклонил запрос: %1</translation>
    </message>
    <message>
        <source>X sent an unexpected answer (HTTP %1).</source>
        <translation>X прислал неожиданный ответ (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>A newer search replaced this one.</source>
        <translation>Этот поиск заменён более новым.</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Message %1 does not exist.</source>
        <translation>Сообщения %1 не существует.</translation>
    </message>
    <message>
        <source>Only a sent reply can be reviewed.</source>
        <translation>Оценить можно только отправленный ответ.</translation>
    </message>
    <message>
        <source>The review was not stored.</source>
        <translation>Оценка не была сохранена.</translation>
    </message>
</context>
</TS>
