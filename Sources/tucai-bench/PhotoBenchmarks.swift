import Foundation
import TucaiKernel
import TucaiPhoto

/// The capture station's photo step (issue 9, item 4): a 6000×4000 camera JPEG to a checked CHSI photo, the
/// time a student waits in the chair for a verdict. Measured against the shell pipeline a station script
/// would use, `djpeg -scale 1/8 | cjpeg`, run interleaved in the same loop so both see the same machine.
/// The baseline does less than the station: it makes a 750×500 file at cjpeg's default quality, with no
/// digest, crop, resampling, size fitting or checks; it is the floor a decode-and-encode costs through the
/// same libjpeg-turbo, process start-up included.
enum PhotoBenchmarks {
    static let runs = 15

    static func run() {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tucai-photo-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cameraURL = directory.appendingPathComponent("DSC_0001.JPG")
        let photoURL = directory.appendingPathComponent("photo.jpg")
        let baselineURL = directory.appendingPathComponent("baseline.jpg")

        let started = DispatchTime.now().uptimeNanoseconds
        let portrait = SyntheticPortrait(width: 6000, height: 4000, dateTimeOriginal: "2026:06:01 09:15:42")
        guard let camera = try? portrait.jpeg(), (try? Data(camera).write(to: cameraURL)) != nil else {
            print("photo: cannot make the synthetic camera file in \(directory.path)")
            return
        }
        print(String(format: "photo: camera file → checked CHSI registration photo, median of %d runs\n  %@: 6000×4000, %.1f MB, made in %.0f ms",
                     runs, cameraURL.lastPathComponent, Double(camera.count) / 1e6, seconds(since: started) * 1000))

        let baseline = baselineCommand(cameraURL, baselineURL)
        if baseline == nil {
            print("  djpeg/cjpeg not found (Debian package libjpeg-turbo-progs): the baseline is skipped")
        }
        // Not a baseline but a floor: libjpeg-turbo decoding at the 2/8 scale a 6000×4000 frame needs, nothing else.
        let decodeFloor = baseline == nil ? nil : "djpeg -scale 2/8 '\(cameraURL.path)' > /dev/null"
        var ours: [Double] = [], theirs: [Double] = [], decodeOnly: [Double] = []
        var last: RegistrationPhoto?
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                let photo = try RegistrationPhoto.make(from: try Data(contentsOf: cameraURL))
                try Data(photo.jpeg).write(to: photoURL)
                last = photo
            } catch {
                print("  the station pipeline failed: \(error)")
                return
            }
            ours.append(seconds(since: start))
            if let baseline {
                let start = DispatchTime.now().uptimeNanoseconds
                guard shell(baseline) else { print("  the baseline failed: \(baseline)"); return }
                theirs.append(seconds(since: start))
            }
            if let decodeFloor {
                let start = DispatchTime.now().uptimeNanoseconds
                guard shell(decodeFloor) else { print("  the decode floor failed: \(decodeFloor)"); return }
                decodeOnly.append(seconds(since: start))
            }
        }
        guard let photo = last else { return }
        let station = median(ours)
        report("station: read, SHA-256, decode 2/8 centre, area-resize, fit quality, encode, check", station)
        print("    → 480×640, \(photo.jpeg.count) bytes, \(photo.qualityFit); \(photo.passes ? "all \(photo.findings.count) criteria pass" : "REFUSED: \(photo.refusals)")")
        if let baseline {
            let shellTime = median(theirs)
            report("baseline: \(baseline.replacingOccurrences(of: directory.path + "/", with: ""))", shellTime)
            if let data = try? Data(contentsOf: baselineURL), let file = try? CameraFile(data: data) {
                print("    → \(file.size), \(data.count) bytes")
            }
            print(String(format: "    station / baseline: %.2f×", station / shellTime))
            report("for reference, decode only: djpeg -scale 2/8 FILE > /dev/null", median(decodeOnly))
        }
        stages(camera)
    }

    /// Where the station's time goes, stage by stage (separate runs, so the sum is near, not equal to, the
    /// whole).
    private static func stages(_ camera: [UInt8]) {
        let spec = RegistrationPhotoSpec.chsi
        let target = PixelSize(width: spec.width, height: spec.height)
        guard let centre = try? JPEGCodec.decodeCentre(camera, covering: target) else { return }
        let small = centre.scaledByAreaAveraging(to: target)
        guard let (_, jpeg) = try? QualityFit.encode(small, spec: spec) else { return }
        print("  stages (median of \(runs)):")
        report("  the whole of RegistrationPhoto.make, bytes in memory, not interleaved", time { _ = try? RegistrationPhoto.make(from: camera) })
        report("  CameraFile: markers, EXIF, SHA-256 of \(camera.count / 1_000_000) MB", time { _ = try? CameraFile(camera) })
        report("  decode centre at 2/8 → \(centre.size)", time { _ = try? JPEGCodec.decodeCentre(camera, covering: target) })
        report("  area-average to 480×640", time { _ = centre.scaledByAreaAveraging(to: target) })
        report("  bisect quality (6-7 encodes)", time { _ = try? QualityFit.encode(small, spec: spec) })
        report("  read back and run every criterion", time {
            if let context = try? PhotoContext(jpeg: jpeg, spec: spec) { _ = RegistrationPhotoCriteria.assess(context) }
        })
    }

    private static func baselineCommand(_ input: URL, _ output: URL) -> String? {
        guard shell("command -v djpeg && command -v cjpeg", quiet: true) else { return nil }
        return "djpeg -scale 1/8 '\(input.path)' | cjpeg > '\(output.path)'"
    }

    private static func shell(_ command: String, quiet: Bool = false) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        if quiet { process.standardOutput = FileHandle.nullDevice; process.standardError = FileHandle.nullDevice }
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    private static func time(_ body: () -> Void) -> Double {
        median((0..<runs).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return seconds(since: start)
        })
    }

    private static func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    private static func report(_ label: String, _ seconds: Double) {
        print("  " + label.padding(toLength: 84, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", seconds * 1000))
    }
}
