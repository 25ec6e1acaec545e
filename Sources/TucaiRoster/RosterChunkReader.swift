import TucaiKernel

/// Reads the data records of one stretch of a roster and checks every row: required fields, the identity
/// number (GB 11643), numbers and dates, field counts. Duplicates span the whole file, so this only records
/// each row's keys for `RosterRepeat.Log` to compare afterwards. The caller says on which line the stretch starts.
/// A stretch that does not end the file stops before a record it does not hold the whole of.
struct RosterChunkReader {
    /// What duplicate checks need of one data row.
    struct Row {
        var line: Int32
        /// Index into `entries`, or -1 when the row was rejected here.
        var entry: Int32
        /// `StudentNumberKey`, 0 when the number is empty or has no exact key (then see `unkeyedNumbers`).
        var numberKey: UInt64
        /// `ResidentIDNumber.Parts.key` of a valid number, else 0.
        var idKey: UInt64
    }

    let layout: RosterLayout
    /// The GB18030 table when cells are GB18030 (`CellText.gb18030`), nil when they are UTF-8. Borrowed:
    /// the caller keeps the array alive while the reader runs.
    private let table: UnsafeBufferPointer<UInt16>?
    /// Whether the stretch ends where the file does (a short record there is a truncated last line).
    let endsFile: Bool

    /// Where good rows become entries; nil when a reading only checks the rows and gathers their keys.
    var entries: RosterEntryStorage?
    var rows: [Row] = []
    var problems: [RosterProblem] = []
    /// Row index and text of student numbers `StudentNumberKey` cannot pack.
    var unkeyedNumbers: [(row: Int, number: String)] = []
    var blankRows = 0
    /// Offset of the first byte that cannot be decoded, which stops the reading.
    var undecodableAt: Int?
    /// Where the record the stretch cut off starts, when the file goes on after the stretch: the next stretch
    /// starts there. Inside a stretch read as two halves, it means the halves were not split between records.
    var stoppedAt: Int?
    /// The physical line after the records read: the line `stoppedAt` is on, or the line after the stretch.
    var endLine = 1

    private var colleges = CellValuePool<String>()
    private var majors = CellValuePool<String>()
    private var classes = CellValuePool<String>()
    private var levels = CellValuePool<LevelCell>()
    /// Cells with doubled quotes undone, and GB18030 cells decoded to UTF-8.
    private var unescaped: UnsafeMutableBufferPointer<UInt8>
    private var decoded: UnsafeMutableBufferPointer<UInt8>
    private var text: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
    private var line = 0

    private enum LevelCell { case level(DegreeLevel), unknown(String), empty }

    /// `records` bounds the records of the stretch (its line breaks and one).
    init(layout: RosterLayout, table: UnsafeBufferPointer<UInt16>?, endsFile: Bool, output: RosterEntryStorage?, records: Int) {
        self.layout = layout
        self.table = table
        self.endsFile = endsFile
        entries = output
        rows.reserveCapacity(records)
        unescaped = .allocate(capacity: 256)
        decoded = .allocate(capacity: GB18030Decoder.maximumUTF8Count(256))
    }

    func deallocate() { unescaped.deallocate(); decoded.deallocate() }

