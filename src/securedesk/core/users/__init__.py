"""User accounts: who they are, their roles and clearance, their passphrases."""
