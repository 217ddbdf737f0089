import ArgumentParser
import Foundation
import RaadsPresentation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checked output: every byte the commands write goes through `write(2)` in a loop, and every
/// failure (a full disk, `/dev/full`, a device that went away) becomes a Dutch message on stderr
/// and exit code 1. Nothing is written through stdio or `FileHandle`, whose errors are lost (stdio)
/// or end the process (`FileHandle.write`).
enum Output {
    /// A write that failed: what was being written, and `errno`.
    struct Failure: Error {
        var target: String
        var code: Int32

        /// `Fout: kan niet schrijven naar 'x': de schijf is vol`.
        var message: String { "Fout: kan niet schrijven naar \(target): \(Output.reason(code))" }
    }

    /// Writes `text` to stdout; a regular file is flushed to disk (`fsync`), so a full disk that
    /// the kernel only reports then is noticed too. On failure: message, exit 1.
    static func standardOutput(_ text: String) throws {
        do throws(Failure) {
            try write(Array(text.utf8), to: STDOUT_FILENO, target: "de standaarduitvoer")
            try syncIfRegularFile(STDOUT_FILENO, target: "de standaarduitvoer")
        } catch {
            DatasetLoading.printError(error.message + "; de uitvoer is onvolledig.")
            throw ExitCode(1)
        }
    }

    /// Writes all of `bytes` to `fd`, retrying after a signal and after a short write.
    static func write(_ bytes: [UInt8], to fd: Int32, target: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { p in
                #if canImport(Glibc)
                    Glibc.write(fd, p.baseAddress! + offset, p.count - offset)
                #else
                    Darwin.write(fd, p.baseAddress! + offset, p.count - offset)
                #endif
            }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {  // a non-blocking descriptor: wait
                    var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                throw Failure(target: target, code: errno)
            }
            if n == 0 { throw Failure(target: target, code: EIO) }
            offset += n
        }
    }

    /// `fsync` when `fd` is a regular file (a pipe or terminal has nothing to flush).
    static func syncIfRegularFile(_ fd: Int32, target: String) throws(Failure) {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return }
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            if errno == EINVAL || errno == EROFS { return }  // cannot be synced: nothing was lost
            throw Failure(target: target, code: errno)
        }
    }

    /// Writes `text` to the file at `path` so that it is either wholly replaced or left as it
    /// was: a temporary file in the same folder, written, flushed and closed with every result
    /// checked, then renamed over `path`. A path that is a device or a pipe (`/dev/stdout`) is
    /// written directly; it cannot be replaced.
    static func writeFile(_ text: String, to path: String) throws(Failure) {
        let bytes = Array(text.utf8)
        let shown = "'\(SafeText.visible(path))'"
        var st = stat()
        if stat(path, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { throw Failure(target: shown, code: EISDIR) }
            if type != S_IFREG {
                let fd = open(path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw Failure(target: shown, code: errno) }
                defer { close(fd) }
                try write(bytes, to: fd, target: shown)
                return
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.raadsdashboard-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(target: shown, code: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        do throws(Failure) {
            // mkstemp makes the file private (0600); give it the mode a new file normally gets.
            let mask = umask(0)
            umask(mask)
            _ = fchmod(fd, 0o666 & ~mask)
            try write(bytes, to: fd, target: shown)
            while fsync(fd) != 0 {
                if errno == EINTR { continue }
                throw Failure(target: shown, code: errno)
            }
            closed = true
            if close(fd) != 0 && errno != EINTR { throw Failure(target: shown, code: errno) }
            if rename(temporary, path) != 0 { throw Failure(target: shown, code: errno) }
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            throw error
        }
    }

    /// The cause in Dutch, with the system's name for it (`ENOSPC`) for a search or a helpdesk.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "het apparaat of de schijf is vol (ENOSPC)"
        case EDQUOT: "de schijfruimte (quota) is op (EDQUOT)"
        case EFBIG: "het bestand wordt te groot (EFBIG)"
        case EACCES, EPERM: "geen toestemming (\(code == EACCES ? "EACCES" : "EPERM"))"
        case EROFS: "het bestandssysteem is alleen-lezen (EROFS)"
        case ENOENT: "de map bestaat niet (ENOENT)"
        case ENOTDIR: "een deel van het pad is geen map (ENOTDIR)"
        case EISDIR: "dat is een map, geen bestand (EISDIR)"
        case EIO: "invoer-/uitvoerfout van het apparaat (EIO)"
        case EPIPE: "het programma dat de uitvoer las, is gestopt (EPIPE)"
        case EBADF: "de uitvoer is gesloten (EBADF)"
        case ENAMETOOLONG: "de naam is te lang (ENAMETOOLONG)"
        case ELOOP: "te veel symbolische koppelingen (ELOOP)"
        default: "systeemfout \(code)"
        }
    }
}
