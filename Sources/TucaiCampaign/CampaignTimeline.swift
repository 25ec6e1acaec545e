import TucaiKernel

/// When the simulated events of a campaign happen: between the notice and the first capture day for what
/// students do beforehand, on the capture days for the station, and after the last one for make-ups, export,
/// verification and closing. Every moment is a function of the policy and the capture days only, so a
/// resumed run stamps its events exactly as an uninterrupted one would.
public struct CampaignTimeline: Sendable {
    let firstDay: CivilDate
    let lastDay: CivilDate
    let noticeDay: CivilDate

    public init(workflow: Workflow) {
        firstDay = workflow.fallbackCaptureStart(cohort: nil)
        // A notice with no printed date is taken as published a fortnight before the capture.
        let notice = workflow.institution.notice.issued ?? firstDay.adding(days: -14)
        lastDay = workflow.collectionEnds ?? firstDay
        // A config that moves the capture before the notice's date keeps a week for the notice.
        noticeDay = notice < firstDay.adding(days: -1) ? notice : firstDay.adding(days: -7)
    }

    private func at(_ day: CivilDate, _ hour: Int, _ minute: Int = 0) -> Moment { Moment(day, TimeOfDay(hour, minute)) }

    /// Halfway between two days, rounded down.
    private func between(_ a: CivilDate, _ b: CivilDate) -> CivilDate { a.adding(days: max(0, (b.dayNumber - a.dayNumber) / 2)) }

    /// When a roster is imported: the morning of the notice, for `campaign run` and `roster import` alike.
    public var rosterImport: Moment { at(noticeDay, 9) }
    var notification: Moment { at(noticeDay, 10) }
    var preRegistration: Moment { at(between(noticeDay, firstDay.adding(days: -1)), 20) }
    var reservation: Moment { at(between(noticeDay, firstDay.adding(days: -1)), 21) }

    /// Payments before the day: on the deadline's eve when it leaves room, else the day before capture.
    func advancePayment(deadline: CivilDate?) -> Moment {
        let latest = firstDay.adding(days: -1)
        var day = deadline.map { min($0, latest) } ?? latest
        if day < noticeDay { day = noticeDay }
        return at(day, 12)
    }

    /// A class that pays late hands the money over on its capture morning.
    func latePayment(on day: CivilDate) -> Moment { at(day, 7, 30) }

    /// The `position`th student of a session arrives at its start, two a minute, never after its end.
    func arrival(at session: SessionAssignment, position: Int) -> Moment {
        let span = max(1, session.end - session.start)
        return Moment(session.date, session.start + min(position / 2, span - 1))
    }

    var collectionOver: Moment { at(lastDay.adding(days: 1), 9) }
    var makeUpRouting: Moment { at(lastDay.adding(days: 1), 10) }

    /// A make-up photo two weeks after the collective capture, or on the route's last day if sooner.
    func makeUpCapture(deadline: CivilDate?) -> Moment {
        let planned = lastDay.adding(days: 14)
        return at(deadline.map { min($0, planned) } ?? planned, 10)
    }

    /// Photos go to the registry two days after the collective capture; make-up photos the day after.
    func export(of capture: PhotoCapture) -> Moment {
        capture.makeUpRoute == nil ? at(lastDay.adding(days: 2), 10) : at(capture.at.date.adding(days: 1), 10)
    }

    /// A record closes the day after its verification window, or the day after export when there is none.
    func closing(verificationEnds: CivilDate?, exported: Moment) -> Moment {
        at(max(verificationEnds ?? exported.date, exported.date).adding(days: 1), 10)
    }
}
