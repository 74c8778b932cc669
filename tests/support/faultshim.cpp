// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// Preloaded into hubdeck-cli by tst_interrupteddeletion (LD_PRELOAD) to stop a deletion at an
// exact point, as a kill or a power cut would, and to make one removal fail as a permission
// error would for a user who is not root. Not linked into HubDeck.
//   HUBDECK_KILL_AFTER=N         SIGKILL the process right after its N-th successful removal
//                                (unlink, unlinkat, rmdir, rename, renameat, renameat2)
//   HUBDECK_KILL_SIGNAL=S        send signal number S instead (15: SIGTERM, as `kill` or a
//                                Ctrl+C would, which the CLI catches to stop cleanly), once
//   HUBDECK_FAIL_NAME=NAME       removals of an entry with that base name fail with EACCES
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

namespace {

long g_done = 0;

long killAfter()
{
    static const long value = [] {
        const char *text = std::getenv("HUBDECK_KILL_AFTER");
        return text ? std::atol(text) : 0L;
    }();
    return value;
}

bool shouldFail(const char *path)
{
    static const char *name = std::getenv("HUBDECK_FAIL_NAME");
    if (!name || !*name || !path)
        return false;
    const char *slash = std::strrchr(path, '/');
    return std::strcmp(slash ? slash + 1 : path, name) == 0;
}

int killSignal()
{
    static const int value = [] {
        const char *text = std::getenv("HUBDECK_KILL_SIGNAL");
        return text ? std::atoi(text) : SIGKILL;
    }();
    return value;
}

int counted(int result)
{
    if (result == 0 && killAfter() > 0 && ++g_done == killAfter())
        ::raise(killSignal());
    return result;
}

template <typename F>
F next(const char *symbol)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, symbol));
}

} // namespace

extern "C" {

int unlinkat(int dirfd, const char *path, int flags)
{
    if (shouldFail(path)) {
        errno = EACCES;
        return -1;
    }
    static auto real = next<int (*)(int, const char *, int)>("unlinkat");
    return counted(real(dirfd, path, flags));
}

int unlink(const char *path)
{
    if (shouldFail(path)) {
        errno = EACCES;
        return -1;
    }
    static auto real = next<int (*)(const char *)>("unlink");
    return counted(real(path));
}

int rmdir(const char *path)
{
    static auto real = next<int (*)(const char *)>("rmdir");
    return counted(real(path));
}

int rename(const char *from, const char *to)
{
    static auto real = next<int (*)(const char *, const char *)>("rename");
    return counted(real(from, to));
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    static auto real = next<int (*)(int, const char *, int, const char *)>("renameat");
    return counted(real(fromDir, from, toDir, to));
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    static auto real = next<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2");
    return counted(real(fromDir, from, toDir, to, flags));
}
}
