-- Searches are audited by a keyed digest of what was typed, not the text: a subject's name
-- typed into search would otherwise stay in the append-only chain after their case is
-- destroyed. The key never leaves the encrypted vault; an auditor who wants to know whether
-- someone searched for a name computes the same digest (securedesk audit searches --for).
INSERT OR IGNORE INTO vault_info (key, value) VALUES ('search_digest_key', lower(hex(randomblob(32))));
