"""Qt item models: lists of core dataclasses, never a database call in data()."""
