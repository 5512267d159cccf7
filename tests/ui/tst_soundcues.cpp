#include "sound/SoundCues.h"

#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSettings>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace minutier;
using Cue = CallController::Cue;

class tst_SoundCues : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void wavFiles_areShortMono16BitPcm_data();
    void wavFiles_areShortMono16BitPcm();
    void volumeAndMute_persistInSettings();
    void volume_outOfRange_isClamped();
    void play_mutedOrSilent_playsNothing_data();
    void play_mutedOrSilent_playsNothing();
    void play_missingFile_silentlyNothing();
    void play_withAudioOutput_loadsAndPlaysCue_data() { wavFiles_areShortMono16BitPcm_data(); }
    void play_withAudioOutput_loadsAndPlaysCue();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QUrl soundDir() const { return QUrl::fromLocalFile(QStringLiteral(MINUTIER_SOURCE_DIR "/resources/sounds/")); }
};

void tst_SoundCues::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void tst_SoundCues::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void tst_SoundCues::wavFiles_areShortMono16BitPcm_data()
{
    QTest::addColumn<Cue>("cue");
    QTest::addRow("free minutes ended") << Cue::FreeMinutesEnded;
    QTest::addRow("80 percent of the hold") << Cue::HoldAt80Percent;
    QTest::addRow("hold reached") << Cue::CapReached;
}

void tst_SoundCues::wavFiles_areShortMono16BitPcm()
{
    QFETCH(Cue, cue);
    SoundCues sounds(*m_settings);
    sounds.setSoundBase(soundDir());
    QFile f(sounds.sourceFor(cue).toLocalFile());
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QByteArray wav = f.readAll();
    QVERIFY(wav.size() > 44);
    QCOMPARE(wav.left(4), QByteArray("RIFF"));
    QCOMPARE(wav.mid(8, 4), QByteArray("WAVE"));
    const auto u16 = [&](int at) { return qFromLittleEndian<quint16>(wav.constData() + at); };
    const auto u32 = [&](int at) { return qFromLittleEndian<quint32>(wav.constData() + at); };
    QCOMPARE(u16(20), quint16(1)); // PCM
    QCOMPARE(u16(22), quint16(1)); // mono
    QCOMPARE(u32(24), quint32(44100));
    QCOMPARE(u16(34), quint16(16));
    const quint32 dataBytes = u32(40);
    const qint64 ms = qint64(dataBytes) / 2 * 1000 / 44100;
    QVERIFY2(ms >= 200 && ms <= 1000, qPrintable(QString::number(ms)));
    // Never clipped: a chime, not an alarm.
    qint16 peak = 0;
    for (quint32 i = 44; i + 1 < quint32(wav.size()); i += 2)
        peak = std::max<qint16>(peak, qint16(std::abs(qFromLittleEndian<qint16>(wav.constData() + i))));
    QVERIFY(peak > 3000 && peak < 30000);
}

void tst_SoundCues::volumeAndMute_persistInSettings()
{
    {
        SoundCues sounds(*m_settings);
        QCOMPARE(sounds.volume(), SoundCues::kDefaultVolume);
        QVERIFY(!sounds.isMuted());
        sounds.setVolume(35);
        sounds.setMuted(true);
    }
    SoundCues again(*m_settings);
    QCOMPARE(again.volume(), 35);
    QVERIFY(again.isMuted());
}

void tst_SoundCues::volume_outOfRange_isClamped()
{
    SoundCues sounds(*m_settings);
    sounds.setVolume(250);
    QCOMPARE(sounds.volume(), 100);
    sounds.setVolume(-3);
    QCOMPARE(sounds.volume(), 0);
}

void tst_SoundCues::play_mutedOrSilent_playsNothing_data()
{
    QTest::addColumn<bool>("muted");
    QTest::addColumn<int>("volume");
    QTest::addRow("muted") << true << 80;
    QTest::addRow("volume 0") << false << 0;
}

void tst_SoundCues::play_mutedOrSilent_playsNothing()
{
    QFETCH(bool, muted);
    QFETCH(int, volume);
    SoundCues sounds(*m_settings);
    sounds.setSoundBase(soundDir());
    sounds.setMuted(muted);
    sounds.setVolume(volume);
    QSignalSpy played(&sounds, &SoundCues::played);
    sounds.play(Cue::CapReached);
    QCOMPARE(played.size(), 0);
    QVERIFY(sounds.findChildren<QSoundEffect *>().isEmpty());
}

void tst_SoundCues::play_missingFile_silentlyNothing()
{
    SoundCues sounds(*m_settings);
    sounds.setSoundBase(QUrl::fromLocalFile(m_dir->path() + QStringLiteral("/none/")));
    QSignalSpy played(&sounds, &SoundCues::played);
    QVERIFY(!sounds.canPlay(Cue::FreeMinutesEnded));
    sounds.play(Cue::FreeMinutesEnded);
    QCOMPARE(played.size(), 0);
}

void tst_SoundCues::play_withAudioOutput_loadsAndPlaysCue()
{
    QFETCH(Cue, cue);
    // Needs an audio output (PulseAudio null sink, see ENVIRONMENT.md); without one, SoundCues must
    // stay silent, which the first check covers.
    SoundCues sounds(*m_settings);
    sounds.setSoundBase(soundDir());
    QSignalSpy played(&sounds, &SoundCues::played);
    const bool hasOutput = !QMediaDevices::defaultAudioOutput().isNull();
    QCOMPARE(sounds.canPlay(cue), hasOutput);
    sounds.play(cue);
    QCOMPARE(played.size(), hasOutput ? 1 : 0);
    if (!hasOutput)
        QSKIP("no audio output: silently no sound (checked above)");
    auto *effect = sounds.findChild<QSoundEffect *>();
    QVERIFY(effect);
    QCOMPARE(effect->source(), sounds.sourceFor(cue));
    // The generated WAV decodes on a real output (an unreadable file ends in QSoundEffect::Error).
    QTRY_COMPARE_WITH_TIMEOUT(effect->status(), QSoundEffect::Ready, 5000);
}

QTEST_MAIN(tst_SoundCues)
#include "tst_soundcues.moc"
