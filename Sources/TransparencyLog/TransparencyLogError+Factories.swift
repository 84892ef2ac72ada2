extension TransparencyLogError {
    /// A hash was not 32 bytes, or its text was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidHash(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidHash, message: message, file: file, line: line)
    }

    /// A tile path or tile coordinate was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidTilePath(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidTilePath, message: message, file: file, line: line)
    }

    /// A tile's bytes were malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidTile(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidTile, message: message, file: file, line: line)
    }

    /// An entry bundle was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidEntryBundle(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidEntryBundle, message: message, file: file, line: line)
    }

    /// An entry was too long for an entry bundle.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func entryTooLarge(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .entryTooLarge, message: message, file: file, line: line)
    }

    /// A key string, key name or key material was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users; never the key itself.
    ///   - underlying: The error that caused this one, if any.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidKey(
        _ message: String,
        underlying: (any Error)? = nil,
        file: String = #fileID,
        line: Int = #line
    ) -> Self {
        Self(code: .invalidKey, message: message, underlying: underlying, file: file, line: line)
    }

    /// A signed note was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func malformedNote(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .malformedNote, message: message, file: file, line: line)
    }

    /// A checkpoint was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidCheckpoint(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidCheckpoint, message: message, file: file, line: line)
    }

    /// A receipt was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidReceipt(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidReceipt, message: message, file: file, line: line)
    }

    /// A proof was requested for coordinates outside the tree.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidProofRequest(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidProofRequest, message: message, file: file, line: line)
    }

    /// A reader failed or answered with the wrong number of results.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - underlying: The reader's error, if any.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func storageFailure(
        _ message: String,
        underlying: (any Error)? = nil,
        file: String = #fileID,
        line: Int = #line
    ) -> Self {
        Self(code: .storageFailure, message: message, underlying: underlying, file: file, line: line)
    }

    /// An event kind was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidEventKind(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidEventKind, message: message, file: file, line: line)
    }

    /// A leaf entry was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidLeafEntry(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidLeafEntry, message: message, file: file, line: line)
    }

    /// A commitment or its salt was malformed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func invalidCommitment(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidCommitment, message: message, file: file, line: line)
    }

    /// The signing primitive failed.
    ///
    /// - Parameters:
    ///   - message: A description that is safe to show to users.
    ///   - underlying: The primitive's error.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public static func signingFailed(
        _ message: String,
        underlying: (any Error)? = nil,
        file: String = #fileID,
        line: Int = #line
    ) -> Self {
        Self(code: .signingFailed, message: message, underlying: underlying, file: file, line: line)
    }
}
