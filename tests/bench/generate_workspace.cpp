// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// caredesk-generate: a deterministic, realistic history for benchmarks. N cases (default
// 1,000,000) of about three messages each on five platforms (one service account each), from
// 50,000 customers writing Russian or English over 90 days; some customers write on two
// platforms under one CRM id. Written as the JSON Lines of `caredesk-cli import`, or straight
// into a workspace through CaseStore::ingest (the import's own path). The same seed always
// gives the same bytes.
//
//   caredesk-generate [--cases N | --messages N] [--customers N] [--seed S]
//                     [--long-thread N] [--end ISO] (--output FILE|- | --workspace PATH)
#include "app/core/connector.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator64>
#include <QTextStream>

#include <array>
#include <cstdio>
#include <functional>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QTextStream err(stderr);

constexpr Millis kDay = 24 * 60 * 60 * 1000LL;
constexpr Millis kMinute = 60 * 1000LL;

struct BrandAccount {
    Platform platform;
    QString handle;
    QString agentName;
    int privateShare; ///< percent of cases that are private messages
};

const std::array<BrandAccount, 5> kAccounts { {
    { Platform::X, u"@acme_care"_s, u"Acme Care"_s, 35 },
    { Platform::Mastodon, u"@acme@mastodon.social"_s, u"Acme"_s, 25 },
    { Platform::Telegram, u"acme_support_bot"_s, u"Acme Support"_s, 100 },
    { Platform::Vk, u"club_acme"_s, u"Acme Поддержка"_s, 50 },
    { Platform::Facebook, u"AcmeSupport"_s, u"Acme Support"_s, 45 },
} };

const QStringList kEnglishFirst { u"Anna"_s, u"James"_s, u"Olivia"_s, u"Liam"_s, u"Emma"_s, u"Noah"_s, u"Ava"_s,
    u"Lucas"_s, u"Mia"_s, u"Ethan"_s, u"Sophia"_s, u"Mason"_s, u"Isabella"_s, u"Logan"_s, u"Amelia"_s, u"Oliver"_s,
    u"Harper"_s, u"Elijah"_s, u"Evelyn"_s, u"Jacob"_s, u"Abigail"_s, u"Henry"_s, u"Emily"_s, u"Jack"_s, u"Ella"_s,
    u"Samuel"_s, u"Grace"_s, u"Daniel"_s, u"Chloe"_s, u"Owen"_s, u"Lily"_s, u"Leo"_s, u"Zoe"_s, u"Ryan"_s,
    u"Nora"_s, u"Adam"_s, u"Ruby"_s, u"Aaron"_s, u"Alice"_s, u"Kevin"_s };
const QStringList kEnglishLast { u"Smith"_s, u"Johnson"_s, u"Williams"_s, u"Brown"_s, u"Jones"_s, u"Miller"_s,
    u"Davis"_s, u"Wilson"_s, u"Taylor"_s, u"Clark"_s, u"Lewis"_s, u"Walker"_s, u"Hall"_s, u"Allen"_s, u"Young"_s,
    u"King"_s, u"Wright"_s, u"Scott"_s, u"Green"_s, u"Baker"_s, u"Adams"_s, u"Nelson"_s, u"Carter"_s,
    u"Mitchell"_s, u"Roberts"_s, u"Turner"_s, u"Phillips"_s, u"Campbell"_s, u"Parker"_s, u"Evans"_s,
    u"Edwards"_s, u"Collins"_s, u"Stewart"_s, u"Morris"_s, u"Murphy"_s, u"Cook"_s, u"Rogers"_s, u"Reed"_s };
const QStringList kRussianFirst { u"Анна"_s, u"Иван"_s, u"Мария"_s, u"Алексей"_s, u"Елена"_s, u"Дмитрий"_s,
    u"Ольга"_s, u"Сергей"_s, u"Татьяна"_s, u"Андрей"_s, u"Наталья"_s, u"Михаил"_s, u"Ирина"_s, u"Николай"_s,
    u"Светлана"_s, u"Павел"_s, u"Екатерина"_s, u"Владимир"_s, u"Юлия"_s, u"Артём"_s, u"Дарья"_s, u"Роман"_s,
    u"Ксения"_s, u"Егор"_s, u"Полина"_s, u"Максим"_s, u"Алёна"_s, u"Кирилл"_s, u"Вера"_s, u"Глеб"_s,
    u"Софья"_s, u"Тимофей"_s, u"Людмила"_s, u"Борис"_s, u"Галина"_s, u"Фёдор"_s };
