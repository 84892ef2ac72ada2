/// Street names as they are built across Britain: a common stem and a kind of way.
/// Drawn independently, so the same street name recurs in many towns, as it does.
enum Streets {
    static let stems: [String] = [
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
    static let kinds = WeightedTable<String>([
        ("Road", 30), ("Street", 20), ("Avenue", 9), ("Lane", 8), ("Close", 7), ("Drive", 6), ("Grove", 4),
        ("Crescent", 4), ("Way", 3), ("Gardens", 3), ("Terrace", 2), ("Place", 2), ("Court", 1), ("Walk", 1),
        ("View", 1), ("Mews", 0.5),
    ])
}
