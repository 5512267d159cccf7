#pragma once

#include "common/Result.h"
#include "invoicing/InvoiceQuery.h"

#include <QDate>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace minutier {

class Clock;
class Database;
class InvoiceArchiveWriter;
class DraftDialog;
class InvoicesModel;

// The invoices and credit notes: search by number or client, period and status, totals of what
// matches (and of the selected rows), an offline preview of the selected document's PDF (Qt PDF),
// "Save as…", "Open folder", "Send by e-mail", issuing a draft, a credit note, and batch exports
// (ZIP archive of PDFs + CSV index, FEC, CSV) behind a cancellable progress dialog.
class InvoicesView final : public QWidget
{
    Q_OBJECT
public:
    enum class Period { All, ThisMonth, LastMonth, ThisYear, LastYear, Custom };
    enum class ChooserKind { SaveFile, Folder };
    using UrlOpener = std::function<bool(const QUrl &)>;
    // Returns the chosen path, or an empty string when the expert cancels.
    using PathChooser = std::function<QString(ChooserKind kind, const QString &title, const QString &suggested,
        const QString &nameFilter)>;

    // `invoicesDir` holds the rendered documents: <number>.pdf ('/' in a number becomes '-').
    InvoicesView(Database &db, const Clock &clock, QString invoicesDir, QWidget *parent = nullptr);
    ~InvoicesView() override;

    // Test seams: what opening a URL (folder, mailto:) does, and the file dialogs.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    // Test seam: fills in the draft dialog instead of showing it; returns whether it is accepted.
    using DraftDialogDriver = std::function<bool(DraftDialog &)>;
    void setDraftDialogDriver(DraftDialogDriver driver) { m_driveDraftDialog = std::move(driver); }

    InvoicesModel *model() const { return m_model; }
    QPdfDocument *previewDocument() const { return m_document; }
    QTableView *table() const { return m_table; }
    bool isStale() const { return m_stale; }
    QString pdfPathFor(const QString &number) const;
    // The current filter as the controls describe it.
    InvoiceQueryFilter currentFilter() const;
    // The period the batch exports use: the filter's, else the current year up to today.
    std::pair<QDate, QDate> exportPeriod() const;
    // The export under way, if any (for tests).
    QProgressDialog *exportProgress() const { return m_progress; }

public slots:
    void reload();
    // Selects the document numbered `number` (the history's "open invoice"), clearing the filters
    // that would hide it.
    void showInvoice(const QString &number);
    void saveAs();
    void openFolder();
    void sendByEmail();
    void issueSelectedDraft();
    // "New invoice…": a client and their ended calls not yet invoiced, saved as a draft.
    void newInvoice();
    // "Edit draft…": remove calls from the selected draft or add the client's other calls.
    void editSelectedDraft();
    // "Discard draft…": after a confirmation, deletes the selected draft (it has no number, so no
    // gap is left); its calls can be invoiced again.
    void discardSelectedDraft();
    // Opens the credit note dialog for the selected invoice, then creditSelected().
    void creditNote();
    // Asks for confirmation, then issues the credit note (`amountMinor` empty: all that is left).
    void creditSelected(std::optional<qint64> amountMinor);
    void exportArchive();
    void exportFec(int year);
    void exportCsv();

signals:
    // A document was issued (a draft or a credit note): sessions and totals elsewhere may change.
    void invoicesChanged();
    void exportFinished(bool ok, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void updateSelection();
    void updateTotals();
    void showPreview();
    const InvoiceRow *currentRow() const;
    // The stored PDF of the document, rendered (with the logo) when missing.
    Result<QString> ensurePdf(const InvoiceRow &row);
    QString choose(ChooserKind kind, const QString &title, const QString &suggested, const QString &filter);
    void exportStep();
    void finishExport(bool ok, const QString &path, const QString &message);
    void setNotice(const QString &text);
    bool runDraftDialog(DraftDialog &dialog);
    void selectDocument(const QString &id);

    Database &m_db;
    const Clock &m_clock;
    QString m_invoicesDir;
    UrlOpener m_openUrl;
    PathChooser m_choosePath;
    DraftDialogDriver m_driveDraftDialog;
    bool m_stale = true;
    InvoicesModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_status;
    QTableView *m_table;
    QLabel *m_totals;
    QLabel *m_selectionTotals;
    QLabel *m_notice;
    QStackedWidget *m_previewStack;
    QLabel *m_previewMessage;
    QPdfDocument *m_document;
    QPdfView *m_preview;
    QPushButton *m_issue;
    QPushButton *m_newInvoice;
    QPushButton *m_editDraft;
    QPushButton *m_discardDraft;
    QPushButton *m_credit;
    QPushButton *m_saveAs;
    QPushButton *m_folder;
    QPushButton *m_mail;
    QToolButton *m_export;
    QTimer *m_searchTimer;
    QString m_previewPath;
    // The archive export under way.
    std::unique_ptr<InvoiceArchiveWriter> m_archive;
    QString m_archivePath;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_exportTimer;
};

} // namespace minutier
