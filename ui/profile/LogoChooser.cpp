#include "LogoChooser.h"

#include "common/ErrorText.h"
#include "pdf/LogoImage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace minutier {

LogoChooser::LogoChooser(QWidget *parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("logoChooser"));
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setAccessibleName(tr("Logo"));
    m_preview->setFixedSize(160, 56);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The logo is printed on white paper: show it on white whatever the palette.
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: white; color: #5f6670; border: 1px solid #c9ced6; }"));
    m_hint->setObjectName(QStringLiteral("logoHint"));
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_hint->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseLogoButton"));
    m_choose->setAccessibleName(tr("Choose a logo"));
    m_remove->setObjectName(QStringLiteral("removeLogoButton"));
    m_remove->setAccessibleName(tr("Remove the logo"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addLayout(buttons);
    column->addWidget(m_hint);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addLayout(column, 1);

    connect(m_choose, &QPushButton::clicked, this, &LogoChooser::choose);
    connect(m_remove, &QPushButton::clicked, this, &LogoChooser::remove);
    updatePreview();
}

void LogoChooser::setLogo(const QByteArray &prepared)
{
    m_logo = prepared;
    m_modified = false;
    m_problem.clear();
    updatePreview();
}

void LogoChooser::choose()
{
    const QString path = m_chooseFile ? m_chooseFile()
                                      : QFileDialog::getOpenFileName(this, tr("Logo for the invoices"), QDir::homePath(),
                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool LogoChooser::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path));
    } else if (file.size() > 20 * 1024 * 1024) {
        m_problem = tr("This file is too large for a logo (more than 20 MB).");
    } else if (auto prepared = LogoImage::prepare(file.readAll()); !prepared) {
        m_problem = tr("%1 is not a PNG, JPEG or SVG image that can be read.").arg(QDir::toNativeSeparators(path));
    } else {
        m_problem.clear();
        m_logo = *prepared;
        m_modified = true;
    }
    updatePreview();
    emit changed();
    return m_problem.isEmpty();
}

void LogoChooser::remove()
{
    if (m_logo.isEmpty())
        return;
    m_logo.clear();
    m_modified = true;
    m_problem.clear();
    updatePreview();
    emit changed();
}

void LogoChooser::updatePreview()
{
    const QImage image = LogoImage::decode(m_logo);
    if (image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("No logo"));
        m_preview->setAlignment(Qt::AlignCenter);
    } else {
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(
            image.scaled((m_preview->size() - QSize(4, 4)) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_preview->setPixmap(pixmap);
        m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    m_remove->setEnabled(!m_logo.isEmpty());
    if (!m_problem.isEmpty()) {
        m_hint->setProperty("role", QStringLiteral("error"));
        m_hint->setText(m_problem);
    } else {
        m_hint->setProperty("role", QStringLiteral("muted"));
        m_hint->setText(tr("Optional. PNG, JPEG or SVG, printed top left of the invoices you render from now on."));
    }
    m_hint->style()->unpolish(m_hint);
    m_hint->style()->polish(m_hint);
}

} // namespace minutier
