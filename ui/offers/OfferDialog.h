#pragma once

#include "domain/Offer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace minutier {

class Database;
class OfferForm;

// Creates or edits an offer; saves through OfferRepository. Sessions already recorded keep the
// policy frozen on them, so editing an offer never changes history.
class OfferDialog final : public QDialog
{
    Q_OBJECT
public:
    OfferDialog(Database &db, const Offer &offer, QWidget *parent = nullptr);
    Offer offer() const { return m_offer; }
    void accept() override;

private:
    Database &m_db;
    Offer m_offer;
    OfferForm *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace minutier
