/// How quickly an answer is needed.
public enum Urgency: String, Hashable, Sendable, Codable, CaseIterable {
    case routine
    case urgent
    /// Someone's life is at immediate risk.
    case immediateRiskToLife = "immediate-risk-to-life"
}
