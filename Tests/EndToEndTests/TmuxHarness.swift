import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the real `raadsdashboard` binary in a private tmux server and reads the screen back.
///
/// Every harness has its own socket (`tmux -L`), so tests never touch a user's tmux. The pane runs a
/// plain `bash --norc` with a fixed prompt, so that after the dashboard exits the test can check
/// that the shell got a sane terminal back.
final class TmuxHarness {
    static let prompt = "E2E$ "
    /// The prompt as capture-pane shows it (trailing spaces are dropped).
    static let promptMark = "E2E$"

    let socket: String
    let session = "e2e"
    let binary: String

    /// The built binary: `RAADSDASHBOARD_BIN`, or next to the test bundle in the build folder.
    static func findBinary() -> String? {
        if let env = ProcessInfo.processInfo.environment["RAADSDASHBOARD_BIN"], FileManager.default.isExecutableFile(atPath: env) {
            return env
        }
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        for dir in candidates {
            var d = dir
            for _ in 0..<4 {
                let path = d.appendingPathComponent("raadsdashboard").path
                if FileManager.default.isExecutableFile(atPath: path) { return path }
                d = d.deletingLastPathComponent()
            }
        }
        return nil
    }

    static var tmuxPath: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// tmux's own terminal type when its terminfo entry exists, else "screen".
    static let innerTerm: String = {
        let r = run(["infocmp", "tmux-256color"])
        return r.status == 0 ? "tmux-256color" : "screen"
    }()

