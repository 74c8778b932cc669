#pragma once

#include <QDialog>

namespace hubdeck {

// Version, purpose and licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace hubdeck
