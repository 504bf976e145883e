"""Benchmarks: run with `make bench`; they print tables, they assert nothing."""
