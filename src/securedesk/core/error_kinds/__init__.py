"""Every kind of expected failure the core raises, each with its stable code and its wording.

An error carries a kind and data (ids, references, file names, counts — never case content).
The interface words it: the command line in English, the window in the user's language, by
looking the kind's English template up in the "Errors" context of the Qt catalogues. The
template here is the source text of that translation, so there is one wording per kind and a
new kind fails the catalogue check until both languages have it.

A kind's code (its value) is a contract: scripts, tests and the window compare it as text, so
it never changes once released. docs/error-kinds.md lists every code; a test keeps it current.
"""

from securedesk.core.error_kinds.core_kinds import ErrorKind
from securedesk.core.error_kinds.details import Detail, Field
from securedesk.core.error_kinds.kind import CONTEXT, QT_TRANSLATE_NOOP, Kind, word, wording

__all__ = [
    "CONTEXT",
    "QT_TRANSLATE_NOOP",
    "Detail",
    "ErrorKind",
    "Field",
    "Kind",
    "word",
    "wording",
]
