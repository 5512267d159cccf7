#include "FontWarmUp.h"

#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QThread>

namespace minutier {

FontWarmUp::FontWarmUp()
{
    if (!QGuiApplication::instance())
        return; // the font database needs the platform integration
    const QFont font = QGuiApplication::font();
    m_thread.reset(QThread::create([font] {
        const QFontMetrics metrics(font);
        // The default font's engine: fontconfig's substitutions and the font file are loaded.
        (void)metrics.height();
        (void)metrics.horizontalAdvance(QStringLiteral("0123456789 €:"));
    }));
    m_thread->setObjectName(QStringLiteral("minutier-font-warm-up"));
    m_thread->start();
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

bool FontWarmUp::wait()
{
    return !m_thread || m_thread->wait();
}

} // namespace minutier
