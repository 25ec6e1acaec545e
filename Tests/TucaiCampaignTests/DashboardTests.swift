import Foundation
import Testing
import TucaiCampaign
@testable import TucaiCommands
import TucaiKernel
import TucaiRegistry
import TucaiSQLite

/// `tucai report` on the YNAU example campaign: the page names every college, states the money exactly as
/// `reconcile` does, shows no whole ID number, needs no network, and a real browser draws something on it.
@Suite(.serialized) struct DashboardTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Examples")

    /// The YNAU example as the README runs it (5,334 students, a few seconds), copied into `directory` so that
    /// its database is made there, then reported.
    static func report(in directory: TemporaryDirectory) throws -> (html: String, path: String, config: String) {
        let config = directory.path("ynau-2023.json")
        try FileManager.default.copyItem(atPath: examples.appending(path: "ynau-2023.json").path, toPath: config)
        let run = CommandTests.run(["campaign", "run", config])
        #expect(run.code == 0, "\(run.err)")
        let out = directory.path("report.html")
        let report = CommandTests.run(["report", config, "--out", out, "--as-of", "last-capture-day"])
        #expect(report.code == 0, "\(report.err)")
        #expect(report.out.hasPrefix("\(out): report of ") && report.out.hasSuffix(" students in scope written (云南农业大学, \(directory.path("ynau-2023.sqlite")))\n"),
                "\(report.out)")
        return (try String(contentsOfFile: out, encoding: .utf8), out, config)
    }

    @Test func theReportStatesReconciliationsFiguresAndNamesEveryCollege() throws {
        let directory = TemporaryDirectory()
        let (html, _, config) = try Self.report(in: directory)
        let opened = try OpenedCampaign(config, create: false)
        let records = try opened.store.students()
        let reconciliation = try Reconciliation(records: records, payments: try opened.store.payments(), inputRows: try opened.store.inputRows(),
                                            stationEntries: try opened.store.stationEntries(), workflow: opened.workflow)
        let balance = reconciliation.balance
        #expect(balance.received > .zero)
        #expect(html.contains("收款 received <b>\(balance.received)</b>"), "the received total as MoneyBalance computes it")
        for part in [balance.photographed, balance.refundsDue, balance.held, balance.owedBack] { #expect(html.contains("<b>\(part)</b>")) }
        let colleges = Set(records.filter { $0.eligibility.isInScope }.compactMap(\.student.college))
        #expect(colleges.count > 3)
        for college in colleges { #expect(html.contains(college), "\(college) missing") }
        #expect(html.contains("补拍队列") && html.contains("核验状态") && html.contains("<svg"))
        // Resident ID numbers are 18 characters; none may appear whole.
        #expect(html.firstMatch(of: try Regex(#"\d{17}[\dX]"#)) == nil)
        // Self-contained: nothing fetched from elsewhere.
        #expect(html.firstMatch(of: try Regex(#"(src|href)\s*=\s*["']?https?://"#)) == nil)
        #expect(!html.contains("<script") && !html.contains("<link"))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "the temporary file is renamed over the report: \(left)")
    }

    @Test func aBrowserDrawsTheReport() throws {
        let directory = TemporaryDirectory()
        let (_, path, _) = try Self.report(in: directory)
        let browser = try #require(Self.chromium, "chromium is not installed: the report cannot be rendered (apt-get install chromium fonts-noto-cjk)")
        let blankPage = directory.path("blank.html")
        try Data("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>".utf8).write(to: URL(fileURLWithPath: blankPage))
        let blank = try Self.screenshot(blankPage, browser: browser, in: directory, named: "blank.png")
        let report = try Self.screenshot(path, browser: browser, in: directory, named: "report.png")
        #expect(Self.pngSize(blank)?.width == 1280 && Self.pngSize(report)?.width == 1280, "screenshots are 1280 wide")
        #expect(Self.pngSize(report)?.height == 2400)
        // A drawn page of tables, bars and Chinese text compresses far worse than an empty one.
        #expect(report.count > blank.count * 10, "report.png is \(report.count) bytes, a blank page \(blank.count)")
        if let keep = ProcessInfo.processInfo.environment["TUCAI_KEEP_REPORT_PNG"], !keep.isEmpty {
            try report.write(to: URL(fileURLWithPath: keep))
        }
    }

    static var chromium: String? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in ["/usr/bin", "/usr/local/bin", "/snap/bin"] where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    static func screenshot(_ html: String, browser: String, in directory: TemporaryDirectory, named name: String) throws -> Data {
        let png = directory.path(name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png)", "--window-size=1280,2400",
                             "--user-data-dir=\(directory.path("chromium-profile"))", URL(fileURLWithPath: html).absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            Issue.record("\(browser) took more than 90 s to draw \(html)")
        }
        process.waitUntilExit()
        return try #require(FileManager.default.contents(atPath: png), "\(browser) wrote no screenshot of \(html) (exit \(process.terminationStatus))")
    }

    /// Width and height from the PNG's IHDR chunk, which the signature always directly precedes.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }
}