const QStringList kRussianLast { u"Иванов"_s, u"Смирнов"_s, u"Кузнецов"_s, u"Попов"_s, u"Васильев"_s,
    u"Петров"_s, u"Соколов"_s, u"Михайлов"_s, u"Новиков"_s, u"Фёдоров"_s, u"Морозов"_s, u"Волков"_s,
    u"Алексеев"_s, u"Лебедев"_s, u"Семёнов"_s, u"Егоров"_s, u"Павлов"_s, u"Козлов"_s, u"Степанов"_s,
    u"Николаев"_s, u"Орлов"_s, u"Андреев"_s, u"Макаров"_s, u"Никитин"_s, u"Захаров"_s, u"Зайцев"_s,
    u"Соловьёв"_s, u"Борисов"_s, u"Яковлев"_s, u"Григорьев"_s, u"Романов"_s, u"Воробьёв"_s };

// Sentences are built from openers, a topic noun phrase, a complaint or question, details and a
// closer, so search sees a Zipf-like mix of frequent and rare words in both languages.
const QStringList kEnglishOpeners { u"Hi,"_s, u"Hello,"_s, u"Hey"_s, u"Good morning,"_s, u"Excuse me,"_s,
    u"Dear support,"_s, u"Quick question:"_s, u"Seriously?"_s, u"Help!"_s, u"Hi team,"_s, u""_s, u""_s };
const QStringList kEnglishNouns { u"order"_s, u"delivery"_s, u"refund"_s, u"parcel"_s, u"courier"_s,
    u"invoice"_s, u"subscription"_s, u"account"_s, u"password"_s, u"payment"_s, u"card"_s, u"app"_s,
    u"update"_s, u"tracking"_s, u"number"_s, u"warranty"_s, u"kettle"_s, u"sofa"_s, u"headphones"_s,
    u"laptop"_s, u"charger"_s, u"phone"_s, u"screen"_s, u"battery"_s, u"voucher"_s, u"discount"_s,
    u"coupon"_s, u"store"_s, u"branch"_s, u"pickup"_s, u"locker"_s, u"receipt"_s, u"bonus"_s, u"points"_s,
    u"cashback"_s, u"tariff"_s, u"plan"_s, u"router"_s, u"internet"_s, u"connection"_s, u"signal"_s,
    u"ticket"_s, u"booking"_s, u"flight"_s, u"seat"_s, u"luggage"_s, u"hotel"_s, u"room"_s, u"table"_s,
    u"fridge"_s, u"washer"_s, u"vacuum"_s, u"blender"_s, u"mattress"_s, u"wardrobe"_s, u"lamp"_s,
    u"jacket"_s, u"sneakers"_s, u"size"_s, u"colour"_s, u"model"_s, u"stock"_s, u"price"_s, u"fee"_s,
    u"charge"_s, u"statement"_s, u"transfer"_s, u"loan"_s, u"deposit"_s, u"insurance"_s, u"claim"_s,
    u"appointment"_s, u"manager"_s, u"operator"_s, u"chat"_s, u"email"_s, u"login"_s, u"code"_s, u"sms"_s };
const QStringList kEnglishComplaints { u"is late"_s, u"never arrived"_s, u"arrived broken"_s,
    u"was charged twice"_s, u"does not work"_s, u"keeps crashing"_s, u"is missing"_s, u"was cancelled"_s,
    u"got lost"_s, u"is wrong"_s, u"stopped working"_s, u"is too slow"_s, u"was rejected"_s,
    u"is still pending"_s, u"cannot be found"_s, u"shows an error"_s, u"was damaged"_s,
    u"came without parts"_s, u"is overpriced"_s, u"was delivered to the wrong address"_s };
