import CCrypto

/// SHA-256 through OpenSSL's libcrypto (Debian's libssl-dev): the one digest every target uses, for photos (a photo
/// whose bytes change after capture no longer matches its record) and for input files (a changed file is noticed).
public enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        func digestOf(_ input: UnsafeBufferPointer<UInt8>) -> Int32 {
            EVP_Digest(input.baseAddress, input.count, &digest, &length, EVP_sha256(), nil)
        }
        // A roster's bytes are read where they lie: a copy of a 130 MB file is 130 MB more at the import's peak.
        let ok = bytes.withContiguousStorageIfAvailable(digestOf) ?? Array(bytes).withUnsafeBufferPointer(digestOf)
        // EVP_Digest fails only when libcrypto cannot allocate a context; there is no digest to return then.
        precondition(ok == 1 && length == 32, "libcrypto could not compute SHA-256")
        return hexDigits(digest.prefix(32))
    }

    static func hexDigits(_ digest: ArraySlice<UInt8>) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
