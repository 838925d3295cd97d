"""Invented people for the demo vault and the benchmarks: never real data, never core."""
