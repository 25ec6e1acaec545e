/// Where a simulated campaign may stop so that people and machines take over: the stations run the capture
/// day, the registrar runs the export and what follows it.
public enum SimulationStop: String, Sendable, CaseIterable {
    /// Before the first capture day: notices, pre-registration, bookings and payments in advance are done.
    case captureDay = "capture-day"
    /// Before the export: the capture days and make-ups are done, the photos taken.
    case export
}
