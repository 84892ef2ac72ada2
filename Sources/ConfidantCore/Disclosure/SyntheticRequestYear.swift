/// A realistic year of disclosure requests, shaped like January to November 2016:
/// 8,127 Home Office requests of which 5,854 traced and 1,583 not traced (the rest
/// ambiguous), mostly immigration offences with no sentence and a few serious
/// offences; plus police, National Crime Agency, court, coroner and safeguarding
/// requests (those volumes are illustrative).
///
/// Deterministic: the same seed (or the same generator state) gives the same year.
/// Every request comes with its agency, agreement, trace result and patient flags as
/// a ``PolicyInput``, ready for ``PolicySimulation``.
public struct SyntheticRequestYear: Sendable {
    /// How many requests of each kind to make.
    public struct Volumes: Hashable, Sendable {
        /// Home Office requests.
        public var homeOffice: Int
        /// Home Office requests that trace to exactly one patient.
        public var homeOfficeTraced: Int
        /// Home Office requests that trace to no one; the rest are ambiguous.
        public var homeOfficeNotTraced: Int
        /// Police requests, spread over three forces.
        public var police: Int
        /// National Crime Agency requests.
        public var nationalCrimeAgency: Int
        /// Court requests.
        public var courts: Int
        /// Coroners' requests.
        public var coroners: Int
        /// Local-authority safeguarding requests.
        public var safeguarding: Int

        /// Sets every volume.
        public init(
            homeOffice: Int, homeOfficeTraced: Int, homeOfficeNotTraced: Int, police: Int, nationalCrimeAgency: Int,
            courts: Int, coroners: Int, safeguarding: Int
        ) {
            self.homeOffice = homeOffice
            self.homeOfficeTraced = homeOfficeTraced
            self.homeOfficeNotTraced = homeOfficeNotTraced
            self.police = police
            self.nationalCrimeAgency = nationalCrimeAgency
            self.courts = courts
            self.coroners = coroners
            self.safeguarding = safeguarding
        }

        /// January to November 2016: the published Home Office figures, and illustrative others.
        public static let january2016ToNovember2016 = Volumes(
            homeOffice: 8127, homeOfficeTraced: 5854, homeOfficeNotTraced: 1583, police: 2400,
            nationalCrimeAgency: 600, courts: 150, coroners: 90, safeguarding: 300)

        /// All requests.
        public var total: Int { homeOffice + police + nationalCrimeAgency + courts + coroners + safeguarding }
    }

    /// The agencies that ask.
    public let agencies: [Agency]
    /// One agreement per agency, active all year.
    public let agreements: [Agreement]
    /// Every request with its context, in order of arrival (ids `req-2016-000001` onwards).
    public let cases: [PolicyInput]

    /// The requests alone, in order of arrival.
    public var requests: [DisclosureRequest] { cases.map(\.request) }

    /// Generates a year from a seed, with ``SeededRandomGenerator``.
    public init(seed: UInt64, volumes: Volumes = .january2016ToNovember2016) {
        var generator = SeededRandomGenerator(seed: seed)
        self.init(volumes: volumes, using: &generator)
    }

    /// Generates a year drawing from `generator`.
    public init(volumes: Volumes = .january2016ToNovember2016, using generator: inout some RandomNumberGenerator) {
        let parties = Self.parties()
        var drafts = Self.homeOffice(volumes, parties, &generator)
        drafts += Self.lawEnforcement(volumes, parties, &generator)
        drafts += Self.others(volumes, parties, &generator)
        let ordered = drafts.enumerated().sorted {
            ($0.element.received, $0.offset) < ($1.element.received, $1.offset)
        }
        var cases: [PolicyInput] = []
        cases.reserveCapacity(ordered.count)
        for (index, item) in ordered.enumerated() {
            cases.append(item.element.input(number: index + 1, year: 2016))
        }
        self.agencies = parties.all.map(\.agency)
        self.agreements = parties.all.map(\.agreement)
        self.cases = cases
    }
}
