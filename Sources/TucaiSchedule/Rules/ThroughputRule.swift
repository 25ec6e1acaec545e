import TucaiKernel

/// A slot whose students per minute are far from the table's own median, or, at a stated rate, any slot
/// shorter than its students need: too short, and its students queue past their time; too long, and a
/// photographer waits for nobody.
public struct ThroughputRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "throughput",
        summary: "A slot asks for a throughput far from the table's median: too short or wastefully long.",
        triggeringExamples: [
            // 111 students in 20 minutes where every other slot runs at about 3 a minute.
            ScheduleExample("""
                date,room,start,end,units,headcount
                2022-11-19,C区202,13:00,13:20,食品科学与工程,60
                2022-11-19,C区202,13:20,13:40,食品质量与安全,62
                2022-11-19,C区202,14:50,15:10,植物保护,111
                """),
            // 68 students given 90 minutes where the others run at about 2 a minute.
            ScheduleExample("""
                date,room,start,end,units,headcount
                2020-09-13,11B105,08:30,09:25,财务171、172、173,116
                2020-09-13,11B105,09:25,10:55,电商171、172,68
                2020-09-13,11B105,10:55,11:20,国商171、172,54
                """),
        ],
        nonTriggeringExamples: [
            // Small units rounded up to a 10-minute slot are how notices print them.
            ScheduleExample("""
                date,room,start,end,units,headcount
                2022-11-19,C区203,08:30,09:30,动物医学,195
                2022-11-19,C区203,09:30,09:40,动物医学（专升本）,30
                2022-11-19,C区207,14:10,14:20,越南语,22
                """),
            // No headcounts: nothing to judge.
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区203,08:30,09:30,动物医学
                2022-11-19,C区203,09:30,09:35,动物医学（专升本）
                """),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        guard let rate = context.referenceRate else { return [] }
        let yardstick = context.givenRate == nil ? "the table's median of \(rate.formatted)" : "\(rate.formatted)"
        return context.slots.compactMap { slot in
            guard let students = slot.headcount,
                  let verdict = SlotLength.judge(minutes: slot.minutes, students: students, rate: rate, exact: context.givenRate != nil) else { return nil }
            let who = "\(slot.units.joined(separator: "、")) (\(students) students)"
            switch verdict {
            case let .tooShort(needed):
                // A shared slot that is too short is the shared-slot rule's finding.
                guard !slot.isShared else { return nil }
                return context.finding(.warning, identifier, rows: slot.rows,
                    "\(who) has \(slot.minutes) minutes, \(slot.window); at \(yardstick) students a minute it needs about \(needed): the students queue past their slot.")
            case let .tooLong(needed):
                return context.finding(.warning, identifier, rows: slot.rows,
                    "\(who) has \(slot.minutes) minutes, \(slot.window); at \(yardstick) students a minute it needs about \(needed): the room stands idle for about \(slot.minutes - needed) minutes.")
            }
        }
    }
}
