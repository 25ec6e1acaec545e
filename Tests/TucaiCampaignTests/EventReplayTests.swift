import Foundation
import Testing
@testable import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiTestKit
import TucaiDigest

/// Real event files replayed instead of a simulation: every row goes through the policy's rules, bad rows
/// are reported with file and line, a payment id repeated in the files gives one receipt.
@Suite struct EventReplayTests {
    static let ynu = Fixtures.workflow("ynu")

    static func campaign(in directory: TemporaryDirectory) throws -> CampaignConfig {
        let college = ynu.sessions[0].units[0]
        let day = ynu.sessions[0].date
        try Fixtures.write("""
            学号,姓名,身份证号,学院,学历层次,入学年份,学制
            2018200001,张三,110105199501011239,\(college),硕士,2018,3
            2018200002,李四,110105199502021236,\(college),硕士,2018,3
            2018200003,王五,110105199503031233,\(college),硕士,2018,3

            """, "roster.csv", in: directory)
        try Data("photo of 2018200001".utf8).write(to: directory.url.appending(path: "p1.jpg"))
        let digest = SHA256.hex(Array("photo of 2018200001".utf8))
        try Fixtures.write("""
            student_number,credential,checked_in_at
            2018200001,residentIDCard,\(day) 09:00
            2018200002,第二代居民身份证,\(day) 09:01
            2018200003,studentCard,\(day) 09:02

            """, "checkins.csv", in: directory)
        try Fixtures.write("""
            payment_id,student_number,amount_fen,paid_at,channel
            WX-1,2018200001,3000,\(day) 09:03,WeChat Pay
            WX-1,2018200001,3000,\(day) 09:03,WeChat Pay
            WX-2,2018200002,2000,\(day) 09:04,WeChat Pay

            """, "payments.csv", in: directory)
        try Fixtures.write("""
            student_number,photo_path,sha256,captured_at
            2018200001,p1.jpg,\(digest),\(day) 09:05
            2018200002,p2.jpg,\(String(repeating: "ab", count: 32)),\(day) 09:06

            """, "captures.csv", in: directory)
        let json = """
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv",
             "events": ["checkins.csv", "payments.csv", "captures.csv"]}
            """
        return try Fixtures.config(json, named: "ynu.json", in: directory)
    }

    @Test func rowsGoThroughThePolicyAndBadOnesAreReportedByLine() throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(in: directory)
        #expect(Self.ynu.fee == Money(fen: 3000))
        let store = InMemoryCampaignStore()
        let notes = Notes()
        let summary = try CampaignRun(config: config, store: store, progress: notes).run()
        #expect(summary.imported == 3 && summary.rejected == 0)
        let records = try store.students()
        #expect(records.map(\.stage) == [.closed, .makeUp, .makeUp])
        let payments = try store.payments()
        #expect(payments.map(\.id) == ["WX-1", "WX-2"], "one receipt for the repeated id; the wrong amount kept")
        #expect(payments[0].owedBack == nil && payments[1].owedBack?.contains("payment routes") == true, "the wrong amount is owed back")
        #expect(records[0].state.capture?.path == "p1.jpg")
        #expect(notes.lines.contains { $0.contains("payments.csv:4:") && $0.contains("fits none of") && $0.contains("payment routes") })
        #expect(notes.lines.contains { $0.contains("checkins.csv:4:") && $0.contains(Credential.residentIDCard.chinese) })
        #expect(notes.lines.contains { $0.contains("captures.csv:3:") && $0.contains("before payment") })
        #expect(notes.lines.allSatisfy { !$0.contains("payments.csv:3:") })

