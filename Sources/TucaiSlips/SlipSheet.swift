import TucaiKernel

/// The printable page of slips: one HTML file with its CSS and every QR code inline, so that it prints the
/// same from a registrar's laptop with no network as from the server. A4, ten slips to a page in two
/// columns with dashed cut lines; each class starts on a page of its own, because slips are handed out by
/// class monitors (班长), one bundle each.
public struct SlipSheet: Sendable {
    /// The school as its notice names it ("云南农业大学").
    public var school: String
    /// The campaign in words ("2023届本科毕业生图像信息采集").
    public var campaign: String
    /// In the order to print; classes keep the order in which their first slip comes.
    public var slips: [Slip]

    public init(school: String, campaign: String, slips: [Slip]) {
        self.school = school; self.campaign = campaign; self.slips = slips
    }

    /// A slip whose token could not be drawn as a QR code.
    public struct Unprintable: Error, Hashable, Sendable, CustomStringConvertible {
        public var studentNumber: String
        public var reason: QRCode.Failure
        public var description: String { "the slip of student \(studentNumber) cannot be printed: \(reason)" }
    }

    /// The slips grouped by class, classes in the order their first slip comes.
    public var classes: [(className: String, slips: [Slip])] {
        var order: [String] = []
        var groups: [String: [Slip]] = [:]
        for slip in slips {
            if groups[slip.className] == nil { order.append(slip.className) }
            groups[slip.className, default: []].append(slip)
        }
        return order.map { ($0, groups[$0]!) }
    }

    public func html() throws(Unprintable) -> String {
        let title = "\(school) \(campaign) 拍摄凭条"
        var page = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(Self.escaped(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>

            """
        for group in classes {
            let colleges = Set(group.slips.compactMap(\.college)).sorted()
            page += "<section class=\"class-sheet\">\n<header><h1>\(Self.escaped(school)) \(Self.escaped(campaign)) · 拍摄凭条</h1>"
            page += "<p>" + (colleges.isEmpty ? "" : Self.escaped(colleges.joined(separator: "、")) + " · ")
            page += "班级 <b>\(Self.escaped(group.className))</b> · \(group.slips.count) 人 · 沿虚线剪开，每人一张</p></header>\n"
            page += "<div class=\"slips\">\n"
            for slip in group.slips { page += try Self.slip(slip, school: school) }
            page += "</div>\n</section>\n"
        }
        return page + "</body>\n</html>\n"
    }

    static func slip(_ slip: Slip, school: String) throws(Unprintable) -> String {
        let code: QRCode
        do { code = try QRCode(slip.token) } catch { throw Unprintable(studentNumber: slip.studentNumber, reason: error) }
        let rows: [(String, String, String?)] = [
            ("身份证号", slip.maskedID ?? "—", "number"),
            ("学号", slip.studentNumber, "number"),
            ("班级", slip.className, nil),
            ("场次", slip.session ?? "待通知", nil),
            ("地点", slip.room ?? (slip.session == nil ? "待通知" : "见通知"), nil),
        ]
        var html = "<article class=\"slip\">\n<div class=\"text\">\n"
        html += "<div class=\"school\">\(escaped(school)) · 图像采集凭条</div>\n"
        html += "<div class=\"name\"><span class=\"label\">姓名</span>\(escaped(slip.name))</div>\n<dl>\n"
        for (label, value, kind) in rows {
            html += "<dt>\(label)</dt><dd" + (kind.map { " class=\"\($0)\"" } ?? "") + ">\(escaped(value))</dd>\n"
        }
        html += "</dl>\n<div class=\"note\">请带本凭条与身份证按时到场，扫码签到后拍摄</div>\n</div>\n"
        // 30 mm leaves each module of a version-4 symbol (the size a token needs) near 0.75 mm, well
        // above what a phone or a handheld scanner resolves at arm's length.
        html += "<div class=\"code\">" + code.svg(side: .millimetres(30))
        // Under the code, large, where the photographer's assistant looks when calling the queue.
        if let sequence = slip.sequenceNumber {
            html += "<div class=\"sequence\"><span>拍摄序号</span><b>\(escaped(sequence))</b></div>"
        }
        return html + "</div>\n</article>\n"
    }

    static func escaped(_ text: String) -> String { MarkupText.escaped(text) }

    /// Sizes are in millimetres so that the printed slips are the same on every printer. On screen the
    /// classes show as A4 sheets on grey, as a print preview does. Every class after the first breaks to a
    /// new page; a slip never breaks across two.
    static let style = """
        @page { size: A4; margin: 10mm; }
        * { box-sizing: border-box; }
        html { background: #d9d9d9; }
        body { margin: 0; color: #000; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
               "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
               -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .class-sheet { width: 210mm; min-height: 297mm; margin: 6mm auto; padding: 10mm; background: #fff; }
        .class-sheet + .class-sheet { break-before: page; }
        header { height: 17mm; }
        header h1 { margin: 0 0 1.5mm; font-size: 13pt; font-weight: 700; }
        header p { margin: 0; font-size: 9.5pt; color: #333; }
        .slips { display: flex; flex-wrap: wrap; width: 190mm; }
        .slip { width: 95mm; height: 50mm; margin: 0 0 -0.3mm; padding: 3mm 3.5mm; border: 0.3mm dashed #888;
                display: flex; align-items: center; gap: 2.5mm; break-inside: avoid; page-break-inside: avoid; }
        .slip:nth-child(even) { margin-left: -0.3mm; width: 95.3mm; }
        .text { flex: 1; min-width: 0; align-self: stretch; display: flex; flex-direction: column; overflow: hidden; }
        .school { font-size: 7pt; color: #555; letter-spacing: 0.2mm; white-space: nowrap; overflow: hidden; }
        .name { font-size: 13pt; font-weight: 700; margin: 1.2mm 0 1mm; white-space: nowrap; overflow: hidden; }
        .label { display: inline-block; width: 12.5mm; font-size: 7.5pt; font-weight: 400; color: #555; }
        dl { margin: 0; display: grid; grid-template-columns: 12.5mm 1fr; row-gap: 0.6mm; font-size: 8.5pt; line-height: 1.25; }
        dt { color: #555; font-size: 7.5pt; line-height: 1.45; }
        dd { margin: 0; overflow-wrap: anywhere; }
        dd.number { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; letter-spacing: 0.1mm; }
        .note { margin-top: auto; font-size: 6.5pt; color: #666; white-space: nowrap; }
        .code { flex: none; width: 30mm; }
        svg.qr { display: block; }
        .sequence { margin-top: 1mm; border: 0.3mm solid #000; display: flex; align-items: baseline; justify-content: center;
                    gap: 1.5mm; padding: 0.6mm 0; }
        .sequence span { font-size: 7pt; color: #333; }
        .sequence b { font-size: 14pt; line-height: 1.1; }
        @media print {
            html { background: none; }
            .class-sheet { width: auto; min-height: 0; margin: 0; padding: 0; }
        }
        """
}
