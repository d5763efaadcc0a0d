-- Users whom a municipality's own identity provider signs in (OpenID Connect): the provider's issuer and subject,
-- which stay the same when the person's login name changes. Such a user has no password (password_hash holds a
-- marker that no password matches).
ALTER TABLE app_user ADD COLUMN federated_id VARCHAR(600);
CREATE INDEX app_user_federated ON app_user (municipality, federated_id);
