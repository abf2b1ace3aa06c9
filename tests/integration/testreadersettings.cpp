// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/configstore.h"
#include "app/licence/licence.h"
#include "app/readercommands.h"
#include "app/registration/registrationservice.h"
#include "app/secrets/secretstore.h"
#include "app/settings/autorestart.h"
#include "app/settings/readersettings.h"
#include "devicelink/readerlink.h"
#include "readerstack/admin/cornertapsequence.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/screen/adminscene.h"
#include "readerstack/screen/idlescreen.h"
#include "readerstack/screen/readerscreen.h"
#include "tests/support/consolefixture.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>
#include <sodium.h>

using namespace Console;
using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"Kusuri-Secret-7781"_s;

QByteArray everything(const QString &dir)
{
    QByteArray bytes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QString serialOf(int n)
{
    return u"MDG-SET-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
}

} // namespace

// Registration and reader settings end to end on loopback: in-process
// readers (ReaderHost) and the console's services on a fixture fleet.
class TestReaderSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void registersThreeReadersAndRefusesDuplicates();
    void institutionCodeChange();
    void passwordsNeverInDatabasesOrLogs();
    void messageReachesIdleScreen();
    void messageRefusedByReaderRules();
    void settingsSurviveReaderRestart();
    void powerLinkFollowsVbus();
    void alwaysPoweredPortIsReported();
    void autoRestartFiresAfterConfiguredTime();
    void autoRestartOffDoesNothing();
    void overLicenceReaderIsRefused();
    void adminScreenOpensWithTapsAndPassword();

private:
    bool startHost(int n);
    bool connect(int n);
    bool registerAccount(int n, const QString &account, Error *error = nullptr);
    ReaderHost *host(int n) { return m_hosts.at(n).get(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<ConfigStore> m_config;
    std::unique_ptr<EncryptedFileSecretStore> m_secrets;
    std::unique_ptr<RegistrationService> m_registration;
    std::unique_ptr<ReaderCommands> m_commands;
    std::unique_ptr<ReaderSettings> m_settings;
    std::map<int, std::unique_ptr<ReaderHost>> m_hosts;
    qint64 m_tapMs = 0;
};

void TestReaderSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_console = std::make_unique<ConsoleFixture>();
    Result<std::unique_ptr<ConfigStore>> config = ConfigStore::open(m_dir->filePath(u"console/config.db"_s));
    QVERIFY(config.ok());
    m_config = std::move(config).value();
    m_secrets = std::make_unique<EncryptedFileSecretStore>(m_dir->filePath(u"console/secrets"_s));
    m_registration = std::make_unique<RegistrationService>(m_console->fleet.get(), &m_console->registry, m_config.get(),
                                                           m_secrets.get());
    m_commands = std::make_unique<ReaderCommands>(m_console->fleet.get(), &m_console->registry);
    m_settings = std::make_unique<ReaderSettings>(m_console->fleet.get(), &m_console->registry, m_config.get());
}

void TestReaderSettings::cleanup()
{
    m_settings.reset();
    m_commands.reset();
    m_registration.reset();
    m_hosts.clear();
    m_secrets.reset();
    m_config.reset();
    m_console.reset();
    m_dir.reset();
}

bool TestReaderSettings::startHost(int n)
{
    ReaderHostOptions options;
    options.serial = serialOf(n);
    options.stateDirectory = m_dir->filePath(u"reader-%1"_s.arg(n));
    options.tapClock = [this] { return m_tapMs; };
    Result<std::unique_ptr<ReaderHost>> started = ReaderHost::start(options);
    if (!started)
        return false;
    m_hosts[n] = std::move(started).value();
    return true;
}

bool TestReaderSettings::connect(int n)
{
    m_console->fleet->connectTo(u"127.0.0.1"_s, host(n)->port());
    const QString serial = serialOf(n);
    return QTest::qWaitFor(
        [&] {
            const ReaderLink *link = m_console->fleet->link(serial);
            return link && link->hello().has_value();
        },
        10000);
}

bool TestReaderSettings::registerAccount(int n, const QString &account, Error *error)
{
    QSignalSpy finished(m_registration.get(), &RegistrationService::registrationFinished);
    m_registration->registerAccount(serialOf(n), account, Password);
    if (!finished.wait(10000))
        return false;
    const Error result = finished.first().at(1).value<Error>();
    if (error)
        *error = result;
    return !result.isError();
}

