"""A throw-away PostgreSQL cluster for the tests: initdb in a temporary folder, the server on a free
local port (127.0.0.1 only, and a socket in that folder), stopped and removed at the end — never a
server the machine already runs. Needs the Debian ``postgresql`` package (its binaries are found
under /usr/lib/postgresql/*/bin); as root the server runs as the ``postgres`` user, as it must."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

CLERK = "clerk"  # a login with a password (the tests' own login needs none)
USER = "fsd"


def binaries() -> Path | None:
    """The folder of PostgreSQL's server programs (the newest installed), or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        bin_dir = binaries()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
        self.bin = bin_dir
        self.base = Path(tempfile.mkdtemp(prefix="fsd-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:  # the server refuses to run as root
            self._as = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.base, 0o755)
            shutil.chown(self.base, "postgres")

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, timeout=120, cwd=self.base)

    def start(self) -> Cluster:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale"
        )
        hba = self.data / "pg_hba.conf"  # the clerk's login needs its password, as on an office server
        rules = f"host all {CLERK} 127.0.0.1/32 scram-sha-256\n"
        self._run("sh", "-c", f"printf '%s' '{rules}' | cat - {hba} > {hba}.new && mv {hba}.new {hba}")
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.base / "log"), "-w", "start"
        )
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres"):
        """A connection as the cluster's administrator (autocommit), to ``database``."""
        import psycopg

        return psycopg.connect(f"host=127.0.0.1 port={self.port} user={USER} dbname={database}", autocommit=True)

    def new_database(self) -> str:
        """A new, empty database on the cluster; its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin() as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def copy_database(self, url: str) -> str:
        """A new database on the cluster copied from the one at ``url`` (which no one may be connected to
        meanwhile); its URL."""
        source = url.rsplit("/", 1)[1]
        name = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin() as con:
            con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        return self.url(name)

    def clerk_database(self, password: str) -> str:
        """A new, empty database owned by a login that must give ``password``; its URL without it."""
        url = self.new_database()
        name = url.rsplit("/", 1)[1]
        with self.admin() as con:
            if not con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (CLERK,)).fetchone():
                con.execute(f"CREATE ROLE {CLERK} LOGIN")
            con.execute(f"ALTER ROLE {CLERK} PASSWORD '{password}'")
            con.execute(f'ALTER DATABASE "{name}" OWNER TO {CLERK}')
        with self.admin(name) as con:
            con.execute(f"ALTER SCHEMA public OWNER TO {CLERK}")
        return f"postgresql://{CLERK}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)
