import CCrypto
import Foundation

/// The key that keeps a campaign's resident ID numbers unreadable at rest. It lives in a file of its own,
/// never in the database: by default beside it, `<database>.key` (`ynau-2023.sqlite.key`), 32 random bytes
/// (RAND_bytes) created with mode 0600 by whatever creates the database, and refused when its mode is wider
/// than 0600 or its size is not 32 bytes.
///
/// From the file's 32 bytes, HKDF-Expand (RFC 5869, SHA-256; the file's bytes are already uniformly random,
/// so they serve as the pseudorandom key without an extract step) derives three keys, one per purpose:
/// - **sealing**: AES-256-GCM. Each ID number is stored as base64(nonce ‖ ciphertext ‖ tag), a fresh random
///   12-byte nonce per value, with the student number as associated data, so a sealed value moved to another
///   student's row no longer opens;
/// - **lookup**: HMAC-SHA256 of the ID number, stored beside it: the same number gives the same value in
///   every row, so a number can be found, and a duplicate seen, without opening anything;
/// - **fingerprint**: stored once in the database, so that a key file belonging to another database is named
///   as such instead of failing on every student.
///
/// Sealed values and lookups are base64 text rather than blobs: `sqlite3 .dump` prints a blob as hex, and
/// random hex holds runs of 18 digits, which a scan of the dump for ID numbers would flag.
public final class IDNumberKey {
    public static let byteCount = 32
    static let nonceCount = 12
    static let tagCount = 16

    /// The key file of the database at `databasePath` when the caller names none.
    public static func defaultPath(forDatabase databasePath: String) -> String { databasePath + ".key" }

    public let path: String
    public let fingerprint: String
    // Contexts keyed once and reused for every value (the store serves one thread): keying a context, fetching
    // HMAC and drawing random bytes one call at a time would cost a campaign of a million students seconds.
    private let sealer: OpaquePointer
    private let opener: OpaquePointer
    private let lookup: OpaquePointer
    /// Nonces drawn from RAND_bytes a few hundred at a time; each is used once.
    private var nonces: [UInt8] = []
    private var nextNonce = 0

    /// A key file that cannot be used, as one line naming the file.
    public struct Failure: Error {
        public var message: String
        public init(message: String) { self.message = message }
    }

    /// The file's bytes, from which keys for other purposes (a slip's signature) are derived.
    private let secret: [UInt8]

    private init(path: String, bytes: [UInt8]) {
        self.path = path
        secret = bytes
        let sealing = Self.expand(bytes, info: "tucai id_number aes-256-gcm v1")
        let lookupKey = Self.expand(bytes, info: "tucai id_number lookup hmac-sha256 v1")
        fingerprint = Data(Self.expand(bytes, info: "tucai id_number key fingerprint v1")).base64EncodedString()
        // Failing here means libcrypto cannot allocate or lacks AES-GCM and HMAC: nothing could be stored.
        guard let sealer = EVP_CIPHER_CTX_new(), let opener = EVP_CIPHER_CTX_new(),
              EVP_EncryptInit_ex(sealer, EVP_aes_256_gcm(), nil, sealing, nil) == 1,
              EVP_DecryptInit_ex(opener, EVP_aes_256_gcm(), nil, sealing, nil) == 1,
              let hmac = EVP_MAC_fetch(nil, "HMAC", nil), let lookup = EVP_MAC_CTX_new(hmac)
        else { fatalError("libcrypto has no AES-256-GCM or HMAC") }
        EVP_MAC_free(hmac)
        let keyed = "digest".withCString { name in
            "SHA256".withCString { digest in
                var parameters = [OSSL_PARAM_construct_utf8_string(name, UnsafeMutablePointer(mutating: digest), 0), OSSL_PARAM_construct_end()]
                return EVP_MAC_init(lookup, lookupKey, lookupKey.count, &parameters)
            }
        }
        guard keyed == 1 else { fatalError("libcrypto could not key HMAC-SHA256") }
        self.sealer = sealer; self.opener = opener; self.lookup = lookup
    }

