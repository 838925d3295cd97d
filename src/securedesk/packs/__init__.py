"""Meeting-pack documents with ReportLab, rendered in memory (no Qt here)."""
