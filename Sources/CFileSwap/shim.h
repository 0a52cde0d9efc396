#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

/* Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE): afterwards
   each name refers to what the other did. Returns -1 with errno EINVAL (or ENOSYS) where
   the filesystem or kernel cannot. glibc declares renameat2 only under _GNU_SOURCE,
   which the Glibc module Swift imports is built without, so it is declared here. */
#if defined(__linux__)
int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);

static inline int callharness_exchange(const char *a, const char *b) {
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, 1u << 1 /* RENAME_EXCHANGE */);
}
#else
static inline int callharness_exchange(const char *a, const char *b) {
    (void)a;
    (void)b;
    errno = ENOSYS;
    return -1;
}
#endif
