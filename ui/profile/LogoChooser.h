#pragma once

#include <QByteArray>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace minutier {

// The optional logo printed top left of the invoices: "Choose…" reads a PNG, JPEG or SVG file and
// keeps it prepared for the PDF (fitted at 300 dpi, flattened onto white); "Remove" clears it. The
// owner stores logo() (InvoiceLogo::save) when the profile is saved.
class LogoChooser final : public QWidget
{
    Q_OBJECT
public:
    // Returns the chosen file, or an empty string when the expert cancels.
    using FileChooser = std::function<QString()>;

    explicit LogoChooser(QWidget *parent = nullptr);

    void setLogo(const QByteArray &prepared);
    QByteArray logo() const { return m_logo; }
    bool isModified() const { return m_modified; }
    // Empty when fine, else why the last chosen file was refused.
    QString problem() const { return m_problem; }
    // Test seam: replaces the file dialog.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

public slots:
    void choose();
    // Reads and prepares `path`; returns false (and problem() says why) if it is not a usable image.
    bool loadFile(const QString &path);
    void remove();

signals:
    void changed();

private:
    void updatePreview();

    QByteArray m_logo;
    bool m_modified = false;
    QString m_problem;
    FileChooser m_chooseFile;
    QLabel *m_preview;
    QLabel *m_hint;
    QPushButton *m_choose;
    QPushButton *m_remove;
};

} // namespace minutier
