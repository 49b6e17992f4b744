"""The package's version, in a module of its own so that every layer may read it (pyproject.toml
states it too; a test checks that the two agree)."""

__version__ = "0.1.0"
