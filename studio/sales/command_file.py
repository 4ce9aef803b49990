"""Sales logged from a text file that grows during a headless live (`studio run --sales-keys`).

A producer's hotkey tool (AutoHotkey, a Stream Deck, `echo sale >> keys.txt`) appends one command
per line; the run reads the new complete lines as they come and hands them to the session's sales
worker, the same one the window's F8 key uses:

    sale                 one unit of the product on screen
    sale LIP-RUBY 2      two units of LIP-RUBY
    undo                 take the last sale back
    marker chat asks for the size chart
"""

from __future__ import annotations

from pathlib import Path


class CommandFile:
    """Called on the thread that runs the CLI's loop. Lines already in the file when the run
    starts are old commands, not this live's: reading starts at the end."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.touch(exist_ok=True)
        self._offset = self.path.stat().st_size
        self._partial = b""
        self.applied = 0
        self.refused: list[str] = []       # lines that are no command, with why

    def poll(self, worker) -> None:
        """Hand the commands appended since the last poll to `worker` (a SalesWorker)."""
        with self.path.open("rb") as f:
            f.seek(self._offset)
            data = f.read()
        self._offset += len(data)
        lines = (self._partial + data).split(b"\n")
        self._partial = lines.pop()        # a line still being written
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if line:
                self._apply(line, worker)

    def _apply(self, line: str, worker) -> None:
        verb, _, rest = line.partition(" ")
        verb, rest = verb.lower(), rest.strip()
        if verb == "sale":
            parts = rest.split()
            if len(parts) > 2 or (len(parts) == 2 and not parts[1].isdigit()) or \
                    (len(parts) == 2 and int(parts[1]) < 1):
                self.refused.append(f"'{line}': write 'sale', 'sale SKU' or 'sale SKU QUANTITY'")
                return
            worker.log_sale(parts[0] if parts else None, int(parts[1]) if len(parts) == 2 else 1)
        elif verb == "undo" and not rest:
            worker.undo_last()
        elif verb == "marker":
            worker.add_marker(rest or "marker")
        else:
            self.refused.append(f"'{line}': not a sales command (sale, undo, marker)")
            return
        self.applied += 1
