"""Qt translation sources (.ts) and compiled catalogues (.qm)."""
