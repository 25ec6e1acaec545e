/// One aspect of a capture policy, rendered the same way for every institution so that policies can be
/// compared side by side. A nil rendering means the notice does not state it.
public struct PolicyAspect: Sendable {
    public enum Section: String, Sendable, CaseIterable {
        case institution, identity, payment, scheduling, capture
    }

    public let section: Section
    public let name: String
    private let render: @Sendable (any Institution) -> String?
    private let source: @Sendable (any Institution) -> String?

    public init(_ section: Section, _ name: String, _ render: @escaping @Sendable (any Institution) -> String?) {
        self.section = section; self.name = name; self.render = render; self.source = { _ in nil }
    }

    /// An aspect the notice answers yes or no, or leaves unsaid; a "yes" or "no" always comes with its quote.
    public init(_ section: Section, _ name: String, stated: @escaping @Sendable (any Institution) -> Stated<Bool>) {
        self.section = section; self.name = name
        self.render = { stated($0).yesNo }
        self.source = { stated($0).quote }
    }

    public static let notStated = "not stated"

    /// The aspect's value for `institution`, or "not stated".
    public func value(for institution: any Institution) -> String { render(institution).map(EditorNote.annotated) ?? PolicyAspect.notStated }

    /// The notice's words behind a stated yes or no; nil for other aspects.
    public func quote(for institution: any Institution) -> String? { source(institution).map(EditorNote.annotated) }
}

extension PolicyAspect {
    private static func list<T>(_ items: [T], separator: String = "; ", _ describe: (T) -> String = { "\($0)" }) -> String? {
        items.isEmpty ? nil : items.map(describe).joined(separator: separator)
    }

    /// Every aspect, in the order `tucai show` and `tucai compare` print them.
    public static let all: [PolicyAspect] = [
        PolicyAspect(.institution, "national code") { $0.nationalCode },
        PolicyAspect(.institution, "name") { "\($0.chineseName) \($0.englishName)" },
        PolicyAspect(.institution, "agency") { $0.agency.name },
        PolicyAspect(.institution, "cohorts") { list($0.cohorts) { "\($0)" + ($0.scopeText.isEmpty ? "" : ": \($0.scopeText)") } },
        PolicyAspect(.institution, "notice") { "\($0.notice.title) (\($0.notice.issuer), \($0.notice.issued.map { "\($0)" } ?? "date not stated")\($0.notice.number.map { ", \($0)" } ?? ""))" },
        PolicyAspect(.institution, "contacts") { institution in
            var seen = Set<Contact>()
            return list((institution.contacts + institution.agency.contacts).filter { seen.insert($0).inserted })
        },

        PolicyAspect(.identity, "in scope") { list($0.scopeRules) },
        PolicyAspect(.identity, "excluded") { list($0.exclusions) },
        PolicyAspect(.identity, "exemptions") { list($0.exemptions) },
        PolicyAspect(.identity, "pre-registration") { list($0.preRegistration) },
        PolicyAspect(.identity, "credentials at the station") { list($0.acceptedCredentials.map(\.chinese), separator: " or ") },
        PolicyAspect(.identity, "sequence numbering") { $0.sequenceNumbering?.description },

        PolicyAspect(.payment, "fee") { $0.fee?.description },
        PolicyAspect(.payment, "fee includes") { $0.fee.flatMap { list($0.includes) } },
        PolicyAspect(.payment, "fee basis") { $0.fee?.basis },
        PolicyAspect(.payment, "payment routes") { list($0.paymentRoutes, separator: " | ") },
        PolicyAspect(.payment, "refund") { $0.refund?.description },
        PolicyAspect(.payment, "students deferred still pay", stated: { $0.deferredStudentsPay }),

        PolicyAspect(.scheduling, "capture days") { list($0.captureDays.map(\.date)) },
        PolicyAspect(.scheduling, "campuses") { list($0.campuses) },
        PolicyAspect(.scheduling, "daily windows") { institution in
            list(Array(Set(institution.captureDays.flatMap(\.windows))).sorted { $0.start < $1.start })
        },
        PolicyAspect(.scheduling, "rooms declared") { list($0.rooms) },
        PolicyAspect(.scheduling, "rooms in the table") { list($0.sessionTable.rooms) },
        PolicyAspect(.scheduling, "grouping unit") { $0.groupingUnit?.description },
        PolicyAspect(.scheduling, "sessions in the table") { $0.sessionTable.isEmpty ? nil : "\($0.sessionTable.sessions.count)" },
        PolicyAspect(.scheduling, "units in the table") { $0.sessionTable.isEmpty ? nil : "\($0.sessionTable.units.count)" },
        PolicyAspect(.scheduling, "students in the table") { $0.sessionTable.headcount.map { "\($0)" } },
        PolicyAspect(.scheduling, "arrival lead") { $0.arrivalLeadMinutes.map { "\($0) minutes early" } },
        PolicyAspect(.scheduling, "ordering") { $0.ordering?.description },
        PolicyAspect(.scheduling, "another slot") { $0.slotFlexibility?.description },
        PolicyAspect(.scheduling, "staff per unit") { list($0.staff) },
        PolicyAspect(.scheduling, "timetable missing from the text") { $0.missingTimetable },

        PolicyAspect(.capture, "appearance rules") { institution in
            institution.appearance.isEmpty ? nil
                : "\(institution.appearance.count): " + AppearanceRule.Aspect.allCases
                    .filter { aspect in institution.appearance.contains { $0.aspect == aspect } }
                    .map(\.rawValue).joined(separator: ", ")
        },
        PolicyAspect(.capture, "photo requirements") { list($0.photoRequirements) },
        PolicyAspect(.capture, "make-up routes") { list($0.makeUpRoutes) },
        PolicyAspect(.capture, "make-up deadline") { list($0.makeUpRoutes.compactMap(\.deadline)) },
        PolicyAspect(.capture, "online self-capture") { $0.onlineCapture?.description },
        PolicyAspect(.capture, "make-up on campus", stated: { $0.onCampusMakeUp }),
        PolicyAspect(.capture, "verification window") { $0.verification?.timing?.description },
        PolicyAspect(.capture, "objection window") { $0.verification?.objectionWindowDays.map { "\($0) days" } },
        PolicyAspect(.capture, "silence counts as acceptance", stated: { $0.verification?.silenceIsAcceptance ?? .notStated }),
        PolicyAspect(.capture, "other rules") { list($0.otherRules) },
        PolicyAspect(.capture, "workflow rules in force") { list($0.workflowRules.map(\.identifier), separator: ", ") },
    ]
}