        let again = Notes()
        let rerun = try CampaignRun(config: config, store: store, progress: again).run()
        #expect(rerun.events == summary.events)
        #expect(try store.students() == records)
    }

    @Test func aPhotoWhoseFileDisagreesWithItsDigestIsRefused() throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(in: directory)
        try Data("another photo".utf8).write(to: directory.url.appending(path: "p1.jpg"))
        let notes = Notes()
        let store = InMemoryCampaignStore()
        _ = try CampaignRun(config: config, store: store, progress: notes).run()
        #expect(notes.lines.contains { $0.contains("captures.csv:2:") && $0.contains("sha256") })
        #expect(try store.student(number: "2018200001")?.state.capture == nil)
    }

    @Test func aCaptureRowWithoutADigestTakesTheFilesDigest() throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(in: directory)
        let day = Self.ynu.sessions[0].date
        try Fixtures.write("""
            student_number,photo_path,sha256,captured_at
            2018200001,p1.jpg,,\(day) 09:05

            """, "captures.csv", in: directory)
        let store = InMemoryCampaignStore()
        _ = try CampaignRun(config: config, store: store, progress: Notes()).run()
        let capture = try #require(try store.student(number: "2018200001")?.state.capture)
        #expect(capture.sha256 == SHA256.hex(Array("photo of 2018200001".utf8)))
    }

    @Test func anUnclosedQuoteStopsTheRunWithItsLine() throws {
        let directory = TemporaryDirectory()
        try Fixtures.write("payment_id,student_number,amount_fen,paid_at\nWX-1,2018200001,3000,2020-11-02 09:00\n\"WX-2,2018200002,3000,2020-11-02 09:01\n", "open.csv", in: directory)
        _ = try Self.campaign(in: directory)
        let json = """
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv", "events": ["open.csv"]}
            """
        let config = try Fixtures.config(json, named: "ynu.json", in: directory)
        #expect { try CampaignRun(config: config, store: InMemoryCampaignStore()).run() } throws: { error in
            "\(error)".contains("open.csv:3: quote opened on line 3 is never closed")
        }
    }

    @Test func aFileThatIsNoEventFileStopsTheRunWithItsName() throws {
        let directory = TemporaryDirectory()
        try Fixtures.write("a,b\n1,2\n", "other.csv", in: directory)
        _ = try Self.campaign(in: directory)
        let json = """
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv", "events": ["other.csv"]}
            """
        let config = try Fixtures.config(json, named: "ynu.json", in: directory)
        #expect { try CampaignRun(config: config, store: InMemoryCampaignStore()).run() } throws: { error in
            "\(error)".contains("other.csv:1:")
        }
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array(repeating: UInt8(ascii: "a"), count: 1_000)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // Read in place (Data, a slice) or copied first (a collection with no contiguous storage): the same digest.
        #expect(SHA256.hex(Data(long)) == SHA256.hex(long))
        #expect(SHA256.hex(long[10...]) == SHA256.hex(Array(long[10...])))
        #expect(SHA256.hex("abc".utf8.lazy.map { $0 }) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func aTimeIsReadOnBeijingsClockOrRefused() {
        let day = CivilDate(2022, 11, 19)
        for text in ["2022-11-19 08:41", "2022-11-19T08:41", "2022-11-19T08:41:05", "2022-11-19T08:41:59+08:00", "2022-11-19T08:41+0800"] {
            #expect(Moment(iso: text) == Moment(day, TimeOfDay(8, 41)), "\(text)")
        }
        #expect(Moment(iso: "2022-11-19") == Moment(day, TimeOfDay(0)))
        // Another zone, a UTC mark, impossible seconds or trailing text would otherwise be read as 08:41 in Beijing.
        for text in ["2022-11-19T08:41:05Z", "2022-11-19T08:41+09:00", "2022-11-19T08:41:05+09:00", "2022-11-19T08:41:60",
                     "2022-11-19T08:41:5", "2022-11-19T08:41:xx", "2022-11-19T08:41:05.250", "2022-11-19T08:41:05:00", "2022-11-19+08:00"] {
            #expect(Moment(iso: text) == nil, "\(text) was accepted")
        }
    }

    @Test func aRowStampedInAnotherZoneIsReportedByLine() throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(in: directory)
        let day = Self.ynu.sessions[0].date
        try Fixtures.write("""
            student_number,credential,checked_in_at
            2018200001,residentIDCard,\(day)T01:00:00Z
            2018200002,residentIDCard,\(day)T09:01:30+08:00

            """, "checkins.csv", in: directory)
        let store = InMemoryCampaignStore()
        let notes = Notes()
        _ = try CampaignRun(config: config, store: store, progress: notes).run()
        #expect(notes.lines.contains { $0.contains("checkins.csv:2: field 'checked_in_at'") })
        #expect(try store.student(number: "2018200001")?.state.credential == nil)
        #expect(try store.history(of: "2018200002").contains { $0.change == .checkedIn(.residentIDCard) && $0.at == Moment(day, TimeOfDay(9, 1)) })
    }

    @Test func aControlCharacterInAFieldIsReportedNotStored() throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(in: directory)
        let day = Self.ynu.sessions[0].date
        try Fixtures.write("""
            payment_id,student_number,amount_fen,paid_at,channel
            "WX\u{1F}1",2018200001,3000,\(day) 09:03,WeChat Pay

            """, "payments.csv", in: directory)
        try Fixtures.write("""
            student_number,photo_path,sha256,captured_at
            2018200002,"p2
            .jpg",\(String(repeating: "ab", count: 32)),\(day) 09:06

            """, "captures.csv", in: directory)
        let store = InMemoryCampaignStore()
        let notes = Notes()
        _ = try CampaignRun(config: config, store: store, progress: notes).run()
        #expect(notes.lines.contains { $0.contains("payments.csv:2: field 'payment_id': holds the control character U+001F") }, "\(notes.lines)")
        #expect(notes.lines.contains { $0.contains("captures.csv:2: field 'photo_path': holds the control character U+000A") }, "\(notes.lines)")
        #expect(try store.payments().isEmpty)
        #expect(try store.student(number: "2018200002")?.state.capture == nil)
        // The engine refuses the same when it is called directly.
        let workflow = Workflow(config: config)
        let engine = try CampaignEngine(workflow: workflow, cohort: config.cohort, store: store)
        let bad = Payment(id: "WX\u{1F}2", amount: workflow.fee!, at: Moment(day, TimeOfDay(9)), students: ["2018200001"])
        guard case .refused = try engine.recordPayment(bad) else { Issue.record("a payment id with a control character was recorded"); return }
    }

    @Test func anAbsurdSequenceNumberIsRefusedAtReplay() throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(in: directory)
        let day = Self.ynu.sessions[0].date
        try Fixtures.write("""
            student_number,credential,checked_in_at,sequence_number
            2018200001,residentIDCard,\(day) 09:00,99999999
            2018200002,residentIDCard,\(day) 09:01,0

            """, "checkins.csv", in: directory)
        let notes = Notes()
        _ = try CampaignRun(config: config, store: InMemoryCampaignStore(), progress: notes).run()
        #expect(notes.lines.contains { $0.contains("checkins.csv:2: field 'sequence_number': 99999999 is beyond 1000") }, "\(notes.lines)")
        #expect(notes.lines.contains { $0.contains("checkins.csv:3: field 'sequence_number'") })
    }
}

