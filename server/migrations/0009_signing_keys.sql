-- Issue 23, documents anyone can verify: every public key that has signed a document, so that
-- /.well-known/kz-iin/keys.json still lists a key after it was rotated (its documents stay
-- verifiable), until an operator retires it (`kz-iin-server keys retire KID`: a key that leaked,
-- whose documents must no longer verify). Public keys only; the private key is SIGNING_KEY, or
-- kept in service_settings.
CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    x TEXT NOT NULL,
    first_used_at BIGINT NOT NULL,
    retired_at BIGINT
);
