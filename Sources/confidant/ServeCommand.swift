import ArgumentParser
import ConfidantHTTP
import ConfidantStore
import Configuration
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import TransparencyLog
import UnixSignals

/// `confidant serve`: the HTTP server, until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP server (graceful shutdown on SIGTERM/SIGINT)."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var server: ServerOptions
    @OptionGroup var gateway: GatewayOptions

    func run() async throws {
        try await reportingFailure {
            try await store.withStore(logger: server.logger()) { store in
                try await Self.serve(store, server: server, gateway: gateway)
            }
        }
    }

    /// Runs the server on an open store until a shutdown signal; shared with `demo`.
    static func serve(_ store: any ConfidantStorage, server: ServerOptions, gateway options: GatewayOptions)
        async throws
    {
        let configuration = server.resolved()
        let logger = server.logger()
        let (gateway, sequencer) = try options.gateway(on: store)
        let metrics = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics))
        let app = ConfidantApplication.application(
            configuration: configuration, store: store, metrics: metrics, gateway: gateway,
            emptyCheckpoint: try sequencer.sealer.emptyCheckpoint(), logger: logger)
        // Services stop in reverse order: the server stops taking requests, then the sequencer drains.
        let group = ServiceGroup(
            configuration: .init(
                services: [LogSequencerService(sequencer), app], gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        logger.info(
            "serving",
            metadata: ["http.host": "\(configuration.host)", "http.port": "\(configuration.port)"])
        try await group.run()
    }
}

/// Where the server listens and how it logs. Flags win over the environment
/// (`CONFIDANT_HTTP_HOST`, `CONFIDANT_HTTP_PORT`, `CONFIDANT_LOG_LEVEL`).
struct ServerOptions: ParsableArguments {
    @Option(help: "Address to bind (default 127.0.0.1; env CONFIDANT_HTTP_HOST).")
    var host: String?

    @Option(help: "Port (default 8080; env CONFIDANT_HTTP_PORT).")
    var port: Int?

    @Option(help: "trace, debug, info, notice, warning, error or critical (env CONFIDANT_LOG_LEVEL).")
    var logLevel: String?

    func validate() throws {
        if let port, !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if let logLevel, Logger.Level(rawValue: logLevel) == nil {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
    }

    func resolved() -> ServerConfiguration {
        let config = ConfigReader(provider: EnvironmentVariablesProvider())
        return ServerConfiguration(
            host: host ?? config.string(forKey: "confidant.http.host", default: "127.0.0.1"),
            port: port ?? config.int(forKey: "confidant.http.port", default: 8080)
        )
    }

    func logger() -> Logger {
        let config = ConfigReader(provider: EnvironmentVariablesProvider())
        var logger = Logger(label: "confidant")
        logger.logLevel =
            Logger.Level(rawValue: logLevel ?? config.string(forKey: "confidant.log.level", default: "info")) ?? .info
        return logger
    }
}
