"""A process that saves edits to a store as fast as it can and says which saves are done.

Run by the crash tests, which kill it with SIGKILL at random moments. A line
`saved ID N` is printed (and flushed) only after the transaction holding body N committed.
"""

from __future__ import annotations

import sys

from briefcase_app.domain.models import Conference, Kind, Speech
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store


def main(path: str, seed: int) -> None:
    store = Store.open(path)
    records = RecordService(store)
    conferences = records.list(Kind.CONFERENCE)
    if conferences:
        conference = conferences[0]
    else:
        conference = Conference(title="Crash test")
        records.create(conference)
    n = 0
    while True:
        n += 1
        if n % 3 == 0:
            speech = Speech(
                title=f"Speech {seed}-{n}",
                conference_id=conference.id,
                body=f"body {seed}-{n} " + "counter-narcotics cooperation " * 200,
            )
            records.create(speech)
            print(f"created {speech.id} {seed}-{n}", flush=True)
        else:
            speeches = records.list(Kind.SPEECH, conference=conference.id, limit=5)
            if not speeches:
                continue
            speech = speeches[n % len(speeches)]
            records.edit(Kind.SPEECH, speech.id, body=f"edit {seed}-{n} " + "x" * (n % 5000))
            print(f"edited {speech.id} {seed}-{n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
