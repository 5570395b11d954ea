"""Whole-corpus passes that fill model fields with dataclasses.replace."""
