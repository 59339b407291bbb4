-- Security hardening (issue 10 §3): an admin may disable a user, who then cannot sign in and whose
-- sessions end; the row stays so that the name is not silently taken by someone else. NULL: active.
-- A session's absolute end is its created_at (V3) plus the limit the server applies.
ALTER TABLE app_user ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
