"""Tabs of the main window; each is imported when its tab is first shown."""
