/// Array literals for a parameter cast to `bigint[]` or `text[]`: one parameter carries all of a student's
/// events, so a save is one round trip however many events it appends.
enum PostgresArray {
    static func integers(_ values: [Int]) -> String {
        "{" + values.map(String.init).joined(separator: ",") + "}"
    }

    /// Every element quoted, with `"` and `\` escaped, so commas, braces and spaces in a detail stay in it; nil
    /// is NULL.
    static func texts(_ values: [String?]) -> String {
        "{" + values.map { value in
            guard let value else { return "NULL" }
            var quoted = "\""
            for character in value {
                if character == "\"" || character == "\\" { quoted.append("\\") }
                quoted.append(character)
            }
            return quoted + "\""
        }.joined(separator: ",") + "}"
    }
}
