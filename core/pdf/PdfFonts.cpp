#include "PdfFonts.h"

#include <QFontDatabase>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPdf, "minutier.pdf")

namespace minutier::PdfFonts {

QString family()
{
    static const QString name = [] {
        QString f;
        for (const char *file : { ":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf" }) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id < 0) {
                qCWarning(lcPdf) << "cannot load bundled font" << file;
                continue;
            }
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (f.isEmpty() && !families.isEmpty())
                f = families.constFirst();
        }
        return f.isEmpty() ? QStringLiteral("DejaVu Sans") : f;
    }();
    return name;
}

} // namespace minutier::PdfFonts
