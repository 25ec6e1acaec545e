// swift-tools-version: 6.1
import PackageDescription

// The fuzz targets, kept out of the main package so that `swift build` and `swift test` never compile them.
// `Fuzz/run` builds them from the repository's root with
//     swift build --package-path Fuzz --scratch-path .build-fuzz --product <target> -Xswiftc -sanitize=address \
//         -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table -Xswiftc -use-ld=lld
// The coverage flags are what `-sanitize=fuzzer` adds when compiling. `-sanitize=fuzzer` itself is given only
// to the targets' link (below): through -Xswiftc it would also reach the registry generator, which the build
// runs as a tool, and link libFuzzer's `main` into it. Each target's main.swift defines `LLVMFuzzerTestOneInput`
// and hands it to libFuzzer's driver (`LLVMFuzzerRunDriver`), because SwiftPM links a debug executable's own
// entry point as `main`; so the targets are not built with -parse-as-library.

// SwiftPM names a path dependency after its folder, so the main package is known by the clone's folder name.
let tucai = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "main").lowercased()

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: tucai) },
                      linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])])
}

let package = Package(
    name: "TucaiFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
        fuzzTarget("roster", ["TucaiRoster", "TucaiKernel"]),
        fuzzTarget("config", ["TucaiRegistry", "TucaiKernel"]),
        fuzzTarget("events", ["TucaiCampaign", "TucaiKernel"]),
        fuzzTarget("session-table", ["TucaiSchedule", "TucaiKernel"]),
    ],
    swiftLanguageModes: [.v6]
)