void TestReaderSettings::registersThreeReadersAndRefusesDuplicates()
{
    for (int n = 1; n <= 3; ++n) {
        QVERIFY(startHost(n));
        QVERIFY(connect(n));
    }
    QCOMPARE(m_registration->unregisteredConnected().size(), 3);
    QVERIFY(!m_registration->addBlocker().isError());
    for (int n = 1; n <= 3; ++n) {
        Error error;
        QVERIFY2(registerAccount(n, u"F0clinic0%1"_s.arg(n), &error), qPrintable(error.toLogString()));
        QTRY_VERIFY(m_console->isTrusted(serialOf(n)));
    }
    QCOMPARE(m_registration->unregisteredConnected().size(), 0);
    QCOMPARE(m_registration->addBlocker().code(), ErrorCode::ReaderNotConnected);
    QCOMPARE(m_registration->accountOf(serialOf(2)), u"F0clinic02"_s);
    // Pinned: the console accepts these readers with these certificates only.
    QCOMPARE(m_console->pins.pinnedReaders().size(), 3);

    // A fourth reader and an account already in use.
    QVERIFY(startHost(4));
    QVERIFY(connect(4));
    Error error;
    QVERIFY(!registerAccount(4, u"F0clinic01"_s, &error));
    QCOMPARE(error.code(), ErrorCode::AccountAlreadyRegistered);
    QCOMPARE(error.codeString(), u"S504"_s);
    // Refused before anything was pinned or paired.
    QVERIFY(!m_console->registry.entry(serialOf(4))->registered);
    QVERIFY(host(4)->device()->pairedConsole().isEmpty());
    // One reader, one account.
    QVERIFY(!registerAccount(1, u"F0clinic09"_s, &error));
    QCOMPARE(error.code(), ErrorCode::ReaderAlreadyHasAccount);
    QVERIFY(!registerAccount(4, u"FOclinic04"_s, &error));
    QCOMPARE(error.code(), ErrorCode::AccountNameMissingPrefix);
    QVERIFY(registerAccount(4, u"F0clinic04"_s, &error));
}

void TestReaderSettings::institutionCodeChange()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0oldcode01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));

    QSignalSpy deleted(m_registration.get(), &RegistrationService::deletionFinished);
    m_registration->deleteRegistration(serialOf(1));
    QVERIFY(deleted.wait(10000));
    QVERIFY(!deleted.first().at(1).value<Error>().isError());
    QVERIFY(m_registration->accountOf(serialOf(1)).isEmpty());
    QVERIFY(m_console->pins.pinnedReaders().isEmpty());
    QCOMPARE(m_secrets->readNow(RegistrationService::secretKey(u"F0oldcode01"_s)).value(), QByteArray());
    // The reader was released: it trusts no console any more.
    QTRY_VERIFY(host(1)->device()->pairedConsole().isEmpty());

    // Register again with the new institution's login name.
    QVERIFY(connect(1));
    Error error;
    QVERIFY2(registerAccount(1, u"F0newcode01"_s, &error), qPrintable(error.toLogString()));
    QCOMPARE(m_registration->accountOf(serialOf(1)), u"F0newcode01"_s);
    QCOMPARE(m_secrets->readNow(RegistrationService::secretKey(u"F0newcode01"_s)).value(), Password.toUtf8());
    bool sawDeletion = false;
    for (const ConfigStore::AuditEntry &entry : m_config->auditTrail())
        sawDeletion |= entry.what == u"account/"_s + serialOf(1) && entry.oldValue == u"F0oldcode01"_s;
    QVERIFY(sawDeletion);
}

void TestReaderSettings::passwordsNeverInDatabasesOrLogs()
{
    const QString logPath = m_dir->filePath(u"captured.log"_s);
    static QFile *log = nullptr;
    QFile file(logPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    log = &file;
    QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &text) { log->write(text.toUtf8() + '\n'); });
    QLoggingCategory::setFilterRules(u"madoguchi.*=true"_s);
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QVERIFY(startHost(2));
    QVERIFY(connect(2));
    Error error;
    QVERIFY(!registerAccount(2, u"F0clinic01"_s, &error));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    file.close();

    QVERIFY(QFile(logPath).size() > 0);
    const QByteArray disk = everything(m_dir->path());
    QVERIFY(disk.contains("F0clinic01")); // the account name is no secret
    QVERIFY(!disk.contains(Password.toUtf8()));
    QVERIFY(!disk.contains(Password.toUtf8().toBase64()));
    QVERIFY(!disk.contains(QByteArray(reinterpret_cast<const char *>(Password.utf16()), Password.size() * 2)));
}

