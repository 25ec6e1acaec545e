import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] { Self.noticeFacts + Self.tableFacts }

    static let noticeFacts: [ExpectedFact] = [
        // The notice
        ExpectedFact("title", quote: "关于二0二三届本科毕业生图像信息采集工作的通知", { $0.notice.title }, "关于二0二三届本科毕业生图像信息采集工作的通知"),
        ExpectedFact("document number", quote: "教通[2022]71号", { $0.notice.number }, "教通[2022]71号"),
        ExpectedFact("issuer", quote: "教  务  处", { $0.notice.issuer }, "教务处"),
        ExpectedFact("issued", quote: "2022年11月14日", { $0.notice.issued }, CivilDate(2022, 11, 14)),
        ExpectedFact("agency is Xinhua", quote: "学历证书的照片授权新华通讯社采集", { $0.agency.network }, .xinhua),
        ExpectedFact("cohort", quote: "2023年6月毕业的本科毕业生", { $0.cohorts.map(\.description) }, ["undergraduate 2023"]),

        // Scope
        ExpectedFact("in scope: June 2023 bachelors", quote: "2023年6月毕业的本科毕业生",
                     { $0.scopeRules.first }, .graduating(YearMonth(2023, 6), levels: [.bachelor, .upgradedBachelor])),
        ExpectedFact("in scope: second bachelors", quote: "第二学士学位学生", { $0.scopeRules.contains(.level(.secondBachelor)) }, true),
        ExpectedFact("in scope: early graduates", quote: "（含提前毕业的学生）",
                     { $0.scopeRules.last }, .graduatingEarly(levels: [.bachelor, .upgradedBachelor, .secondBachelor])),
        ExpectedFact("no exclusions or exemptions", quote: "一、照片采集对象：2023年6月毕业的本科毕业生，第二学士学位学生（含提前毕业的学生）。",
                     { $0.exclusions.count + $0.exemptions.count }, 0),
        ExpectedFact("early graduates with their major", quote: "提前毕业的学生与同专业同时拍照",
                     { $0.otherRules.contains { $0.contains("提前毕业的学生与同专业同时拍照") } }, true),
        ExpectedFact("no e-photo, no certificate", quote: "没有学历电子照片的学生，其学历信息一律不准上学信网",
                     { $0.otherRules.contains { $0.contains("不得发放毕(结)业证书") } }, true),

        // Pre-registration and the station
        ExpectedFact("real-name authentication", quote: "上传身份证正反面照片，输入本人名下实名认证借记卡（储蓄卡）卡号，填写银行预留手机号完成实名认证",
                     { $0.preRegistration.first }, .realNameAuthentication(app: "高校学生图像采集", requires: [
                         "上传身份证正反面照片", "输入本人名下实名认证借记卡（储蓄卡）卡号", "填写银行预留手机号",
                     ])),
        ExpectedFact("reservation pays the fee", quote: "选择采集时间进行预约，支付采集费用完成预约",
                     { $0.preRegistration.last }, .reservation(app: "高校学生图像采集", paysFee: true)),
        ExpectedFact("two pre-registration steps", quote: "1.实名认证", { $0.preRegistration.count }, 2),
        ExpectedFact("credentials", quote: "现场出示小程序首页的“预约二维码”或本人身份证原件进行采集",
                     { Array($0.acceptedCredentials.prefix(2)) }, [.reservationQRCode, .residentIDCard]),
        ExpectedFact("on-site reservation", quote: "未在小程序预约的同学，到达采集地点先找工作人员现场预约",
                     { $0.acceptedCredentials.contains(.onSiteReservation) }, true),
        ExpectedFact("on-site reservation with the ID card", quote: "可携带第二代身份证原件办理现场预约后采集",
                     { $0.acceptedCredentials }, [.reservationQRCode, .residentIDCard, .onSiteReservation]),
        ExpectedFact("scan at the station, no sequence number stated", quote: "现场扫码采集", { $0.sequenceNumbering }, SequenceNumbering?.none),

        // Payment
        ExpectedFact("fee total", quote: "采集费用为每人30元", { $0.fee?.total }, .yuan(30)),
        ExpectedFact("fee items", quote: "拍摄费15元，上网信息网页制作费15元", { $0.fee?.items.map(\.name) }, ["拍摄费", "上网信息网页制作费"]),
        ExpectedFact("拍摄费", quote: "拍摄费15元", { $0.fee?.items.first?.amount }, .yuan(15)),
        ExpectedFact("上网信息网页制作费", quote: "上网信息网页制作费15元", { $0.fee?.items.last?.amount }, .yuan(15)),
        ExpectedFact("fee basis", quote: "图像采集收费标准按照云教函[2013]165号执行", { $0.fee?.basis }, "云教函[2013]165号"),
        ExpectedFact("payer", quote: "每人30元", { $0.paymentRoutes.map(\.payer) }, [.student]),
        ExpectedFact("paid in the mini-program", quote: "支付采集费用完成预约", { $0.paymentRoutes.compactMap(\.channel) }, [.inApp("高校学生图像采集")]),
        ExpectedFact("paid at reservation", quote: "支付采集费用完成预约", { $0.paymentRoutes.map(\.timing) }, [.atReservation]),
        ExpectedFact("refund condition", quote: "超过学校集中采集时间且没有完成采集的学生订单", { $0.refund?.condition }, .reservedButNotCaptured),
        ExpectedFact("refund trigger", quote: "会在校拍结束后统一取消订单退款", { $0.refund?.trigger }, .campusCollectionEnds),
        ExpectedFact("refund speed", quote: "费用将在3个工作日内原路返回", { $0.refund?.withinWorkingDays }, 3),
        ExpectedFact("refund channel", quote: "原路返回", { $0.refund?.toOriginalChannel }, true),
        ExpectedFact("refund deadline after 11-19", quote: "3个工作日内",
                     { $0.refund?.deadline(collectionEnds: CivilDate(2022, 11, 19)) }, CivilDate(2022, 11, 23)),

        // Scheduling
        ExpectedFact("one capture day", quote: "采集时间：2022年11月19", { $0.captureDays.map(\.date) }, [CivilDate(2022, 11, 19)]),
        ExpectedFact("text prints no weekday", quote: "2022年11月19（上午", { $0.captureDays.first?.printedWeekday }, nil),
        ExpectedFact("daily windows", quote: "上午8：30—12：00，下午13：00—16：30",
                     { $0.captureDays.first?.windows },
                     [TimeWindow(TimeOfDay(8, 30), TimeOfDay(12, 0)), TimeWindow(TimeOfDay(13, 0), TimeOfDay(16, 30))]),
        ExpectedFact("rooms of the day", quote: "采集地点：逸夫楼 C区203、204、205、207教室",
                     { $0.captureDays.first?.rooms }, ["C区203", "C区204", "C区205", "C区207"]),
        ExpectedFact("declared rooms", quote: "C区203、204、205、207教室", { $0.rooms.map(\.name) }, ["C区203", "C区204", "C区205", "C区207"]),
        ExpectedFact("declared room by its building", quote: "逸夫楼 C区203", { $0.room(named: "逸夫楼C区203")?.name }, "C区203"),
        ExpectedFact("C区202 is not declared", quote: "逸夫楼C区202", { $0.room(named: "C区202") }, nil),
        ExpectedFact("grouping unit", quote: "专业 人 数 时      间 备  注 地 点", { $0.groupingUnit }, .major),
        ExpectedFact("arrival lead", quote: "提前15分钟组织学生列队参加信息采集", { $0.arrivalLeadMinutes }, 15),
        ExpectedFact("classes queue", quote: "组织学生列队", { $0.ordering }, .queue),
        ExpectedFact("own slot in principle", quote: "原则上只能在所属班级采集时间段进行信息采集",
                     { $0.slotFlexibility }, .ownSlotInPrinciple(exception: "特殊情况在学校安排的集中采集时间内都可以处理")),
        ExpectedFact("any collective slot in special cases", quote: "原则上跟随班级采集，特殊情况在学校安排的集中采集时间内都可以处理",
                     { $0.slotFlexibility.map { "\($0)" } }, "own slot in principle; 特殊情况在学校安排的集中采集时间内都可以处理"),
        ExpectedFact("no staff stated", quote: "请各班级务必按照时间安排表提前15分钟组织学生列队", { $0.staff.count }, 0),

        // Appearance
        ExpectedFact("appearance rules", quote: "采集时坐姿端正，左右肩膀平衡，嘴唇自然闭合。", { $0.appearance.count }, 12),
        ExpectedFact("posture", quote: "坐姿端正，左右肩膀平衡", { $0.appearance.filter { $0.aspect == .posture }.map(\.text) }, ["坐姿端正", "左右肩膀平衡"]),
        ExpectedFact("lips", quote: "嘴唇自然闭合", { $0.appearance.first { $0.aspect == .expression }?.kind }, .required),
        ExpectedFact("jewellery", quote: "不得佩戴耳环、项链等饰品",
                     { $0.appearance.first { $0.aspect == .jewellery } }, AppearanceRule(.jewellery, .forbidden, "不得佩戴耳环、项链等饰品")),
        ExpectedFact("tinted lenses", quote: "不得戴有色（含隐形）眼镜", { $0.appearance.first { $0.aspect == .tintedLenses }?.kind }, .forbidden),
        ExpectedFact("glare", quote: "眼镜不能有反光", { $0.appearance.first { $0.aspect == .glasses }?.text }, "眼镜不能有反光"),
        ExpectedFact("hair", quote: "头发不得遮挡眉毛、眼睛和耳朵", { $0.appearance.first { $0.aspect == .hair }?.kind }, .forbidden),
        ExpectedFact("formal wear advised", quote: "建议穿着正装和有领衬衫",
                     { $0.appearance.filter { $0.kind == .advised }.map(\.text) }, ["建议穿着正装和有领衬衫"]),
        ExpectedFact("clothes to avoid", quote: "避免穿浅蓝色、条纹、高领、毛领、复杂图案服装",
                     { $0.appearance.filter { $0.kind == .discouraged }.map(\.aspect) }, [.clothingColour, .clothingPattern, .collar]),

        // Make-up
        ExpectedFact("one make-up route", quote: "四、散拍、补拍", { $0.makeUpRoutes.count }, 1),
        ExpectedFact("make-up for those who missed", quote: "因特殊情况错过集体采集时间的学生", { $0.makeUpRoutes.first?.who }, "因特殊情况错过集体采集时间的学生"),
        ExpectedFact("make-up deadline", quote: "可在2023年4月30日到前", { $0.makeUpRoutes.first?.deadline }, CivilDate(2023, 4, 30)),
        ExpectedFact("make-up place", quote: "新华社云南分社新闻信息中心图像采集部进行补拍",
                     { $0.makeUpRoutes.first?.place }, "新华社云南分社新闻信息中心图像采集部"),
        ExpectedFact("make-up address", quote: "散拍地址：云南省昆明市五华区篆塘路8号附1号：新华楼3楼312室",
                     { $0.makeUpRoutes.first?.address }, "云南省昆明市五华区篆塘路8号附1号：新华楼3楼312室"),
        ExpectedFact("make-up off campus", quote: "云南省昆明市五华区篆塘路8号附1号", { $0.makeUpRoutes.map(\.onCampus) }, [false]),
        ExpectedFact("make-up days", quote: "每周二至周日", { $0.makeUpRoutes.first?.openDays },
                     [.tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]),
        ExpectedFact("make-up closed on holidays", quote: "（国家法定节假日除外）", { $0.makeUpRoutes.first?.closedOnPublicHolidays }, true),
        ExpectedFact("make-up hours", quote: "上午9：00-12：00；下午14：00-18：00", { $0.makeUpRoutes.first?.hours },
                     [TimeWindow(TimeOfDay(9, 0), TimeOfDay(12, 0)), TimeWindow(TimeOfDay(14, 0), TimeOfDay(18, 0))]),
        ExpectedFact("make-up paper only", quote: "散拍照片中国图片社不返回电子照片", { $0.makeUpRoutes.first?.result }, .paperOnly),
        ExpectedFact("make-up hand-in", quote: "收到照片后及时交到教务处学籍学历和信息管理科",
                     { $0.makeUpRoutes.first?.handIn?.hasSuffix("交到教务处学籍学历和信息管理科") }, true),
        ExpectedFact("make-up phone", quote: "联系电话：0871-64094592", { $0.makeUpRoutes.first?.contacts.first?.phones }, ["0871-64094592"]),
        ExpectedFact("make-up email", quote: "电子邮箱yngxbys@yeah.net", { $0.makeUpRoutes.first?.contacts.first?.email }, "yngxbys@yeah.net"),
        ExpectedFact("contacts", quote: "如图像信息有误请及时与学籍学历和信息管理科联系",
                     { $0.contacts.map(\.name) }, ["新华社云南分社新闻信息中心图像采集部", "教务处学籍学历和信息管理科"]),

        // Verification
        ExpectedFact("check after 40 days", quote: "务必于拍照40天以后", { $0.verification?.timing }, .after(days: 40)),
        ExpectedFact("check on 学信网", quote: "登录中国高等教育学生信息网（http://www.chsi.com.cn）学历证书电子注册图像校对系统",
                     { $0.verification?.site.contains("http://www.chsi.com.cn") }, true),
        ExpectedFact("errors to the registry office", quote: "如图像信息有误请及时与学籍学历和信息管理科联系",
                     { $0.verification?.reportTo }, "学籍学历和信息管理科"),
        ExpectedFact("no objection window", quote: "认真核对自己的图像信息", { $0.verification?.objectionWindowDays }, nil),
    ]

    static let tableFacts: [ExpectedFact] = [
        ExpectedFact("table rows", quote: "云南农业大学二0二三届本科毕业生图像采集时间安排表", { $0.sessionTable.sessions.count }, 103),
        ExpectedFact("table headcount", quote: "专业 人 数", { $0.sessionTable.headcount }, 5334),
        ExpectedFact("no totals printed", quote: "云南农业大学二0二三届本科毕业生图像采集时间安排表", { $0.sessionTable.subtotals.count }, 0),
        ExpectedFact("table rooms in order", quote: "逸夫楼C区202",
                     { $0.sessionTable.rooms }, ["C区202", "C区203", "C区204", "C区207"]),
        ExpectedFact("rows per room", quote: "逸夫楼C区203",
                     { s in ["C区202", "C区203", "C区204", "C区207"].map { r in s.sessionTable.sessions.filter { $0.room == r }.count } },
                     [26, 22, 28, 27]),
        ExpectedFact("one table date", quote: "11月19日（星期六）", { $0.sessionTable.dates }, [CivilDate(2022, 11, 19)]),
        ExpectedFact("every row prints 星期六", quote: "11月19日（星期六）",
                     { $0.sessionTable.sessions.filter { $0.printedWeekday == .saturday }.count }, 103),
        ExpectedFact("含专升本 rows", quote: "含专升本",
                     { $0.sessionTable.sessions.filter { $0.remarks == ["含专升本"] }.map { $0.units[0] } }, ["茶学", "草业科学", "蜂学"]),
        ExpectedFact("国际学院 rows", quote: "国际学院",
                     { $0.sessionTable.sessions.filter { $0.remarks == ["国际学院"] }.map { $0.units[0] } },
                     ["农林经济管理（中外合作办学项目）", "汉语国际教育"]),
        ExpectedFact("水利学院 row", quote: "土木工程 139 11月19日（星期六）下午  14：50—15：30 水利学院",
                     { $0.sessionTable.sessions[43].remarks }, ["水利学院"]),
        ExpectedFact("建工学院 rows", quote: "逸夫楼C区207 建工学院",
                     { $0.sessionTable.sessions.filter { $0.remarks == ["建工学院"] }.map { $0.units[0] } },
                     ["土木工程（建筑工程）专升本", "土木工程（建筑工程）"]),
        ExpectedFact("last row cut", quote: "土木工程（中外合作办学项目） 83 11月19日（星期六）下午  15：40—16：10",
                     { $0.sessionTable.sessions.last?.remarks }, []),
        ExpectedFact("row 1", quote: "逸夫楼C区202 茶学 127 11月19日（星期六）上午   8：30—9：10 含专升本 C区202",
                     row(0), RowFact("茶学", in: "C区202", TimeOfDay(8, 30), TimeOfDay(9, 10), 127)),
        ExpectedFact("row 11", quote: "农林经济管理（中外合作办学项目） 82 11月19日（星期六）上午  11：35—12：00 国际学院",
                     row(10), RowFact("农林经济管理（中外合作办学项目）", in: "C区202", TimeOfDay(11, 35), TimeOfDay(12, 0), 82)),
        ExpectedFact("row 21", quote: "森林保护（专升本） 30 11月19日（星期六）下午  14：40—14：50",
                     row(20), RowFact("森林保护（专升本）", in: "C区202", TimeOfDay(14, 40), TimeOfDay(14, 50), 30)),
        ExpectedFact("row 26", quote: "体育教育 137 11月19日（星期六）下午  15：45—16：20",
                     row(25), RowFact("体育教育", in: "C区202", TimeOfDay(15, 45), TimeOfDay(16, 20), 137)),
        ExpectedFact("row 27", quote: "逸夫楼C区203 动物医学 195 11月19日（星期六）上午  8：30—9：30",
                     row(26), RowFact("动物医学", in: "C区203", TimeOfDay(8, 30), TimeOfDay(9, 30), 195)),
        ExpectedFact("row 31", quote: "电气工程及其自动化（专升本） 46 11月19日（星期六）上午 10：20—10：30",
                     row(30), RowFact("电气工程及其自动化（专升本）", in: "C区203", TimeOfDay(10, 20), TimeOfDay(10, 30), 46)),
        ExpectedFact("row 39", quote: "水利水电工程 155 11月19日（星期六）下午  13：10—13：55 C区203",
                     row(38), RowFact("水利水电工程", in: "C区203", TimeOfDay(13, 10), TimeOfDay(13, 55), 155)),
        ExpectedFact("row 41", quote: "水土保持与荒漠化防治 24 11月19日（星期六）下午  14：20—14:   30",
                     row(40), RowFact("水土保持与荒漠化防治", in: "C区203", TimeOfDay(14, 20), TimeOfDay(14, 30), 24)),
        ExpectedFact("row 44", quote: "土木工程 139 11月19日（星期六）下午  14：50—15：30 水利学院",
                     row(43), RowFact("土木工程", in: "C区203", TimeOfDay(14, 50), TimeOfDay(15, 30), 139)),
        ExpectedFact("row 48", quote: "数学与应用数学 60 11月19日（星期六）下午  16：00—16：20",
                     row(47), RowFact("数学与应用数学", in: "C区203", TimeOfDay(16, 0), TimeOfDay(16, 20), 60)),
        ExpectedFact("row 49", quote: "逸夫楼C区204 应用化学 101 11月19日（星期六）上午  8：30—9：00",
                     row(48), RowFact("应用化学", in: "C区204", TimeOfDay(8, 30), TimeOfDay(9, 0), 101)),
        ExpectedFact("row 51", quote: "农学（专升本） 31 11月19日（星期六）上午  9：20—9：30",
                     row(50), RowFact("农学（专升本）", in: "C区204", TimeOfDay(9, 20), TimeOfDay(9, 30), 31)),
        ExpectedFact("row 61", quote: "工程管理 30 11月19日（星期六）上午 11：15—11：25",
                     row(60), RowFact("工程管理", in: "C区204", TimeOfDay(11, 15), TimeOfDay(11, 25), 30)),
        ExpectedFact("row 64", quote: "建筑环境与能源应用工程 27 11月19日（星期六）上午 11：55—12：05",
                     row(63), RowFact("建筑环境与能源应用工程", in: "C区204", TimeOfDay(11, 55), TimeOfDay(12, 5), 27)),
        ExpectedFact("row 66", quote: "烟草 167 11月19日（星期六）下午  13：10—14：00 C区204",
                     row(65), RowFact("烟草", in: "C区204", TimeOfDay(13, 10), TimeOfDay(14, 0), 167)),
        ExpectedFact("row 71", quote: "园艺 51 11月19日（星期六）下午  14：55—15：10",
                     row(70), RowFact("园艺", in: "C区204", TimeOfDay(14, 55), TimeOfDay(15, 10), 51)),
        ExpectedFact("row 75", quote: "土木工程（建筑工程）专升本 61 11月19日（星期六）下午  15：50—16：10 建工学院",
                     row(74), RowFact("土木工程（建筑工程）专升本", in: "C区204", TimeOfDay(15, 50), TimeOfDay(16, 10), 61)),
        ExpectedFact("row 76", quote: "社会工作 47 11月19日（星期六）下午  16：10—16：25",
                     row(75), RowFact("社会工作", in: "C区204", TimeOfDay(16, 10), TimeOfDay(16, 25), 47)),
        ExpectedFact("row 77", quote: "逸夫楼C区207 建工学院 土木工程（建筑工程） 83 11月19日（星期六）上午  8：30—8：55",
                     row(76), RowFact("土木工程（建筑工程）", in: "C区207", TimeOfDay(8, 30), TimeOfDay(8, 55), 83)),
        ExpectedFact("row 81", quote: "信息管理与信息系统 28 11月19日（星期六）上午  9：35—9：45",
                     row(80), RowFact("信息管理与信息系统", in: "C区207", TimeOfDay(9, 35), TimeOfDay(9, 45), 28)),
        ExpectedFact("row 91", quote: "翻译 40 11月19日（星期六）下午  13：00—13：10 C区207",
                     row(90), RowFact("翻译", in: "C区207", TimeOfDay(13, 0), TimeOfDay(13, 10), 40)),
        ExpectedFact("row 101", quote: "自然地理与资源环境 23 11月19日（星期六）下午  15：20—15：30",
                     row(100), RowFact("自然地理与资源环境", in: "C区207", TimeOfDay(15, 20), TimeOfDay(15, 30), 23)),
        ExpectedFact("row 102", quote: "汉语国际教育 29 11月19日（星期六）下午  15：30—15：40 国际学院",
                     row(101), RowFact("汉语国际教育", in: "C区207", TimeOfDay(15, 30), TimeOfDay(15, 40), 29)),
        ExpectedFact("row 103", quote: "土木工程（中外合作办学项目） 83 11月19日（星期六）下午  15：40—16：10",
                     row(102), RowFact("土木工程（中外合作办学项目）", in: "C区207", TimeOfDay(15, 40), TimeOfDay(16, 10), 83)),
    ]
}

/// What the facts check of one table row; date and printed weekday are the same on every row.
private struct RowFact: Equatable, Sendable, CustomStringConvertible {
    var unit: String
    var room: String?
    var date = CivilDate(2022, 11, 19)
    var printedWeekday: Weekday? = .saturday
    var start: TimeOfDay
    var end: TimeOfDay
    var headcount: Int?

    init(_ unit: String, in room: String?, _ start: TimeOfDay, _ end: TimeOfDay, _ headcount: Int?) {
        self.unit = unit; self.room = room; self.start = start; self.end = end; self.headcount = headcount
    }

    init(_ session: Session) {
        self.init(session.units.joined(separator: "、"), in: session.room, session.start, session.end, session.headcount)
        date = session.date
        printedWeekday = session.printedWeekday
    }

    var description: String {
        "\(unit) @ \(room ?? "-") \(date) \(printedWeekday.map { "\($0)" } ?? "-") \(start)-\(end) ×\(headcount.map(String.init) ?? "-")"
    }
}

/// The row at `index` in table order, nil past the end.
private func row(_ index: Int) -> @Sendable (any Institution) -> RowFact? {
    { $0.sessionTable.sessions.dropFirst(index).first.map(RowFact.init) }
}
