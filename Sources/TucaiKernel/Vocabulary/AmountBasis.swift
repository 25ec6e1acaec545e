public enum AmountBasisKind: TermKind { public static let noun = "amount basis" }

/// What a route's amount is counted on.
public typealias AmountBasis = Term<AmountBasisKind>

extension Term where Kind == AmountBasisKind {
    /// The price for each student the payment covers.
    public static var perStudent: AmountBasis { AmountBasis("perStudent", chinese: "按人收取", english: "per student") }
    /// The price for each student of the class actually photographed, settled against the signed list
    /// (山西林业: 按采集人数…所交费用必须与实际采集人数一致).
    public static var perStudentPhotographed: AmountBasis {
        AmountBasis("perStudentPhotographed", chinese: "按实际采集人数", english: "per student actually photographed")
    }
}
