"""Where articles and bookmarks are kept: SQLite, with no Qt (the models wrap it)."""
