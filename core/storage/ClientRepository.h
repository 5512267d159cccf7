#pragma once

#include "common/Result.h"
#include "domain/Client.h"

#include <QList>

namespace minutier {

class Database;

class ClientRepository final
{
public:
    explicit ClientRepository(Database &db)
        : m_db(db)
    {
    }
    // Assigns an id (and creation time) when the client has none; validates identifiers.
    Result<Client> save(Client client);
    Result<Client> find(const QString &id) const;
    Result<QList<Client>> list() const;
    // The same clients, in the same order, with only what a picker needs: id, name, company,
    // e-mail, kind and own offer (the other fields are left empty). About three times cheaper
    // than list() on 5,000 clients: what the window reads before its first paint.
    Result<QList<Client>> directory() const;

    static Status validate(Client &client);

private:
    Database &m_db;
};

} // namespace minutier