void TestReaderSettings::messageReachesIdleScreen()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));
    QVERIFY(!m_console->command(serialOf(1), ReaderCommand::Start).isError());
    const QImage before = host(1)->screen()->frame().copy();

    const QString message = u"さくら内科クリニック\n受付はこちらです"_s;
    QSignalSpy preview(m_settings.get(), &ReaderSettings::previewReady);
    m_settings->requestPreview(serialOf(1), message);
    QVERIFY(preview.wait(10000));
    const QImage previewImage =
        QImage::fromData(preview.first().at(1).toByteArray(), "PNG").convertToFormat(QImage::Format_RGB32);

    QSignalSpy pushed(m_settings.get(), &ReaderSettings::messagePushed);
    QVERIFY(m_settings->pushScreenMessage(serialOf(1), message).ok());
    QVERIFY(pushed.wait(10000));
    QVERIFY(!pushed.first().at(1).value<Error>().isError());
    QCOMPARE(host(1)->device()->screenMessage(), message);
    QTRY_COMPARE(host(1)->screen()->idleContent().message, message);
    // The reader's panel, pixel for pixel, is the preview the console showed.
    QImage after = host(1)->screen()->frame().copy();
    QVERIFY(after != before);
    QCOMPARE(after.size(), previewImage.size());
    QCOMPARE(after, previewImage);
    QCOMPARE(m_config->screenMessage(serialOf(1)), message);
}

void TestReaderSettings::messageRefusedByReaderRules()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));
    QCOMPARE(m_settings->pushScreenMessage(serialOf(1), u"1\n2\n3"_s).error().code(),
             ErrorCode::ScreenMessageTooManyLines);
    // A console that skipped the check still meets the reader's.
    QCborMap args;
    args.insert(u"message"_s, QString(21, u'x'));
    Result<QCborMap> reply = waitForReply([&](ReaderLink::ReplyHandler done) {
        m_console->fleet->link(serialOf(1))->request(u"setScreenMessage"_s, args, nullptr, std::move(done));
    });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code(), ErrorCode::ScreenMessageTooLong);
    QVERIFY(host(1)->device()->screenMessage().isEmpty());
}

void TestReaderSettings::settingsSurviveReaderRestart()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));
    QSignalSpy pushed(m_settings.get(), &ReaderSettings::messagePushed);
    QVERIFY(m_settings->pushScreenMessage(QString(), u"全台へのお知らせ"_s).ok());
    QVERIFY(pushed.wait(10000));
    QSignalSpy power(m_settings.get(), &ReaderSettings::powerSettingsChanged);
    m_settings->setPowerLink(serialOf(1), true);
    QTRY_VERIFY(host(1)->device()->powerLink());

    m_hosts.erase(1);
    QVERIFY(startHost(1));
    QCOMPARE(host(1)->device()->screenMessage(), u"全台へのお知らせ"_s);
    QVERIFY(host(1)->device()->powerLink());
    QCOMPARE(host(1)->screen()->idleContent().message, u"全台へのお知らせ"_s);
    QCOMPARE(m_config->screenMessage(QString()), u"全台へのお知らせ"_s);
    QCOMPARE(m_config->screenMessage(serialOf(1)), u"全台へのお知らせ"_s);
}

