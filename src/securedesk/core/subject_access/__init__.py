"""Subject access: everything the vault holds on one person (report.py)."""
