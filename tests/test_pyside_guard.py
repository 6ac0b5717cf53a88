"""Guard against the PySide6 6.12.0 bug on Python 3.11: each void Qt call
dropped a reference to None until the interpreter aborted with `none_dealloc`."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_void_qt_calls_do_not_leak_references_to_none():
    # In a subprocess: if the bug is back the interpreter aborts, which must fail this test
    # rather than kill the whole test run.
    script = textwrap.dedent(
        """
        import os, sys
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range(200_000):
            label.setText("x")
        after = sys.getrefcount(None)
        print(before - after)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"PySide6 aborted: {result.stderr[-500:]}"
    lost = int(result.stdout.strip().splitlines()[-1])
    assert abs(lost) < 1000, f"{lost} references to None lost over 200,000 calls"