    deinit {
        EVP_CIPHER_CTX_free(sealer)
        EVP_CIPHER_CTX_free(opener)
        EVP_MAC_CTX_free(lookup)
    }

    // MARK: the file

    /// The key in the file at `path`, or nil when there is no such file.
    public static func load(path: String) throws(Failure) -> IDNumberKey? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw Failure(message: "\(path): cannot read the ID number key (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(message: "\(path): cannot read the ID number key (\(String(cString: strerror(errno))))") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Failure(message: "\(path): the ID number key is not a regular file") }
        let mode = info.st_mode & 0o7777
        guard mode & ~0o600 == 0 else {
            throw Failure(message: "\(path): mode \(octal(mode)) lets others than its owner at the ID number key; it must be 0600 (chmod 600 '\(path)')")
        }
        guard info.st_size == byteCount else {
            throw Failure(message: "\(path): holds \(info.st_size) bytes, not the \(byteCount) of an ID number key (damaged, or not a key file)")
        }
        var bytes = [UInt8](repeating: 0, count: byteCount)
        guard read(fd, &bytes, byteCount) == byteCount else {
            throw Failure(message: "\(path): cannot read the ID number key (\(String(cString: strerror(errno))))")
        }
        return IDNumberKey(path: path, bytes: bytes)
    }