/// Every fen received is accounted for: paying three times, paying too much, paying for nobody.
@Suite struct OwedBackMoneyTests {
    @Test func everyFenReceivedIsCreditedOrOwedBackAndReconcileBalances() throws {
        let directory = TemporaryDirectory()
        let ynu = EventReplayTests.ynu
        let college = ynu.sessions[0].units[0]
        let day = ynu.sessions[0].date
        try Fixtures.write("""
            学号,姓名,身份证号,学院,学历层次,入学年份,学制
            2018200001,张三,110105199501011239,\(college),硕士,2018,3
            2018200002,李四,110105199502021236,\(college),硕士,2018,3

            """, "roster.csv", in: directory)
        try Fixtures.write("""
            payment_id,student_number,amount_fen,paid_at,channel
            WX-1,2018200001,3000,\(day) 09:03,WeChat Pay
            WX-2,2018200001,3000,\(day) 09:04,WeChat Pay
            WX-3,2018200001,3000,\(day) 09:05,WeChat Pay
            WX-4,2018200002,4500,\(day) 09:06,WeChat Pay
            WX-5,2099999999,3000,\(day) 09:07,WeChat Pay
            WX-1,2018200001,3000,\(day) 09:03,WeChat Pay

            """, "payments.csv", in: directory)
        let json = """
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv", "events": ["payments.csv"]}
            """
        let config = try Fixtures.config(json, named: "ynu.json", in: directory)
        let store = InMemoryCampaignStore()
        _ = try CampaignRun(config: config, store: store).run()
        let payments = try store.payments()
        #expect(payments.map(\.id) == ["WX-1", "WX-2", "WX-3", "WX-4", "WX-5"], "the repeated WX-1 is one payment; everything else is kept")
        #expect(payments.map(\.amount).sum() == .yuan(30 + 30 + 30 + 45 + 30))
        #expect(payments.filter { $0.owedBack == nil }.map(\.id) == ["WX-1"])
        #expect(payments.first { $0.id == "WX-2" }?.owedBack?.contains("already paid in full") == true)
        #expect(payments.first { $0.id == "WX-4" }?.owedBack?.contains("payment routes") == true)
        #expect(payments.first { $0.id == "WX-5" }?.owedBack?.contains("no such student") == true)

        let r = try Reconciliation(records: try store.students(), payments: payments, workflow: Workflow(config: config))
        #expect(r.balance.balances)
        #expect(r.balance.received == .yuan(165) && r.balance.owedBack == .yuan(135))
        #expect(try r.items(in: .owedBack).map(\.series) == ["WX-2", "WX-3", "WX-4", "WX-5"])
        #expect(r.totals.last?.hasPrefix("money: received 165 元") == true, "\(r.totals)")
    }

