#pragma once

namespace passerelle {

// libsodium must be initialised once per process before any of its functions is called
// (it picks the fastest implementations and seeds its random generator). Every sync class
// that uses it calls Sodium::init() first; the cost after the first call is one atomic read.
class Sodium
{
public:
    // Throws StorageError when libsodium cannot start (no usable random source).
    static void init();
};

} // namespace passerelle
