import ConfidantCore
import ConfidantStore
import Foundation

extension DisclosureGateway {
    /// What was released to the agency: exactly the approved fields of the traced patient.
    public struct Disclosure: Sendable, Encodable {
        public var request: RequestID
        public var nhsNumber: NHSNumber
        public var fields: [FieldRelease]
        public var record: ReleasedRecord

        private enum CodingKeys: String, CodingKey {
            case request, fields, record
            case nhsNumber = "nhs_number"
        }
    }

    /// The released record of a request, for its agency or for staff.
    ///
    /// The record is built from the registry as it stands when read (not a copy kept at
    /// release; see docs/api.md), restricted to the
    /// fields in the `released` event, never more.
    ///
    /// - Throws: ``GatewayError/notFound(_:)`` for another agency's request, or
    ///   ``GatewayError/conflict(_:)`` if nothing has been released.
    public func disclosure(_ id: RequestID, for principal: Principal) async throws -> Disclosure {
        let history = try await visibleHistory(id, to: principal)
        let state = history.state
        guard state.status == .released, let matched = state.trace?.matched else {
            throw GatewayError.conflict(
                LifecycleViolation(
                    .outOfOrder, "nothing has been released for request \(id); it is \(state.status.rawValue)"))
        }
        guard let patient = try await store.patient(matched) else {
            throw StoreError.corrupt("the patient of released request \(id) is no longer in the registry")
        }
        let releasedOn =
            history.events.last { $0.kind == .released }.map {
                CalendarDate(utcDayOf: $0.recordedAt)
            } ?? today
        return Disclosure(
            request: id, nhsNumber: matched, fields: state.releasedFields,
            record: ReleasedRecord(patient: patient, releases: state.releasedFields, on: releasedOn))
    }
}
