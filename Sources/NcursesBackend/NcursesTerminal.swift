import CNcurses
import Dispatch
import RaadsTUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Draws cell buffers with ncurses and turns ncurses input into events.
///
/// Input is read with a blocking `poll` on the terminal and a signal pipe, then `get_wch`: an idle
/// dashboard sleeps in the kernel and uses no CPU. Every signal that would end the process and can
/// wait (`quitSignals`: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGPIPE, SIGALRM, …) arrives
/// through a `DispatchSource` signal source that writes to the pipe, so the main thread leaves the
/// loop and restores the terminal (`endwin`) itself; the process then exits with 128 + the
/// signal's number. Crashes and the real-time signals are handled by `FatalSignals`.
public final class NcursesTerminal: TerminalBackend {
    /// Whether the locale is UTF-8 (box drawing and symbols) or not (ASCII).
    public let glyphs: Glyphs
    /// Whether colours are used (the terminal has them and NO_COLOR is not set).
    public let usesColor: Bool
    /// The signal that ended the session, if any (one of `quitSignals`).
    public private(set) var receivedSignal: Int32?

    private var last: CellBuffer?
    private var isOpen = false
    private var signalSources: [DispatchSourceSignal] = []
    private let signalRead: Int32
    private let signalWrite: Int32
    private var pairs: [ColorRole: Int16] = [:]

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Sets the locale, starts curses and installs the signal sources.
    /// - Parameter noColor: force monochrome (NO_COLOR).
    public init(noColor: Bool) throws {
        let utf8 = cn_setlocale_is_utf8() == 1
        glyphs = utf8 ? .unicode : .ascii

        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw StartError(description: "pipe() mislukt") }
        signalRead = fds[0]
        signalWrite = fds[1]
        _ = fcntl(signalRead, F_SETFD, FD_CLOEXEC)
        _ = fcntl(signalWrite, F_SETFD, FD_CLOEXEC)
        _ = fcntl(signalWrite, F_SETFL, fcntl(signalWrite, F_GETFL) | O_NONBLOCK)

        FatalSignals.saveModes()
        guard cn_start() == 1 else {
            close(signalRead)
            close(signalWrite)
            throw StartError(description: "terminal kon niet worden gestart (TERM onbekend?)")
        }
        isOpen = true
        cbreak()
        noecho()
        nonl()
        _ = cn_keypad(1)
        _ = cn_leaveok(1)
        _ = cn_set_escdelay(25)
        curs_set(0)
        _ = cn_enable_mouse()

        var color = false
        if !noColor, cn_has_colors() == 1, start_color() == cn_ok() {
            color = true
            let hasDefault = cn_use_default_colors() == cn_ok()
            pairs = NcursesTerminal.installPalette(defaultColors: hasDefault)
        }
        usesColor = color

