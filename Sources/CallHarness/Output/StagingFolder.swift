import CFileSwap
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A folder replaced as a whole. New contents are written into a staging folder beside
/// it (in the same parent, so on the same filesystem) and `commit` swaps them in with one
/// atomic rename; until then the folder keeps its old contents untouched. A reader, or a
/// writer after a crash, finds the complete old contents or the complete new ones.
///
/// The staging folder, `.<name>.callharness-staging-<pid>-<n>.tmp`, is locked (`flock`)
/// for as long as its writer holds it, so the next writer can tell one left by a killed
/// process from one in use, and removes it (see `recover`).
final class StagingFolder: Sendable {
    /// How `commit` replaces an existing folder.
    enum Replacement {
        /// One `renameat2(RENAME_EXCHANGE)`; falls back to `twoRenames` where the
        /// filesystem cannot exchange.
        case exchange
        /// The old folder renamed away, then the new one renamed in (a crash in between
        /// leaves no folder; `recover` puts the old one back).
        case twoRenames
    }

    /// The folder replaced, as given.
    let destination: String
    /// Where the new contents are written until `commit`.
    let path: String
    /// `destination` made absolute, with symbolic links resolved: the folder replaced.
    private let target: String
    private let parent: String
    private let name: String
    private let isOurs: @Sendable (String) -> Bool
    /// The staging folder's lock (-1 where the filesystem has no locks), nil once committed or discarded.
    private let lock: Mutex<Int32?>

    private static let counter = Atomic<Int>(0)

