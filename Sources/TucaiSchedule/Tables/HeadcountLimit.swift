/// The most students one session or one unit of a table may hold. A graduating cohort of the largest
/// university is some tens of thousands; a headcount beyond this is a typing error, and planning it would
/// overflow the minutes it needs.
public enum HeadcountLimit {
    public static let largest = 100_000
}
