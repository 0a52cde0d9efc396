/// A flow node that waits for the caller and routes on the intent heard, capturing any
/// of `capture` mentioned on the way. With no intent but at least `captureAtLeast` slots
/// captured it goes to `ifCaptured` ("Doctor Johnson tomorrow at two" is a booking).
/// An intent listed in `ambiguous`, heard together with other content (a slot captured,
/// or a second intent nearly as likely), goes to its node to be confirmed first: a hand-off
/// misheard in a noisy request for something else should be asked about, not done.
public struct Listen: Sendable {
    /// Said before listening, if any.
    public var prompt: String?
    /// Intent → node.
    public var routes: [String: String]
    /// Slots to capture from whatever the caller says here.
    public var capture: [String]
    /// Where to go with slots but no intent.
    public var ifCaptured: String?
    /// How many slots must be captured at once for `ifCaptured` (default 2).
    public var captureAtLeast: Int
    /// Intent → the node that confirms it when the turn also says something else.
    public var ambiguous: [String: String]
    /// Said when the caller was not understood.
    public var reprompt: String
    /// Tries before `fallback`.
    public var maxAttempts: Int
    /// Where to go after `maxAttempts` misunderstandings.
    public var fallback: String

    /// Creates a listen node.
    public init(prompt: String?, routes: [String: String], capture: [String], ifCaptured: String?, captureAtLeast: Int = 2,
                ambiguous: [String: String] = [:], reprompt: String, maxAttempts: Int, fallback: String) {
        self.prompt = prompt
        self.routes = routes
        self.capture = capture
        self.ifCaptured = ifCaptured
        self.captureAtLeast = captureAtLeast
        self.ambiguous = ambiguous
        self.reprompt = reprompt
        self.maxAttempts = maxAttempts
        self.fallback = fallback
    }
}
