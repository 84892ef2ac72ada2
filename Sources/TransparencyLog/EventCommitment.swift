import Crypto
import Foundation

/// A salted commitment to an event: what the log holds instead of the event.
///
/// The commitment is SHA-256 over three byte strings, concatenated:
///
/// 1. the 19-byte domain separator `confidant/event/v1` followed by a newline (hex
///    `636f6e666964616e742f6576656e742f76310a`);
/// 2. the 32-byte salt;
/// 3. the event's canonical bytes, as the caller encodes them, to the end.
///
/// The salt is 32 random bytes kept with the event and never published, so the commitment reveals
/// nothing about the event, even to someone who can guess it; whoever holds the event and its salt can
/// recompute the commitment and prove, with a ``Receipt``, that the event is in the log.
public struct EventCommitment: Sendable, Hashable {
    /// The domain separator that begins every committed message: `confidant/event/v1\n`.
    public static let domainSeparator: [UInt8] = Array("confidant/event/v1\n".utf8)
    /// The length of a salt, in bytes.
    public static let saltLength = 32

    /// The salt.
    public let salt: [UInt8]
    /// The commitment, SHA-256(domainSeparator || salt || event).
    public let value: LogHash

    /// Commits to an event with a given salt.
    ///
    /// - Parameters:
    ///   - event: The event's canonical bytes.
    ///   - salt: 32 bytes, random and secret.
    /// - Throws: ``TransparencyLogError/Code/invalidCommitment`` when the salt is not 32 bytes.
    public init(event: some DataProtocol, salt: [UInt8]) throws {
        guard salt.count == Self.saltLength else {
            throw TransparencyLogError.invalidCommitment("a commitment salt is 32 bytes")
        }
        self.salt = salt
        self.value = Self.commit(event: event, salt: salt)
    }

    /// Commits to an event with a fresh salt drawn from `random`.
    ///
    /// The salt is four 64-bit draws, each written little-endian. Production code passes a
    /// cryptographically secure source such as `SystemRandomNumberGenerator`; tests pass a seeded one.
    ///
    /// - Parameters:
    ///   - event: The event's canonical bytes.
    ///   - random: The source of the salt.
    public init(event: some DataProtocol, using random: inout some RandomNumberGenerator) {
        var salt: [UInt8] = []
        salt.reserveCapacity(Self.saltLength)
        for _ in 0..<(Self.saltLength / 8) {
            let word = random.next()
            salt += (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
        }
        self.salt = salt
        self.value = Self.commit(event: event, salt: salt)
    }

    private static func commit(event: some DataProtocol, salt: [UInt8]) -> LogHash {
        var hasher = SHA256()
        hasher.update(data: Self.domainSeparator)
        hasher.update(data: salt)
        hasher.update(data: event)
        return LogHash(digest: hasher.finalize())
    }

    /// Whether `event` is the event this commitment was made to.
    ///
    /// - Parameter event: The event's canonical bytes.
    /// - Returns: Whether the commitment matches.
    public func matches(event: some DataProtocol) -> Bool {
        Self.commit(event: event, salt: self.salt) == self.value
    }
}
