#include "ManualClock.h"

#include "audio/CallAudioBar.h"
#include "audio/CallRecorder.h"
#include "audio/MicLevelMonitor.h"
#include "common/MessageBox.h"
#include "domain/Client.h"
#include "metering/CallController.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <QCoreApplication>

#include <cmath>

using namespace minutier;

class tst_CallAudio : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void peakAmplitude_data();
    void peakAmplitude();
    void meterPosition_data();
    void meterPosition();
    void feed_peakRisesAtOnce_fallsSlowly();
    void micLevel_offByDefault_andRemembered();
    void micLevel_followsTheCall();
    void record_needsARunningCall();
    void record_withoutConsent_recordsNothing();
    void record_withConsent_writesFileUntilCallEnds();

private:
    void startCall();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<CallController> m_call;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CallAudioBar> m_bar;
    QString m_client;
    QString m_offer;
};

namespace {

QByteArray int16(std::initializer_list<qint16> samples)
{
    QByteArray out(int(samples.size() * 2), Qt::Uninitialized);
    int i = 0;
    for (qint16 s : samples)
        qToLittleEndian<qint16>(s, out.data() + 2 * i++);
    return out;
}

template <typename T> QByteArray raw(std::initializer_list<T> samples)
{
    QByteArray out;
    for (T s : samples)
        out.append(reinterpret_cast<const char *>(&s), sizeof s);
    return out;
}

QAudioFormat format(QAudioFormat::SampleFormat sample, int channels = 1)
{
    QAudioFormat f;
    f.setSampleRate(16000);
    f.setChannelCount(channels);
    f.setSampleFormat(sample);
    return f;
}

} // namespace