    /// Reads records from `start` to `end` of `text`, the first starting on physical line `firstLine`.
    mutating func read(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, firstLine: Int) {
        self.text = text
        var scanner = CSVRecordScanner(text, from: start, to: end, line: firstLine)
        defer { scanner.deallocate() }
        endLine = firstLine
        let columnIndices = layout.fieldIndex
        let headerCount = layout.headerFieldCount
        while true {
            let recordStart = scanner.position
            guard let record = scanner.next() else { break }
            if !endsFile {
                // The stretch ends after a line break, so a record that reaches its end without one goes on
                // in the bytes after it (a quoted field with a line break in it).
                guard case .lineBreak = record.ending else {
                    stoppedAt = recordStart
                    return
                }
            }
            endLine = scanner.line
            line = record.line
            let fields = scanner.fields
            if isBlank(fields, record.fieldCount) {
                if case .unterminatedQuote = record.ending {} else { blankRows += 1; continue }
            }
            let rowIndex = rows.count
            rows.append(Row(line: Int32(truncatingIfNeeded: record.line), entry: -1, numberKey: 0, idKey: 0))
            if case let .unterminatedQuote(quoteLine) = record.ending {
                problem(nil, "a quote opened on line \(quoteLine) is never closed: the file ends inside a quoted field (truncated?)")
                continue
            }
            if record.fieldCount < headerCount {
                if case .endOfData = record.ending, endsFile {
                    problem(nil, "the last line is cut short: \(record.fieldCount) fields, the header has \(headerCount) (truncated file?)")
                } else {
                    problem(nil, "has \(record.fieldCount) fields, the header has \(headerCount)")
                }
                continue
            }
            if record.fieldCount > headerCount, !isBlank(UnsafeMutableBufferPointer(rebasing: fields[headerCount...]),
                                                         record.fieldCount - headerCount) {
                problem(nil, "has \(record.fieldCount) fields, the header has \(headerCount) (an unquoted comma inside a field?)")
                continue
            }
            if record.strayQuote {
                problem(nil, "text follows a closing quote; a quote inside a quoted field must be doubled (\"\")")
                continue
            }
            readRow(index: rowIndex, fields: fields, columns: columnIndices)
            if undecodableAt != nil { return }
        }
    }

    private func isBlank(_ fields: UnsafeMutableBufferPointer<CSVRecordScanner.Field>, _ count: Int) -> Bool {
        for i in 0..<count {
            let f = fields[i]
            if !RosterFieldValue.trimmed(UnsafeBufferPointer(start: text.baseAddress! + f.start, count: f.end - f.start)).isEmpty {
                return false
            }
        }
        return true
    }

    private mutating func problem(_ column: RosterColumn?, _ reason: String) {
        problems.append(RosterProblem(file: layout.file, line: line, field: column.map(layout.header), reason: reason))
    }

