/// Street names as they are built across Britain: a common stem and a kind of way.
/// Drawn independently, so the same street name recurs in many towns, as it does.
enum Streets {
    /// Every stem with every kind, built once so an address line costs one concatenation.
    static let names: WeightedTable<String> = {
        let kinds = Array(zip(kindNames, kindWeights))
        return WeightedTable(stems.flatMap { stem in kinds.map { (stem + " " + $0, $1) } })
    }()

    private static let stems: [String] = [
        "High", "Church", "Station", "Victoria", "Park", "Green", "Manor", "Queens", "Kings", "Mill",
        "School", "North", "South", "West", "East", "New", "Springfield", "Grange", "Windsor", "York",
        "Albert", "Alexandra", "Beech", "Oak", "Elm", "Ash", "Willow", "Chestnut", "Cedar", "Maple",
        "Hawthorn", "Holly", "Birch", "Rose", "Meadow", "Orchard", "Brook", "Bridge", "Castle", "Chapel",
        "Cross", "Field", "Hill", "Lodge", "Moor", "Priory", "Abbey", "St John's", "St Mary's", "Stanley",
        "Cavendish", "Clarence", "Devonshire", "Grosvenor", "Hamilton", "Marlborough", "Nelson", "Osborne",
        "Peel", "Richmond", "Salisbury", "Sandringham", "Stafford", "Trinity", "Wellington", "Westfield",
        "Woodland", "Highfield", "Fairfield", "Ashfield", "Broad", "Long", "Market", "Bank", "Water",
        "Cromwell", "Milton", "Shakespeare", "Tennyson", "Byron", "Chaucer", "Wordsworth", "Dickens",
        "Darwin", "Coronation", "Jubilee", "Beaconsfield", "Gladstone", "Cemetery", "Railway", "Canal",
        "Heather", "Laburnum", "Sycamore", "Rowan", "Poplar", "Linden", "Acacia", "Primrose", "Bluebell",
    ]

    /// Roads and streets dominate; closes and mews are rarer.
    private static let kindNames = [
        "Road", "Street", "Avenue", "Lane", "Close", "Drive", "Grove", "Crescent", "Way", "Gardens", "Terrace",
        "Place", "Court", "Walk", "View", "Mews",
    ]
    private static let kindWeights: [Double] = [30, 20, 9, 8, 7, 6, 4, 4, 3, 3, 2, 2, 1, 1, 1, 0.5]
}
