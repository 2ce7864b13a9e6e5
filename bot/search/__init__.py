"""Retrieval: BM25 indexes over sentences, passages, articles and FAQ entries."""

from bot.search.bm25 import BM25Index

__all__ = ["BM25Index"]
