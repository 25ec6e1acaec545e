/// The campaign database's schema, as a list of migrations. `PRAGMA user_version` records how many have
/// run; opening a database runs the missing ones, each in its own transaction. A change to the schema is a
/// new migration appended here, never an edit to one that has shipped: databases in the field were made by it.
enum SQLiteSchema {
    static let migrations: [String] = [
        // 1: one campaign per file. A student's roster data and eligibility are written once, at import; the
        // current state is a row of its own beside them, the one row each later step rewrites; the history is
        // an append-only table, in the order written.
        // The history has no index on the student: appending is the hot path (a million students write ten
        // million events), while reading one student's history is rare and scans (about a second at that size).
        """
        CREATE TABLE campaign (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE students (
            ordinal             INTEGER PRIMARY KEY,
            student_number      TEXT NOT NULL UNIQUE,
            name                TEXT NOT NULL,
            id_number           TEXT,
            college             TEXT,
            major               TEXT,
            class_name          TEXT,
            level               TEXT,
            enrolment_year      INTEGER,
            program_length      INTEGER,
            expected_graduation TEXT,
            previous_capture    TEXT,
            graduates_on_time   INTEGER NOT NULL,
            graduating_early    INTEGER NOT NULL,
            roster_line         INTEGER,
            eligibility         TEXT NOT NULL,
            eligibility_reason  TEXT NOT NULL
        );

        CREATE TABLE states (
            ordinal             INTEGER PRIMARY KEY REFERENCES students (ordinal),
            stage               TEXT NOT NULL,
            notified            INTEGER NOT NULL DEFAULT 0,
            pre_registered      INTEGER NOT NULL DEFAULT 0,
            session_index       INTEGER,
            session_source      TEXT,
            session_unit        TEXT,
            session_room        TEXT,
            session_date        TEXT,
            session_start       TEXT,
            session_end         TEXT,
            paid_fen            INTEGER NOT NULL DEFAULT 0,
            fee_settled         INTEGER NOT NULL DEFAULT 0,
            credential          TEXT,
            sequence_series     TEXT,
            sequence_value      INTEGER,
            photo_path          TEXT,
            photo_sha256        TEXT,
            photo_taken_at      INTEGER,
            photo_make_up_route TEXT,
            export_batch        TEXT,
            verification_open   INTEGER NOT NULL DEFAULT 0,
            verification_ends   TEXT,
            closed              INTEGER NOT NULL DEFAULT 0,
            missed              INTEGER NOT NULL DEFAULT 0,
            make_up_route       TEXT,
            make_up_place       TEXT,
            make_up_on_campus   INTEGER,
            make_up_deadline    TEXT,
            deferred            INTEGER NOT NULL DEFAULT 0,
            refund_fen          INTEGER,
            refund_due          TEXT,
            refund_reason       TEXT
        );
        CREATE UNIQUE INDEX states_sequence ON states (sequence_series, sequence_value)
            WHERE sequence_value IS NOT NULL;

        CREATE TABLE events (
            id      INTEGER PRIMARY KEY,
            student INTEGER NOT NULL,
            at      INTEGER NOT NULL,
            kind    TEXT NOT NULL,
            detail  TEXT NOT NULL
        );
        CREATE TRIGGER students_fixed BEFORE DELETE ON students
            BEGIN SELECT RAISE(ABORT, 'students are never removed from a campaign'); END;
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;

        CREATE TABLE payments (
            seq        INTEGER PRIMARY KEY,
            id         TEXT NOT NULL UNIQUE,
            amount_fen INTEGER NOT NULL,
            at         INTEGER NOT NULL,
            students   TEXT NOT NULL,
            class_name TEXT,
            channel    TEXT
        );
        CREATE TRIGGER payments_append_only_update BEFORE UPDATE ON payments
            BEGIN SELECT RAISE(ABORT, 'payments are never changed; record a refund instead'); END;
        CREATE TRIGGER payments_append_only_delete BEFORE DELETE ON payments
            BEGIN SELECT RAISE(ABORT, 'payments are never changed; record a refund instead'); END;
        """,
        // 2: money that settles nothing is kept as received, with the reason it is owed back.
        """
        ALTER TABLE payments ADD COLUMN owed_back TEXT;
        """,
        // 3: the groups a roster's 类别 column puts a student in (留学生, 硕博连读…), identifiers joined by ",".
        """
        ALTER TABLE students ADD COLUMN categories TEXT;
        """,
        // 4: what became of every input row: applied, or refused with the reason, written with its effect, so a
        // resumed run applies each row once and reconcile lists every row that did not go in.
        """
        CREATE TABLE input_rows (
            seq     INTEGER PRIMARY KEY,
            source  TEXT NOT NULL,
            digest  TEXT NOT NULL,
            line    INTEGER NOT NULL,
            refusal TEXT,
            UNIQUE (source, digest, line)
        );
        CREATE TRIGGER input_rows_append_only_update BEFORE UPDATE ON input_rows
            BEGIN SELECT RAISE(ABORT, 'input rows are recorded once'); END;
        CREATE TRIGGER input_rows_append_only_delete BEFORE DELETE ON input_rows
            BEGIN SELECT RAISE(ABORT, 'input rows are recorded once'); END;
        """,
        // 5: resident ID numbers sealed under a key file outside the database; see `sealedIDNumbers`.
        sealedIDNumbers,
        // 6: the capture stations' log (`StationEntry`): scans, camera frames and the operators' choices, in order.
        """
        CREATE TABLE station_log (
            seq             INTEGER PRIMARY KEY,
            station         TEXT NOT NULL,
            at              INTEGER NOT NULL,
            kind            TEXT NOT NULL,
            student         TEXT,
            frame           INTEGER,
            camera_at       INTEGER,
            file            TEXT,
            sha256          TEXT,
            note            TEXT NOT NULL
        );
        CREATE TRIGGER station_log_append_only_update BEFORE UPDATE ON station_log
            BEGIN SELECT RAISE(ABORT, 'the station log is append-only'); END;
        CREATE TRIGGER station_log_append_only_delete BEFORE DELETE ON station_log
            BEGIN SELECT RAISE(ABORT, 'the station log is append-only'); END;
        """,
    ]

    static var version: Int { migrations.count }

    /// The migration that seals resident ID numbers (issue 8): each student's number moves from the clear
    /// `id_number` column (left NULL from then on) to `id_sealed`, AES-256-GCM under the key file beside the
    /// database (`IDNumberKey`), with `id_lookup`, its HMAC-SHA256, for finding a number and seeing duplicates.
    /// `id_number_key` holds the key's fingerprint, so another database's key file is named as such. SQL cannot
    /// encrypt: the store seals the numbers already stored in Swift, in this migration's own transaction
    /// (`SQLiteCampaignStore.sealStoredIDNumbers`), found by this text rather than by its place in the list.
    static let sealedIDNumbers = """
        ALTER TABLE students ADD COLUMN id_sealed TEXT;
        ALTER TABLE students ADD COLUMN id_lookup TEXT;
        CREATE INDEX students_id_lookup ON students (id_lookup) WHERE id_lookup IS NOT NULL;
        CREATE TABLE id_number_key (
            one         INTEGER PRIMARY KEY CHECK (one = 1),
            fingerprint TEXT NOT NULL
        );
        """

    /// The schema version at which ID numbers are sealed.
    static var sealedIDNumbersVersion: Int { migrations.firstIndex(of: sealedIDNumbers)! + 1 }
}
