import TucaiKernel

extension School {
    public var onlineCapture: OnlineCapture? { Self.selfCapture }
    public var photoRequirements: [String] { Self.photoRules }

    static let selfCapture = OnlineCapture(
        platform: miniProgram,
        window: CivilDate(2022, 1, 10)...CivilDate(2022, 1, 23),
        identifiedBy: [],
        platformReview: .stated(true, quote: "在审核中发现信息有误或者想要更换照片上传,请立即与客服反馈。照片一经审核通过"),
        changeAfterApproval: .stated(false, quote: "照片一经审核通过,即不支持修改信息或更换照片。"),
        requirements: ["必须由他人使用手机进行拍摄"]
    )

    /// The photo rules themselves are attachment 2, which the saved text lacks.
    static let photoRules = [
        "本次采集的图像(学历照片)将与本人的高考录取照片进行比对",
        "务必严格按照要求进行拍摄(见附件2)",
        "仔细阅读拍照要求后再提交合格照片",
    ]

    // No make-up route, no verification on 学信网 and no appearance rule: the text states none, and
    // `onCampusMakeUp` keeps the kernel's "not stated".
}
