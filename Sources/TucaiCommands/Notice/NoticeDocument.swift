import TucaiKernel
/// The notice written out: Markdown for pasting into an office system, HTML for printing and posting.
extension CampaignNotice {
    enum Format: String, CaseIterable { case markdown, html }

    func rendered(as format: Format) -> String {
        switch format {
        case .markdown: markdown
        case .html: html
        }
    }

    var markdown: String {
        var text = "# \(title)\n\n"
        if let number { text += "\(number)\n\n" }
        text += "\(preamble)\n\n"
        for (index, section) in sections.enumerated() {
            text += "## \(NoticeWording.numeral(index + 1))、\(section.heading)\n\n"
            text += section.paragraphs.map { "\($0)\n\n" }.joined()
            text += section.items.enumerated().map { "\($0.offset + 1). \($0.element)\n" }.joined()
            if !section.items.isEmpty { text += "\n" }
        }
        if attachment != nil { text += "附件：\(attachment!.title)\n\n" }
        text += "\(issuer)\n" + (issued.map { "\($0)\n" } ?? "")
        if let attachment {
            text += "\n## 附件 \(attachment.title)\n\n"
            // A pipe inside a cell would split it; Markdown tables have no other escape.
            let cell: (String) -> String = { $0.replacingOccurrences(of: "|", with: "\\|") }
            text += "| " + attachment.headers.map(cell).joined(separator: " | ") + " |\n"
            text += "|" + attachment.headers.map { _ in " --- |" }.joined() + "\n"
            text += attachment.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |\n" }.joined()
        }
        return text
    }

    var html: String {
        let e = Self.escaped
        var body = "<h1>\(e(title))</h1>\n"
        if let number { body += "<p class=\"number\">\(e(number))</p>\n" }
        body += "<p>\(e(preamble))</p>\n"
        for (index, section) in sections.enumerated() {
            body += "<h2>\(NoticeWording.numeral(index + 1))、\(e(section.heading))</h2>\n"
            body += section.paragraphs.map { "<p>\(e($0))</p>\n" }.joined()
            if !section.items.isEmpty {
                body += "<ol>\n" + section.items.map { "<li>\(e($0))</li>\n" }.joined() + "</ol>\n"
            }
        }
        if let attachment { body += "<p class=\"attachments\">附件：\(e(attachment.title))</p>\n" }
        body += "<p class=\"signature\">\(e(issuer))" + (issued.map { "<br>\(e($0))" } ?? "") + "</p>\n"
        if let attachment {
            body += "<section class=\"attachment\" id=\"attachment\">\n<p class=\"label\">附件</p>\n<h2 class=\"table-title\">\(e(attachment.title))</h2>\n<table>\n<thead><tr>"
            body += attachment.headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            body += attachment.rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }.joined()
            body += "</tbody>\n</table>\n</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(e(title))</title>
            <style>
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 16px; line-height: 1.9; color: #111; max-width: 780px; margin: 40px auto; padding: 0 32px; }
            h1 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 22px; text-align: center; margin: 0 0 8px; line-height: 1.5; }
            .number { text-align: center; margin: 0 0 24px; }
            h2 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 17px; margin: 20px 0 6px; }
            p { text-indent: 2em; margin: 4px 0; }
            ol { margin: 4px 0; padding-left: 3.5em; }
            li { margin: 2px 0; }
            .attachments { margin-top: 24px; }
            .signature { text-align: right; text-indent: 0; margin-top: 32px; }
            .attachment { page-break-before: always; margin-top: 48px; }
            .attachment .label { text-indent: 0; font-family: "SimHei", "Noto Sans CJK SC", sans-serif; }
            .table-title { text-align: center; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; line-height: 1.5; }
            th, td { border: 1px solid #444; padding: 3px 6px; text-align: center; }
            th { background: #eee; }
            @media print { body { margin: 0 auto; } }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static func escaped(_ text: String) -> String { MarkupText.escaped(text) }
}
