<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>Использование: caredesk-cli [--workspace ПУТЬ | --database URL] [--agent ИМЯ] [--json] КОМАНДА
Команды:
  workspace init [--demo | --training]   создать или обновить рабочее пространство
  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]
  show CASE                              обращение с перепиской
  search QUERY [--limit N]               сообщения и клиенты, сначала новые
  reply CASE --text T [--private]        поставить ответ в очередь отправки
  outbox                                 ответы в очереди, отправленные и неудачные
  sync [--account ID] [--once]           отправить очередь
Коды выхода: 0 успех, 1 ошибка, 2 неверный ввод, 3 не найдено, 4 конфликт, 5 недоступно.</translation>
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
        <source>There is no enabled account %1.</source>
        <translation>Включённого аккаунта %1 нет.</translation>
    </message>
    <message>
        <source>Reply %1 was not sent: %2</source>
        <translation>Ответ %1 не отправлен: %2</translation>
    </message>
    <message>
        <source>Sent %1 replies, %2 not sent.</source>
        <translation>Отправлено ответов: %1, не отправлено: %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Connectors</name>
    <message>
        <source>This version cannot talk to %1 accounts of kind %2 yet (account %3).</source>
        <translation>Эта версия пока не работает с аккаунтами %1 вида %2 (аккаунт %3).</translation>
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
