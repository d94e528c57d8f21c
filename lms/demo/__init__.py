"""Demo site content."""
