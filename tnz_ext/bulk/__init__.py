"""Bulk personalised sends from a CSV, journalled in SQLite so that a crash never duplicates or skips.

Built on ``tnz_ext.TNZClient`` (the core client knows nothing of this package)::

    job = BulkJob("sms", "contacts.csv", {"Message": "Hi [[FirstName]]"})
    with Journal("run.sqlite") as journal, TNZClient() as client:
        plan(job, journal)             # checks every row, then commits every batch and its MessageID
        print(send(job, journal, client).by_state)

Running the same two calls again resumes the run (see ``tnz bulk`` for the command line).
"""

from ._csv import Row, destination_fields, iter_rows
from ._journal import FINAL_STATES, OPEN_STATES, Batch, Journal
from ._plan import BatchPlan, RowChecker, Template
from ._run import BulkInputError, BulkJob, DryRun, Problems, Summary, dry_run, plan, send, summary

__all__ = [
    "FINAL_STATES",
    "OPEN_STATES",
    "Batch",
    "BatchPlan",
    "BulkInputError",
    "BulkJob",
    "DryRun",
    "Journal",
    "Problems",
    "Row",
    "RowChecker",
    "Summary",
    "Template",
    "destination_fields",
    "dry_run",
    "iter_rows",
    "plan",
    "send",
    "summary",
]
