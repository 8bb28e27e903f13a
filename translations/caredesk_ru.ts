<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CareDesk::AccountsCommand</name>
    <message>
        <source>The request stopped before answering.</source>
        <translation>Запрос прервался, не получив ответа.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Unexpected argument "%1"; a token is read only from standard input (--token-stdin), never from the command line.</source>
        <translation>Лишний аргумент "%1"; токен читается только из стандартного ввода (--token-stdin), но не из командной строки.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Не хватает аргумента.</translation>
    </message>
    <message>
        <source>Unknown accounts command; use "accounts list", "accounts add" or "accounts remove".</source>
        <translation>Неизвестная команда accounts; используйте "accounts list", "accounts add" или "accounts remove".</translation>
    </message>
    <message>
        <source>Run "caredesk-cli --help" for the commands.</source>
        <translation>Список команд: «caredesk-cli --help».</translation>
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
        <source>"%1" is not an API address; give one like https://mastodon.example.</source>
        <translation>«%1» — не адрес API; укажите адрес вида https://mastodon.example.</translation>
    </message>
    <message>
        <source>CareDesk sends tokens only over https; use https://%1 (plain http is allowed only to this computer).</source>
        <translation>CareDesk передаёт токены только по https; используйте https://%1 (обычный http разрешён только для этого компьютера).</translation>
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
        <source>Unknown platform "%1".</source>
        <translation>Неизвестная платформа «%1».</translation>
    </message>
    <message>
        <source>CareDesk cannot connect to %1 accounts yet; it can to mastodon and telegram.</source>
        <translation>CareDesk пока не умеет подключаться к аккаунтам %1; поддерживаются mastodon и telegram.</translation>
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
        <source>"%1" is not an account id.</source>
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
    <name>CareDesk::Cli</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation>Поток базы данных остановился, не ответив.</translation>
    </message>
    <message>
        <source>Run "caredesk-cli --help" for the commands.</source>
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
        <source>Unexpected argument "%1".</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Give either --workspace or --database, not both.</source>
        <translation>Укажите --workspace или --database, но не оба.</translation>
    </message>
    <message>
        <source>Unknown workspace command; did you mean "workspace init"?</source>
        <translation>Неизвестная команда workspace; может быть, «workspace init»?</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
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
        <source>Unknown status "%1"; use new, open, pending, snoozed, resolved or active.</source>
        <translation>Неизвестный статус «%1»; используйте new, open, pending, snoozed, resolved или active.</translation>
    </message>
    <message>
        <source>Unknown platform "%1".</source>
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
        <source>"%1" is not a case id.</source>
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
        <source>Reply %1 is queued in the outbox; "caredesk-cli sync" delivers it.</source>
        <translation>Ответ %1 в очереди отправки; его отправит «caredesk-cli sync».</translation>
    </message>
    <message>
        <source>The account must be an account id.</source>
        <translation>Аккаунт задаётся его номером.</translation>
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
        <translation>Использование: caredesk-cli [--workspace ПУТЬ | --database URL] [--agent ИМЯ] [--json] КОМАНДА
Команды:
  workspace init [--demo | --training]   создать или обновить рабочее пространство
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
  show CASE                              обращение с перепиской
  search QUERY [--limit N]               сообщения и клиенты, сначала новые
  reply CASE --text T [--private]        поставить ответ в очередь отправки
  outbox                                 ответы в очереди, отправленные и неудачные
  accounts list | add --platform P --handle H [--base-url URL] [--token-stdin] | remove ID
  sync [--account ID] [--once]           опросить аккаунты и отправить очередь
  import FILE                            сообщения из JSON Lines (- для стандартного ввода)
  agents list | add NAME --role R [--team T] [--password-stdin]
  claim CASE                             взять обращение в работу текущим оператором
  assign CASE --to NAME                  назначить обращение оператору (супервайзеры)
  customers link IDENTITY --to CUSTOMER | unlink IDENTITY | suggestions CUSTOMER
  customers export CUSTOMER [--output FILE] | erase CUSTOMER --confirm
  customers settings [--order-pattern RE] [--link-window HOURS]
