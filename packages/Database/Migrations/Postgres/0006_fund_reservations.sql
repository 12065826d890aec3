-- Funds reserved by live instances (IFundsReservationStore), PostgreSQL dialect of Migrations/Sqlite/0006_fund_reservations.sql.
CREATE TABLE fund_reservations (
    account  text NOT NULL,
    instance text NOT NULL,
    asset    text NOT NULL,
    amount   numeric NOT NULL,
    time_ms  bigint NOT NULL,
    PRIMARY KEY (account, instance)
);
