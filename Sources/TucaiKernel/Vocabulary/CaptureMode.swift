public enum CaptureModeKind: TermKind { public static let noun = "capture mode" }

/// How a photo is taken: collectively on site, by the student online, or as an individual make-up (散拍).
public typealias CaptureMode = Term<CaptureModeKind>

extension Term where Kind == CaptureModeKind {
    public static var collective: CaptureMode { CaptureMode("collective", chinese: "现场集中采集", english: "collective, on site") }
    public static var onlineSelf: CaptureMode { CaptureMode("onlineSelf", chinese: "线上自助采集", english: "online self-capture") }
    public static var makeUp: CaptureMode { CaptureMode("makeUp", chinese: "补拍（散拍）", english: "individual make-up") }
}
