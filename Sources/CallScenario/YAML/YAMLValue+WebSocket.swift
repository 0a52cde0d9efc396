extension YAMLValue {
    /// A `ws://` or `wss://` URL with a host (it may hold `${NAME}` references).
    func webSocketURL() throws(ScenarioError) -> String { try urlTemplate(schemes: ["ws", "wss"], named: "a ws:// or wss://") }

    /// A URL of one of `schemes` (`named` so in errors) with a host, whose `${NAME}` references
    /// each name an environment variable. An error quotes the URL only up to its query, which may hold a token.
    func urlTemplate(schemes: [String], named: String) throws(ScenarioError) -> String {
        let url = try environmentTemplate()
        let shown = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        guard let scheme = url.range(of: "://"), schemes.contains(url[..<scheme.lowerBound].lowercased()) else {
            throw error("'\(shown)' is not \(named) URL")
        }
        let host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty else { throw error("'\(shown)' names no host") }
        return url
    }

    /// Text whose `${NAME}` references each name an environment variable (letters, digits
    /// and `_`), closed by `}`. The error never quotes the text: it may be a secret.
    func environmentTemplate() throws(ScenarioError) -> String {
        let text = try string()
        var rest = Substring(text)
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { throw error("a ${ reference without its closing }") }
            let name = rest[open.upperBound..<close]
            guard let first = name.first, first.isLetter || first == "_",
                  name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw error("a ${…} reference must name an environment variable (letters, digits and _)")
            }
            rest = rest[rest.index(after: close)...]
        }
        return text
    }
}
