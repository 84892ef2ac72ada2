/// A normalised name and its phonetic codes.
struct PhoneticName: Hashable, Sendable {
    var text: String
    var soundex: String
    var nysiis: String

    init(_ text: String) {
        self.text = text
        soundex = Soundex.code(text)
        nysiis = NYSIIS.code(text)
    }

    init(text: String, soundex: String, nysiis: String) {
        self.text = text
        self.soundex = soundex
        self.nysiis = nysiis
    }
}
