/// The kernel's rules, each put in force by the declarative fields that state it. Nothing here is in force
/// for a school whose notice does not state it.
public enum StandardWorkflowRules {
    /// Every kernel rule type, for the harness that runs their examples.
    public static let types: [any WorkflowRule.Type] = [
        AcceptedCredentialsRule.self, OwnSlotOnlyRule.self, StationDaysRule.self, PreRegistrationFirstRule.self,
        BookingTakesFeeRule.self, PaymentBeforeCaptureRule.self, PaymentOnCaptureDayRule.self, NumberBeforePhotoRule.self,
        MakeUpDeadlineRule.self, PaperOnlyMakeUpRule.self, DocumentAfterPaymentRule.self, PaymentAfterCaptureRule.self,
        NoOnCampusMakeUpRule.self,
    ]

    public static func rules(for institution: some Institution) -> [any WorkflowRule] {
        var rules: [any WorkflowRule] = [StationDaysRule(), MakeUpDeadlineRule()]
        if !institution.acceptedCredentials.isEmpty {
            rules.append(AcceptedCredentialsRule(accepted: institution.acceptedCredentials, mode: .collective))
        }
        if let online = institution.onlineCapture, !online.identifiedBy.isEmpty {
            rules.append(AcceptedCredentialsRule(accepted: [.together(online.identifiedBy)], mode: .onlineSelf))
        }
        if institution.slotFlexibility == .ownSlotOnly { rules.append(OwnSlotOnlyRule()) }
        let tasks = institution.preRegistration.filter(\.isTask)
        if !tasks.isEmpty { rules.append(PreRegistrationFirstRule(tasks: tasks)) }
        let collective = institution.paymentRoutes(for: .collective) + institution.paymentRoutes(for: .onlineSelf)
        if institution.preRegistration.contains(where: \.bookingTakesFee), let price = collective.first(where: \.charges)?.price {
            rules.append(BookingTakesFeeRule(fee: price))
        }
        var seen = Set<String>()
        for route in collective where route.charges && seen.insert(route.name).inserted {
            if route.timing == .onSiteBeforeCapture || route.timing == .inPlatformBeforePhoto {
                rules.append(PaymentBeforeCaptureRule(route: route))
            }
            if route.exclusive, route.timing == .onSiteBeforeCapture || route.timing == .onSite {
                rules.append(PaymentOnCaptureDayRule(route: route))
            }
            if route.timing == .onSiteAfterCapture || route.basis == .perStudentPhotographed {
                rules.append(PaymentAfterCaptureRule(route: route))
            }
            for document in route.unlocks { rules.append(DocumentAfterPaymentRule(document: document, route: route)) }
        }
        if let numbering = institution.sequenceNumbering { rules.append(NumberBeforePhotoRule(numbering: numbering)) }
        let paper = institution.makeUpRoutes.filter { $0.result == .paperOnly }.map(\.name)
        if !paper.isEmpty { rules.append(PaperOnlyMakeUpRule(routes: paper)) }
        if case let .stated(false, quote) = institution.onCampusMakeUp { rules.append(NoOnCampusMakeUpRule(quote: quote)) }
        return rules
    }
}

extension PreRegistrationStep {
    /// Whether this is something to do before the day other than booking and paying.
    public var isTask: Bool {
        switch self {
        case .reservation, .payBy: false
        default: true
        }
    }

    public var bookingTakesFee: Bool {
        if case .reservation(_, true) = self { return true }
        return false
    }
}
