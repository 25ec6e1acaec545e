// swift-tools-version: 6.1
import PackageDescription

/// The institution modules, one folder each under `Institutions/`.
/// Listed by hand because SwiftPM caches a manifest by its text: a folder scan would not be re-run when a
/// school is added. `swift package new-institution <Name>` appends to this list; a test fails when this list
/// and the folders disagree.
let institutions = [
    "YunnanUniversity",
    "YunnanAgriculturalUniversity",
    "UCAS",
    "NanchangHangkongUniversity",
    "LishuiUniversity",
    "BaojiUniversityOfArtsAndSciences",
    "AnhuiAgriculturalUniversity",
    "HarbinInstituteOfTechnology",
    "ZhejiangUniversityOfTechnology",
    "GuangdongPolytechnicInstitute",
    "ShanxiForestryVocationalCollege",
]

let institutionTargets: [Target] = institutions.map { name in
    .target(
        name: name,
        dependencies: ["TucaiKernel"],
        path: "Institutions/\(name)",
        exclude: ["Notice.txt"]
    )
}

let package = Package(
    name: "Tucai",
    products: [
        .executable(name: "tucai", targets: ["tucai"]),
        .library(name: "TucaiKernel", targets: ["TucaiKernel"]),
        .library(name: "TucaiTestKit", targets: ["TucaiTestKit"]),
        // Used by the fuzz targets in Fuzz/, a separate package that depends on this one.
        .library(name: "TucaiRegistry", targets: ["TucaiRegistry"]),
        .library(name: "TucaiRoster", targets: ["TucaiRoster"]),
        .library(name: "TucaiCampaign", targets: ["TucaiCampaign"]),
        .library(name: "TucaiSchedule", targets: ["TucaiSchedule"]),
        .library(name: "TucaiPhoto", targets: ["TucaiPhoto"]),
        .plugin(name: "new-institution", targets: ["NewInstitution"]),
    ],
    dependencies: [],
    targets: institutionTargets + [
        .target(name: "TucaiKernel"),
        .target(name: "TucaiTestKit", dependencies: ["TucaiKernel"]),
        .target(
            name: "TucaiRegistry",
            dependencies: ["TucaiKernel"] + institutions.map { .target(name: $0) },
            plugins: ["RegistryPlugin"]
        ),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg62-turbo-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(name: "TucaiSlips", dependencies: ["TucaiKernel", "CQRencode", "CCrypto"]),
        .target(name: "TucaiDigest", dependencies: ["CCrypto"]),
        .target(name: "TucaiStoreRows", dependencies: ["TucaiKernel", "TucaiDigest"]),
        .target(name: "TucaiSQLite", dependencies: ["TucaiKernel", "CSQLite", "CCrypto", "TucaiDigest", "TucaiStoreRows"]),
        .target(name: "TucaiPostgres", dependencies: ["TucaiKernel", "CLibPQ", "TucaiDigest", "TucaiStoreRows"]),
        .target(name: "TucaiRoster", dependencies: ["TucaiKernel"]),
        .target(name: "TucaiCampaign", dependencies: ["TucaiKernel", "TucaiRoster", "TucaiDigest"]),
        .target(name: "TucaiSchedule", dependencies: ["TucaiKernel"]),
        .target(name: "TucaiPhoto", dependencies: ["TucaiKernel", "CJPEG", "CCrypto", "TucaiDigest"]),
        .target(name: "TucaiStation", dependencies: ["TucaiKernel", "TucaiCampaign", "TucaiPhoto", "TucaiSlips", "TucaiDigest"]),
        .target(
            name: "TucaiCommands",
            dependencies: ["TucaiKernel", "TucaiRegistry", "TucaiSchedule", "TucaiRoster", "TucaiCampaign", "TucaiSQLite", "TucaiPostgres", "TucaiSlips", "TucaiStation", "TucaiDigest"]
        ),
        .executableTarget(name: "tucai", dependencies: ["TucaiCommands"]),
        .executableTarget(name: "tucai-registry-generator"),
        .target(name: "TucaiScaffold"),
        .executableTarget(name: "tucai-scaffold", dependencies: ["TucaiScaffold"]),
        .executableTarget(
            name: "tucai-bench",
            dependencies: ["TucaiKernel", "TucaiRegistry", "TucaiSchedule", "TucaiRoster", "TucaiCampaign", "TucaiSQLite", "TucaiPostgres", "TucaiTestKit", "TucaiPhoto", "TucaiStation", "TucaiSlips"]
        ),
        .plugin(
            name: "RegistryPlugin",
            capability: .buildTool(),
            dependencies: ["tucai-registry-generator"]
        ),
        .plugin(
            name: "NewInstitution",
            capability: .command(
                intent: .custom(verb: "new-institution", description: "Scaffold a new institution module under Institutions/"),
                permissions: [.writeToPackageDirectory(reason: "Creates Institutions/<Name>/ and adds <Name> to Package.swift")]
            ),
            dependencies: ["tucai-scaffold"]
        ),
        .testTarget(name: "TucaiSlipsTests", dependencies: ["TucaiSlips", "TucaiKernel", "CQRencode"]),
        .testTarget(
            name: "TucaiStationTests",
            dependencies: ["TucaiStation", "TucaiDigest", "TucaiCampaign", "TucaiSQLite", "TucaiPostgres", "TucaiTestKit", "TucaiPhoto", "TucaiSlips", "TucaiKernel", "TucaiRegistry", "TucaiCommands"]
        ),
        .testTarget(name: "TucaiKernelTests", dependencies: ["TucaiKernel", "TucaiTestKit"]),
        .testTarget(name: "InstitutionTests", dependencies: ["TucaiKernel", "TucaiRegistry", "TucaiScaffold"] + institutions.map { .target(name: $0) }),
        .testTarget(name: "TucaiCommandsTests", dependencies: ["TucaiCommands", "TucaiKernel", "TucaiTestKit", "TucaiScaffold"]),
        .testTarget(name: "TucaiRosterTests", dependencies: ["TucaiRoster", "TucaiKernel"], exclude: ["Fixtures"]),
        .testTarget(name: "TucaiPhotoTests", dependencies: ["TucaiPhoto", "TucaiKernel", "TucaiDigest"]),
        .testTarget(name: "TucaiScheduleTests", dependencies: ["TucaiSchedule", "TucaiKernel", "TucaiRegistry", "TucaiTestKit"]),
        .testTarget(
            name: "TucaiCampaignTests",
            dependencies: ["TucaiCampaign", "TucaiDigest", "TucaiRoster", "TucaiSQLite", "TucaiStoreRows", "TucaiPostgres", "TucaiKernel", "TucaiRegistry", "TucaiTestKit", "TucaiCommands"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
