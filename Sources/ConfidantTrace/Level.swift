/// Level indices, named, for the code that assigns them.
enum Level {
    /// Either side lacks the field: the comparison says nothing.
    static let missing: UInt8 = .max

    enum NHS {
        static let exact: UInt8 = 0
        static let unverified: UInt8 = 1
        static let different: UInt8 = 2
    }

    enum Family {
        static let exact: UInt8 = 0
        static let previous: UInt8 = 1
        static let close: UInt8 = 2
        static let phonetic: UInt8 = 3
        static let swapped: UInt8 = 4
        static let part: UInt8 = 5
        static let fuzzy: UInt8 = 6
        static let different: UInt8 = 7
    }

    enum Given {
        static let exact: UInt8 = 0
        static let nickname: UInt8 = 1
        static let close: UInt8 = 2
        static let phonetic: UInt8 = 3
        static let middle: UInt8 = 4
        static let initial: UInt8 = 5
        static let fuzzy: UInt8 = 6
        static let different: UInt8 = 7
    }

    enum BirthDate {
        static let exact: UInt8 = 0
        static let swapped: UInt8 = 1
        static let year: UInt8 = 2
        static let typo: UInt8 = 3
        static let close: UInt8 = 4
        static let different: UInt8 = 5
    }

    enum Postcode {
        static let full: UInt8 = 0
        static let previous: UInt8 = 1
        static let sector: UInt8 = 2
        static let district: UInt8 = 3
        static let area: UInt8 = 4
        static let different: UInt8 = 5
    }

    enum Address {
        static let full: UInt8 = 0
        static let previous: UInt8 = 1
        static let street: UInt8 = 2
        static let partial: UInt8 = 3
        static let different: UInt8 = 4
    }

    /// Gender and GP practice.
    enum Binary {
        static let same: UInt8 = 0
        static let different: UInt8 = 1
    }
}
