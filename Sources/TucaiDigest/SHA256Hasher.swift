import CCrypto

extension SHA256 {
    /// SHA-256 of bytes that arrive in pieces: a roster imported in stretches is hashed as it is read, so its
    /// digest needs neither the whole file in memory nor a second read. Gives what `SHA256.hex` gives for the
    /// same bytes in one piece.
    public final class Hasher {
        private let context: OpaquePointer
        private var finished = false

        public init() {
            // Fails only when libcrypto cannot allocate a context; there is no digest to compute then.
            guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
                preconditionFailure("libcrypto could not start SHA-256")
            }
            self.context = context
        }

        deinit { EVP_MD_CTX_free(context) }

        public func update(_ bytes: UnsafeRawBufferPointer) {
            precondition(!finished, "SHA256.Hasher updated after its digest was taken")
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            precondition(EVP_DigestUpdate(context, base, bytes.count) == 1, "libcrypto could not compute SHA-256")
        }

        /// The digest of everything given so far as 64 lowercase hex digits; the hasher takes no more bytes after.
        public func hex() -> String {
            precondition(!finished, "SHA256.Hasher finished twice")
            finished = true
            var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
            var length: UInt32 = 0
            precondition(EVP_DigestFinal_ex(context, &digest, &length) == 1 && length == 32, "libcrypto could not compute SHA-256")
            return SHA256.hexDigits(digest.prefix(32))
        }
    }
}
