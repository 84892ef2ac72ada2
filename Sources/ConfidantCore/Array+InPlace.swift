extension Array {
    /// Calls `body` with each element's position and a pointer to the element where it lies.
    ///
    /// For loops on an import's hot path over a patient's names, addresses and events:
    /// `for element in array`, `lastIndex(where:)` and a buffer pointer's subscript each copy
    /// the element they hand over, a retain and a release of every string and array in it,
    /// where reading through the pointer copies only the fields read.
    @inlinable
    public func forEachInPlace(_ body: (Int, UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices { try body(index, base + index) }
        }
    }

    /// Calls `body` with the element at `first`, if any, then with every other element, last
    /// to first, skipping those equal to it; `isFirst` tells which call is which. Elements are
    /// read in place, as ``forEachInPlace(_:)`` reads them.
    @inlinable
    public func forEachInPlace(
        first: Int?, thenReversed body: (_ element: UnsafePointer<Element>, _ isFirst: Bool) throws -> Void
    ) rethrows where Element: Equatable {
        try withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            if let first { try body(base + first, true) }
            for index in buffer.indices.reversed() {
                // The first element itself is skipped without comparing it to itself: comparing
                // copied both elements, and most patients have one name and one address.
                if let first, index == first || base[index] == base[first] { continue }
                try body(base + index, false)
            }
        }
    }
}
