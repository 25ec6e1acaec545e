/// One thing the workflow refuses or requires at a step, as a small type, the way SwiftLint writes lint
/// rules: a description with a one-line summary and examples of a step it must refuse and one it must
/// allow, which one generic harness runs for every rule, the kernel's and every module's alike. The kernel's
/// standard rules are built from a policy's declarative fields (`StandardWorkflowRules`); a module with a
/// rule no earlier school had adds a type in its own folder and lists it in `workflowRules`.
public protocol WorkflowRule: Sendable {
    static var description: WorkflowRuleDescription { get }
    /// The notice's words for the rule, where the module that put it in force supplies them.
    var quote: String? { get }
    /// Why `step` may not happen to `record` at `moment`; nil when this rule allows it.
    func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation?
}

extension WorkflowRule {
    public var quote: String? { nil }
    public var identifier: String { Self.description.identifier }
}

/// What a rule says when it refuses: the reason, the same for every student the rule stops (refusals are
/// counted by it), and this student's particulars.
public struct RuleViolation: Hashable, Sendable {
    public var reason: String
    public var detail: String?
    public init(_ reason: String, _ detail: String? = nil) { self.reason = reason; self.detail = detail }
}

/// A rule's identity and its examples.
public struct WorkflowRuleDescription: Sendable {
    /// Stable, lower-case, hyphenated ("payment-before-capture"); refusals name it.
    public let identifier: String
    /// One line: what the rule enforces.
    public let summary: String
    public let examples: [WorkflowRuleExample]

    public init(identifier: String, summary: String, examples: [WorkflowRuleExample]) {
        self.identifier = identifier; self.summary = summary; self.examples = examples
    }
}

/// What the workflow knows besides the student when a rule is asked.
public struct WorkflowContext: Sendable {
    public var institutionName: String
    /// The days the campaign photographs (collective days, or the online window's days), in order.
    public var captureDates: [CivilDate]
    /// How this campaign photographs: a rule made for another mode (an online route's, a station's
    /// credentials) stands aside.
    public var mode: CaptureMode?

    public init(institutionName: String = "the school", captureDates: [CivilDate] = [], mode: CaptureMode? = .collective) {
        self.institutionName = institutionName; self.captureDates = captureDates; self.mode = mode
    }

    /// Whether a rule made for `mode` (nil: every mode) applies in this campaign.
    public func applies(to mode: CaptureMode?) -> Bool { mode == nil || mode == self.mode }

    /// The last capture day: make-ups, refunds and missed students are reckoned from it.
    public var collectionEnds: CivilDate? { captureDates.last }
}

/// One example a rule must get right: a record, a step, and whether the rule refuses it.
public struct WorkflowRuleExample: Sendable {
    public let rule: any WorkflowRule
    public let step: WorkflowStep
    public let record: StudentRecord
    public let moment: Moment
    public let context: WorkflowContext
    public let refuses: Bool
    public let file: String
    public let line: Int

    public static func refuses(_ rule: any WorkflowRule, _ step: WorkflowStep, _ state: StudentState = StudentState(),
                               at moment: Moment = WorkflowRuleExample.day, in context: WorkflowContext = WorkflowRuleExample.context,
                               file: String = #fileID, line: Int = #line) -> WorkflowRuleExample {
        WorkflowRuleExample(rule: rule, step: step, record: example(state), moment: moment, context: context, refuses: true, file: file, line: line)
    }

    public static func allows(_ rule: any WorkflowRule, _ step: WorkflowStep, _ state: StudentState = StudentState(),
                              at moment: Moment = WorkflowRuleExample.day, in context: WorkflowContext = WorkflowRuleExample.context,
                              file: String = #fileID, line: Int = #line) -> WorkflowRuleExample {
        WorkflowRuleExample(rule: rule, step: step, record: example(state), moment: moment, context: context, refuses: false, file: file, line: line)
    }

    /// A capture day for examples, and a context whose only capture day it is.
    public static let day = Moment(CivilDate(2026, 6, 1), TimeOfDay(9, 0))
    public static let context = WorkflowContext(institutionName: "示例学院", captureDates: [CivilDate(2026, 6, 1)])

    /// A student in scope with `state`.
    public static func example(_ state: StudentState) -> StudentRecord {
        StudentRecord(student: Student(studentNumber: "2026000001", name: "示例", className: "示例1班"),
                      eligibility: .inScope(because: "example"), state: state)
    }

    /// An assignment to the example day's first slot.
    public static let slot = SessionAssignment(session: 0, source: .publishedTable, unit: "示例1班", room: "101",
                                               date: CivilDate(2026, 6, 1), start: TimeOfDay(9, 0), end: TimeOfDay(10, 0))

    /// Whether the rule decides this example as it says.
    public var holds: Bool { (rule.violation(of: step, by: record, at: moment, in: context) != nil) == refuses }
}

extension WorkflowRuleDescription {
    /// What is wrong with `Rule`'s examples: none at all, no refusing or no allowing one, one built for
    /// another rule, or one the rule decides the other way. Empty when the rule is sound.
    public static func problems<Rule: WorkflowRule>(of _: Rule.Type) -> [String] {
        let d = Rule.description
        var problems: [String] = []
        if d.identifier.isEmpty || d.summary.isEmpty { problems.append("\(Rule.self): identifier and summary must not be empty") }
        if !d.examples.contains(where: \.refuses) { problems.append("\(d.identifier): no example of a step it refuses") }
        if !d.examples.contains(where: { !$0.refuses }) { problems.append("\(d.identifier): no example of a step it allows") }
        for example in d.examples {
            if !(example.rule is Rule) {
                problems.append("\(example.file):\(example.line): \(d.identifier)'s example is built for \(type(of: example.rule))")
            } else if !example.holds {
                problems.append("\(example.file):\(example.line): \(d.identifier) should \(example.refuses ? "refuse" : "allow") \(example.step)")
            }
        }
        return problems
    }

    /// The same check for a rule known only as a value.
    public static func problems(of rule: any WorkflowRule) -> [String] {
        func open<R: WorkflowRule>(_ r: R) -> [String] { problems(of: R.self) }
        return open(rule)
    }
}