const QStringList kEnglishDetails { u"since Monday"_s, u"for two weeks"_s, u"again"_s, u"yesterday"_s,
    u"this morning"_s, u"after the update"_s, u"for the third time"_s, u"and nobody answers"_s,
    u"and the hotline is busy"_s, u"although I paid"_s, u"even though it says delivered"_s,
    u"in the app and on the website"_s, u"at the pickup point"_s, u"on my account"_s, u"every evening"_s,
    u"since the weekend"_s, u"right after checkout"_s, u"while travelling"_s };
const QStringList kEnglishClosers { u"What should I do?"_s, u"Please help."_s, u"Any news?"_s,
    u"I want my money back."_s, u"Thanks in advance."_s, u"Very disappointed."_s, u"Can you check?"_s,
    u"Please call me."_s, u"This is unacceptable."_s, u"Thank you!"_s, u"Waiting for an answer."_s, u""_s };
const QStringList kEnglishReplies { u"Sorry to hear that! Could you send us your order number in a private message?"_s,
    u"Thanks for reaching out. We have checked your order and the courier will call you today."_s,
    u"We apologise for the delay. The refund has been issued and will arrive within five working days."_s,
    u"Thank you for your patience. Our team has escalated the issue to the warehouse."_s,
    u"Please try to reinstall the app and log in again; let us know if the error persists."_s,
    u"We have sent a replacement, the tracking number is in your email."_s,
    u"Could you share a photo of the damage? We will arrange an exchange."_s,
    u"Glad we could help! Have a great day."_s };

const QStringList kRussianOpeners { u"Здравствуйте,"_s, u"Добрый день,"_s, u"Привет,"_s, u"Доброе утро,"_s,
    u"Подскажите,"_s, u"Помогите!"_s, u"Извините,"_s, u"Уважаемая поддержка,"_s, u"Серьёзно?"_s, u"Вопрос:"_s,
    u""_s, u""_s };
const QStringList kRussianNouns { u"заказ"_s, u"доставка"_s, u"возврат"_s, u"посылка"_s, u"курьер"_s,
    u"счёт"_s, u"подписка"_s, u"аккаунт"_s, u"пароль"_s, u"оплата"_s, u"карта"_s, u"приложение"_s,
    u"обновление"_s, u"трек-номер"_s, u"гарантия"_s, u"чайник"_s, u"диван"_s, u"наушники"_s, u"ноутбук"_s,
    u"зарядка"_s, u"телефон"_s, u"экран"_s, u"аккумулятор"_s, u"сертификат"_s, u"скидка"_s, u"промокод"_s,
    u"магазин"_s, u"филиал"_s, u"самовывоз"_s, u"постамат"_s, u"чек"_s, u"бонусы"_s, u"баллы"_s,
    u"кешбэк"_s, u"тариф"_s, u"роутер"_s, u"интернет"_s, u"связь"_s, u"билет"_s, u"бронирование"_s,
    u"рейс"_s, u"багаж"_s, u"гостиница"_s, u"номер"_s, u"холодильник"_s, u"стиральная машина"_s,
    u"пылесос"_s, u"блендер"_s, u"матрас"_s, u"шкаф"_s, u"лампа"_s, u"куртка"_s, u"кроссовки"_s,
    u"размер"_s, u"цвет"_s, u"модель"_s, u"цена"_s, u"комиссия"_s, u"списание"_s, u"выписка"_s,
    u"перевод"_s, u"кредит"_s, u"вклад"_s, u"страховка"_s, u"заявка"_s, u"запись"_s, u"менеджер"_s,
    u"оператор"_s, u"чат"_s, u"почта"_s, u"вход"_s, u"код"_s, u"смс"_s };
const QStringList kRussianComplaints { u"опаздывает"_s, u"так и не пришёл"_s, u"пришёл сломанным"_s,
    u"списали дважды"_s, u"не работает"_s, u"постоянно вылетает"_s, u"пропал"_s, u"отменили"_s,
    u"потерялся"_s, u"неправильный"_s, u"перестал работать"_s, u"очень медленный"_s, u"отклонили"_s,
    u"всё ещё в обработке"_s, u"не находится"_s, u"выдаёт ошибку"_s, u"повреждён"_s,
    u"пришёл без деталей"_s, u"слишком дорогой"_s, u"доставили не по адресу"_s };
