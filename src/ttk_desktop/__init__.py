"""TTK Desktop: participant, group and attendance register for community-based protection units."""

__version__ = "0.1.0"
