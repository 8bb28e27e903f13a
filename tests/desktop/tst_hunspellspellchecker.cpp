// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking with the system's Russian and English dictionaries, in one reply.
#include "app/desktop/hunspellspellchecker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

class TestHunspellSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void words_data();
    void words();
    void suggestions_data();
    void suggestions();
    void personalDictionaryPersists();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HunspellSpellChecker> m_checker;
};

void TestHunspellSpellChecker::initTestCase()
{
    m_checker = std::make_unique<HunspellSpellChecker>(QStringList { u"en_US"_s, u"ru_RU"_s },
                                                       HunspellSpellChecker::defaultDictionaryDirs(),
                                                       m_dir.filePath(u"personal.dic"_s));
    // The test command installs hunspell-en-us and hunspell-ru; without them this is no test.
    QCOMPARE(m_checker->languages(), QStringList({ u"en_US"_s, u"ru_RU"_s }));
}

void TestHunspellSpellChecker::words_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");
    QTest::newRow("english word") << u"delivery"_s << true;
    QTest::newRow("english typo") << u"delivary"_s << false;
    QTest::newRow("russian word") << u"доставка"_s << true;
    QTest::newRow("russian inflected") << u"заказом"_s << true;
    QTest::newRow("russian typo") << u"даставка"_s << false;
    QTest::newRow("capitalised") << u"Thanks"_s << true;
    QTest::newRow("handle passes") << u"@northwindhome"_s << true;
    QTest::newRow("hashtag passes") << u"#НордвиндДом"_s << true;
    QTest::newRow("number passes") << u"4829173"_s << true;
    QTest::newRow("link passes") << u"https://northwind.example/track"_s << true;
    QTest::newRow("script without dictionary passes") << u"配送"_s << true;
}

void TestHunspellSpellChecker::words()
{
    QFETCH(QString, word);
    QFETCH(bool, correct);
    QCOMPARE(m_checker->isCorrect(word), correct);
}

void TestHunspellSpellChecker::suggestions_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("english") << u"recieve"_s << u"receive"_s;
    QTest::newRow("russian") << u"извените"_s << u"извините"_s;
}

void TestHunspellSpellChecker::suggestions()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QVERIFY2(m_checker->suggestions(word).contains(expected), qPrintable(m_checker->suggestions(word).join(u", ")));
}

void TestHunspellSpellChecker::personalDictionaryPersists()
{
    QVERIFY(!m_checker->isCorrect(u"Нордвинд"_s));
    m_checker->addToPersonalDictionary(u"Нордвинд"_s);
    QVERIFY(m_checker->isCorrect(u"Нордвинд"_s));
    HunspellSpellChecker restarted({ u"en_US"_s, u"ru_RU"_s }, HunspellSpellChecker::defaultDictionaryDirs(),
                                   m_dir.filePath(u"personal.dic"_s));
    QVERIFY(restarted.isCorrect(u"Нордвинд"_s));
    QVERIFY(!restarted.isCorrect(u"Нордвиндд"_s));
}

QTEST_GUILESS_MAIN(TestHunspellSpellChecker)
#include "tst_hunspellspellchecker.moc"
