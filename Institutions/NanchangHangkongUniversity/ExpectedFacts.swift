import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] { Self.noticeFacts + Self.tableFacts }

    static let noticeFacts: [ExpectedFact] = [
        // Notice, cohort, agency
        ExpectedFact("notice title", quote: "关于做好2023届毕业生图像信息采集工作的通知", { $0.notice.title }, "关于做好2023届毕业生图像信息采集工作的通知"),
        ExpectedFact("notice issuer", quote: "南昌航空大学教务处", { $0.notice.issuer }, "南昌航空大学教务处"),
        ExpectedFact("notice date", quote: "南昌航空大学教务处 2022.10.10", { $0.notice.issued }, CivilDate(2022, 10, 10)),
        ExpectedFact("notice has no document number", quote: "关于做好2023届毕业生图像信息采集工作的通知 各学院、各班级：", { $0.notice.number }, nil),
        ExpectedFact("cohort", quote: "我校2023届全日制普通本科(含专升本)毕业生", { $0.cohorts.map(\.description) }, ["undergraduate 2023"]),
        ExpectedFact("scope: 2023届 本科 incl. 专升本", quote: "我校2023届全日制普通本科(含专升本)毕业生",
                     { $0.scopeRules }, [.graduatingInYear(2023, levels: [.bachelor, .upgradedBachelor])]),
        ExpectedFact("a 2023 专升本 graduate is in scope", quote: "本科(含专升本)毕业生",
                     { $0.eligibility(of: Student(studentNumber: "1", name: "x", level: .upgradedBachelor, expectedGraduation: YearMonth(2023, 6)), captureStarts: CivilDate(2022, 10, 20)).isInScope }, true),
        ExpectedFact("a master's graduate is out of scope", quote: "我校2023届全日制普通本科(含专升本)毕业生",
                     { $0.eligibility(of: Student(studentNumber: "1", name: "x", level: .master, expectedGraduation: YearMonth(2023, 6)), captureStarts: CivilDate(2022, 10, 20)).isInScope }, false),
        ExpectedFact("no exclusions or exemptions", quote: "务必通知到每一位毕业生在规定的时间内完成图像采集", { $0.exclusions.isEmpty && $0.exemptions.isEmpty }, true),
        ExpectedFact("agency", quote: "根据新华社江西分社的统一安排", { $0.agency.name }, "新华社江西分社"),
        ExpectedFact("agency network", quote: "毕业证书、学位证书的照片由新华通讯社统一采集", { $0.agency.network }, .xinhua),
        ExpectedFact("no contacts", quote: "各学院、各班级：", { $0.contacts.isEmpty && $0.agency.contacts.isEmpty }, true),

        // Identity at the station
        ExpectedFact("credential", quote: "校内集中采集需刷二代身份证进行图像采集", { $0.acceptedCredentials }, [.residentIDCard]),
        ExpectedFact("sequence number", quote: "刷完身份证后即生成“拍摄序号”", { $0.sequenceNumbering }, .onIDCardSwipe),
        ExpectedFact("pre-registration is only the fee", quote: "于10月19日前将费用统一交给学院教务员老师", { $0.preRegistration }, [.payBy(CivilDate(2022, 10, 19))]),

        // Payment
        ExpectedFact("fee total", quote: "校内集中采集拍摄制作费为每人15元", { $0.fee?.total }, Money.yuan(15)),
        ExpectedFact("fee item", quote: "拍摄制作费为每人15元", { $0.fee?.items }, [Fee.Item("拍摄制作费", .yuan(15))]),
        ExpectedFact("fee includes", quote: "提供8张2寸像片", { $0.fee?.includes }, ["8张2寸像片"]),
        ExpectedFact("fee basis", quote: "图像采集收费标准执行教学厅〔2002〕5号文件", { $0.fee?.basis }, "教学厅〔2002〕5号"),
        ExpectedFact("payer", quote: "请以班级为单位，于10月19日前将费用统一交给学院教务员老师",
                     { $0.paymentRoutes.map(\.payer) }, [.classCollector]),
        ExpectedFact("collector", quote: "将费用统一交给学院教务员老师", { $0.paymentRoutes.first?.collector }, "学院教务员老师"),
        ExpectedFact("payment deadline", quote: "于10月19日前将费用", { $0.paymentRoutes.map { "\($0.timing.id) \($0.deadline.map { "\($0)" } ?? "-")" } }, ["byDeadline 2022-10-19"]),
        ExpectedFact("no channel or refund named", quote: "请以班级为单位，于10月19日前将费用统一交给学院教务员老师",
                     { $0.paymentRoutes.allSatisfy { $0.channel == nil } && $0.refund == nil }, true),

        // Days, place, grouping
        ExpectedFact("capture dates", quote: "我校集中采集时间为10月20、21日", { $0.captureDays.map(\.date) }, [CivilDate(2022, 10, 20), CivilDate(2022, 10, 21)]),
        ExpectedFact("printed weekdays", quote: "10月20、21日（周四、周五）", { $0.captureDays.map(\.printedWeekday) }, [.thursday, .friday]),
        ExpectedFact("one venue", quote: "地点：大学生事务中心。", { $0.rooms.map(\.name) }, ["大学生事务中心"]),
        ExpectedFact("venue every day", quote: "地点：大学生事务中心。", { $0.captureDays.map(\.rooms) }, [["大学生事务中心"], ["大学生事务中心"]]),
        ExpectedFact("no campus named", quote: "地点：大学生事务中心。", { $0.campuses.isEmpty && $0.captureDays.allSatisfy { $0.campus == nil } }, true),
        ExpectedFact("20 October windows", quote: "2022.10.20上午 上午9：00", { $0.captureDays[0].windows },
                     [TimeWindow(TimeOfDay(9), TimeOfDay(12)), TimeWindow(TimeOfDay(13, 30), TimeOfDay(16, 30))]),
        ExpectedFact("20 October afternoon block", quote: "2022.10.20下午 下午13：30", { $0.captureDays[0].windows.last?.start }, TimeOfDay(13, 30)),
        ExpectedFact("21 October window", quote: "2022.10.21上午 上午9：00", { $0.captureDays[1].windows }, [TimeWindow(TimeOfDay(9), TimeOfDay(12))]),
        ExpectedFact("grouping unit", quote: "各班级具体采集时间安排见附件一", { $0.groupingUnit }, .className),

        // Conduct on the day
        ExpectedFact("arrival lead", quote: "各学院负责人组织学生提前15分钟到拍摄现场", { $0.arrivalLeadMinutes }, 15),
        ExpectedFact("ordering", quote: "学生需按“拍摄序号”顺序排队，严禁插队", { $0.ordering }, .bySequenceNumber),
        ExpectedFact("own slot only", quote: "请各学院组织学生按规定时间和地点参加拍摄，不得提前、滞后", { $0.slotFlexibility }, .ownSlotOnly),
        ExpectedFact("line up by class", quote: "按照班级顺序整队", { $0.otherRules.contains("按照班级顺序整队，以保证拍摄信息的准确、完整性。") }, true),
        ExpectedFact("queue-jumpers bear the blame", quote: "概由插队学生本人负全责",
                     { $0.otherRules.contains("请同学互相监督、杜绝插队现象，凡因顺序错误导致毕业信息出错引发的所有问题，概由插队学生本人负全责。") }, true),
        ExpectedFact("staff roles", quote: "选派1-2名责任心强的教师担任本学院领队并安排学生干部1-2人协助",
                     { $0.staff.map(\.role) }, ["领队教师", "协助的学生干部"]),
        ExpectedFact("leader teachers per college", quote: "各学院根据毕业生人数，选派1-2名责任心强的教师担任本学院领队",
                     { $0.staff.first.map { [$0.minimum, $0.maximum] } }, [1, 2]),
        ExpectedFact("student cadres per college", quote: "安排学生干部1-2人协助", { $0.staff.last.map { [$0.minimum, $0.maximum] } }, [1, 2]),
        ExpectedFact("staff provided by each college", quote: "各学院根据毕业生人数", { $0.staff.map(\.perUnit) }, [.college, .college]),
        ExpectedFact("temporary changes for testing", quote: "如因校内全员核酸导致部分拍摄时间段的临时调整将另行通知",
                     { $0.otherRules.contains("特别注意：如因校内全员核酸导致部分拍摄时间段的临时调整将另行通知。") }, true),

        // Make-up and verification
        ExpectedFact("no make-up route", quote: "不按规定参加者，新华社将不再安排校内补拍", { $0.makeUpRoutes.isEmpty }, true),
        ExpectedFact("no on-campus make-up", quote: "新华社将不再安排校内补拍", { $0.onCampusMakeUp.value }, false),
        ExpectedFact("make-up refusal kept as a rule", quote: "不按规定参加者，新华社将不再安排校内补拍。",
                     { $0.otherRules.contains("不按规定参加者，新华社将不再安排校内补拍。") }, true),
        ExpectedFact("proofreading deferred to 附件三", quote: "图像采集后的校对问题见附件三", { $0.verification == nil }, true),

        // Appearance
        ExpectedFact("appearance rule count", quote: "四、拍摄容貌和衣着要求", { $0.appearance.count }, 14),
        ExpectedFact("blue tops", quote: "不穿与背景相近的蓝色上衣", { $0.appearance.first { $0.aspect == .clothingColour }?.kind }, .forbidden),
        ExpectedFact("collared top required", quote: "必须穿着有领上衣", { $0.appearance.filter { $0.aspect == .collar }.map(\.kind) }, [.required, .forbidden]),
        ExpectedFact("both ears visible", quote: "面正对相机方向以照片能见两耳为准", { $0.appearance.first { $0.aspect == .posture }?.text }, "面正对相机方向以照片能见两耳为准"),
        ExpectedFact("hair rules", quote: "头发不能染色、不遮眉毛及耳朵，在照片上头发所占的总面积不能超过面部的总面积",
                     { $0.appearance.filter { $0.aspect == .hair }.count }, 4),
        ExpectedFact("no tinted glasses", quote: "不准佩戴有色眼镜", { $0.appearance.first { $0.aspect == .tintedLenses }?.kind }, .forbidden),
        ExpectedFact("glasses without glare", quote: "佩戴眼镜以拍照时不反光而且能清晰见到眼睛的各部位为准", { $0.appearance.first { $0.aspect == .glasses }?.kind }, .required),
        ExpectedFact("no heavy make-up", quote: "不着浓妆", { $0.appearance.first { $0.aspect == .makeUp }?.kind }, .forbidden),
        ExpectedFact("jewellery", quote: "佩戴耳、项等饰品以不遮挡面部瑕疵缺陷为准", { $0.appearance.first { $0.aspect == .jewellery }?.text }, "佩戴耳、项等饰品以不遮挡面部瑕疵缺陷为准"),
    ]

    /// 附件一: its shape, then every row, then every 20th class in table order.
    static let tableFacts: [ExpectedFact] = [
        ExpectedFact("table rows", quote: "照相日期 时  间 班  级", { $0.sessionTable.sessions.count }, 9),
        ExpectedFact("classes in the table", quote: "照相日期 时  间 班  级", { $0.sessionTable.sessions.map(\.units.count).reduce(0, +) }, 171),
        ExpectedFact("no class listed twice", quote: "照相日期 时  间 班  级", { $0.sessionTable.units.count }, 171),
        ExpectedFact("no empty class from a dangling 、", quote: "190852、190911、 下午15：30", { $0.sessionTable.units.contains("") }, false),
        ExpectedFact("no headcounts or totals", quote: "照相日期 时  间 班  级", { $0.sessionTable.headcount == nil && $0.sessionTable.subtotals.isEmpty }, true),
        ExpectedFact("every row at the venue", quote: "地点：大学生事务中心。", { $0.sessionTable.rooms }, ["大学生事务中心"]),
        ExpectedFact("table dates", quote: "2022.10.21上午", { $0.sessionTable.dates }, [CivilDate(2022, 10, 20), CivilDate(2022, 10, 21)]),
        ExpectedFact("odd class code", quote: "191521、D217041", { $0.sessionTable.sessions[6].units.contains("D217041") }, true),
        // Row 1 opens the 2022.10.20上午 block.
        ExpectedFact("row 1 date", quote: "2022.10.20上午 上午9：00—10：00", { $0.sessionTable.sessions[0].date }, Self.firstDay),
        ExpectedFact("row 1 window", quote: "上午9：00—10：00 190111、", { $0.sessionTable.sessions[0].window }, TimeWindow(TimeOfDay(9), TimeOfDay(10))),
        ExpectedFact("row 1 first class", quote: "上午9：00—10：00 190111、", { $0.sessionTable.sessions[0].units.first }, "190111"),
        ExpectedFact("row 1 last class", quote: "190222 上午10：00—11：00", { $0.sessionTable.sessions[0].units.last }, "190222"),
        ExpectedFact("row 1 class count", quote: "上午9：00—10：00 190111、190112、190121、190122、190123、190124、 190125、190126、190127、190128、190131、190132、 190133、190141、190142、190211、190212、190213、 190221、190222", { $0.sessionTable.sessions[0].units.count }, 20),
        // Row 2: blank date cell, so it stays in the 2022.10.20上午 block above.
        ExpectedFact("row 2 date", quote: "190222 上午10：00—11：00", { $0.sessionTable.sessions[1].date }, Self.firstDay),
        ExpectedFact("row 2 window", quote: "上午10：00—11：00 190223、", { $0.sessionTable.sessions[1].window }, TimeWindow(TimeOfDay(10), TimeOfDay(11))),
        ExpectedFact("row 2 first class", quote: "上午10：00—11：00 190223、", { $0.sessionTable.sessions[1].units.first }, "190223"),
        ExpectedFact("row 2 last class", quote: "190333 上午11：00—12：00", { $0.sessionTable.sessions[1].units.last }, "190333"),
        ExpectedFact("row 2 class count", quote: "上午10：00—11：00 190223、190231、190232、190233、190241、190242、190305、190306、190307、190311、190312、190313、190314、190321、190322、190323、190331、190332、 190333", { $0.sessionTable.sessions[1].units.count }, 19),
        // Row 3: blank date cell, so it stays in the 2022.10.20上午 block above.
        ExpectedFact("row 3 date", quote: "190333 上午11：00—12：00", { $0.sessionTable.sessions[2].date }, Self.firstDay),
        ExpectedFact("row 3 window", quote: "上午11：00—12：00 190334、", { $0.sessionTable.sessions[2].window }, TimeWindow(TimeOfDay(11), TimeOfDay(12))),
        ExpectedFact("row 3 first class", quote: "上午11：00—12：00 190334、", { $0.sessionTable.sessions[2].units.first }, "190334"),
        ExpectedFact("row 3 last class", quote: "190431 2022.10.20下午", { $0.sessionTable.sessions[2].units.last }, "190431"),
        ExpectedFact("row 3 class count", quote: "上午11：00—12：00 190334、190335、190336、190337、190338、190341、190342、190343、190344、190351、190361、190362、190411、190412、190413、190414、190415、190421、190422、190423、190431", { $0.sessionTable.sessions[2].units.count }, 21),
        // Row 4 opens the 2022.10.20下午 block.
        ExpectedFact("row 4 date", quote: "2022.10.20下午 下午13：30—14：30", { $0.sessionTable.sessions[3].date }, Self.firstDay),
        ExpectedFact("row 4 window", quote: "下午13：30—14：30 190432、", { $0.sessionTable.sessions[3].window }, TimeWindow(TimeOfDay(13, 30), TimeOfDay(14, 30))),
        ExpectedFact("row 4 first class", quote: "下午13：30—14：30 190432、", { $0.sessionTable.sessions[3].units.first }, "190432"),
        ExpectedFact("row 4 last class", quote: "190612 下午14：30—15：30", { $0.sessionTable.sessions[3].units.last }, "190612"),
        ExpectedFact("row 4 class count", quote: "下午13：30—14：30 190432、190441、190442、190443、190444、190451、 190452、190461、190462、190471、190481、190482、 190511、190512、190513、190521、190531、190611、 190612", { $0.sessionTable.sessions[3].units.count }, 19),
        // Row 5: blank date cell, so it stays in the 2022.10.20下午 block above.
        ExpectedFact("row 5 date", quote: "190612 下午14：30—15：30", { $0.sessionTable.sessions[4].date }, Self.firstDay),
        ExpectedFact("row 5 window", quote: "下午14：30—15：30 190613、", { $0.sessionTable.sessions[4].window }, TimeWindow(TimeOfDay(14, 30), TimeOfDay(15, 30))),
        ExpectedFact("row 5 first class", quote: "下午14：30—15：30 190613、", { $0.sessionTable.sessions[4].units.first }, "190613"),
        ExpectedFact("row 5 last class", quote: "190911、 下午15：30—16：30", { $0.sessionTable.sessions[4].units.last }, "190911"),
        ExpectedFact("row 5 class count", quote: "下午14：30—15：30 190613、190614、190621、190622、190711、190731、190811、190812、190813、190814、190815、190831、190832、190841、190842、190851、190852、190911、", { $0.sessionTable.sessions[4].units.count }, 18),
        // Row 6: blank date cell, so it stays in the 2022.10.20下午 block above.
        ExpectedFact("row 6 date", quote: "190911、 下午15：30—16：30", { $0.sessionTable.sessions[5].date }, Self.firstDay),
        ExpectedFact("row 6 window", quote: "下午15：30—16：30 190912、", { $0.sessionTable.sessions[5].window }, TimeWindow(TimeOfDay(15, 30), TimeOfDay(16, 30))),
        ExpectedFact("row 6 first class", quote: "下午15：30—16：30 190912、", { $0.sessionTable.sessions[5].units.first }, "190912"),
        ExpectedFact("row 6 last class", quote: "191123、 2022.10.21上午", { $0.sessionTable.sessions[5].units.last }, "191123"),
        ExpectedFact("row 6 class count", quote: "下午15：30—16：30 190912、190921、190922、190931、190941、190951、190961、190962、190971、191011、191012、191111、191112、191113、191114、191121、191122、191123、", { $0.sessionTable.sessions[5].units.count }, 18),
        // Row 7 opens the 2022.10.21上午 block.
        ExpectedFact("row 7 date", quote: "2022.10.21上午 上午9：00—10：00", { $0.sessionTable.sessions[6].date }, Self.secondDay),
        ExpectedFact("row 7 window", quote: "上午9：00—10：00 191131、", { $0.sessionTable.sessions[6].window }, TimeWindow(TimeOfDay(9), TimeOfDay(10))),
        ExpectedFact("row 7 first class", quote: "上午9：00—10：00 191131、", { $0.sessionTable.sessions[6].units.first }, "191131"),
        ExpectedFact("row 7 last class", quote: "D217041 上午10：00—11：00", { $0.sessionTable.sessions[6].units.last }, "D217041"),
        ExpectedFact("row 7 class count", quote: "上午9：00—10：00 191131、191132、191211、191212、191213、191221、191222、191241、191242、191251、191261、191262、191421、191431、191432、191441、191442、191461、191511、191512、191521、D217041", { $0.sessionTable.sessions[6].units.count }, 22),
        // Row 8: blank date cell, so it stays in the 2022.10.21上午 block above.
        ExpectedFact("row 8 date", quote: "D217041 上午10：00—11：00", { $0.sessionTable.sessions[7].date }, Self.secondDay),
        ExpectedFact("row 8 window", quote: "上午10：00—11：00 191621、", { $0.sessionTable.sessions[7].window }, TimeWindow(TimeOfDay(10), TimeOfDay(11))),
        ExpectedFact("row 8 first class", quote: "上午10：00—11：00 191621、", { $0.sessionTable.sessions[7].units.first }, "191621"),
        ExpectedFact("row 8 last class", quote: "192081、 上午11：00—12：00", { $0.sessionTable.sessions[7].units.last }, "192081"),
        ExpectedFact("row 8 class count", quote: "上午10：00—11：00 191621、191622、191623、191624、192011、192012、192013、192014、192015、192016、192051、192061、192071、192072、192073、192081、", { $0.sessionTable.sessions[7].units.count }, 16),
        // Row 9: blank date cell, so it stays in the 2022.10.21上午 block above.
        ExpectedFact("row 9 date", quote: "192081、 上午11：00—12：00", { $0.sessionTable.sessions[8].date }, Self.secondDay),
        ExpectedFact("row 9 window", quote: "上午11：00—12：00 192211、", { $0.sessionTable.sessions[8].window }, TimeWindow(TimeOfDay(11), TimeOfDay(12))),
        ExpectedFact("row 9 first class", quote: "上午11：00—12：00 192211、", { $0.sessionTable.sessions[8].units.first }, "192211"),
        ExpectedFact("row 9 last class", quote: "201534 附件二：", { $0.sessionTable.sessions[8].units.last }, "201534"),
        ExpectedFact("row 9 class count", quote: "上午11：00—12：00 192211、192212、192213、192214、192251、192252、 192271、192281、192291、192292、192293、192294、201451、201452、201531、201532、201533、201534", { $0.sessionTable.sessions[8].units.count }, 18),
        ExpectedFact("class 11 of the table", quote: "190128、190131、190132", { $0.sessionTable.units[10] }, "190131"),
        ExpectedFact("class 31 of the table", quote: "190311、190312、190313", { $0.sessionTable.units[30] }, "190312"),
        ExpectedFact("class 51 of the table", quote: "190361、190362、190411", { $0.sessionTable.units[50] }, "190362"),
        ExpectedFact("class 71 of the table", quote: "190471、190481、190482", { $0.sessionTable.units[70] }, "190481"),
        ExpectedFact("class 91 of the table", quote: "190815、190831、190832", { $0.sessionTable.units[90] }, "190831"),
        ExpectedFact("class 111 of the table", quote: "191112、191113、191114", { $0.sessionTable.units[110] }, "191113"),
        ExpectedFact("class 131 of the table", quote: "191432、191441、191442", { $0.sessionTable.units[130] }, "191441"),
        ExpectedFact("class 151 of the table", quote: "192071、192072、192073", { $0.sessionTable.units[150] }, "192072"),
        ExpectedFact("class 171 of the table", quote: "201533、201534 ", { $0.sessionTable.units[170] }, "201534"),
    ]
}
