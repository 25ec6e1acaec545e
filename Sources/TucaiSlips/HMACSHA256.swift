import CCrypto

/// HMAC-SHA256 through OpenSSL's libcrypto, the library the package already links for photo digests.
enum HMACSHA256 {
    static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = key.withUnsafeBytes { k in
            message.withUnsafeBytes { m in
                HMAC(EVP_sha256(), k.baseAddress, Int32(k.count), m.baseAddress?.assumingMemoryBound(to: UInt8.self), m.count,
                     &digest, &length)
            }
        }
        // HMAC fails only when libcrypto cannot allocate a context: there is no MAC to return then, and a slip
        // signed with anything else would be refused at the station.
        precondition(result != nil && length == 32, "libcrypto could not compute HMAC-SHA256")
        return Array(digest.prefix(32))
    }

    /// Whether two byte strings are equal, taking the same time wherever they differ, so that a forger
    /// timing the station learns nothing about how much of a guessed MAC was right.
    static func equalInConstantTime(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { x in b.withUnsafeBytes { y in CRYPTO_memcmp(x.baseAddress, y.baseAddress, x.count) == 0 } }
    }
}
