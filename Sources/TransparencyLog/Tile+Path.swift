extension Tile {
    /// The tile's path below the log prefix, exactly as C2SP tlog-tiles writes it: `tile/<L>/<N>[.p/<W>]`
    /// for hash tiles and `tile/entries/<N>[.p/<W>]` for entry bundles, where `<N>` is split into 3-digit
    /// elements, all but the last prefixed by `x` (index 1234067 is `x001/x234/067`).
    public var path: String {
        var path = "tile/"
        switch self.kind {
        case .hashes(let level): path += String(level)
        case .entries: path += "entries"
        }
        path += "/" + Self.indexPath(self.index)
        if self.isPartial {
            path += ".p/" + String(self.width)
        }
        return path
    }

    private static func indexPath(_ index: UInt64) -> String {
        var groups: [String] = []
        var remaining = index
        repeat {
            let group = String(remaining % 1000)
            groups.append(String(repeating: "0", count: 3 - group.count) + group)
            remaining /= 1000
        } while remaining > 0
        return groups.reversed().enumerated().map { position, group in
            position == groups.count - 1 ? group : "x" + group
        }.joined(separator: "/")
    }

    /// Parses a tile path such as `tile/0/x001/000.p/8` or `tile/entries/273.p/112`.
    ///
    /// Accepts exactly the paths ``path`` writes: no leading zeroes in the level or width, 3-digit index
    /// elements with `x` on all but the last, no redundant leading `x000` element, and `.p/<W>` only for
    /// widths 1 to 255.
    ///
    /// - Parameter path: The path, without the log prefix or a leading slash.
    /// - Throws: ``TransparencyLogError/Code/invalidTilePath`` for anything else.
    public init(path: String) throws {
        func reject(_ why: String) -> TransparencyLogError {
            TransparencyLogError.invalidTilePath("tile path is malformed: \(why)")
        }
        var elements = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard elements.count >= 3, elements[0] == "tile" else {
            throw reject("it must start with tile/<level>/")
        }
        let kind: Kind
        if elements[1] == "entries" {
            kind = .entries
        } else if let level = Self.decimal(elements[1]), level <= Self.maximumLevel {
            kind = .hashes(level: Int(level))
        } else {
            throw reject("the level must be 0 to 63 or entries")
        }
        var width = Self.fullWidth
        if elements.count >= 4, elements[elements.count - 2].hasSuffix(".p") {
            guard let parsed = Self.decimal(elements[elements.count - 1]), (1..<256).contains(parsed) else {
                throw reject("a partial width must be 1 to 255")
            }
            width = Int(parsed)
            elements.removeLast()
            elements[elements.count - 1].removeLast(2)
        }
        let groups = elements.dropFirst(2)
        guard groups.count <= 7 else {
            throw reject("the index has too many elements")
        }
        var index: UInt64 = 0
        for (position, group) in groups.enumerated() {
            let isLast = position == groups.count - 1
            var digits = Substring(group)
            if !isLast {
                guard digits.first == "x" else {
                    throw reject("all but the last index element must start with x")
                }
                digits = digits.dropFirst()
            }
            guard digits.count == 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = UInt64(digits) else {
                throw reject("index elements must be 3 digits")
            }
            guard position > 0 || value > 0 || isLast else {
                throw reject("the index must not start with x000")
            }
            let (scaled, overflow) = index.multipliedReportingOverflow(by: 1000)
            guard !overflow, scaled <= UInt64.max - value else {
                throw reject("the index is too large")
            }
            index = scaled + value
        }
        self.init(unchecked: kind, index: index, width: width)
    }

    /// A decimal with no leading zeroes (other than "0" itself), or nil.
    private static func decimal(_ text: String) -> UInt64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            text == "0" || !text.hasPrefix("0")
        else {
            return nil
        }
        return UInt64(text)
    }
}
