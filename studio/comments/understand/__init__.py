"""Understanding buyers' comments: language, intent, product, quantity, groups, approved replies."""

from studio.comments.understand.analyzer import CommentAnalyzer, Understanding

__all__ = ["CommentAnalyzer", "Understanding"]
