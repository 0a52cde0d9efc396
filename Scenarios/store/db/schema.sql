-- Juniper Outfitters, an online store: its customers, their saved addresses, orders and
-- order lines, and what the order-support line records — return requests, refunds and
-- hand-offs to staff. Each call starts from this schema and seed.sql, in memory.

CREATE TABLE customers (
    id TEXT PRIMARY KEY NOT NULL CHECK (id GLOB 'C-[0-9][0-9][0-9]'),
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL
);

CREATE TABLE addresses (
    customer_id TEXT NOT NULL REFERENCES customers(id),
    label TEXT NOT NULL,
    line TEXT NOT NULL,
    PRIMARY KEY (customer_id, label)
);

CREATE TABLE orders (
    id TEXT PRIMARY KEY NOT NULL CHECK (id GLOB 'W-[0-9][0-9][0-9][0-9]'),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    status TEXT NOT NULL CHECK (status IN ('processing', 'shipped', 'delivered', 'return_started', 'refunded', 'cancelled')),
    placed_on TEXT NOT NULL,
    expected_on TEXT,
    delivered_on TEXT,
    carrier TEXT,
    ship_to TEXT NOT NULL,
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0)
);

CREATE TABLE order_lines (
    order_id TEXT NOT NULL REFERENCES orders(id),
    line INTEGER NOT NULL,
    item TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    price_cents INTEGER NOT NULL,
    PRIMARY KEY (order_id, line)
);

-- One return per order; its reason as the caller gave it.
CREATE TABLE return_requests (
    id TEXT PRIMARY KEY NOT NULL,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders(id),
    reason TEXT NOT NULL,
    opened_on TEXT NOT NULL
);

-- One refund per order, of the order's total.
CREATE TABLE refunds (
    id TEXT PRIMARY KEY NOT NULL,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders(id),
    amount_cents INTEGER NOT NULL,
    issued_on TEXT NOT NULL
);

CREATE TABLE staff_handoffs (
    ticket TEXT PRIMARY KEY NOT NULL,
    reason TEXT NOT NULL,
    summary TEXT NOT NULL
);
