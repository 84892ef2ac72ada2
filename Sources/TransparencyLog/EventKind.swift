/// The kind of a logged event, published in clear in its leaf entry: a short token such as `received`.
///
/// A kind is 1 to 32 bytes of lowercase ASCII letters, digits and `-`. The log's leaves reveal how many
/// events of each kind happened, never what the events were.
public struct EventKind: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The longest kind, in bytes.
    public static let maximumLength = 32

    /// A request arrived.
    public static let received = EventKind(known: "received")
    /// A trace ran, with its candidates.
    public static let traced = EventKind(known: "traced")
    /// The policy decided, naming its version and the rules that fired.
    public static let decided = EventKind(known: "decided")
    /// A reviewer applied the public-interest test.
    public static let reviewed = EventKind(known: "reviewed")
    /// An approver gave the second signature.
    public static let approved = EventKind(known: "approved")
    /// Fields were released.
    public static let released = EventKind(known: "released")
    /// The request was refused.
    public static let refused = EventKind(known: "refused")
    /// The request was held under a suspended agreement.
    public static let held = EventKind(known: "held")
    /// An embargo on telling the patient was lifted.
    public static let embargoLifted = EventKind(known: "embargo-lifted")

    /// The kind's text.
    public let rawValue: String

    /// Creates a kind.
    ///
    /// - Parameter rawValue: 1 to 32 bytes of `a-z`, `0-9` and `-`.
    /// - Throws: ``TransparencyLogError/Code/invalidEventKind`` for anything else.
    public init(_ rawValue: String) throws {
        guard (1...Self.maximumLength).contains(rawValue.utf8.count),
            rawValue.utf8.allSatisfy({ Self.isAllowed($0) })
        else {
            throw TransparencyLogError.invalidEventKind("an event kind is 1 to 32 of a-z, 0-9 and '-'")
        }
        self.rawValue = rawValue
    }

    private init(known rawValue: String) {
        self.rawValue = rawValue
    }

    internal static func isAllowed(_ byte: UInt8) -> Bool {
        (0x61...0x7a).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2d
    }

    public static func < (lhs: EventKind, rhs: EventKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    public var description: String {
        self.rawValue
    }
}
