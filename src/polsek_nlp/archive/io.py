"""Archive input and output, in one place: readers, writers and the batch runner.

    >>> from polsek_nlp.archive.io import read_items, RecordWriter, done_ids, batch
    >>> for item in read_items("archive.csv"): ...             # {"id", "text", "title", "published", "url"}
    >>> with RecordWriter("records.jsonl", append=True) as out:
    ...     out.write(record)
    >>> batch("archive.csv", "records.parquet", workers=2)     # resumable: rerun to finish a crashed run

The code lives in `readers` (formats, columns, encodings), `writers` (JSONL, Parquet parts,
`done_ids`, `drop_errors`) and `runner` (`batch`); see their docstrings.
"""
from __future__ import annotations

from polsek_nlp.archive.readers import FORMATS, BinaryInputError, drop_see_also, read_items
from polsek_nlp.archive.runner import batch
from polsek_nlp.archive.writers import (
    OUTPUT_FORMATS,
    PARQUET_COLUMNS,
    RecordWriter,
    done_ids,
    drop_errors,
    output_format,
    truncate_partial_line,
)

__all__ = ["FORMATS", "OUTPUT_FORMATS", "PARQUET_COLUMNS", "BinaryInputError", "RecordWriter", "batch", "done_ids",
           "drop_errors", "drop_see_also", "output_format", "read_items", "truncate_partial_line"]
