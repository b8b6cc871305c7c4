"""Renderers of a story: JSON, an HTML page, and the terminal summary."""
