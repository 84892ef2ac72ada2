import ArgumentParser
import ConfidantStore
import Foundation

/// Runs a command body and turns any error into one line on standard error and exit status 1.
///
/// Messages come from the errors' `description`, which every Confidant error keeps
/// free of patient data and secrets.
func reportingFailure<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as ExitCode {
        throw error
    } catch {
        let line = String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
        FileHandle.standardError.write(Data("confidant: \(line)\n".utf8))
        throw ExitCode.failure
    }
}

/// A command's own failure, with a one-line message safe to print (no patient data, no secrets).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