const QStringList kRussianDetails { u"с понедельника"_s, u"уже две недели"_s, u"снова"_s, u"вчера"_s,
    u"сегодня утром"_s, u"после обновления"_s, u"в третий раз"_s, u"и никто не отвечает"_s,
    u"а горячая линия занята"_s, u"хотя я оплатил"_s, u"хотя написано доставлено"_s,
    u"и в приложении, и на сайте"_s, u"в пункте выдачи"_s, u"в личном кабинете"_s, u"каждый вечер"_s,
    u"с выходных"_s, u"сразу после оформления"_s, u"в поездке"_s };
const QStringList kRussianClosers { u"Что делать?"_s, u"Помогите, пожалуйста."_s, u"Есть новости?"_s,
    u"Верните деньги."_s, u"Заранее спасибо."_s, u"Очень разочарован."_s, u"Проверьте, пожалуйста."_s,
    u"Перезвоните мне."_s, u"Это недопустимо."_s, u"Спасибо!"_s, u"Жду ответа."_s, u""_s };
const QStringList kRussianReplies { u"Нам очень жаль! Пришлите, пожалуйста, номер заказа в личные сообщения."_s,
    u"Спасибо за обращение. Мы проверили заказ, курьер позвонит вам сегодня."_s,
    u"Приносим извинения за задержку. Возврат оформлен, деньги поступят в течение пяти рабочих дней."_s,
    u"Спасибо за терпение. Мы передали вопрос на склад."_s,
    u"Попробуйте переустановить приложение и войти снова; напишите, если ошибка повторится."_s,
    u"Мы отправили замену, трек-номер пришёл вам на почту."_s,
    u"Пришлите, пожалуйста, фото повреждения, и мы оформим обмен."_s,
    u"Рады, что смогли помочь! Хорошего дня."_s };

struct Customer {
    QString name;
    QString handle;
    bool russian = false;
    QString crmRef; ///< set for customers known to the CRM
    int platform = 0; ///< index into kAccounts
    int secondPlatform = -1; ///< some customers also write on another platform
};

struct Options {
    qint64 cases = 1000000;
    qint64 messages = 0; ///< stop after this many messages when set
    int customers = 50000;
    quint64 seed = 1;
    int longThread = 0;
    Millis end = 1772323200000; // 2026-03-01T00:00:00Z
};

class Generator
{
public:
    explicit Generator(const Options &options)
        : m_options(options)
        , m_rng(options.seed)
    {
        const int count = int(std::max<qint64>(1, std::min<qint64>(options.customers, options.cases)));
        m_customers.reserve(count);
        for (int i = 0; i < count; ++i) {
            Customer c;
            c.russian = m_rng.bounded(100) < 60;
            const QStringList &first = c.russian ? kRussianFirst : kEnglishFirst;
            const QStringList &last = c.russian ? kRussianLast : kEnglishLast;
            c.name = pick(first) + u' ' + pick(last);
            c.handle = u"user%1"_s.arg(i);
            c.platform = int(m_rng.bounded(quint32(kAccounts.size())));
            if (m_rng.bounded(100) < 30)
                c.crmRef = u"CRM-%1"_s.arg(i, 6, 10, QChar(u'0'));
            if (!c.crmRef.isEmpty() && m_rng.bounded(100) < 50)
                c.secondPlatform = int((c.platform + 1 + m_rng.bounded(quint32(kAccounts.size() - 1))) % kAccounts.size());
            m_customers.append(c);
        }
    }

