"""The frozen program's entry point (packaging/briefcase.spec): `briefcase-app` with no Python around."""

import multiprocessing
import os
import sys

#: scripts/test-package only: "STORE|SPEECH_ID|TARGET" exports that reading copy the way the
#: window does, in a spawned child process, which in a frozen build is this executable again.
SMOKE_EXPORT = "BRIEFCASE_SMOKE_SPAWNED_EXPORT"


def smoke_spawned_export(spec: str) -> int:
    import queue

    from briefcase_app.ui.export_process import run_export  # no Qt in it

    store, speech_id, target = spec.split("|")
    ctx = multiprocessing.get_context("spawn")  # as ui/export_runner.py
    inbox, messages, cancel = ctx.Queue(), ctx.Queue(), ctx.Event()
    child = ctx.Process(target=run_export, args=("speech", inbox, messages, cancel), daemon=True)
    child.start()
    inbox.put((store, speech_id, target, "OFFICIAL", None, 130))
    while True:
        try:
            message = messages.get(timeout=1)
        except queue.Empty:
            if not child.is_alive():
                print(f"the export process stopped (exit code {child.exitcode})", file=sys.stderr)
                return 1
            continue
        if message[0] != "progress":
            break
    child.join(30)
    print(*message, sep="\n")
    return 0 if message[0] == "done" else 1


if __name__ == "__main__":
    # the window exports in a spawned child process; in a frozen build that child is this
    # executable again, and freeze_support() makes it run the child's work instead of main()
    multiprocessing.freeze_support()
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:  # a windowed Windows build has no console to print to
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    if os.environ.get(SMOKE_EXPORT):
        sys.exit(smoke_spawned_export(os.environ[SMOKE_EXPORT]))
    from briefcase_app.entry import main

    sys.exit(main())
