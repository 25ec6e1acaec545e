import Foundation
import TucaiKernel
import TucaiSlips

/// `tucai slips <campaign> [--class C] --out slips.html`
struct SlipsCommand: Command {
    static let name = "slips"
    static let abstract = "Print each student's slip: name, masked ID number, session, room and a signed QR code the capture station accepts."
    static let arguments = "<config.json | campaign.sqlite> [--class C] --out slips.html"
    static let discussion = """
        Writes one HTML page (A4, no network needed; print it from a browser): a page per class, one slip per
        student in scope, with the session and room assigned so far and the 拍摄序号 where one is held. ID
        numbers are masked. The QR code carries a token signed with the campaign's slip key, so a slip that
        is altered, copied to another student number, or kept from another campaign is refused at the
        station. Reads the campaign's database (it may be running).

        Options:
          --class C      only the students of class C (the roster's 班级, exactly)
          --out FILE     the HTML file to write; replaced whole, never left half-written

        Example: tucai slips Examples/ynau-2023.json --out slips.html
        """

    var campaign: String
    var className: String?
    var out: String

    init(arguments: inout Arguments) throws {
        className = try arguments.option("class")
        guard let out = try arguments.option("out") else { throw UsageError("missing --out <slips.html>") }
        self.out = out
        campaign = try arguments.positional("campaign")
    }

    func run(_ console: Console) throws {
        let opened = try OpenedCampaign(campaign, create: false)
        guard let identity = try opened.store.identity() else {
            throw CommandFailure("\(campaign): the database holds no campaign yet; run 'tucai campaign run' on its config first")
        }
        let key = try opened.store.signingKey(purpose: SlipToken.keyPurpose)
        let campaignID = SlipToken.campaign(identity)

        var records = try opened.store.students().filter { $0.eligibility.isInScope }
        if let className {
            records = records.filter { $0.student.className == className }
            guard !records.isEmpty else { throw CommandFailure("\(campaign): no student in scope in class '\(className)'") }
        }
        guard !records.isEmpty else { throw CommandFailure("\(campaign): no student in scope to print a slip for") }
        // Bundles by college and class, students by number within, as class monitors hand them out.
        records.sort {
            ($0.student.college ?? "", $0.student.className ?? "", $0.number) < ($1.student.college ?? "", $1.student.className ?? "", $1.number)
        }

        var slips: [Slip] = []
        slips.reserveCapacity(records.count)
        for record in records {
            let student = record.student
            let token: String
            do { token = try SlipToken.sign(campaign: campaignID, studentNumber: student.studentNumber, key: key) } catch {
                throw CommandFailure(Masked.idNumbers(in: "\(campaign): student \(student.studentNumber): \(error)"))
            }
            let assignment = record.state.assignment
            slips.append(Slip(
                name: student.name, idNumber: student.idNumber, studentNumber: student.studentNumber,
                className: student.className ?? "未分班", college: student.college,
                session: assignment.map(Slip.session), room: assignment?.room,
                sequenceNumber: record.state.sequenceNumber.map { String($0.value) }, token: token))
        }

        let sheet = SlipSheet(school: opened.workflow.name,
                              campaign: "\(identity.graduationYear)届\(identity.cohort.chinese)毕业生图像信息采集", slips: slips)
        let html: String
        do { html = try sheet.html() } catch { throw CommandFailure("\(campaign): \(error)") }
        do {
            // Written beside the target and renamed over it: a reader never sees half a page.
            try Data(html.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure("\(out): cannot write the slips: \(error.localizedDescription)")
        }
        let classes = sheet.classes.count
        console.out("\(out): \(slips.count) slip\(slips.count == 1 ? "" : "s") in \(classes) class\(classes == 1 ? "" : "es"), signed for \(campaignID)")
    }
}
