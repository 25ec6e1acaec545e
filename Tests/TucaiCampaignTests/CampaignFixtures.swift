import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiTestKit

/// Collects the notes a campaign run reports (refused rows, bad roster lines), for tests to read.
final class Notes: CampaignProgress {
    var lines: [String] = []
    func begin(_ stage: String, total: Int) {}
    func advance(_ done: Int) {}
    func end(_ result: String) {}
    func note(_ line: String) { lines.append(line) }
}

/// Institutions from the registry, and students and moments to drive their workflows with.
enum Fixtures {
    static func write(_ text: String, _ name: String, in directory: TemporaryDirectory) throws {
        try Data(text.utf8).write(to: directory.url.appending(path: name))
    }

    /// A campaign config from its JSON text, as if saved as `name` in `directory` (paths resolve there).
    static func config(_ json: String, named name: String, in directory: TemporaryDirectory) throws -> CampaignConfig {
        try CampaignConfig.parse(Data(json.utf8), file: directory.url.appending(path: name), registry: institutionRegistry)
    }

    static func institution(_ id: String) -> any Institution {
        // The registry is generated from Package.swift: every identifier used here is a registered module.
        try! institutionRegistry.institution(named: id)
    }

    static func workflow(_ id: String) -> Workflow { Workflow(institution: institution(id)) }

    /// A student in the unit of the table's first row, so that the table assigns a session.
    static func student(_ number: String, for workflow: Workflow, level: DegreeLevel? = nil) -> Student {
        let session = workflow.sessions[0]
        let unit = session.units[0]
        // In the latest cohort the institution names, by the usual programme length of its level.
        let cohort = workflow.institution.cohorts.last!
        let length = cohort.level == .graduate ? 3 : 4
        var student = Student(studentNumber: number, name: "学生\(number.suffix(3))", idNumber: "530102199901010011",
                              level: level ?? (cohort.level == .graduate ? .master : .bachelor),
                              enrolmentYear: cohort.graduationYear - length, programLength: length,
                              expectedGraduation: YearMonth(cohort.graduationYear, 6))
        switch workflow.institution.groupingUnit {
        case .college?: student.college = unit
        case .major?: student.major = unit
        default: student.className = unit
        }
        return student
    }

    static func record(_ number: String, for workflow: Workflow) -> StudentRecord {
        StudentRecord(ordinal: 1, student: student(number, for: workflow), eligibility: .inScope(because: "fixture"))
    }

    static func day(_ workflow: Workflow, _ offset: Int = 0) -> CivilDate { workflow.captureDates[0].adding(days: offset) }
    static func at(_ date: CivilDate, _ hour: Int = 10) -> Moment { Moment(date, TimeOfDay(hour)) }

    /// Applies `steps` in order; the refusal of the first one refused, if any.
    @discardableResult
    static func run(_ steps: [WorkflowStep], on record: inout StudentRecord, _ workflow: Workflow, at moment: Moment) -> WorkflowRefusal? {
        for step in steps {
            do { _ = try workflow.apply(step, to: &record, at: moment) } catch { return error }
        }
        return nil
    }

    static let digest = String(repeating: "5e", count: 32)
}
