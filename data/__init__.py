"""Reference data files (regions, channels, templates), editable by an administrator."""
