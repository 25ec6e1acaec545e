import TucaiKernel
/// Surnames and given-name characters for synthetic rosters: the commonest surnames in rough order of
/// frequency (the Ministry of Public Security's 2020 list puts 王, 李, 张, 刘, 陈 first) and characters common in
/// names of people born around 2000.
enum ChineseNames {
    /// Surnames with a relative weight, so 王 and 李 are as common as in a real class list.
    static let surnames: [(String, Int)] = [
        ("王", 72), ("李", 70), ("张", 66), ("刘", 54), ("陈", 48), ("杨", 33), ("黄", 25), ("赵", 23), ("吴", 21),
        ("周", 21), ("徐", 15), ("孙", 14), ("马", 13), ("朱", 13), ("胡", 12), ("郭", 11), ("何", 11), ("林", 10),
        ("高", 10), ("罗", 10), ("郑", 9), ("梁", 9), ("谢", 7), ("宋", 7), ("唐", 7), ("许", 6), ("韩", 6),
        ("冯", 6), ("邓", 6), ("曹", 6), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5), ("董", 5), ("袁", 5),
        ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4), ("叶", 4), ("程", 4), ("苏", 4),
        ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3), ("崔", 3),
        ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 3), ("廖", 3), ("贾", 2),
        ("夏", 2), ("韦", 2), ("付", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2), ("熊", 2), ("秦", 2),
        ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2), ("侯", 2), ("龙", 2),
        ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2), ("郝", 2), ("龚", 2), ("邵", 2),
        ("万", 2), ("钱", 2), ("严", 2), ("覃", 2), ("武", 2), ("戴", 2), ("莫", 2), ("孔", 2), ("向", 2),
        ("欧阳", 1), ("司马", 1), ("诸葛", 1), ("上官", 1),
    ]

    static let maleCharacters: [String] = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳博豪晨轩睿泽航然墨".map(String.init)

    static let femaleCharacters: [String] = "芳娜敏静丽艳娟霞燕玲桂丹萍婷雪琳晶颖倩欣怡悦涵萱梦瑶琪思诗雯茜璐婧蕾薇".map(String.init)

    /// Either sex: characters parents give boys and girls alike.
    static let sharedCharacters: [String] = "文晓子一嘉家佳天雨新可安心春秋志永海红小立玉金".map(String.init)

    private static let surnameTable: [String] = surnames.flatMap { Array(repeating: $0.0, count: $0.1) }

    static func random(male: Bool, using generator: inout SplitMix64) -> String {
        let surname = surnameTable[generator.below(surnameTable.count)]
        let own = male ? maleCharacters : femaleCharacters
        func character() -> String {
            generator.below(4) == 0 ? generator.pick(sharedCharacters) : generator.pick(own)
        }
        // About a third of names born around 2000 have a one-character given name.
        return generator.below(3) == 0 ? surname + character() : surname + character() + character()
    }
}
