"""Icons, style sheet and letterhead images."""