Коды выхода: 0 успех, 1 ошибка, 2 неверный ввод, 3 не найдено, 4 конфликт, 5 недоступно.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
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
        <translation><numerusform>на %n больше лимита</numerusform><numerusform>на %n больше лимита</numerusform><numerusform>на %n больше лимита</numerusform></translation>
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
        <translation>Ответить так, чтобы видели все (Ctrl+Shift+P переключает)</translation>
    </message>
    <message>
        <source>Write to the customer alone (Ctrl+Shift+P switches)</source>
        <translation>Написать только клиенту (Ctrl+Shift+P переключает)</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Напишите ответ… (Ctrl+Enter отправляет)</translation>
    </message>
    <message>
        <source>Split into thread…</source>
        <translation>Разбить на серию…</translation>
    </message>
    <message>
        <source>Split the text at word boundaries into numbered replies that each fit</source>
        <translation>Разбить текст по границам слов на пронумерованные ответы, каждый в пределах лимита</translation>
    </message>
    <message>
        <source>Take it private</source>
        <translation>Перевести в личные</translation>
    </message>
    <message>
        <source>Send this text as a private message and post a short public note that you wrote privately</source>
        <translation>Отправить этот текст личным сообщением и публично коротко сообщить, что вы написали в личные</translation>
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
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n мин</numerusform><numerusform>%n мин</numerusform><numerusform>%n мин</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n ч</numerusform><numerusform>%n ч</numerusform><numerusform>%n ч</numerusform></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n день</numerusform><numerusform>%n дня</numerusform><numerusform>%n дней</numerusform></translation>
    </message>
    <message>
        <source>Private messages possible for %1</source>
        <translation>Личные сообщения возможны ещё %1</translation>
    </message>
    <message>
        <source>Private message window closed</source>
        <translation>Окно для личных сообщений закрыто</translation>
    </message>
    <message>
        <source>%1 accepts a private message up to %2 after the customer's last message.</source>
        <translation>%1 принимает личное сообщение не позже чем через %2 после последнего сообщения клиента.</translation>
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
        <source>%1 accepts private messages only within %2 after the customer's last message; that window has closed.</source>
        <translation>%1 принимает личные сообщения только в течение %2 после последнего сообщения клиента; это окно закрылось.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Ответ пуст.</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation><numerusform>осталось %n</numerusform><numerusform>осталось %n</numerusform><numerusform>осталось %n</numerusform></translation>
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
        <translation>Разбить на серию</translation>
    </message>
    <message numerus="yes">
        <source>%n replies on %1, queued in this order:</source>
        <translation><numerusform>%n ответ в %1, в очередь в таком порядке:</numerusform><numerusform>%n ответа в %1, в очередь в таком порядке:</numerusform><numerusform>%n ответов в %1, в очередь в таком порядке:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queue %n replies</source>
        <translation><numerusform>Поставить в очередь %n ответ</numerusform><numerusform>Поставить в очередь %n ответа</numerusform><numerusform>Поставить в очередь %n ответов</numerusform></translation>
    </message>
    <message>
        <source>Could not queue the reply: %1</source>
        <translation>Не удалось поставить ответ в очередь: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n reply(s) were queued: %1</source>
        <translation><numerusform>В очередь поставлен только %n ответ: %1</numerusform><numerusform>В очередь поставлены только %n ответа: %1</numerusform><numerusform>В очередь поставлены только %n ответов: %1</numerusform></translation>
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
        <source>Unknown platform "%1"; use x, mastodon, telegram, vk, facebook, instagram, youtube or reddit.</source>
        <translation>Неизвестная платформа «%1»; используйте x, mastodon, telegram, vk, facebook, instagram, youtube или reddit.</translation>
    </message>
    <message>
        <source>Unknown surface "%1"; use public or private.</source>
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
        <source>Line %1 has no "text" string.</source>
        <translation>В строке %1 нет строкового поля "text".</translation>
    </message>
    <message>
        <source>Line %1 has an unknown surface; use public or private.</source>
        <translation>В строке %1 неизвестный тип публикации; используйте public или private.</translation>
    </message>
    <message>
        <source>Line %1 has a "spoiler_text" that is not a string.</source>
        <translation>В строке %1 поле "spoiler_text" не является строкой.</translation>
    </message>
