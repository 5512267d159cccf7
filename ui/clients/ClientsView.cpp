#include "ClientsView.h"

#include "domain/ClientCsv.h"
#include "ClientDialog.h"
#include "ClientsModel.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace minutier {

ClientsView::ClientsView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ClientsModel(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(Icons::icon(QStringLiteral("add"), Qt::white), tr("&New client"), this))
    , m_edit(new QPushButton(Icons::icon(QStringLiteral("edit")), tr("&Edit"), this))
    , m_call(new QPushButton(Icons::icon(QStringLiteral("call")), tr("&Call"), this))
    , m_import(new QPushButton(Icons::icon(QStringLiteral("import")), tr("&Import CSV…"), this))
    , m_export(new QPushButton(Icons::icon(QStringLiteral("export")), tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("clientsView"));
    auto *title = new QLabel(tr("Clients"), this);
    title->setProperty("role", QStringLiteral("title"));
    m_search->setObjectName(QStringLiteral("clientSearchEdit"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setPlaceholderText(tr("Search by name, company or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_kind->setObjectName(QStringLiteral("clientKindFilter"));
    m_kind->setAccessibleName(tr("Relationship"));
    m_kind->addItem(tr("All relationships"), QString());
    for (ClientKind kind : Labels::allClientKinds())
        m_kind->addItem(Labels::clientKind(kind), clientKindKey(kind));
    m_new->setObjectName(QStringLiteral("newClientButton"));
    m_new->setProperty("accent", true);
    m_edit->setObjectName(QStringLiteral("editClientButton"));
    m_call->setObjectName(QStringLiteral("callClientButton"));
    m_import->setObjectName(QStringLiteral("importClientsButton"));
    m_export->setObjectName(QStringLiteral("exportClientsButton"));
    m_count->setObjectName(QStringLiteral("clientsCount"));
    m_count->setProperty("role", QStringLiteral("muted"));

    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setAccessibleName(tr("Clients"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(ClientsModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ClientsModel::Email, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addStretch();
    actions->addWidget(m_call);
    actions->addWidget(m_edit);
    actions->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &ClientsView::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClientsView::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &ClientsView::newClient);
    connect(m_edit, &QPushButton::clicked, this, &ClientsView::editSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ClientsView::editSelected);
    connect(m_call, &QPushButton::clicked, this, [this] {
        if (const Client *c = m_model->clientAt(m_table->currentIndex().row()))
            emit startCallRequested(c->id);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import clients"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            MessageBox::information(this, tr("Import clients"), importFile(path));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export clients"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/clients.csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportFile(path))
            MessageBox::critical(this, tr("Export clients"), ErrorText::describe(ErrorCode::Io));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClientsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientsView::updateButtons);
    updateButtons();
}

void ClientsView::setCatalogue(const QList<Client> &clients, const QList<Offer> &offers)
{
    m_offers = offers;
    m_model->setClients(clients, offers);
    m_count->setText(tr("%n client(s)", nullptr, int(clients.size())));
}

void ClientsView::applyFilter()
{
    const QString kind = m_kind->currentData().toString();
    m_model->setFilter(m_search->text(), kind.isEmpty() ? std::nullopt : clientKindFromKey(kind));
}

void ClientsView::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_edit->setEnabled(selected);
    m_call->setEnabled(selected);
}

void ClientsView::newClient()
{
    auto *dialog = new ClientDialog(m_db, Client(), m_offers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ClientsView::clientsChanged);
    dialog->open();
}

void ClientsView::editSelected()
{
    const Client *client = m_model->clientAt(m_table->currentIndex().row());
    if (!client)
        return;
    auto *dialog = new ClientDialog(m_db, *client, m_offers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ClientsView::clientsChanged);
    dialog->open();
}

QString ClientsView::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The file %1 cannot be read.").arg(path);
    const QByteArray data = file.readAll();
    if (!ClientCsv::parse(data))
        return tr("This file is not a client list: a header line with at least a \"name\" column is expected.");
    auto parsed = ClientCsv::importInto(m_db, data);
    if (!parsed)
        return ErrorText::describe(parsed.error());
    QString report = tr("%n client(s) imported.", nullptr, int(parsed->clients.size()));
    if (!parsed->errors.isEmpty()) {
        report += u'\n' + tr("%n row(s) skipped:", nullptr, int(parsed->errors.size()));
        for (const auto &e : parsed->errors)
            report += u'\n' + tr("line %1: %2").arg(e.line).arg(e.reason);
    }
    emit clientsChanged();
    return report;
}

bool ClientsView::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(ClientCsv::write(m_model->visibleClients()));
    return file.commit();
}

} // namespace minutier
