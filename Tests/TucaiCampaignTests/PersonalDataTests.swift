import Foundation
import Testing
import TucaiCommands
import TucaiKernel
@testable import TucaiSQLite
import TucaiTestKit

/// Issue 8, personal data: resident ID numbers sealed at rest under a key file outside the database, found
/// by a keyed hash; no full ID number in any output, even one typed in the wrong column; CSV cells that a
/// spreadsheet would run written as text; no control character reaching a terminal.
@Suite struct SealedIDNumberTests {
    static let ids = ["110105199501011239", "110105199502021236", "53010219990101001X"]

    /// A store with three students, one ID number each, closed again; returns the database's path.
    static func database(in directory: TemporaryDirectory, ids: [String] = ids) throws -> String {
        let path = directory.path("c.sqlite")
        let store = try SQLiteCampaignStore(path: path)
        try store.claim(CampaignStoreConformance.identity)
        let at = Moment(CivilDate(2022, 11, 14), TimeOfDay(9))
        for (index, id) in ids.enumerated() {
            var student = CampaignStoreConformance.student("201900\(index + 1)")
            student.idNumber = id
            _ = try store.insert(StudentRecord(student: student, eligibility: .inScope(because: "x")),
                                 event: CampaignEvent(student.studentNumber, at: at, .imported(.inScope(because: "x"))))
        }
        return path
    }

    /// Every byte SQLite keeps for the database: the file, its log and its shared-memory index.
    static func rawBytes(_ path: String) -> Data {
        ["", "-wal", "-shm"].compactMap { FileManager.default.contents(atPath: path + $0) }.reduce(Data(), +)
    }

    /// What `grep -E '[0-9]{17}[0-9Xx]'` finds: 17 digits in a row and a digit or X after them.
    static func idLikeRuns(_ bytes: some Sequence<UInt8>) -> [String] {
        var runs: [String] = [], run: [UInt8] = []
        for byte in bytes {
            if (0x30...0x39).contains(byte) { run.append(byte); continue }
            if run.count >= 17, byte == UInt8(ascii: "X") || byte == UInt8(ascii: "x") { run.append(byte) }
            if run.count >= 18 { runs.append(String(decoding: run, as: UTF8.self)) }
            run = []
        }
        if run.count >= 18 { runs.append(String(decoding: run, as: UTF8.self)) }
        return runs
    }

    static func idLikeRuns(_ text: String) -> [String] { idLikeRuns(text.utf8) }

