import TucaiKernel

extension School {
    public var scopeRules: [ScopeRule] { Self.captureScope }
    public var preRegistration: [PreRegistrationStep] { Self.registrationSteps }
    public var acceptedCredentials: [Credential] { Self.stationCredentials }
    // "现场扫码采集" says the station scans a code; the notice names no sequence number, so none is issued.

    static let miniProgram = "高校学生图像采集"

    /// 一、照片采集对象. 本科毕业生 takes in 专升本 too: the table schedules the 专升本 majors in this campaign.
    /// 第二学士学位学生 carries no graduation date of its own in the sentence, so it is a level rule.
    static let captureScope: [ScopeRule] = [
        .graduating(YearMonth(2023, 6), levels: [.bachelor, .upgradedBachelor]),
        .level(.secondBachelor),
        .graduatingEarly(levels: [.bachelor, .upgradedBachelor, .secondBachelor]),
    ]

    static let registrationSteps: [PreRegistrationStep] = [
        .realNameAuthentication(app: miniProgram, requires: [
            "上传身份证正反面照片",
            "输入本人名下实名认证借记卡（储蓄卡）卡号",
            "填写银行预留手机号",
        ]),
        .reservation(app: miniProgram, paysFee: true),
    ]

    /// The reservation QR code or the ID card at the camera; whoever could not reserve (or lost the ID card)
    /// reserves with the staff on site first.
    static let stationCredentials: [Credential] = [.reservationQRCode, .residentIDCard, .onSiteReservation]
}