    /// The bytes of a field as the file has them, with doubled quotes undone in `unescaped` when needed.
    @inline(__always)
    private mutating func raw(_ field: CSVRecordScanner.Field) -> UnsafeBufferPointer<UInt8> {
        currentFieldStart = field.start
        let raw = UnsafeBufferPointer(start: text.baseAddress! + field.start, count: field.end - field.start)
        guard field.escaped else { return raw }
        if unescaped.count < raw.count {
            unescaped.deallocate()
            unescaped = .allocate(capacity: raw.count)
        }
        var n = 0
        var i = 0
        while i < raw.count {
            unescaped[n] = raw[i]
            n += 1
            i += raw[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return UnsafeBufferPointer(rebasing: unescaped[..<n])
    }

    /// A field's text as UTF-8 without surrounding spaces; nil after noting where a GB18030 cell cannot be
    /// decoded. UTF-8 cells are validated later, where they become strings.
    @inline(__always)
    private mutating func cell(_ field: CSVRecordScanner.Field) -> UnsafeBufferPointer<UInt8>? {
        utf8(raw(field))
    }

    @inline(__always)
    private mutating func utf8(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard let table, !CellText.isASCII(raw) else { return RosterFieldValue.trimmed(raw) }
        let capacity = GB18030Decoder.maximumUTF8Count(raw.count)
        if decoded.count < capacity {
            decoded.deallocate()
            decoded = .allocate(capacity: capacity)
        }
        switch GB18030Decoder.decode(raw, into: decoded.baseAddress!, table: table) {
        case let .success(count):
            return RosterFieldValue.trimmed(UnsafeBufferPointer(rebasing: decoded[..<count]))
        case let .failure(failure):
            noteUndecodable(raw, at: failure.offset)
            return nil
        }
    }

    private mutating func noteUndecodable(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) {
        let start = text.baseAddress!, p = raw.baseAddress!
        // Bytes unescaped into a scratch buffer are no longer in the file: point at their field instead.
        undecodableAt = p >= start && p < start + text.count ? p - start + offset : currentFieldStart
    }

    /// A `String` of a cell from `cell(_:)`; nil after noting where a UTF-8 file stops being UTF-8.
    @inline(__always)
    private mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard table == nil else { return String(decoding: bytes, as: UTF8.self) }
        if let string = UTF8Validation.string(bytes) { return string }
        noteUndecodable(bytes, at: UTF8Validation.firstInvalid(bytes) ?? 0)
        return nil
    }

    private var currentFieldStart = 0

    private mutating func readRow(index rowIndex: Int, fields: UnsafeMutableBufferPointer<CSVRecordScanner.Field>,
                                  columns: [Int]) {
        var rejected = false
        func field(_ column: RosterColumn) -> CSVRecordScanner.Field? {
            let i = columns[column.rawValue]
            return i >= 0 ? fields[i] : nil
        }

        // 学号
        var studentNumber = ""
        guard let numberBytes = cell(field(.studentNumber)!) else { return }
        if numberBytes.isEmpty {
            problem(.studentNumber, "is empty")
            rejected = true
        } else {
            guard let s = string(numberBytes) else { return }
            if numberBytes.count == 18, case .success = ResidentIDNumber.parse(utf8: numberBytes) {
                // A resident ID number in the 学号 column would be stored and printed in clear as the key.
                problem(.studentNumber, "is a resident ID number (\(Masked.number(s))), not a student number; check the columns")
                rejected = true
            } else if let key = StudentNumberKey.key(numberBytes) {
                // A keyed number is digits, letters and '-' only: nothing to look for.
                studentNumber = s
                rows[rowIndex].numberKey = key
            } else if let (position, scalar) = Self.invisibleCharacter(in: s) {
                // A NUL, a tab, a bidi override or a zero-width space would be stored, and the student never
                // found again by the number a person types.
                let kind = scalar.properties.generalCategory == .control ? "control" : "invisible"
                problem(.studentNumber, "holds the \(kind) character \(Self.codePoint(scalar)) at character \(position); "
                        + "a student number is letters and digits")
                rejected = true
            } else {
                studentNumber = s
                unkeyedNumbers.append((rowIndex, s))
            }
        }

        // 姓名
        var name = ""
        guard let nameBytes = cell(field(.name)!) else { return }
        if nameBytes.isEmpty {
            problem(.name, "is empty")
            rejected = true
        } else {
            guard let s = string(nameBytes) else { return }
            name = s
        }

        // 身份证号
        var idNumber: String?
        if let f = field(.idNumber) {
            guard let bytes = cell(f) else { return }
            if !bytes.isEmpty {
                switch ResidentIDNumber.parse(utf8: bytes) {
                case let .success(parts):
                    if let reason = ResidentIDNumber.studentBirthProblem(parts.birthDate, on: layout.referenceDate) {
                        problem(.idNumber, "\(masked(bytes)): \(reason)")
                        rejected = true
                    } else {
                        rows[rowIndex].idKey = parts.key
                        idNumber = bytes[17] == UInt8(ascii: "x")
                            ? String(decoding: UnsafeBufferPointer(rebasing: bytes[..<17]), as: UTF8.self) + "X"
                            : String(decoding: bytes, as: UTF8.self)
                    }
                case let .failure(reason):
                    guard string(bytes) != nil else { return }
                    problem(.idNumber, "\(masked(bytes)): \(reason)")
                    rejected = true
                }
            }
        }

        // 学院, 专业, 班级: looked up by their bytes as the file has them, so a repeated cell is neither
        // decoded nor trimmed again.
        var college: String?, major: String?, className: String?
        if let f = field(.college) {
            let bytes = raw(f)
            if let known = colleges.value(for: bytes) { college = known } else {
                guard let text = cell(f), let s = string(text) else { return }
                colleges.remember(s, for: bytes)
                college = s
            }
        }
        if let f = field(.major) {
            let bytes = raw(f)
            if let known = majors.value(for: bytes) { major = known } else {
                guard let text = cell(f), let s = string(text) else { return }
                majors.remember(s, for: bytes)
                major = s
            }
        }
        if let f = field(.className) {
            let bytes = raw(f)
            if let known = classes.value(for: bytes) { className = known } else {
                guard let text = cell(f), let s = string(text) else { return }
                classes.remember(s, for: bytes)
                className = s
            }
        }
        if college?.isEmpty == true { college = nil }
        if major?.isEmpty == true { major = nil }
        if className?.isEmpty == true { className = nil }

        // 学历层次
        var level = layout.defaultLevel
        if let f = field(.level) {
            let bytes = raw(f)
            var cellValue = levels.value(for: bytes)
            if cellValue == nil {
                guard let text = cell(f), let s = string(text) else { return }
                let value: LevelCell = s.isEmpty ? .empty : DegreeLevel(roster: s).map(LevelCell.level) ?? .unknown(s)
                levels.remember(value, for: bytes)
                cellValue = value
            }
            switch cellValue! {
            case let .level(l): level = l
            case let .unknown(text):
                problem(.level, "'\(text)' is not a level (博士, 硕士, 本科, 专升本, 第二学士学位, 高职)")
                rejected = true
            case .empty: break
            }
        }

        var enrolmentYear: Int?
        if let f = field(.enrolmentYear) {
            guard let bytes = cell(f) else { return }
            if !bytes.isEmpty {
                if let y = RosterFieldValue.year(bytes) { enrolmentYear = y } else {
                    problem(.enrolmentYear, "'\(printable(bytes))' is not a year")
                    rejected = true
                }
            }
        }
        var programLength: Int?
        if let f = field(.programLength) {
            guard let bytes = cell(f) else { return }
            if !bytes.isEmpty {
                if let n = RosterFieldValue.programLength(bytes) { programLength = n } else {
                    problem(.programLength, "'\(printable(bytes))' is not a number of years")
                    rejected = true
                }
            }
        }
        var expectedGraduation: YearMonth?
        if let f = field(.expectedGraduation) {
            guard let bytes = cell(f) else { return }
            if !bytes.isEmpty {
                if let ym = RosterFieldValue.yearMonth(bytes) { expectedGraduation = ym } else {
                    problem(.expectedGraduation, "'\(printable(bytes))' is not a year and month (2023-06)")
                    rejected = true
                }
            }
        }
        // 类别: several words apart by 、 ; , or spaces, each a category the kernel or the school names.
        var categories: [StudentCategory] = []
        if let f = field(.categories) {
            guard let bytes = cell(f) else { return }
            if !bytes.isEmpty, let text = string(bytes) {
                for word in text.split(whereSeparator: { "、;；,， ".contains($0) }) {
                    if let category = StudentCategory.named(String(word), among: layout.categories) {
                        categories.append(category)
                    } else {
                        problem(.categories, "'\(printable(bytes))' is not a student category; known: "
                                + layout.categories.map(\.chinese).joined(separator: "、"))
                        rejected = true
                    }
                }
            }
        }
        if expectedGraduation == nil, enrolmentYear == nil || programLength == nil {
            expectedGraduation = layout.defaultGraduation
        }

        guard !rejected, entries != nil else { return }
        rows[rowIndex].entry = Int32(truncatingIfNeeded: entries!.count)
        let slot = entries!.nextSlot()
        slot.pointer(to: \.line)!.initialize(to: line)
        // Built where it lives: a `Student` is about 200 bytes, and a temporary would be copied twice.
        slot.pointer(to: \.student)!.initialize(to: Student(
            studentNumber: studentNumber, name: name, idNumber: idNumber, college: college, major: major,
            className: className, level: level, enrolmentYear: enrolmentYear, programLength: programLength,
            expectedGraduation: expectedGraduation, categories: categories))
    }

    /// The first control or formatting character (Unicode's Cc and Cf, and the line and paragraph
    /// separators) with its position from 1, or nil.
    static func invisibleCharacter(in text: String) -> (Int, Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: return (offset + 1, scalar)
            default: continue
            }
        }
        return nil
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A cell quoted in a message: never more than 40 characters, and masked when it holds a long run of digits
    /// (someone may have put an identity number in the wrong column).
    private func printable(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        var digits = 0
        for b in bytes where b >= 0x30 && b <= 0x39 { digits += 1 }
        if digits >= 10 { return Masked.number(text) }
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    private func masked(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let shown = text.count > 40 ? String(text.prefix(40)) : text
        return "'\(Masked.number(shown))'"
    }
}
