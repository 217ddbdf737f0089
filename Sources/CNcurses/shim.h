// Thin C shim over ncursesw for Swift 6.
//
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags, so the wide-character API is switched on
// here. Globals (stdscr, COLS, LINES) and function-like macros (COLOR_PAIR, A_BOLD, getmaxyx,
// BUTTON1_CLICKED) do not import into Swift 6 cleanly, so each is wrapped in a static inline
// function. Only the NcursesBackend target imports this module.
#ifndef RAADS_CNCURSES_SHIM_H
#define RAADS_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <string.h>
#include <langinfo.h>
#include <wchar.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>

/* Bytes waiting to be read on `fd`, or -1: tells a terminal that hung up (poll says readable,
   nothing to read) from one with input. */
static inline int cn_input_pending(int fd) {
    int n = 0;
    if (ioctl(fd, FIONREAD, &n) != 0) return -1;
    return n;
}


/// Starts curses on stdin/stdout like initscr, but returns 0 instead of exiting when the
/// terminal type is unknown.
static inline int cn_start(void) {
    SCREEN *s = newterm(NULL, stdout, stdin);
    if (s == NULL) return 0;
    set_term(s);
    return 1;
}

static inline int cn_set_escdelay(int ms) { return set_escdelay(ms); }
static inline int cn_use_default_colors(void) { return use_default_colors(); }
static inline int cn_init_pair(short pair, short fg, short bg) { return init_pair(pair, fg, bg); }
static inline void cn_flush_stdout(void) { fflush(stdout); }

static inline void cn_getmaxyx(int *rows, int *cols) {
    int y, x;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *cols = x;
}

/// Sets the locale from the environment and tells whether its codeset is UTF-8.
static inline int cn_setlocale_is_utf8(void) {
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL) return 0;
    return (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0 || strcmp(cs, "UTF8") == 0) ? 1 : 0;
}

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }

static inline int cn_attrset(attr_t a) { return attrset((int)a); }

static inline int cn_mvaddnwstr(int y, int x, const wchar_t *s, int n) {
    return mvaddnwstr(y, x, s, n);
}

static inline int cn_get_wch(wint_t *ch) { return get_wch(ch); }
static inline void cn_timeout(int ms) { timeout(ms); }
static inline int cn_keypad(int on) { return keypad(stdscr, on ? TRUE : FALSE); }
static inline int cn_clearok(int on) { return clearok(stdscr, on ? TRUE : FALSE); }
static inline int cn_leaveok(int on) { return leaveok(stdscr, on ? TRUE : FALSE); }
static inline int cn_erase(void) { return erase(); }
static inline int cn_refresh(void) { return refresh(); }

static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_ok(void) { return OK; }
static inline int cn_err(void) { return ERR; }

/// Mouse: report button-1 presses and clicks, and the wheel (buttons 4 and 5); returns the mask
/// that ncurses accepted.
static inline mmask_t cn_enable_mouse(void) {
    mmask_t old = 0;
    mouseinterval(0);
    mmask_t mask = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED | BUTTON4_PRESSED;
#if NCURSES_MOUSE_VERSION > 1
    mask |= BUTTON5_PRESSED;
#endif
    return mousemask(mask, &old);
}

/// Reads the pending mouse event: 1 for a button-1 press or click (with its position), 2 for the
/// wheel turned up, 3 for the wheel turned down, 0 for anything else.
static inline int cn_mouse_click(int *y, int *x) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return 0;
    *y = ev.y;
    *x = ev.x;
    if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (ev.bstate & BUTTON4_PRESSED) return 2;
#if NCURSES_MOUSE_VERSION > 1
    if (ev.bstate & BUTTON5_PRESSED) return 3;
#endif
    return 0;
}

/// Reads the terminal's size with TIOCGWINSZ and resizes curses to it (without queueing
/// KEY_RESIZE). Returns 1 when the size could be read.
static inline int cn_resize_from_tty(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    resize_term(ws.ws_row, ws.ws_col);
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 1;
}

/// A string capability of the current terminal (`rmcup`, `cnorm`), or NULL when it has none.
static inline const char *cn_tigetstr(const char *cap) {
    char *s = tigetstr((char *)cap);
    if (s == NULL || s == (char *)-1) return NULL;
    return s;
}

static inline int cn_has_colors(void) { return has_colors() ? 1 : 0; }
static inline int cn_colors(void) { return COLORS; }

#endif
