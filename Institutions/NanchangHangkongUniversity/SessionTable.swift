import TucaiKernel

extension School {
    public var sessionTable: SessionTable { Self.publishedTable }

    /// 附件一 as printed: one row per hour, its class codes in printed order. The table has no room or
    /// headcount column and prints no weekday; every row is placed at the one venue the text names
    /// (地点：大学生事务中心). Lines that end in a dangling "、" carry no further code, so none is invented.
    static let publishedTable = SessionTable(sessions: [
        row(firstDay, TimeOfDay(9), TimeOfDay(10), [
            "190111", "190112", "190121", "190122", "190123", "190124", "190125", "190126",
            "190127", "190128", "190131", "190132", "190133", "190141", "190142", "190211",
            "190212", "190213", "190221", "190222",
        ]),
        row(firstDay, TimeOfDay(10), TimeOfDay(11), [
            "190223", "190231", "190232", "190233", "190241", "190242", "190305", "190306",
            "190307", "190311", "190312", "190313", "190314", "190321", "190322", "190323",
            "190331", "190332", "190333",
        ]),
        row(firstDay, TimeOfDay(11), TimeOfDay(12), [
            "190334", "190335", "190336", "190337", "190338", "190341", "190342", "190343",
            "190344", "190351", "190361", "190362", "190411", "190412", "190413", "190414",
            "190415", "190421", "190422", "190423", "190431",
        ]),
        row(firstDay, TimeOfDay(13, 30), TimeOfDay(14, 30), [
            "190432", "190441", "190442", "190443", "190444", "190451", "190452", "190461",
            "190462", "190471", "190481", "190482", "190511", "190512", "190513", "190521",
            "190531", "190611", "190612",
        ]),
        row(firstDay, TimeOfDay(14, 30), TimeOfDay(15, 30), [
            "190613", "190614", "190621", "190622", "190711", "190731", "190811", "190812",
            "190813", "190814", "190815", "190831", "190832", "190841", "190842", "190851",
            "190852", "190911",
        ]),
        row(firstDay, TimeOfDay(15, 30), TimeOfDay(16, 30), [
            "190912", "190921", "190922", "190931", "190941", "190951", "190961", "190962",
            "190971", "191011", "191012", "191111", "191112", "191113", "191114", "191121",
            "191122", "191123",
        ]),
        // "D217041" breaks the six-digit pattern of every other code; kept as printed.
        row(secondDay, TimeOfDay(9), TimeOfDay(10), [
            "191131", "191132", "191211", "191212", "191213", "191221", "191222", "191241",
            "191242", "191251", "191261", "191262", "191421", "191431", "191432", "191441",
            "191442", "191461", "191511", "191512", "191521", "D217041",
        ]),
        row(secondDay, TimeOfDay(10), TimeOfDay(11), [
            "191621", "191622", "191623", "191624", "192011", "192012", "192013", "192014",
            "192015", "192016", "192051", "192061", "192071", "192072", "192073", "192081",
        ]),
        row(secondDay, TimeOfDay(11), TimeOfDay(12), [
            "192211", "192212", "192213", "192214", "192251", "192252", "192271", "192281",
            "192291", "192292", "192293", "192294", "201451", "201452", "201531", "201532",
            "201533", "201534",
        ]),
    ])

    private static func row(_ date: CivilDate, _ start: TimeOfDay, _ end: TimeOfDay, _ classes: [String]) -> Session {
        Session(units: classes, room: venue.name, date: date, start: start, end: end)
    }
}
