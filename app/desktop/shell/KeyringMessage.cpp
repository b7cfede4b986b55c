#include "app/desktop/shell/KeyringMessage.h"

#include "core/store/StoreError.h"

namespace vitalis::desktop
{

QString KeyringMessage::text()
{
    return tr("This profile cannot be opened: the keyring that keeps its key is locked or not "
              "running. Unlock it (sign in to this computer again) and try again. Nothing in the "
              "profile was changed.");
}

bool KeyringMessage::isKeyringProblem(const std::exception& error)
{
    if (const auto* store = dynamic_cast<const StoreError*>(&error))
        return store->code() == StoreErrc::KeyringUnavailable;
    return dynamic_cast<const KeyUnavailable*>(&error) != nullptr;
}

} // namespace vitalis::desktop
