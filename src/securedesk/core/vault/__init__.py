"""The vault on disk: key slots, KDF, terminal binding, the database, its lock and schema."""
