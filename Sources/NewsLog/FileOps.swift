import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations swift-system does not wrap: syncs, advisory locks, directory listing.
enum FileOps {
    /// Flushes a file's data (and the size, if it grew) to disk.
    static func dataSync(_ fd: FileDescriptor) throws {
        #if os(Linux)
            let rc = fdatasync(fd.rawValue)
        #else
            let rc = fsync(fd.rawValue)
        #endif
        if rc != 0 { throw Errno(rawValue: errno) }
    }

    /// Flushes a file or directory, metadata included, to disk.
    static func fullSync(_ fd: FileDescriptor) throws {
        if fsync(fd.rawValue) != 0 { throw Errno(rawValue: errno) }
    }

    /// Makes the creation, renaming or removal of entries in `directory` durable.
    static func syncDirectory(_ directory: FilePath) throws {
        let fd = try FileDescriptor.open(directory, .readOnly, options: [.directory])
        defer { try? fd.close() }
        try fullSync(fd)
    }

    /// Takes an exclusive advisory lock without waiting; false if another open file holds it.
    static func tryLock(_ fd: FileDescriptor) throws -> Bool {
        if flock(fd.rawValue, LOCK_EX | LOCK_NB) == 0 { return true }
        let e = errno
        if e == EWOULDBLOCK { return false }
        throw Errno(rawValue: e)
    }

    /// The names in a directory, without "." and "..".
    static func list(_ directory: FilePath) throws -> [String] {
        guard let dir = opendir(directory.string) else { throw Errno(rawValue: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates a directory and its parents; existing ones are fine.
    static func makeDirectories(_ path: FilePath) throws {
        if path.isEmpty || path.components.isEmpty { return }
        if mkdir(path.string, 0o750) == 0 { return }
        let e = errno
        if e == EEXIST { return }
        if e == ENOENT {
            try makeDirectories(path.removingLastComponent())
            if mkdir(path.string, 0o750) == 0 || errno == EEXIST { return }
            throw Errno(rawValue: errno)
        }
        throw Errno(rawValue: e)
    }

    /// Replaces `name` in `directory` with `bytes`, durably: a temporary file (`name.tmp`)
    /// written and synced, renamed over `name`, and the directory synced. A crash leaves the
    /// old file or the new one, and perhaps the temporary file.
    static func writeDurably(_ bytes: [UInt8], to directory: FilePath, name: String) throws {
        let temporary = directory.appending(name + ".tmp")
        let fd = try FileDescriptor.open(
            temporary, .writeOnly, options: [.create, .truncate, .closeOnExec],
            permissions: [.ownerReadWrite, .groupRead])
        do {
            _ = try fd.writeAll(bytes)
            try dataSync(fd)
            try fd.close()
        } catch {
            try? fd.close()
            _ = temporary.withPlatformString { unlink($0) }
            throw error
        }
        let rc = temporary.withPlatformString { from in
            directory.appending(name).withPlatformString { rename(from, $0) }
        }
        if rc != 0 { throw Errno(rawValue: errno) }
        try syncDirectory(directory)
    }

    /// The size of an open file.
    static func size(_ fd: FileDescriptor) throws -> Int64 {
        try fd.seek(offset: 0, from: .end)
    }

    /// Reads exactly `count` bytes at `offset`, or fewer at the end of the file.
    static func read(_ fd: FileDescriptor, at offset: Int64, count: Int) throws -> [UInt8] {
        // (Into memory left as it is, not zeroed first: a snapshot is a hundred megabytes.)
        try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            while initialized < count {
                let n = try fd.read(
                    fromAbsoluteOffset: offset + Int64(initialized),
                    into: UnsafeMutableRawBufferPointer(rebasing: raw[initialized...]))
                if n == 0 { break }
                initialized += n
            }
        }
    }
}
