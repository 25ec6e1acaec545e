public enum TucaiCommandLine { public static func main() {} }
