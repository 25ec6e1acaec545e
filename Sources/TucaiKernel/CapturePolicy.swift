/// What happens at the camera and after it: appearance, the photo, make-ups and verification.
public protocol CapturePolicy: Sendable {
    var appearance: [AppearanceRule] { get }
    /// Requirements on the photo itself ("不接受精拍照片").
    var photoRequirements: [String] { get }
    var makeUpRoutes: [MakeUpRoute] { get }
    var verification: Verification? { get }
}

extension CapturePolicy {
    public var appearance: [AppearanceRule] { [] }
    public var photoRequirements: [String] { [] }
    public var makeUpRoutes: [MakeUpRoute] { [] }
    public var verification: Verification? { nil }

    /// Whether any make-up route is on campus (NCHU: 新华社将不再安排校内补拍).
    public var offersOnCampusMakeUp: Bool { makeUpRoutes.contains(where: \.onCampus) }
}
