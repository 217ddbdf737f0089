// The CSV reader's scans are inline in include/CScan.h. This file holds the guard of a mapped
// data file (issue 9): see `raads_map` there.
#include "CScan.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define RAADS_SLOTS 64

/// The guarded mappings: [start, end) of each, 0 when the slot is free. The handler only reads
/// them (atomically); `slots_lock` orders the callers that change them.
static _Atomic uintptr_t slot_start[RAADS_SLOTS];
static _Atomic uintptr_t slot_end[RAADS_SLOTS];
static _Atomic int slot_cut[RAADS_SLOTS];
static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction previous_action;
static uintptr_t page_size;

static void raads_sigbus(int sig, siginfo_t *info, void *context) {
    uintptr_t address = (uintptr_t)info->si_addr;
    for (int i = 0; i < RAADS_SLOTS; i++) {
        uintptr_t start = atomic_load(&slot_start[i]);
        if (start != 0 && address >= start && address < atomic_load(&slot_end[i])) {
            // The page lies past the file's new end: a private page of zeros takes its place.
            void *page = (void *)(address & ~(page_size - 1));
            if (mmap(page, page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
                atomic_store(&slot_cut[i], 1);
                return;
            }
            break;
        }
    }
    // Not a guarded mapping: as if this handler were not there.
    if (previous_action.sa_flags & SA_SIGINFO) {
        previous_action.sa_sigaction(sig, info, context);
    } else if (previous_action.sa_handler != SIG_DFL && previous_action.sa_handler != SIG_IGN) {
        previous_action.sa_handler(sig);
    } else {
        // The default action: on return the faulting read runs again and ends the process.
        struct sigaction fallback;
        memset(&fallback, 0, sizeof fallback);
        fallback.sa_handler = SIG_DFL;
        sigemptyset(&fallback.sa_mask);
        sigaction(SIGBUS, &fallback, NULL);
    }
}

/// Installs the handler unless it is in place (another part of the program, such as the
/// terminal's crash handler, may have installed its own since); the one it replaces is kept
/// for other faults. Called with `slots_lock` held.
static int install_handler(void) {
    struct sigaction current;
    if (sigaction(SIGBUS, NULL, &current) != 0) return 0;
    if ((current.sa_flags & SA_SIGINFO) && current.sa_sigaction == raads_sigbus) return 1;
    previous_action = current;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = raads_sigbus;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGBUS, &action, NULL) == 0;
}

const uint8_t *raads_map(int fd, size_t length, int *slot) {
    *slot = -1;
    if (length == 0) return NULL;
    pthread_mutex_lock(&slots_lock);
    if (page_size == 0) page_size = (uintptr_t)sysconf(_SC_PAGESIZE);
    int free_slot = -1;
    for (int i = 0; i < RAADS_SLOTS && free_slot < 0; i++) {
        if (atomic_load(&slot_start[i]) == 0) free_slot = i;
    }
    if (free_slot < 0 || !install_handler()) {
        pthread_mutex_unlock(&slots_lock);
        return NULL;
    }
    int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
    flags |= MAP_POPULATE;  // the file is read from start to end: map its cached pages now
#endif
    void *p = mmap(NULL, length, PROT_READ, flags, fd, 0);
    if (p == MAP_FAILED) {
        pthread_mutex_unlock(&slots_lock);
        return NULL;
    }
    atomic_store(&slot_cut[free_slot], 0);
    atomic_store(&slot_end[free_slot], (uintptr_t)p + length);
    atomic_store(&slot_start[free_slot], (uintptr_t)p);
    pthread_mutex_unlock(&slots_lock);
    *slot = free_slot;
    return (const uint8_t *)p;
}

int raads_map_was_cut(int slot) {
    if (slot < 0 || slot >= RAADS_SLOTS) return 0;
    return atomic_load(&slot_cut[slot]);
}

void raads_unmap(int slot, const uint8_t *pointer, size_t length) {
    if (slot < 0 || slot >= RAADS_SLOTS) return;
    pthread_mutex_lock(&slots_lock);
    atomic_store(&slot_start[slot], 0);
    atomic_store(&slot_end[slot], 0);
    munmap((void *)pointer, length);
    pthread_mutex_unlock(&slots_lock);
}
