import CScan

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
        let (fd, _) = try openRegular(path, kind: kind)
        defer { close(fd) }
        return try readAll(fd, expectedSize: expectedSize, kind: kind)
    }

    /// The whole file as the loader reads it: mapped from `mapFrom` bytes on (`FileBytes.map`),
    /// else read.
    static func bytes(_ path: String, mapFrom: Int, kind: String) throws -> FileBytes {
        let (fd, size) = try openRegular(path, kind: kind)
        defer { close(fd) }
        if size >= mapFrom, let mapped = FileBytes.map(fd, size: size) { return mapped }
        return FileBytes(try readAll(fd, expectedSize: size, kind: kind))
    }

    /// `path` opened for reading, and its size, when it is a regular file. Opened without
    /// waiting: a name that became a pipe after the caller looked at it (another program
    /// replaced the file) would otherwise wait for a writer for ever; it is refused instead. (The
    /// flag changes nothing for reading a regular file.)
    static func openRegular(_ path: String, kind: String) throws -> (fd: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw SourceError(message: "\(kind) kan niet worden gelezen: \(DirectorySource.reason(errno))") }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw SourceError(message: "\(kind) kan niet worden gelezen: \(DirectorySource.reason(e))")
        }
        guard DirectorySource.isRegular(st) else {
            close(fd)
            throw SourceError(message: "\(kind) is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat)")
        }
        return (fd, Int(st.st_size))
    }

    /// The rest of the open file `fd`, read with `read(2)` (EINTR retried).
    private static func readAll(_ fd: Int32, expectedSize: Int, kind: String) throws -> [UInt8] {
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

/// A data file's bytes as the loader reads them: an array, or a read-only mapping of a large
/// file on disk (issue 9). A mapping shows the file's cached pages as they are: no copy, and no
/// fresh memory that the kernel must first fill with zeros (for a region's 58 MB of prestaties
/// about 6 % of `summary`'s time). The mapping is guarded (`raads_map`): a file that
/// another program makes shorter while it is read reads as zeros past its new end instead of
/// ending the process, and `wasCut` says so, for the loader to report.
public struct FileBytes: Sendable {
    private enum Storage: Sendable {
        case array([UInt8])
        case mapping(Mapping)
    }
    private let storage: Storage

    public init(_ bytes: [UInt8]) { storage = .array(bytes) }

    /// Files from this size on are mapped; a smaller one is read (its mapping would cost more
    /// than its copy).
    static let mappingThreshold = 1 << 20

    /// The open regular file `fd` of `size` bytes, mapped; `nil` when it is empty or cannot be
    /// mapped (then it is read).
    static func map(_ fd: Int32, size: Int) -> FileBytes? {
        guard size > 0 else { return nil }
        return Mapping(fd, count: size).map { FileBytes(storage: .mapping($0)) }
    }
    private init(storage: Storage) { self.storage = storage }

    public var count: Int {
        switch storage {
        case .array(let a): a.count
        case .mapping(let m): m.count
        }
    }

    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .array(let a): return try a.withUnsafeBufferPointer(body)
        case .mapping(let m): return try withExtendedLifetime(m) { try body(UnsafeBufferPointer(start: m.pointer, count: m.count)) }
        }
    }

    /// Whether the bytes are a mapping of the file (for tests).
    var isMapped: Bool {
        if case .mapping = storage { return true }
        return false
    }

    /// Whether the file is shorter now than when it was mapped (another program changed it
    /// meanwhile): what was read past its new end read as zeros.
    public var wasCut: Bool {
        guard case .mapping(let m) = storage else { return false }
        var st = stat()
        return raads_map_was_cut(m.slot) != 0 || fstat(m.fd, &st) != 0 || Int(st.st_size) < m.count
    }

    /// The mapping, and the file kept open to see its size later; both go when the last copy
    /// of the bytes is gone.
    private final class Mapping: @unchecked Sendable {
        let pointer: UnsafePointer<UInt8>
        let count: Int
        let slot: Int32
        let fd: Int32
        init?(_ fd: Int32, count: Int) {
            let own = dup(fd)
            guard own >= 0 else { return nil }
            var slot: Int32 = -1
            guard let p = raads_map(own, count, &slot) else {
                close(own)
                return nil
            }
            pointer = p
            self.count = count
            self.slot = slot
            self.fd = own
        }
        deinit {
            raads_unmap(slot, pointer, count)
            close(fd)
        }
    }
}
