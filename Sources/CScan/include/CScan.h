// The CSV reader's byte scans (issue 9): which of sixteen bytes are special to the record loop
// (LF, CR, `"`, `,` and `;`), as a bit mask (bit k: byte k), and the first pass over a file
// (all ASCII? how many line ends?). With SSE2 (every x86-64 processor) sixteen bytes at once;
// elsewhere a plain loop with the same result.
#ifndef RAADS_CSCAN_H
#define RAADS_CSCAN_H

#include <stddef.h>
#include <stdint.h>

/// The mask by a plain loop: the reference, and the classifier where there is no SSE2.
static inline uint32_t raads_specials16_scalar(const uint8_t *p) {
    uint32_t mask = 0;
    for (int k = 0; k < 16; k++) {
        uint8_t b = p[k];
        if (b == 0x0A || b == 0x0D || b == 0x22 || b == 0x2C || b == 0x3B) mask |= (uint32_t)1 << k;
    }
    return mask;
}

#if defined(__SSE2__)
#include <emmintrin.h>

static inline uint32_t raads_specials16(const uint8_t *p) {
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i lf = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x0A));
    __m128i cr = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x0D));
    __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x22));
    __m128i comma = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x2C));
    __m128i semicolon = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x3B));
    __m128i any = _mm_or_si128(_mm_or_si128(lf, cr), _mm_or_si128(quote, _mm_or_si128(comma, semicolon)));
    return (uint32_t)_mm_movemask_epi8(any);
}
#else
static inline uint32_t raads_specials16(const uint8_t *p) { return raads_specials16_scalar(p); }
#endif

/// Whether all `n` bytes at `p` are ASCII; when they are, `*lines` is the number of LF bytes
/// among them (the CSV reader's first pass over a file, issue 9).
static inline int raads_ascii_lines(const uint8_t *p, long n, long *lines) {
    long count = 0, k = 0;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8(0x0A);
    for (; k + 16 <= n; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + k));
        if (_mm_movemask_epi8(v) != 0) return 0;
        count += __builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)));
    }
#endif
    for (; k < n; k++) {
        if (p[k] >= 0x80) return 0;
        if (p[k] == 0x0A) count++;
    }
    *lines = count;
    return 1;
}

// A read-only mapping of a data file (issue 9: no copy of a large file into memory) and its
// guard (scan.c). Reading a mapped page past the end of a file that another program made
// shorter meanwhile raises SIGBUS, which would end the process; the guard's handler puts a
// page of zeros in that place instead, notes it, and the read goes on. The loader then
// reports the file as changed while it was read. A SIGBUS outside every guarded mapping goes
// to the handler that was there before (or ends the process as it would have).

/// Maps the `length` bytes (≥ 1) of the open file `fd` read-only, guarded. The mapping's
/// address, or NULL when it could not be made (the caller reads the file instead);
/// `*slot` is the guard's slot, for `raads_unmap`.
const uint8_t *raads_map(int fd, size_t length, int *slot);

/// Whether a read in the mapping of `slot` found the file shorter than when it was mapped.
int raads_map_was_cut(int slot);

/// Removes the mapping of `slot` (made by `raads_map` with `pointer` and `length`).
void raads_unmap(int slot, const uint8_t *pointer, size_t length);

#endif
