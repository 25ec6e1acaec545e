import Foundation
import Testing
import TucaiKernel
@testable import TucaiSchedule

/// Two campuses on one date, each with its own room and hours (哈工大 23 April: 一校区 活动中心101室 all day,
/// 二校区 主楼B11室 in the afternoon): the checker reads both, not only the first announced.
@Suite struct SharedDateTests {
    static let day = CivilDate(2025, 4, 23)
    static let declaration = ScheduleDeclaration(
        captureDays: [
            CaptureDay(CivilDate(2025, 4, 22), campus: "一校区", windows: [TimeWindow(TimeOfDay(8, 30), TimeOfDay(11, 30))], rooms: ["活动中心101室"]),
            CaptureDay(day, campus: "一校区", windows: [TimeWindow(TimeOfDay(8, 30), TimeOfDay(11, 30)), TimeWindow(TimeOfDay(13, 30), TimeOfDay(16, 30))],
                       rooms: ["活动中心101室"]),
            CaptureDay(day, campus: "二校区", windows: [TimeWindow(TimeOfDay(13, 30), TimeOfDay(16, 30))], rooms: ["主楼B11室"]),
        ],
        rooms: [Room("活动中心101室", campus: "一校区"), Room("主楼B11室", campus: "二校区")])

    @Test func everyCampusOfTheDateIsRead() {
        #expect(Self.declaration.rooms(on: Self.day) == ["活动中心101室", "主楼B11室"])
        #expect(Self.declaration.windows(on: Self.day).map(\.description) == ["08:30-11:30", "13:30-16:30"])
    }

    @Test func aRoomOfTheSecondCampusIsNotReportedAsUndeclaredThatDay() {
        let table = SessionTable(sessions: [
            Session("计算学部", room: "活动中心101室", date: Self.day, TimeOfDay(8, 30), TimeOfDay(9, 30)),
            Session("土木学院", room: "主楼B11室", date: Self.day, TimeOfDay(13, 30), TimeOfDay(14, 30)),
            Session("建筑学院", room: "主楼B11室", date: CivilDate(2025, 4, 22), TimeOfDay(13, 30), TimeOfDay(14, 30)),
        ])
        let findings = ScheduleChecker.check(ScheduleContext(table: table, declaration: Self.declaration))
        let wrongDay = findings.filter { $0.message.contains("does not name it for that day") }
        #expect(wrongDay.count == 1, "\(findings.map(\.message))")
        #expect(wrongDay.first?.message.contains("2025-04-22") == true)
    }
}
