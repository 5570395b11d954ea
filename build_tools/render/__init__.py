"""Pure functions from the model to Markdown pages and data files."""