void tst_CallAudio::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_CallAudio::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<test::ManualClock>();
    Client c;
    c.name = QStringLiteral("Ada Lovelace-Éluard");
    c.kind = ClientKind::Former;
    m_client = ClientRepository(*m_db).save(c)->id;
    Offer o;
    o.name = QStringLiteral("Conseil");
    o.policy.rateE4 = *BillingPolicy::parseRate(u"3.00");
    o.policy.vatBasisPoints = 2000;
    m_offer = OfferRepository(*m_db).save(o)->id;
    m_call = std::make_unique<CallController>(*m_db, *m_clock);
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_bar = std::make_unique<CallAudioBar>(*m_settings, m_dir->filePath(QStringLiteral("recordings")));
    m_bar->attach(*m_call);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_CallAudio::cleanup()
{
    m_bar.reset();
    m_call.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_CallAudio::startCall()
{
    QVERIFY(m_call->start(m_client, m_offer).ok());
}

void tst_CallAudio::peakAmplitude_data()
{
    QTest::addColumn<QByteArray>("pcm");
    QTest::addColumn<QAudioFormat>("format");
    QTest::addColumn<qreal>("expected");
    const auto i16 = format(QAudioFormat::Int16);
    QTest::addRow("silence") << int16({ 0, 0, 0, 0 }) << i16 << 0.0;
    QTest::addRow("quarter scale") << int16({ 100, -8192, 4000 }) << i16 << 0.25;
    QTest::addRow("negative full scale") << int16({ 0, -32768, 16384 }) << i16 << 1.0;
    QTest::addRow("stereo: either channel") << int16({ 0, 16384, 0, -100 }) << format(QAudioFormat::Int16, 2) << 0.5;
    QTest::addRow("float") << raw<float>({ 0.5f, -0.75f, 0.1f }) << format(QAudioFormat::Float) << 0.75;
    QTest::addRow("float above full scale is clipped") << raw<float>({ 1.5f }) << format(QAudioFormat::Float) << 1.0;
    QTest::addRow("uint8 bottom is full scale") << raw<quint8>({ 127, 0 }) << format(QAudioFormat::UInt8) << 1.0;
    QTest::addRow("int32 half") << raw<qint32>({ 1 << 30 }) << format(QAudioFormat::Int32) << 0.5;
    QTest::addRow("a trailing half sample is ignored") << int16({ 8192 }).append('\x7f') << i16 << 0.25;
    QTest::addRow("invalid format") << int16({ 8192 }) << QAudioFormat() << 0.0;
}

void tst_CallAudio::peakAmplitude()
{
    QFETCH(QByteArray, pcm);
    QFETCH(QAudioFormat, format);
    QFETCH(qreal, expected);
    QVERIFY2(std::abs(MicLevelMonitor::peakAmplitude(pcm, format) - expected) < 1e-3,
        qPrintable(QString::number(MicLevelMonitor::peakAmplitude(pcm, format))));
}

void tst_CallAudio::meterPosition_data()
{
    QTest::addColumn<qreal>("amplitude");
    QTest::addColumn<qreal>("expected");
    QTest::addRow("silence") << 0.0 << 0.0;
    QTest::addRow("below the floor") << 0.0005 << 0.0;
    QTest::addRow("-60 dBFS") << 0.001 << 0.0;
    QTest::addRow("-30 dBFS") << std::pow(10.0, -1.5) << 0.5;
    QTest::addRow("-6 dBFS") << std::pow(10.0, -0.3) << 0.9;
    QTest::addRow("full scale") << 1.0 << 1.0;
    QTest::addRow("over full scale") << 2.0 << 1.0;
    QTest::addRow("NaN") << qQNaN() << 0.0;
}

void tst_CallAudio::meterPosition()
{
    QFETCH(qreal, amplitude);
    QFETCH(qreal, expected);
    QVERIFY2(std::abs(MicLevelMonitor::meterPosition(amplitude) - expected) < 1e-9,
        qPrintable(QString::number(MicLevelMonitor::meterPosition(amplitude))));
}

void tst_CallAudio::feed_peakRisesAtOnce_fallsSlowly()
{
    MicLevelMonitor monitor;
    QSignalSpy changed(&monitor, &MicLevelMonitor::levelChanged);
    const auto f = format(QAudioFormat::Int16);
    monitor.feed(int16({ 32767 }), f);
    QVERIFY(std::abs(monitor.level() - 1.0) < 1e-3);
    monitor.feed(int16({ 0 }), f); // silence: falls by one step, not to zero
    QVERIFY(std::abs(monitor.level() - 0.92) < 1e-3);
    monitor.feed(int16({ 0 }), f);
    QVERIFY(std::abs(monitor.level() - 0.84) < 1e-3);
    monitor.feed(int16({ 32 }), f); // about -60 dBFS: below the decaying meter, keeps falling
    QVERIFY(std::abs(monitor.level() - 0.76) < 1e-3);
    monitor.feed(int16({ 32767 }), f); // a peak wins at once
    QVERIFY(std::abs(monitor.level() - 1.0) < 1e-3);
    QCOMPARE(changed.count(), 5);
    for (int i = 0; i < 20; ++i)
        monitor.feed(int16({ 0 }), f);
    QCOMPARE(monitor.level(), 0.0);
}

void tst_CallAudio::micLevel_offByDefault_andRemembered()
{
    auto *toggle = m_bar->findChild<QCheckBox *>(QStringLiteral("micLevelToggle"));
    QVERIFY(toggle);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!m_bar->isMicLevelEnabled());
    startCall();
    QVERIFY(!m_bar->monitor()->isActive()); // off by default: the microphone is not opened
    QVERIFY(!m_bar->findChild<QProgressBar *>(QStringLiteral("micLevel"))->isVisibleTo(m_bar.get()));
    toggle->click();
    QVERIFY(m_bar->isMicLevelEnabled());
    QCOMPARE(m_settings->value(QStringLiteral("call/micLevel")).toBool(), true);
    QVERIFY(m_bar->findChild<QProgressBar *>(QStringLiteral("micLevel"))->isVisibleTo(m_bar.get()));

    CallAudioBar second(*m_settings, m_dir->path());
    QVERIFY(second.findChild<QCheckBox *>(QStringLiteral("micLevelToggle"))->isChecked());
    toggle->click();
    QVERIFY(!m_bar->monitor()->isActive());
    QCOMPARE(m_settings->value(QStringLiteral("call/micLevel")).toBool(), false);
}

