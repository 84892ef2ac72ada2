import ConfidantCore
import ConfidantGateway
import ConfidantStore
import ConfidantSynthetic
import ConfidantTrace
import Foundation
import TransparencyLog

/// A gateway over a store holding 600 synthetic patients, the shipped policies, two
/// agencies (police and the Home Office) with officers and agreements, four members of
/// staff, and an API key for each; the log's sequencer runs while the body does.
public struct GatewayFixture: Sendable {
    public let store: any ConfidantStorage
    public let gateway: DisclosureGateway
    /// Each party's API key, as it would present it.
    public let keys: Keys
    /// The patients in the registry.
    public static let patients = Fixtures.registry.patients(in: 0..<600)

    public struct Keys: Sendable {
        public let police: String
        public let policeSenior: String
        public let homeOffice: String
        public let reviewer: String
        public let secondReviewer: String
        public let approver: String
        public let administrator: String
    }

    /// A model trained once on the fixture's patients.
    static let model: MatchModel = {
        var configuration = MatchTrainer.Configuration()
        configuration.uPairs = 40_000
        configuration.syntheticQueries = 1_500
        configuration.registrySize = patients.count
        guard
            let model = try? MatchTrainer(configuration: configuration).train(
                profiles: patients.map(TraceProfile.init(patient:)), trainedAt: Date(timeIntervalSince1970: 1.75e9))
        else { preconditionFailure("the fixture's model trains") }
        return model
    }()

    /// Sets the store up and runs `body` with the gateway; the sequencer stops afterwards.
    public static func with<T: Sendable>(
        _ store: any ConfidantStorage, _ body: @Sendable (GatewayFixture) async throws -> T
    ) async throws -> T {
        _ = try await store.importPatients(
            from: ArrayPatientSource(patients, batchSize: 300), receivedOn: Fixtures.date("2026-01-01"),
            progress: { _ in })
        let keys = try await addParties(to: store)
        let sequencer = LogSequencer(
            storage: AnyLogStore(store),
            sealer: LogSealer(origin: LogStoreConformance.signer.name, signer: LogStoreConformance.signer))
        let gateway = DisclosureGateway(
            store: store, sequencer: sequencer, policies: try shippedPolicies(),
            tracer: Tracer(model: model, source: store))
        return try await sequencer.whileRunning {
            try await body(GatewayFixture(store: store, gateway: gateway, keys: keys))
        }
    }

    /// The repository's `policies/`, found by walking up from this file.
    public static func shippedPolicies() throws -> PolicyHistory {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("policies")
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return try PolicyDirectory.load(candidate)
            }
            directory.deleteLastPathComponent()
        }
        throw PolicyDirectory.LoadFailure(description: "the repository's policies/ directory was not found")
    }

    static func addParties(to store: any ConfidantStorage) async throws -> Keys {
        let police = Agency(id: try AgencyID("met-police"), name: "Metropolitan Police", kind: .police)
        let homeOffice = Agency(
            id: try AgencyID("home-office"), name: "Home Office Immigration Enforcement", kind: .immigrationEnforcement)
        for agency in [police, homeOffice] { try await store.saveAgency(agency) }
        for (id, agency, senior) in [
            ("pc-ayres", police, false), ("di-brook", police, true), ("io-cole", homeOffice, false),
            ("hmi-dale", homeOffice, true),
        ] {
            try await store.saveOfficer(
                Officer(id: try OfficerID(id), agency: agency.id, name: "Officer \(id)", isSenior: senior))
        }
        let start = Fixtures.date("2017-01-01")
        try await store.saveAgreement(
            Agreement(
                id: try AgreementID("met-police-2017"), agency: police.id, title: "Police: serious crime",
                purposes: [.detectionOfCrime, .preventionOfCrime],
                permittedFields: [.identity, .demographics, .location, .registration],
                legalBases: [.crimeAndTaxation, .courtOrder], effectiveFrom: start,
                statusHistory: [AgreementStatusChange(status: .active, on: start, reason: "")]))
        try await store.saveAgreement(
            Agreement(
                id: try AgreementID("home-office-2017"), agency: homeOffice.id, title: "Home Office tracing",
                purposes: [.immigrationEnforcement, .deportation],
                permittedFields: [.identity, .demographics, .location, .registration],
                legalBases: [.immigrationControl, .crimeAndTaxation], effectiveFrom: start,
                statusHistory: [AgreementStatusChange(status: .active, on: start, reason: "")]))
        func key(_ principal: Principal) async throws -> String {
            try await APIKey.issue(to: principal, in: store, issuedAt: "2026-11-01T00:00:00Z").text
        }
        return Keys(
            police: try await key(.officer(agency: police.id, officer: try OfficerID("pc-ayres"))),
            policeSenior: try await key(.officer(agency: police.id, officer: try OfficerID("di-brook"))),
            homeOffice: try await key(.officer(agency: homeOffice.id, officer: try OfficerID("io-cole"))),
            reviewer: try await key(.staff(id: "rev-amy", role: .reviewer)),
            secondReviewer: try await key(.staff(id: "rev-ben", role: .reviewer)),
            approver: try await key(.staff(id: "app-cat", role: .approver)),
            administrator: try await key(.staff(id: "adm-dan", role: .administrator)))
    }

    /// A police request for a serious crime about `patient`, identified by NHS number,
    /// that the shipped policies queue for review.
    public static func policeRequest(for patient: Patient, fields: [String] = ["identity", "location"]) -> JSONValue {
        .object([
            "countersignatory": .string("di-brook"),
            "case_reference": .string("OP-TEST-\(patient.nhsNumber.value % 1000)"),
            "agreement": .string("met-police-2017"),
            "purpose": .string("detection-of-crime"),
            "offence": .object(["category": .string("murder"), "max_sentence_months": .number(999)]),
            "legal_basis": .string("crime-and-taxation"),
            "other_means_tried": .array([.string("police-national-computer")]),
            "subject": .object([
                "nhs_number": .string(patient.nhsNumber.description),
                "birth_date": .string(patient.birthDate.description),
            ]),
            "requested_fields": .array(fields.map(JSONValue.string)),
        ])
    }

    /// A reviewer's test recommending release of `fields`.
    public static func releaseTest(_ fields: [(String, String)] = [("identity", "full"), ("location", "full")])
        -> JSONValue
    {
        .object([
            "seriousness": .string("grave"), "necessary": .bool(true), "proportionate": .bool(true),
            "harm_to_patient": .string("low"), "harm_to_trust": .string("low"), "less_data_would_do": .bool(false),
            "aim": .string("detection"), "notes": .string("Murder inquiry; address needed to arrest; PNC exhausted."),
            "recommendation": .string("release"),
            "fields": .array(
                fields.map { .object(["category": .string($0.0), "coarsening": .string($0.1)]) }),
        ])
    }
}
