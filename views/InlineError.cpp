#include "InlineError.h"

namespace hubdeck {

InlineError::InlineError(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void InlineError::showMessage(const QString &message)
{
    // Red that reads on light and dark backgrounds alike.
    setStyleSheet(QStringLiteral("color: #dc2626;"));
    setText(message);
    setVisible(!message.isEmpty());
}

void InlineError::showInfo(const QString &message)
{
    setStyleSheet(QString());
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace hubdeck