void TestReaderSettings::powerLinkFollowsVbus()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));
    QVERIFY(!m_console->command(serialOf(1), ReaderCommand::Start).isError());

    // Off: VBUS changes nothing.
    m_settings->setVbus(serialOf(1), false);
    QTRY_VERIFY(!m_settings->power(serialOf(1)).vbus && m_settings->power(serialOf(1)).known);
    QCOMPARE(host(1)->device()->state(), ReaderState::Running);
    m_settings->setVbus(serialOf(1), true);
    QTRY_VERIFY(m_settings->power(serialOf(1)).vbus);

    m_settings->setPowerLink(serialOf(1), true);
    QTRY_VERIFY(m_settings->power(serialOf(1)).powerLink);
    m_settings->setVbus(serialOf(1), false);
    QTRY_COMPARE(host(1)->device()->state(), ReaderState::Stopped);
    QTRY_COMPARE(m_console->stateOf(serialOf(1)), ReaderState::Stopped);
    m_settings->setVbus(serialOf(1), true);
    QTRY_COMPARE(host(1)->device()->state(), ReaderState::Running);
    QTRY_COMPARE(m_console->stateOf(serialOf(1)), ReaderState::Running);
    bool audited = false;
    for (const ConfigStore::AuditEntry &entry : m_config->auditTrail())
        audited |= entry.what == u"powerLink/"_s + serialOf(1) && entry.newValue == u"on"_s;
    QVERIFY(audited);
}

void TestReaderSettings::alwaysPoweredPortIsReported()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));
    m_settings->setPowerLink(serialOf(1), true);
    QTRY_VERIFY(m_settings->power(serialOf(1)).powerLink);
    QSignalSpy power(m_settings.get(), &ReaderSettings::powerSettingsChanged);
    // The PC sleeps (USB suspended) but the port keeps VBUS up.
    m_settings->setVbus(serialOf(1), true, true);
    QVERIFY(power.wait(10000));
    QCOMPARE(power.last().at(1).value<Error>().code(), ErrorCode::PortAlwaysPowered);
    QVERIFY(m_settings->power(serialOf(1)).alwaysPowered);
}

void TestReaderSettings::autoRestartFiresAfterConfiguredTime()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));
    QTRY_COMPARE(m_console->stateOf(serialOf(1)), ReaderState::Stopped);

    ManualRestartClock clock;
    AutoRestart restart(&m_console->registry, m_commands.get(), m_config.get(), &clock);
    QVERIFY(restart.setSettings(true, 2).ok());
    QCOMPARE(restart.remainingMs(serialOf(1)), 2 * 60 * 1000);
    clock.advance(119 * 1000);
    QCOMPARE(restart.remainingMs(serialOf(1)), 1000);
    QCOMPARE(host(1)->device()->state(), ReaderState::Stopped);
    QSignalSpy attempted(&restart, &AutoRestart::restartAttempted);
    clock.advance(1000);
    QCOMPARE(attempted.count(), 1);
    QTRY_COMPARE(host(1)->device()->state(), ReaderState::Running);
    QTRY_COMPARE(restart.remainingMs(serialOf(1)), -1);

    // Stopped again: a new countdown from now.
    QVERIFY(!m_console->command(serialOf(1), ReaderCommand::Stop).isError());
    QTRY_COMPARE(restart.remainingMs(serialOf(1)), 2 * 60 * 1000);
}

void TestReaderSettings::autoRestartOffDoesNothing()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));
    ManualRestartClock clock;
    AutoRestart restart(&m_console->registry, m_commands.get(), m_config.get(), &clock);
    QVERIFY(restart.setSettings(false, 1).ok());
    QVERIFY(!restart.setSettings(true, 6).ok());
    QVERIFY(!restart.enabled());
    clock.advance(10 * 60 * 1000);
    QCOMPARE(restart.remainingMs(serialOf(1)), -1);
    QCOMPARE(host(1)->device()->state(), ReaderState::Stopped);
}

