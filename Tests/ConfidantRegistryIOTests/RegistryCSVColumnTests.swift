import Testing

@testable import ConfidantRegistryIO

@Suite struct RegistryCSVColumnTests {
    /// The decoder finds cells by ordinal; a column added out of step would read another's cell.
    @Test func ordinalsArePositionsInAllCases() {
        for (position, column) in RegistryCSVColumn.allCases.enumerated() {
            #expect(column.ordinal == position, "\(column.rawValue)")
        }
    }
}