    /// Calls sink(account index, message) for every message, case by case, oldest case first.
    qint64 run(const std::function<bool(int, const IncomingMessage &)> &sink)
    {
        const Millis span = 90 * kDay;
        const Millis begin = m_options.end - span;
        qint64 written = 0;
        // The long case runs through the last week, its messages written when their time comes,
        // as a poller would have stored them.
        Thread longThread;
        if (m_options.longThread > 0)
            longThread = startThread(u"long-1"_s);
        const Millis longStart = m_options.end - 7 * kDay;
        const Millis longGap = m_options.longThread > 0 ? 7 * kDay / m_options.longThread : 0;
        const auto longUpTo = [&](Millis until) {
            while (longThread.next < m_options.longThread) {
                const Millis at = longStart + longThread.next * longGap;
                if (at > until)
                    return true;
                if (!emitMessage(longThread, at, sink, written))
                    return false;
            }
            return true;
        };
        for (qint64 i = 0; i < m_options.cases; ++i) {
            const Millis start = begin + span * i / m_options.cases + qint64(m_rng.bounded(quint32(std::max<qint64>(1, span / m_options.cases))));
            if (!longUpTo(start))
                return written;
            const int roll = int(m_rng.bounded(100));
            const int count = roll < 15 ? 1 : roll < 35 ? 2 : roll < 65 ? 3 : roll < 85 ? 4 : 5;
            Thread thread = startThread(u"c%1"_s.arg(i));
            Millis at = start;
            for (int k = 0; k < count; ++k) {
                if (!emitMessage(thread, at, sink, written))
                    return written;
                at += kMinute + qint64(m_rng.bounded(6 * 60)) * kMinute;
            }
        }
        longUpTo(std::numeric_limits<Millis>::max());
        return written;
    }

private:
    /// A conversation: one customer on one account, public or private throughout.
    struct Thread {
        QString key;
        qsizetype customer = 0;
        int account = 0;
        Visibility visibility = Visibility::Public;
        int next = 0; ///< messages written so far
        QString previous; ///< the last message's id, for reply_to
    };

    Thread startThread(const QString &key)
    {
        Thread thread;
        thread.key = key;
        thread.customer = qsizetype(m_rng.bounded(quint32(m_customers.size())));
        const Customer &customer = m_customers.at(thread.customer);
        const bool second = customer.secondPlatform >= 0 && m_rng.bounded(100) < 40;
        thread.account = second ? customer.secondPlatform : customer.platform;
        thread.visibility = int(m_rng.bounded(100)) < kAccounts.at(size_t(thread.account)).privateShare
            ? Visibility::Private
            : Visibility::Public;
        return thread;
    }

    /// The thread's next message at `at`; false once the message count is reached.
    bool emitMessage(Thread &thread, Millis at, const std::function<bool(int, const IncomingMessage &)> &sink,
                     qint64 &written)
    {
        if (m_options.messages > 0 && written >= m_options.messages)
            return false;
        const Customer &customer = m_customers.at(thread.customer);
        const BrandAccount &brand = kAccounts.at(size_t(thread.account));
        const int k = thread.next++;
        IncomingMessage m;
        m.platformId = thread.key + u'-' + QString::number(k);
        m.threadKey = thread.key;
        // The customer opens; then agent and customer take turns, now and then the customer
        // writes twice.
        m.direction = k == 0 || (k % 2 == 0) || m_rng.bounded(100) < 15 ? Direction::In : Direction::Out;
        m.visibility = thread.visibility;
        if (m.direction == Direction::In) {
            m.authorPlatformId = customer.handle;
            m.authorHandle = customer.handle;
            m.authorName = customer.name;
            m.customerRef = customer.crmRef;
            m.text = customerText(customer.russian, k == 0);
        } else {
            m.authorPlatformId = brand.handle;
            m.authorHandle = brand.handle;
            m.authorName = brand.agentName;
            m.text = pick(customer.russian ? kRussianReplies : kEnglishReplies);
        }
        m.language = customer.russian ? u"ru"_s : u"en"_s;
        m.createdAt = at;
        m.replyToPlatformId = thread.previous;
        thread.previous = m.platformId;
        if (!sink(thread.account, m))
            return false;
        ++written;
        return true;
    }

