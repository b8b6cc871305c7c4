"""Reading each article: entities, quotes, claims and framing, as spans of its text."""
