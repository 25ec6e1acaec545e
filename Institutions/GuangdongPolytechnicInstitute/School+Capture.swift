import TucaiKernel

extension School {
    public var onlineCapture: OnlineCapture? { Self.selfCapture }

    /// The standard rules, and the mini-program's identification: a student is identified there only with
    /// all three of the notice's credentials (the kernel's accepted-credentials rule, applied to the platform
    /// because the standard rules build it only from a station's `acceptedCredentials`).
    public var workflowRules: [any WorkflowRule] {
        standardWorkflowRules + [
            AcceptedCredentialsRule(accepted: [.together(Self.platformCredentials)],
                                    quote: "输入本人身份证号后四位和特征码(我校毕业生特征码请填写“EK43”,字母需用大写),拍摄本人的图像采集码或从相册导入采集码"),
        ]
    }

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
