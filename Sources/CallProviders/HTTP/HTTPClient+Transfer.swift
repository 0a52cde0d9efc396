import CCurl
import Foundation
import SimTime

extension HTTPClient {
    /// What one curl transfer has received so far; curl's callbacks reach it through an
    /// unretained pointer while `curl_easy_perform` runs.
    final class Transfer {
        var start: Int64 = 0
        var chunks: [TimedChunk] = []
        var headers: [String: String] = [:]
        let onChunk: ((TimedChunk) -> Void)?

        init(onChunk: ((TimedChunk) -> Void)?) { self.onChunk = onChunk }

        static let bodyCallback: callharness_curl_write_fn = { pointer, size, count, context in
            let length = size * count
            guard let pointer, let context else { return length }
            let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
            let chunk = TimedChunk(at: MonotonicClock.now() - transfer.start, data: Data(bytes: pointer, count: length))
            transfer.chunks.append(chunk)
            transfer.onChunk?(chunk)
            return length
        }

        static let headerCallback: callharness_curl_write_fn = { pointer, size, count, context in
            let length = size * count
            guard let pointer, let context else { return length }
            let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
            let line = String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
            if line.hasPrefix("HTTP/") {
                // A new status line (after a 100 Continue or a redirect) starts a new header block.
                transfer.headers.removeAll()
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                transfer.headers[name] = value
            }
            return length
        }
    }
}
