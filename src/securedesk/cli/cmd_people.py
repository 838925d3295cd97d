"""`securedesk person search|show|merge` (and `person report`, from cmd_subject_access)."""

from __future__ import annotations

from typing import Any

from securedesk.cli import cmd_subject_access


def register(commands: Any, leaf: Any) -> None:
    person = commands.add_parser("person", help="people: search, show, merge, subject access")
    group = person.add_subparsers(dest="person_command", metavar="SUBCOMMAND")
    cmd_subject_access.register_report(group, leaf)
