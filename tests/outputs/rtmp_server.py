"""A real RTMP server on loopback for the tests: nginx with Debian's RTMP module.

It records every publish to its own FLV file (record_unique), which is what the
tests decode to check frames, sound and sync. Started and killed by the tests.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

RTMP_MODULE = Path("/usr/share/nginx/modules/ngx_rtmp_module.so")

CONFIG = """\
load_module {module};
daemon off;
master_process off;
worker_processes 1;
error_log {root}/error.log info;
pid {root}/nginx.pid;
events {{ worker_connections 64; }}
rtmp {{
    server {{
        listen 127.0.0.1:{port};
        chunk_size 4096;
        {extra}
        application live {{
            live on;
            record all;
            record_path {root}/recordings;
            record_unique on;
        }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


class NginxRtmpServer:
    def __init__(self, root: Path, port: int | None = None, extra: str = "") -> None:
        """extra: more nginx-rtmp server directives, e.g. "ping 1s; ping_timeout 1s;"."""
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(nginx).exists() or not RTMP_MODULE.exists():
            raise RuntimeError("nginx with libnginx-mod-rtmp is not installed: run scripts/setup.sh")
        self.nginx = nginx
        self.root = root
        self.port = port or free_port()
        (root / "recordings").mkdir(parents=True, exist_ok=True)
        (root / "logs").mkdir(exist_ok=True)   # nginx's compiled-in default log dir (-p prefix)
        self.config = root / "nginx.conf"
        self.config.write_text(CONFIG.format(module=RTMP_MODULE, root=root, port=self.port,
                                                     extra=extra))
        self.process: subprocess.Popen | None = None

    def start(self) -> "NginxRtmpServer":
        self.process = subprocess.Popen([self.nginx, "-p", str(self.root), "-c", str(self.config)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_port(self.port)
        return self

    def kill(self) -> None:
        """Die like a crashed server: no goodbye to the client."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=5)
        self.process = None

    def stop(self) -> None:
        """Stop gracefully so the recordings are finalised."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def recordings(self) -> list[Path]:
        return sorted((self.root / "recordings").glob("*.flv"), key=lambda p: p.stat().st_mtime)

    def url(self, app: str = "live") -> str:
        return f"rtmp://127.0.0.1:{self.port}/{app}"