    /// Prepares to replace `destination`: creates its parent folders, cleans up what killed
    /// writers left beside it, checks that it is a folder holding only entries `isOurs`
    /// accepts (so nothing else is ever deleted), and creates the staging folder.
    init(_ destination: String, isOurs: @escaping @Sendable (String) -> Bool) throws(OutputError) {
        self.destination = destination
        self.isOurs = isOurs
        target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath().path
        parent = (target as NSString).deletingLastPathComponent
        name = (target as NSString).lastPathComponent
        guard target != "/", !name.isEmpty, name != "..", name != "." else {
            throw .cannotReplace(destination, "the root folder cannot be an output folder")
        }
        let made = Self.makeFolders(parent)
        guard made == 0 else { throw .cannotCreateFolder(destination, OutputError.cause(made)) }
        Self.recover(parent: parent, name: name, target: target)
        try Self.checkReplaceable(target, parent: parent, reportAs: destination, isOurs: isOurs)
        let number = Self.counter.add(1, ordering: .relaxed).newValue
        path = (parent as NSString).appendingPathComponent(Self.leftoverName(name, .staging, pid: getpid(), number: number))
        guard mkdir(path, 0o777) == 0 else {
            throw .cannotWrite(destination, "cannot create its staging folder in \(parent): \(OutputError.cause())")
        }
        var fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0, flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            fd = -1
        }
        lock = Mutex(fd)
    }

    deinit { discard() }

    /// The name a file of the staging folder will have once committed, for messages.
    func finalName(_ relative: String) -> String { destination + "/" + relative }

    /// Creates `relative` (and its parents) in the staging folder.
    func createFolder(_ relative: String) throws(OutputError) {
        let made = Self.makeFolders(path + "/" + relative)
        guard made == 0 else { throw .cannotCreateFolder(finalName(relative), OutputError.cause(made)) }
    }

    /// Writes `data` to `relative` in the staging folder, creating its folder.
    func write(_ data: Data, to relative: String) throws(OutputError) {
        try createFolder((relative as NSString).deletingLastPathComponent)
        let failure = writeFile(path + "/" + relative, data)
        guard failure == 0 else { throw .cannotWrite(finalName(relative), OutputError.cause(failure)) }
    }

    /// Copies the file `source` to `relative` in the staging folder, a piece at a time.
    func copy(_ source: String, to relative: String) throws(OutputError) {
        try createFolder((relative as NSString).deletingLastPathComponent)
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw .cannotRead(source, OutputError.cause()) }
        defer { close(input) }
        let output = open(path + "/" + relative, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard output >= 0 else { throw .cannotWrite(finalName(relative), OutputError.cause()) }
        var buffer = Data(count: 1 << 16)
        var failure: Int32 = 0
        while failure == 0 {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { close(output); throw .cannotRead(source, OutputError.cause()) }
            if count == 0 { break }
            failure = writeAll(output, buffer.prefix(count))
        }
        if close(output) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else { throw .cannotWrite(finalName(relative), OutputError.cause(failure)) }
    }

    /// Puts the staging folder in place of the destination and removes the old contents.
    /// On failure the destination keeps its old contents and the staging folder stays
    /// until `discard`.
    func commit(_ replacement: Replacement = .exchange, midway: () -> Void = {}) throws(OutputError) {
        guard let fd = lock.withLock({ $0 }) else { throw .cannotReplace(destination, "the new output was already put in place or discarded") }
        try swapIn(replacement, midway: midway)
        lock.withLock { $0 = nil }
        if fd >= 0 { close(fd) }
    }

    /// Removes the staging folder (nothing once committed).
    func discard() {
        guard let fd = lock.withLock({ fd in defer { fd = nil }; return fd }) else { return }
        try? FileManager.default.removeItem(atPath: path)
        if fd >= 0 { close(fd) }
    }

    private func swapIn(_ replacement: Replacement, midway: () -> Void) throws(OutputError) {
        for _ in 0..<3 {
            var info = stat()
            guard lstat(target, &info) == 0 else {
                if rename(path, target) == 0 { return midway() }
                guard errno == EEXIST || errno == ENOTEMPTY else { throw .cannotReplace(destination, OutputError.cause()) }
                continue
            }
            try Self.checkReplaceable(target, parent: parent, reportAs: destination, isOurs: isOurs)
            chmod(path, info.st_mode & 0o7777)
            // Held over the old contents until they are gone, so no other writer's
            // `recover` takes them for a killed writer's. Another writer committing holds
            // it for a moment; one that keeps it longer is not waited for.
            let old = open(target, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            var attempts = 0
            while old >= 0, flock(old, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK, attempts < 500 {
                attempts += 1
                usleep(10_000)
            }
            defer { if old >= 0 { close(old) } }
            if replacement == .exchange {
                if callharness_exchange(path, target) == 0 {
                    midway()
                    try? FileManager.default.removeItem(atPath: path)
                    return
                }
                guard [EINVAL, ENOSYS, EOPNOTSUPP, ENOTTY].contains(errno) else { throw .cannotReplace(destination, OutputError.cause()) }
            }
            let number = Self.counter.add(1, ordering: .relaxed).newValue
            let away = (parent as NSString).appendingPathComponent(Self.leftoverName(name, .old, pid: getpid(), number: number))
            guard rename(target, away) == 0 else { throw .cannotReplace(destination, OutputError.cause()) }
            midway()
            guard rename(path, target) == 0 else {
                let code = errno
                rename(away, target)
                throw .cannotReplace(destination, OutputError.cause(code))
            }
            try? FileManager.default.removeItem(atPath: away)
            return
        }
        throw .cannotReplace(destination, "another process keeps creating it")
    }
}

/// Writes all of `data` to `fd`; 0 or the `errno` of the failed write.
private func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
    data.withUnsafeBytes { raw -> Int32 in
        var offset = 0
        while offset < raw.count {
            let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}

/// Creates (or truncates) the file at `path` with `data`; 0 or the `errno` of the failure.
private func writeFile(_ path: String, _ data: Data) -> Int32 {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard fd >= 0 else { return errno }
    var failure = writeAll(fd, data)
    if close(fd) != 0 && failure == 0 { failure = errno }
    return failure
}
