import ConfidantCore

/// A postcode area and the organisations that serve it: the unit in which addresses,
/// GP practices, hospital sites and phone numbers are kept consistent with each other.
///
/// A class rather than a struct only so that handing an area around in the hot path costs
/// one retain instead of one per field; it is immutable, hence `Sendable`.
final class Area: Sendable {
    /// The postcode area, e.g. `LS`.
    let code: String
    /// The post town written as the last address line.
    let postTown: String
    /// Real outward codes of the area (`LS1` … `LS28`).
    let outwardCodes: [String]
    /// Districts and suburbs; outward code `i` always uses locality `i % count`.
    let localities: [String]
    /// GP practices, ordered so that nearby outward codes share practices.
    let practices: [ODSCode]
    /// Hospital trust sites for emergency, outpatient and inpatient contacts.
    let sites: [ODSCode]
    /// Community pharmacies.
    let pharmacies: [ODSCode]
    /// An Ofcom drama-range landline prefix (`0113 496 0`), completed by three digits.
    let landlinePrefix: String
    /// Relative population, for choosing where people live.
    let weight: Double

    /// Builds an area; practice codes are `practicePrefix` plus three digits spread by a
    /// stride coprime to 1000 (so distinct), pharmacy codes likewise under `F` + a letter.
    init(
        _ code: String, town: String, outward: [String], localities: [String], practicePrefix: String,
        pharmacyLetter: Character, sites: [String], landline: String, weight: Double
    ) {
        let practiceCount = Int(weight * 2) + 4
        let salt = Int(practicePrefix.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & 0xFF)
        self.code = code
        self.postTown = town
        self.outwardCodes = outward
        self.localities = localities
        self.practices = (0..<practiceCount).map { Self.odsCode(practicePrefix + Self.threeDigits(salt + $0 * 37)) }
        self.sites = sites.map(Self.odsCode)
        self.pharmacies = (0..<practiceCount / 2 + 2).map {
            Self.odsCode("F" + String(pharmacyLetter) + Self.threeDigits(salt + 11 + $0 * 53))
        }
        self.landlinePrefix = landline
        self.weight = weight
    }

    /// The locality consistently used for the outward code at `outwardIndex`.
    func locality(forOutward outwardIndex: Int) -> String {
        localities[outwardIndex % localities.count]
    }

    /// A practice near the outward code at `outwardIndex`: people are registered close to home,
    /// so each outward code draws from a small window of the area's practices.
    func practice(forOutward outwardIndex: Int, using rng: inout SeededRandomGenerator) -> ODSCode {
        let window = min(4, practices.count)
        let start = outwardIndex * practices.count / max(outwardCodes.count, 1)
        return practices[(start + rng.below(window)) % practices.count]
    }

    /// `prefix1`, `prefix2`, … for the district numbers given.
    static func districts(_ prefix: String, _ numbers: [Int]) -> [String] {
        numbers.map { prefix + String($0) }
    }

    static func districts(_ prefix: String, _ numbers: ClosedRange<Int>) -> [String] {
        districts(prefix, Array(numbers))
    }

    private static func threeDigits(_ value: Int) -> String {
        let text = String(value % 1000)
        return String(repeating: "0", count: 3 - text.count) + text
    }

    private static func odsCode(_ text: String) -> ODSCode {
        do {
            return try ODSCode(text)
        } catch {
            preconditionFailure("malformed ODS code in the synthetic place tables")
        }
    }
}
