import ConfidantCore
import Foundation

extension TraceQuery {
    /// Builds a query from the raw strings of a form or a CSV row.
    ///
    /// Blank fields are absent. Dates are read by ``DateParser`` (`1980-03-07`, `07/03/1980`,
    /// `7 March 1980`, ...); gender accepts `M`/`F`/`male`/`female`/`other`/`unknown` and the
    /// NHS codes `1`, `2`, `9`, `0`; the NHS number may be grouped (`943 476 5919`).
    ///
    /// - Parameter referenceDate: "today", which places two-digit years and rejects birth dates
    ///   in the future; without it two-digit years are refused.
    /// - Throws: ``TraceError/Code/invalidField`` naming the first field that cannot be read
    ///   (`nhs_number`, `birth_date`, `gender`, `postcode`, `gp_practice`); the message never repeats the value.
    public init(
        nhsNumber: String? = nil, givenNames: String? = nil, familyName: String? = nil, birthDate: String? = nil,
        gender: String? = nil, postcode: String? = nil, addressLine1: String? = nil, gpPractice: String? = nil,
        referenceDate: CalendarDate? = nil
    ) throws {
        self.init()
        if let text = Self.present(nhsNumber) {
            do {
                self.nhsNumber = try NHSNumber(text)
            } catch {
                throw TraceError.invalidField(
                    "nhs_number", "not a valid NHS number (\(error.description))", underlying: error)
            }
        }
        self.givenNames = Self.present(givenNames)
        self.familyName = Self.present(familyName)
        if let text = Self.present(birthDate) {
            guard let date = DateParser.parse(text, referenceDate: referenceDate) else {
                throw TraceError.invalidField(
                    "birth_date", "not a recognisable date; write it as YYYY-MM-DD or DD/MM/YYYY")
            }
            if let referenceDate, date > referenceDate {
                throw TraceError.invalidField("birth_date", "a birth date cannot be in the future")
            }
            self.birthDate = date
        }
        if let text = Self.present(gender) {
            guard let value = Self.genders[NameNormalizer.fold(text)] else {
                throw TraceError.invalidField("gender", "gender is male, female, other or unknown")
            }
            self.gender = value
        }
        if let text = Self.present(postcode) {
            do {
                self.postcode = try Postcode(text)
            } catch {
                throw TraceError.invalidField("postcode", error.description, underlying: error)
            }
        }
        self.addressLine1 = Self.present(addressLine1)
        if let text = Self.present(gpPractice) {
            do {
                self.gpPractice = try ODSCode(practice: text)
            } catch {
                throw TraceError.invalidField("gp_practice", error.description, underlying: error)
            }
        }
    }

    private static func present(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingWhitespace(andNewlines: true)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static let genders: [String: Gender] = [
        "M": .male, "MALE": .male, "MAN": .male, "1": .male, "F": .female, "FEMALE": .female, "WOMAN": .female,
        "2": .female, "OTHER": .other, "O": .other, "9": .other, "INDETERMINATE": .other, "UNKNOWN": .unknown,
        "U": .unknown, "0": .unknown, "NOT KNOWN": .unknown,
    ]
}
