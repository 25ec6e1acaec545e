import TucaiKernel

extension School {
    /// Point 6 is cut off right after its first words.
    public var photoRequirements: [String] { ["请留学生按照新华社影像采集要求"] }

    // No appearance rule, make-up route or verification: the text stops before any. `onCampusMakeUp` keeps
    // the kernel's "not stated".
}