        installSignalSources()
        FatalSignals.arm()
    }

    deinit { restore() }

    /// Ends curses and gives the terminal back as it was found. Safe to call more than once.
    public func restore() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        _ = cn_attrset(cn_a_normal())
        endwin()
        cn_flush_stdout()
        FatalSignals.disarm()
        signal(SIGPIPE, SIG_IGN)  // from now on a closed pipe is a write error (EPIPE), reported
        for source in signalSources { source.cancel() }
        signalSources = []
    }

    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0
        var cols: Int32 = 0
        cn_getmaxyx(&rows, &cols)
        return (Int(cols), Int(rows))
    }

    // MARK: - Signals

    /// The signals whose default action ends the process and that the main thread can wait for:
    /// each ends the session in order (terminal restored, exit 128 + N). SIGQUIT (Ctrl-\) among
    /// them, so that it gives no crash report over the screen.
    public static var quitSignals: [Int32] {
        var list = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ]
        #if os(Linux)
            list += [SIGPOLL, SIGPWR, SIGSTKFLT]
        #endif
        return list
    }

    private func installSignalSources() {
        let queue = DispatchQueue(label: "raadsdashboard.signals")
        let fd = signalWrite
        // SIGWINCH too: curses' own handler only sets a flag, which a blocking poll could miss.
        // libdispatch leaves SIGPIPE and SIGPROF unblocked on its worker threads (seen in strace:
        // its manager thread blocks every signal but ILL, TRAP, BUS, FPE, SEGV, PIPE, PROF, SYS
        // and two real-time ones). Such a signal may be delivered to a worker thread and never
        // reach a signal source: the dashboard then did not end on SIGPROF, now and then. These
        // two get a plain handler that writes to the pipe (async-signal-safe) from any thread.
        signalPipeWriteEnd = fd
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = pipeSignalHandler
        #else
            action.__sigaction_u.__sa_handler = pipeSignalHandler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(SA_RESTART)
        let plain = [SIGPIPE, SIGPROF]
        for sig in plain { _ = sigaction(sig, &action, nil) }
        for sig in NcursesTerminal.quitSignals + [SIGWINCH] where !plain.contains(sig) {
            if sig != SIGWINCH { signal(sig, SIG_IGN) }
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler {
                var byte = UInt8(truncatingIfNeeded: sig)
                _ = write(fd, &byte, 1)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    // MARK: - Input

    public func nextEvent() -> Event? {
        while true {
            if receivedSignal != nil { return nil }
            // Take what curses already has (keys, mouse, KEY_RESIZE) without waiting.
            cn_timeout(0)
            var ch: wint_t = 0
            let r = cn_get_wch(&ch)
            if r != cn_err() {
                if r == cn_ok(), ch == 27, swallowEscapeSequence() { continue }
                if let event = translate(result: r, code: ch) { return event }
                continue
            }
            // Nothing pending: sleep until the terminal or the signal pipe has something.
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signalRead, events: Int16(POLLIN), revents: 0),
            ]
            let n = poll(&fds, 2, -1)
            if n < 0 {
                if errno == EINTR { continue }  // a signal: its byte is in the pipe
                return nil
            }
            if fds[1].revents & Int16(POLLIN) != 0 {
                var byte: UInt8 = 0
                if read(signalRead, &byte, 1) == 1 {
                    if Int32(byte) == SIGWINCH {
                        if let event = resizeFromTerminal() { return event }
                        continue
                    }
                    receivedSignal = Int32(byte)
                    return nil
                }
            }
            // The terminal went away: hung up, or readable with nothing to read (end of input,
            // which curses reports as "no key"). Without this the loop would poll and read
            // nothing forever, at full CPU, after its window was closed. Ends as a hang-up.
            let hungUp = fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
            let endOfInput = fds[0].revents & Int16(POLLIN) != 0 && cn_input_pending(STDIN_FILENO) <= 0
            if hungUp || endOfInput {
                receivedSignal = SIGHUP
                return nil
            }
        }
    }

    /// After ESC: when the rest of an escape sequence that curses did not know follows at once
    /// (`ESC [ 4 ~`), reads and drops it, so that it does not arrive as stray keys. Returns false
    /// for a lone ESC (the Esc key). Alt+key (ESC x) drops the ESC and keeps the key.
    private func swallowEscapeSequence() -> Bool {
        var next: wint_t = 0
        let r = cn_get_wch(&next)
        if r == cn_err() { return false }
        if r == cn_key_code_yes() { return true }
        if next == 0x5B || next == 0x4F {  // '[' or 'O': CSI or SS3 sequence
            var guardCount = 0
            while guardCount < 32 {
                guardCount += 1
                var c: wint_t = 0
                let rc = cn_get_wch(&c)
                if rc == cn_err() { break }
                if rc == cn_ok(), (0x40...0x7E).contains(c), !(next == 0x5B && c == 0x5B && guardCount == 1) { break }
            }
            return true
        }
        _ = unget_wch(wchar_t(bitPattern: next))
        return true
    }

    /// Reads the new window size after SIGWINCH and resizes curses; `nil` when it did not change.
    private func resizeFromTerminal() -> Event? {
        var rows: Int32 = 0
        var cols: Int32 = 0
        guard cn_resize_from_tty(&rows, &cols) == 1 else { return nil }
        last = nil
        _ = cn_clearok(1)
        return .resize(width: Int(cols), height: Int(rows))
    }

    private func translate(result: Int32, code: wint_t) -> Event? {
        let c = Int32(bitPattern: code)
        if result == cn_key_code_yes() {
            switch c {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_BTAB: return .key(.backTab)
            case KEY_RESIZE:
                last = nil
                let s = size
                return .resize(width: s.width, height: s.height)
            case KEY_MOUSE:
                var y: Int32 = 0
                var x: Int32 = 0
                switch cn_mouse_click(&y, &x) {
                case 1: return .click(x: Int(x), y: Int(y))
                case 2: return .wheel(-1)
                case 3: return .wheel(+1)
                default: return nil
                }
            default: return nil
            }
        }
        switch c {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        case 3: return .key(.interrupt)
        default:
            guard c >= 32, let scalar = Unicode.Scalar(UInt32(c)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    // MARK: - Output

    public func draw(_ buffer: CellBuffer) {
        guard isOpen else { return }
        let full = last == nil || last!.width != buffer.width || last!.height != buffer.height
        if full {
            _ = cn_erase()
        }
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                let cell = buffer[x, y]
                // The right half of a wide character is drawn with its left half.
                if cell.isContinuation || (!full && last?[x, y] == cell) {
                    x += 1
                    continue
                }
                // A run of changed cells with the same look.
                var run: [wchar_t] = []
                let start = x
                while x < buffer.width {
                    let c = buffer[x, y]
                    guard c.style == cell.style, c.role == cell.role else { break }
                    if !full, let last, last[x, y] == c, x > start { break }
                    if c.isContinuation {
                        x += 1
                        continue
                    }
                    for scalar in c.character.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
                    x += 1
                }
                _ = cn_attrset(attributes(style: cell.style, role: cell.role))
                run.withUnsafeBufferPointer { p in
                    _ = cn_mvaddnwstr(Int32(y), Int32(start), p.baseAddress, Int32(p.count))
                }
            }
        }
        _ = cn_attrset(cn_a_normal())
        _ = cn_refresh()
        last = buffer
    }

    private func attributes(style: TextStyle, role: ColorRole) -> attr_t {
        var a = cn_a_normal()
        var effective = style
        if usesColor, NcursesTerminal.hasBackground(role) { effective.remove(.reverse) }
        if effective.contains(.bold) { a |= cn_a_bold() }
        if effective.contains(.reverse) { a |= cn_a_reverse() }
        if effective.contains(.dim) { a |= cn_a_dim() }
        if effective.contains(.underline) { a |= cn_a_underline() }
        if usesColor, let pair = pairs[role] { a |= cn_color_pair(pair) }
        return a
    }

    // MARK: - Colours

    /// Roles drawn on a coloured background (reverse is dropped for them when colours are on).
    static func hasBackground(_ role: ColorRole) -> Bool {
        role == .header || role == .footer || role == .banner
    }

    /// Installs a colour pair per role: the calm 256-colour palette when the terminal has 256
    /// colours, else the eight basic colours (`Palette`).
    static func installPalette(defaultColors: Bool) -> [ColorRole: Int16] {
        var pairs: [ColorRole: Int16] = [:]
        for (i, entry) in Palette.entries(colors: Int(cn_colors()), defaultColors: defaultColors).enumerated() {
            let n = Int16(i + 1)
            if cn_init_pair(n, entry.foreground, entry.background) == cn_ok() { pairs[entry.role] = n }
        }
        return pairs
    }
}

/// The write end of the signal pipe, for `pipeSignalHandler`.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Writes the signal's number to the signal pipe; keeps `errno` as it was.
private func pipeSignalHandler(_ sig: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: sig)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = saved
}
