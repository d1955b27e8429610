"""The data folder itself: created and proved writable, or a clear message why not.

Kept free of SQLAlchemy so the GUI can check the folder before anything heavy is imported.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.errors import explain_os_error


def ensure_data_dir(data_dir: Path) -> None:
    """Create the data folder and prove it is writable, or say clearly why not."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".write-test"
        with open(probe, "wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        raise explain_os_error(exc, data_dir, data_folder=True) from exc
