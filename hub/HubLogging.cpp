#include "HubLogging.h"

namespace hubdeck {

Q_LOGGING_CATEGORY(lcHub, "hubdeck.hub", QtWarningMsg)

} // namespace hubdeck
