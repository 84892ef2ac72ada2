/// Common English given-name equivalents: diminutives (`Bill` for `William`, `Peggy` for
/// `Margaret`) and spelling variants (`Steven`/`Stephen`, `Mohammed`/`Muhammad`).
///
/// Names are grouped under a formal name; two names are equivalent when they share a group.
/// A diminutive can belong to several groups (`Alex`: Alexander and Alexandra).
public enum Nicknames {
    /// The groups a normalised given name belongs to (empty when it is in none).
    public static func groups(of name: String) -> [UInt16] {
        index[name] ?? []
    }

    /// Whether two normalised given names are nickname or spelling equivalents (and differ).
    public static func areEquivalent(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs != rhs, let left = index[lhs], let right = index[rhs] else { return false }
        return left.contains { right.contains($0) }
    }

    /// The formal names of the groups `name` belongs to (`BILL` → `WILLIAM`).
    public static func formalNames(of name: String) -> [String] {
        groups(of: name).map { table[Int($0)].formal }
    }

    /// ``Soundex`` codes of ``formalNames(of:)``, in the same order, worked out once: an import
    /// looks up the first given name of every patient.
    static func formalSoundexes(of name: String) -> [String] {
        formalSoundexIndex[name] ?? []
    }

    private static let formalSoundexIndex: [String: [String]] = index.mapValues { groups in
        groups.map { Soundex.code(table[Int($0)].formal) }
    }

    /// Every name of a group, the formal name first.
    static func members(ofGroup group: UInt16) -> [String] {
        let entry = table[Int(group)]
        return [entry.formal] + entry.others
    }

    /// Every (nickname, formal name) pair in the table.
    public static var pairs: [(nickname: String, formal: String)] {
        table.flatMap { group in group.others.map { (nickname: $0, formal: group.formal) } }
    }

    private static let index: [String: [UInt16]] = {
        var index: [String: [UInt16]] = [:]
        for (position, group) in table.enumerated() {
            for name in [group.formal] + group.others where !(index[name]?.contains(UInt16(position)) ?? false) {
                index[name, default: []].append(UInt16(position))
            }
        }
        return index
    }()

    private static let table: [(formal: String, others: [String])] = (groups1 + groups2).map { line in
        let names = line.split(separator: " ").map(String.init)
        return (formal: names[0], others: Array(names.dropFirst()))
    }
}