    /// A new key of 32 random bytes in a new file at `path`, mode 0600, on disk (file and folder synced)
    /// before anything is sealed with it. The file appears whole or not at all: it is written under a
    /// temporary name and linked into place, so a process killed halfway leaves no short key, and of two
    /// processes creating it at once the second finds and uses the first one's key.
    public static func create(path: String) throws(Failure) -> IDNumberKey {
        func failure(_ doing: String) -> Failure {
            Failure(message: "\(path): cannot \(doing) the ID number key (\(String(cString: strerror(errno))))")
        }
        var bytes = [UInt8](repeating: 0, count: byteCount)
        guard RAND_bytes(&bytes, Int32(byteCount)) == 1 else { throw Failure(message: "\(path): libcrypto has no random bytes for a new key") }
        let temporary = path + ".\(getpid()).new"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("create") }
        // The umask may only take bits away; the mode is set outright all the same.
        let written = fchmod(fd, 0o600) == 0 && write(fd, bytes, byteCount) == byteCount && fsync(fd) == 0
        let error = errno
        close(fd)
        guard written else { unlink(temporary); errno = error; throw failure("write") }
        let linked = link(temporary, path) == 0
        let linkError = errno
        unlink(temporary)
        if !linked {
            guard linkError == EEXIST, let theirs = try load(path: path) else { errno = linkError; throw failure("create") }
            return theirs
        }
        let folder = (path as NSString).deletingLastPathComponent
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 { fsync(directory); close(directory) }
        return IDNumberKey(path: path, bytes: bytes)
    }

    private static func octal(_ mode: mode_t) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    // MARK: sealing

    /// `idNumber` sealed for the student `studentNumber`: base64(nonce ‖ ciphertext ‖ tag).
    public func seal(_ idNumber: String, for studentNumber: String) -> String {
        let plain = Array(idNumber.utf8)
        let associated = Array(studentNumber.utf8)
        var out = [UInt8](repeating: 0, count: Self.nonceCount + plain.count + Self.tagCount)
        if nextNonce == nonces.count {
            nonces = [UInt8](repeating: 0, count: Self.nonceCount * 256)
            // libcrypto's generator fails only when it is broken; nothing may be sealed then.
            precondition(RAND_bytes(&nonces, Int32(nonces.count)) == 1, "libcrypto has no random bytes for nonces")
            nextNonce = 0
        }
        out.replaceSubrange(0..<Self.nonceCount, with: nonces[nextNonce..<nextNonce + Self.nonceCount])
        nextNonce += Self.nonceCount
        let ok = out.withUnsafeMutableBufferPointer { buffer -> Bool in
            let base = buffer.baseAddress!
            var length: Int32 = 0, final: Int32 = 0
            return EVP_EncryptInit_ex(sealer, nil, nil, nil, base) == 1
                && EVP_EncryptUpdate(sealer, nil, &length, associated, Int32(associated.count)) == 1
                && EVP_EncryptUpdate(sealer, base + Self.nonceCount, &length, plain, Int32(plain.count)) == 1
                && EVP_EncryptFinal_ex(sealer, base + Self.nonceCount + Int(length), &final) == 1
                && EVP_CIPHER_CTX_ctrl(sealer, EVP_CTRL_AEAD_GET_TAG, Int32(Self.tagCount), base + Self.nonceCount + plain.count) == 1
        }
        // AES-GCM fails only when libcrypto cannot allocate; there is no sealed value to store then.
        precondition(ok, "libcrypto could not seal with AES-256-GCM")
        return Data(out).base64EncodedString()
    }

    /// The ID number `sealed` holds for the student `studentNumber`, or nil when it does not open: altered,
    /// moved from another student's row, or sealed with another key.
    public func unseal(_ sealed: String, for studentNumber: String) -> String? {
        guard let data = Data(base64Encoded: sealed), data.count >= Self.nonceCount + Self.tagCount else { return nil }
        var bytes = Array(data)
        let associated = Array(studentNumber.utf8)
        let count = bytes.count - Self.nonceCount - Self.tagCount
        var plain = [UInt8](repeating: 0, count: max(count, 1))
        let ok = bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
            let base = buffer.baseAddress!
            var length: Int32 = 0, final: Int32 = 0
            guard EVP_DecryptInit_ex(opener, nil, nil, nil, base) == 1,
                  EVP_DecryptUpdate(opener, nil, &length, associated, Int32(associated.count)) == 1,
                  EVP_DecryptUpdate(opener, &plain, &length, base + Self.nonceCount, Int32(count)) == 1,
                  EVP_CIPHER_CTX_ctrl(opener, EVP_CTRL_AEAD_SET_TAG, Int32(Self.tagCount), base + Self.nonceCount + count) == 1
            else { return false }
            return plain.withUnsafeMutableBufferPointer { out in
                EVP_DecryptFinal_ex(opener, out.baseAddress! + Int(length), &final) == 1
            }
        }
        guard ok else { return nil }
        return String(decoding: plain.prefix(count), as: UTF8.self)
    }

    /// HMAC-SHA256 of the ID number under the lookup key, base64: equal for equal numbers (a trailing x is
    /// read as X), and nothing about the number without the key.
    public func lookupHash(of idNumber: String) -> String {
        let message = Array(idNumber.uppercased().utf8)
        var digest = [UInt8](repeating: 0, count: 32)
        var length = 0
        // Re-initialised without a key, the context keeps the one it was given.
        let ok = EVP_MAC_init(lookup, nil, 0, nil) == 1 && EVP_MAC_update(lookup, message, message.count) == 1
            && EVP_MAC_final(lookup, &digest, &length, digest.count) == 1 && length == 32
        // HMAC fails only when libcrypto cannot allocate; there is no hash to store then.
        precondition(ok, "libcrypto could not compute HMAC-SHA256")
        return Data(digest).base64EncodedString()
    }

    /// A key for `purpose`, derived like the others: a slip signed with it cannot be made from the database alone.
    public func derived(purpose: String) -> [UInt8] {
        Self.expand(secret, info: "tucai \(purpose) hmac-sha256 v1")
    }

    // MARK: primitives

    /// HKDF-Expand (RFC 5869) of one SHA-256 block: HMAC(prk, info ‖ 0x01).
    static func expand(_ prk: [UInt8], info: String) -> [UInt8] {
        hmac(key: prk, Array(info.utf8) + [0x01])
    }

    static func hmac(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = HMAC(EVP_sha256(), key, Int32(key.count), message, message.count, &digest, &length)
        // HMAC fails only when libcrypto cannot allocate; there is no digest to return then.
        precondition(result != nil && length == 32, "libcrypto could not compute HMAC-SHA256")
        return Array(digest.prefix(32))
    }
}
