-- Issue 22, a second factor for officers: a TOTP secret (base32; an authenticator app holds the
-- same) and the last 30-second step a code was accepted for, so that a code is taken once.
-- NULL secret: an account from before, without a second factor until `staff password` gives
-- it one.
ALTER TABLE staff ADD COLUMN totp_secret TEXT;
ALTER TABLE staff ADD COLUMN totp_step BIGINT;