    /// Starts a tmux server with one pane of `width`×`height` running bash with `environment`.
    init(width: Int, height: Int, environment: [String: String] = [:]) throws {
        guard let binary = TmuxHarness.findBinary() else {
            throw HarnessError("raadsdashboard binary not found next to the test bundle; set RAADSDASHBOARD_BIN")
        }
        self.binary = binary
        socket = "raads-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var env: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": NSTemporaryDirectory(),
            "TERM": TmuxHarness.innerTerm,
            "LANG": "C.UTF-8",
            "PS1": TmuxHarness.prompt,
        ]
        env.merge(environment) { _, new in new }
        let envArgs = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let shell = ["env", "-i"] + envArgs + ["bash", "--norc", "--noprofile"]
        let command = shell.map(TmuxHarness.shellQuote).joined(separator: " ")
        let r = tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command])
        guard r.status == 0 else { throw HarnessError("tmux new-session failed: \(r.output)") }
        _ = tmux(["set-option", "-t", session, "status", "off"])
        _ = tmux(["set-option", "-g", "escape-time", "10"])
        try waitFor("the shell prompt") { $0.contains(TmuxHarness.promptMark) }
    }

    deinit {
        let socketPath = paneValue("socket_path")
        _ = tmux(["kill-server"])
        if socketPath.hasPrefix("/") { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    // MARK: - Driving

    @discardableResult
    func tmux(_ args: [String]) -> (status: Int32, output: String) {
        TmuxHarness.run([TmuxHarness.tmuxPath ?? "tmux", "-L", socket] + args)
    }

    /// Types a command line into the shell and presses Enter.
    func typeLine(_ line: String) {
        tmux(["send-keys", "-t", session, "-l", line])
        tmux(["send-keys", "-t", session, "Enter"])
    }

    /// Starts the dashboard with `arguments` (already shell-quoted where needed).
    func startDashboard(_ arguments: String = "", environment: String = "") throws {
        typeLine("clear; \(environment) \(TmuxHarness.shellQuote(binary)) \(arguments)")
        try waitFor("the dashboard") { $0.contains("Quotum banenafspraak") || $0.contains("Job agreement quota") || $0.contains("Venster te klein") }
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Left`, `C-c`, `q`).
    func keys(_ names: String...) {
        for name in names { tmux(["send-keys", "-t", session, name]) }
    }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as lines.
    func screen() -> String {
        tmux(["capture-pane", "-p", "-t", session]).output
    }

    /// A tmux format variable of the pane (`alternate_on`, `cursor_flag`, `pane_pid`).
    func paneValue(_ name: String) -> String {
        tmux(["display-message", "-p", "-t", session, "#{\(name)}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits up to `timeout` seconds for the screen to satisfy `condition` and to stay the same
    /// for one more capture: a capture can land in the middle of a redraw, and tests must never
    /// assert on a half-drawn frame.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if condition(last) {
                usleep(50_000)
                let again = screen()
                if again == last { return last }
                continue
            }
            usleep(50_000)
        }
        throw HarnessError("timed out waiting for \(what); screen was:\n\(last)")
    }

    func waitForText(_ text: String, timeout: Double = 15) throws {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// The pid of the dashboard: the child of the pane's shell.
    func dashboardPID() throws -> pid_t {
        let shell = paneValue("pane_pid")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8),
                let first = children.split(separator: " ").first, let pid = pid_t(first)
            {
                return pid
            }
            usleep(50_000)
        }
        throw HarnessError("no dashboard process under the shell \(shell)")
    }

    /// After the dashboard has exited: the exit status, and whether the terminal is sane.
    func checkTerminalRestored(expectedStatus: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitFor("the prompt after exit") { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.hasPrefix(TmuxHarness.promptMark) == true
        }
        #expect(paneValue("alternate_on") == "0", "alternate screen still on", sourceLocation: sourceLocation)
        #expect(paneValue("cursor_flag") == "1", "cursor still hidden", sourceLocation: sourceLocation)
        typeLine("echo \"rc=$?\"; stty -a | tr ';' '\\n' | tr ' ' '\\n' | grep -E '^-?(echo|icanon|isig)$' | sed 's/^/STTY:/'; echo DONE$((40+2))")
        let screen = try waitFor("stty output") { $0.contains("DONE42") }
        let lines = Set(screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(lines.contains("rc=\(expectedStatus)"), "exit status; screen:\n\(screen)", sourceLocation: sourceLocation)
        for flag in ["echo", "icanon", "isig"] {
            #expect(lines.contains("STTY:\(flag)") && !lines.contains("STTY:-\(flag)"), "\(flag) is off:\n\(screen)", sourceLocation: sourceLocation)
        }
        // The shell still echoes what is typed.
        typeLine("clear; echo typed-$((6*7))")
        try waitForText("typed-42")
    }

    // MARK: - Processes

    /// Runs a command and returns its status and output.
    ///
    /// Not with Foundation's `Process`: `tmux new-session` leaves a server running that inherits the
    /// descriptors of its parent, and `Process` (or a pipe) would wait for them to close for ever.
    /// So: every descriptor above stderr is marked close-on-exec, the output goes to a file, and the
    /// child is reaped with `waitpid`.
    static func run(_ args: [String]) -> (status: Int32, output: String) {
        let path = temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let status = spawn("/usr/bin/env", args, environment: nil, stdout: path, stderr: nil)
        let data = FileManager.default.contents(atPath: path) ?? Data()
        return (status, String(decoding: data, as: UTF8.self))
    }

    /// Runs the binary with stdout and stderr captured separately (not a terminal).
    static func runBinary(_ binary: String, _ args: [String], environment: [String: String]) -> (status: Int32, stdout: String, stderr: String) {
        let out = temporaryOutputPath(), err = temporaryOutputPath()
        defer {
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
        }
        let status = spawn(binary, args, environment: environment, stdout: out, stderr: err)
        let o = FileManager.default.contents(atPath: out) ?? Data()
        let e = FileManager.default.contents(atPath: err) ?? Data()
        return (status, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func temporaryOutputPath() -> String {
        NSTemporaryDirectory() + "raads-e2e-out-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    }

    /// Starts `executable` with stdin from /dev/null and output to files, waits for it with
    /// `waitpid`, and returns its exit status (128 + signal when killed). `stderr: nil` sends
    /// stderr to the stdout file; `environment: nil` inherits this process's environment.
    static func spawn(_ executable: String, _ args: [String], environment: [String: String]?, stdout: String, stderr: String?) -> Int32 {
        markDescriptorsCloseOnExec()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let stderr {
            posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        // The test runs on a thread that blocks signals; the child (a tmux server, the shell in its
        // pane, the dashboard) must start with none blocked and default handlers, like in a terminal.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + args).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { env in env.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { for e in envp ?? [] { free(e) } }
        var pid: pid_t = 0
        let rc =
            envp.map { e in
                e.withUnsafeBufferPointer { posix_spawn(&pid, executable, &actions, &attributes, argv, UnsafeMutablePointer(mutating: $0.baseAddress)) }
            }
            ?? posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard rc == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        return exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    private static func markDescriptorsCloseOnExec() {
        guard let fds = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for name in fds {
            guard let fd = Int32(name), fd > 2 else { continue }
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    static func shellQuote(_ s: String) -> String {
        if !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,".contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// CPU time (user + system) of a process in seconds, from /proc/PID/stat.
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // Fields after "pid (comm)": state is field 3; utime is 14 and stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let utime = Double(fields[11]), let stime = Double(fields[12]) else { return nil }
        return (utime + stime) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// True when tmux and the built binary are available; tests are skipped with a message otherwise.
let tmuxAvailable: Bool = TmuxHarness.tmuxPath != nil
