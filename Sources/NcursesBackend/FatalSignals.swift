import CNcurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Gives the terminal back when the process is about to die of a signal it cannot survive.
///
/// A crash (SIGSEGV, SIGBUS, SIGILL — Swift's own traps —, SIGFPE, SIGABRT, SIGTRAP, SIGSYS) and
/// the real-time signals (whose default is to end the process) cannot go through the orderly
/// `endwin` of the main thread. Their handler may only use async-signal-safe calls, so it writes
/// the terminal's own reset sequences (prepared when curses started: mouse off, `sgr0`, `cnorm`,
/// `rmkx`, `rmcup`) with `write(2)`, puts the saved terminal modes back with `tcsetattr`, prints
/// one Dutch line on stderr, and then raises the signal again with its default action (a core
/// dump or the end of the process, with the usual status for the shell). The handlers run on an
/// alternate stack, so a stack overflow is covered too.
///
/// Everything the handler reads is allocated before it is installed and never freed.
enum FatalSignals {
    /// The signals handled here.
    static var signals: [Int32] {
        var list = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]
        #if os(Linux)
            list += Array(34...64)  // SIGRTMIN (after glibc's two) … SIGRTMAX
        #endif
        return list
    }

    nonisolated(unsafe) static let sequence = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) static var sequenceLength = 0
    nonisolated(unsafe) static let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) static var hasModes: Int32 = 0
    nonisolated(unsafe) static let message = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) static var messageStartLength = 0
    nonisolated(unsafe) static let messageEnd = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) static var messageEndLength = 0
    nonisolated(unsafe) static var armed = false
    nonisolated(unsafe) static var previous: [(Int32, sigaction)] = []
    nonisolated(unsafe) static var alternateStack: UnsafeMutableRawPointer?
    static let capacity = 1024

    /// Saves the terminal modes as they are before curses changes them.
    static func saveModes() {
        hasModes = tcgetattr(STDIN_FILENO, modes) == 0 ? 1 : 0
        // Everything the handler reads is made now, not in the handler.
        let start = Array("raadsdashboard: onverwacht gestopt door signaal ".utf8)
        let end = Array("; de terminal is hersteld.\n".utf8)
        for (i, b) in start.enumerated() { message[i] = b }
        messageStartLength = start.count
        for (i, b) in end.enumerated() { messageEnd[i] = b }
        messageEndLength = end.count
        _ = sequence
    }

    /// Prepares the reset sequence from the terminal's capabilities and installs the handlers.
    /// Call after curses has started.
    static func arm() {
        guard !armed else { return }
        var bytes: [UInt8] = []
        if cn_tigetstr("kmous") != nil {  // the terminal reports the mouse: switch every mode off
            bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8)
        }
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = cn_tigetstr(cap) { bytes += Array(String(cString: s).utf8) }
        }
        if bytes.isEmpty { bytes = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8) }
        sequenceLength = min(bytes.count, capacity)
        for i in 0..<sequenceLength { sequence[i] = bytes[i] }
        installAlternateStack()
        previous = []
        for sig in signals {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = fatalSignalHandler
            #else
                action.__sigaction_u.__sa_handler = fatalSignalHandler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_ONSTACK) | Int32(bitPattern: UInt32(SA_RESETHAND))
            var old = sigaction()
            if sigaction(sig, &action, &old) == 0 { previous.append((sig, old)) }
        }
        armed = true
    }

    /// Puts back the handlers that were there before `arm` (after an orderly restore).
    static func disarm() {
        guard armed else { return }
        armed = false
        for (sig, old) in previous {
            var action = old
            _ = sigaction(sig, &action, nil)
        }
        previous = []
    }

    /// A stack for the handlers, so that they also run after a stack overflow; kept when the
    /// thread already has one (the Swift runtime may install its own).
    private static func installAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 256 * 1024
        guard let memory = malloc(size) else { return }
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = size
        stack.ss_flags = 0
        if sigaltstack(&stack, nil) == 0 { alternateStack = memory } else { free(memory) }
    }

    /// The handler's work: only `write`, `tcsetattr`, `signal` and `raise`.
    static func restoreInHandler(_ sig: Int32) {
        if sequenceLength > 0 { _ = write(STDOUT_FILENO, sequence, sequenceLength) }
        if hasModes == 1 { _ = tcsetattr(STDIN_FILENO, TCSADRAIN, modes) }
        // "… signaal 11; de terminal is hersteld." without any allocation.
        var n = messageStartLength
        var digits: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var value = max(0, Int(sig)), count = 0
        repeat {
            let d = UInt8(48 + value % 10)
            switch count {
            case 0: digits.0 = d
            case 1: digits.1 = d
            default: digits.2 = d
            }
            value /= 10
            count += 1
        } while value > 0 && count < 3
        if count > 2 { message[n] = digits.2; n += 1 }
        if count > 1 { message[n] = digits.1; n += 1 }
        message[n] = digits.0; n += 1
        _ = write(STDERR_FILENO, message, n)
        _ = write(STDERR_FILENO, messageEnd, messageEndLength)
    }
}

/// Restores the terminal, then dies of `sig` with its default action.
private func fatalSignalHandler(_ sig: Int32) {
    FatalSignals.restoreInHandler(sig)
    signal(sig, SIG_DFL)
    raise(sig)
}
