import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension StagingFolder {
    /// What a folder beside the destination holds.
    enum Leftover: String {
        /// New contents being written (or, after an exchange, the old ones being removed).
        case staging
        /// Old contents renamed away by `Replacement.twoRenames`.
        case old
    }

    /// `.<name>.callharness-<kind>-<pid>-<n>.tmp`: hidden, and ignored where `*.tmp` is.
    static func leftoverName(_ name: String, _ kind: Leftover, pid: Int32, number: Int) -> String {
        ".\(name).callharness-\(kind.rawValue)-\(pid)-\(number).tmp"
    }

    /// The kind and writer's pid of a folder named by `leftoverName` for `name`.
    static func parseLeftover(_ entry: String, name: String) -> (kind: Leftover, pid: Int32)? {
        let prefix = ".\(name).callharness-", suffix = ".tmp"
        guard entry.hasPrefix(prefix), entry.hasSuffix(suffix), entry.count > prefix.count + suffix.count else { return nil }
        let parts = entry.dropFirst(prefix.count).dropLast(suffix.count).split(separator: "-")
        guard parts.count == 3, let kind = Leftover(rawValue: String(parts[0])), let pid = Int32(parts[1]), Int(parts[2]) != nil else { return nil }
        return (kind, pid)
    }

    /// Cleans up after writers of `target` that were killed: every staging or old folder
    /// beside it that no live writer holds is removed — except that when `target` itself
    /// is missing (a writer was killed between renaming the old contents away and the
    /// new ones in), the old contents are renamed back first. Folders in use are left.
    static func recover(parent: String, name: String, target: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        var abandoned: [(path: String, kind: Leftover, lock: Int32)] = []
        for entry in entries.sorted() {
            guard let (kind, pid) = parseLeftover(entry, name: name) else { continue }
            let path = (parent as NSString).appendingPathComponent(entry)
            switch tryLock(path) {
            case .held(let fd): abandoned.append((path, kind, fd))
            case .inUse, .notAFolder: continue
            case .noLocks: if !isAlive(pid) { abandoned.append((path, kind, -1)) }
            }
        }
        let locks = abandoned.map(\.lock)
        defer { for lock in locks where lock >= 0 { close(lock) } }
        var info = stat()
        if lstat(target, &info) != 0, errno == ENOENT,
           let old = abandoned.filter({ $0.kind == .old }).max(by: { modified($0.path) < modified($1.path) }),
           rename(old.path, target) == 0 {
            abandoned.removeAll { $0.path == old.path }
        }
        for leftover in abandoned { try? FileManager.default.removeItem(atPath: leftover.path) }
    }

    /// Whether `target` may be replaced: missing, or a folder (not a mount point) whose
    /// entries all pass `isOurs`.
    static func checkReplaceable(_ target: String, parent: String, reportAs destination: String,
                                 isOurs: (String) -> Bool) throws(OutputError) {
        var info = stat()
        guard lstat(target, &info) == 0 else {
            guard errno == ENOENT else { throw .cannotRead(destination, OutputError.cause()) }
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(destination) }
        var above = stat()
        if stat(parent, &above) == 0, above.st_dev != info.st_dev { throw .mountPoint(destination) }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: target)
        } catch {
            throw .cannotRead(destination, "cannot list its files")
        }
        let foreign = entries.filter { !isOurs($0) }.sorted()
        guard foreign.isEmpty else { throw .foreign(destination, entries: foreign) }
    }

    /// Creates `path` and its missing parents; 0 or the `errno` of the failure.
    static func makeFolders(_ path: String) -> Int32 {
        guard !path.isEmpty else { return 0 }
        if mkdir(path, 0o777) == 0 { return 0 }
        let code = errno
        if code == EEXIST { return isFolder(path) ? 0 : ENOTDIR }
        let above = (path as NSString).deletingLastPathComponent
        guard code == ENOENT, !above.isEmpty, above != path else { return code }
        let made = makeFolders(above)
        guard made == 0 else { return made }
        if mkdir(path, 0o777) == 0 || (errno == EEXIST && isFolder(path)) { return 0 }
        return errno
    }

    private enum LockAttempt {
        case held(Int32), inUse, noLocks, notAFolder
    }

    /// Takes the folder's lock without waiting, which succeeds only when its writer is gone.
    private static func tryLock(_ path: String) -> LockAttempt {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOTDIR ? .notAFolder : .noLocks }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return .held(fd) }
        let code = errno
        close(fd)
        return code == EWOULDBLOCK ? .inUse : .noLocks
    }

    /// Whether a process `pid` exists (on filesystems without locks, where the pid in the
    /// name is all there is to go by).
    private static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func modified(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_mtim.tv_sec) : 0
    }
}
