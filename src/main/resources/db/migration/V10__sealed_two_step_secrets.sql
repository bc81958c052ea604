-- Two-step secrets are stored sealed (AES-GCM, "v1:" + Base64 of nonce and ciphertext).
alter table user_account alter column totp_secret set data type varchar(200);
