/// A campaign's tables in its own schema, as a list of migrations like SQLite's (`schema_version` counts the
/// ones that ran). The columns are SQLite's, name for name (`StudentRows`), so both stores read and write a
/// student the same way; flags are integers 0/1 as there.
///
/// What gives each guarantee of `CampaignStore` on a server shared by many stations (READ COMMITTED, the
/// default isolation level, throughout):
/// - one student per number, one payment per id, each input row once: UNIQUE constraints, written with
///   `ON CONFLICT DO NOTHING`, so a second station's insert waits for the first one's transaction and then
///   inserts nothing (or inserts, when the first rolled back) instead of failing its own transaction;
/// - one holder per sequence number: the partial unique index `states_sequence`; the number itself is issued
///   under a transaction-scoped advisory lock per series (`PostgresCampaignStore.highestSequenceNumber`), so
///   two stations never compute the same next number and the series has no gap;
/// - no lost update: a student read inside a transaction is read `FOR UPDATE`, so a second station reading
///   the same student waits for the first one's commit and then sees its state;
/// - append-only history, payments, input rows and station log: triggers refuse UPDATE and DELETE.
enum PostgresSchema {
    static let migrations: [String] = [
        """
        CREATE TABLE campaign (
            key   text PRIMARY KEY,
            value text NOT NULL
        );
        CREATE TABLE students (
            ordinal             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            student_number      text NOT NULL UNIQUE,
            name                text NOT NULL,
            id_number           text,
            college             text,
            major               text,
            class_name          text,
            level               text,
            enrolment_year      integer,
            program_length      integer,
            expected_graduation text,
            previous_capture    text,
            graduates_on_time   integer NOT NULL,
            graduating_early    integer NOT NULL,
            roster_line         integer,
            eligibility         text NOT NULL,
            eligibility_reason  text NOT NULL,
            categories          text,
            id_sealed           text,
            id_lookup           text
        );
        CREATE INDEX students_id_lookup ON students (id_lookup) WHERE id_lookup IS NOT NULL;
        CREATE TABLE states (
            ordinal             bigint PRIMARY KEY REFERENCES students (ordinal),
            stage               text NOT NULL,
            notified            integer NOT NULL DEFAULT 0,
            pre_registered      integer NOT NULL DEFAULT 0,
            session_index       integer,
            session_source      text,
            session_unit        text,
            session_room        text,
            session_date        text,
            session_start       text,
            session_end         text,
            paid_fen            bigint NOT NULL DEFAULT 0,
            fee_settled         integer NOT NULL DEFAULT 0,
            credential          text,
            sequence_series     text,
            sequence_value      bigint,
            photo_path          text,
            photo_sha256        text,
            photo_taken_at      bigint,
            photo_make_up_route text,
            export_batch        text,
            verification_open   integer NOT NULL DEFAULT 0,
            verification_ends   text,
            closed              integer NOT NULL DEFAULT 0,
            missed              integer NOT NULL DEFAULT 0,
            make_up_route       text,
            make_up_place       text,
            make_up_on_campus   integer,
            make_up_deadline    text,
            deferred            integer NOT NULL DEFAULT 0,
            refund_fen          bigint,
            refund_due          text,
            refund_reason       text
        );
        CREATE UNIQUE INDEX states_sequence ON states (sequence_series, sequence_value) WHERE sequence_value IS NOT NULL;
        -- A station reads one student's history to undo or merge: unlike SQLite's single writer, many readers
        -- share the server, so the index pays for itself.
        CREATE TABLE events (
            id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            student bigint NOT NULL,
            at      bigint NOT NULL,
            kind    text NOT NULL,
            detail  text NOT NULL
        );
        CREATE INDEX events_student ON events (student);
        CREATE TABLE payments (
            seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id         text NOT NULL UNIQUE,
            amount_fen bigint NOT NULL,
            at         bigint NOT NULL,
            students   text NOT NULL,
            class_name text,
            channel    text,
            owed_back  text
        );
        CREATE TABLE input_rows (
            seq     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source  text NOT NULL,
            digest  text NOT NULL,
            line    integer NOT NULL,
            refusal text,
            UNIQUE (source, digest, line)
        );
        CREATE TABLE station_log (
            seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            station   text NOT NULL,
            at        bigint NOT NULL,
            kind      text NOT NULL,
            student   text,
            frame     bigint,
            camera_at bigint,
            file      text,
            sha256    text,
            note      text NOT NULL
        );
        CREATE TABLE id_number_key (
            one         integer PRIMARY KEY CHECK (one = 1),
            fingerprint text NOT NULL
        );
        CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;
        CREATE TRIGGER students_fixed BEFORE DELETE ON students
            FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('students are never removed from a campaign');
        CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
            FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the event history is append-only');
        CREATE TRIGGER payments_append_only BEFORE UPDATE OR DELETE ON payments
            FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('payments are never changed; record a refund instead');
        CREATE TRIGGER input_rows_append_only BEFORE UPDATE OR DELETE ON input_rows
            FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('input rows are recorded once');
        CREATE TRIGGER station_log_append_only BEFORE UPDATE OR DELETE ON station_log
            FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the station log is append-only');
        """,
    ]

    static var version: Int { migrations.count }
}

extension PostgresSchema {
    /// The declared type of `column` in `table`, read from the migrations, for the casts of a statement whose
    /// parameters the server cannot type by itself (`INSERT … SELECT $1`).
    static func type(of column: String, in table: String) -> String {
        guard let type = columnTypes[table]?[column] else { fatalError("PostgresSchema: no column \(table).\(column)") }
        return type
    }

    private static let columnTypes: [String: [String: String]] = {
        var tables: [String: [String: String]] = [:]
        var current: String?
        for line in migrations.joined(separator: "\n").split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if words.count >= 3, words[0] == "CREATE", words[1] == "TABLE" {
                current = String(words[2])
            } else if words.count >= 7, words[0] == "ALTER", words[1] == "TABLE", words[3] == "ADD", words[4] == "COLUMN" {
                tables[String(words[2]), default: [:]][String(words[5])] = String(words[6].filter { $0 != "," && $0 != ";" })
            } else if line.hasPrefix(")") {
                current = nil
            } else if let table = current, words.count >= 2, line.hasPrefix("    "), !["PRIMARY", "UNIQUE", "--"].contains(String(words[0])) {
                tables[table, default: [:]][String(words[0])] = String(words[1].filter { $0 != "," })
            }
        }
        return tables
    }()
}
