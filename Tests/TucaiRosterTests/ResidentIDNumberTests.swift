import Testing
import TucaiKernel

/// GB 11643-1999 as its text states it: 加权因子 "7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", 校验码 for
/// Y = S mod 11 = 0…10 "1 0 X 9 8 7 6 5 4 3 2", and the two examples of its 附录A, 北京市朝阳区
/// "11010519491231002X" and 广东省汕头市 "440524188001010014".
@Suite struct ResidentIDNumberTests {
    @Test func weightsAreTheStandardsFactors() {
        #expect(ResidentIDNumber.weights == [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
    }

    @Test(arguments: ["11010519491231002X", "440524188001010014"])
    func theStandardsExamplesAreValid(_ text: String) throws {
        let number = try ResidentIDNumber(text)
        #expect(String(number.birthDate.year) == String(text.dropFirst(6).prefix(4)))
        let digits = text.prefix(17).map { Int(String($0))! }
        #expect(ResidentIDNumber.checkCharacter(forDigits: digits) == text.last)
    }

    @Test func checkCharacterFollowsTheStandardsTable() {
        // For each remainder Y, find 17 digits whose weighted sum leaves it, and compare with the table.
        let table: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]
        for y in 0..<11 {
            // The last weight is 2 and 2·k mod 11 runs through every remainder as k runs 0…10; only the
            // last digit varies, so a value of k above 9 is reached with the next-to-last digit (weight 4).
            var digits = Array(repeating: 0, count: 17)
            var found = false
            search: for a in 0...9 {
                for b in 0...9 where (a * 4 + b * 2) % 11 == y {
                    digits[15] = a; digits[16] = b
                    found = true
                    break search
                }
            }
            #expect(found)
            let sum = zip(digits, ResidentIDNumber.weights).map(*).reduce(0, +)
            #expect(sum % 11 == y)
            #expect(ResidentIDNumber.checkCharacter(forDigits: digits) == table[y])
        }
    }

    @Test func aChangedDigitIsCaught() throws {
        let valid = "11010519491231002X"
        for position in 0..<17 {
            var characters = Array(valid)
            let digit = Int(String(characters[position]))!
            characters[position] = Character(String((digit + 1) % 10))
            #expect(throws: ResidentIDNumber.Invalid.self) { try ResidentIDNumber(String(characters)) }
        }
        do {
            _ = try ResidentIDNumber("110105194912310021")
            Issue.record("a wrong check character passed")
        } catch {
            #expect(error == .checkCharacter(expected: "X", found: "1"))
        }
    }

    @Test func lowerCaseXIsAcceptedAndNormalised() throws {
        let number = try ResidentIDNumber("11010519491231002x")
        #expect(number.text == "11010519491231002X")
    }

    @Test func reasonsNameWhatIsWrong() {
        func reason(_ text: String) -> ResidentIDNumber.Invalid? {
            do { _ = try ResidentIDNumber(text); return nil } catch { return error }
        }
        #expect(reason("1101051949123100") == .length(16))
        #expect(reason("11010519491231002X1") == .length(19))
        #expect(reason("1101051949123A002X") == .character(position: 14))
        #expect(reason("11010519491231002Y") == .character(position: 18))
        #expect(reason("5.30102E+17") == .spreadsheetNumber)
        // 00 names no province.
        #expect(reason("00010519491231002X") == .region(0))
        // 1949-02-30 does not exist; the check character is right for the digits, so only the date is wrong.
        let digits = "11010519490230002".map { Int(String($0))! }
        let text = "11010519490230002" + String(ResidentIDNumber.checkCharacter(forDigits: digits))
        #expect(reason(text) == .birthDate("19490230"))
        // A full-width digit typed in a Chinese input method: eighteen characters, more bytes.
        #expect(reason("11010519491231００2X") == .character(position: 15))
        #expect(reason("11010519491231002Ｘ") == .character(position: 18))
    }

    @Test func reasonsNeverPrintTheBirthDate() throws {
        let digits = "11010519490230002".map { Int(String($0))! }
        let impossible = "11010519490230002" + String(ResidentIDNumber.checkCharacter(forDigits: digits))
        let reference = CivilDate(2023, 6, 1)
        for text in [impossible, "11010519491231002X", "440524188001010014"] {
            do {
                _ = try ResidentIDNumber(text, studentOn: reference)
                Issue.record("\(text) passed the student check")
            } catch {
                let birth = String(text.dropFirst(6).prefix(8))
                #expect(!error.description.contains(birth), "\(error)")
                #expect(!error.description.contains(String(birth.prefix(4))), "\(error)")
            }
        }
    }

    @Test func partsAreRead() throws {
        let number = try ResidentIDNumber("440524188001010014")
        #expect(number.regionCode == 440524)
        #expect(number.parts.sequenceCode == 1)
        #expect(number.parts.isMale)
        #expect(number.parts.key == 44052418800101001)
        #expect(number.birthDate == CivilDate(1880, 1, 1))
    }

    @Test func descriptionIsMasked() throws {
        let number = try ResidentIDNumber("11010519491231002X")
        #expect(!number.description.contains("19491231"))
        #expect(number.description == Masked.number("11010519491231002X"))
    }

    @Test func studentAgeIsJudgedOnTheReferenceDate() throws {
        let graduation = CivilDate(2023, 6, 30)
        // The standard's examples are born in 1949 and 1880: valid numbers, implausible students.
        #expect(throws: ResidentIDNumber.Invalid.self) { try ResidentIDNumber("11010519491231002X", studentOn: graduation) }
        #expect(ResidentIDNumber.studentBirthProblem(CivilDate(2001, 3, 14), on: graduation) == nil)
        #expect(ResidentIDNumber.studentBirthProblem(CivilDate(2024, 1, 1), on: graduation) == .bornInFuture(CivilDate(2024, 1, 1)))
        // Fourteen on the reference date: one day short of fifteen.
        #expect(ResidentIDNumber.studentBirthProblem(CivilDate(2008, 7, 1), on: graduation)
            == .implausibleStudentAge(born: CivilDate(2008, 7, 1), age: 14))
        #expect(ResidentIDNumber.studentBirthProblem(CivilDate(2008, 6, 30), on: graduation) == nil)
    }
}
