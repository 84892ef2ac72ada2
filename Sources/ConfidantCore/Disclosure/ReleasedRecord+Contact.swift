extension ReleasedRecord {
    /// The `contact` category: how to reach the patient.
    public struct Contact: Hashable, Sendable, Codable {
        /// The phone number, if recorded.
        public let phone: String?
        /// The email address, if recorded.
        public let email: String?

        init(phone: String?, email: String?) {
            self.phone = phone
            self.email = email
        }

        /// `details`, or `nil` when neither is recorded.
        init?(_ details: ContactDetails) {
            guard !details.isEmpty else { return nil }
            self.init(phone: details.phone, email: details.email)
        }
    }
}
