"""What an error kind is, how the core marks its wording for the catalogues, and how a kind
is worded with its data."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Self

# The catalogues' context for every error template.
CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for Qt's translation extractor without importing Qt into the core."""
    del context
    return text


class Kind(enum.StrEnum):
    """Base of every error-kind enum: a code (the value) and an English template.

    Templates use str.format fields named after the error's data.
    """

    template: str

    def __new__(cls, code: str, template: str) -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.template = template
        return member


def word(kind: Kind, data: dict[str, object]) -> str:
    """The English wording of a kind and its data; nested kinds in the data are worded too."""
    return wording(kind, data, lambda k: k.template)


def wording(kind: Kind, data: dict[str, object], template_of: Callable[[Kind], str]) -> str:
    """Word `kind` with `data` through `template_of` (the window passes its translator).

    A field whose value is itself a kind (a `why`, a field's name) is worded when the template
    reads it, with the same data, so a phrase can use the error's other fields; a field is never
    re-entered while it is being worded. A template whose fields do not match the data (a
    translation gone wrong) falls back to English rather than hiding the error.
    """
    return _Fields(data, template_of, frozenset()).word(kind)


class _Fields(dict[str, object]):
    """The data as str.format_map sees it: kinds worded on first read."""

    def __init__(
        self, data: dict[str, object], template_of: Callable[[Kind], str], busy: frozenset[str]
    ) -> None:
        super().__init__(data)
        self.template_of = template_of
        self.busy = busy

    def __getitem__(self, name: str) -> object:
        value = super().__getitem__(name)
        if isinstance(value, Kind) and name not in self.busy:
            return _Fields(dict(self), self.template_of, self.busy | {name}).word(value)
        return value

    def word(self, kind: Kind) -> str:
        try:
            return self.template_of(kind).format_map(self)
        except (KeyError, IndexError, ValueError):
            return kind.template.format_map(self)
