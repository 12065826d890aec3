-- Quote currency that live instances on one exchange account have committed to an entry not yet sent
-- (IFundsReservationStore): from the moment an instance decides the entry's size until the exchange has the order (and
-- so shows it in the free balance), other instances on the account subtract it from what they may spend. One row per
-- instance at most; released when the order is sent or refused, and when the instance starts.
CREATE TABLE fund_reservations (
    account  TEXT NOT NULL,
    instance TEXT NOT NULL,
    asset    TEXT NOT NULL,
    amount   TEXT NOT NULL,
    time_ms  INTEGER NOT NULL,
    PRIMARY KEY (account, instance)
) WITHOUT ROWID;
