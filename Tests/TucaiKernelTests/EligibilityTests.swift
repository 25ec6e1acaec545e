import Testing
import TucaiKernel
import TucaiTestKit

@Suite("Eligibility")
struct EligibilityTests {
    /// Rules shaped like YNU's: three enrolment cohorts, never-photographed and early graduates, and the
    /// in-service exclusion by student number.
    let graduateSchool = FakeInstitution {
        $0.scopeRules = [
            .enrolled(.doctoral, year: 2017),
            .enrolled(.master, year: 2018, programLength: 3),
            .enrolled(.master, year: 2019, programLength: 2),
            .earlierCohortsNeverPhotographed(levels: [.doctoral, .master]),
            .graduatingEarly(levels: [.doctoral, .master]),
        ]
        $0.exclusions = [.studentNumberPrefix("8", who: "在职攻读硕士学位研究生")]
    }
    let start = CivilDate(2020, 11, 2)

    func student(_ number: String, _ level: DegreeLevel, _ year: Int, _ length: Int, onTime: Bool = true,
                 early: Bool = false, previous: CivilDate? = nil) -> Student {
        Student(studentNumber: number, name: "张三", level: level, enrolmentYear: year, programLength: length,
                previousCapture: previous, graduatesOnTime: onTime, graduatingEarly: early)
    }

    @Test("each scope rule admits its own students")
    func admitted() {
        #expect(graduateSchool.eligibility(of: student("12017001", .doctoral, 2017, 4), captureStarts: start).isInScope)
        #expect(graduateSchool.eligibility(of: student("12018001", .master, 2018, 3), captureStarts: start).isInScope)
        #expect(graduateSchool.eligibility(of: student("12019001", .master, 2019, 2), captureStarts: start).isInScope)
        #expect(graduateSchool.eligibility(of: student("12016001", .master, 2016, 3, onTime: false), captureStarts: start).isInScope)
        #expect(graduateSchool.eligibility(of: student("12020001", .master, 2020, 3, early: true), captureStarts: start).isInScope)
    }

    @Test("students of other years and programme lengths are out of scope")
    func notAdmitted() {
        let twoYear2018 = graduateSchool.eligibility(of: student("12018002", .master, 2018, 2), captureStarts: start)
        #expect(twoYear2018 == .outOfScope(because: twoYear2018.reason))
        #expect(!graduateSchool.eligibility(of: student("12019002", .master, 2019, 3), captureStarts: start).isInScope)
        // Photographed before: the never-photographed rule does not take them back in.
        #expect(!graduateSchool.eligibility(of: student("12016002", .master, 2016, 3, onTime: false, previous: CivilDate(2019, 5, 1)),
                                            captureStarts: start).isInScope)
    }

    @Test("an in-service student whose number starts with 8 is excluded even when a rule admits them")
    func excluded() {
        let result = graduateSchool.eligibility(of: student("82018001", .master, 2018, 3), captureStarts: start)
        #expect(result == .excluded(because: "在职攻读硕士学位研究生（学号 8 开头）"))
    }

    @Test("UCAS-style exemption: photographed within two years and not graduating on time")
    func exemption() {
        let ucas = FakeInstitution {
            $0.scopeRules = [.graduatingInYear(2025, levels: [.doctoral, .master])]
            $0.exemptions = [.photographedWithin(years: 2, whenNotGraduatingOnTime: true, condition: "容貌变化不大")]
        }
        let october = CivilDate(2024, 10, 21)
        let late = Student(studentNumber: "2019001", name: "李四", level: .doctoral, expectedGraduation: YearMonth(2025, 6),
                           previousCapture: CivilDate(2023, 10, 20), graduatesOnTime: false)
        #expect(ucas.eligibility(of: late, captureStarts: october) == .exempt(because: ucas.exemptions[0].description))
        var longAgo = late
        longAgo.previousCapture = CivilDate(2022, 10, 1)
        #expect(ucas.eligibility(of: longAgo, captureStarts: october).isInScope)
        var onTime = late
        onTime.graduatesOnTime = true
        #expect(ucas.eligibility(of: onTime, captureStarts: october).isInScope)
    }

    @Test("with no scope rules the roster is the scope")
    func rosterIsScope() {
        #expect(FakeInstitution().eligibility(of: student("1", .bachelor, 2019, 4), captureStarts: start) == .inScope(because: "on the roster"))
    }
}
