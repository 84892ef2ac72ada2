import ConfidantStore
import Foundation
import PostgresNIO

/// Turns a `postgres://user:password@host:port/database?sslmode=…` URL into a client configuration.
///
/// Errors name the part of the URL that is wrong but never repeat the URL, which
/// holds the password.
enum PostgresURL {
    /// The `sslmode` values libpq accepts, with libpq's meaning: `prefer` and `require`
    /// encrypt without checking the certificate, `verify-ca` checks the chain only,
    /// `verify-full` checks the chain and the host name.
    private static let sslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]

    static func configuration(_ url: String) throws(StoreError) -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url) else { throw invalid("it is not a valid URL") }
        guard let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql" else {
            throw invalid("its scheme must be postgres or postgresql")
        }
        guard var host = components.host, !host.isEmpty else { throw invalid("it has no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard let username = components.user, !username.isEmpty else { throw invalid("it has no user name") }
        let port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw invalid("its port is out of range") }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else { throw invalid("its path must be just the database name") }

        var sslMode = "prefer"
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode" else { throw invalid("the parameter \(item.name) is not supported") }
            guard let value = item.value, sslModes.contains(value) else {
                throw invalid("its sslmode is not recognised")
            }
            sslMode = value
        }
        return PostgresClient.Configuration(
            host: host, port: port, username: username, password: components.password,
            database: path.isEmpty ? nil : path, tls: tls(sslMode)
        )
    }

    private static func tls(_ mode: String) -> PostgresClient.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case "disable":
            return .disable
        case "verify-full":
            return .require(tls)
        case "verify-ca":
            tls.certificateVerification = .noHostnameVerification
            return .require(tls)
        case "require":
            tls.certificateVerification = .none
            return .require(tls)
        default:
            tls.certificateVerification = .none
            return .prefer(tls)
        }
    }

    private static func invalid(_ reason: String) -> StoreError {
        StoreError.invalidInput(SafeMessage("the PostgreSQL URL is not valid: \(reason)"))
    }
}
