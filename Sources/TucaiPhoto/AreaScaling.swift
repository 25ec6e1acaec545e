/// Downscaling by area averaging: each output pixel is the mean of the source area it covers, partial pixels
/// at its edges weighted by how much of them it covers. Exact for any ratio at or above 1, free of the
/// aliasing a nearest-pixel or bilinear shrink shows on fabric and hair, and separable, so a shrink costs a
/// few multiply-adds per sample.
extension RGBImage {
    public func scaledByAreaAveraging(to target: PixelSize) -> RGBImage {
        precondition(target.width > 0 && target.height > 0 && target.width <= width && target.height <= height,
                     "area averaging shrinks; \(size) cannot become \(target)")
        if target == size { return self }
        let columns = AreaWeights(source: width, target: target.width)
        let rows = AreaWeights(source: height, target: target.height)
        // Columns first, into floats, so the second pass averages unrounded values.
        var narrow = [Float](repeating: 0, count: height * target.width * 3)
        pixels.withUnsafeBufferPointer { source in
            narrow.withUnsafeMutableBufferPointer { out in
                for y in 0..<height {
                    let rowIn = y * width * 3, rowOut = y * target.width * 3
                    for x in 0..<target.width {
                        var r: Float = 0, g: Float = 0, b: Float = 0
                        let first = columns.first[x]
                        for k in 0..<columns.count[x] {
                            let w = columns.weights[columns.offset[x] + k]
                            let i = rowIn + (first + k) * 3
                            r += w * Float(source[i]); g += w * Float(source[i + 1]); b += w * Float(source[i + 2])
                        }
                        out[rowOut + x * 3] = r; out[rowOut + x * 3 + 1] = g; out[rowOut + x * 3 + 2] = b
                    }
                }
            }
        }
        var result = [UInt8](repeating: 0, count: target.width * target.height * 3)
        narrow.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { out in
                let stride = target.width * 3
                var sums = [Float](repeating: 0, count: stride)
                for y in 0..<target.height {
                    for i in 0..<stride { sums[i] = 0 }
                    let first = rows.first[y]
                    for k in 0..<rows.count[y] {
                        let w = rows.weights[rows.offset[y] + k]
                        let rowIn = (first + k) * stride
                        for i in 0..<stride { sums[i] += w * source[rowIn + i] }
                    }
                    for i in 0..<stride { out[y * stride + i] = UInt8(min(255, max(0, sums[i] + 0.5))) }
                }
            }
        }
        return RGBImage(width: target.width, height: target.height, pixels: result)
    }
}

/// For each output index along one axis: the first source index it covers, how many, and their weights
/// (summing to 1), flattened.
private struct AreaWeights {
    var first: [Int] = []
    var count: [Int] = []
    var offset: [Int] = []
    var weights: [Float] = []

    init(source: Int, target: Int) {
        let scale = Double(source) / Double(target)
        for o in 0..<target {
            let start = Double(o) * scale, end = min(Double(source), Double(o + 1) * scale)
            let firstIndex = Int(start.rounded(.down)), lastIndex = max(firstIndex, min(source - 1, Int(end.rounded(.up)) - 1))
            first.append(firstIndex)
            offset.append(weights.count)
            count.append(lastIndex - firstIndex + 1)
            for i in firstIndex...lastIndex {
                weights.append(Float((min(end, Double(i + 1)) - max(start, Double(i))) / scale))
            }
        }
    }
}
