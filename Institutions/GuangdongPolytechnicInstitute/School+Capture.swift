import TucaiKernel

extension School {
    public var onlineCapture: OnlineCapture? { Self.selfCapture }

    // The mini-program identifies a student only with all three of the notice's credentials: the standard
    // accepted-credentials rule, built from `identifiedBy`, for the online mode.

    static let selfCapture = OnlineCapture(
        platform: miniProgram,
        // "集中采集时间": the notice gives no other period.
        window: CivilDate(2022, 12, 20)...CivilDate(2023, 1, 8),
        identifiedBy: platformCredentials,
        platformReview: .stated(true, quote: "(5)平台审核通过后呈现证件照。"),
        requirements: [
            "按照小程序要求调用手机相机对本人进行拍照",
            // Cut off after "P图、" in the saved text.
            "使用手机摄像头拍照时不得使用手机自带的图像处理软件进行P图",
        ]
    )

    // No make-up route, verification or appearance rule: the text is cut off before any would come, and
    // `changeAfterApproval` and `onCampusMakeUp` keep the kernel's "not stated".
}
