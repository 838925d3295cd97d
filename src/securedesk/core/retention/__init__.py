"""Retention review and two-person destruction (SPEC "Security: Retention"; issue 12).

- `review_queue`, `keep`, `propose`, `approve`, `register`: service.py (`RetentionService`);
- what goes when a case is destroyed, table by table: destruction_map.py;
- leaving none of its bytes in the vault's files: wipe.py.
"""
