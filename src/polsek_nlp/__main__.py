"""`python -m polsek_nlp ...`: the same command line as `polsek-nlp ...`, with the same exit codes."""
from __future__ import annotations

from polsek_nlp.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
