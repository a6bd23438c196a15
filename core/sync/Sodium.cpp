#include "sync/Sodium.h"

#include "util/Errors.h"

#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace passerelle {

void Sodium::init()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    if (!ready)
        throw StorageError(QCoreApplication::translate(
            "Sync", "La bibliothèque de chiffrement (libsodium) n'a pas pu démarrer."));
}

} // namespace passerelle
