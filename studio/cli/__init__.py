"""`studio ...` commands: each module is a thin skin over the core's Python API."""