    static func holds(_ raw: Data, _ text: String) -> Bool { raw.range(of: Data(text.utf8)) != nil }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    static func one(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return "\(error)" }
    }

    @Test func theFileHoldsNoIDNumberInClear() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        let raw = Self.rawBytes(path)
        #expect(!raw.isEmpty)
        for id in Self.ids { #expect(!Self.holds(raw, id), "\(id) in clear in the file") }
        #expect(Self.idLikeRuns(raw).isEmpty)
        let db = try SQLiteConnection(path: path, create: false)
        #expect(try db.integer("SELECT count(*) FROM students WHERE id_number IS NOT NULL") == 0, "the clear column stays empty")
        #expect(try db.integer("SELECT count(*) FROM students WHERE id_sealed IS NOT NULL AND id_lookup IS NOT NULL") == 3)
    }

    @Test func aWholeCampaignRunLeavesNoIDNumberInTheDatabase() throws {
        let directory = TemporaryDirectory()
        let config = try CommandTests.writeConfig(directory)
        let run = CommandTests.run(["campaign", "run", config])
        #expect(run.code == 0, "\(run.err)")
        let path = directory.path("ynau-2023.sqlite")
        let stored = try SQLiteCampaignStore(path: path, create: false).students().compactMap(\.student.idNumber)
        #expect(stored.count == 300, "every student's number reads back")
        let raw = Self.rawBytes(path)
        #expect(Self.idLikeRuns(raw).isEmpty, "\(Self.idLikeRuns(raw).prefix(3))")
        #expect(!stored.contains { Self.holds(raw, $0) })
        #expect(Self.idLikeRuns(run.out + run.err).isEmpty)
        #expect(Self.mode(directory.path("ynau-2023.sqlite.key")) == 0o600, "the run created the key file, 0600")
    }

    @Test func theIDNumberComesBackThroughTheStore() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        let store = try SQLiteCampaignStore(path: path, create: false)
        #expect(try store.students().map(\.student.idNumber) == Self.ids)
        #expect(try store.student(number: "2019003")?.student.idNumber == "53010219990101001X")
        #expect(store.keyPath == path + ".key")
    }

    @Test func theLookupHashMakesTheSameNumberEqualAcrossRows() throws {
        let directory = TemporaryDirectory()
        let twice = "110105199501011239"
        let path = try Self.database(in: directory, ids: [twice, "110105199502021236", twice])
        let db = try SQLiteConnection(path: path, create: false)
        let lookups = try (1...3).map { try db.text("SELECT id_lookup FROM students WHERE ordinal = \($0)") }
        let sealed = try (1...3).map { try db.text("SELECT id_sealed FROM students WHERE ordinal = \($0)") }
        #expect(lookups[0] != nil && lookups[0] == lookups[2], "the same number, the same hash")
        #expect(lookups[0] != lookups[1])
        #expect(sealed[0] != sealed[2], "a fresh nonce for every value: equal numbers seal differently")
        #expect(lookups.allSatisfy { !($0 ?? "").contains(twice) })
        let store = try SQLiteCampaignStore(path: path, create: false)
        #expect(try store.studentNumbers(withIDNumber: twice) == ["2019001", "2019003"])
        #expect(try store.studentNumbers(withIDNumber: "53010219990101001x") == [])
        #expect(try store.studentsSharingAnIDNumber() == [["2019001", "2019003"]])
    }

    @Test func theKeyFileIsCreatedBesideTheDatabaseWithMode0600() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        #expect(Self.mode(path + ".key") == 0o600)
        #expect(FileManager.default.contents(atPath: path + ".key")?.count == 32)
        #expect(Self.rawBytes(path).range(of: FileManager.default.contents(atPath: path + ".key")!) == nil, "the key is not in the database")
    }

    @Test func aMissingKeyFileIsOneLineNamingItAndWhatItsLossMeans() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        try FileManager.default.removeItem(atPath: path + ".key")
        let message = Self.one { _ = try SQLiteCampaignStore(path: path, create: false) }
        #expect(message.hasPrefix(path + ".key: missing"), "\(message)")
        #expect(message.contains("cannot be read again") && message.contains(path))
        #expect(!message.contains("\n"))
        #expect(!FileManager.default.fileExists(atPath: path + ".key"), "no new key in place of the lost one")
        #expect(Self.one { _ = try SQLiteCampaignStore(path: path) } == message, "not even where the store may create")
        let command = CommandTests.run(["reconcile", path])
        #expect(command.code == 1)
        #expect(command.err == "tucai reconcile: \(message)\n")
    }

    @Test func aKeyFileOthersCanReadIsRefused() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path + ".key")
        let message = Self.one { _ = try SQLiteCampaignStore(path: path, create: false) }
        #expect(message.hasPrefix(path + ".key: mode 0644"), "\(message)")
        #expect(message.contains("0600") && !message.contains("\n"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + ".key")
        #expect(try SQLiteCampaignStore(path: path, create: false).students().count == 3)
    }

    @Test func aKeyFileOfTheWrongSizeIsRefused() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        let key = FileManager.default.contents(atPath: path + ".key")!
        try key.dropLast().write(to: URL(fileURLWithPath: path + ".key"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + ".key")
        let message = Self.one { _ = try SQLiteCampaignStore(path: path, create: false) }
        #expect(message == "\(path).key: holds 31 bytes, not the 32 of an ID number key (damaged, or not a key file)")
    }

    @Test func anotherDatabasesKeyIsNamedAsSuch() throws {
        let first = TemporaryDirectory(), second = TemporaryDirectory()
        let path = try Self.database(in: first)
        let other = try Self.database(in: second)
        try FileManager.default.removeItem(atPath: path + ".key")
        try FileManager.default.copyItem(atPath: other + ".key", toPath: path + ".key")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + ".key")
        let message = Self.one { _ = try SQLiteCampaignStore(path: path, create: false) }
        #expect(message == "\(path).key: not the key of \(path); its ID numbers were sealed with another key file")
    }

    @Test func aKeyFileNamedByTheCallerIsUsedInstead() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("c.sqlite"), key = directory.path("elsewhere.key")
        _ = try SQLiteCampaignStore(path: path, keyPath: key)
        #expect(Self.mode(key) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: path + ".key"))
        #expect(try SQLiteCampaignStore(path: path, create: false, keyPath: key).schemaVersion() == SQLiteSchema.version)
    }

    @Test func aSealedNumberMovedToAnotherRowDoesNotOpen() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        do {
            let db = try SQLiteConnection(path: path, create: false)
            try db.execute("UPDATE students SET id_sealed = (SELECT id_sealed FROM students WHERE ordinal = 1) WHERE ordinal = 2")
        }
        let message = Self.one { _ = try SQLiteCampaignStore(path: path, create: false).students() }
        #expect(message.contains("the ID number of student 2019002 does not open"), "\(message)")
    }

    /// A database made before numbers were sealed: the schema up to the migration before, students with clear
    /// ID numbers. Opening it seals the numbers in the migration's transaction and leaves no clear copy on disk,
    /// not even in the free space of the pages the rows left (enough rows that they move).
    @Test func aDatabaseFromBeforeSealingIsSealedWhenOpened() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("old.sqlite")
        let before = SQLiteSchema.sealedIDNumbersVersion - 1
        let ids = (1...2_000).map { "110105" + String(19_990_101_000 + $0) + "7" }
        do {
            let db = try SQLiteCampaignStore.connect(path: path, create: true, durability: .full)
            for migration in SQLiteSchema.migrations.prefix(before) { try db.execute(migration) }
            try db.execute("PRAGMA user_version = \(before)")
            try db.execute("BEGIN")
            for (index, id) in ids.enumerated() {
                try db.execute("""
                    INSERT INTO students (ordinal, student_number, name, id_number, graduates_on_time, graduating_early, eligibility, eligibility_reason)
                        VALUES (\(index + 1), '2019\(index + 1)', '张三', '\(id)', 1, 0, 'inScope', 'x');
                    INSERT INTO states (ordinal, stage) VALUES (\(index + 1), 'imported');
                    """)
            }
            try db.execute("COMMIT")
        }
        #expect(Self.idLikeRuns(Self.rawBytes(path)).count == ids.count, "the old file holds the numbers in clear")
        #expect(!FileManager.default.fileExists(atPath: path + ".key"))
        do {
            let store = try SQLiteCampaignStore(path: path, create: false)
            #expect(try store.schemaVersion() == SQLiteSchema.version)
            #expect(try store.students().map(\.student.idNumber) == ids)
            #expect(try store.studentNumbers(withIDNumber: ids[1]) == ["20192"])
        }
        #expect(Self.mode(path + ".key") == 0o600, "the key made for the migration")
        let left = Self.idLikeRuns(Self.rawBytes(path))
        #expect(left.isEmpty, "\(left.count) numbers left in clear in the file or its log, e.g. \(left.prefix(2))")
        let db = try SQLiteConnection(path: path, create: false)
        #expect(try db.integer("SELECT count(*) FROM students WHERE id_number IS NOT NULL") == 0)
        #expect(try SQLiteCampaignStore(path: path, create: false).students().map(\.student.idNumber) == ids, "reopened: nothing sealed twice")
    }

    @Test func aPhotoDigestIsStoredWithoutLongDigitRunsAndReadsBackAsHex() throws {
        let digest = "32f30039ecda80d10e7b164cb4158129e0311fa6a112b125748614515456282b"
        #expect(Self.idLikeRuns(digest).count == 1, "hex that holds an 18-digit run")
        let stored = PhotoCapture.storedDigest(digest)
        #expect(stored.count == 44 && Self.idLikeRuns(stored).isEmpty)
        #expect(PhotoCapture.digest(fromStored: stored) == digest)
        #expect(PhotoCapture.digest(fromStored: digest) == digest, "a digest stored as hex before reads as it is")
        let change = CampaignEvent.Change.captured(PhotoCapture(path: "p.jpg", sha256: digest, at: Moment(unixSeconds: 0)))
        #expect(!change.detail.contains(digest))
        #expect(CampaignEvent.Change(kind: "captured", detail: change.detail, at: Moment(unixSeconds: 0)) == change)
    }
}

