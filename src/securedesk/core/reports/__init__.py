"""Statistics without names: a case's categories for returns and panel reports."""
