#pragma once

#include "billing/BillingPolicy.h"

#include <QDateTime>
#include <QString>

namespace minutier {

struct Offer {
    QString id;
    QString name;
    BillingPolicy policy;
    bool archived = false;
    QDateTime createdAt;
};

} // namespace minutier
