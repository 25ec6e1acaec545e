public enum PayerKind: TermKind { public static let noun = "payer" }

/// Who hands over the money on a payment route.
public typealias Payer = Term<PayerKind>

extension Term where Kind == PayerKind {
    /// Each student pays for themself.
    public static var student: Payer { Payer("student", chinese: "学生本人", english: "each student") }
    /// A class's money is handed over in one sum by a collector (NCHU 以班级为单位; 山西林业 班级负责人).
    public static var classCollector: Payer { Payer("classCollector", chinese: "班级统一缴纳", english: "the class, through a collector") }
    /// The school pays; students pay nothing (安徽农业大学: 由学校统一支付).
    public static var school: Payer { Payer("school", chinese: "学校统一支付", english: "the school") }
}
