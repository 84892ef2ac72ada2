import Testing

@testable import ConfidantPostgres

/// The signal PostgreSQL commands wait on before their first query: any number of waiters,
/// before or after it fires.
@Suite(.timeLimit(.minutes(1))) struct StartSignalTests {
    @Test func everyWaiterGoesOnOnceItFires() async {
        let signal = StartSignal()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 { group.addTask { await signal.wait() } }
            signal.fire()
            await group.waitForAll()
        }
        await signal.wait()  // after firing: at once
        signal.fire()  // a second fire changes nothing
        await signal.wait()
    }
}
