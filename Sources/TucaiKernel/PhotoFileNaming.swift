/// How the registration photos are named in the batch handed over for submission. Kept as policy data because
/// upload tools differ: the default names each file by the student's resident ID number (身份证号.jpg), which is
/// why an export is the one output that carries ID numbers in full; a school whose submission is keyed by 学号
/// says so in its module.
public struct PhotoFileNaming: Sendable, Hashable, CustomStringConvertible {
    public enum Key: String, Sendable, Hashable { case idNumber, studentNumber }

    public var key: Key
    public var fileExtension: String

    public init(key: Key, fileExtension: String = "jpg") { self.key = key; self.fileExtension = fileExtension }

    public static let idNumber = PhotoFileNaming(key: .idNumber)
    public static let studentNumber = PhotoFileNaming(key: .studentNumber)

    /// The file name for `student`, or nil when the student lacks the key (no ID number on the roster).
    public func fileName(for student: Student) -> String? {
        switch key {
        case .idNumber: student.idNumber.map { $0.uppercased() + "." + fileExtension }
        case .studentNumber: student.studentNumber + "." + fileExtension
        }
    }

    /// Whether the files carry full resident ID numbers.
    public var carriesIDNumbers: Bool { key == .idNumber }

    public var description: String { key == .idNumber ? "身份证号.\(fileExtension)" : "学号.\(fileExtension)" }
}
