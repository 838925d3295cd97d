"""The one storage interface: every SQL statement the application runs on its own tables.

It is composed of one store per group of tables, each in its own module; callers see a
single object. Keeping SQL behind it is what would let a larger installation move to a
database server without touching the rest of the program.
"""

from __future__ import annotations

from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.cases.case_search import CaseSearch, SearchHit, fts_query
from securedesk.core.cases.case_store import (
    Attachment,
    CaseRecord,
    CaseRow,
    CaseStore,
    ChronologyRow,
    StoredItem,
)
from securedesk.core.meetings.meeting_store import MeetingStore
from securedesk.core.users.user_store import UserRecord, UserStore

__all__ = [
    "Attachment",
    "CaseQuery",
    "CaseRecord",
    "CaseRow",
    "ChronologyRow",
    "SearchHit",
    "Storage",
    "StoredItem",
    "UserRecord",
    "fts_query",
]


class Storage(UserStore, CaseStore, CaseSearch, MeetingStore):
    """Every store over one connection."""
