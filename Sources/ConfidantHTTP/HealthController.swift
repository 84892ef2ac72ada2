import ConfidantStore
import Hummingbird

/// `GET /healthz`: 200 when the server can reach its store, 503 when it cannot.
struct HealthController: Sendable {
    let store: any RegistryStore

    struct Health: ResponseEncodable {
        var status: String
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("healthz") { _, _ -> EditedResponse<Health> in
            do {
                try await store.ping()
                return EditedResponse(status: .ok, response: Health(status: "ok"))
            } catch {
                return EditedResponse(status: .serviceUnavailable, response: Health(status: "store-unavailable"))
            }
        }
    }
}
