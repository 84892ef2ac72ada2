/// Every version of one policy, in version order, and which was in force when.
///
/// A version is in force from its effective date until the day before the next
/// version's; before the first version, none is. Versions must increase with their
/// effective dates, so "the version in force on a day" always has one answer.
public struct PolicyHistory: Sendable {
    /// The versions, oldest first.
    public let versions: [Policy]

    /// Checks that the versions form one history.
    ///
    /// - Throws: ``PolicyLoadError`` (``PolicyLoadError/Code/conflictingVersions``) naming the
    ///   later file when two files have different policy names, the same version, or
    ///   effective dates out of version order.
    public init(_ policies: [Policy]) throws(PolicyLoadError) {
        let sorted = policies.sorted { $0.version < $1.version }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) {
            let problem: String? =
                if later.id != earlier.id {
                    "this file is policy '\(later.id)' but \(earlier.file) is '\(earlier.id)': a history holds one policy"
                } else if later.version == earlier.version {
                    "version \(later.version) is also defined in \(earlier.file)"
                } else if later.effective <= earlier.effective {
                    "version \(later.version) takes effect on \(later.effective), not after version "
                        + "\(earlier.version) (\(earlier.effective), \(earlier.file))"
                } else {
                    nil
                }
            if let problem {
                throw PolicyLoadError(.conflictingVersions, problem, file: later.file, at: .start)
            }
        }
        self.versions = sorted
    }

    /// Loads every file and checks that they form one history.
    ///
    /// - Throws: the first file's ``PolicyLoadError``, or a conflict between files.
    public static func load(_ sources: [PolicySource]) throws(PolicyLoadError) -> PolicyHistory {
        var policies: [Policy] = []
        for source in sources {
            policies.append(try Policy(source: source.text, file: source.file, contentHash: source.contentHash))
        }
        return try PolicyHistory(policies)
    }

    /// The version in force on `date`, or `nil` before the first version.
    public func inForce(on date: CalendarDate) -> Policy? {
        versions.last { $0.effective <= date }
    }

    /// The version numbered `number`, if there is one.
    public func version(_ number: Int) -> Policy? {
        versions.first { $0.version == number }
    }

    /// The newest version.
    public var latest: Policy? { versions.last }

    /// Decides under the version in force on the input's decision day.
    ///
    /// - Returns: `nil` when no version was in force that day.
    public func decide(_ input: PolicyInput) -> PolicyDecision? {
        inForce(on: input.decidedOn)?.decide(input)
    }
}
