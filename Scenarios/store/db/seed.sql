-- Today on the store's calendar is Monday 2025-06-02 (the agent file's backend.today).

INSERT INTO customers (id, name, phone, email) VALUES
    ('C-201', 'Maria Lopez', '5550142377', 'maria.lopez@example.com'),
    ('C-202', 'James Carter', '5550198260', 'james.carter@example.com'),
    ('C-203', 'Priya Singh', '5550163514', 'priya.singh@example.com'),
    ('C-204', 'Wei Chen', '5550127743', 'wei.chen@example.com'),
    ('C-205', 'Aisha Omar', '5550175931', 'aisha.omar@example.com');

INSERT INTO addresses (customer_id, label, line) VALUES
    ('C-201', 'home', '14 Harbor Street, Portland'),
    ('C-202', 'home', '88 Elm Avenue, Salem'),
    ('C-203', 'home', '7 Birch Road, Eugene'),
    ('C-203', 'work', '200 Pine Street, Eugene'),
    ('C-204', 'home', '31 Cedar Lane, Bend'),
    ('C-205', 'home', '5 Maple Court, Medford'),
    ('C-205', 'work', '16 Oak Plaza, Medford');

INSERT INTO orders (id, customer_id, status, placed_on, expected_on, delivered_on, carrier, ship_to, total_cents) VALUES
    ('W-1001', 'C-201', 'delivered', '2025-05-22', '2025-05-28', '2025-05-28', 'Parcel Express', '14 Harbor Street, Portland', 6450),
    ('W-1002', 'C-202', 'shipped', '2025-05-29', '2025-06-05', NULL, 'Parcel Express', '88 Elm Avenue, Salem', 3999),
    ('W-1003', 'C-203', 'processing', '2025-06-01', '2025-06-06', NULL, NULL, '7 Birch Road, Eugene', 8925),
    ('W-1004', 'C-201', 'delivered', '2025-05-12', '2025-05-20', '2025-05-20', 'Swift Freight', '14 Harbor Street, Portland', 12000),
    ('W-1005', 'C-204', 'delivered', '2025-03-25', '2025-04-01', '2025-04-01', 'Parcel Express', '31 Cedar Lane, Bend', 4500),
    ('W-1006', 'C-202', 'processing', '2025-06-02', '2025-06-09', NULL, NULL, '88 Elm Avenue, Salem', 2250),
    ('W-1007', 'C-205', 'cancelled', '2025-05-30', NULL, NULL, NULL, '5 Maple Court, Medford', 5400),
    ('W-1008', 'C-205', 'processing', '2025-06-01', '2025-06-05', NULL, NULL, '5 Maple Court, Medford', 7800);

INSERT INTO order_lines (order_id, line, item, quantity, price_cents) VALUES
    ('W-1001', 1, 'ceramic teapot', 1, 4450),
    ('W-1001', 2, 'tea towels', 2, 1000),
    ('W-1002', 1, 'rain jacket', 1, 3999),
    ('W-1003', 1, 'hiking boots', 1, 8925),
    ('W-1004', 1, 'camping lantern', 2, 6000),
    ('W-1005', 1, 'wool scarf', 1, 4500),
    ('W-1006', 1, 'water bottle', 1, 2250),
    ('W-1007', 1, 'yoga mat', 2, 2700),
    ('W-1008', 1, 'daypack', 1, 7800);
