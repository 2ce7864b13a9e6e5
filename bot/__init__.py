"""Sanad: a bilingual (Arabic/Portuguese) FAQ assistant that cites its sources."""

__version__ = "0.1.0"
