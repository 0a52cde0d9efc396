import CCurl
import Foundation
import SimTime

/// HTTP/1.1 over libcurl: sends a request, hands the response body over piece by piece
/// as it arrives, and times every piece with the monotonic clock.
///
/// Each call uses its own curl handle, so one client serves many threads.
public final class HTTPClient: Sendable {
    /// Creates a client (initializing libcurl once per process).
    public init() {
        _ = Self.globalInit
    }

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_ALL)) }()

    /// Sends `request` and waits for the whole response; `onChunk` sees each piece of the
    /// body as it arrives. Any status is a response; only a failed or timed-out exchange
    /// throws.
    public func send(_ request: HTTPRequest, onChunk: ((TimedChunk) -> Void)? = nil) throws(HTTPError) -> HTTPResponse {
        guard let handle = curl_easy_init() else {
            throw .failed(request.url, "libcurl could not create a handle", elapsed: 0)
        }
        defer { curl_easy_cleanup(handle) }
        let transfer = Transfer(onChunk: onChunk)
        let context = Unmanaged.passUnretained(transfer).toOpaque()

        var list: UnsafeMutablePointer<curl_slist>?
        // "Expect:" stops curl from waiting for 100-continue before large uploads.
        for line in request.headers.map({ "\($0.name): \($0.value)" }) + ["Expect:"] {
            list = curl_slist_append(list, line)
        }
        defer { curl_slist_free_all(list) }

        callharness_curl_set_string(handle, CURLOPT_URL, request.url)
        callharness_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, request.method)
        callharness_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        callharness_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, request.connectTimeoutMs)
        callharness_curl_set_long(handle, CURLOPT_TIMEOUT_MS, request.timeoutMs)
        callharness_curl_set_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        callharness_curl_set_slist(handle, CURLOPT_HTTPHEADER, list)
        callharness_curl_set_write_function(handle, Transfer.bodyCallback)
        callharness_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        callharness_curl_set_header_function(handle, Transfer.headerCallback)
        callharness_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
        if request.method == "POST" || !request.body.isEmpty {
            callharness_curl_set_long(handle, CURLOPT_POST, 1)
            callharness_curl_set_long(handle, CURLOPT_POSTFIELDSIZE, request.body.count)
            if request.body.isEmpty {
                callharness_curl_set_string(handle, CURLOPT_COPYPOSTFIELDS, "")
            } else {
                // COPYPOSTFIELDS copies the bytes, so they need not outlive this closure.
                request.body.withUnsafeBytes { bytes in
                    _ = callharness_curl_set_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
                }
            }
        }

        transfer.start = MonotonicClock.now()
        let code = withExtendedLifetime(transfer) { curl_easy_perform(handle) }
        let elapsed = MonotonicClock.now() - transfer.start
        switch code {
        case CURLE_OK:
            break
        case CURLE_OPERATION_TIMEDOUT:
            throw .timedOut(request.url, ms: request.timeoutMs, elapsed: elapsed)
        default:
            let why = String(cString: curl_easy_strerror(code))
            throw .failed(request.url, why, elapsed: elapsed)
        }
        var status = 0
        callharness_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: transfer.headers, chunks: transfer.chunks, duration: elapsed)
    }
}