/// No command prints a full ID number, even one typed into the wrong column of an event file.
@Suite struct MaskedOutputTests {
    @Test func runsOf15To18DigitsAreMaskedInsideText() {
        #expect(Masked.idNumbers(in: "payments.csv:3: no student 110105199502021236 in this campaign")
                == "payments.csv:3: no student 1101**********1236 in this campaign")
        #expect(Masked.idNumbers(in: "id 53010219990101001X.") == "id 5301**********001X.")
        #expect(Masked.idNumbers(in: "53010219990101001x") == "5301**********001x")
        #expect(Masked.idNumbers(in: "old 110105950101123 card") == "old 1101*******1123 card", "15 digits, the first generation")
        #expect(Masked.idNumbers(in: "photos/110105199501011239.jpg") == "photos/1101**********1239.jpg")
        #expect(Masked.idNumbers(in: "１１０１０５１９９５０１０１１２３９") == "１１０１**********１２３９", "full-width digits")
        for kept in ["student 201910010001", "WX 4200001234202211190123456789", "14 digits 12345678901234", "19 digits 1234567890123456789",
                     "5,334 students, 158280 元", ""] {
            #expect(Masked.idNumbers(in: kept) == kept)
        }
    }

    /// Files in which an ID number stands where a student number belongs; the roster holds it too.
    static func campaign(in directory: TemporaryDirectory) throws -> String {
        let workflow = Fixtures.workflow("ynu")
        let college = workflow.sessions[0].units[0]
        let day = workflow.sessions[0].date
        func write(_ text: String, _ name: String) throws { try Data(text.utf8).write(to: directory.url.appending(path: name)) }
        try write("""
            学号,姓名,身份证号,学院,学历层次,入学年份,学制
            2018200001,张三,110105199501011239,\(college),硕士,2018,3
            2018200002,=1+2,110105199502021236,\(college),硕士,2018,3
            2018200003,王\u{1B}[2J\u{1B}]0;pwned\u{07}五,110105199503031233,\(college),硕士,2018,3

            """, "roster.csv")
        try write("""
            payment_id,student_number,amount_fen,paid_at,channel
            WX-1,2018200001,3000,\(day) 09:03,WeChat Pay
            WX-9,110105199502021236,3000,\(day) 09:04,WeChat Pay

            """, "payments.csv")
        try write("""
            student_number,credential,checked_in_at
            110105199503031233,residentIDCard,\(day) 09:00

            """, "checkins.csv")
        let config = directory.path("ynu.json")
        try write("""
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv",
             "events": ["payments.csv", "checkins.csv"]}
            """, "ynu.json")
        return config
    }

    static let typedIDs = ["110105199502021236", "110105199503031233"]

    @Test func anIDNumberInAnEventFilesStudentColumnIsNeverPrintedInFull() throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(in: directory)
        let run = CommandTests.run(["campaign", "run", config])
        let shown = run.out + run.err
        #expect(shown.contains("no student 1101**********1236") || shown.contains("1101**********1236"), "\(run.err)")
        #expect(shown.contains("1101**********1233"), "the check-in's refusal names the masked number: \(run.err)")
        let reconcile = CommandTests.run(["reconcile", config])
        let csv = CommandTests.run(["reconcile", config, "--format", "csv"])
        #expect(reconcile.code == 0 && csv.code == 0, "\(reconcile.err)\(csv.err)")
        for output in [shown, reconcile.out + reconcile.err, csv.out + csv.err] {
            #expect(SealedIDNumberTests.idLikeRuns(output).isEmpty, "\(SealedIDNumberTests.idLikeRuns(output))")
        }
        let raw = SealedIDNumberTests.rawBytes(directory.path("ynu.sqlite"))
        #expect(!raw.isEmpty)
        for id in Self.typedIDs { #expect(!SealedIDNumberTests.holds(raw, id), "\(id) stored in clear (a payment, a refusal)") }
        #expect(SealedIDNumberTests.idLikeRuns(raw).isEmpty)
    }

    @Test func reconcileWritesFormulasAsTextAndShowsControlCharactersAsPictures() throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(in: directory)
        _ = CommandTests.run(["campaign", "run", config])
        let csv = CommandTests.run(["reconcile", config, "--format", "csv"])
        #expect(csv.out.contains(",'=1+2,"), "\(csv.out)")
        #expect(!csv.out.contains(",=1+2,"))
        let text = CommandTests.run(["reconcile", config])
        for output in [text.out, text.err, csv.out, csv.err] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "a control character reached the terminal")
        }
        #expect(text.out.contains("王␛[2J␛]0;pwned␇五"), "\(text.out)")
    }
}

