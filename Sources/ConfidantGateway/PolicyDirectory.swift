import ConfidantCore
import Crypto
import Foundation

/// The policy versions kept as `*.policy` files in one directory (the repository's
/// `policies/`), each read with its SHA-256 so every decision names the exact text.
public enum PolicyDirectory {
    /// Why a policy directory could not be loaded, in one line.
    public struct LoadFailure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Loads every `*.policy` file in `directory`, in name order.
    ///
    /// - Throws: ``LoadFailure`` if the directory cannot be read or holds no policy, or
    ///   a policy does not load (the message names its file, line and column).
    public static func load(_ directory: URL) throws -> PolicyHistory {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".policy") }.sorted()
        } catch {
            throw LoadFailure(description: "cannot read the policy directory \(directory.path)")
        }
        guard !names.isEmpty else {
            throw LoadFailure(description: "the directory \(directory.path) holds no .policy files")
        }
        var sources: [PolicySource] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else {
                throw LoadFailure(description: "cannot read \(url.path)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw LoadFailure(description: "\(url.path) is not UTF-8 text")
            }
            sources.append(
                PolicySource(
                    file: "\(directory.lastPathComponent)/\(name)", text: text, contentHash: sha256(data)))
        }
        do {
            return try PolicyHistory.load(sources)
        } catch {
            throw LoadFailure(description: error.description)
        }
    }

    /// The SHA-256 of `data` as 64 lowercase hexadecimal digits, as decisions record it.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }
}
