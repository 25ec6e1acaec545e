import Foundation
import TucaiKernel

/// Several units in one slot. Notices do this on purpose for small units, so a slot whose students fit is
/// fine; one whose total does not fit is an error, and one whose total the table does not give is said.
public struct SharedSlotRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "shared-slot",
        summary: "Several units share one slot: said, and their total checked against what the slot can hold.",
        triggeringExamples: [
            // Two rows booked into one room-hour with no headcounts: cannot be checked.
            ScheduleExample("""
                date,room,start,end,units
                2020-11-02,文汇楼 1 栋 1413,09:00,11:00,经济学院
                2020-11-02,文汇楼 1 栋 1413,09:00,11:00,政府管理学院
                """),
            // One row naming several classes, no headcount: a note.
            ScheduleExample("""
                date,room,start,end,units
                2022-10-20,大学生事务中心,09:00,10:00,190111;190112;190121
                """),
            // The total is given and far exceeds the slot at the rate the rest of the table runs at.
            ScheduleExample("""
                date,room,start,end,units,headcount
                2022-11-19,C区203,08:30,08:40,农学;园艺,90
                2022-11-19,C区203,08:40,09:00,茶学,60
                """, rate: 3),
        ],
        nonTriggeringExamples: [
            // Shared, and the total fits.
            ScheduleExample("""
                date,room,start,end,units,headcount
                2022-11-19,C区203,08:30,08:40,粮食工程;泰语,30
                2022-11-19,C区203,08:40,09:00,茶学,60
                """, rate: 3),
            ScheduleExample("""
                date,room,start,end,units
                2020-11-02,文汇楼 1 栋 1413,09:00,11:00,经济学院
                2020-11-02,文汇楼 1 栋 1414,09:00,11:00,政府管理学院
                """),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        let rate = context.referenceRate
        return context.slots.filter(\.isShared).compactMap { slot in
            let names = slot.units.joined(separator: "、")
            let place = slot.room.map { " in \($0)" } ?? ""
            guard let headcount = slot.headcount else {
                if slot.rows.count > 1 {
                    return context.finding(.warning, identifier, rows: slot.rows,
                        "\(slot.units.count) units are booked in separate rows into the same slot \(slot.window)\(place) (\(names)); the table gives no headcounts, so whether they fit cannot be checked.")
                }
                return context.finding(.note, identifier, rows: slot.rows,
                    "\(slot.units.count) units share the slot \(slot.window)\(place); the table gives no headcounts, so whether they fit cannot be checked.")
            }
            guard let rate, let verdict = SlotLength.judge(minutes: slot.minutes, students: headcount, rate: rate, exact: context.givenRate != nil),
                  case .tooShort(let needed) = verdict else { return nil }
            return context.finding(.error, identifier, rows: slot.rows,
                "\(slot.units.count) units (\(names)) share \(slot.window)\(place) with \(headcount) students; at \(rate.formatted) students a minute they need about \(needed) minutes, the slot has \(slot.minutes).")
        }
    }
}
