#include "SoundCues.h"

#include <QAudioDevice>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSettings>
#include <QSoundEffect>

Q_LOGGING_CATEGORY(lcSound, "minutier.ui.sound")

namespace minutier {

namespace {
const QString kVolumeKey = QStringLiteral("sound/volume");
const QString kMutedKey = QStringLiteral("sound/muted");

int indexOf(CallController::Cue cue)
{
    switch (cue) {
    case CallController::Cue::FreeMinutesEnded:
        return 0;
    case CallController::Cue::HoldAt80Percent:
        return 1;
    case CallController::Cue::CapReached:
        return 2;
    }
    return 0;
}

QString localPath(const QUrl &url)
{
    if (url.scheme() == QLatin1String("qrc"))
        return QLatin1Char(':') + url.path();
    return url.toLocalFile();
}
} // namespace

SoundCues::SoundCues(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_base(QStringLiteral("qrc:/sounds/"))
{
    m_volume = std::clamp(m_settings.value(kVolumeKey, kDefaultVolume).toInt(), 0, 100);
    m_muted = m_settings.value(kMutedKey, false).toBool();
}

SoundCues::~SoundCues() = default;

void SoundCues::attach(CallController &call) { connect(&call, &CallController::cueReached, this, &SoundCues::play); }

void SoundCues::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    m_settings.setValue(kVolumeKey, m_volume);
    for (QSoundEffect *e : m_effects)
        if (e)
            e->setVolume(float(m_volume) / 100.0f);
}

void SoundCues::setMuted(bool muted)
{
    m_muted = muted;
    m_settings.setValue(kMutedKey, muted);
}

void SoundCues::setSoundBase(const QUrl &base)
{
    m_base = base;
    for (QSoundEffect *&e : m_effects) {
        delete e;
        e = nullptr;
    }
}

QString SoundCues::fileNameFor(CallController::Cue cue)
{
    switch (cue) {
    case CallController::Cue::FreeMinutesEnded:
        return QStringLiteral("free-minutes-ended.wav");
    case CallController::Cue::HoldAt80Percent:
        return QStringLiteral("hold-80-percent.wav");
    case CallController::Cue::CapReached:
        return QStringLiteral("cap-reached.wav");
    }
    return {};
}

QUrl SoundCues::sourceFor(CallController::Cue cue) const { return m_base.resolved(QUrl(fileNameFor(cue))); }

bool SoundCues::canPlay(CallController::Cue cue) const
{
    if (QMediaDevices::defaultAudioOutput().isNull())
        return false;
    return QFileInfo::exists(localPath(sourceFor(cue)));
}

QSoundEffect *SoundCues::effectFor(CallController::Cue cue)
{
    QSoundEffect *&e = m_effects[size_t(indexOf(cue))];
    if (!e) {
        e = new QSoundEffect(this);
        e->setSource(sourceFor(cue));
        e->setVolume(float(m_volume) / 100.0f);
    }
    return e;
}

void SoundCues::play(CallController::Cue cue)
{
    if (m_muted || m_volume == 0)
        return;
    if (!canPlay(cue)) {
        qCDebug(lcSound) << "no audio output or no sound file: cue not played" << sourceFor(cue);
        return;
    }
    effectFor(cue)->play();
    emit played(cue);
}

} // namespace minutier
