"""`python -m securedesk` runs the same program as the `securedesk` command."""

from securedesk.cli.main import entry_point

entry_point()
