// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace hubdeck::test {

// Root reads and writes any folder whatever its mode (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH).
// While this lives, the calling thread does not, as any user: a chmod 000 folder is
// unreadable to it. Capabilities are per thread: what runs on the caller's thread, and the
// threads it starts meanwhile (TreeMeasure's workers, a new thread pool's thread), are
// affected; threads that already exist are not.
class WithoutDacOverride
{
public:
    // alsoFowner: CAP_FOWNER too, which lets root remove another user's file from a sticky
    // folder.
    explicit WithoutDacOverride(bool alsoFowner = false)
    {
        if (::geteuid() != 0) {
            m_ok = true;
            return;
        }
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        if (::syscall(SYS_capget, &header, m_saved) != 0)
            return;
        __user_cap_data_struct dropped[2] = {m_saved[0], m_saved[1]};
        dropped[0].effective &= ~((1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH) | (alsoFowner ? 1U << CAP_FOWNER : 0U));
        m_ok = m_dropped = ::syscall(SYS_capset, &header, dropped) == 0;
    }
    ~WithoutDacOverride()
    {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        if (m_dropped)
            ::syscall(SYS_capset, &header, m_saved);
    }
    WithoutDacOverride(const WithoutDacOverride &) = delete;
    WithoutDacOverride &operator=(const WithoutDacOverride &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    __user_cap_data_struct m_saved[2]{};
    bool m_ok = false;
    bool m_dropped = false;
};

} // namespace hubdeck::test
