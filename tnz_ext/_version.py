"""The package version, in one place: hatchling reads it for the wheel's metadata and the client
sends it in the User-Agent, so no distribution metadata is needed at run time (a vendored copy or
a zipapp has none)."""

__version__ = "0.1.0"
