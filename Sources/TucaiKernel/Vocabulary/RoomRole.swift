public enum RoomRoleKind: TermKind { public static let noun = "room role" }

/// What a room is used for on the capture day.
public typealias RoomRole = Term<RoomRoleKind>

extension Term where Kind == RoomRoleKind {
    public static var shootingRoom: RoomRole { RoomRole("shootingRoom", chinese: "拍摄室", english: "shooting room") }
    public static var waitingRoom: RoomRole { RoomRole("waitingRoom", chinese: "候拍室", english: "waiting room") }
    public static var paymentDesk: RoomRole { RoomRole("paymentDesk", chinese: "缴费处", english: "payment desk") }
}