</context>
<context>
    <name>CareDesk::CustomersCommand</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation>Поток базы данных остановился, не ответив.</translation>
    </message>
    <message>
        <source>Run "caredesk-cli --help" for the commands.</source>
        <translation>Список команд: «caredesk-cli --help».</translation>
    </message>
    <message>
        <source>Missing argument: the %1 id.</source>
        <translation>Не хватает аргумента: номер %1.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>"%1" is not a %2 id.</source>
        <translation>«%1» — не номер %2.</translation>
    </message>
    <message>
        <source>Missing customers command; use link, unlink, suggestions, export, erase or settings.</source>
        <translation>Не указана команда customers; используйте link, unlink, suggestions, export, erase или settings.</translation>
    </message>
    <message>
        <source>Unknown customers command "%1"; use link, unlink, suggestions, export, erase or settings.</source>
        <translation>Неизвестная команда customers «%1»; используйте link, unlink, suggestions, export, erase или settings.</translation>
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
        <source>Identity %1 now belongs to customer %2 (it was with customer %3; %n case(s) moved). "caredesk-cli customers unlink %1" undoes this.</source>
        <translation><numerusform>Профиль %1 теперь принадлежит клиенту %2 (ранее — клиенту %3; перенесено %n обращение). Отменить: "caredesk-cli customers unlink %1".</numerusform><numerusform>Профиль %1 теперь принадлежит клиенту %2 (ранее — клиенту %3; перенесено %n обращения). Отменить: "caredesk-cli customers unlink %1".</numerusform><numerusform>Профиль %1 теперь принадлежит клиенту %2 (ранее — клиенту %3; перенесено %n обращений). Отменить: "caredesk-cli customers unlink %1".</numerusform></translation>
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
        <source>There is no workspace at %1; create one with "caredesk-cli workspace init".</source>
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
        <source>%1 holds no CareDesk workspace yet; create it with "caredesk-cli workspace init".</source>
        <translation>В %1 ещё нет рабочего пространства CareDesk; создайте его командой «caredesk-cli workspace init».</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade; run "caredesk-cli workspace init".</source>
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
        <source>Only supervisors of the queue's team change how it assigns.</source>
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
        <source>Only supervisors of the agent's team change their capacity.</source>
        <translation>Ёмкость оператора меняют только супервайзеры его команды.</translation>
    </message>
    <message>
        <source>There is no agent %1 you may change.</source>
        <translation>Нет оператора %1, которого вы можете изменить.</translation>
    </message>
    <message>
        <source>"%1" cannot be an agent's name: use lowercase letters, digits and underscores, starting with a letter.</source>
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
        <source>The database login %1 is not a CareDesk agent; an administrator adds it with "caredesk-cli agents add %1 --role agent".</source>
        <translation>Логин базы данных %1 не является оператором CareDesk; администратор может добавить его командой "caredesk-cli agents add %1 --role agent".</translation>
    </message>
    <message>
        <source>There is no agent %1; add one with "caredesk-cli agents add %1 --role agent".</source>
        <translation>Оператора %1 нет; добавьте его командой "caredesk-cli agents add %1 --role agent".</translation>
    </message>
    <message>
        <source>The field "%1" %2.</source>
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
        <source>must be "in" or "out"</source>
        <translation>должно быть "in" или "out"</translation>
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
        <source>"%1" is not an e-mail address.</source>
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
        <translation><numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новое сообщение, а %2 ответил(и).</numerusform><numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новых сообщения, а %2 ответил(и).</numerusform><numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новых сообщений, а %2 ответил(и).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not sent: since you opened case %1 the customer wrote %n new message(s).</source>
        <translation><numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новое сообщение.</numerusform><numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новых сообщения.</numerusform><numerusform>Не отправлено: после того как вы открыли обращение %1, клиент написал %n новых сообщений.</numerusform></translation>
    </message>
    <message>
        <source>Not sent: since you opened case %1 %2 replied.</source>
        <translation>Не отправлено: после того как вы открыли обращение %1, %2 ответил(и).</translation>
    </message>
    <message>
        <source>A poll lease needs a holder.</source>
        <translation>Для аренды опроса нужен владелец.</translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseConfig</name>
    <message>
        <source>"%1" is not a PostgreSQL URL; expected postgresql://user@host[:port]/database.</source>
        <translation>«%1» — не адрес PostgreSQL; ожидается postgresql://пользователь@сервер[:порт]/база.</translation>
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
        <source>A secure connection to %1 could not be established; check the address and the system's certificates.</source>
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
        <source>Waiting for the platform's rate limit until %1.</source>
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
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>the field "type" must be a string</source>
        <translation>поле "type" должно быть строкой</translation>
    </message>
    <message>
        <source>records of type "%1" are not supported yet; skipped</source>
        <translation>записи типа «%1» пока не поддерживаются; пропущено</translation>
    </message>
    <message>
        <source>unknown record type "%1"</source>
        <translation>неизвестный тип записи «%1»</translation>
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation>нет поля "%1"</translation>
    </message>
    <message>
        <source>the field "%1" must be a string</source>
        <translation>поле "%1" должно быть строкой</translation>
    </message>
    <message>
        <source>the field "%1" is empty</source>
        <translation>поле "%1" пустое</translation>
    </message>
    <message>
        <source>unknown platform "%1"</source>
        <translation>неизвестная платформа «%1»</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 8601 time</source>
        <translation>«%1» — не время в формате ISO 8601</translation>
    </message>
    <message>
        <source>the direction must be in or out, not "%1"</source>
        <translation>направление должно быть in или out, а не «%1»</translation>
    </message>
    <message>
        <source>the visibility must be public or private, not "%1"</source>
        <translation>видимость должна быть public или private, а не «%1»</translation>
    </message>
    <message>
        <source>the text is longer than 1 MB</source>
        <translation>текст длиннее 1 МБ</translation>
    </message>
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
        <source>Erasing replaces every message, note, contact and profile field of %1 with "%2". Case statistics stay; nothing can bring the texts back.</source>
        <translation>При стирании все сообщения, заметки, контакты и поля профиля клиента %1 заменяются на «%2». Статистика обращений сохраняется, но тексты восстановить будет невозможно.</translation>
    </message>
    <message>
        <source>Type "%1" to confirm:</source>
        <translation>Для подтверждения введите «%1»:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>The customer's journey appears here.</source>
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
        <translation><numerusform>%n минуту назад</numerusform><numerusform>%n минуты назад</numerusform><numerusform>%n минут назад</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n час назад</numerusform><numerusform>%n часа назад</numerusform><numerusform>%n часов назад</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n день назад</numerusform><numerusform>%n дня назад</numerusform><numerusform>%n дней назад</numerusform></translation>
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
        <translation><numerusform>%n контакт за последние 30 дней</numerusform><numerusform>%n контакта за последние 30 дней</numerusform><numerusform>%n контактов за последние 30 дней</numerusform></translation>
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
        <source>This customer's %1 belongs with %2</source>
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
        <translation><numerusform>Этот же клиент открыл обращение %1 в %2 в пределах %n часа от текущего.</numerusform><numerusform>Этот же клиент открыл обращение %1 в %2 в пределах %n часов от текущего.</numerusform><numerusform>Этот же клиент открыл обращение %1 в %2 в пределах %n часов от текущего.</numerusform></translation>
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
        <source>this customer's profile</source>
        <translation>профиле этого клиента</translation>
    </message>
    <message>
        <source>the records of %1</source>
        <translation>карточке клиента %1</translation>
    </message>
    <message>
        <source>%1 and %2 use the same handle "%3".</source>
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
        <source>%1 and %2 have the same name "%3", and cases of both are linked.</source>
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
        <translation><numerusform>Загружено %n обращение, ниже есть ещё</numerusform><numerusform>Загружено %n обращения, ниже есть ещё</numerusform><numerusform>Загружено %n обращений, ниже есть ещё</numerusform></translation>
    </message>
    <message>
        <source>Live updates paused: %1</source>
        <translation>Обновления приостановлены: %1</translation>
    </message>
    <message>
        <source>Stop and resume the demo's incoming customer messages</source>
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
        <translation><numerusform>%1 · %2 · %3 · %n сообщение</numerusform><numerusform>%1 · %2 · %3 · %n сообщения</numerusform><numerusform>%1 · %2 · %3 · %n сообщений</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n обращение</numerusform><numerusform>%n обращения</numerusform><numerusform>%n обращений</numerusform></translation>
    </message>
    <message>
        <source>Case %1 is not in the loaded part of the inbox.</source>
        <translation>Обращения %1 нет в загруженной части входящих.</translation>
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
        <source>Mastodon accounts have no stream called "%1".</source>
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
        <source>Mastodon did not tell the customer's address.</source>
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
        <translation><numerusform>[%n вложение]</numerusform><numerusform>[%n вложения]</numerusform><numerusform>[%n вложений]</numerusform></translation>
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
        <source>Mastodon's rate limit is reached; CareDesk waits %n second(s) before trying again.</source>
        <translation><numerusform>Достигнут лимит запросов Mastodon; CareDesk повторит попытку через %n секунду.</numerusform><numerusform>Достигнут лимит запросов Mastodon; CareDesk повторит попытку через %n секунды.</numerusform><numerusform>Достигнут лимит запросов Mastodon; CareDesk повторит попытку через %n секунд.</numerusform></translation>
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
    <name>CareDesk::Poller</name>
    <message>
        <source>Another CareDesk program is polling this account; this one leaves it alone.</source>
        <translation>Этот аккаунт уже опрашивает другая программа CareDesk; эта его не трогает.</translation>
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
        <translation><numerusform>Опрошен %n аккаунт; новых сообщений: %1.</numerusform><numerusform>Опрошено %n аккаунта; новых сообщений: %1.</numerusform><numerusform>Опрошено %n аккаунтов; новых сообщений: %1.</numerusform></translation>
    </message>
    <message>
        <source>Sent %1 replies, %2 not sent.</source>
        <translation>Отправлено ответов: %1, не отправлено: %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::TeamCommands</name>
    <message>
        <source>The database thread stopped before answering.</source>
        <translation>Поток базы данных остановился, не ответив.</translation>
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
        <source>Too many arguments.</source>
        <translation>Слишком много аргументов.</translation>
    </message>
    <message>
        <source>On a team workspace you act as your database login (%1); --agent names agents of a local workspace.</source>
        <translation>В командном рабочем пространстве вы действуете под своим логином базы данных (%1); --agent указывает операторов локального рабочего пространства.</translation>
    </message>
    <message>
        <source>Unknown agents command; use "agents list" or "agents add NAME --role ROLE".</source>
        <translation>Неизвестная команда agents; используйте "agents list" или "agents add NAME --role ROLE".</translation>
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
        <source>Unknown role "%1"; use agent, supervisor, trainer or admin.</source>
        <translation>Неизвестная роль «%1»; используйте agent, supervisor, trainer или admin.</translation>
    </message>
    <message>
        <source>"%1" cannot be an agent's name: use lowercase letters, digits and underscores, starting with a letter.</source>
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
        <source>"%1" is not a case id.</source>
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
    <name>CareDesk::Telegram::TelegramConnector</name>
    <message>
        <source>Telegram bots have no stream called "%1".</source>
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
        <source>Telegram sent an answer CareDesk cannot read (no "ok" field).</source>
        <translation>Telegram прислал ответ, который CareDesk не может прочитать (нет поля "ok").</translation>
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
        <source>Telegram's answer to the message cannot be read; check the chat before sending it again.</source>
        <translation>Не удалось прочитать ответ Telegram на сообщение; проверьте чат, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>Telegram's flood limit is reached; CareDesk waits %n second(s) before trying again.</source>
        <translation><numerusform>Достигнут лимит флуда Telegram; CareDesk повторит попытку через %n секунду.</numerusform><numerusform>Достигнут лимит флуда Telegram; CareDesk повторит попытку через %n секунды.</numerusform><numerusform>Достигнут лимит флуда Telegram; CareDesk повторит попытку через %n секунд.</numerusform></translation>
    </message>
    <message>
        <source>Telegram rejected the bot token: it is wrong or was revoked in @BotFather (%1). Enter the bot's current token.</source>
        <translation>Telegram отклонил токен бота: он неверен или отозван в @BotFather (%1). Введите действующий токен бота.</translation>
    </message>
    <message>
        <source>Telegram does not let the bot write there: %1</source>
        <translation>Telegram не разрешает боту писать туда: %1</translation>
    </message>
    <message>
        <source>Telegram sends this bot's updates to a webhook; delete the webhook so CareDesk can receive them (%1).</source>
        <translation>Telegram отправляет обновления этого бота на вебхук; удалите вебхук, чтобы CareDesk мог их получать (%1).</translation>
    </message>
    <message>
        <source>Another program is receiving this bot's updates, and Telegram allows only one at a time: stop the other bot instance or CareDesk (%1).</source>
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
        <translation><numerusform>Текст превышает лимит на %n символ.</numerusform><numerusform>Текст превышает лимит на %n символа.</numerusform><numerusform>Текст превышает лимит на %n символов.</numerusform></translation>
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
</context>
</TS>
