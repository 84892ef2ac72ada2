import ConfidantGateway
import ConfidantStore
import Hummingbird
import Logging
import Prometheus
import TransparencyLog

/// Builds the Confidant HTTP application.
///
/// The application is a `Service`: run it in the executable's `ServiceGroup`
/// (with the store's services) so SIGTERM drains connections and stops cleanly.
public enum ConfidantApplication {
    /// The router with every route and middleware, for tests (`app.test(.router)`) and the server.
    ///
    /// - Parameters:
    ///   - store: the registry.
    ///   - metrics: the Prometheus registry `/metrics` renders; the executable bootstraps swift-metrics with it.
    ///   - gateway: the disclosure process behind `/v1/`; without it only the log and the status routes are served.
    ///   - emptyCheckpoint: the log's signed size-0 checkpoint (``TransparencyLog/LogSealer/emptyCheckpoint()``),
    ///     served at `/log/checkpoint` until the log has its first entry.
    public static func router(
        store: any ConfidantStorage, metrics: PrometheusCollectorRegistry, gateway: DisclosureGateway? = nil,
        emptyCheckpoint: SignedNote? = nil
    ) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: MetricsMiddleware())
        HealthController(store: store).register(on: router)
        MetricsController(registry: metrics).register(on: router)
        router.get("openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        LogController(store: store, cache: TileCache(), emptyCheckpoint: emptyCheckpoint?.formatted)
            .register(on: router)
        if let gateway { DisclosureController(gateway: gateway).register(on: router) }
        HomePage(store: store).register(on: router)
        return router
    }

    /// The server application.
    ///
    /// - Parameters:
    ///   - configuration: where to listen.
    ///   - store: the registry.
    ///   - metrics: the Prometheus registry.
    ///   - gateway: the disclosure process, as for ``router(store:metrics:gateway:emptyCheckpoint:)``.
    ///   - emptyCheckpoint: the log's signed size-0 checkpoint, as for ``router(store:metrics:gateway:emptyCheckpoint:)``.
    ///   - logger: the server's logger; request logs never carry patient data.
    public static func application(
        configuration: ServerConfiguration,
        store: any ConfidantStorage,
        metrics: PrometheusCollectorRegistry,
        gateway: DisclosureGateway? = nil,
        emptyCheckpoint: SignedNote? = nil,
        logger: Logger
    ) -> some ApplicationProtocol {
        Application(
            router: router(store: store, metrics: metrics, gateway: gateway, emptyCheckpoint: emptyCheckpoint),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "confidant"
            ),
            logger: logger
        )
    }
}
