#pragma once

#include "domain/Profile.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace minutier {

class Database;
class LogoChooser;
class ProfileForm;

// Edits the business identity from the settings; saves through ProfileRepository.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(Database &db, const Profile &profile, QWidget *parent = nullptr);
    void accept() override;
    LogoChooser *logoChooser() const { return m_logo; }

private:
    Database &m_db;
    ProfileForm *m_form;
    LogoChooser *m_logo;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace minutier
