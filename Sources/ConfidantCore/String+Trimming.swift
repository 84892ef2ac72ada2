import Foundation

extension String {
    /// The text without leading and trailing white space (and line breaks, with
    /// `newlines`), exactly as Foundation's `trimmingCharacters(in:)` gives it.
    ///
    /// Text that starts and ends with a printable ASCII character, as nearly every field of
    /// a file does, is returned as it is without asking Foundation: its trimming costs
    /// microseconds a call on Linux, and a batch file has several fields a row.
    public func trimmingWhitespace(andNewlines newlines: Bool = false) -> String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}
