import Foundation

extension Fixtures {
    /// Runs `body` with a new, empty directory, removed afterwards whatever happens.
    ///
    /// - Parameter name: a prefix for the directory's name, to tell test leftovers apart.
    public static func withTemporaryDirectory<T>(
        _ name: String = "confidant", _ body: (URL) async throws -> T
    ) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await body(directory)
    }
}
