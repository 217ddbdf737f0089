#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reading one file a user named (a dashboard file, next to the dataset folder): only a regular
/// file, up to a size limit, with every problem in Dutch. A folder, a pipe (which would wait for
/// ever) or a huge file is refused before anything is read. `DirectorySource` reads the dataset's
/// files with the same loop.
public enum LocalFile {
    /// What a message calls the file ("dashboardbestand").
    public static func read(_ path: String, maxSize: Int, kind: String) throws -> [UInt8] {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let e = errno
            if e == ENOENT || e == ENOTDIR { throw SourceError(message: "\(kind) bestaat niet") }
            throw SourceError(message: "\(kind) kan niet worden gelezen: \(DirectorySource.reason(e))")
        }
        if DirectorySource.isDirectory(st) { throw SourceError(message: "\(kind) is een map, geen bestand") }
        guard DirectorySource.isRegular(st) else {
            throw SourceError(message: "\(kind) is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp)")
        }
        if Int(st.st_size) > maxSize {
            throw SourceError(message: "\(kind) is te groot (\(st.st_size) bytes); ten hoogste \(maxSize) bytes")
        }
        return try readAll(path, expectedSize: Int(st.st_size), kind: kind)
    }

    /// The whole file, read with `read(2)` (EINTR retried).
    static func readAll(_ path: String, expectedSize: Int, kind: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw SourceError(message: "\(kind) kan niet worden gelezen: \(DirectorySource.reason(errno))") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, expectedSize))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw SourceError(message: "\(kind) kan niet worden gelezen: \(DirectorySource.reason(errno))")
            }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }
}
