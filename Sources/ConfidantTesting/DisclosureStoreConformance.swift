import ConfidantCore
import ConfidantStore
import Foundation
import Testing
import TransparencyLog

/// The disclosure side's conformance suite: agencies, officers, agreements, API keys,
/// and request projections written with their events, the same on every adapter.
public enum DisclosureStoreConformance {
    /// One behaviour every disclosure store must have.
    public enum Check: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case agenciesOfficersAndAgreementsRoundTrip
        case officersAndAgreementsNeedTheirAgency
        case keysAreFoundByHashAndRevokedOnce
        case projectionsFollowTheirEventsAndFilter
        case aFailedBatchLeavesNoProjection

        public var testDescription: String { rawValue }

        /// Runs the check on a migrated, empty store.
        public func run(on store: any ConfidantStorage) async throws {
            switch self {
            case .agenciesOfficersAndAgreementsRoundTrip: try await DisclosureStoreConformance.roundTrip(store)
            case .officersAndAgreementsNeedTheirAgency: try await DisclosureStoreConformance.needAgency(store)
            case .keysAreFoundByHashAndRevokedOnce: try await DisclosureStoreConformance.keys(store)
            case .projectionsFollowTheirEventsAndFilter: try await DisclosureStoreConformance.projections(store)
            case .aFailedBatchLeavesNoProjection: try await DisclosureStoreConformance.failedBatch(store)
            }
        }
    }

    static let police = Agency(id: identifier("met-police"), name: "Metropolitan Police", kind: .police)
    static let homeOffice = Agency(
        id: identifier("home-office"), name: "Home Office", kind: .immigrationEnforcement)

    static func agreement(_ id: String, of agency: Agency) -> Agreement {
        Agreement(
            id: identifier(id), agency: agency.id, title: "Agreement \(id)", purposes: [.detectionOfCrime],
            permittedFields: [.identity, .location], legalBases: [.crimeAndTaxation],
            effectiveFrom: day("2017-01-01"),
            statusHistory: [
                AgreementStatusChange(status: .active, on: day("2017-01-01"), reason: "")
            ])
    }

    /// A fixed identifier (test data only).
    static func identifier<Subject>(_ text: String) -> DisclosureIdentifier<Subject> {
        guard let id = try? DisclosureIdentifier<Subject>(text) else { preconditionFailure("\(text) is valid") }
        return id
    }

    /// A fixed day, written as the ISO text it is (test data only).
    static func day(_ iso: String) -> CalendarDate {
        guard let date = try? CalendarDate(iso: iso) else { preconditionFailure("\(iso) is a valid date") }
        return date
    }

    static func roundTrip(_ store: any ConfidantStorage) async throws {
        try await store.saveAgency(police)
        try await store.saveAgency(homeOffice)
        #expect(try await store.agency(police.id) == police)
        #expect(try await store.agency(try AgencyID("nobody")) == nil)
        var renamed = police
        renamed.name = "Metropolitan Police Service"
        try await store.saveAgency(renamed)
        #expect(try await store.agencies() == [homeOffice, renamed])

        let officer = Officer(id: try OfficerID("pc-1"), agency: police.id, name: "PC One", isSenior: false)
        let senior = Officer(id: try OfficerID("di-2"), agency: police.id, name: "DI Two", isSenior: true)
        try await store.saveOfficer(officer)
        try await store.saveOfficer(senior)
        #expect(try await store.officer(officer.id) == officer)
        #expect(try await store.officers(of: police.id) == [senior, officer])
        #expect(try await store.officers(of: homeOffice.id).isEmpty)

        var first = agreement("met-2017", of: police)
        try await store.saveAgreement(first)
        try await store.saveAgreement(agreement("ho-2017", of: homeOffice))
        #expect(try await store.agreement(first.id) == first)
        _ = first.record(
            AgreementStatusChange(
                status: .suspended, on: day("2018-02-01"), reason: "under review"))
        try await store.saveAgreement(first)
        #expect(try await store.agreement(first.id)?.statusHistory.count == 2)
        #expect(try await store.agreements(of: police.id) == [first])
        #expect(try await store.agreements(of: nil).count == 2)
    }

    static func needAgency(_ store: any ConfidantStorage) async throws {
        let stray = Officer(id: try OfficerID("pc-9"), agency: try AgencyID("nowhere"), name: "PC Nine")
        await #expect(throws: StoreError.notFound("")) { try await store.saveOfficer(stray) }
        let orphan = agreement("orphan", of: Agency(id: try AgencyID("nowhere"), name: "N", kind: .other))
        await #expect(throws: StoreError.notFound("")) { try await store.saveAgreement(orphan) }
        #expect(try await store.officer(stray.id) == nil)
        #expect(try await store.agreements(of: nil).isEmpty)
    }

    static func keys(_ store: any ConfidantStorage) async throws {
        try await store.saveAgency(police)
        let officerKey = APICredential(
            id: "key-a", secretHash: Array(repeating: 1, count: 32),
            principal: .officer(agency: police.id, officer: try OfficerID("pc-1")), createdAt: "2026-11-01T10:00:00Z")
        let staffKey = APICredential(
            id: "key-b", secretHash: Array(repeating: 2, count: 32), principal: .staff(id: "rev-1", role: .reviewer),
            createdAt: "2026-11-02T10:00:00Z")
        try await store.saveCredential(officerKey)
        try await store.saveCredential(staffKey)
        #expect(try await store.credential(secretHash: Array(repeating: 1, count: 32)) == officerKey)
        #expect(try await store.credential(secretHash: Array(repeating: 3, count: 32)) == nil)
        #expect(try await store.credentials().map(\.id) == ["key-b", "key-a"])
        await #expect(throws: StoreError.conflict("")) { try await store.saveCredential(officerKey) }

        #expect(try await store.revokeCredential("key-b", at: "2026-11-03T09:00:00Z"))
        #expect(try await !store.revokeCredential("key-b", at: "2026-11-04T09:00:00Z"))
        #expect(try await !store.revokeCredential("key-z", at: "2026-11-04T09:00:00Z"))
        let revoked = try #require(try await store.credential(secretHash: Array(repeating: 2, count: 32)))
        #expect(revoked.revokedAt == "2026-11-03T09:00:00Z")
        #expect(revoked.isRevoked)
    }

    /// A projection of request `id` after `events` events, in `status`.
    static func projection(
        _ id: String, agency: Agency, agreement: String, status: RequestStatus, events: Int, matched: NHSNumber? = nil
    ) -> RequestProjection {
        RequestProjection(
            id: identifier(id), agency: agency.id, agreement: identifier(agreement),
            officer: identifier("pc-1"), status: status, receivedOn: day("2026-11-01"),
            updatedAt: "2026-11-01T10:00:0\(events)Z", eventCount: events, matchedNHSNumber: matched,
            isEmbargoed: false, document: Array(#"{"id":"\#(id)"}"#.utf8))
    }

    /// The events of one request, each carrying the projection after it.
    static func events(_ projections: [RequestProjection], from sequence: Int = 0) -> [(
        record: RequestEventRecord, entry: LeafEntry
    )] {
        projections.enumerated().map { offset, projection in
            var event = LogStoreConformance.event(projection.id.value, sequence + offset)
            event.record.projection = projection
            return event
        }
    }

    static func projections(_ store: any ConfidantStorage) async throws {
        try await store.saveAgency(police)
        try await store.saveAgency(homeOffice)
        try await store.saveAgreement(agreement("met-2017", of: police))
        try await store.saveAgreement(agreement("ho-2017", of: homeOffice))
        let matched = try NHSNumber("9434765919")
        try await LogStoreConformance.withSequencers(1, on: store) { sequencers in
            let first = events([
                projection("r-1", agency: police, agreement: "met-2017", status: .received, events: 1),
                projection("r-1", agency: police, agreement: "met-2017", status: .traced, events: 2, matched: matched),
                projection(
                    "r-1", agency: police, agreement: "met-2017", status: .awaitingReview, events: 3, matched: matched),
            ])
            let positions = try await sequencers[0].append(first)
            #expect(positions.map(\.index) == [0, 1, 2])
            _ = try await sequencers[0].append(
                events([projection("r-2", agency: homeOffice, agreement: "ho-2017", status: .refused, events: 3)]))
            _ = try await sequencers[0].append(
                events([projection("r-3", agency: police, agreement: "met-2017", status: .held, events: 3)]))
            // A later event rewrites the row.
            _ = try await sequencers[0].append(
                events(
                    [projection("r-3", agency: police, agreement: "met-2017", status: .refused, events: 4)], from: 3))
        }
        let r1 = try #require(try await store.request(try RequestID("r-1")))
        #expect(r1.status == .awaitingReview)
        #expect(r1.eventCount == 3)
        #expect(r1.matchedNHSNumber == matched)
        #expect(r1.document == Array(#"{"id":"r-1"}"#.utf8))
        #expect(try await store.request(try RequestID("r-3"))?.status == .refused)
        #expect(try await store.request(try RequestID("r-9")) == nil)

        let ids = { (filter: RequestFilter) in try await store.requests(filter).map(\.id.value) }
        #expect(try await ids(RequestFilter()) == ["r-1", "r-2", "r-3"])
        #expect(try await ids(RequestFilter(agency: police.id)) == ["r-1", "r-3"])
        #expect(try await ids(RequestFilter(agency: homeOffice.id)) == ["r-2"])
        #expect(try await ids(RequestFilter(agreement: try AgreementID("met-2017"), statuses: [.refused])) == ["r-3"])
        #expect(try await ids(RequestFilter(statuses: [.awaitingReview, .awaitingApproval])) == ["r-1"])
        #expect(try await ids(RequestFilter(after: try RequestID("r-1"), limit: 1)) == ["r-2"])
        #expect(try await ids(RequestFilter(statuses: [])) == [])
    }

    static func failedBatch(_ store: any ConfidantStorage) async throws {
        try await store.saveAgency(police)
        try await store.saveAgreement(agreement("met-2017", of: police))
        try await LogStoreConformance.withSequencers(1, on: store) { sequencers in
            _ = try await sequencers[0].append(
                events([projection("r-1", agency: police, agreement: "met-2017", status: .received, events: 1)]))
            // The unit's second event repeats sequence 0 of r-1: the whole unit is refused.
            var unit = events([projection("r-2", agency: police, agreement: "met-2017", status: .received, events: 1)])
            unit += events([projection("r-1", agency: police, agreement: "met-2017", status: .refused, events: 1)])
            await #expect(throws: StoreError.self) { try await sequencers[0].append(unit) }
        }
        #expect(try await store.request(try RequestID("r-2")) == nil)
        #expect(try await store.request(try RequestID("r-1"))?.status == .received)
        #expect(try await store.events(ofRequest: "r-2").isEmpty)
    }
}
