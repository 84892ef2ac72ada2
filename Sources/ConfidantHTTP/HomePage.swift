import ConfidantStore
import Hummingbird

/// `GET /`: a plain page saying what this server is and what it holds, so the
/// demo is "ready in a browser". It shows counts only, never a patient.
struct HomePage: Sendable {
    let store: any RegistryStore

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            let count = try await store.patientCount()
            return Response(
                status: .ok,
                headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Self.page(patients: count))))
        }
    }

    static func page(patients: Int) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Confidant</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
        code{background:#f3f3f3;padding:0 .2rem}</style></head>
        <body>
        <main>
        <h1>Confidant</h1>
        <p>A confidentiality-first disclosure gateway for patient records.</p>
        <p>Registry: <strong id="patient-count">\(patients)</strong> patients.</p>
        <ul>
        <li><a href="/healthz">Health</a> (<code>/healthz</code>)</li>
        <li><a href="/metrics">Metrics</a> (<code>/metrics</code>, Prometheus)</li>
        <li><a href="/openapi.json">API description</a> (<code>/openapi.json</code>, OpenAPI 3.1)</li>
        </ul>
        </main>
        </body>
        </html>
        """
    }
}
