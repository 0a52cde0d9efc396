import AgentTools
import CallDatabase

extension HospitalBackend {
    /// The hospital schema, one migration per table group.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.register("create-doctors") { db in
            try db.execute("""
                CREATE TABLE doctors (
                    id INTEGER PRIMARY KEY,
                    first_name TEXT NOT NULL,
                    last_name TEXT NOT NULL,
                    specialty TEXT NOT NULL,
                    location TEXT NOT NULL,
                    day_start TEXT NOT NULL DEFAULT '09:00' CHECK (day_start GLOB '[0-2][0-9]:[0-5][0-9]'),
                    day_end TEXT NOT NULL DEFAULT '17:00' CHECK (day_end GLOB '[0-2][0-9]:[0-5][0-9]'),
                    lunch_start TEXT NOT NULL DEFAULT '12:00' CHECK (lunch_start GLOB '[0-2][0-9]:[0-5][0-9]'),
                    lunch_end TEXT NOT NULL DEFAULT '13:00' CHECK (lunch_end GLOB '[0-2][0-9]:[0-5][0-9]'),
                    slot_minutes INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes > 0)
                );
                CREATE TABLE doctor_days (
                    doctor_id INTEGER NOT NULL REFERENCES doctors(id),
                    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                    PRIMARY KEY (doctor_id, weekday)
                );
                """)
        }
        migrator.register("create-patients") { db in
            try db.execute("""
                CREATE TABLE patients (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    date_of_birth TEXT,
                    phone TEXT
                );
                """)
        }
        migrator.register("create-appointments") { db in
            try db.execute("""
                CREATE TABLE appointments (
                    id TEXT PRIMARY KEY NOT NULL,
                    patient_id TEXT NOT NULL REFERENCES patients(id),
                    doctor_id INTEGER NOT NULL REFERENCES doctors(id),
                    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                    time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
                    status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
                    reason TEXT
                );
                CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (doctor_id, date, time) WHERE status = 'booked';
                CREATE INDEX appointments_by_patient ON appointments (patient_id, date);
                """)
        }
        migrator.register("create-transfers") { db in
            try db.execute("""
                CREATE TABLE transfers (
                    ticket TEXT PRIMARY KEY NOT NULL,
                    reason TEXT NOT NULL,
                    summary TEXT NOT NULL
                );
                """)
        }
        return migrator
    }
}
