import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TucaiKernel
import TucaiRegistry
import TucaiSchedule

@Suite("Gantt charts in SVG")
struct GanttChartTests {
    /// Counts elements and checks that the document parses as XML.
    final class Census: NSObject, XMLParserDelegate {
        var counts = [String: Int]()
        var redBars = 0
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            if name == "rect", attributes["stroke"] == "#d00000" { redBars += 1 }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    static func census(_ svg: String) -> (Census, Bool) {
        let census = Census()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = census
        return (census, parser.parse())
    }

    @Test("a published table with problems: well-formed, a bar per session, its problems in red", arguments: ["lsu", "ynau", "ucas"])
    func published(identifier: String) throws {
        let institution = try institutionRegistry.institution(named: identifier)
        let declaration = ScheduleDeclaration(institution)
        let findings = ScheduleChecker.check(ScheduleContext(table: institution.sessionTable, declaration: declaration))
        let svg = GanttChart(title: identifier, table: institution.sessionTable, declaration: declaration, findings: findings).svg
        let (census, parsed) = Self.census(svg)
        #expect(parsed)
        #expect(census.counts["title"] == institution.sessionTable.sessions.count)
        let marked = Set(findings.filter { $0.makesTableUnclean && !["undeclared-room", "unused-room"].contains($0.rule) }.flatMap(\.sessions))
        #expect(census.redBars == marked.count)
        #expect(census.redBars > 0 || findings.contains { ["undeclared-room", "unused-room"].contains($0.rule) })
    }

    @Test("every session's label is readable: in its bar, or by number in the legend under the chart", arguments: ["ynau", "lsu"])
    func labelsAreReadable(identifier: String) throws {
        let institution = try institutionRegistry.institution(named: identifier)
        let svg = GanttChart(title: identifier, table: institution.sessionTable, declaration: ScheduleDeclaration(institution)).svg
        // Tooltips name every session anyway; what a printed page shows is the rest.
        let shown = svg.replacingOccurrences(of: "<title>[^<]*</title>", with: "", options: .regularExpression)
        for session in institution.sessionTable.sessions {
            let units = session.units.joined(separator: "、").replacingOccurrences(of: "&", with: "&amp;")
            #expect(shown.contains(units), "\(session.start) \(units) is neither in its bar nor in the legend")
        }
        if identifier == "ynau" {
            // 103 sessions in one day: most bars are too short for their names (植物保护（专升本）has ten minutes).
            #expect(shown.contains("Sessions numbered on the chart"))
            #expect(shown.range(of: #"\d+\. 2022-11-19 15:10-15:20 C区202 植物保护（专升本）"#, options: .regularExpression) != nil)
        }
    }

    @Test("a plan: well-formed, a bar per session, nothing in red")
    func plan() throws {
        let problem = RandomInstance.make(units: 60, rooms: 3, seed: 3)
        let plan = try Planner.plan(problem)
        let days = Dictionary(grouping: problem.rooms[0].windows, by: \.date).map { CaptureDay($0.key, windows: $0.value.map(\.window), rooms: problem.rooms.map(\.name)) }
        let svg = GanttChart(title: "plan", table: plan.table, declaration: ScheduleDeclaration(captureDays: days)).svg
        let (census, parsed) = Self.census(svg)
        #expect(parsed)
        #expect(census.counts["title"] == plan.table.sessions.count)
        #expect(census.redBars == 0)
        #expect(svg.contains("No errors or warnings"))
    }

    @Test("text is escaped")
    func escaping() {
        let table = SessionTable(sessions: [Session("A&B <x> \"q\"", room: "R", date: CivilDate(2024, 1, 2), TimeOfDay(9), TimeOfDay(10))])
        let (_, parsed) = Self.census(GanttChart(title: "<&>", table: table, declaration: .none).svg)
        #expect(parsed)
    }

    @Test("a control character from a CSV cell is dropped, and the markup around it still reads back as text")
    func controlCharacters() {
        let table = SessionTable(sessions: [Session("A&B <x>\u{01}", room: "R\u{1B}", date: CivilDate(2024, 1, 2), TimeOfDay(9), TimeOfDay(10))])
        let svg = GanttChart(title: "t\u{0}", table: table, declaration: .none).svg
        let (census, parsed) = Self.census(svg)
        #expect(parsed)
        #expect(census.text.contains("A&B <x>"))
        #expect(!census.text.unicodeScalars.contains { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) })
    }
}
