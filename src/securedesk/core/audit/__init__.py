"""The audit log: its hash chain, queries and export."""
