/// What happens at the camera and after it: appearance, the photo, make-ups and verification.
public protocol CapturePolicy: Sendable {
    var appearance: [AppearanceRule] { get }
    /// Requirements on the photo itself ("不接受精拍照片").
    var photoRequirements: [String] { get }
    var makeUpRoutes: [MakeUpRoute] { get }
    var verification: Verification? { get }
    /// Self-capture in an app within a window, where the notice offers it.
    var onlineCapture: OnlineCapture? { get }
    /// Whether a make-up on campus is arranged; `.stated(false, …)` only where the notice says there is none
    /// (NCHU: 新华社将不再安排校内补拍). The default reads it from the routes when any is on campus.
    var onCampusMakeUp: Stated<Bool> { get }
    /// The file the station makes for the registry and checks before the student leaves. The national spec
    /// unless a school's notice asks for something stricter.
    var registrationPhoto: RegistrationPhotoSpec { get }
    /// How the exported registration photos are named for submission.
    var exportNaming: PhotoFileNaming { get }
}

extension CapturePolicy {
    public var appearance: [AppearanceRule] { [] }
    public var photoRequirements: [String] { [] }
    public var makeUpRoutes: [MakeUpRoute] { [] }
    public var verification: Verification? { nil }
    public var onlineCapture: OnlineCapture? { nil }
    public var registrationPhoto: RegistrationPhotoSpec { .chsi }
    public var exportNaming: PhotoFileNaming { .idNumber }
    public var onCampusMakeUp: Stated<Bool> {
        makeUpRoutes.first(where: \.onCampus).map { .stated(true, quote: $0.place) } ?? .notStated
    }
}