    QString customerText(bool russian, bool first)
    {
        QStringList parts;
        if (first)
            parts.append(pick(russian ? kRussianOpeners : kEnglishOpeners));
        const QStringList &nouns = russian ? kRussianNouns : kEnglishNouns;
        parts.append(russian ? u"мой"_s : u"my"_s);
        parts.append(pick(nouns));
        parts.append(pick(russian ? kRussianComplaints : kEnglishComplaints));
        parts.append(pick(russian ? kRussianDetails : kEnglishDetails));
        if (m_rng.bounded(100) < 40) {
            parts.append(russian ? u"номер"_s : u"number"_s);
            parts.append(u"#%1%2"_s.arg(QChar(u'A' + int(m_rng.bounded(26)))).arg(m_rng.bounded(1000000), 6, 10, QChar(u'0')));
        }
        if (m_rng.bounded(100) < 50) {
            parts.append(russian ? u"и ещё"_s : u"and also the"_s);
            parts.append(pick(nouns));
            parts.append(pick(russian ? kRussianComplaints : kEnglishComplaints));
        }
        parts.append(pick(russian ? kRussianClosers : kEnglishClosers));
        parts.removeAll(QString());
        return parts.join(u' ');
    }

    const QString &pick(const QStringList &list)
    {
        return list.at(qsizetype(m_rng.bounded(quint32(list.size()))));
    }

    Options m_options;
    QRandomGenerator64 m_rng;
    QList<Customer> m_customers;
};

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += ch;
        }
    }
    out += '"';
}

void appendJsonLine(QByteArray &out, int account, const IncomingMessage &m)
{
    const BrandAccount &brand = kAccounts.at(size_t(account));
    const auto field = [&out](const char *name, const QString &value) {
        out += ",\"";
        out += name;
        out += "\":";
        appendJsonString(out, value);
    };
    out += "{\"type\":\"message\"";
    field("platform", toString(brand.platform));
    field("account", brand.handle);
    field("thread", m.threadKey);
    field("id", m.platformId);
    field("author_id", m.authorPlatformId);
    field("author_name", m.authorName);
    field("created_at", toIsoUtc(m.createdAt));
    field("direction", toString(m.direction));
    field("visibility", toString(m.visibility));
    field("text", m.text);
    field("language", m.language);
    if (!m.customerRef.isEmpty())
        field("customer_ref", m.customerRef);
    if (!m.replyToPlatformId.isEmpty())
        field("reply_to", m.replyToPlatformId);
    out += "}\n";
}

int writeJsonLines(Generator &generator, const QString &path)
{
    QFile file;
    const bool opened = path == "-"_L1 ? file.open(stdout, QIODevice::WriteOnly)
                                       : (file.setFileName(path), file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened) {
        err << "Could not write " << path << ": " << file.errorString() << Qt::endl;
        return 2;
    }
    QByteArray buffer;
    buffer.reserve(1 << 22);
    bool failed = false;
    const qint64 written = generator.run([&](int account, const IncomingMessage &m) {
        appendJsonLine(buffer, account, m);
        if (buffer.size() > (1 << 22) - 8192) {
            failed = file.write(buffer) != buffer.size();
            buffer.clear();
        }
        return !failed;
    });
    if (!failed && !buffer.isEmpty())
        failed = file.write(buffer) != buffer.size();
    file.close();
    if (failed) {
        err << "Could not write " << path << Qt::endl;
        return 1;
    }
    err << "Wrote " << written << " messages to " << path << Qt::endl;
    return 0;
}

