"""Backups: the recovery recipients, encrypted and signed snapshots, verification, restore."""
