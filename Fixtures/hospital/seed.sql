-- Seed data for the reference hospital receptionist (HospitalBackend).
-- The schema is created in code (HospitalBackend+Schema.swift); this file only fills it.
-- Times are 24-hour "HH:MM"; weekdays are ISO numbers (1 = Monday … 7 = Sunday).
-- The appointments assume the simulated today is 2025-06-02, a Monday.

INSERT INTO doctors (id, first_name, last_name, specialty, location, day_start, day_end, lunch_start, lunch_end, slot_minutes) VALUES
    (1, 'Sarah', 'Johnson', 'General Medicine', 'Building A, 2nd floor', '09:00', '17:00', '12:00', '13:00', 30),
    (2, 'Raj', 'Patel', 'Cardiology', 'Building B, 3rd floor', '09:00', '17:00', '12:00', '13:00', 30),
    (3, 'Kevin', 'Lee', 'Orthopedics', 'Building C, 1st floor', '09:00', '17:00', '12:00', '13:00', 30),
    (4, 'Maria', 'Garcia', 'Pediatrics', 'Building A, 1st floor', '09:00', '17:00', '12:00', '13:00', 30);

INSERT INTO doctor_days (doctor_id, weekday) VALUES
    (1, 1), (1, 2), (1, 3), (1, 4), (1, 5),   -- Dr. Johnson: Monday to Friday
    (2, 2), (2, 4),                           -- Dr. Patel: Tuesday and Thursday
    (3, 1), (3, 3), (3, 5),                   -- Dr. Lee: Monday, Wednesday, Friday
    (4, 1), (4, 2), (4, 3), (4, 4);           -- Dr. Garcia: Monday to Thursday

INSERT INTO patients (id, name, date_of_birth, phone) VALUES
    ('P-1001', 'John Smith', '1985-03-15', '555-0101'),
    ('P-1002', 'Jane Doe', '1990-07-22', '555-0102'),
    ('P-1003', 'Emily Davis', '1978-11-08', '555-0103'),
    ('P-1004', 'Robert Brown', '1962-01-30', '555-0104'),
    ('P-1005', 'Linda Wilson', '1955-09-12', '555-0105'),
    ('P-1006', 'Michael Chen', '2016-04-03', '555-0106');

INSERT INTO appointments (id, patient_id, doctor_id, date, time, status, reason) VALUES
    ('A-1001', 'P-1001', 1, '2025-06-04', '10:00', 'booked', 'Annual checkup'),
    ('A-1002', 'P-1002', 3, '2025-06-06', '14:00', 'booked', 'Knee pain follow-up'),
    ('A-1003', 'P-1003', 2, '2025-06-03', '15:00', 'booked', 'Heart palpitations'),
    ('A-1004', 'P-1004', 2, '2025-06-03', '09:00', 'booked', 'Blood pressure review'),
    ('A-1005', 'P-1005', 2, '2025-06-03', '09:30', 'booked', 'ECG results'),
    ('A-1006', 'P-1004', 2, '2025-06-05', '10:00', 'booked', 'Cardiology follow-up'),
    ('A-1007', 'P-1006', 4, '2025-06-02', '11:00', 'booked', 'Vaccination'),
    ('A-1008', 'P-1005', 1, '2025-06-02', '14:00', 'booked', 'Flu symptoms'),
    ('A-1009', 'P-1002', 1, '2025-06-03', '11:00', 'cancelled', 'Prescription refill'),
    ('A-1010', 'P-1001', 1, '2025-05-28', '09:30', 'booked', 'Blood test'),
    ('A-1011', 'P-1003', 2, '2025-06-05', '09:00', 'booked', 'Stress test');
