import ConfidantCore
import Foundation

/// Requests for policy tests, built in code with only what a test cares about changed.
struct PolicyInputs {
    var kind: AgencyKind = .police
    var purpose: RequestPurpose = .detectionOfCrime
    var offence: Offence? = Offence(category: .murder, maxSentenceMonths: Offence.maximumMonths)
    var legalBasis: LegalBasis = .crimeAndTaxation
    var otherMeans: [OtherMeans] = [.policeNationalComputer]
    var countersigned = true
    var urgency: Urgency = .routine
    var fields: Set<FieldCategory> = [.identity, .demographics, .location, .registration]
    var permitted: Set<FieldCategory> = [.identity, .demographics, .location, .contact, .registration, .serviceUsage]
    var agreementPurposes = Set(RequestPurpose.allCases)
    var agreementBases = Set(LegalBasis.allCases)
    var statusHistory: [AgreementStatusChange]? = nil
    var trace = TraceSummary.exactMatch
    var patient = PatientFlags()
    var received = PolicyInputs.date("2020-06-01")
    var decided = PolicyInputs.date("2020-06-02")
    var id = "req-1"
    var agreementAgency = "agency-1"

    static func date(_ text: String) -> CalendarDate {
        do { return try CalendarDate(iso: text) } catch { fatalError("bad test date \(text)") }
    }

    static func id<T: DisclosureIdentifierForTests>(_ text: String) -> T { T.make(text) }

    var input: PolicyInput {
        let agencyID: AgencyID = Self.id("agency-1")
        let agreementID: AgreementID = Self.id("agreement-1")
        let start = Self.date("2016-01-01")
        let agreement = Agreement(
            id: agreementID, agency: Self.id(agreementAgency), title: "Test agreement", purposes: agreementPurposes,
            permittedFields: permitted, legalBases: agreementBases, effectiveFrom: start,
            statusHistory: statusHistory ?? [AgreementStatusChange(status: .active, on: start, reason: "signed")])
        let request = DisclosureRequest(
            id: Self.id(id), agency: agencyID, officer: Self.id("officer-1"),
            countersignatory: countersigned ? Self.id("senior-1") : nil, caseReference: "CASE/1",
            agreement: agreementID, purpose: purpose, offence: offence, legalBasis: legalBasis,
            otherMeansTried: otherMeans, urgency: urgency,
            subject: SubjectIdentifiers(familyName: "Smith", birthDate: Self.date("1980-02-03")),
            requestedFields: fields, receivedOn: received)
        return PolicyInput(
            request: request, agency: Agency(id: agencyID, name: "Test agency", kind: kind), agreement: agreement,
            trace: trace, patient: patient, decidedOn: decided)
    }

    /// This input, changed by `change`.
    func with(_ change: (inout PolicyInputs) -> Void) -> PolicyInputs {
        var copy = self
        change(&copy)
        return copy
    }
}

/// Identifiers built from known-good text in tests.
protocol DisclosureIdentifierForTests {
    static func make(_ text: String) -> Self
}

extension DisclosureIdentifier: DisclosureIdentifierForTests {
    static func make(_ text: String) -> DisclosureIdentifier { try! DisclosureIdentifier(text) }
}
