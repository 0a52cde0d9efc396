import Foundation

/// The user's own cache folder, `$XDG_CACHE_HOME/callharness` (or `~/.cache/callharness`),
/// shared by every cache of the harness: synthesized speech, domain language models and
/// the decoders' feature parameters.
///
/// Files a decoder loads are trusted as they are, so their folders must be the user's
/// alone: `makePrivate` creates a folder with mode 0700 and checks an existing one (and,
/// under the root, every folder from the root down) before anything in it is used.
public enum UserCacheFolder {
    /// `$XDG_CACHE_HOME/callharness`, or `~/.cache/callharness` without it (a relative
    /// `XDG_CACHE_HOME` is ignored, as the XDG specification says).
    public static var root: String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return standardized(xdg) + "/callharness" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return standardized(home) + "/.cache/callharness"
    }

    /// The folder `name` in the root (`tts`, `lm`, `pocketsphinx`).
    public static func path(_ name: String) -> String { root + "/" + name }

    /// Makes `folder` a private folder of this user, ready for files that will be trusted:
    /// a missing folder is created with mode 0700 (the folders above it as usual); an
    /// existing one must be a real folder (not a symbolic link) owned by this user, or this
    /// throws; one that group or others may write to is recreated empty, since anything in
    /// it may have been planted. Under `root`, the root and every folder down to `folder`
    /// are checked the same way. `owner` is the user id the folders must belong to.
    public static func makePrivate(_ folder: String, owner: uid_t = geteuid()) throws(SpeechError) {
        let folder = standardized(folder)
        let base = root
        var chain = [folder]
        if folder.hasPrefix(base + "/") {
            chain = [base]
            for part in folder.dropFirst(base.count + 1).split(separator: "/") { chain.append(chain.last! + "/" + part) }
        }
        for path in chain { try secure(path, owner: owner) }
    }

    /// Checks, creates or recreates one folder (see `makePrivate`).
    private static func secure(_ folder: String, owner: uid_t) throws(SpeechError) {
        // A few rounds: another thread or process may create or recreate it meanwhile.
        for _ in 0..<4 {
            var status = stat()
            guard lstat(folder, &status) == 0 else {
                guard errno == ENOENT else { throw .cacheFolder(folder, "cannot be read (\(String(cString: strerror(errno))))") }
                try create(folder)
                continue
            }
            guard status.st_mode & S_IFMT != S_IFLNK else { throw .cacheFolder(folder, "is a symbolic link; remove it or set XDG_CACHE_HOME to a folder of your own") }
            guard status.st_mode & S_IFMT == S_IFDIR else { throw .cacheFolder(folder, "is not a folder; remove it or set XDG_CACHE_HOME to a folder of your own") }
            guard status.st_uid == owner else {
                throw .cacheFolder(folder, "belongs to another user (uid \(status.st_uid)); remove it or set XDG_CACHE_HOME to a folder of your own")
            }
            if status.st_mode & (S_IWGRP | S_IWOTH) == 0 { return }
            // Writable by others: what it holds cannot be trusted. Move it aside and start afresh.
            let trash = (folder as NSString).deletingLastPathComponent + "/." + (folder as NSString).lastPathComponent + ".\(getpid()).\(UUID().uuidString).unsafe"
            if rename(folder, trash) == 0 {
                try? FileManager.default.removeItem(atPath: trash)
            } else if errno != ENOENT {
                throw .cacheFolder(folder, "can be written by other users and cannot be replaced (\(String(cString: strerror(errno))))")
            }
        }
        throw .cacheFolder(folder, "keeps changing while it is being checked")
    }

    private static func create(_ folder: String) throws(SpeechError) {
        let parent = (folder as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cacheFolder(parent, "cannot be created (set XDG_CACHE_HOME to a writable folder)")
        }
        if mkdir(folder, 0o700) == 0 {
            chmod(folder, 0o700) // whatever the umask
        } else if errno != EEXIST {
            throw .cacheFolder(folder, "cannot be created (\(String(cString: strerror(errno))))")
        }
    }

    /// `path` without repeated or trailing slashes.
    private static func standardized(_ path: String) -> String {
        let text = path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        return path.hasPrefix("/") ? "/" + text : text
    }
}