void TestReaderSettings::overLicenceReaderIsRefused()
{
    QVERIFY(sodium_init() >= 0);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(secretKey.data()));
    LicenceManager licences(m_dir->filePath(u"console/licences"_s), publicKey);
    m_commands->setStartGate([&](const QString &serial) {
        QStringList registered;
        for (const QString &s : m_console->registry.serials()) {
            if (m_console->registry.entry(s)->registered)
                registered << s;
        }
        return licences.check(serial, registered);
    });
    for (int n = 1; n <= 2; ++n) {
        QVERIFY(startHost(n));
        QVERIFY(connect(n));
        QVERIFY(registerAccount(n, u"F0clinic0%1"_s.arg(n)));
        QTRY_VERIFY(m_console->isTrusted(serialOf(n)));
    }
    QVERIFY(m_commands->canRun(serialOf(1), ReaderCommand::Start));
    // Listed, but the second reader cannot be started without a licence.
    QVERIFY(m_console->registry.entry(serialOf(2)));
    QVERIFY(!m_commands->canRun(serialOf(2), ReaderCommand::Start));
    QCOMPARE(m_commands->startRefusal(serialOf(2)).code(), ErrorCode::ReaderOverLicence);
    QSignalSpy finished(m_commands.get(), &ReaderCommands::commandFinished);
    m_commands->run(serialOf(2), ReaderCommand::Start);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(2).value<Error>().code(), ErrorCode::ReaderOverLicence);
    QCOMPARE(host(2)->device()->state(), ReaderState::Stopped);

    // A licence for one more reader, added later: no reinstall.
    Licence extra;
    extra.id = u"L-TEST-1"_s;
    extra.licensee = u"test"_s;
    extra.readers = 1;
    extra.issued = QDate(2026, 12, 1);
    QFile file(m_dir->filePath(u"extra.lic"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Licence::sign(extra, secretKey));
    file.close();
    QVERIFY(licences.install(file.fileName()).ok());
    QVERIFY(m_commands->canRun(serialOf(2), ReaderCommand::Start));
    m_commands->run(serialOf(2), ReaderCommand::Start);
    QTRY_COMPARE(host(2)->device()->state(), ReaderState::Running);
    m_commands->setStartGate({});
}

void TestReaderSettings::adminScreenOpensWithTapsAndPassword()
{
    QVERIFY(startHost(1));
    QVERIFY(connect(1));
    QVERIFY(registerAccount(1, u"F0clinic01"_s));
    QTRY_VERIFY(m_console->isTrusted(serialOf(1)));
    ReaderScreen *screen = host(1)->screen();
    const CornerTapSequence corners(QSize(ReaderScreen::Width, ReaderScreen::Height));
    const auto tapAll = [&] {
        for (CornerTapSequence::Corner corner : CornerTapSequence::defaultOrder()) {
            m_tapMs += 1000;
            screen->press(corners.cornerArea(corner).center());
        }
    };
    const auto enter = [&](const QString &digits) {
        for (QChar d : digits)
            screen->press(AdminScene::keyArea(d.digitValue()).center());
        screen->press(AdminScene::keyArea(AdminScene::KeyEnter).center());
    };

    tapAll();
    QVERIFY(host(1)->adminScene());
    QCOMPARE(host(1)->adminScene()->mode(), AdminScene::Mode::Password);
    // No password yet: the screen says so and stays closed to the menu.
    enter(u"123456"_s);
    QCOMPARE(host(1)->adminScene()->mode(), AdminScene::Mode::Password);

    QSignalSpy set(m_settings.get(), &ReaderSettings::adminPasswordSet);
    m_settings->setAdminPassword(serialOf(1), u"12"_s);
    QVERIFY(set.wait(10000));
    QCOMPARE(set.last().at(1).value<Error>().code(), ErrorCode::AdminPasswordInvalid);
    m_settings->setAdminPassword(serialOf(1), u"864213"_s);
    QVERIFY(set.wait(10000));
    QVERIFY(!set.last().at(1).value<Error>().isError());
    const QByteArray state = everything(m_dir->filePath(u"reader-1"_s));
    QVERIFY(state.contains("$argon2id$"));
    QVERIFY(!state.contains("864213"));

    enter(u"000000"_s);
    QCOMPARE(host(1)->adminScene()->mode(), AdminScene::Mode::Password);
    // The pad is private: the mirror copy differs from the panel there.
    QTRY_VERIFY(screen->frame().copy(AdminScene::padArea()) != screen->mirrorImage().copy(AdminScene::padArea()));
    enter(u"864213"_s);
    QCOMPARE(host(1)->adminScene()->mode(), AdminScene::Mode::Menu);

    // 電源連動 on the reader's own screen; the console reads the same value.
    screen->press(AdminScene::powerLinkArea().center());
    QVERIFY(host(1)->device()->powerLink());
    m_settings->fetchPowerSettings(serialOf(1));
    QTRY_VERIFY(m_settings->power(serialOf(1)).powerLink);
    screen->press(AdminScene::selfTestArea().center());

    screen->press(AdminScene::closeArea().center());
    QTRY_VERIFY(!host(1)->adminScene());
    QTRY_COMPARE(screen->idleContent().serial, serialOf(1));
}

QTEST_MAIN(TestReaderSettings)
#include "testreadersettings.moc"
