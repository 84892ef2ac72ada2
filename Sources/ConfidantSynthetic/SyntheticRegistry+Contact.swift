import ConfidantCore

extension SyntheticRegistry {
    /// Ofcom's drama range for mobiles: `07700 900000`–`07700 900999` is never allocated.
    private static let mobilePrefix = "07700 900"
    /// Domains reserved for documentation (RFC 2606 and RFC 6761), so no mail can reach anyone.
    private static let emailDomains = ["example.com", "example.org", "example.net", "mail.example", "post.example"]

    /// A phone for about 70% (drama-range numbers only), an email for about 40% (reserved domains only).
    func contactDetails(at index: Int, for person: Person, in household: Household) -> ContactDetails {
        var rng = SeededRandomGenerator(seed: seed, index: index, stream: .contact)
        var phone: String?
        if rng.chance(Rates.phone) {
            let prefix = rng.chance(Rates.mobile) ? Self.mobilePrefix : household.currentArea.landlinePrefix
            phone = prefix + Self.threeDigits(rng.below(1000))
        }
        var email: String?
        if rng.chance(Rates.email), let name = person.names.last {
            email = emailAddress(given: name.given[0], family: name.family, birthDay: household.birthDay, using: &rng)
        }
        return ContactDetails(phone: phone, email: email)
    }

    private func emailAddress(given: String, family: String, birthDay: Int, using rng: inout SeededRandomGenerator)
        -> String
    {
        let first = Self.asciiLowercase(given)
        let last = Self.asciiLowercase(family)
        let local: String
        switch rng.below(5) {
        case 0: local = first + "." + last
        case 1: local = first + last + String(rng.below(100))
        case 2: local = String(first.prefix(1)) + "." + last
        case 3: local = last + "." + first
        default: local = first + "." + last + String(CalendarDate(daysSinceEpoch: birthDay).year % 100)
        }
        return (local.isEmpty ? "patient" : local) + "@" + rng.element(of: Self.emailDomains)
    }

    /// Letters and digits folded to lower-case ASCII, dropping accents and punctuation
    /// (`Wiśniewski` → `wisniewski`, `O'Brien` → `obrien`), as people do in email addresses.
    static func asciiLowercase(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: bytes.append(UInt8(scalar.value + 32))
            case 0x61...0x7A, 0x30...0x39: bytes.append(UInt8(scalar.value))
            case 0x80...: if let folded = accentFold(scalar) { bytes.append(folded) }
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The base letter of the accented letters that occur in the name tables.
    private static func accentFold(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "ą", "á", "ā", "Ą": UInt8(ascii: "a")
        case "ć", "č", "ç", "Ç", "Č": UInt8(ascii: "c")
        case "ę", "é", "ē", "ë": UInt8(ascii: "e")
        case "ı", "í", "ī", "İ": UInt8(ascii: "i")
        case "ł", "Ł": UInt8(ascii: "l")
        case "ń", "ņ": UInt8(ascii: "n")
        case "ó", "ö", "Ö": UInt8(ascii: "o")
        case "ś", "š", "ş", "Ş", "Ś", "Š": UInt8(ascii: "s")
        case "ü", "ú", "ū", "Ü": UInt8(ascii: "u")
        case "ź", "ż", "Ż", "Ź", "ž": UInt8(ascii: "z")
        case "ğ": UInt8(ascii: "g")
        default: nil
        }
    }

    private static func threeDigits(_ value: Int) -> String {
        value < 10 ? "00" + String(value) : (value < 100 ? "0" + String(value) : String(value))
    }
}
