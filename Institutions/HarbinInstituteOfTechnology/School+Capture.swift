import TucaiKernel

extension School {
    public var onlineCapture: OnlineCapture? { Self.phoneFallback }

    /// The supplement for those who cannot come on site, as the superior authorities' requirements the notice
    /// quotes describe it. Its own part ("2 线上采集…") is cut off, so no app name, window, identification,
    /// review or price is known. Nothing about appearance, make-up or verification survives either.
    static let phoneFallback = OnlineCapture(
        platform: "学校认可的移动端采集软件⟦名称原文截断⟧",
        window: nil,
        who: "不能参加现场拍照的毕业生",
        requirements: [
            "在保障信息安全的前提下",
            "必须使用手机原生相机实时采集",
            "不能使用美颜修图类软件",
            "不能从手机相册中选择预先准备好的图片",
        ]
    )
}
