#include "LogoChooser.h"

#include "common/ErrorText.h"
#include "common/Theme.h"
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
    m_preview->setFixedSize(176, 76);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The logo is printed on white paper: show it on white whatever the palette.
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: white; color: #5f6670; border: 1px solid #c9ced6; }"));
    m_hint->setObjectName(QStringLiteral("logoHint"));
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_hint->setWordWrap(false); // one short line: a wrapped label overlaps in a form layout
    m_choose->setObjectName(QStringLiteral("chooseLogoButton"));
    m_choose->setAccessibleName(tr("Choose a logo"));
    m_remove->setObjectName(QStringLiteral("removeLogoButton"));
    m_remove->setAccessibleName(tr("Remove the logo"));

    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preview);
    row->addLayout(buttons);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);

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
    // The reason of a refusal is long: the dialog shows problem() in full under the form.
    if (!m_problem.isEmpty()) {
        Theme::setRole(m_hint, QStringLiteral("error"));
        m_hint->setText(tr("This file cannot be used as a logo."));
    } else {
        Theme::setRole(m_hint, QStringLiteral("muted"));
        m_hint->setText(tr("Optional: PNG, JPEG or SVG, top left of the invoices."));
    }
    m_hint->setToolTip(m_problem.isEmpty()
            ? tr("Printed top left of the invoices rendered from now on; invoices already saved keep their PDF.")
            : m_problem);
}

} // namespace minutier
