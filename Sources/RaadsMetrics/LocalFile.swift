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
        func failure(_ e: Int32) -> SourceError { SourceError(message: "\(kind) kan niet worden gelezen: \(DirectorySource.reason(e))") }
        /// Reads into `buffer` until it is full or the file ends; the bytes read.
        func fill(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            var count = 0
            while count < buffer.count {
                let n = systemRead(fd, buffer.baseAddress! + count, buffer.count - count)
                if n == 0 { break }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(errno)
                }
                count += n
            }
            return count
        }
        // Straight into the array (issue 9: no second copy of a large file), one byte more than
        // expected to see the end; a file that grew since `stat` is read on in chunks.
        let first = max(0, expectedSize) + 1
        var bytes = try [UInt8](unsafeUninitializedCapacity: first) { buffer, count in
            if let base = buffer.baseAddress { adviseHugePages(base, buffer.count) }
            count = try fill(UnsafeMutableRawBufferPointer(buffer))
        }
        guard bytes.count == first else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try fill($0) }
            bytes.append(contentsOf: chunk[0..<n])
            if n < chunk.count { break }
        }
        return bytes
    }
}
