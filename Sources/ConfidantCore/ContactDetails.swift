/// How to reach a patient. Released only in the `contact` category, never for restricted patients.
public struct ContactDetails: Hashable, Sendable, Codable {
    public var phone: String?
    public var email: String?

    public init(phone: String? = nil, email: String? = nil) {
        self.phone = phone
        self.email = email
    }

    public var isEmpty: Bool { phone == nil && email == nil }
}
