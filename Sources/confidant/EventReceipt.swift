import ConfidantCore
import ConfidantStore
import Foundation
import Logging
import TransparencyLog

/// What a patient or auditor is handed for one event: the event, its salt, and a C2SP
/// tlog-proof receipt that the log holds the commitment to them.
///
/// JSON, so it travels as one file; `receipt` is the tlog-proof text unchanged, which
/// any tlog-proof verifier can check once the leaf is rebuilt from `event` and `salt`
/// (see `docs/transparency-log.md`).
struct EventReceipt: Codable, Sendable {
    /// The event kind, e.g. `released`.
    var kind: String
    /// The event's canonical bytes, base64.
    var event: String
    /// The commitment's 32-byte salt, base64.
    var salt: String
    /// The C2SP tlog-proof receipt.
    var receipt: String

    /// The receipt for a stored event, proven against the log's latest checkpoint.
    static func make(for record: RequestEventRecord, store: any LogStore) async throws -> EventReceipt {
        guard let index = record.logIndex else { throw CommandFailure("the event is not in the log yet") }
        let receipt = try await store.receipt(forLogIndex: index)
        return EventReceipt(
            kind: record.kind, event: Data(record.body).base64EncodedString(),
            salt: Data(record.salt).base64EncodedString(), receipt: receipt.formatted)
    }

    /// Rebuilds the leaf from the event and salt, and checks the receipt against the verifier key.
    func verify(with verifier: NoteVerifier) throws -> (index: UInt64, treeSize: UInt64) {
        guard let event = Data(base64Encoded: event), let salt = Data(base64Encoded: salt) else {
            throw CommandFailure("the receipt's event or salt is not base64")
        }
        let commitment = try EventCommitment(event: event, salt: [UInt8](salt))
        let entry = LeafEntry(kind: try EventKind(kind), commitment: commitment.value)
        switch Receipt.open(Array(receipt.utf8), leafHash: entry.leafHash, verifiers: [verifier], origin: verifier.name)
        {
        case .verified(let index, let checkpoint): return (index, checkpoint.size)
        case .rejected(let failure): throw CommandFailure("the receipt does not prove this event: \(failure)")
        }
    }
}