void tst_CallAudio::micLevel_followsTheCall()
{
    m_bar->setMicLevelEnabled(true);
    auto *status = m_bar->findChild<QLabel *>(QStringLiteral("micStatus"));
    QVERIFY(!m_bar->monitor()->isActive()); // no call yet
    QCOMPARE(status->text(), QStringLiteral("Shown while a call runs"));
    startCall();
    if (QMediaDevices::defaultAudioInput().isNull()) {
        QVERIFY(!m_bar->monitor()->isActive());
        QCOMPARE(status->text(), QStringLiteral("No microphone was found."));
        QSKIP("no audio input on this machine (scripts/test.sh provides a PulseAudio null source): the live part "
              "of the meter was not exercised");
    }
    QVERIFY2(m_bar->monitor()->isActive(), qPrintable(m_bar->monitor()->errorText()));
    QVERIFY(status->text().startsWith(QStringLiteral("Live: ")));
    m_call->pause();
    QVERIFY(!m_bar->monitor()->isActive());
    m_call->resume();
    QVERIFY(m_bar->monitor()->isActive());
    m_clock->advance(20'000);
    QVERIFY(m_call->stop().ok());
    QVERIFY(!m_bar->monitor()->isActive());
    QCOMPARE(m_bar->findChild<QProgressBar *>(QStringLiteral("micLevel"))->value(), 0);
}

void tst_CallAudio::record_needsARunningCall()
{
    auto *record = m_bar->findChild<QPushButton *>(QStringLiteral("recordButton"));
    QVERIFY(!record->isEnabled());
    m_bar->toggleRecording(); // no call: nothing asked, nothing recorded
    QVERIFY(!m_bar->recorder()->isRecording());
    startCall();
    QVERIFY(record->isEnabled());
    m_clock->advance(20'000);
    QVERIFY(m_call->stop().ok());
    QVERIFY(!record->isEnabled());
}

void tst_CallAudio::record_withoutConsent_recordsNothing()
{
    startCall();
    MessageBox::setNextAnswer(QMessageBox::No);
    m_bar->findChild<QPushButton *>(QStringLiteral("recordButton"))->click();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("226-1")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Ada Lovelace-Éluard")));
    QVERIFY(!m_bar->recorder()->isRecording());
    QVERIFY(!m_bar->findChild<QLabel *>(QStringLiteral("recordingMark"))->isVisibleTo(m_bar.get()));
    QVERIFY(!QDir(m_bar->recordingsDir()).exists());
}

void tst_CallAudio::record_withConsent_writesFileUntilCallEnds()
{
    if (!CallRecorder::canRecord())
        QSKIP("no audio input or no audio encoder on this machine (scripts/test.sh provides a PulseAudio null "
              "source; GStreamer plugins-base/good encode Ogg/Opus)");
    startCall();
    QSignalSpy finished(m_bar->recorder(), &CallRecorder::finished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_bar->toggleRecording();
    QVERIFY2(m_bar->recorder()->errorText().isEmpty(), qPrintable(m_bar->recorder()->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->recorder()->isRecording(), 20000); // GStreamer starts slowly on a busy machine
    auto *mark = m_bar->findChild<QLabel *>(QStringLiteral("recordingMark"));
    QVERIFY(mark->isVisibleTo(m_bar.get()));
    QVERIFY(mark->text().contains(QStringLiteral("Recording")));
    QCOMPARE(m_bar->findChild<QPushButton *>(QStringLiteral("recordButton"))->text(), QStringLiteral("Stop recording"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->recorder()->durationMs() >= 300, 20000);
    { // for a human to look at: <build>/screenshots/call_recording.png
        const QString dir = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../screenshots"));
        QDir().mkpath(dir);
        m_bar->resize(760, m_bar->sizeHint().height());
        m_bar->grab().save(QDir(dir).filePath(QStringLiteral("call_recording.png")));
    }

    m_call->pause(); // the recording pauses with the call
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->recorder()->isPaused(), 20000);
    QVERIFY(mark->text().contains(QStringLiteral("paused")));
    m_call->resume();
    QTRY_VERIFY_WITH_TIMEOUT(!m_bar->recorder()->isPaused(), 20000);

    m_clock->advance(30'000);
    QVERIFY(m_call->stop().ok()); // ending the call ends the recording
    QTRY_VERIFY_WITH_TIMEOUT(!m_bar->recorder()->isRecording(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const QString path = finished.first().first().toString();
    QVERIFY2(path.startsWith(m_bar->recordingsDir()), qPrintable(path));
    QVERIFY2(QFileInfo(path).fileName().contains(QStringLiteral("Ada-Lovelace-Eluard")), qPrintable(path));
    QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    QVERIFY(!mark->isVisibleTo(m_bar.get()));
    QVERIFY(m_bar->findChild<QLabel *>(QStringLiteral("recordingInfo"))->text().contains(QFileInfo(path).fileName()));
}

QTEST_MAIN(tst_CallAudio)
#include "tst_callaudio.moc"