    /// The balance has teeth: a student credited with money no payment brought does not balance.
    @Test func creditWithoutAPaymentDoesNotBalance() {
        var record = WorkflowRuleExample.example(StudentState(notified: true, paid: .yuan(30), feeSettled: true))
        record.ordinal = 1
        let balance = MoneyBalance(records: [record], payments: [])
        #expect(!balance.balances)
        #expect(balance.description.contains("DOES NOT BALANCE"))
    }
}

/// What a review of the replay found, each pinned: money under a reused id or for an empty class is kept; a
/// row refused for a number another student holds leaves no check-in and no later number; a roster fixed
/// since an earlier run no longer counts against the campaign; two files of one name in two folders are two
/// sources.
@Suite struct ReplayEdgeTests {
    static func ynuCampaign(_ directory: TemporaryDirectory, payments: String, extra: [String: String] = [:], events: [String]? = nil) throws -> CampaignConfig {
        let ynu = EventReplayTests.ynu
        try Fixtures.write("""
            学号,姓名,学院,学历层次,入学年份,学制
            2018200001,张三,\(ynu.sessions[0].units[0]),硕士,2018,3

            """, "roster.csv", in: directory)
        try Fixtures.write(payments, "payments.csv", in: directory)
        for (name, text) in extra {
            try FileManager.default.createDirectory(at: directory.url.appending(path: name).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Fixtures.write(text, name, in: directory)
        }
        let list = (events ?? ["payments.csv"]).map { "\"\($0)\"" }.joined(separator: ", ")
        let json = """
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv", "events": [\(list)]}
            """
        return try Fixtures.config(json, named: "ynu.json", in: directory)
    }

    @Test func aSecondRecordUnderAnIdIsKeptAndBalances() throws {
        let directory = TemporaryDirectory()
        let day = EventReplayTests.ynu.sessions[0].date
        let config = try Self.ynuCampaign(directory, payments: """
            payment_id,student_number,amount_fen,paid_at
            WX-1,2018200001,3000,\(day) 09:03
            WX-1,2018200001,2000,\(day) 09:04

            """)
        let store = InMemoryCampaignStore()
        let summary = try CampaignRun(config: config, store: store).run()
        let payments = try store.payments()
        #expect(payments.map(\.id) == ["WX-1", "WX-1#2"])
        #expect(payments.map(\.amount).sum() == .yuan(50), "every fen in the file is stored")
        #expect(MoneyBalance(records: try store.students(), payments: payments).balances)
        #expect(summary.refusedInputRows == 1)
    }

    @Test func twoFilesOfOneNameInTwoFoldersAreBothReplayed() throws {
        let directory = TemporaryDirectory()
        let day = EventReplayTests.ynu.sessions[0].date
        let header = "payment_id,student_number,amount_fen,paid_at\n"
        let config = try Self.ynuCampaign(directory, payments: header, extra: [
            "day1/events.csv": header + "WX-1,2018200001,3000,\(day) 09:03\n",
            "day2/events.csv": header + "WX-2,2018200001,3000,\(day) 09:04\n",
        ], events: ["day1/events.csv", "day2/events.csv"])
        let store = InMemoryCampaignStore()
        let summary = try CampaignRun(config: config, store: store).run()
        #expect(Set(try store.inputRows().map(\.source)) == ["day1/events.csv", "day2/events.csv"])
        #expect(try store.payments().map(\.id) == ["WX-1", "WX-2"], "the second, for a fee already paid, is kept as owed back")
        #expect(summary.changedFiles.isEmpty)
        let again = try CampaignRun(config: config, store: store).run()
        let paymentsAfterRerun = try store.payments().count
        #expect(again.changedFiles.isEmpty && paymentsAfterRerun == 2, "a rerun applies nothing twice")
    }

    @Test func aFileChangedSinceItWasReplayedIsReportedAndLeftAlone() throws {
        let directory = TemporaryDirectory()
        let day = EventReplayTests.ynu.sessions[0].date
        let config = try Self.ynuCampaign(directory, payments: "payment_id,student_number,amount_fen,paid_at\nWX-1,2018200001,3000,\(day) 09:03\n")
        let store = InMemoryCampaignStore()
        _ = try CampaignRun(config: config, store: store).run()
        try Fixtures.write("payment_id,student_number,amount_fen,paid_at\nWX-1,2018200001,3000,\(day) 09:03\nWX-9,2018200001,3000,\(day) 09:09\n",
                           "payments.csv", in: directory)
        let again = try CampaignRun(config: config, store: store).run()
        #expect(again.changedFiles == ["payments.csv"])
        #expect(try store.payments().map(\.id) == ["WX-1"])
    }

    @Test func aFixedRosterNoLongerCountsAgainstTheCampaign() throws {
        let directory = TemporaryDirectory()
        let ynu = EventReplayTests.ynu
        let unit = ynu.sessions[0].units[0]
        try Fixtures.write("学号,姓名,学院,学历层次,入学年份,学制\n2018200001,张三,\(unit),硕士,2018,3\n2018200002,,\(unit),硕士,2018,3\n", "roster.csv", in: directory)
        let json = """
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv", "students": 2}
            """
        let config = try Fixtures.config(json, named: "ynu.json", in: directory)
        let store = InMemoryCampaignStore()
        #expect(try CampaignRun(config: config, store: store).run().refusedInputRows == 1)
        try Fixtures.write("学号,姓名,学院,学历层次,入学年份,学制\n2018200001,张三,\(unit),硕士,2018,3\n2018200002,李四,\(unit),硕士,2018,3\n", "roster.csv", in: directory)
        let fixed = try CampaignRun(config: config, store: store).run()
        #expect(fixed.refusedInputRows == 0, "the fixed file's rows all went in")
        #expect(try store.inputRows().count == 1, "the earlier refusal stays in the history")
        #expect(try store.students().count == 2)
    }
}

@Suite struct StationNumberTests {
    /// Two station rows give the same number: the second row is refused whole (no check-in stands), and no
    /// number is issued to that student later, so reconcile reports no gap that never happened.
    @Test func aRowRefusedForATakenNumberLeavesNoCheckInAndNoLaterNumber() throws {
        let directory = TemporaryDirectory()
        let nchu = Fixtures.workflow("nchu")
        let unit = nchu.sessions[0].units[0]
        let day = nchu.sessions[0].date
        try Fixtures.write("学号,姓名,班级,学历层次,入学年份,学制\n1901110001,甲,\(unit),本科,2019,4\n1901110002,乙,\(unit),本科,2019,4\n",
                           "roster.csv", in: directory)
        try Fixtures.write("""
            student_number,credential,checked_in_at,sequence_number
            1901110001,residentIDCard,\(day) 09:00,7
            1901110002,residentIDCard,\(day) 09:01,7

            """, "checkins.csv", in: directory)
        let json = """
            {"institution": "nchu", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "roster": "roster.csv", "events": ["checkins.csv"]}
            """
        let config = try Fixtures.config(json, named: "nchu.json", in: directory)
        let store = InMemoryCampaignStore()
        let notes = Notes()
        _ = try CampaignRun(config: config, store: store, progress: notes).run()
        let second = try #require(try store.student(number: "1901110002"))
        #expect(second.state.credential == nil, "the refused row's check-in does not stand")
        #expect(second.state.sequenceNumber == nil, "no number is issued later to a student the station never numbered")
        #expect(notes.lines.contains { $0.contains("checkins.csv:3:") && $0.contains("already held by student 1901110001") })
        let gaps = try Reconciliation(records: try store.students(), workflow: Workflow(config: config)).items(in: .sequence)
        #expect(!gaps.contains { $0.student == "1901110002" }, "\(gaps)")
    }
}

@Suite struct IDNumbersInTheWrongColumnTests {
    @Test func anIDNumberAsStudentNumberOrPaymentIDIsNeverStored() throws {
        let directory = TemporaryDirectory()
        let ynu = EventReplayTests.ynu
        let day = ynu.sessions[0].date
        try Fixtures.write("学号,姓名,学院,学历层次,入学年份,学制\n2018200001,张三,\(ynu.sessions[0].units[0]),硕士,2018,3\n110105199501011239,李四,\(ynu.sessions[0].units[0]),硕士,2018,3\n",
                           "roster.csv", in: directory)
        try Fixtures.write("payment_id,student_number,amount_fen,paid_at\n110105199502021236,2018200001,3000,\(day) 09:03\n", "payments.csv", in: directory)
        let json = """
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv", "events": ["payments.csv"]}
            """
        let config = try Fixtures.config(json, named: "ynu.json", in: directory)
        let store = InMemoryCampaignStore()
        let notes = Notes()
        _ = try CampaignRun(config: config, store: store, progress: notes).run()
        #expect(try store.students().map(\.number) == ["2018200001"], "a 学号 that is an ID number is rejected")
        #expect(try store.payments().map(\.id) == ["1101**********1236"])
        let everything = notes.lines.joined() + (try store.inputRows().map(\.description).joined())
        #expect(!everything.contains("110105199501011239") && !everything.contains("110105199502021236"))
    }
}
