"""Rehearsals: one pass of the live engines over a recorded reading, scored against the show
(`studio rehearse`, docs/rehearsal.md)."""
