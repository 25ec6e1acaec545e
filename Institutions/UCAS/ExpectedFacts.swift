import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] { Self.facts }

    /// A row of 附件1 as a fact compares it, so that one fact checks every cell of a row.
    struct PrintedRow: Equatable, Sendable, CustomStringConvertible {
        var units: [String]
        var room: String?
        var date: CivilDate
        var weekday: Weekday?
        var group: String?
        var start: TimeOfDay
        var end: TimeOfDay
        var headcount: Int?

        init(_ unit: String, _ room: String, _ date: CivilDate, _ weekday: Weekday, _ group: String,
             _ start: TimeOfDay, _ end: TimeOfDay) {
            self.units = [unit]; self.room = room; self.date = date; self.weekday = weekday; self.group = group
            self.start = start; self.end = end; self.headcount = nil
        }

        init(_ session: Session) {
            units = session.units; room = session.room; date = session.date; weekday = session.printedWeekday
            group = session.group; start = session.start; end = session.end; headcount = session.headcount
        }

        var description: String {
            "\(units.joined(separator: "、")) @ \(room ?? "-") \(date) \(weekday.map(\.description) ?? "-") "
                + "\(group ?? "-") \(start)-\(end) (\(headcount.map(String.init) ?? "no headcount"))"
        }
    }

    /// A fact about the session at `index` (0-based, table order).
    private static func row(_ index: Int, quote: String, _ unit: String, _ room: String, _ date: CivilDate,
                            _ weekday: Weekday, _ group: String, _ start: TimeOfDay, _ end: TimeOfDay,
                            line: Int = #line) -> ExpectedFact {
        ExpectedFact("附件1 session \(index + 1)", quote: quote, { institution in
            let sessions = institution.sessionTable.sessions
            return sessions.indices.contains(index) ? PrintedRow(sessions[index]) : nil
        }, Optional(PrintedRow(unit, room, date, weekday, group, start, end)), line: line)
    }

    private static func sessions(on day: Int) -> @Sendable (any Institution) -> [Session] {
        { $0.sessionTable.sessions.filter { $0.date == CivilDate(2024, 10, day) } }
    }

    private static func collectionCodeChannels(_ institution: any Institution) -> [String] {
        for step in institution.preRegistration {
            if case let .obtainCollectionCode(channels) = step { return channels }
        }
        return []
    }

    private static let facts: [ExpectedFact] = [
        // The notice itself.
        ExpectedFact("notice title", quote: "关于京区2025届（预）毕业生图像信息采集工作的通知",
                     { $0.notice.title }, "关于京区2025届（预）毕业生图像信息采集工作的通知"),
        ExpectedFact("notice issuer", quote: "中国科学院大学学生处 2024年10月10日", { $0.notice.issuer }, "中国科学院大学学生处"),
        ExpectedFact("notice date", quote: "中国科学院大学学生处 2024年10月10日", { $0.notice.issued }, CivilDate(2024, 10, 10)),
        ExpectedFact("notice has no document number", quote: "关于京区2025届（预）毕业生图像信息采集工作的通知",
                     { $0.notice.number }, nil),
        ExpectedFact("agency", quote: "2025届（预）毕业生学历证书图像采集工作由中国图片社负责",
                     { $0.agency.name }, "中国图片社"),
        ExpectedFact("agency network", quote: "由中国图片社负责", { $0.agency.network }, .chinaPictureGroup),
        ExpectedFact("national code", quote: "学校代码：14430", { $0.nationalCode }, "14430"),
        ExpectedFact("school name", quote: "学校名称：中国科学院大学", { $0.chineseName }, "中国科学院大学"),
        ExpectedFact("cohort", quote: "关于京区2025届（预）毕业生", { $0.cohorts.map(\.graduationYear) }, [2025]),
        ExpectedFact("cohort level", quote: "京区各研究所研究生部", { $0.cohorts.map(\.level) }, [.graduate]),

        // Who is photographed.
        ExpectedFact("scope: the 2025 graduates", quote: "2025届（预）毕业生学历证书图像采集工作",
                     { $0.scopeRules }, [.graduatingInYear(2025, levels: [.doctoral, .master])]),
        ExpectedFact("exemption", quote: "往年如果已经采集过照片，两年内未能如期毕业的学生，如容貌变化不大无需重新采集",
                     { $0.exemptions },
                     [.photographedWithin(years: 2, whenNotGraduatingOnTime: true, condition: "容貌变化不大")]),
        ExpectedFact("a late graduate photographed last year is exempt",
                     quote: "往年如果已经采集过照片，两年内未能如期毕业的学生",
                     { $0.eligibility(of: Student(studentNumber: "2019", name: "甲", level: .doctoral,
                                                  expectedGraduation: YearMonth(2025, 6),
                                                  previousCapture: CivilDate(2023, 10, 20), graduatesOnTime: false),
                                      captureStarts: CivilDate(2024, 10, 21)).isInScope }, false),
        ExpectedFact("a late graduate photographed three years ago is photographed again", quote: "两年内未能如期毕业的学生",
                     { $0.eligibility(of: Student(studentNumber: "2017", name: "乙", level: .doctoral,
                                                  expectedGraduation: YearMonth(2025, 6),
                                                  previousCapture: CivilDate(2021, 10, 20), graduatesOnTime: false),
                                      captureStarts: CivilDate(2024, 10, 21)).isInScope }, true),

        // Before the day, and at the station.
        ExpectedFact("pre-registration: the collection code",
                     quote: "预毕业生本人可通过学信网公众号、学信网APP、学信网学信档案三种方式获取图像采集码",
                     { collectionCodeChannels($0) }, ["学信网公众号", "学信网APP", "学信网学信档案"]),
        ExpectedFact("pre-registration is the only step", quote: "请提醒同学务必提前下载学信网采集二维码，截图保存至手机",
                     { $0.preRegistration.count }, 1),
        ExpectedFact("credential", quote: "现场将扫描采集码拍摄，无需携带身份证", { $0.acceptedCredentials }, [.collectionCode]),
        ExpectedFact("no ID card", quote: "无需携带身份证", { $0.acceptedCredentials.contains(.residentIDCard) }, false),
        ExpectedFact("the code is scanned, no sequence number stated", quote: "现场将扫描采集码拍摄", { $0.sequenceNumbering }, SequenceNumbering?.none),

        // Money.
        ExpectedFact("fee total", quote: "照片摄制费用为20元/人", { $0.fee?.total }, .yuan(20)),
        ExpectedFact("fee item", quote: "照片摄制费用为20元/人", { $0.fee?.items }, [Fee.Item("照片摄制费用", .yuan(20))]),
        ExpectedFact("payer", quote: "20元/人", { $0.paymentRoutes.map(\.payer) }, [.student]),
        ExpectedFact("channel", quote: "拍摄时请使用微信支付扫码付款", { $0.paymentRoutes.compactMap(\.channel) }, [.wechatPay]),
        ExpectedFact("timing", quote: "拍摄时请使用微信支付扫码付款", { $0.paymentRoutes.map(\.timing) }, [.onSite]),

        // Where and when.
        ExpectedFact("campuses", quote: "照片集中采集在中关村校区、雁栖湖校区进行",
                     { $0.campuses.map(\.name) }, ["中关村校区", "雁栖湖校区"]),
        ExpectedFact("capture days", quote: "2024年10月21日-10月24日", { $0.captureDays.map(\.date) },
                     (21...25).map { CivilDate(2024, 10, $0) }),
        ExpectedFact("中关村 days' campus", quote: "2024年10月21日-10月24日上午8:30-12:00、下午13:00-16:30在中关村校区",
                     { $0.captureDays.prefix(4).map(\.campus) }, Array(repeating: "中关村校区", count: 4)),
        ExpectedFact("中关村 days' windows", quote: "上午8:30-12:00、下午13:00-16:30在中关村校区",
                     { $0.captureDays.prefix(4).map(\.windows) },
                     Array(repeating: [TimeWindow(TimeOfDay(8, 30), TimeOfDay(12, 0)),
                                       TimeWindow(TimeOfDay(13, 0), TimeOfDay(16, 30))], count: 4)),
        ExpectedFact("中关村 days' hall", quote: "在中关村校区青年公寓6号楼三层多功能厅集中进行",
                     { $0.captureDays.prefix(4).map(\.rooms) }, Array(repeating: ["青年公寓6号楼三层多功能厅"], count: 4)),
        ExpectedFact("雁栖湖 day", quote: "10月25日上午10:00-12:00、下午13:00-15:30在雁栖湖校区东区礼堂二层集中进行",
                     { $0.captureDays.last.map { "\($0.date) \($0.campus ?? "")" } }, "2024-10-25 雁栖湖校区"),
        ExpectedFact("雁栖湖 windows", quote: "10月25日上午10:00-12:00、下午13:00-15:30",
                     { $0.captureDays.last?.windows },
                     [TimeWindow(TimeOfDay(10, 0), TimeOfDay(12, 0)), TimeWindow(TimeOfDay(13, 0), TimeOfDay(15, 30))]),
        ExpectedFact("雁栖湖 hall", quote: "在雁栖湖校区东区礼堂二层集中进行", { $0.captureDays.last?.rooms }, ["东区礼堂二层"]),
        ExpectedFact("declared rooms", quote: "在中关村校区青年公寓6号楼三层多功能厅集中进行",
                     { $0.rooms.map(\.description) }, ["青年公寓6号楼三层多功能厅（中关村校区）", "东区礼堂二层（雁栖湖校区）"]),
        ExpectedFact("grouping unit", quote: "各单位具体时间安排见附件1", { $0.groupingUnit }, .college),
        ExpectedFact("own slot", quote: "请通知学生按照对应时间段前往拍摄，避免人员密集影响拍摄进程",
                     { $0.slotFlexibility }, .ownSlotOnly),

        // 附件1 as a whole.
        ExpectedFact("sessions: 42 rows, the 雁栖湖 row in two windows", quote: "各单位拍摄时间具体安排",
                     { $0.sessionTable.sessions.count }, 43),
        ExpectedFact("units named", quote: "各单位拍摄时间具体安排", { $0.sessionTable.units.count }, 42),
        ExpectedFact("no headcounts", quote: "单位名称 拍摄日期及分组 大约拍摄时间", { $0.sessionTable.headcount }, nil),
        ExpectedFact("no subtotals", quote: "单位名称 拍摄日期及分组 大约拍摄时间", { $0.sessionTable.subtotals.count }, 0),
        ExpectedFact("1组 rows", quote: "10月21日（周一）1组", { sessions(on: 21)($0).count }, 14),
        ExpectedFact("2组 rows", quote: "10月22日（周二）2组", { sessions(on: 22)($0).count }, 9),
        ExpectedFact("3组 rows", quote: "10月23日（周三）3组", { sessions(on: 23)($0).count }, 7),
        ExpectedFact("4组 rows", quote: "10月24日（周四）4组", { sessions(on: 24)($0).count }, 11),
        ExpectedFact("5组 sessions", quote: "10月25日（周五）5组 10:00~12:00、13:00~15:30", { sessions(on: 25)($0).count }, 2),
        ExpectedFact("1组-4组 all in the 中关村 hall", quote: "在中关村校区青年公寓6号楼三层多功能厅集中进行",
                     { institution in Set((21...24).flatMap { sessions(on: $0)(institution) }.compactMap(\.room)) },
                     ["青年公寓6号楼三层多功能厅"]),
        ExpectedFact("5组 in the 雁栖湖 hall", quote: "在雁栖湖校区东区礼堂二层集中进行",
                     { Set(sessions(on: 25)($0).compactMap(\.room)) }, ["东区礼堂二层"]),
        ExpectedFact("four units share 13:00 on 10-21", quote: "古脊椎动物与古人类研究所 10月21日（周一）1组 13:00～13:30",
                     { sessions(on: 21)($0).filter { $0.start == TimeOfDay(13, 0) }.flatMap(\.units) },
                     ["理论物理研究所", "渗流流体力学研究所", "自然科学史研究所", "古脊椎动物与古人类研究所"]),

        // 附件1, row by row (first and last of every block, every shared slot, and more).
            row(0, quote: "数学与系统科学研究院 10月21日（周一）1组 08:30～09:00", "数学与系统科学研究院", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 21), .monday, "1组", TimeOfDay(8, 30), TimeOfDay(9, 0)),
            row(5, quote: "声学研究所 10月21日（周一）1组 11:30～12:00", "声学研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 21), .monday, "1组", TimeOfDay(11, 30), TimeOfDay(12, 0)),
            row(6, quote: "理论物理研究所 10月21日（周一）1组 13:00～13:30", "理论物理研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 21), .monday, "1组", TimeOfDay(13, 0), TimeOfDay(13, 30)),
            row(7, quote: "渗流流体力学研究所 10月21日（周一）1组 13:00～13:30", "渗流流体力学研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 21), .monday, "1组", TimeOfDay(13, 0), TimeOfDay(13, 30)),
            row(8, quote: "自然科学史研究所 10月21日（周一）1组 13:00～13:30", "自然科学史研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 21), .monday, "1组", TimeOfDay(13, 0), TimeOfDay(13, 30)),
            row(9, quote: "古脊椎动物与古人类研究所 10月21日（周一）1组 13:00～13:30", "古脊椎动物与古人类研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 21), .monday, "1组", TimeOfDay(13, 0), TimeOfDay(13, 30)),
            row(10, quote: "国家空间科学中心 10月21日（周一）1组 13:30～14:00", "国家空间科学中心", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 21), .monday, "1组", TimeOfDay(13, 30), TimeOfDay(14, 0)),
            row(13, quote: "北京基因组研究所（国家生物信息中心） 10月21日（周一）1组 16:00～16:30", "北京基因组研究所（国家生物信息中心）", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 21), .monday, "1组", TimeOfDay(16, 0), TimeOfDay(16, 30)),
            row(14, quote: "国家天文台 10月22日（周二）2组 08:30～09:30", "国家天文台", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 22), .tuesday, "2组", TimeOfDay(8, 30), TimeOfDay(9, 30)),
            row(15, quote: "过程工程研究所 10月22日（周二）2组 08:30～09:30", "过程工程研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 22), .tuesday, "2组", TimeOfDay(8, 30), TimeOfDay(9, 30)),
            row(22, quote: "微电子研究所 10月22日（周二）2组 15:00～16:30", "微电子研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 22), .tuesday, "2组", TimeOfDay(15, 0), TimeOfDay(16, 30)),
            row(23, quote: "信息工程研究所 10月23日（周三）3组 08:30～10:30", "信息工程研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 23), .wednesday, "3组", TimeOfDay(8, 30), TimeOfDay(10, 30)),
            row(26, quote: "校部各院系 10月23日（周三）3组 13:00～15:00", "校部各院系", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 23), .wednesday, "3组", TimeOfDay(13, 0), TimeOfDay(15, 0)),
            row(28, quote: "空间应用工程与技术中心 10月23日（周三）3组 16:00～16:30", "空间应用工程与技术中心", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 23), .wednesday, "3组", TimeOfDay(16, 0), TimeOfDay(16, 30)),
            row(29, quote: "文献情报中心 10月23日（周三）3组 16:00～16:30", "文献情报中心", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 23), .wednesday, "3组", TimeOfDay(16, 0), TimeOfDay(16, 30)),
            row(30, quote: "生物物理研究所 10月24日（周四）4组 08:30～09:00", "生物物理研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 24), .thursday, "4组", TimeOfDay(8, 30), TimeOfDay(9, 0)),
            row(36, quote: "半导体研究所 10月24日（周四）4组 11:30～12:00", "半导体研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 24), .thursday, "4组", TimeOfDay(11, 30), TimeOfDay(12, 0)),
            row(37, quote: "计算技术研究所 10月24日（周四）4组 13:00～14:30", "计算技术研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 24), .thursday, "4组", TimeOfDay(13, 0), TimeOfDay(14, 30)),
            row(40, quote: "工程热物理研究所 10月24日（周四）4组 16:00～16:30", "工程热物理研究所", "青年公寓6号楼三层多功能厅", CivilDate(2024, 10, 24), .thursday, "4组", TimeOfDay(16, 0), TimeOfDay(16, 30)),
            row(41, quote: "校部各院系（雁栖湖校区） 10月25日（周五）5组 10:00~12:00、13:00~15:30", "校部各院系（雁栖湖校区）", "东区礼堂二层", CivilDate(2024, 10, 25), .friday, "5组", TimeOfDay(10, 0), TimeOfDay(12, 0)),
            row(42, quote: "校部各院系（雁栖湖校区） 10月25日（周五）5组 10:00~12:00、13:00~15:30", "校部各院系（雁栖湖校区）", "东区礼堂二层", CivilDate(2024, 10, 25), .friday, "5组", TimeOfDay(13, 0), TimeOfDay(15, 30)),

        // Appearance.
        ExpectedFact("formal dress", quote: "参加拍摄的同学要求着正装",
                     { $0.appearance.contains(AppearanceRule(.clothingStyle, .required, "参加拍摄的同学要求着正装")) }, true),
        ExpectedFact("no light blue", quote: "不得着浅蓝色系上衣",
                     { $0.appearance.contains(AppearanceRule(.clothingColour, .forbidden, "不得着浅蓝色系上衣")) }, true),
        ExpectedFact("no busy patterns", quote: "避免复杂图案及条纹服装",
                     { $0.appearance.contains(AppearanceRule(.clothingPattern, .discouraged, "避免复杂图案及条纹服装")) }, true),
        ExpectedFact("no tinted lenses", quote: "不得佩戴美瞳",
                     { $0.appearance.contains(AppearanceRule(.tintedLenses, .forbidden, "不得佩戴美瞳")) }, true),
        ExpectedFact("no jewellery", quote: "不戴耳环、项链等首饰",
                     { $0.appearance.contains(AppearanceRule(.jewellery, .forbidden, "不戴耳环、项链等首饰")) }, true),
        ExpectedFact("ears and brows free", quote: "头发不得遮挡耳朵、眉毛",
                     { $0.appearance.contains(AppearanceRule(.hair, .forbidden, "头发不得遮挡耳朵、眉毛")) }, true),
        ExpectedFact("appearance rules", quote: "参加拍摄的同学要求着正装，不得着浅蓝色系上衣、避免复杂图案及条纹服装，不得佩戴美瞳，不戴耳环、项链等首饰，头发不得遮挡耳朵、眉毛",
                     { $0.appearance.count }, 6),
        ExpectedFact("ID-photo standard", quote: "务必按证件照拍摄要求参加拍照。（证件照拍照要求见附件3）",
                     { $0.photoRequirements.contains("务必按证件照拍摄要求参加拍照。（证件照拍照要求见附件3）") }, true),
        ExpectedFact("no retouched photo", quote: "请务必拍摄普通照片，不接受“精拍”照片",
                     { $0.photoRequirements.contains { $0.contains("不接受“精拍”照片") } }, true),

        // Make-up.
        ExpectedFact("one make-up route, off campus", quote: "请务必自行到中国图片社进行补充拍摄",
                     { "\($0.makeUpRoutes.count) \($0.onCampusMakeUp.isStated)" }, "1 false"),
        ExpectedFact("make-up who", quote: "未能参加国科大组织集体拍摄的学生", { $0.makeUpRoutes.first?.who }, "未能参加国科大组织集体拍摄的学生"),
        ExpectedFact("make-up place", quote: "自行到中国图片社进行补充拍摄", { $0.makeUpRoutes.first?.place }, "中国图片社"),
        ExpectedFact("make-up address", quote: "地址：北京市西城区宣武门外大街甲1号环球财讯中心A座一层中国图片社（宣武门十字路口西南角），地铁2号、4号线及公交车宣武门站下车。",
                     { $0.makeUpRoutes.first?.address },
                     "北京市西城区宣武门外大街甲1号环球财讯中心A座一层中国图片社（宣武门十字路口西南角），地铁2号、4号线及公交车宣武门站下车"),
        ExpectedFact("make-up deadline", quote: "单独拍摄时间：2025年4月30 日前", { $0.makeUpRoutes.first?.deadline }, CivilDate(2025, 4, 30)),
        ExpectedFact("make-up: bring the student card", quote: "补拍时请携带学生证",
                     { $0.makeUpRoutes.first?.bring.first }, "学生证"),
        ExpectedFact("make-up: bring the collection code", quote: "提前在学信网下载采集二维码",
                     { $0.makeUpRoutes.first?.bring.contains { $0.hasPrefix("学信网采集二维码") } }, true),
        ExpectedFact("make-up: student pays by code", quote: "扫描付款码交费", { $0.makeUpRoutes.first?.studentPays }, true),
        ExpectedFact("make-up result", quote: "自行领取个人数码照片电子版光盘及纸质照片",
                     { $0.makeUpRoutes.first?.result }, .discAndPrints),
        ExpectedFact("make-up hand-in", quote: "领取后交到所在单位研究生部，由研究生部上传电子照片到国科大学籍管理系统",
                     { $0.makeUpRoutes.first?.handIn }, "领取后交到所在单位研究生部，由研究生部上传电子照片到国科大学籍管理系统"),
        ExpectedFact("make-up phones", quote: "散拍咨询电话：010-63072281、63182787、63076145",
                     { $0.makeUpRoutes.first?.contacts.flatMap(\.phones) }, ["010-63072281", "63182787", "63076145"]),
        ExpectedFact("collection card", quote: "学校代码：14430 学校名称：中国科学院大学 院系代码：培养单位代码后四位 院系名称：培养单位全称",
                     { $0.makeUpRoutes.first?.notes.contains { $0.contains("院系代码：培养单位代码后四位") } }, true),

        // Contacts and rules no field holds.
        ExpectedFact("contact", quote: "学生处联系人：赵怡斐", { $0.contacts.first?.name }, "学生处 赵怡斐"),
        ExpectedFact("contact phones", quote: "电话：010-69671118/88256154", { $0.contacts.first?.phones }, ["010-69671118", "88256154"]),
        ExpectedFact("contact email", quote: "邮箱：roll@ucas.ac.cn", { $0.contacts.first?.email }, "roll@ucas.ac.cn"),
        ExpectedFact("no photo, no online verification",
                     quote: "教育部教学〔2014〕11号文件规定，学历证书电子注册内容缺少毕业生照片的（含港澳台学生），不提供网上学历验证查询。",
                     { $0.otherRules.contains("教育部教学〔2014〕11号文件规定，学历证书电子注册内容缺少毕业生照片的（含港澳台学生），不提供网上学历验证查询。") }, true),
        ExpectedFact("missing the make-up harms registration",
                     quote: "未能参加国科大组织集体拍摄的学生，请务必自行到中国图片社进行补充拍摄，否则将会影响毕业注册。",
                     { $0.otherRules.contains("未能参加国科大组织集体拍摄的学生，请务必自行到中国图片社进行补充拍摄，否则将会影响毕业注册。") }, true),
    ]
}