int writeWorkspace(Generator &generator, const QString &path, Millis now)
{
    Result<std::unique_ptr<Database>> opened =
        Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::CreateIfMissing);
    if (!opened.ok()) {
        err << opened.error().message << Qt::endl;
        return 5;
    }
    Database &db = *opened.value();
    if (Result<Done> migrated = db.migrate(WorkspaceKind::Standard, u"Generated"_s, now); !migrated.ok()) {
        err << migrated.error().message << Qt::endl;
        return 5;
    }
    // The import's settings (ImportCommand): the sqlite3 C API, a large cache, statement
    // journals in memory.
    db.setNativeStatements(true);
    for (const QString &pragma : { u"PRAGMA cache_size = -262144"_s, u"PRAGMA temp_store = MEMORY"_s }) {
        if (Result<QSqlQuery> set = db.exec(pragma); !set.ok()) {
            err << set.error().message << Qt::endl;
            return 5;
        }
    }
    std::array<Id, kAccounts.size()> accountIds {};
    for (size_t i = 0; i < kAccounts.size(); ++i) {
        Account account;
        account.platform = kAccounts.at(i).platform;
        account.handle = kAccounts.at(i).handle;
        Result<Account> added = AccountStore::add(db, account, now);
        if (!added.ok()) {
            err << added.error().message << Qt::endl;
            return 1;
        }
        accountIds.at(i) = added.value().id;
    }
    // The import's batching: about 2,000 messages per transaction, one ingest per account.
    std::array<IngestBatch, kAccounts.size()> batches;
    for (size_t i = 0; i < kAccounts.size(); ++i)
        batches.at(i).accountId = accountIds.at(i);
    int pending = 0;
    Error failure;
    const auto flush = [&]() -> bool {
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            for (IngestBatch &batch : batches) {
                if (batch.messages.isEmpty())
                    continue;
                Result<IngestResult> stored = CaseStore::ingest(db, batch, now);
                if (!stored.ok())
                    return stored.error();
            }
            return Done {};
        });
        for (IngestBatch &batch : batches)
            batch.messages.clear();
        pending = 0;
        if (!done.ok())
            failure = done.error();
        return done.ok();
    };
    QElapsedTimer timer;
    timer.start();
    const qint64 written = generator.run([&](int account, const IncomingMessage &m) {
        batches.at(size_t(account)).messages.append(m);
        return ++pending < 2000 || flush();
    });
    if (!failure.isError())
        flush();
    if (failure.isError()) {
        err << failure.message << Qt::endl;
        return 1;
    }
    err << "Stored " << written << " messages in " << path << " in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Generates a deterministic CareDesk history for benchmarks."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"cases"_s, u"Number of cases (default 1000000)."_s, u"N"_s },
        { u"messages"_s, u"Stop after this many messages."_s, u"N"_s },
        { u"customers"_s, u"Number of customers (default 50000)."_s, u"N"_s },
        { u"seed"_s, u"Random seed (default 1)."_s, u"S"_s },
        { u"long-thread"_s, u"Add one case with this many messages."_s, u"N"_s },
        { u"end"_s, u"The newest time, ISO 8601 (default 2026-03-01T00:00:00Z)."_s, u"TIME"_s },
        { u"output"_s, u"Write JSON Lines to FILE (- for standard output)."_s, u"FILE"_s },
        { u"workspace"_s, u"Write into a new SQLite workspace instead."_s, u"PATH"_s },
    });
    parser.process(app);
    Options options;
    bool ok = true;
    const auto number = [&](const QString &name, auto &target) {
        if (!parser.isSet(name))
            return;
        bool isNumber = false;
        const qint64 value = parser.value(name).toLongLong(&isNumber);
        if (!isNumber || value < 0)
            ok = false;
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
    };
    number(u"cases"_s, options.cases);
    number(u"messages"_s, options.messages);
    number(u"customers"_s, options.customers);
    number(u"seed"_s, options.seed);
    number(u"long-thread"_s, options.longThread);
    if (options.messages > 0 && !parser.isSet(u"cases"_s))
        options.cases = options.messages * 10 / 28 + 1; // about 2.95 a case: enough to reach the count
    if (parser.isSet(u"end"_s)) {
        const std::optional<Millis> end = fromIsoUtc(parser.value(u"end"_s));
        ok = ok && end.has_value();
        options.end = end.value_or(0);
    }
    if (!ok || parser.isSet(u"output"_s) == parser.isSet(u"workspace"_s)) {
        err << "Give numbers as non-negative integers and exactly one of --output or --workspace." << Qt::endl;
        return 2;
    }
    Generator generator(options);
    if (parser.isSet(u"output"_s))
        return writeJsonLines(generator, parser.value(u"output"_s));
    return writeWorkspace(generator, parser.value(u"workspace"_s), options.end);
}