/// CSV cells a spreadsheet would run, and control characters on their way to a terminal.
@Suite struct OutputNeutralisationTests {
    @Test func cellsASpreadsheetWouldRunGetAnApostrophe() {
        let table = Table(headers: ["a"], rows: [["=HYPERLINK(\"http://x\",\"y\")"], ["+cmd|' /C calc'!A0"], ["-2+3"], ["@SUM(A1)"],
                                                ["\tx"], ["\rx"], ["-"], ["safe=1"], ["-300"], ["+1.5"], ["12"], ["张三"]])
        let lines = table.render(.csv).components(separatedBy: "\r\n")
        #expect(Array(lines.prefix(13)) == ["a", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)",
                                            "'\tx", "\"'\rx\"", "'-", "safe=1", "-300", "+1.5", "12", "张三"])
    }

    @Test func reconcileCSVWritesNoNegativeAmount() {
        // Amounts are fen of payments, fees owed and refunds: never below zero, so no amount takes an apostrophe.
        #expect(CSVRecords.neutralized("-3000") == "-3000")
        #expect(CSVRecords.neutralized("3000") == "3000")
    }

    @Test func controlCharactersBecomeVisiblePictures() {
        #expect(TerminalText.visible("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(TerminalText.visible("line\r\nnext\rover") == "line\r\nnext␍over", "CRLF stays, a lone CR does not")
        #expect(TerminalText.visible("\u{0}\u{7}\u{7F}\u{9B}31m\t\n") == "␀␇␡\u{FFFD}31m\t\n")
        #expect(TerminalText.visible("云南农业大学 5,334") == "云南农业大学 5,334")
        let recording = RecordingConsole()
        recording.console.out("name \u{1B}]0;title\u{07}")
        recording.console.error("bad \u{1B}[31m 110105199502021236")
        #expect(recording.output == "name ␛]0;title␇\n")
        #expect(recording.errors == "bad ␛[31m 1101**********1236\n")
        #expect(Table(headers: ["a"], rows: [["x\u{9B}y\u{7F}"]]).render(.json) == "[\n  {\"a\": \"x\\u009by\\u007f\"}\n]\n")
    }
}
