"""Dialogs of the desktop app; each is imported where it is opened."""
