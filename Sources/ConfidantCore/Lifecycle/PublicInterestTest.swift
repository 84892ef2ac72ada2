import Foundation

/// A reviewer's structured public-interest test for one request (DOMAIN rule 7), and
/// what they recommend.
///
/// Every question must be answered; ``problems`` says which are missing or
/// inconsistent, so the form can ask again instead of recording a half-done test.
public struct PublicInterestTest: Hashable, Sendable, Codable {
    /// How serious the matter is, from the reviewer's reading of the offence and the case.
    public enum Seriousness: String, Hashable, Sendable, Codable, CaseIterable {
        case low, moderate, serious, grave
    }

    /// A harm weighed against disclosure.
    public enum Harm: String, Hashable, Sendable, Codable, CaseIterable {
        case none, low, moderate, high
    }

    /// What the disclosure would serve. Detection of a crime weighs more than prevention.
    public enum Aim: String, Hashable, Sendable, Codable, CaseIterable {
        case detection, prevention, welfare
    }

    /// The reviewer's conclusion.
    public enum Recommendation: Hashable, Sendable, Codable {
        /// Release exactly these fields (no more than the policy allowed).
        case release([FieldRelease])
        /// Refuse, with the reason the agency will be given.
        case refuse(reason: String)
    }

    public var seriousness: Seriousness
    /// Whether the disclosure is necessary: the aim cannot be met without it.
    public var necessary: Bool
    /// Whether the intrusion is proportionate to the aim.
    public var proportionate: Bool
    public var harmToPatient: Harm
    /// Harm to trust in a confidential health service and to public health (deterrence from care).
    public var harmToTrust: Harm
    /// Whether less data would do; if so, the recommendation must be narrowed.
    public var lessDataWouldDo: Bool
    public var aim: Aim
    /// The reasoning in the reviewer's words.
    public var notes: String
    public var recommendation: Recommendation

    public init(
        seriousness: Seriousness, necessary: Bool, proportionate: Bool, harmToPatient: Harm, harmToTrust: Harm,
        lessDataWouldDo: Bool, aim: Aim, notes: String, recommendation: Recommendation
    ) {
        self.seriousness = seriousness
        self.necessary = necessary
        self.proportionate = proportionate
        self.harmToPatient = harmToPatient
        self.harmToTrust = harmToTrust
        self.lessDataWouldDo = lessDataWouldDo
        self.aim = aim
        self.notes = notes
        self.recommendation = recommendation
    }

    /// What is wrong with the test as filled in, naming the question; empty when it can be recorded.
    public var problems: [String] {
        var problems: [String] = []
        if notes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append("notes: the reasoning must be written down")
        }
        guard case .release(let fields) = recommendation else {
            if case .refuse(let reason) = recommendation, reason.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("recommendation: a refusal needs a reason")
            }
            return problems
        }
        if fields.isEmpty { problems.append("recommendation: a release must name at least one field") }
        if !necessary { problems.append("necessary: a release needs the disclosure to be necessary") }
        if !proportionate { problems.append("proportionate: a release needs the disclosure to be proportionate") }
        if lessDataWouldDo { problems.append("less_data_would_do: narrow the fields until less data would not do") }
        if fields.contains(where: { $0.category == .clinical }) {
            problems.append("recommendation: clinical information is never released")
        }
        return problems
    }
}
