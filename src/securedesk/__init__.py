"""SecureDesk: the case application of a local authority's secure room."""

__version__ = "0.1.0"
